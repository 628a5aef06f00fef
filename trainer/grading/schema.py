"""The grade: one public output schema shared by the offline and the LLM grader."""

from __future__ import annotations

from typing import Any, Literal, get_args

from pydantic import Field, field_validator, model_validator

# The foundation types are re-exported: grading code takes them from its own schema.
from trainer.values import RUBRIC_KEYS as RUBRIC_KEYS
from trainer.values import Frozen as Frozen
from trainer.values import RubricKey as RubricKey
from trainer.values import Usage as Usage

GraderName = Literal["offline", "llm"]
# Who answered one checklist item: the offline rules or the configured model.
ItemSource = Literal["offline", "model"]

# The texts a grade offers as better words, and what became of a model's version of each.
FeedbackText = Literal["model_reflection", "minimal_edit"]
FEEDBACK_TEXTS: tuple[FeedbackText, ...] = ("model_reflection", "minimal_edit")
# passed: the model's text passed its regrade and is shown; did_not_pass: it failed, ours is
# shown; wrote_none: the model's answer had no such line; failed: the request failed (timeout,
# HTTP error); not_asked: nothing to ask for (a passing reply needs no edit).
FeedbackOutcome = Literal[
    "passed", "did_not_pass", "wrote_none", "failed", "not_asked", "hand_written"
]

MAX_RESPONSE_CHARS = 2000
MAX_STATEMENT_CHARS = 4000
MAX_CONTEXT_CHARS = 4000


# The mistake a scenario tempts the learner into ("" when nobody said).
Trap = Literal["fixing", "defending", "me_too", "minimizing", "none"]


class HiddenTruth(Frozen):
    """What the partner really feels and needs; accuracy is judged against it when given."""

    primary_feelings: list[str] = Field(default_factory=list)
    secondary_feelings: list[str] = Field(default_factory=list)
    key_facts: list[str] = Field(default_factory=list)
    need: str = ""
    trap: Trap | Literal[""] = ""  # "defending" marks a partner upset with the listener
    asked_for_advice: bool = False

    @field_validator("trap", mode="before")
    @classmethod
    def _known_trap(cls, value: object) -> object:
        if value not in ("", *get_args(Trap)):
            raise ValueError(
                f"hidden_truth.trap {value!r} is not one of {list(get_args(Trap))}; "
                "leave it out if the scenario has none"
            )
        return value


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


class ModelFeedback(Frozen):
    """Who wrote the better words a grade shows: the configured model (its text passed the
    grader's regrade) or the trainer's own writers, and why a model text was not shown."""

    model: str = Field(description="the model asked to write the texts")
    prompt_hash: str = Field(description="sha256 (16 hex) of prompts/feedback.yaml as sent")
    sources: dict[FeedbackText, ItemSource] = Field(
        default_factory=dict, description="which source wrote the text the grade shows"
    )
    outcomes: dict[FeedbackText, FeedbackOutcome] = Field(default_factory=dict)
    written: dict[FeedbackText, str] = Field(
        default_factory=dict, description="what the model wrote, shown or not"
    )
    rejected: dict[FeedbackText, str] = Field(
        default_factory=dict, description="why the model's text was not shown (for engineers)"
    )
    usage: Usage = Field(default_factory=Usage)
    latency_ms: float = 0.0

    def source(self, text: FeedbackText, shown: str | None) -> ItemSource:
        """The model only when the text shown is the one it wrote: a coach's correction or a
        later rewrite of the grade leaves this record behind, and then the text is ours."""
        written = self.written.get(text)
        mine = self.sources.get(text) == "model" and shown is not None and shown == written
        return "model" if mine else "offline"


class GradeMetadata(Frozen):
    grader: GraderName
    model: str
    prompt_hash: str = Field(description="sha256 of the prompt and rubric files that produced it")
    latency_ms: float
    usage: Usage = Field(default_factory=Usage)
    fallback_reason: str | None = None
    item_sources: dict[str, ItemSource] = Field(
        default_factory=dict,
        description="checklist item id -> the source whose answer the grade used (empty only "
        "in grades stored before sources were recorded)",
    )
    trust_basis: str | None = Field(
        default=None,
        description="under auto: why each item came from where it did (the model's validity "
        "card, or the default for a model without one)",
    )
    feedback: ModelFeedback | None = Field(
        default=None,
        description="when a model was asked to write the model reflection and minimal edit: "
        "which text it wrote and why any was not shown (None: the trainer wrote both)",
    )


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

    @model_validator(mode="before")
    @classmethod
    def _one_source(cls, data: Any) -> Any:
        """A grade that names no item sources was made by one grader alone (offline, llm, or
        stored before sources were recorded): that grader answered every item."""
        if not isinstance(data, dict) or "rubrics" not in data or "metadata" not in data:
            return data
        meta, rubrics = data["metadata"], data["rubrics"]
        meta_d = meta.model_dump() if isinstance(meta, GradeMetadata) else meta
        if not isinstance(meta_d, dict) or meta_d.get("item_sources"):
            return data
        source: ItemSource = "offline" if meta_d.get("grader") == "offline" else "model"
        items = [
            item
            for key in RUBRIC_KEYS
            for item in _checklist(
                rubrics.get(key) if isinstance(rubrics, dict) else getattr(rubrics, key, None)
            )
        ]
        return {**data, "metadata": {**meta_d, "item_sources": dict.fromkeys(items, source)}}


def _checklist(result: Any) -> list[str]:
    if isinstance(result, RubricResult):
        return list(result.checklist)
    if isinstance(result, dict):
        return list(result.get("checklist") or {})
    return []
