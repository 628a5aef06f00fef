"""Drills a coach assigns: what to practise, how often, and what counts as done. Pure: specs
and packs are validated here; progress is computed from plain attempt records.

A drill pack is a YAML file of drill specs (format `drill-pack`, version 1) that coaches share;
the built-in packs live in trainer/data/drills/, read by trainer.coaching.pack_files (this
module reads no files). Parsing names the file, the drill and the dotted field of every
problem, so a hand-edited pack can be fixed from the message alone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Literal

import yaml
from pydantic import Field, model_validator

from trainer.coaching.records import AttemptRecord
from trainer.datafiles import DataFormat
from trainer.errors import DataFileError
from trainer.grading.schema import RUBRIC_KEYS, Frozen, RubricKey
from trainer.partner.conversation import Mode
from trainer.partner.scenarios.bank import Bank, load_bank
from trainer.partner.scenarios.models import Difficulty, Scenario, Theme
from trainer.typed_text import control_problem

PACK_FORMAT = "drill-pack"


class DrillFileError(DataFileError):
    """A drill pack that cannot be read or does not match the format."""


class PassRule(Frozen):
    """How many repetitions must pass, and what passing one means."""

    passes_needed: int = Field(ge=1, le=50, description="repetitions that must pass")
    rubrics: Literal["focus", "all"] = Field(
        "focus", description="which rubrics a repetition must pass: the drill's focus, or all four"
    )
    min_score: int | None = Field(None, ge=0, le=100, description="and an overall score floor")


class DrillSpec(Frozen):
    """A drill as a coach writes it (and as packs store it)."""

    title: str = Field(min_length=1, max_length=120)
    instructions: str = Field(min_length=1, max_length=2000)
    focus: list[RubricKey] = Field(min_length=1, max_length=4)
    scenarios: list[str] = Field(
        default_factory=list, description="bank ids; empty: use the filter"
    )
    theme: Theme | None = None
    difficulty: Difficulty | None = None
    mode: Mode = "reflect"
    repetitions: int = Field(ge=1, le=50)
    pass_rule: PassRule
    due_in_days: int | None = Field(None, ge=1, le=365, description="due this long after assigning")
    review_before_release: bool = False

    @model_validator(mode="after")
    def _consistent(self) -> DrillSpec:
        if len(set(self.focus)) != len(self.focus):
            raise ValueError(f"focus lists a rubric twice: {self.focus}")
        if self.pass_rule.passes_needed > self.repetitions:
            raise ValueError(
                f"pass_rule.passes_needed ({self.pass_rule.passes_needed}) is more than "
                f"repetitions ({self.repetitions})"
            )
        if self.scenarios and (self.theme or self.difficulty):
            raise ValueError("give either scenarios (a list of ids) or a theme/difficulty filter")
        return self


class Drill(Frozen):
    """A drill as stored: the spec plus who owns it and when it is due."""

    drill_id: str
    coach_id: str
    spec: DrillSpec
    due: dt.date | None = None
    created_at: dt.datetime


class DrillPack(Frozen):
    format: Literal["drill-pack"]
    version: Literal[1]
    name: str = Field(min_length=1)
    description: str = ""
    drills: list[DrillSpec] = Field(min_length=1)

    @model_validator(mode="after")
    def _no_control_characters(self) -> DrillPack:
        texts = [("name", self.name), ("description", self.description)] + [
            (f"drill {d.title!r} {field}", getattr(d, field))
            for d in self.drills
            for field in ("title", "instructions")
        ]
        for field, text in texts:
            if problem := control_problem(field, text):
                raise ValueError(problem)
        return self


def check_scenarios(spec: DrillSpec, bank: Bank | None = None) -> list[Scenario]:
    """The scenarios the drill draws from; an unknown id or an empty filter is an error."""
    bank = bank or load_bank()
    if spec.scenarios:
        known = {s.scenario_id: s for s in bank.scenarios}
        unknown = [i for i in spec.scenarios if i not in known]
        if unknown:
            raise DrillFileError(
                f"drill {spec.title!r}: unknown scenario ids {unknown}; "
                "`trainer scenario list` shows the bank"
            )
        return [known[i] for i in spec.scenarios]
    pool = bank.filter(theme=spec.theme, difficulty=spec.difficulty)
    if not pool:
        raise DrillFileError(
            f"drill {spec.title!r}: no scenario matches theme {spec.theme!r} and difficulty "
            f"{spec.difficulty!r}"
        )
    return pool


# ---- packs ---------------------------------------------------------------------------------


FORMAT = DataFormat("drill pack", entries={"drills": ("title", "drill")}, error=DrillFileError)


def parse_pack(text: str, where: str = "drill pack") -> DrillPack:
    """Validate a pack's YAML text; every problem is named by its field."""
    pack = FORMAT.validate(FORMAT.parse(text, where), where, DrillPack)
    for spec in pack.drills:
        try:
            check_scenarios(spec)
        except DrillFileError as exc:
            raise DrillFileError(f"{where}: {exc}") from exc
    return pack


def dump_pack(name: str, specs: Sequence[DrillSpec], description: str = "") -> str:
    """YAML that parse_pack reads back to the same specs."""
    pack = DrillPack(format=PACK_FORMAT, version=1, name=name, description=description,
                     drills=list(specs))  # fmt: skip
    data = pack.model_dump(mode="json", exclude_defaults=False)
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)


# ---- progress ------------------------------------------------------------------------------


class DrillProgress(Frozen):
    drill_id: str
    title: str
    repetitions: int
    attempts: int
    passed: int
    passes_needed: int
    awaiting_review: int
    complete: bool
    due: dt.date | None
    overdue: bool
    last_attempt_at: dt.datetime | None


def rubrics_to_pass(spec: DrillSpec) -> tuple[RubricKey, ...]:
    """The rubrics a repetition must pass: the drill's focus, or all four."""
    return tuple(spec.focus) if spec.pass_rule.rubrics == "focus" else RUBRIC_KEYS


def repetition_passes(spec: DrillSpec, record: AttemptRecord) -> bool:
    """Does this graded attempt count as a passing repetition under the drill's rule? The
    coach dashboard counts the same in SQL (trainer.store.dashboard.repetition_clause, with
    rubrics_to_pass and min_score as its terms); tests/test_parity.py checks they agree."""
    scores = record.result
    if scores is None:
        return False
    if not all(scores.rubric_passed[k] for k in rubrics_to_pass(spec)):
        return False
    floor = spec.pass_rule.min_score
    return floor is None or scores.overall >= floor


def drill_complete(spec: DrillSpec, released: int, passed: int) -> bool:
    """Done: enough released repetitions, and enough of them passing."""
    return released >= spec.repetitions and passed >= spec.pass_rule.passes_needed


def drill_progress(drill: Drill, records: Iterable[AttemptRecord], today: dt.date) -> DrillProgress:
    """One learner's progress on one drill. Only released grades count toward passing, so a
    drill under review is not complete before the coach approves."""
    mine = [r for r in records if r.drill_id == drill.drill_id and r.status == "graded"]
    released = [r for r in mine if r.released]
    passed = sum(1 for r in released if repetition_passes(drill.spec, r))
    needed = drill.spec.pass_rule.passes_needed
    complete = drill_complete(drill.spec, len(released), passed)
    return DrillProgress(
        drill_id=drill.drill_id,
        title=drill.spec.title,
        repetitions=drill.spec.repetitions,
        attempts=len(mine),
        passed=passed,
        passes_needed=needed,
        awaiting_review=len(mine) - len(released),
        complete=complete,
        due=drill.due,
        overdue=drill.due is not None and drill.due < today and not complete,
        last_attempt_at=max((r.created_at for r in mine), default=None),
    )
