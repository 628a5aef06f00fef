"""Write the offline grader's model reflection and the minimal edit of the learner's words."""

from __future__ import annotations

import re

from trainer.grading.offline.feelings import PartnerFeelings
from trainer.grading.offline.words import GRADER
from trainer.grading.schema import Evidence, HiddenTruth


def _written(word: str) -> str:
    """'i' and 'i'm' as written in a sentence: 'I', 'I'm'."""
    return "I" + word[1:] if word == "i" or word.startswith("i'") else word


# The shared pronoun table plus what only a reflection swaps (see trainer/data/words/grader.yaml).
_SWAP = {
    word: _written(swapped)
    for word, swapped in {**GRADER.pronoun_swap, **GRADER.pronoun_swap_reflection_only}.items()
}


def _swap_person(sentence: str) -> str:
    """Turn the partner's sentence into the listener's: I->you, you->me (by position)."""
    tokens = re.findall(r"[A-Za-z']+|[^A-Za-z']+", sentence)
    out: list[str] = []
    prev_word = ""
    for tok in tokens:
        low = tok.lower()
        if low == "you":
            # subject before a verb ("you didn't ask") -> I; object after a verb/preposition -> me
            rep = (
                "me"
                if prev_word
                and prev_word
                not in {"and", "but", "because", "so", "if", "when", "that", "why", "how"}
                else "I"
            )
        elif low == "was" and prev_word == "i":
            rep = "were"
        elif low in _SWAP:
            rep = _SWAP[low]
        else:
            rep = tok
        out.append(rep)
        if re.match(r"[A-Za-z']+", tok):
            prev_word = low
    text = "".join(out).strip()
    return text[:1].lower() + text[1:] if not text.startswith("I ") else text


def _partner_as_you(need: str) -> str:
    """Hidden truth speaks of the partner in the third person; the reflection speaks to them."""
    swaps = GRADER.third_person_swap
    words = re.findall(r"[A-Za-z']+|[^A-Za-z']+", need)
    out, subject = [], False
    for w in words:
        low = w.lower()
        if low in ("she", "he"):
            subject = True
        rep = swaps.get(low, w) if (low != "is" or subject) else w
        if low == "is":
            subject = False
        out.append(rep)
    return "".join(out)


def _main_sentence(statement: str) -> str:
    parts = [p.strip() for p in re.split(r"(?<=[.!?])\s+|\n+", statement) if p.strip()]
    if not parts:
        return statement.strip()
    return max(parts[:4], key=lambda p: (len(re.findall(r"\b(?:I|me|my|you)\b", p, re.I)), len(p)))


def model_reflection(
    statement: str, partner: PartnerFeelings, hidden: HiddenTruth | None, upset: bool = False
) -> str:
    """A short reflection of the statement: feeling + reason (+ need) + a check."""
    if hidden and hidden.primary_feelings:
        feelings = hidden.primary_feelings[:2]
    elif partner.words:
        feelings = list(dict.fromkeys(partner.words))[:2]
    elif partner.families:
        feelings = [GRADER.feeling_adjectives.get(f, f) for f in sorted(partner.families)][:2]
    elif partner.valence == "positive":
        feelings = ["so happy"]
    elif upset:
        feelings = ["hurt"]
    else:
        feelings = []
    reason = _swap_person(_main_sentence(statement)).rstrip(".!?")
    if feelings:
        opener = f"It sounds like you're feeling {' and '.join(feelings)}"
        text = f"{opener}, because {reason}."
    else:
        text = f"So {reason}, and that has really stayed with you."
    if hidden and hidden.need:
        need = _swap_person(_partner_as_you(hidden.need)).rstrip(".")
        text += f" What you needed was {need}."
    return text + " Did I get that right?"


def minimal_edit(
    response: str,
    cost_evidence: list[Evidence],
    cost_sentences: list[tuple[int, int]],
    needs_feeling: bool,
    feeling_word: str,
    needs_check: bool,
) -> str:
    """Cut the clauses that cost points; add at most a feeling and a check. Keep the rest."""
    cut: list[tuple[int, int]] = list(cost_sentences)
    for ev in cost_evidence:
        a, b = _clause_bounds(response, ev.start, ev.end)
        cut.append((a, b))
    keep = [True] * len(response)
    for a, b in cut:
        for i in range(max(0, a), min(len(response), b)):
            keep[i] = False
    kept = "".join(ch for ch, k in zip(response, keep, strict=True) if k)
    kept = re.sub(r"\s+([,.!?])", r"\1", kept)
    kept = re.sub(r"([,;])\s*([.!?])", r"\2", kept)
    kept = re.sub(r"\s{2,}", " ", kept).strip(" ,;-")
    kept = re.sub(r"^(?:but|and|so|also|anyway)\b[, ]*", "", kept, flags=re.I).strip()
    kept = re.sub(r"\b(?:but|and|so)\s*([.!?]|$)", r"\1", kept, flags=re.I).strip(" ,")
    if kept and kept[-1] not in ".!?":
        kept += "."
    if kept:
        kept = kept[0].upper() + kept[1:]
    if needs_feeling:
        kept = (f"That sounds {feeling_word}. " + kept).strip()
    if needs_check:
        kept = (kept + " Did I get that right?").strip()
    return kept


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a span to its clause: back to the sentence start or a 'but', on to its end."""
    left = max(text.rfind(c, 0, start) for c in ".!?\n")
    a = left + 1
    but = [m.start() for m in re.finditer(r"\b(?:but|so|and)\b", text[a:start], re.I)]
    if but:
        a = a + but[-1]
    rights = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
    b = min(rights) + 1 if rights else len(text)
    return a, b
