"""The offline scenario bank: packaged YAML files, validated once, plus a repeatable picker.

Scenarios ship as package data (trainer/data/scenarios/<theme>.yaml) so the trainer works with no
network and no LLM. Every file is checked against the models when first loaded; a bad field stops
the load with the file and the field named, because a broken scenario would otherwise surface as
a confusing grade much later.
"""

from __future__ import annotations

import difflib
import random
from collections.abc import Iterable, Sequence, Set
from dataclasses import dataclass, field
from functools import cache
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Literal

from trainer.datafiles import DataFormat, packaged
from trainer.errors import DataFileError, TrainerError
from trainer.grading.schema import Frozen
from trainer.partner.scenarios.models import DIFFICULTIES, THEMES, Difficulty, Scenario, Theme


class ScenarioBankError(DataFileError):
    """A scenario file is missing, unreadable or breaks the schema."""

    code = "scenario_bank"


class UnknownScenario(KeyError, TrainerError):
    """No scenario has this id; the message suggests near ids."""

    code = "unknown_scenario"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:  # KeyError would quote the message
        return self.message


class NoMatchingScenario(TrainerError):
    """The filter matches nothing in the bank."""

    code = "no_matching_scenario"


FORMAT = DataFormat(
    "scenario bank", entries={"scenarios": ("scenario_id", "scenario")}, error=ScenarioBankError
)


class _BankFile(Frozen):
    format: Literal["scenario-bank"]
    version: Literal[1]
    scenarios: list[Scenario]


@dataclass(frozen=True)
class Bank:
    """Every scenario, in file order, with lookups the trainer and the CLI need."""

    scenarios: tuple[Scenario, ...]
    _by_id: dict[str, Scenario] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_id: dict[str, Scenario] = {}
        for scenario in self.scenarios:
            if scenario.scenario_id in by_id:
                raise ScenarioBankError(f"scenario_id {scenario.scenario_id!r} is used twice")
            by_id[scenario.scenario_id] = scenario
        object.__setattr__(self, "_by_id", by_id)

    def __len__(self) -> int:
        return len(self.scenarios)

    def get(self, scenario_id: str) -> Scenario:
        """The scenario with this id; an unknown id raises UnknownScenario listing near ids."""
        found = self._by_id.get(scenario_id)
        if found is not None:
            return found
        raise UnknownScenario(_unknown_message(scenario_id, list(self._by_id)))

    def filter(
        self, theme: Theme | None = None, difficulty: Difficulty | None = None
    ) -> list[Scenario]:
        """Scenarios matching the theme and difficulty (None matches any)."""
        return _matching(self.scenarios, theme, difficulty)

    def coverage(self) -> dict[Theme, dict[Difficulty, int]]:
        """Counts per theme and difficulty, zeros included, so gaps are visible."""
        table: dict[Theme, dict[Difficulty, int]] = {
            theme: dict.fromkeys(DIFFICULTIES, 0) for theme in THEMES
        }
        for scenario in self.scenarios:
            table[scenario.theme][scenario.difficulty] += 1
        return table


def _matching(
    scenarios: Iterable[Scenario], theme: str | None, difficulty: str | None
) -> list[Scenario]:
    return [
        s
        for s in scenarios
        if (theme is None or s.theme == theme)
        and (difficulty is None or s.difficulty == difficulty)
    ]


def _unknown_message(scenario_id: str, known: Sequence[str]) -> str:
    near = difflib.get_close_matches(scenario_id, known, n=5, cutoff=0.6)
    prefix = scenario_id.rsplit("-", 1)[0]
    if not near:
        near = [k for k in known if k.startswith(prefix + "-")][:5]
    hint = f"; did you mean {', '.join(near)}?" if near else "; `trainer scenario list` shows all"
    return f"no scenario with id {scenario_id!r}{hint}"


def choose(
    source: Bank | Sequence[Scenario],
    theme: Theme | None = None,
    difficulty: Difficulty | None = None,
    seen: Set[str] = frozenset(),
    *,
    rng: random.Random,
) -> Scenario:
    """Pick a scenario matching the filter that the learner has not seen yet.

    When every match has been seen, pick among all matches (practice goes on rather than
    stopping). Candidates are sorted by id first, so a seeded rng gives the same pick whatever
    order the bank was loaded in.
    """
    scenarios = source.scenarios if isinstance(source, Bank) else source
    matches = sorted(_matching(scenarios, theme, difficulty), key=lambda s: s.scenario_id)
    if not matches:
        wanted = ", ".join(
            f"{name} {value!r}"
            for name, value in (("theme", theme), ("difficulty", difficulty))
            if value is not None
        )
        raise NoMatchingScenario(
            f"no scenario matches {wanted or 'the filter'} (themes: {', '.join(THEMES)}; "
            f"difficulties: {', '.join(DIFFICULTIES)})"
        )
    unseen = [s for s in matches if s.scenario_id not in seen]
    return rng.choice(unseen or matches)


def _read_file(path: Traversable | Path) -> list[Scenario]:
    where = str(path)
    data = FORMAT.parse(FORMAT.read_text(path), where)
    parsed = FORMAT.validate(data, where, _BankFile)
    stem = path.name.rsplit(".", 1)[0]
    for index, scenario in enumerate(parsed.scenarios):
        if scenario.theme != stem:
            raise FORMAT.problem(
                where,
                data,
                ("scenarios", index, "theme"),
                f"{scenario.theme!r} belongs in {scenario.theme}.yaml, not here",
            )
        if scenario.safety:
            raise FORMAT.problem(
                where, data, ("scenarios", index, "safety"), "the bank holds no safety scenarios"
            )
    return parsed.scenarios


def load_files(paths: Iterable[Traversable | Path]) -> Bank:
    """Read, validate and combine scenario files; ids must be unique across all of them."""
    scenarios: list[Scenario] = []
    origin: dict[str, str] = {}
    for path in paths:
        for scenario in _read_file(path):
            first = origin.get(scenario.scenario_id)
            if first is not None:
                raise ScenarioBankError(
                    f"{path}: scenario_id {scenario.scenario_id!r} is already used in {first}"
                )
            origin[scenario.scenario_id] = str(path)
            scenarios.append(scenario)
    return Bank(tuple(scenarios))


def bank_files() -> list[Traversable]:
    """The packaged scenario files, sorted by name."""
    folder = packaged("scenarios")
    files = sorted(
        (entry for entry in folder.iterdir() if entry.name.endswith(".yaml")),
        key=lambda entry: entry.name,
    )
    if not files:
        raise ScenarioBankError(f"no scenario files in {folder}; the package data is missing")
    return files


@cache
def load_bank() -> Bank:
    """The packaged bank, read and validated once per process."""
    return load_files(bank_files())
