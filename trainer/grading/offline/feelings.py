"""Whose feeling is it, and is it the partner's? Feeling words placed in their sentence.

The matcher (feeling_matcher.py) finds feeling words; this module decides whether the learner
attributes them to the partner ("you sound exhausted"), to themselves ("I'm exhausted too") or to
a third person ("your boss is angry"), and compares them with what the partner feels.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from trainer.grading.offline.feeling_matcher import find_feelings
from trainer.grading.offline.patterns import owner as O

Valence = Literal["positive", "negative", "mixed", "unknown"]

# Families that a listener may use for one another without being wrong.
CLUSTERS: tuple[frozenset[str], ...] = (
    frozenset({"anger", "frustration", "disgust"}),
    frozenset({"sadness", "hurt", "disappointment", "loneliness"}),
    frozenset({"anxiety", "insecurity", "overwhelm", "confusion"}),
    frozenset({"shame", "insecurity"}),
    frozenset({"hurt", "anger"}),
    frozenset({"overwhelm", "frustration"}),
    frozenset({"joy", "pride", "relief", "love", "hope", "calm", "surprise"}),
)
# words for any bad feeling, not one family: they fit whatever negative feeling was expressed
BROAD_NEGATIVE = frozenset({"upset", "distressed", "struggling", "stressed", "shaken"})
# the family of feeling bad in general ("I feel terrible", "a rough time of it"): it fits any bad
# feeling, and a partner who names only it has said how bad, not which feeling
BROAD_FAMILY = "distress"
POSITIVE = frozenset({"joy", "pride", "relief", "love", "hope", "calm"})
NEUTRAL = frozenset({"surprise", "confusion"})

_SUBJECT = re.compile(
    r"\b(?P<self>i|i'm|i've|i'd|i'll|me|myself|we|we're|us)\b|"
    r"\b(?P<you>you|you're|you've|you'd|you'll|u|your|yourself|sounds|sound|seems|seem|that|"
    r"it|this|must)\b|"
    r"\b(?P<other>he|he's|she|she's|they|they're|him|her|them|his|their|boss|mom|mum|dad|"
    r"mother|father|sister|brother|friend|manager|everyone|people|kids)\b"
)


@dataclass(frozen=True)
class Feeling:
    start: int
    end: int
    word: str
    family: str
    intensity: int
    kind: str  # "feeling" or "situation"
    owner: Literal["partner", "self", "other"]

    @property
    def attributed_to_partner(self) -> bool:
        return self.owner == "partner"


def family_valence(family: str) -> Valence:
    if family in POSITIVE:
        return "positive"
    if family in NEUTRAL:
        return "unknown"
    return "negative"


# a modal or linking word right after another person ("he must", "she seems", "your boss sounds"):
# it does not hand the feeling back to the partner
_LINKED = re.compile(r"(?:\s+(?:really|also|probably|just|so|too))*\s+(?:must|sounds?|seems?)")

_POSSESSED = re.compile(
    r"'s\s+(?!been\b|got\b|gone\b|going\b|so\b|really\b|very\b|not\b|just\b)[a-z]+"
)
_THEIR = re.compile(r"\byour\s+$")


_OBJECTS = frozenset({"him", "her", "them"})
# who an event happened in front of or was told to ("in front of everyone", "read out to the
# whole family"): an audience, not the subject of the feeling word that follows
_AUDIENCE_BEFORE = re.compile(
    r"\b(?:in\s+front\s+of|to|around|before)\s+(?:(?:the|your|all|all\s+the|his|her|their|"
    r"our|my)\s+)?(?:whole\s+)?$"
)


def _owner(text: str, start: int, event: bool = False) -> Literal["partner", "self", "other"]:
    """The nearest subject before the word in its clause decides whose feeling it is. For a word
    that weighs an event ("a loss like that"), "your mother's passing" is their news, not the
    mother as a subject."""
    window = text[max(0, start - 48) : start]
    cut = max(window.rfind("."), window.rfind("?"), window.rfind("!"), window.rfind("\n"))
    window = window[cut + 1 :]
    if O.STIRRED.search(window):
        said = O.STIRRED_IN.match(text[start : start + 40])
        who = said and (said["who"] or said["her"])
        if who and who not in ("you", "u"):  # "...guilt in Tom", "...anger for me"
            return "self" if who in ("me", "myself", "us") else "other"
        clause = text[max(0, start - 100) : start]
        cut = max(clause.rfind("."), clause.rfind("?"), clause.rfind("!"), clause.rfind("\n"))
        if O.GERUND_EVENT.match(clause[cut + 1 :]):
            return "partner"
    last = None
    earlier = None  # the candidate before `last`
    for m in _SUBJECT.finditer(window):
        possessive = _POSSESSED.match(window, m.end()) and _THEIR.search(window[: m.start()])
        if event and m.group("other") and possessive:
            continue  # "your mother's passing": a possessive of theirs, not a subject
        if m.group("other") and _AUDIENCE_BEFORE.search(window[: m.start()]):
            continue  # "told off in front of everyone is humiliating": the audience feels nothing
        if (
            last is not None
            and last.group("other")
            and _LINKED.fullmatch(window[last.end() : m.end()])
        ):
            continue  # "he must be stressed", "she seems overwhelmed": still the other person
        earlier, last = last, m
    if (
        last is not None
        and last.group() in _OBJECTS
        and (
            re.search(r"[,;]|\band\b", window[last.end() :])
            # "hearing it from her must have stung": the object of a preposition is no subject
            or re.search(
                r"\b(?:from|to|with|at|by|for|about|of|towards)\s+$", window[: last.start()]
            )
        )
    ):
        # "all you've put in with him, and hurt that...": an object before a clause break is not
        # who feels it ("seeing him so stressed" still is)
        last = earlier
    if last is None:
        # "Glad yours is benign", "Proud of you": the listener's own reaction with "I" left out
        bare = not re.search(r"[a-z]", re.sub(O.BARE_LEAD, "", window))
        rest = re.split(r"(?<=[.!?])\s", text[start:], maxsplit=1)[0]
        own = bare and O.OWN_REACTION.match(text, start) and not O.GUESSED_AFTER.search(rest)
        return "self" if own else "partner"
    if last.group("self"):
        # "let me guess you're..." / "I can see how hurt" keep the partner as owner
        # ...and "I understand being so nervous", "I can see you feeling low"
        if re.search(
            r"\b(?:see|hear|tell|imagine|get|know|bet|guess|understand)(?:\s+(?:how|that|why|what(?:\s+an?)?))?"
            r"(?:\s+(?:a|an|such\s+an?))?(?:\s+(?:you\s+)?(?:being|feeling|getting)"
            r"(?:\s+(?:so|really|very|quite|pretty|a\s+bit|kind\s+of|a\s+little))*)?\s*$",
            window[last.start() :],
        ):
            return "partner"
        return "self"
    if last.group("other"):
        # "you're a dad who's hurting": the other person is the partner themselves
        if re.search(r"\byou(?:'re|\s+are)\s+(?:a|an|the)\s+[a-z]+\s+(?:who|that)\b", window):
            return "partner"
        return "other"
    return "partner"


# "not happy", "don't feel loved", "never relaxed": the feeling is denied, not named
_NEGATED = re.compile(
    # "can't stop crying", "couldn't help laughing" insist on the feeling; they do not deny it
    # "past being cross", "gone past angry": a feeling left behind
    r"(?:\b(?:not|never|no\s+longer|hardly|barely|\w+n't)|(?:'m|'re|'s|\bam|\bare|\bis|\bgone|\bgot|\bnow|\bwell|"
    r"\bway|\blong)\s+past)\s+(?!(?:just|only|simply|merely|even|stop|help)\b)"
    # "didn't cause my anxiety" owns the anxiety: a possessive is not part of a denial
    r"(?:(?!(?:my|your|his|her|their|our)\b)[a-z']+\s+){0,2}$"
)


# "the anger's burnt itself out", "the fear has faded": a feeling said to be gone
_LEFT_AFTER = re.compile(
    r"(?:'s|\s+has|\s+is|\s+was)?\s+(?:all\s+)?(?:gone|burnt|burned|faded|passed|worn\s+off|died\s+down|"
    r"drained\s+away|fizzled|run\s+out)\b"
)


# "I'll be calmer", "I promised to be more patient", "trying to feel less": a feeling wished
# for, comparative or promised, not one they have
_WISHED = re.compile(
    r"\b(?:i'll|i\s+will|we'll|we\s+will|i'd|i\s+would|(?:want|wanted|wish|hope|hoped|try|trying|"
    r"tried|promise|promised|promising\s+myself)\s+to)\s+(?:be|feel|get|stay)\s+"
    r"(?:a\s+(?:bit|little|lot)\s+|much\s+|so\s+much\s+)?(?:more|less|calmer|happier|better)?\s*$"
)


# "looking for some relief", "you just want to feel settled", "desperate for some peace": a good
# feeling wanted is their need, not a feeling they have now
_WANTED = re.compile(
    r"\b(?:want|wants|wanted|wanting|need|needs|needed|needing|looking\s+for|hoping\s+for|"
    r"longing\s+for|long\s+for|desperate\s+for|crave|craving|craves|wish|wishing\s+for|yearning\s+for|"
    r"searching\s+for)\s+(?:to\s+(?:feel|be|get)\s+(?:a\s+(?:bit|little)\s+)?|some\s+|a\s+(?:bit|little)\s+"
    r"(?:of\s+)?|more\s+|a\s+sense\s+of\s+|real\s+|some\s+real\s+|just\s+)*$"
)


# "Oh love,", "aw, my love.", "thanks love": a name for the partner, not the feeling love
_ENDEARMENT_BEFORE = re.compile(
    r"(?:^|[.!?,;:\n]|\b(?:oh|aw+|ah+|my|hey|hi|thanks|thank\s+you|sorry|yes|no|ok|okay|night|morning|"
    r"come\s+here|bless\s+you))\s*,?\s*$"
)
_ENDEARMENT_AFTER = re.compile(r"^\s*(?:[,.!?;:\n\u2026]|x+\b|$)")


def is_endearment(text: str, start: int, end: int) -> bool:
    """Is the word at [start, end) "love" said to the partner, as a name?"""
    return (
        text[start:end] == "love"
        and bool(_ENDEARMENT_BEFORE.search(text[max(0, start - 24) : start]))
        and bool(_ENDEARMENT_AFTER.match(text[end : end + 4]))
    )


# "running is brilliant for clearing your head", "a great way to unwind": praise of a means, not
# a feeling ("that's great for you!" still shares their joy)
_PRAISES_A_MEANS = re.compile(
    r"^\s+(?:for\s+(?!(?:you|u|ya|your|ur|both|the\s+two\s+of\s+you|yourself|y'all|you\s+guys|him|her|them|us)\b)|"
    r"way\s+(?:to|of)\b)"
)

_PRAISE_WORDS = frozenset(
    "great brilliant amazing fantastic wonderful good excellent fab fabulous awesome superb perfect "
    "lovely terrific incredible ace magic cool nice".split()
)

# "that's amazing for Sam", "what a wonderful way to start": their news praised, which shares it
_SAID_OF_NEWS = re.compile(
    r"\b(?:that's|that\s+is|it's|it\s+is|this\s+is|what\s+(?:a|an)|how|so)\s+(?:(?:so|really|just|such\s+a)\s+)?$"
)


def feelings_in(text: str) -> list[Feeling]:
    """Feeling words in a normalised text, each with its owner. A denied positive feeling ("not
    happy") points at disappointment; a denied negative one ("don't worry") names nothing."""
    out = []
    for h in find_feelings(text):
        if is_endearment(text, h.start, h.end):
            continue
        family, kind = h.family, h.kind
        if _WISHED.search(text[max(0, h.start - 40) : h.start]):
            continue  # "I'll be calmer with her": a hoped-for feeling is not a felt one
        if family_valence(family) == "positive" and _WANTED.search(
            text[max(0, h.start - 48) : h.start]
        ):
            continue  # "you just want to feel settled": a need, said back as one
        if (
            h.word in _PRAISE_WORDS
            and _PRAISES_A_MEANS.match(text[h.end : h.end + 40])
            and not _SAID_OF_NEWS.search(text[max(0, h.start - 30) : h.start])
        ):
            continue
        if _LEFT_AFTER.match(text[h.end : h.end + 30]):
            continue  # "the anger's burnt itself out": a feeling said to be gone
        if _NEGATED.search(text[max(0, h.start - 40) : h.start]):
            if family_valence(family) != "positive":
                continue
            family, kind = "disappointment", "situation"
        # "miss you", "miss our Sundays": the person inside is who is missed, not who misses
        inner = None if h.word == _MISSING else _inner_owner(text[h.start : h.end])
        owner = inner or _owner(text, h.start, kind == "situation")
        out.append(Feeling(h.start, h.end, h.word, family, h.intensity, kind, owner))
    return out


_MISSING = "miss you"
_INNER_SELF = re.compile(r"\b(?:me|my|myself|us|our)\b")
_INNER_YOU = re.compile(r"\b(?:you|your|yourself|u)\b")


def _inner_owner(phrase: str) -> Literal["partner", "self"] | None:
    """A phrase that says whose feeling it is ("it's eating me up", "what he said is weighing on
    you", "he stresses me out"): the person inside it owns it, whoever its subject is."""
    if " " not in phrase:
        return None
    if _INNER_YOU.search(phrase):
        return "partner"
    return "self" if _INNER_SELF.search(phrase) else None
