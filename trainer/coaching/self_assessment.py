"""Onboarding self-assessment: a few honest answers turned into a first practice plan.

The questions live in trainer/data/self_assessment.yaml, validated once when first read, so the
wording can change without touching code. `suggest` is pure: answers in, a Suggestion out. The
point is noticing patterns, not scoring high, so the result names habits to work on and never
gives a grade.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, model_validator

from trainer.datafiles import DataFormat, packaged
from trainer.errors import DataFileError, TrainerError
from trainer.grading.schema import Frozen, RubricKey
from trainer.partner.conversation import Mode
from trainer.partner.scenarios.models import Theme, Trap

DATA_FILE = "self_assessment.yaml"
MAX_ANSWER = 4
MIN_ANSWERS = 3
MAX_PATTERNS = 3
WORK_ON = 2  # concern at or above "Sometimes" is worth naming as a pattern
HIGH = 3  # concern of "Often" or more
MANY_HIGH = 3  # this many high-concern habits and the first scenarios should be easy


class SelfAssessmentFileError(DataFileError):
    """The self-assessment data file is missing, not YAML, or breaks the schema."""

    code = "self_assessment_file"


class InvalidAnswers(ValueError, TrainerError):
    """The answers name an unknown question, use a value off the scale, or are too few."""

    code = "invalid_answers"


class Question(Frozen):
    """One first-person statement, the habit it reveals, and the practice that helps."""

    question_id: str = Field(pattern=r"^[a-z][a-z_]*$")
    text: str = Field(min_length=1)
    work_on_when: Literal["high", "low"] = Field(
        description="which end of the scale marks the habit to work on"
    )
    pattern: str = Field(min_length=1)
    why: str = Field(min_length=1)
    try_this: str = Field(min_length=1)
    rubrics: Annotated[list[RubricKey], Field(min_length=1)]
    theme: Theme
    trap: Trap | None = None
    stretch_theme: Theme | None = None
    mode: Mode

    @model_validator(mode="after")
    def _distinct_rubrics(self) -> Question:
        if len(set(self.rubrics)) != len(self.rubrics):
            raise ValueError(f"question {self.question_id!r} lists a rubric twice")
        return self

    def concern(self, answer: int) -> int:
        """0-4, higher means more of the habit to work on, whichever way the text is phrased."""
        return answer if self.work_on_when == "high" else MAX_ANSWER - answer


class SelfAssessment(Frozen):
    format: Literal["self-assessment"]
    version: Literal[1]
    scale: Annotated[list[str], Field(min_length=MAX_ANSWER + 1, max_length=MAX_ANSWER + 1)]
    reminder: str = Field(min_length=1)
    questions: Annotated[list[Question], Field(min_length=8, max_length=10)]

    @model_validator(mode="after")
    def _unique_ids(self) -> SelfAssessment:
        seen: set[str] = set()
        for question in self.questions:
            if question.question_id in seen:
                raise ValueError(f"question_id {question.question_id!r} is used twice")
            seen.add(question.question_id)
        return self

    def question(self, question_id: str) -> Question:
        for question in self.questions:
            if question.question_id == question_id:
                return question
        raise KeyError(question_id)

    def allowed(self) -> str:
        """The scale in words, for error messages and forms."""
        labels = ", ".join(f"{i} = {label}" for i, label in enumerate(self.scale))
        return f"a whole number from 0 to {MAX_ANSWER} ({labels})"


class Pattern(Frozen):
    """A habit the answers point at, with why it matters and what to try."""

    question_id: str
    pattern: str
    answer: int
    answer_label: str
    concern: int = Field(ge=0, le=MAX_ANSWER)
    why: str
    try_this: str
    rubrics: list[RubricKey]


class Suggestion(Frozen):
    """Where to start practising: habits to notice, a rubric focus, and a first scenario filter."""

    patterns: Annotated[list[Pattern], Field(min_length=1, max_length=MAX_PATTERNS)]
    focus_rubric: RubricKey
    difficulty: Literal["easy", "medium"] = Field(description="hard comes after the basics")
    theme: Theme
    trap: Trap | None
    mode: Mode
    stretch_theme: Theme | None
    reminder: str
    answered: int


FORMAT = DataFormat(
    "self-assessment",
    entries={"questions": ("question_id", "question")},
    error=SelfAssessmentFileError,
)


def load_file(path: Traversable | Path) -> SelfAssessment:
    """Read and validate one self-assessment file; errors name the file and the bad field."""
    return FORMAT.load(path, SelfAssessment)


@cache
def load_assessment() -> SelfAssessment:
    """The packaged questions, read and validated once per process."""
    return load_file(packaged(DATA_FILE))


def validate_answers(answers: Mapping[str, int], assessment: SelfAssessment) -> dict[str, int]:
    """Every problem at once, so a form can show them together; missing answers are fine."""
    known = [q.question_id for q in assessment.questions]
    problems: list[str] = []
    for question_id, value in answers.items():
        if question_id not in known:
            problems.append(
                f"unknown question id {question_id!r} (answer {value!r}); "
                f"known ids: {', '.join(known)}"
            )
        elif isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_ANSWER:
            problems.append(
                f"answer to {question_id!r} is {value!r}; allowed: {assessment.allowed()}"
            )
    if problems:
        raise InvalidAnswers("; ".join(problems))
    if len(answers) < MIN_ANSWERS:
        raise InvalidAnswers(
            f"only {len(answers)} question(s) answered; answer at least {MIN_ANSWERS} of the "
            f"{len(known)} so the suggestion rests on more than one habit"
        )
    return dict(answers)


def suggest(answers: Mapping[str, int], assessment: SelfAssessment | None = None) -> Suggestion:
    """The habits the answers point at most, and a first practice plan that targets them.

    The focus rubric is the one the chosen habits share most (weighted by how strong each is);
    theme and mode come from the strongest habit that trains that rubric."""
    assessment = assessment or load_assessment()
    checked = validate_answers(answers, assessment)
    scored = [
        (q, checked[q.question_id], q.concern(checked[q.question_id]))
        for q in assessment.questions
        if q.question_id in checked
    ]
    ranked = sorted(scored, key=lambda item: -item[2])  # stable: ties keep file order
    chosen = [item for item in ranked if item[2] >= WORK_ON][:MAX_PATTERNS] or ranked[:1]

    weight: dict[RubricKey, int] = {}
    for question, _, concern in chosen:
        for key in question.rubrics:
            weight[key] = weight.get(key, 0) + concern
    first_seen = list(weight)  # insertion order: the strongest habit's rubrics come first
    focus = max(first_seen, key=lambda k: (weight[k], -first_seen.index(k)))
    practice = next(q for q, _, _ in chosen if focus in q.rubrics)

    high = sum(1 for _, _, concern in scored if concern >= HIGH)
    return Suggestion(
        patterns=[
            Pattern(
                question_id=q.question_id,
                pattern=q.pattern,
                answer=answer,
                answer_label=assessment.scale[answer],
                concern=concern,
                why=q.why,
                try_this=q.try_this,
                rubrics=list(q.rubrics),
            )
            for q, answer, concern in chosen
        ],
        focus_rubric=focus,
        difficulty="easy" if high >= MANY_HIGH else "medium",
        theme=practice.theme,
        trap=practice.trap,
        mode=practice.mode,
        stretch_theme=practice.stretch_theme,
        reminder=assessment.reminder,
        answered=len(checked),
    )
