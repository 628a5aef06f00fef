"""What happened, changed in the saying back (distorts_facts): an event blown up into a stronger
one ("postponed" said back as "cancelled", "borrowed" as "stole"), and the thing the partner
ruled out said back as what they want ("I'm not saying I want to quit" -> "so you want to quit")."""

from __future__ import annotations

import re

from trainer.grading.offline.detectors.context import Ctx, Hit
from trainer.grading.offline.detectors.invented import asks
from trainer.grading.offline.paraphrase import escalations_for
from trainer.grading.offline.patterns import statement as S
from trainer.grading.offline.text import Sentence, content_stems, stem

# a negation earlier in the clause ("it wasn't cancelled", "not about leaving") says it back as
# ruled out, which is faithful
_NEGATED = re.compile(
    r"(?:\b(?:not|never|no|less|rather\s+than|instead\s+of|without|nothing)\b|n't\b)[^,;:]*$"
)
# the reply casting it as their wish or plan: "so you want to...", "you're ready to...", "you want
# me to...", "you're thinking of..."
_WISH_FRAME = re.compile(
    r"\byou(?:'re|\s+are|'d|\s+would)?\s+(?:\w+\s+)?(?:want|wanting|wanna|ready|thinking\s+(?:of|"
    r"about)|planning|going|gonna|considering|asking|prefer|rather|need|done\s+with)\b"
)
_ABOUT = re.compile(r"\b(?:about|over)\b")


def _asserting(ctx: Ctx, excluded: list[Sentence]) -> list[Sentence]:
    """The reply's sentences that say something back as so: not the listener's own story, not a
    real question."""
    return [
        s for s in ctx.sents if s not in excluded and not asks(s, ctx.resp.masked[s.start : s.end])
    ]


def detect_escalated(ctx: Ctx, excluded: list[Sentence]) -> list[Hit]:
    """An event said back as a stronger one the partner never reported (the escalations of
    meaning.yaml)."""
    patterns = escalations_for(ctx.stmt.text)
    if not patterns:
        return []
    hits: list[Hit] = []
    for s in _asserting(ctx, excluded):
        chunk = ctx.resp.masked[s.start : s.end]
        for rx in patterns:
            for m in rx.finditer(chunk):
                if not _NEGATED.search(chunk[: m.start()]):
                    hits.append(Hit("distorts_facts", s.start + m.start(), s.start + m.end()))
    return hits


def _ruled_out(ctx: Ctx) -> tuple[set[str], set[str]]:
    """(wish stems, topic stems): the content of what they rule out, less any word they also use
    outside it (a word of both is still theirs)."""
    text = ctx.stmt.text
    spans: list[tuple[int, int, str]] = []
    for kind, patterns in (("wish", S.RULED_OUT_WISH), ("topic", S.RULED_OUT_TOPIC)):
        for rx in patterns:
            spans += [(m.start("x"), m.end("x"), kind) for m in rx.finditer(text)]
    if not spans:
        return set(), set()
    rest = text
    for a, b, _ in spans:
        rest = rest[:a] + " " * (b - a) + rest[b:]
    elsewhere = set(content_stems(rest))
    wish = {w for a, b, k in spans if k == "wish" for w in content_stems(text[a:b])} - elsewhere
    topic = {w for a, b, k in spans if k == "topic" for w in content_stems(text[a:b])} - elsewhere
    return wish, topic


def detect_ruled_out(ctx: Ctx, excluded: list[Sentence]) -> list[Hit]:
    """What they ruled out said back as what they want ("I'm not asking you to give up football"
    -> "so you want me to give up football") or as what it is about ("Not sex, even" -> "you're
    frustrated about our sex life")."""
    wish, topic = _ruled_out(ctx)
    if not (wish or topic):
        return []
    hits: list[Hit] = []
    for s in _asserting(ctx, excluded):
        chunk = ctx.resp.masked[s.start : s.end]
        for m in re.finditer(r"[a-z][a-z']+", chunk):
            st = stem(m.group())
            before = chunk[: m.start()]
            if _NEGATED.search(before):
                continue
            frame = (st in wish and _WISH_FRAME.search(before)) or (
                st in topic and _ABOUT.search(before)
            )
            if frame:
                hits.append(Hit("distorts_facts", s.start + m.start(), s.start + m.end()))
                break
    return hits
