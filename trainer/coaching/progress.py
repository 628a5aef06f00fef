"""Progress maths over stored attempts: trends, streaks, common mistakes (history and exports
are in trainer/coaching/history.py).

Everything here is a pure function of a list of AttemptRecord, so the progress page, the CLI and
the tests all get the same numbers. There are no clock calls: `today` and the time zone that turns
a timestamp into a calendar day are arguments. Only attempts with status 'graded' and a grade
count towards scores; history and exports include every attempt.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Literal

from pydantic import Field

from trainer.coaching.records import AttemptRecord, Scores
from trainer.grading.schema import RUBRIC_KEYS, Frozen, Grade, RubricKey
from trainer.prompts import RubricSet, load_rubrics

Bucket = Literal["day", "week"]
BUCKETS: tuple[Bucket, ...] = ("day", "week")
Direction = Literal["improving", "steady", "slipping", "too_early"]

WINDOW = 10  # graded attempts per comparison window ("last 10 vs the 10 before")
MIN_PREVIOUS = 5  # fewer earlier attempts than this and a comparison is noise
MIN_CHANGE = 0.1  # one attempt in ten: smaller moves in pass rate read as "steady"
MAX_EXAMPLES = 3
CLIP_CHARS = 160


class RubricStat(Frozen):
    """One rubric over a set of graded attempts."""

    mean_score: float = Field(ge=0, le=4)
    pass_rate: float = Field(ge=0, le=1)


class TrendPoint(Frozen):
    """One day or week of graded practice; `start` is the day, or the Monday of the week."""

    start: dt.date
    bucket: Bucket
    attempts: int
    mean_score: float = Field(description="mean overall score, 0-100")
    rubrics: dict[RubricKey, RubricStat]


class Streak(Frozen):
    """Days in a row with a graded attempt; a streak survives until a whole day is missed."""

    current: int
    longest: int
    days_practised: int
    last_practised: dt.date | None = None


class MistakeExample(Frozen):
    """Where the learner made this mistake, in their own words."""

    attempt_id: str
    created_at: dt.datetime
    text: str = Field(description="the span that cost points, else the response clipped")
    from_evidence: bool
    statement: str


class Mistake(Frozen):
    """A checklist cost item and how often it fired across the learner's graded attempts."""

    item: str
    rubric: RubricKey
    label: str
    tip: str
    count: int
    share: float = Field(ge=0, le=1, description="share of graded attempts where it fired")
    examples: list[MistakeExample]


class RubricProgress(Frozen):
    """One rubric overall, plus the last WINDOW graded attempts against the WINDOW before."""

    rubric: RubricKey
    attempts: int
    failed: int
    mean_score: float | None
    pass_rate: float | None
    recent_pass_rate: float | None
    previous_pass_rate: float | None
    direction: Direction


class ProgressSummary(Frozen):
    """Everything the progress page shows, computed in one pass of pure functions."""

    total_attempts: int
    graded_attempts: int
    mean_score: float | None
    best_score: int | None
    rubrics: dict[RubricKey, RubricProgress]
    weakest_rubric: RubricKey | None
    streak: Streak
    common_mistakes: list[Mistake]
    trend: list[TrendPoint]


def is_graded(record: AttemptRecord) -> bool:
    """Only a finished grade counts; pending and failed attempts have no score."""
    return record.status == "graded" and record.result is not None


def _grade(record: AttemptRecord) -> Grade:
    assert record.grade is not None  # callers filter with _with_grade first
    return record.grade


def scores_of(record: AttemptRecord) -> Scores:
    assert record.result is not None  # callers filter with is_graded first
    return record.result


def graded(records: Iterable[AttemptRecord]) -> list[AttemptRecord]:
    """The graded attempts, oldest first (ties by id, so windows are repeatable)."""
    return sorted(
        (r for r in records if is_graded(r)), key=lambda r: (utc(r.created_at), r.attempt_id)
    )


def utc(moment: dt.datetime) -> dt.datetime:
    """Stored times are UTC-aware; a naive one is read as UTC rather than as local time."""
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment


def local_day(moment: dt.datetime, tz: dt.tzinfo = dt.UTC) -> dt.date:
    """The calendar day the learner saw when they practised."""
    return utc(moment).astimezone(tz).date()


def _bucket_start(day: dt.date, bucket: Bucket) -> dt.date:
    return day if bucket == "day" else day - dt.timedelta(days=day.weekday())


def _mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _rubric_stat(scores: Sequence[Scores], key: RubricKey) -> RubricStat:
    return RubricStat(
        mean_score=sum(s.rubrics[key] for s in scores) / len(scores),
        pass_rate=sum(1 for s in scores if s.rubric_passed[key]) / len(scores),
    )


def rubric_trend(
    records: Iterable[AttemptRecord], bucket: Bucket = "day", *, tz: dt.tzinfo = dt.UTC
) -> list[TrendPoint]:
    """Mean rubric scores and pass rates per day or week, oldest first; empty buckets are left out."""
    if bucket not in BUCKETS:
        raise ValueError(f"bucket {bucket!r} is not one of {list(BUCKETS)}")
    groups: dict[dt.date, list[Scores]] = defaultdict(list)
    for record in graded(records):
        groups[_bucket_start(local_day(record.created_at, tz), bucket)].append(scores_of(record))
    return [
        TrendPoint(
            start=start,
            bucket=bucket,
            attempts=len(scores),
            mean_score=sum(s.overall for s in scores) / len(scores),
            rubrics={k: _rubric_stat(scores, k) for k in RUBRIC_KEYS},
        )
        for start, scores in sorted(groups.items())
    ]


def streak(records: Iterable[AttemptRecord], today: dt.date, *, tz: dt.tzinfo = dt.UTC) -> Streak:
    """Current and longest run of practice days; today not practised yet does not break it."""
    days = {local_day(r.created_at, tz) for r in records if is_graded(r)}
    days = {d for d in days if d <= today}  # a clock ahead of `today` must not extend a streak
    if not days:
        return Streak(current=0, longest=0, days_practised=0)
    longest = run = 0
    previous: dt.date | None = None
    for day in sorted(days):
        run = run + 1 if previous is not None and day - previous == dt.timedelta(days=1) else 1
        longest = max(longest, run)
        previous = day
    current = 0
    day = today if today in days else today - dt.timedelta(days=1)
    while day in days:
        current += 1
        day -= dt.timedelta(days=1)
    return Streak(
        current=current, longest=longest, days_practised=len(days), last_practised=max(days)
    )


def _clip(text: str, limit: int = CLIP_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _example(record: AttemptRecord, rubric: RubricKey, item: str) -> MistakeExample:
    result = _grade(record).rubrics.get(rubric)
    spans = sorted(
        (e for e in result.evidence if e.item == item and e.effect == "cost"), key=lambda e: e.start
    )
    text, from_evidence = (spans[0].text, True) if spans else (_clip(record.response), False)
    return MistakeExample(
        attempt_id=record.attempt_id,
        created_at=record.created_at,
        text=text,
        from_evidence=from_evidence,
        statement=record.statement,
    )


def common_mistakes(
    records: Iterable[AttemptRecord], limit: int = 5, *, rubrics: RubricSet | None = None
) -> list[Mistake]:
    """The cost items that fired most, with the learner's own words as examples (newest first).

    Ties keep the order of rubrics.yaml, so the list does not shuffle between page loads."""
    if limit < 0:
        raise ValueError(f"limit must be 0 or more, got {limit!r}")
    rubric_set = rubrics or load_rubrics()
    newest_first = [r for r in reversed(graded(records)) if r.grade is not None]
    found: list[Mistake] = []
    for key in RUBRIC_KEYS:
        for item in rubric_set.rubrics[key].items:
            if item.effect != "cost":
                continue
            hits = [r for r in newest_first if _grade(r).rubrics.get(key).checklist.get(item.id)]
            if not hits:
                continue
            found.append(
                Mistake(
                    item=item.id,
                    rubric=key,
                    label=item.label,
                    tip=item.tip,
                    count=len(hits),
                    share=len(hits) / len(newest_first),
                    examples=[_example(r, key, item.id) for r in hits[:MAX_EXAMPLES]],
                )
            )
    found.sort(key=lambda m: -m.count)  # stable: equal counts stay in file order
    return found[:limit]


def failed_rubrics(records: Iterable[AttemptRecord]) -> dict[RubricKey, int]:
    """How many graded attempts failed each rubric (zeros included, so every key is there)."""
    counts: dict[RubricKey, int] = dict.fromkeys(RUBRIC_KEYS, 0)
    for record in graded(records):
        for key, ok in scores_of(record).rubric_passed.items():
            if not ok:
                counts[key] += 1
    return counts


def _pass_rate(records: Sequence[AttemptRecord], key: RubricKey) -> float | None:
    return _mean([1.0 if scores_of(r).rubric_passed[key] else 0.0 for r in records])


def direction(recent: float | None, previous: float | None, previous_n: int) -> Direction:
    if recent is None or previous is None or previous_n < MIN_PREVIOUS:
        return "too_early"
    if recent - previous >= MIN_CHANGE - 1e-9:
        return "improving"
    if previous - recent >= MIN_CHANGE - 1e-9:
        return "slipping"
    return "steady"


def rubric_progress(records: Iterable[AttemptRecord]) -> dict[RubricKey, RubricProgress]:
    """Per rubric: overall pass rate and mean, and whether the latest attempts do better."""
    ordered = graded(records)
    recent = ordered[-WINDOW:]
    previous = ordered[-2 * WINDOW : -WINDOW] if len(ordered) > WINDOW else []
    progress: dict[RubricKey, RubricProgress] = {}
    for key in RUBRIC_KEYS:
        results = [(scores_of(r).rubrics[key], scores_of(r).rubric_passed[key]) for r in ordered]
        recent_rate = _pass_rate(recent, key)
        previous_rate = _pass_rate(previous, key)
        progress[key] = RubricProgress(
            rubric=key,
            attempts=len(results),
            failed=sum(1 for _, ok in results if not ok),
            mean_score=_mean([score for score, _ in results]),
            pass_rate=_pass_rate(ordered, key),
            recent_pass_rate=recent_rate,
            previous_pass_rate=previous_rate,
            direction=direction(recent_rate, previous_rate, len(previous)),
        )
    return progress


def weakest_rubric(progress: dict[RubricKey, RubricProgress]) -> RubricKey | None:
    """Lowest pass rate, then lowest mean score; None before anything is graded."""
    scored = [p for p in progress.values() if p.pass_rate is not None and p.mean_score is not None]
    if not scored:
        return None
    order = {k: i for i, k in enumerate(RUBRIC_KEYS)}
    weakest = min(scored, key=lambda p: (p.pass_rate, p.mean_score, order[p.rubric]))
    return weakest.rubric


def summary(
    records: Sequence[AttemptRecord],
    today: dt.date,
    *,
    bucket: Bucket = "day",
    tz: dt.tzinfo = dt.UTC,
    mistakes: int = 5,
    rubrics: RubricSet | None = None,
    detailed: Sequence[AttemptRecord] | None = None,
) -> ProgressSummary:
    """The progress page in one value: totals, rubric progress, streak, mistakes and trend.

    `records` may come without full grades (scores only, fast); mistakes need the checklist,
    so they come from `detailed` (e.g. the newest 200 with grades) when given."""
    ordered = graded(records)
    scores = [scores_of(r).overall for r in ordered]
    progress = rubric_progress(ordered)
    return ProgressSummary(
        total_attempts=len(records),
        graded_attempts=len(ordered),
        mean_score=_mean(scores),
        best_score=max(scores) if scores else None,
        rubrics=progress,
        weakest_rubric=weakest_rubric(progress),
        streak=streak(ordered, today, tz=tz),
        common_mistakes=common_mistakes(
            ordered if detailed is None else detailed, mistakes, rubrics=rubrics
        ),
        trend=rubric_trend(ordered, bucket, tz=tz),
    )
