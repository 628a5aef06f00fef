"""A feeling said back at another size than the partner gave it: "a bit annoyed" said back as
"furious" (overstated), "absolutely devastated" as "a bit disappointed" (understated). Neither
names their feeling at its size (wrong_feeling). The blown-up one is still their feeling made
understandable; the shrunk one minimizes it."""

from __future__ import annotations

import re
from functools import cache

from trainer.grading.offline.detectors.context import Ctx, Hit
from trainer.grading.offline.feelings import CLUSTERS, Feeling, feelings_in
from trainer.grading.offline.lexicon import load_lexicon
from trainer.grading.offline.patterns import alternation
from trainer.grading.offline.text import content_stems

# two sizes apart (1 = mild, 3 = strong) is a different feeling; one size is a fair reading
_GAP = 2


@cache
def _degree() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(softer, stronger, softer after): a degree word ending the text before a feeling, with at
    most a linking verb between ("a bit fed up", "so incredibly hurt", "kind of feel left out"),
    or a softener right after it."""

    def alts(words: tuple[str, ...]) -> str:  # the one alternation helper; "_" stands for a space
        return alternation(frozenset(w.replace(" ", "_") for w in words))

    link = r"(?:(?:feel|feeling|felt|get|getting|got|be|being|been)\s+)?"
    degree = load_lexicon().degree
    softer = re.compile(rf"\b(?:{alts(degree.softer)})\s+{link}$")
    stronger = re.compile(rf"\b(?:{alts(degree.stronger)})\s+{link}$")
    # after it too: "it irritates me a little", "I'm annoyed a bit"
    after = re.compile(
        rf"^\s+(?:(?:me|us)\s+)?(?:{alts(degree.softer)})\b(?!\s+(?:of|more|longer)\b)"
    )
    return softer, stronger, after


def _sized(text: str, f: Feeling) -> tuple[int, bool]:
    """(the feeling's size in its own clause, whether a softener made it smaller): the lexicon's
    intensity, one down for a softener before it, one up for an intensifier."""
    before = re.split(r"[.!?;,]", text[max(0, f.start - 40) : f.start])[-1]
    softer, stronger, after = _degree()
    more = re.search(r"\bmore\s+than\s+(?:a\s+)?(?:bit|little)\s+$", before)  # "more than a little"
    if not more and (softer.search(before) or after.match(text[f.end : f.end + 24])):
        return max(1, f.intensity - 1), True
    if stronger.search(before):
        return min(3, f.intensity + 1), False
    return f.intensity, False


def _near(family: str) -> frozenset[str]:
    return frozenset({family}.union(*(c for c in CLUSTERS if family in c)))


# "that's exhausting", "it sounds so frustrating": how big the thing is, not a size for them
_APPRAISAL = re.compile(
    r"\b(?:that|it|this|sounds?|what\s+an?|how)(?:'s|\s+is|\s+was|\s+sounds?|\s+must\s+be|"
    r"\s+seems?)?\s+(?:\w+\s+)?$"
)


def detect_resized(ctx: Ctx, attributed: list[Feeling]) -> tuple[list[Hit], list[Hit]]:
    """(overstated, understated) feelings of the reply. Only a size the partner made plain counts
    against a size said back: a feeling they softened ("a bit annoyed", "slightly nervous") said
    back strong of the same kind ("you're furious"), or one said back softened ("a bit
    disappointed") when theirs of that cluster was strong ("devastated"). A word of their own
    is theirs at any size; "I'm tired" said back as "you're exhausted" is a fair reading."""
    stated = [
        (f.family, *_sized(ctx.stmt.text, f))
        for f in feelings_in(ctx.stmt.text)
        if f.owner != "other" and f.kind == "feeling"
    ]
    if not stated:
        return _blown_from_small(ctx, attributed), _shrunk_for_grave(ctx, attributed)
    over: list[Hit] = []
    under: list[Hit] = []
    for f in attributed:
        if f.kind != "feeling" or ctx.partner.judge(f) != "match":
            continue
        if set(content_stems(ctx.resp.masked[f.start : f.end])) <= set(ctx.stmt_stems):
            continue
        said, softened = _sized(ctx.resp.masked, f)
        near = [(size, soft) for family, size, soft in stated if family in _near(f.family)]
        same = [(size, soft) for family, size, soft in stated if family == f.family]
        before = ctx.resp.masked[max(0, f.start - 40) : f.start]
        # softened in its own family, or in a neighbour when every feeling they named was
        # softened and the word said back is strong in itself: "a little disappointed" ->
        # "devastated" (not "really let down", one notch up)
        neighbour = f.intensity >= 3 and all(soft for _, _, soft in stated)
        kin = same or (near if neighbour else [])
        if (
            kin
            and all(soft for _, soft in kin)
            and said - max(size for size, _ in near) >= _GAP
            and not _APPRAISAL.search(before)
        ):
            over.append(Hit("wrong_feeling", f.start, f.end))
        elif softened and near and max(size for size, _ in near) - said >= _GAP:
            under.append(Hit("wrong_feeling", f.start, f.end))
    return over, under


# a complaint they sized small themselves: "it's only a little thing, but...", "not a big deal,
# but...", "I know it's petty"
_SMALL_THING = re.compile(
    r"\b(?:it's|it\s+is|this\s+is|that's)\s+(?:only\s+|just\s+)?(?:a\s+)?(?:little|small|tiny|minor|silly|"
    r"petty|daft)\s+thing\b|\b(?:it's\s+)?not\s+a\s+(?:big|huge)\s+deal,?\s+but\b|"
    r"\b(?:a|one)\s+(?:small|little|tiny|minor)\s+thing,?\s+but\b|"
    r"\bi\s+know\s+(?:it's|this\s+is)\s+(?:a\s+bit\s+)?(?:silly|petty|small|minor|daft|trivial)\b|\bpet\s+peeve\b"
)


def _blown_from_small(ctx: Ctx, attributed: list[Feeling]) -> list[Hit]:
    """ "It's only a little thing, but you left the milk out" said back as "you're so deeply
    hurt": a strong feeling for a complaint they called small themselves."""
    if not _SMALL_THING.search(ctx.stmt.text) or not ctx.upset:
        return []  # "it's a small thing, but I got my first paycheck!" is news, not a complaint
    over = []
    for f in attributed:
        if f.kind != "feeling" or set(content_stems(ctx.resp.masked[f.start : f.end])) <= set(
            ctx.stmt_stems
        ):
            continue
        said, _ = _sized(ctx.resp.masked, f)
        if said >= 3 and not _APPRAISAL.search(ctx.resp.masked[max(0, f.start - 40) : f.start]):
            over.append(Hit("wrong_feeling", f.start, f.end))
    return over


# news no one takes lightly: a death, a lost pregnancy, a diagnosis of cancer
_GRAVE = re.compile(
    r"\b(?:passed\s+away|funeral|miscarr\w*|stillborn|lost\s+(?:the|our|my)\s+baby(?![\s-]+(?:weight|fat|"
    r"teeth|tooth|monitor|bump|blues|clothes|photos|pics))|put\s+(?:\w+\s+)?(?:down|to\s+sleep)|nothing\s+more\s+"
    r"(?:they|we|the\s+vet|anyone)\s+could\s+do)\b|(?<!nearly\s)(?<!almost\s)(?<!literally\s)(?<!could've\s)"
    r"\b(?:he|she|they|mum|mom|mam|mother|dad|father|gran|granny|nan|nana|nanna|grandma|grandad|grandpa|"
    r"grandmother|grandfather|brother|sister|son|daughter|husband|wife|partner|friend|uncle|aunt|auntie|"
    r"cousin|dog|cat|baby|boy|girl)\s+(?:has\s+|had\s+|just\s+)?died\b"
)
# the partner keeps their distance from the loss: "we weren't close", "I barely knew her"
_DISTANT = re.compile(
    r"\b(?:weren't|wasn't|were\s+not|never\s+really)\s+(?:that\s+|very\s+|really\s+)?close\b|"
    r"\b(?:barely|hardly|didn't\s+really)\s+knew?\b"
)
_SLIGHT = frozenset({"a shame", "bummer"})
_GRIEF = frozenset({"sadness", "hurt", "disappointment", "grief", "upset"})


def _shrunk_for_grave(ctx: Ctx, attributed: list[Feeling]) -> list[Hit]:
    """ "That's a bit sad about the baby": a loss that grave said back as a mild feeling."""
    if not _GRAVE.search(ctx.stmt.text) or _DISTANT.search(ctx.stmt.text):
        return []
    sized = [(f, *_sized(ctx.resp.masked, f)) for f in attributed]
    if any(size >= 2 and not soft for _, size, soft in sized):
        return []  # "that's devastating... you must be in a bit of shock": the loss named at its size
    return [
        Hit("wrong_feeling", f.start, f.end)
        for f, size, soft in sized
        if f.family in _GRIEF and ((soft and size <= 1) or f.word in _SLIGHT)
    ]
