"""Validation: naming and legitimising the feeling and tying it to its cause; minimising,
judging, sarcasm and parroting withhold it."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from trainer.grading.offline.detectors import validation_kinds as kinds
from trainer.grading.offline.detectors.context import (
    ECHO_FILLER,
    Ctx,
    Hit,
    comparable,
    find_hits,
    find_hits_by_sentence,
    sentence_at,
    swap_pronouns,
    text_before,
    tokens_of,
)
from trainer.grading.offline.detectors.sides import own_words
from trainer.grading.offline.feelings import Feeling
from trainer.grading.offline.patterns import accuracy as A
from trainer.grading.offline.patterns import hijacking as H
from trainer.grading.offline.patterns import narrative as N
from trainer.grading.offline.patterns import reassurance as RA
from trainer.grading.offline.patterns import validation as V
from trainer.grading.offline.patterns import validation_kinds as VK
from trainer.grading.offline.text import content_stems, stem


def detect_minimizing(ctx: Ctx) -> list[Hit]:
    return [
        h
        for h in find_hits_by_sentence(V.MINIMIZES, ctx, "minimizes")
        if not RA.REASSURANCE_NEGATED_BEFORE.search(text_before(ctx, h.start))
    ] + kinds.kind_minimizing(ctx)


def detect_judging(ctx: Ctx) -> list[Hit]:
    hits = []
    for h in find_hits(V.JUDGES, ctx, "judges_or_argues"):
        before = text_before(ctx, h.start, 40)
        if re.search(
            r"\b(?:not|never|aren't|isn't|no\s+one\s+(?:could|would)\s+say)\s+(?:\w+\s+)?$", before
        ):
            continue
        after = ctx.resp.masked[h.end : h.end + 30]
        if re.search(
            r"\b(?:like|as\s+if|as\s+though)\s+i\s+(?:think|thought|found)\s+$", before
        ) and not re.match(r"\W*(?:because|cos|and)\s+it\s+(?:\w+\s+){0,2}(?:is|was)\b", after):
            continue  # "it felt like I think it's silly": how the listener came across to them
        hits.append(h)
    if not re.search(
        r"\bi\s+(?:\w+\s+)?(?:assume|expect|think|imagine)\s+the\s+worst", ctx.stmt.text
    ):
        hits += find_hits(
            VK.WORST_READING, ctx, "judges_or_argues"
        )  # not "I expect the worst" back
    if "!" not in ctx.stmt.text and "positive" not in (ctx.partner.valence, ctx.partner.news):
        hits += find_hits(VK.REMARK_PRAISED, ctx, "judges_or_argues")  # "a compliment!" shares news
    return hits + find_hits(A.FUSS_HABIT, ctx, "judges_or_argues") + kinds.kind_judging(ctx)


def detect_sarcasm(ctx: Ctx, other_costs: list[Hit]) -> list[Hit]:
    hits = find_hits_by_sentence(V.SARCASM, ctx, "sarcasm_or_contempt")
    hits += [h for h in find_hits(V.MUST_BE_NICE, ctx, "sarcasm_or_contempt") if _envies(ctx)]
    hits += find_hits_by_sentence(V.SARCASM_MARKED, ctx, "sarcasm_or_contempt")
    if ctx.partner.valence != "positive" and other_costs:
        hits += find_hits(V.LAUGH, ctx, "sarcasm_or_contempt")
    return hits


def _envies(ctx: Ctx) -> bool:
    """Is "must be nice" envy, not gladness? Said to a complaint, or with an envious turn
    ("for some", "some of us", the listener's own lot), or bare with nothing glad beside it."""
    text = ctx.resp.masked
    if V.NICE_ENVIES.search(text) or (ctx.partner.valence == "negative"):
        return True
    return not V.NICE_GLAD.search(text)


def detect_acknowledgement(ctx: Ctx, attributed: list[Feeling]) -> list[Hit]:
    hits = kinds.not_an_echo_question(
        ctx, [Hit("acknowledges_feeling", f.start, f.end) for f in attributed]
    )
    hits += find_hits(V.ACKNOWLEDGES, ctx, "acknowledges_feeling")
    hits += detect_legitimizing(ctx, V.FEELING_LEGITIMIZED, "acknowledges_feeling")
    if not _envies(ctx):  # "that must be so nice": gladness for their good news, said to them
        hits += find_hits(V.MUST_BE_NICE, ctx, "acknowledges_feeling")
    hits += _impact_owned(ctx)
    return kinds.not_the_listeners(ctx, hits + kinds.kind_acknowledgements(ctx))


def _impact_owned(ctx: Ctx) -> list[Hit]:
    """ "It must have seemed like I didn't care": how the listener's act felt to them, said from
    their side (no excuse after it), acknowledges the feeling in their own terms."""
    hits = []
    for s in ctx.sents:
        chunk = ctx.resp.masked[s.start : s.end]
        m = N.PERCEIVED.search(chunk)
        if m and N.perceived(chunk):
            hits.append(Hit("acknowledges_feeling", s.start + m.start(), s.start + m.end()))
    return hits


def detect_interjections(ctx: Ctx) -> list[Hit]:
    """ "Ugh", "wow", "oh no": candidates for acknowledges_feeling that need company (checklist
    keeps them only beside words about what happened to the partner)."""
    return kinds.interjections_about_them(
        ctx, find_hits(V.INTERJECTION, ctx, "acknowledges_feeling")
    )


def has_no_listening(ctx: Ctx) -> bool:
    """ "ok", "hmm", "sure, whatever", "Oof.": nothing in the reply is about the partner."""
    return bool(V.NO_LISTENING.match(ctx.resp.masked.strip()))


def detect_legitimizing(
    ctx: Ctx, pattern: re.Pattern[str] = V.LEGITIMIZES, item: str = "legitimizes_feeling"
) -> list[Hit]:
    """Allowing the feeling, unless denied just before ("it's not normal to feel...")."""
    hits = []
    for h in find_hits(pattern, ctx, item):
        before = text_before(ctx, h.start, 30)
        if re.search(r"\b(?:not|never|doesn't|don't|isn't)\s+(?:\w+\s+)?$", before):
            continue
        hits.append(h)
    if item == "legitimizes_feeling":
        hits += kinds.kind_legitimizing(ctx)
    return hits


def made_understandable(ctx: Ctx, legit: list[Hit]) -> list[Hit]:
    """ "That makes total sense", "I don't blame you", "no wonder" beside what they told, with no
    feeling word of the listener's to acknowledge: making it understandable acknowledges it. Only
    in a sentence said to them ("you"), not one about the listener or about other people."""
    for h in legit:
        sent = sentence_at(ctx.sents, h.start)
        chunk = ctx.resp.masked[sent.start : sent.end] if sent else ""
        about_them = (
            H.YOU_REF.search(chunk)
            or A.REFLECTIVE_FRAME.search(chunk)
            or len(ctx.sents) == 1
            or _THAT_LEAD.match(chunk)
        )
        fair = ctx.resp.masked[h.start : h.end].startswith("fair") or "fair" in chunk[:12]
        if fair and _THEIR_LAPSE.search(ctx.resp.masked[h.end : sent.end if sent else None]):
            continue  # "fair enough, you didn't do your homework" sides with whoever told them off
        # not about the listener ("I'm the worst, you deserve better"), past their listener moves
        if about_them and not H.SELF_REF.search(own_words(chunk)):
            return [Hit("acknowledges_feeling", h.start, h.end)]
    return []


_THEIR_LAPSE = re.compile(
    r"\byou\s+(?:did|didn't|did\s+not|were|weren't|should|shouldn't|forgot|had\s+to|broke|kind\s+of)\b|"
    r"\byour\s+\w+\s+(?:was|were|is)\s+(?:too|a\s+bit|quite|pretty|really)\b"
)
_THAT_LEAD = re.compile(r"\s*(?:that|that's|it|it's|of course|no wonder)\b")


def detect_links(ctx: Ctx, attributed: list[Feeling]) -> list[Hit]:
    """A named feeling tied to its reason: a causal word after it, or the partner's content."""
    hits = []
    for f in attributed:
        sent = sentence_at(ctx.sents, f.start)
        if sent is None:
            continue
        after = ctx.resp.masked[f.end : sent.end]
        whole = ctx.resp.masked[sent.start : sent.end]
        causal = re.match(
            r"\s*(?:,\s*)?(?:because|since|after|when|that|about|with|by|over|at|from|as|given|"
            r"to\s+(?:hear|see|find|have|be|come)|cause|and\s+(?:that|then))\b",
            after,
        )
        overlap = ctx.stmt_stems & set(content_stems(whole))
        if causal or len(overlap) >= 1:
            hits.append(Hit("links_feeling_to_cause", f.start, f.end))
    return hits


def detect_echo(ctx: Ctx) -> list[Hit]:
    """A parrot: the partner's sentence back with pronouns swapped and nothing of one's own."""
    resp_words = swap_pronouns(tokens_of(ctx.resp.masked))
    stmt_words = tokens_of(ctx.stmt.text)
    if len(resp_words) < 4 or not stmt_words or not comparable(stmt_words, resp_words):
        return []
    matcher = SequenceMatcher(a=stmt_words, b=resp_words, autojunk=False)
    matched = sum(b.size for b in matcher.get_matching_blocks())
    stmt_set = {stem(w) for w in stmt_words}
    core = [w for w in resp_words if w not in ECHO_FILLER]
    new_content = [w for w in core if stem(w) not in stmt_set]
    covered = len({stem(w) for w in core} & stmt_set) / max(
        1, len(set(content_stems(ctx.stmt.text)))
    )
    whole = matched / len(resp_words) >= 0.7 and matched >= 0.5 * len(stmt_words)
    # framing words ("so what I'm hearing is...") around the partner's own sentence
    framed_copy = len(core) >= 3 and len(new_content) <= 1 and covered >= 0.6
    if (whole and len(new_content) <= 3) or framed_copy:
        return [Hit("near_verbatim_echo", 0, len(ctx.resp.masked.rstrip()))]
    return []
