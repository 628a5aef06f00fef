"""The listener's own life in a reply, for not hijacking: which sentences tell it (a past
experience, the listener's people, habits), which only look like it (a plan or offer, a view, the
partner's side framed, a lapse owned to them), and what counts as turning back to the partner."""

from __future__ import annotations

import re
from collections.abc import Callable

from trainer.grading.offline.detectors.context import Ctx, tokens_of
from trainer.grading.offline.detectors.sides import own_words
from trainer.grading.offline.detectors.topic import CHECK_IN
from trainer.grading.offline.feelings import feelings_in
from trainer.grading.offline.patterns import accuracy as A
from trainer.grading.offline.patterns import fixing_everyday as E
from trainer.grading.offline.patterns import hijacking as H
from trainer.grading.offline.patterns import narrative as N
from trainer.grading.offline.patterns import validation as V
from trainer.grading.offline.text import Sentence, content_stems


def self_sentences(ctx: Ctx) -> list[Sentence]:
    """Sentences about the listener: first person, not a listener move, no "you" focus."""
    out = []
    # "your family", "your phone" in their words is "my family", "my phone" in the listener's:
    # the same thing of theirs said back from the other side, not the listener's own life
    yours = set(re.findall(r"\byour\s+([a-z]+)", ctx.stmt.text))
    for s in ctx.sents:
        chunk = ctx.resp.masked[s.start : s.end]
        stripped = own_words(chunk)
        mirrored = sum(1 for w in re.findall(r"\bmy\s+([a-z]+)", stripped) if w in yours)
        n_self = len(H.SELF_REF.findall(stripped)) - mirrored
        n_you = len(H.YOU_REF.findall(stripped)) + mirrored
        if n_self >= 1 and n_self > n_you:
            out.append(s)
    return out


# Bounded windows only: an unbounded [^.?!]* here made long inputs quadratic.
EXPERIENCE = re.compile(
    r"\bi\s+(?:couldn't|didn't|wasn't|never|still|once|also|even|basically|literally)\b|"
    r"\bmy\s+\w+\s+(?:died|passed|left|was|had)\b|"
    r"\bi\s+(?:\w+\s+)?(?:[a-z]{3,}ed|ran|went|had|did|got|saw|felt|lost|took|made|said|told|came|left|"
    r"knew|found|gave|kept|began|wrote|spent|bought|brought|sat|stood|met|won|fell|broke|drove|flew|"
    r"ate|drank|slept|quit|grew|swam|rode|sang|taught)\b|"
    r"\b(?:i|i've|i'd|i'm|we|we've|my)\b[^.?!]{0,400}\b(?:had|felt|went|been|lost|failed|tried|stopped|did|"
    r"used\s+to|dealt|struggled|got|was|were|remember|experienced|find|found|like|love|hate|work|"
    r"worked|live|lived|started|spoke|talked|also|too|as\s+well|myself|personally|have\s+a|"
    r"have\s+(?:some|a\s+few|one|two)|know\s+(?:a\s+lot|people|someone)|learned|went\s+through)\b"
)


def my_life_did(own: str) -> bool:
    """ "my van cost me two grand", "my cousin moved to Leeds": the listener's own people and
    things doing something in the past; not "my heart broke" (sympathy)."""
    m = N.MY_DID.search(own)
    if m is None:
        return False
    noun = own[m.start() :].split()[1] if len(own[m.start() :].split()) > 1 else ""
    # a friend's or cousin's case offered as an example is not the listener's own story
    return noun not in N.WORDS.people and not re.match(
        r"my\s+(?:heart|thoughts|prayers|mind|head|stomach|jaw|god|goodness|gosh|guess)\b",
        own[m.start() :],
    )


# the listener inside the partner's wish: "you wish I'd just remember", "you need me to notice"
_LISTENER_IN_WISH = re.compile(
    rf"(?:{E.THEIR_WISH.pattern})\s+(?:that\s+)?(?:i'd|i\s+would|i\s+could|i)\b|{E.WANTED_OF_LISTENER}"
)


def listener_in_their_wish(chunk: str) -> bool:
    """What they want of the listener, said back: the "I" in it tells no life of the listener's."""
    return bool(_LISTENER_IN_WISH.search(chunk))


# The listener's own past in a sentence: "I did it for years", "we went there", "I used to"
_OWN_PAST = re.compile(
    r"\b(?:i|we)\s+(?:\w+\s+)?(?:[a-z]{3,}ed|ran|went|had|did|got|saw|felt|lost|took|made|said|told|came|left|"
    r"knew|found|gave|kept|was|were|used\s+to|read|heard)\b"
)
# where the listener came across a step: "I saw a flyer for it", "I read about one online"
_SOURCE = re.compile(
    r"\bi\s+(?:saw|read|heard|noticed|spotted|found)\s+(?:a|an|the|that|this|it|about|something|somewhere|"
    r"online|one)\b"
)


# the listener's view of the step, not their life: "I think we ring...", "I'd try...", "I reckon"
_VIEW_FRAME = re.compile(
    r"\bi(?:'d|\s+would|\s+think|\s+reckon|\s+guess|\s+suggest|\s+know\s+of|\s+dunno|\s+don't\s+know)\b|"
    r"\bif\s+(?:it\s+were|it\s+was)\s+me\b|\bif\s+i\s+were\s+you\b"
)
# what is left of the listener after the source and the view: "what helps me", "I find", "my"
_ME = re.compile(r"\b(?:i|me|my|myself|mine|i'm|i've)\b")


def only_supports_a_step(chunk: str) -> bool:
    """A sentence that offers a step and tells no past of the listener's beyond where they saw it
    ("you should try the running club, I saw a flyer") or whom it helped ("they did that for
    Priya"): the step's support, not a story of their own. What helps the listener ("that usually
    helps me", "I find...") and their own people ("when they laid my dad off...") are theirs still."""
    rest = _VIEW_FRAME.sub(" ", _SOURCE.sub(" ", chunk))
    return not (_OWN_PAST.search(rest) or _ME.search(rest) or N.MY_PEOPLE.search(chunk))


def own_life_clause(chunk: str) -> bool:
    """A clause (between commas, semicolons or "and") with the listener in it and no one else,
    telling their own life: "I enjoy long walks in nature", "I've known lots of people who..."."""
    if N.OWNERSHIP.search(chunk):
        return False
    for clause in re.split(r"[,;:]|\b(?:and|but|so)\b", own_words(chunk)):
        if (
            len(tokens_of(clause)) >= 4
            and re.search(r"\b(?:i|me|my|mine|myself|i'm|i've|i'd)\b", clause)  # not "we"
            and not H.YOU_REF.search(clause)
            and (H.DISCLOSURE.search(clause) or EXPERIENCE.search(clause))
            # "I keep turning that over", "I'd hate that too": the listener on their matter
            and not re.search(r"\bi(?:'d|\s+would)?\s+(?:\w+\s+){0,2}(?:that|this|it)\b", clause)
        ):
            return True
    return False


def kin_tale(own: str) -> bool:
    """A long past-tense tale with the listener's own people in it ("it's what happened to my
    father at the bank, they brought in a young chap who restructured everything...")."""
    return (
        len(tokens_of(own)) >= 20
        and bool(N.MY_PEOPLE.search(own))
        and not H.YOU_REF.search(own)  # "my mum reorganised your kitchen": their story
        and len(N.PAST_VERB.findall(own)) >= 2
    )


def tale_goes_on(
    ctx: Ctx, story_parts: list[Sentence], about_them: Callable[[Sentence], bool]
) -> list[Sentence]:
    """The listener's story told on about someone of theirs ("Same with my grandad. He hated the
    food there. Kept asking for his teapot."): after it starts, each past-tense sentence up to the
    first one about the partner (a "you", an acknowledgement, a question) belongs to the story and
    says back nothing of theirs."""
    if not story_parts:
        return []
    tale: list[Sentence] = []
    for s in ctx.sents:
        if s.start <= story_parts[0].start or s in story_parts:
            continue
        chunk = ctx.resp.masked[s.start : s.end]
        if about_them(s) or s.is_question or not N.PAST_VERB.search(chunk):
            break
        tale.append(s)
    return tale


# "It sounds like we're...", "that must have felt like I didn't care": the partner's side told
_THEIR_FRAME = re.compile(
    r"^\s*(?:\w+\s*,\s*)?(?:it|that|this)\s+(?:sounds|seems|must\s+have\s+felt|must\s+feel)\s+like\b"
)
# What the listener will do or offers to do: "I'll ring the school", "shall I have a look?",
# "what if we got a sitter", "tonight the feeds are mine"; not "I'll be stuck here" (a state).
_WILL_DO = re.compile(
    r"\b(?:i'll|we'll|i\s+will|we\s+will)\s+(?!be\b|never\b|miss\b|feel\b|always\b)"
    # "I'll have a word with her" is a step; "I'll have to..." and "I'll have no one" are not
    r"(?!have\b(?!\s+(?:a|another)\s+(?:quiet\s+|proper\s+|quick\s+)?(?:word|chat|talk|look|go)\b))|\b(?:shall|should|can|could)\s+"
    r"(?:i|we)\b|\b(?:do\s+you\s+)?want\s+me\s+to\b|\blet's\b|\blets\b|\bwhat\s+if\s+(?:i|we)\b|"
    r"\bhow\s+about\s+(?:i|we)\b|\bi(?:'d|\s+would)\s+(?:like|love|prefer)\s+(?:us|for\s+us)\s+to\b|\b(?:i'm|we're)\s+(?:going\s+to|gonna)\s+(?!be\b|miss\b)|"
    r"\b(?:tonight|tomorrow)\b|\bhere's\s+the\s+plan\b|"
    # a step already taken for them: "I've already found a group for you"
    r"\bi(?:'ve|\s+have)\s+already\s+(?:found|booked|looked\s+up|rung|called|emailed|signed|made|arranged|"
    r"ordered|messaged|texted)\b|"
    # a possible step ("I might be able to find out"); not "I can relate", "I could never"
    r"(?:^|[,;]\s*|\b(?:and|but|so|then)\s+)\s*(?:i|we)\s+(?:might|may|could|can)\s+(?:be\s+able\s+to\s+|"
    r"try\s+(?:to\s+|and\s+)?)?(?!(?:have|had|be|feel|relate|imagine|understand|see|hear|never|only|"
    r"totally|so|really|tell|say|sympathi[sz]e|empathi[sz]e|honestly|definitely|remember)\b)[a-z]+"
)


_LAPSE_OWNED = re.compile(
    r"\bi\s+(?:still\s+|just\s+|really\s+)?(?:haven't|hadn't|didn't|wasn't|never|don't)\s+(?:\w+\s+)?"
    r"(?:been\s+(?:around|there|here)|done|do|did|care|cared|listen|listened|notice|noticed|ask|asked|help|"
    r"helped|show|showed|make|made|call|called|pick|picked)\b"
)


_STILL_DID = re.compile(
    r"\bi\s+(?:still|kept|went\s+ahead\s+and)\s+[a-z]+|\bi\s+did\s+it\s+again\b"
)


def owns_their_complaint(ctx: Ctx, s: Sentence) -> bool:
    """To a complaint about the listener, their complaint said back to them as the listener's own
    act: "you told me your finals were this week and I still had people round till three"."""
    chunk = ctx.resp.masked[s.start : s.end]
    return bool(
        (ctx.upset or N.YOU_DID.search(ctx.stmt.text) or N.YOU_ACTED.search(ctx.stmt.text))
        and not H.ME_TOO.search(chunk)
        and H.YOU_REF.search(own_words(chunk))
        and (len(set(content_stems(chunk)) & ctx.stmt_stems) >= 2 or _STILL_DID.search(chunk))
    )


def not_a_life(ctx: Ctx, s: Sentence) -> bool:
    """Sentences with "I" or "we" that tell no life of the listener's: what the listener will do
    or offers ("I'll ring the school tomorrow", "shall I have a look?", "what if we got a
    sitter"), the partner's side framed ("it sounds like we're..."), a view ("my honest take is
    that we keep it"), or the couple's facts from the statement said back ("we got sixty days")."""
    chunk = ctx.resp.masked[s.start : s.end]
    stems = set(content_stems(chunk))
    if H.ME_TOO.search(chunk):  # "when I was at college, I will feel..." is still their life
        return False
    # "you've been missing us, and I haven't been around": the listener's lapse owned to them
    if _LAPSE_OWNED.search(chunk) and H.YOU_REF.search(own_words(chunk)):
        return True
    if owns_their_complaint(ctx, s):
        return True
    return bool(
        _WILL_DO.search(chunk)
        or _THEIR_FRAME.search(chunk)
        or A.CHECKS_UNDERSTANDING.search(chunk)  # "let me check I've got it: ...?"
        or N.VIEW.search(chunk)
        or (stems and stems <= ctx.stmt_stems and not re.search(r"\b(?:i|me|my|i'm|i've)\b", chunk))
        # the couple's "we" of their own turn, said to them: "just as we were getting our heads
        # above water, no wonder you're scunnered" (to "every time we get a bit ahead...")
        or (
            bool(re.search(r"\b(?:we|we're|we've|our|us)\b", ctx.stmt.text))
            and not re.search(r"\b(?:i|me|my|i'm|i've|i'd|mine)\b", chunk)
            and bool(re.search(r"\b(?:you're|you\s+are|you've|you|your)\b", own_words(chunk)))
        )
    )


def returns_to_them(ctx: Ctx, s: Sentence) -> bool:
    """A sentence that is about what the partner raised: their feeling, their words, a check-in
    or an acknowledgement; not a question on some other matter ("did Sarah ring about the flat?")."""
    chunk = ctx.resp.masked[s.start : s.end]
    return bool(
        any(f.attributed_to_partner for f in feelings_in(chunk))
        or set(content_stems(chunk)) & ctx.stmt_stems
        or V.ACKNOWLEDGES.search(chunk)
        or V.LEGITIMIZES.search(chunk)
        or A.REFLECTIVE_FRAME.search(chunk)
        or CHECK_IN.search(chunk)
    )


def turn_back(ctx: Ctx, s: Sentence) -> re.Match[str] | None:
    """Where a me-too sentence turns to them ("..., but this is yours"), offset in the sentence."""
    return N.TURN_BACK.search(ctx.resp.masked[s.start : s.end])


def turned_to_them(
    ctx: Ctx, story: Sentence, after: list[Sentence], inline: dict[Sentence, int]
) -> bool:
    """The next words after the me-too turn to them: "but this is yours", "but seeing your..."."""
    if inline:
        return True
    nxt = after[0] if after else None
    return bool(
        nxt
        and nxt.start - story.end <= 3
        and N.TURN_BACK.match(" " + ctx.resp.masked[nxt.start : nxt.end].lstrip(" ,;"))
    )
