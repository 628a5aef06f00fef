"""Blame in the past tense and obligations said back: a modal in the perfect ("you could have
rung me") speaks of the past, so it is a reproach or a guess, not a step still to take; "you'll
have to tell him" after "I need to tell him" is their own obligation, reflected."""

from __future__ import annotations

import re

from trainer.grading.offline.detectors.context import Ctx, Hit, sentence_at
from trainer.grading.offline.patterns import clauses as C
from trainer.grading.offline.text import stem

# An obligation: the partner's own in the statement ("I need to tell him"), or one the listener
# names ("you'll have to tell him").
_OBLIGATION = (
    r"(?:really\s+|just\s+|still\s+|probably\s+)?(?:need\s+to|have\s+to|'ve\s+got\s+to|have\s+got\s+to|"
    r"got\s+to|gotta|should|must|ought\s+to|(?:'ll|\s+will)\s+(?:\w+\s+)?(?:have|need)\s+to|"
    r"'m\s+going\s+to\s+have\s+to|'m\s+gonna\s+have\s+to)\s+(?:(?:just|finally|actually|at\s+some"
    r"\s+point)\s+)?([a-z]+)"
)
_MY_OBLIGATION = re.compile(rf"\bi(?:\s+|(?=')){_OBLIGATION}")
_YOUR_OBLIGATION = re.compile(rf"(?:you|u)(?:\s+|(?=')){_OBLIGATION}")


def their_obligation(ctx: Ctx, pos: int) -> bool:
    """Is the obligation at `pos` the partner's own, said back ("I need to tell him" ->
    "you'll have to tell him")? Their verb, with "I" as its subject in the statement."""
    said = _YOUR_OBLIGATION.match(ctx.resp.masked, pos)
    if not said:
        return False
    theirs = {stem(m.group(1)) for m in _MY_OBLIGATION.finditer(ctx.stmt.text)}
    return stem(said.group(1)) in theirs


# The listener named in a clause: "you should have told me", "...before I'd left".
_LISTENER = re.compile(r"\b(?:me|us|my|our|i|i'd|i'm|i've|we)\b")


def past_reproach(ctx: Ctx, pos: int) -> bool:
    """A modal in the perfect at `pos` speaks of the past: "could/might have" is a reproach or
    a guess; "should have" is blame of the partner when it concerns the listener (they are upset
    with the listener, or the clause names the listener) and otherwise hindsight advice."""
    found = C.PERFECT_MODAL.match(ctx.resp.masked, pos)
    if not found:
        return False
    if found.group("modal") not in ("should", "ought to") or ctx.upset:
        return True
    end = C.clause_end(ctx.resp.masked, found.end())
    return bool(_LISTENER.search(ctx.resp.masked, found.end(), end))


# Their own regret or thought said back: "you feel you should have said no".
_THEIR_THOUGHT = re.compile(
    r"\b(?:you|u)\s+(?:\w+\s+)?(?:feel|felt|think|thought|wish|wished|worry|wonder|keep\s+thinking|"
    r"said|say|keep\s+asking|ask|believe|know|knew)\b(?:\s+(?:that|like|if|whether))?[^.!?]{0,25}$"
)


def detect_reproach(ctx: Ctx, found: list[Hit]) -> list[Hit]:
    """Blame in the past tense thrown back at a partner upset with the listener ("you could have
    reminded me", "you should've said"): a counter-complaint, not a step (not fixing stays
    clear). Hits that overlap `found` are left out."""
    if not ctx.upset:
        return []
    hits: list[Hit] = []
    for m in C.PERFECT_MODAL.finditer(ctx.resp.masked):
        if m.group("modal") in ("must", "would", "may"):
            continue  # "you must have been furious": a guess at their feeling
        sent = sentence_at(ctx.sents, m.start())
        if sent is None or sent.is_question:
            continue
        if _THEIR_THOUGHT.search(ctx.resp.masked[sent.start : m.start()]):
            continue
        hit = Hit("counter_complaint", m.start(), C.clause_end(ctx.resp.masked, m.end()))
        if not any(h.start < hit.end and hit.start < h.end for h in found):
            hits.append(hit)
    return hits
