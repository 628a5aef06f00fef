"""What every detector reads: the normalised reply and statement, its sentences, what the
partner feels, and a Hit for each checklist item that fires, with helpers to find them."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from trainer.grading.offline.partner_felt import PartnerFeelings
from trainer.grading.offline.text import Normalized, Sentence
from trainer.grading.offline.words import GRADER
from trainer.grading.schema import HiddenTruth, RubricKey

# Words with nothing of the listener's own in them (see trainer/data/words/grader.yaml).
ECHO_FILLER: frozenset[str] = GRADER.echo_filler
# The partner's pronouns as the listener would say them; shared with trainer/grading/feedback/person.py.
PRONOUN_SWAP: dict[str, str] = GRADER.pronoun_swap


# Word pairs the matcher may compare. Real statement and reply pairs stay under ~200 (eval
# cases 62, the external data 200); two long runs of a few repeated words reach hundreds of
# thousands, and SequenceMatcher then takes seconds. Such degenerate text is not compared.
MAX_MATCH_PAIRS = 5000


def comparable(stmt_words: list[str], resp_words: list[str]) -> bool:
    """May SequenceMatcher compare these two word lists in reasonable time?"""
    counts = Counter(resp_words)
    return sum(counts[w] for w in stmt_words) <= MAX_MATCH_PAIRS


@dataclass(frozen=True)
class Hit:
    """One detector firing: a checklist item and a span of the normalised response."""

    item: str
    start: int
    end: int


@dataclass
class Analysis:
    answers: dict[RubricKey, dict[str, bool]]
    hits: list[Hit]
    sarcasm: bool
    quoted: bool
    upset_with_listener: bool
    partner: PartnerFeelings
    cost_sentences: list[Sentence] = field(default_factory=list)


@dataclass(frozen=True)
class Ctx:
    resp: Normalized
    stmt: Normalized
    sents: list[Sentence]
    hidden: HiddenTruth | None
    upset: bool
    asked_for_advice: bool
    partner: PartnerFeelings
    stmt_stems: frozenset[str]


def named_in(word: str, original: str) -> bool:
    """Is this lower-case word a name in the original text ("biscuit" -> "Biscuit")?"""
    return bool(re.search(rf"\b{re.escape(word.capitalize())}\b", original))


def sentence_at(sents: list[Sentence], pos: int) -> Sentence | None:
    for s in sents:
        if s.start <= pos < s.end + 1:
            return s
    return None


def find_hits(pattern: re.Pattern[str], ctx: Ctx, item: str) -> list[Hit]:
    return [Hit(item, m.start(), m.end()) for m in pattern.finditer(ctx.resp.masked)]


def find_hits_by_sentence(pattern: re.Pattern[str], ctx: Ctx, item: str) -> list[Hit]:
    """Match sentence by sentence, so ^ and $ anchors mean the sentence's edges."""
    hits: list[Hit] = []
    for s in ctx.sents:
        chunk = ctx.resp.masked[s.start : s.end]
        for m in pattern.finditer(chunk):
            hits.append(Hit(item, s.start + m.start(), s.start + m.end()))
    return hits


def text_before(ctx: Ctx, pos: int, width: int = 80) -> str:
    return ctx.resp.masked[max(0, pos - width) : pos]


def swap_pronouns(words: list[str]) -> list[str]:
    return [PRONOUN_SWAP.get(w, w) for w in words]


def tokens_of(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text)


def overlaps(hit: Hit, hits: list[Hit]) -> bool:
    """Whether a hit shares any span with hits already found (the first finder keeps it)."""
    return any(h.start < hit.end and hit.start < h.end for h in hits)
