"""The one table from codes to the words a learner reads (trainer/data/learner_words.yaml).

Grades, moods and summaries carry codes (`quoted_speech`, `guarded`) that JSON keeps for
engineers; every page and the CLI's human output show a learner these words instead."""

from __future__ import annotations

from functools import cache
from typing import get_args

from pydantic import model_validator

from trainer.datafiles import DataFormat, packaged
from trainer.errors import DataFileError
from trainer.grading.schema import Flag, Frozen, GraderName, RubricKey

DATA_FILE = "learner_words.yaml"
FLAG_CODES: tuple[str, ...] = get_args(Flag.model_fields["code"].annotation)
MOODS: tuple[str, ...] = ("open", "guarded", "hurt", "upset")


class LearnerWordsError(DataFileError):
    """trainer/data/learner_words.yaml is missing, not YAML, or lacks words for a code."""

    code = "learner_words_file"


class MoodWords(Frozen):
    closed_heard: str
    heard: dict[str, str]
    not_heard: dict[str, str]


class SummaryWords(Frozen):
    one_reply: str
    best_reply: str
    kept_clear: dict[RubricKey, str]


class FeedbackWords(Frozen):
    """Who wrote the better words a grade shows; `{model}` is the configured model's name."""

    model: str
    did_not_pass: str
    wrote_none: str
    failed: str
    ours: str
    none: str
    hand_written: str


class LearnerWords(Frozen):
    format: str
    version: int
    flags: dict[str, str]
    graders: dict[str, str]
    moods: MoodWords
    summary: SummaryWords
    feedback: FeedbackWords

    @model_validator(mode="after")
    def _every_code_has_words(self) -> LearnerWords:
        missing = [c for c in FLAG_CODES if c not in self.flags]
        missing += [f"graders.{g}" for g in get_args(GraderName) if g not in self.graders]
        for side in ("heard", "not_heard"):
            missing += [f"moods.{side}.{m}" for m in MOODS if m not in getattr(self.moods, side)]
        if missing:
            raise ValueError(f"no learner words for {missing}; add them to the file")
        return self


FORMAT = DataFormat("learner words", error=LearnerWordsError)


@cache
def learner_words() -> LearnerWords:
    return FORMAT.load(packaged(DATA_FILE), LearnerWords)


def flag_title(code: str) -> str:
    """A flag's heading in words ("Quoted words"), never its code."""
    return learner_words().flags[code]


def grader_name(grader: str) -> str:
    return learner_words().graders.get(grader, "a grader")
