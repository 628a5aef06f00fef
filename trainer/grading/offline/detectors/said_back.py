"""What says their point back or checks it: a factual turn restated (no feeling owed), a
reflection offered as a question, the need under the words, "did I get that right?", a feeling
pinned on their news ("that must have made you feel rejected"). Split from accuracy.py, which
reads the point, the feeling and what distorts them."""

from __future__ import annotations

import re
from collections.abc import Callable
from difflib import SequenceMatcher

from trainer.grading.offline.detectors.context import (
    ECHO_FILLER,
    Ctx,
    Hit,
    comparable,
    find_hits,
    sentence_at,
    swap_pronouns,
    tokens_of,
)
from trainer.grading.offline.detectors.listener_part import ask_said_back, misses_listener_part
from trainer.grading.offline.detectors.stated import stated_families
from trainer.grading.offline.feeling_matcher import families_of
from trainer.grading.offline.feelings import BROAD_FAMILY, Feeling, family_valence, feelings_in
from trainer.grading.offline.paraphrase import fields_of
from trainer.grading.offline.patterns import accuracy as A
from trainer.grading.offline.patterns import hijacking as H
from trainer.grading.offline.patterns import statement as S
from trainer.grading.offline.text import (
    QUESTION_START,
    STOPWORDS,
    Sentence,
    content_stems,
    normalize,
    stem,
)


def feeling_not_owed(ctx: Ctx, main_point: list[Hit], attributed: list[Feeling]) -> list[Hit]:
    """names_main_feeling for a factual turn said back faithfully. The rubric asks for "the one
    they expressed": when they expressed none (no feeling or situation word, no hidden truth),
    there is no main feeling to name, and a restatement that invents none owes nothing. Only for
    a sentence that says their point back to them ("so you walk in most days now"), never a
    question of the listener's own or a sentence about the listener."""
    if attributed or not main_point or ctx.upset or not no_feeling_expressed(ctx):
        return []  # a complaint about the listener always carries a feeling
    # "I feel like I don't matter to her": the feeling is in the thought, so the sentence must
    # say the thought back ("you feel you come last"), not only the facts ("she cancelled")
    thought = {
        w for m in S.FELT_AS_THOUGHT.finditer(ctx.stmt.text) for w in content_stems(m["thought"])
    }
    for sent in ctx.sents:
        if not any(sent.start <= h.start < sent.end + 1 for h in main_point):
            continue
        chunk = ctx.resp.masked[sent.start : sent.end]
        if sent.is_question and not offered_back(chunk):
            continue
        if thought and not thought & set(content_stems(chunk)):
            continue
        if A.FEEL_VERDICT.search(chunk):
            continue  # "you feel your manager is a hypocrite": a verdict on them, no feeling
        if _says_back(chunk):
            return [Hit("names_main_feeling", sent.start, sent.end)]
    return []


def offered_back(chunk: str) -> bool:
    """A question that offers their point back to be checked: "So you're worn out?", "Fruit
    instead of crisps now?", "Sounds like the plan is to save each week?". Not a question that
    opens with a question word or verb ("do you...", "what..."), and not a suggestion. A
    tentative opener in the listener's voice ("what I'm hearing is...", "I imagine...") is read
    past: "I imagine all those rejections are wearing you down?" offers their point back."""
    opener = A.REFLECTIVE_I_OPENER.match(chunk)
    if opener:
        chunk = chunk[opener.end() :]
    if A.TENTATIVE_REFLECTION.match(chunk):
        return True
    if QUESTION_START.match(chunk) or A.ADVICE_CLAUSE.search(chunk) or A.SUGGESTS.search(chunk):
        return False
    return _about_them(chunk)


def _about_them(chunk: str, least: int = 2) -> bool:
    """Two or more content words and nothing of the listener's ("we", "I"): an echo ("two
    days?") or a turn to the listener's own plans is not a point offered back."""
    return not H.SELF_REF.search(chunk) and len(content_stems(chunk)) >= least


def _says_back(chunk: str) -> bool:
    """ "So you walk in most days now", "Sounds like, most nights, a glass is your routine", and
    a short fragment that finishes their sentence ("twice a day with the dog, then"), never a
    sentence about the listener."""
    opening = A.SAYS_BACK_OPENING.match(chunk)
    rest = chunk[opening.end() if opening else 0 :]
    # "I'm sorry you're having problems with a friend", "I imagine you...": the listener's voice
    # opens a sentence that is about them
    opener = A.REFLECTIVE_I_OPENER.match(rest) or A.SORRY_THAT.match(rest)
    rest = rest[opener.end() :] if opener else rest
    if H.SELF_REF.search(rest):
        return bool(H.YOU_REF.search(rest)) and not H.SELF_REF.match(rest)
    return bool(H.YOU_REF.search(rest)) or (
        3 <= len(rest.split()) <= _FRAGMENT_WORDS
        and _about_them(rest, least=1)
        and not _GENERAL.match(rest)
    )


# "Everyone gets called that sometimes": a claim about people in general, not their point (not
# "nobody from the team came", which says theirs back)
_GENERAL = re.compile(
    r"\s*(?:we\s+all|all\s+of\s+us)\b|\s*(?:everyone|everybody|people)(?:'s)?\b.*\b(?:sometimes|"
    r"all\s+the\s+time|at\s+some\s+point|now\s+and\s+then|from\s+time\s+to\s+time|in\s+general|"
    r"(?:stuff|things)\s+like\s+that|that\s+kind\s+of\s+thing)\b"
)


_FRAGMENT_WORDS = 10


def no_feeling_expressed(ctx: Ctx) -> bool:
    """A factual turn ("I walk to work three days a week"): no feeling word of theirs, no
    situation that carries one ("left out", "hard"), and no hidden truth that names one."""
    hidden = ctx.hidden
    if hidden and (hidden.primary_feelings or hidden.secondary_feelings):
        return False
    return not ctx.partner.families and not ctx.partner.words


def detect_need_or_check(
    ctx: Ctx, excluded: list[Sentence] | None = None, main_point: list[Hit] | None = None
) -> list[Hit]:
    """A check of understanding or the need under the words; never inside advice ("you need to
    set boundaries" is a directive, not their need); "Is that right?" alone checks nothing, and a
    reflection offered as a question checks only when it is about what they said (not "so you're
    upset about the neighbours?" when they spoke of a doctor)."""
    ranges = [(s.start, s.end + 1) for s in excluded or []]
    points = main_point or []
    hits = find_hits(A.CHECKS_UNDERSTANDING, ctx, "captures_need_or_checks")
    if hits and not _said_back(ctx, hits):
        hits = []  # "Is that right?" alone checks nothing
    hits += find_hits(A.NEED, ctx, "captures_need_or_checks")
    # an echo question on the way to the listener's own story or advice checks nothing
    hits += [
        h
        for h in _tentative_reflections(ctx, strict=bool(excluded))
        if any(h.start <= p.start < h.end for p in points)
    ]
    if ctx.hidden and ctx.hidden.need:
        need_stems = set(content_stems(normalize(ctx.hidden.need).text)) - ctx.stmt_stems
        for m in A.WORD_RX.finditer(ctx.resp.masked):
            if stem(m.group()) in need_stems and len(m.group()) > 3:
                hits.append(Hit("captures_need_or_checks", m.start(), m.end()))
                break
    return [
        h
        for h in hits
        if not any(a <= h.start < b for a, b in ranges)
        and not A.DIRECTIVE_NEED.match(ctx.resp.masked[h.start : h.start + 60])
        # "or do you just want to vent?" asks how to listen; it names no need of theirs
        and not re.search(
            r"\b(?:do|did|would|unless)\s+$", ctx.resp.masked[max(0, h.start - 8) : h.start]
        )
    ]


_FILLER = frozenset("hmm mm mhm um uh oh yeah yes sure well wrong alright okay ok got see".split())


def _said_back(ctx: Ctx, checks: list[Hit]) -> bool:
    """Is there anything besides the checks and filler ("ok", "hmm", "right") to check?"""
    text = ctx.resp.masked
    for h in sorted(checks, key=lambda h: h.start, reverse=True):
        text = text[: h.start] + " " + text[h.end :]
    words = re.findall(r"[a-z][a-z']*", text)
    return any(w not in ECHO_FILLER and w not in STOPWORDS and w not in _FILLER for w in words)


def _tentative_reflections(ctx: Ctx, strict: bool = False) -> list[Hit]:
    """ "So you're stuck between the two?": a reflection offered as a question checks it."""
    hits = []
    for s in ctx.sents:
        chunk = ctx.resp.masked[s.start : s.end]
        offered = A.TENTATIVE_REFLECTION.match(chunk) if strict else offered_back(chunk)
        if s.is_question and offered:
            hits.append(Hit("captures_need_or_checks", s.start, s.end))
    return hits


# stems of a reason that names nothing ("where to go next", "how to move forward", "the whole
# thing"): a feeling said with it is not pinned on anything of the listener's
_NO_CONTENT = frozenset(
    "next forward mov happen whol thing situation stuff way point now anymore deal step".split()
)


def reason_is_theirs(ctx: Ctx, f: Feeling, reason_end: int) -> bool:
    """The reason given for the feeling is theirs, or adds nothing of the listener's ("at a loss
    about where to go from here": no content word at all)."""
    sent = sentence_at(ctx.sents, f.start)
    end = sent.end if sent else len(ctx.resp.masked)
    said = [
        w for w in content_stems(ctx.resp.masked[f.end + reason_end : end]) if w not in _NO_CONTENT
    ]
    if not said:
        return True
    return bool(set(said) & ctx.stmt_stems or fields_of(" ".join(said)) & fields_of(ctx.stmt.text))


def feeling_tied_to_situation(
    ctx: Ctx, attributed: list[Feeling], outside: Callable[[int], bool]
) -> list[Hit]:
    """ "That must have made you feel rejected", "I can imagine how frightening that is for you":
    their feeling, said of what happened to them (a reflection of feeling restates the point
    through its impact). Only a named feeling that fits theirs (not a word that fits any news,
    "that must be hard"), pinned to "that/this/it", in a sentence that does not turn to "but...",
    after a turn that brought news (not a thank-you)."""
    if S.THANKS_TURN.match(ctx.stmt.text):
        return []
    for f in attributed:
        # a word of feeling bad in general fits news known to be bad ("we split up" -> "you
        # must be feeling pretty bad"), not news whose weight they left unsaid
        broad_fits = f.family == BROAD_FAMILY and ctx.partner.news == "negative"
        if not (_names_a_feeling(f) or broad_fits) or not outside(f.start):
            continue
        if ctx.partner.judge(f) != "match":
            continue
        fv = family_valence(f.family)
        if ctx.partner.valence == "unknown" and fv != "negative" and ctx.partner.news != "positive":
            continue  # "that must be exciting" for news they gave no feeling of: a guess
        sent = sentence_at(ctx.sents, f.start)
        if sent is None:
            continue
        lead = ctx.resp.masked[sent.start : f.start]
        if _after_sympathy(ctx, sent) and H.YOU_REF.search(lead):
            # "I'm so sorry to hear that. You must be heartbroken.": the first sentence points
            # at their news, the second names how it landed for them
            return [Hit("reflects_main_point", sent.start, f.end)]
        rest = ctx.resp.masked[f.end :]
        if A.TURNS_AWAY.match(rest):
            continue
        reason = A.FEELING_REASON.match(rest)
        said = content_stems(ctx.resp.masked[f.end + reason.end() : sent.end]) if reason else []
        # the reason must be theirs: a feeling pinned to an event they never spoke of ("upset
        # about the argument with your landlord") restates nothing
        theirs = set(said) & ctx.stmt_stems or fields_of(" ".join(said)) & fields_of(ctx.stmt.text)
        if (
            A.TIED_TO_SITUATION.search(lead)
            or A.NEWS_AS_SUBJECT.search(lead)
            or A.PINNED_AFTER.match(rest)
            or (len(said) >= 2 and theirs)
        ):
            return [Hit("reflects_main_point", sent.start, f.end)]
    return []


def _after_sympathy(ctx: Ctx, sent: Sentence) -> bool:
    """Is the sentence before this one a short word of sympathy for their news ("I'm so sorry to
    hear that.", "Oh no, I'm sorry that happened.")?"""
    before = [s for s in ctx.sents if s.end <= sent.start]
    if not before:
        return False
    prev = ctx.resp.masked[before[-1].start : before[-1].end]
    return bool(A.SYMPATHY_FOR_NEWS.match(prev.strip()))


# situation words that still name a feeling ("scary", "painful", "a slap in the face"); "hard",
# "awful", "a lot", "sucks" weigh the news without naming how it felt
_NAMING_SITUATIONS = frozenset({"anxiety", "hurt"})


def _names_a_feeling(f: Feeling) -> bool:
    """A feeling word, a situation word of fear or hurt, or a good feeling denied ("you don't
    sound very pleased about that": displeasure, named)."""
    if f.family == BROAD_FAMILY:
        return False  # "that must feel awful" fits any hard news: it names no feeling of theirs
    if f.kind == "feeling" or f.family in _NAMING_SITUATIONS:
        return True
    return f.family == "disappointment" and "disappointment" not in families_of(f.word)


def pinned_alone(
    ctx: Ctx, pinned: Hit, excluded: list[Sentence], attributed: list[Feeling]
) -> bool:
    """A feeling pinned on "that" says their point back only when the reply stays with them: not
    a nod on the way to advice, a story, a new subject or the listener's own side ("That's sad.
    Hey, fancy Thai tonight?"), and not beside a reason about the listener they never gave
    ("you're upset that I never do the laundry")."""
    if excluded or find_hits(H.TOPIC_CHANGE, ctx, "changes_subject"):
        return True
    own = sentence_at(ctx.sents, pinned.start)
    for other in ctx.sents:
        if other != own and A.TURNS_TO_LISTENER.match(
            ctx.resp.masked[other.start : other.end].strip()
        ):
            return True
    for f in attributed:
        reason = A.FEELING_REASON.match(ctx.resp.masked[f.end :])
        if reason and not reason_is_theirs(ctx, f, reason.end()):
            sent = sentence_at(ctx.sents, f.start)
            said = ctx.resp.masked[f.end + reason.end() : sent.end if sent else None]
            said = re.split(r"[,;]|\s(?:and|but|so|because)\s", said)[0]  # this clause only
            if H.SELF_REF.search(said):
                return True  # "you're upset that I never help": their complaint rewritten
    return False


def misses_focus(ctx: Ctx, hits: list[Hit]) -> bool:
    """They singled out what matters ("what stung was that your mum called me the girlfriend")
    and nothing said back is of it: every shared word is from the part they set aside."""
    found = [m for rx in S.FOCUS_PATTERNS for m in rx.finditer(ctx.stmt.text)]
    ask = S.LISTENER_ASK.search(ctx.stmt.text)
    if ask and not stated_families(ctx) and not ask_said_back(ctx, ask["focus"]):
        # "...I just want you to step in for once": what they ask is the point, when they name
        # no feeling of their own ("I'm terrified of the results. I want you to come" is the fear)
        return True
    if not found and misses_listener_part(ctx):
        return True
    focus = [m["focus"] for m in found]
    # "it worries me that he's so far away" -> "a bit anxious about the distance": the feeling
    # they singled out, named, reaches the part however its facts are put
    felt = {f.family for f in feelings_in(" ".join(focus))}
    if felt & {f.family for f in feelings_in(ctx.resp.masked) if f.attributed_to_partner}:
        return False
    stems = {w for f in focus for w in content_stems(f)}
    rest = ctx.stmt.text
    for m in found:
        rest = rest.replace(m["focus"], " ")
    if not stems:
        return False
    if len(stems) == 1:
        # one word singled out ("what upsets me is that you lied"): missed only when the reply
        # says back the part they set aside ("the cost is upsetting you")
        # and nothing in it is of the one word, in its words or its field ("kept it from you")
        aside = set(content_stems(rest)) - stems
        if not any(set(content_stems(ctx.resp.masked[h.start : h.end])) & aside for h in hits):
            return False
        whole = ctx.resp.masked
        if set(content_stems(whole)) & stems or fields_of(whole) & fields_of(" ".join(focus)):
            return False
    # a meaning field both parts share ("moving" for the move and the new flat) singles out none
    fields = fields_of(" ".join(focus)) - fields_of(rest)
    for h in hits:
        said = ctx.resp.masked[h.start : h.end]
        if set(content_stems(said)) & stems or fields_of(said) & fields:
            return False
    return True


def longest_shared_run(ctx: Ctx, min_words: int = 4) -> tuple[int, int] | None:
    """A run of 4+ words shared with the statement (pronouns swapped): it restates their point."""
    resp_tokens = [
        (m.start(), m.end(), m.group()) for m in re.finditer(r"[a-z0-9']+", ctx.resp.masked)
    ]
    resp_words = swap_pronouns([t[2] for t in resp_tokens])
    stmt_words = tokens_of(ctx.stmt.text)
    if len(resp_words) < min_words or len(stmt_words) < min_words:
        return None
    if not comparable(stmt_words, resp_words):
        return None
    block = SequenceMatcher(a=stmt_words, b=resp_words, autojunk=False).find_longest_match()
    if block.size < min_words:
        return None
    shared = resp_words[block.b : block.b + block.size]
    if all(w in ECHO_FILLER or w in {"to", "of", "in", "on", "at", "it", "a"} for w in shared):
        return None
    return resp_tokens[block.b][0], resp_tokens[block.b + block.size - 1][1]
