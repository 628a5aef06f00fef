"""Accuracy: the partner's main point, feeling and need, checked; distortions and imputed
motives cost it."""

from __future__ import annotations

import re
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
from trainer.grading.offline.feelings import Feeling
from trainer.grading.offline.patterns import accuracy as A
from trainer.grading.offline.patterns import hijacking as H
from trainer.grading.offline.text import Sentence, content_stems, normalize, stem


def detect_main_point(ctx: Ctx, excluded: list[Sentence]) -> list[Hit]:
    """Overlap with the partner's content (or the hidden key facts), outside advice and stories."""
    targets = set(ctx.stmt_stems)
    if ctx.hidden:
        for fact in ctx.hidden.key_facts:
            targets |= set(content_stems(normalize(fact).text))
    excluded_ranges = [(s.start, s.end) for s in excluded]
    hits: list[Hit] = []
    seen: set[str] = set()
    # quoted words count here: quoting the partner back is part of reflecting them
    for m in A.WORD_RX.finditer(ctx.resp.text):
        if any(a <= m.start() < b for a, b in excluded_ranges):
            continue
        word = m.group()
        st = stem(word)
        if st in targets and st not in seen and word not in ECHO_FILLER and len(word) > 2:
            seen.add(st)
            hits.append(Hit("reflects_main_point", m.start(), m.end()))
    run = _longest_shared_run(ctx)
    if run and not hits:
        hits.append(Hit("reflects_main_point", run[0], run[1]))
    framed = bool(A.REFLECTIVE_FRAME.search(ctx.resp.masked))
    enough = 2 if len(ctx.stmt_stems) >= 6 else 1
    if len(hits) >= enough or (hits and framed):
        return hits
    return []


def _longest_shared_run(ctx: Ctx, min_words: int = 4) -> tuple[int, int] | None:
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


def detect_main_feeling(ctx: Ctx, attributed: list[Feeling]) -> tuple[list[Hit], list[Hit]]:
    """(names_main_feeling hits, wrong_feeling hits) against what the partner feels."""
    right: list[Hit] = []
    wrong: list[Hit] = []
    for f in attributed:
        verdict = ctx.partner.judge(f)
        if verdict == "match":
            right.append(Hit("names_main_feeling", f.start, f.end))
        elif verdict == "conflict":
            wrong.append(Hit("wrong_feeling", f.start, f.end))
    if right:
        return right, []
    return [], wrong


def detect_need_or_check(ctx: Ctx) -> list[Hit]:
    hits = find_hits(A.CHECKS_UNDERSTANDING, ctx, "captures_need_or_checks")
    hits += find_hits(A.NEED, ctx, "captures_need_or_checks")
    if ctx.hidden and ctx.hidden.need:
        need_stems = set(content_stems(normalize(ctx.hidden.need).text)) - ctx.stmt_stems
        for m in A.WORD_RX.finditer(ctx.resp.masked):
            if stem(m.group()) in need_stems and len(m.group()) > 3:
                hits.append(Hit("captures_need_or_checks", m.start(), m.end()))
                break
    return hits


def detect_distortion(ctx: Ctx) -> list[Hit]:
    """Absolutes the partner never used ("he always does this"), or a feeling blown up."""
    if re.search(r"\b(?:always|never|every|constantly|all\s+the\s+time|hates?)\b", ctx.stmt.text):
        return []  # the partner used absolutes themselves
    hits = []
    for m in A.ABSOLUTES.finditer(ctx.resp.masked):
        sent = sentence_at(ctx.sents, m.start())
        chunk = ctx.resp.masked[sent.start : sent.end] if sent else ""
        about_them = H.YOU_REF.search(chunk) or re.search(r"\b(?:he|she|they|your)\b", chunk)
        lead = chunk[: max(0, m.start() - (sent.start if sent else 0))]
        if about_them and not H.SELF_REF.search(lead):
            hits.append(Hit("distorts_facts", m.start(), m.end()))
    return hits


def detect_motives(ctx: Ctx) -> list[Hit]:
    hits = []
    for h in find_hits(A.IMPUTES_MOTIVE, ctx, "imputes_motive"):
        span_text = ctx.resp.masked[h.start : h.end]
        if ctx.stmt.text.find(span_text.strip()) >= 0:
            continue  # the partner said it themselves
        hits.append(h)
    return hits
