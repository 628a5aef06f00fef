"""Progress that counts the real judge: how understood the partner felt, over time, next to
the grader's scores, and how often the two agree. Pure: rated attempts in, a model out.

Agreement: the partner "felt understood" at 4 or 5 of 5 (FELT_HEARD); the grader agrees when
its grade passed exactly then. A reflection the grader did not grade is not counted."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from statistics import fmean

from trainer.grading.schema import Frozen
from trainer.together.room import RatedAttempt

FELT_HEARD = 4


class FeltDay(Frozen):
    day: dt.date
    attempts: int
    mean_felt: float  # 1-5, the partner's "did you feel understood?"
    mean_score: float | None  # 0-100, the grader's


class FeltSummary(Frozen):
    rated: int
    mean_felt: float | None
    days: list[FeltDay]
    compared: int  # rated and graded
    agreed: int
    agreement: float | None  # share of compared where grader and partner agree
    latest: str | None  # "the grader gave 80; your partner 3 of 5"


def partner_heard(rating: int) -> bool:
    return rating >= FELT_HEARD


def latest_line(attempt: RatedAttempt) -> str:
    partner = f"your partner {attempt.felt_understood} of 5"
    if attempt.grade is None:
        return f"not graded; {partner}"
    return f"the grader gave {attempt.grade.score}; {partner}"


def felt_summary(rated: Sequence[RatedAttempt]) -> FeltSummary:
    ordered = sorted(rated, key=lambda a: a.created_at)
    by_day: dict[dt.date, list[RatedAttempt]] = {}
    for a in ordered:
        by_day.setdefault(a.created_at.date(), []).append(a)
    days = [
        FeltDay(day=day, attempts=len(items), mean_felt=fmean(a.felt_understood for a in items),
                mean_score=fmean(scores) if (scores := [a.grade.score for a in items if a.grade])
                else None)
        for day, items in by_day.items()
    ]  # fmt: skip
    compared = [a for a in ordered if a.grade is not None]
    agreed = sum(
        1
        for a in compared
        if a.grade is not None and a.grade.passed == partner_heard(a.felt_understood)
    )
    return FeltSummary(
        rated=len(ordered),
        mean_felt=fmean(a.felt_understood for a in ordered) if ordered else None,
        days=days,
        compared=len(compared),
        agreed=agreed,
        agreement=agreed / len(compared) if compared else None,
        latest=latest_line(ordered[-1]) if ordered else None,
    )
