"""Stored attempts as plain data: what the store returns and what progress maths reads.

The store (trainer/store) maps rows to these models; nothing here touches a database, so
progress, history filters and exports are pure functions of a list of records.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from trainer.schema import Grade

AttemptStatus = Literal["pending", "graded", "failed"]
Role = Literal["learner", "coach"]


class AttemptRecord(BaseModel):
    """One reflection a learner typed, and (once graded) the grade it got.

    Written as `pending` before grading, so a crash or a provider failure keeps the text;
    `failed` keeps the reason grading could not finish."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    attempt_id: str
    learner_id: str
    created_at: dt.datetime = Field(description="UTC, timezone-aware")
    statement: str
    response: str
    scenario_id: str | None = None
    theme: str | None = None
    difficulty: str | None = None
    mode: str = "reflect"
    retry_of: str | None = Field(None, description="attempt id this one reworks (Try again)")
    drill_id: str | None = None
    status: AttemptStatus = "pending"
    grade: Grade | None = None
    grader: str | None = None
    prompt_hash: str | None = None
    graded_at: dt.datetime | None = None
    error: str | None = None
    released: bool = Field(True, description="False while a coach's review holds the feedback")

    @property
    def score(self) -> int | None:
        return self.grade.score if self.grade else None
