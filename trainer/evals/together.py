"""Rated Practise-together turns as eval cases: the person the reflection was about is the
judge (`trainer eval import-together`, then `trainer eval run --cases`). Only rooms where both
partners agreed are imported (the store's query decides that); this module is pure.

Gold, from the speaker's "did you feel understood?" (1-5) and what they marked as missed:
- accuracy: fail when the point or the feeling was missed, or the rating is 1-2; pass at 4-5
  with neither missed; otherwise either.
- validation: fail at 1-2; pass at 4-5 unless the feeling was missed; otherwise either.
- not fixing, not hijacking: either (a rating does not say which of these went wrong).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from trainer.evals.cases import EvalCase, Gold, Label
from trainer.together.room import RatedAttempt

PREFIX = "together"
_SOURCE = re.compile(r"\[together attempt ([0-9a-f]{32})\]")


def source_attempt(case: EvalCase) -> str | None:
    found = _SOURCE.search(case.note)
    return found.group(1) if found else None


def gold_from_rating(felt: int, missed: Sequence[str]) -> Gold:
    low, high = felt <= 2, felt >= 4
    accuracy: Label = "fail" if low or "point" in missed or "feeling" in missed else (
        "pass" if high else "either")  # fmt: skip
    validation: Label = (
        "fail" if low else ("pass" if high and "feeling" not in missed else "either")
    )
    return Gold(accuracy=accuracy, validation=validation, not_fixing="either",
                not_hijacking="either")  # fmt: skip


def cases_from_together(
    rated: Iterable[RatedAttempt], existing: Sequence[EvalCase] = ()
) -> list[EvalCase]:
    """New cases for rated reflections not yet imported, numbered after existing ones."""
    seen = {source_attempt(c) for c in existing}
    numbers = [int(c.case_id.rsplit("-", 1)[1]) for c in existing if c.case_id.startswith(PREFIX)]
    next_number = max(numbers, default=0) + 1
    out: list[EvalCase] = []
    for a in rated:
        if a.attempt_id in seen:
            continue
        if next_number > 999:
            raise ValueError("more than 999 together cases: start a new cases file")
        missed = ", ".join(a.missed) or "nothing"
        correction = f"; their correction: {a.correction}" if a.correction else ""
        out.append(EvalCase(
            case_id=f"{PREFIX}-{next_number:03d}", category="together_review", theme="together",
            statement=a.statement, hidden_truth=a.note.hidden_truth(), response=a.reflection,
            gold=gold_from_rating(a.felt_understood, a.missed),
            note=f"Partner felt understood {a.felt_understood} of 5, missed {missed}"
                 f"{correction} [together attempt {a.attempt_id}]",
        ))  # fmt: skip
        next_number += 1
    return out
