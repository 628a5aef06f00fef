"""Coach overrides as eval cases: the coach's judgement becomes the gold label, so the grader
is measured against it (`trainer eval import-overrides`, then `trainer eval run --cases`).

Gold: an overridden rubric is pass or fail by the coach's score; a rubric the coach did not
touch is "either" (not reviewed, so not evidence either way). Pure: records in, cases out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from trainer.coaching.records import AttemptRecord, OverrideRecord
from trainer.evals.cases import EvalCase, Gold, Label
from trainer.grading.schema import RUBRIC_KEYS

PREFIX = "coach"
_SOURCE = re.compile(r"\[attempt ([0-9a-f]{32})\]")


def source_attempt(case: EvalCase) -> str | None:
    """The attempt a case was imported from (kept in its note), so imports do not repeat."""
    found = _SOURCE.search(case.note)
    return found.group(1) if found else None


def cases_from_overrides(
    pairs: Iterable[tuple[AttemptRecord, Sequence[OverrideRecord]]],
    pass_score: int,
    existing: Sequence[EvalCase] = (),
) -> list[EvalCase]:
    """New cases for attempts not yet imported, numbered after the existing coach cases."""
    seen = {source_attempt(c) for c in existing}
    numbers = [int(c.case_id.rsplit("-", 1)[1]) for c in existing if c.case_id.startswith(PREFIX)]
    next_number = max(numbers, default=0) + 1
    out: list[EvalCase] = []
    for record, overrides in pairs:
        if not overrides or record.attempt_id in seen:
            continue
        latest = {o.rubric: o for o in sorted(overrides, key=lambda o: o.created_at)}
        labels: dict[str, Label] = {
            key: ("pass" if latest[key].score >= pass_score else "fail") if key in latest
            else "either"
            for key in RUBRIC_KEYS
        }  # fmt: skip
        reasons = "; ".join(f"{o.rubric}: {o.reason}" for o in latest.values())
        if next_number > 999:
            raise ValueError("more than 999 coach cases: start a new cases file")
        out.append(EvalCase(
            case_id=f"{PREFIX}-{next_number:03d}",
            category="coach_review",
            theme=record.theme or "unknown",
            statement=record.statement,
            context=record.context,
            hidden_truth=record.hidden_truth,
            response=record.response,
            gold=Gold.model_validate(labels),
            note=f"Coach override: {reasons} [attempt {record.attempt_id}]",
        ))  # fmt: skip
        next_number += 1
    return out
