"""A learner's history and exports: filters by theme, difficulty, mode, rubric, outcome, text
and dates; the history table; CSV (formula cells neutralised) and JSON rows. Pure functions of a
list of AttemptRecord; every attempt is included, graded or not."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from trainer.coaching.progress import is_graded, local_day, scores_of, utc
from trainer.coaching.records import AttemptRecord
from trainer.grading.schema import RUBRIC_KEYS, RubricKey
from trainer.typed_text import write_csv

CSV_COLUMNS: tuple[str, ...] = (
    "attempt_id",
    "created_at",
    "learner_id",
    "scenario_id",
    "theme",
    "difficulty",
    "mode",
    "statement",
    "response",
    "status",
    "grader",
    "prompt_hash",
    "score",
    "passed",
    *RUBRIC_KEYS,
    "tip",
)


def _within(
    record: AttemptRecord, since: dt.date | None, until: dt.date | None, tz: dt.tzinfo
) -> bool:
    """A date bound is a whole (inclusive) day in `tz`; a datetime bound is an exact instant."""
    moment = utc(record.created_at)
    for bound, is_lower in ((since, True), (until, False)):
        if bound is None:
            continue
        if isinstance(bound, dt.datetime):
            outside = moment < utc(bound) if is_lower else moment > utc(bound)
        else:
            day = local_day(moment, tz)
            outside = day < bound if is_lower else day > bound
        if outside:
            return False
    return True


def filter_history(
    records: Iterable[AttemptRecord],
    *,
    theme: str | None = None,
    difficulty: str | None = None,
    rubric: RubricKey | None = None,
    passed: bool | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    text: str | None = None,
    mode: str | None = None,
    tz: dt.tzinfo = dt.UTC,
) -> list[AttemptRecord]:
    """Attempts matching every given filter, newest first.

    `rubric` with `passed` keeps attempts where that rubric passed (or failed); `passed` alone
    is the overall grade; `rubric` alone keeps graded attempts. Any grade filter drops attempts
    that have no grade. `text` matches the response or the statement, ignoring case."""
    if rubric is not None and rubric not in RUBRIC_KEYS:
        raise ValueError(f"rubric {rubric!r} is not one of {list(RUBRIC_KEYS)}")
    needle = text.strip().casefold() if text else ""

    def keep(record: AttemptRecord) -> bool:
        if theme is not None and record.theme != theme:
            return False
        if difficulty is not None and record.difficulty != difficulty:
            return False
        if mode is not None and record.mode != mode:
            return False
        if not _within(record, since, until, tz):
            return False
        if needle and not (
            needle in record.response.casefold() or needle in record.statement.casefold()
        ):
            return False
        if rubric is None and passed is None:
            return True
        if not is_graded(record):
            return False
        scores = scores_of(record)
        if rubric is not None:
            return passed is None or scores.rubric_passed[rubric] == passed
        return scores.passed == passed

    matches = [r for r in records if keep(r)]
    return sorted(matches, key=lambda r: (utc(r.created_at), r.attempt_id), reverse=True)


def to_json_rows(records: Iterable[AttemptRecord]) -> list[dict[str, Any]]:
    """Records as JSON-safe dicts in the given order: ISO timestamps, the grade dumped whole."""
    return [record.model_dump(mode="json") for record in records]


def _cell(value: object) -> str | int:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, int | str):
        return value
    return str(value)


def csv_row(record: AttemptRecord) -> list[str | int]:
    """One flat row in CSV_COLUMNS order; grade columns are blank when there is no grade."""
    grade = record.grade
    values: dict[str, object] = {
        name: getattr(record, name) for name in CSV_COLUMNS if name in AttemptRecord.model_fields
    }
    values["score"] = grade.score if grade else None
    values["passed"] = grade.passed if grade else None
    values["tip"] = grade.tip if grade else None
    for key in RUBRIC_KEYS:
        values[key] = grade.rubrics.get(key).score if grade else None
    return [_cell(values[name]) for name in CSV_COLUMNS]


def to_csv(records: Iterable[AttemptRecord]) -> str:
    """A spreadsheet-friendly export: text quoted, and a reply such as "=HYPERLINK(...)"
    kept as text, never run as a formula (trainer.typed_text.write_csv)."""
    return write_csv(CSV_COLUMNS, (csv_row(record) for record in records))


def history_table(records: Iterable[AttemptRecord]) -> list[dict[str, str | int | None]]:
    """The history as a table a person reads: when, what, the reply, and the scores."""
    rows: list[dict[str, str | int | None]] = []
    for r in records:
        row: dict[str, str | int | None] = {
            "when": r.created_at.strftime("%Y-%m-%d %H:%M"),
            "theme": r.theme or "",
            "difficulty": r.difficulty or "",
            "mode": r.mode,
            "reply": r.response,
            "score": r.score,
        }
        for key in RUBRIC_KEYS:
            row[key] = r.result.rubrics[key] if r.result else None
        row["grader"] = r.grader or r.status
        rows.append(row)
    return rows


def attempt_label(record: AttemptRecord, commented: bool = False) -> str:
    """One attempt in a picker or a list: when, its score or state, the start of the reply."""
    if record.awaiting_review or (record.status == "graded" and record.score is None):
        state = "waiting for your coach"
    elif record.score is not None:
        state = f"score {record.score}"
    else:
        state = record.status
    reply = " ".join(record.response.split())
    reply = reply if len(reply) <= 50 else reply[:49] + "\u2026"
    note = " · your coach commented" if commented else ""
    return f"{record.created_at:%Y-%m-%d %H:%M} · {state}{note} · {reply}"
