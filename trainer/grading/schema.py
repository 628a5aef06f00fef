"""The grade: one public output schema shared by the offline and the LLM grader."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from trainer.llm.model import Usage

RubricKey = Literal["accuracy", "validation", "not_fixing", "not_hijacking"]
RUBRIC_KEYS: tuple[RubricKey, ...] = ("accuracy", "validation", "not_fixing", "not_hijacking")
GraderName = Literal["offline", "llm"]

MAX_RESPONSE_CHARS = 2000
MAX_STATEMENT_CHARS = 4000
MAX_CONTEXT_CHARS = 4000


class Frozen(BaseModel):
    """Base for value objects: immutable, unknown fields rejected."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class HiddenTruth(Frozen):
    """What the partner really feels and needs; accuracy is judged against it when given."""

    primary_feelings: list[str] = Field(default_factory=list)
    secondary_feelings: list[str] = Field(default_factory=list)
    key_facts: list[str] = Field(default_factory=list)
    need: str = ""
    trap: str = ""
    asked_for_advice: bool = False


class GradeRequest(Frozen):
    """One thing to grade: what the partner said and what the learner answered."""

    statement: str
    response: str
    context: str | None = None
    hidden_truth: HiddenTruth | None = None
    exemplars: list[str] = Field(
        default_factory=list,
        description="hand-written model reflections of this statement (a bank scenario's); "
        "shown first when they pass, never graded as the reply",
    )


class Evidence(Frozen):
    """An exact substring of the learner's response: response[start:end] == text."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    item: str = Field(description="checklist item id this span bears on")
    effect: Literal["earned", "cost"]

    @model_validator(mode="after")
    def _ordered(self) -> Evidence:
        if self.end < self.start:
            raise ValueError(f"evidence end {self.end} is before start {self.start}")
        return self


class RubricResult(Frozen):
    score: int = Field(ge=0, le=4)
    passed: bool
    rationale: str
    evidence: list[Evidence] = Field(default_factory=list)
    checklist: dict[str, bool] = Field(default_factory=dict)


class Rubrics(Frozen):
    accuracy: RubricResult
    validation: RubricResult
    not_fixing: RubricResult
    not_hijacking: RubricResult

    def get(self, key: RubricKey) -> RubricResult:
        result: RubricResult = getattr(self, key)
        return result

    def items(self) -> list[tuple[RubricKey, RubricResult]]:
        return [(k, self.get(k)) for k in RUBRIC_KEYS]


class GradeMetadata(Frozen):
    grader: GraderName
    model: str
    prompt_hash: str = Field(description="sha256 of the prompt and rubric files that produced it")
    latency_ms: float
    usage: Usage = Field(default_factory=Usage)
    fallback_reason: str | None = None


class Flag(Frozen):
    """Something the grader noticed and did not score, e.g. text aimed at the grader."""

    code: Literal["grader_manipulation", "sarcasm", "quoted_speech", "hidden_truth_missing"]
    message: str
    evidence: list[Evidence] = Field(default_factory=list)


class Grade(Frozen):
    rubrics: Rubrics
    score: int = Field(ge=0, le=100, description="overall 0-100")
    passed: bool = Field(description="all four rubrics pass")
    tip: str
    model_reflection: str | None = Field(
        default=None, description="one way to say it; None when no text offered passes its grader"
    )
    minimal_edit: str | None = Field(
        default=None, description="the learner's own words, minimally changed; only when failed"
    )
    no_edit_reason: str | None = Field(
        default=None, description="in words, why a failed reply has no minimal edit"
    )
    flags: list[Flag] = Field(default_factory=list)
    metadata: GradeMetadata
