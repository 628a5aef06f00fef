"""The one data-file loader: YAML parsed safely, validated into a Pydantic model, and every
problem reported in one format that names the file, the dotted field and the entry.

Scenarios, drill packs, prompts, eval cases, floors, the feeling lexicon and the word lists all
come through here, so a hand-edited file fails the same way whichever one it is:

    scenarios/money.yaml does not match the scenario bank format:
      scenarios.3.difficulty (scenario money-004): Input should be 'easy', 'medium' or 'hard'
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import yaml
from pydantic import BaseModel, BeforeValidator, ValidationError

from trainer.errors import DataFileError

try:  # the C parser is ~5x faster than the pure-Python one; same safe constructors
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

M = TypeVar("M", bound=BaseModel)
Source = Path | Traversable
Loc = tuple[str | int, ...]


def packaged(*parts: str) -> Traversable:
    """A file shipped under trainer/data/ (package data, so it is in the wheel)."""
    return resources.files("trainer").joinpath("data", *parts)


def _split_words(value: object) -> object:
    return value.split() if isinstance(value, str) else value


# A set of words written as one whitespace-separated block, so long lists stay readable and a
# word like "no" or "on" is never read as a YAML boolean.
Words = Annotated[frozenset[str], BeforeValidator(_split_words)]


@dataclass(frozen=True)
class DataFormat:
    """One kind of data file: its name in messages, how its list entries are named, and the
    error class its readers catch (a DataFileError subclass, e.g. ScenarioBankError)."""

    what: str
    # list field -> (key that names an entry, noun): {"scenarios": ("scenario_id", "scenario")}
    # labels an error inside scenarios[3] as "(scenario money-004)", at any depth.
    entries: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    error: type[DataFileError] = DataFileError
    hint: str = ""  # what to do when the file cannot be read

    def load(self, source: Source, model: type[M]) -> M:
        """Read, parse and validate one file."""
        return self.validate(self.parse(self.read_text(source), str(source)), str(source), model)

    def read_text(self, source: Source) -> str:
        try:
            return source.read_text(encoding="utf-8")
        except OSError as exc:
            raise self._unreadable(source, exc) from exc

    def read_bytes(self, source: Source) -> bytes:
        try:
            return source.read_bytes()
        except OSError as exc:
            raise self._unreadable(source, exc) from exc

    def _unreadable(self, source: Source, exc: OSError) -> DataFileError:
        hint = f"; {self.hint}" if self.hint else ""
        return self.error(f"cannot read {self.what} file {source}: {exc.strerror or exc}{hint}")

    def parse(self, text: str | bytes, where: str) -> Any:
        """YAML to plain data (safe constructors only: no Python objects)."""
        try:
            return yaml.load(text, Loader=_Loader)
        except yaml.YAMLError as exc:
            raise self.error(f"{where} is not valid YAML: {exc}") from exc

    def validate(self, data: Any, where: str, model: type[M]) -> M:
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            problems = [(tuple(e["loc"]), e["msg"]) for e in exc.errors()]
            raise self.error(self.describe(where, data, problems)) from exc

    def problem(self, where: str, data: Any, loc: Loc, message: str) -> DataFileError:
        """An error found after validation (e.g. a theme in the wrong file), in the same format."""
        return self.error(self.describe(where, data, [(loc, message)]))

    def describe(self, where: str, data: Any, problems: list[tuple[Loc, str]]) -> str:
        """One line per problem: the dotted field path, the entry's name, and what is wrong."""
        lines = [f"{where} does not match the {self.what} format:"]
        lines += [f"  {self._label(loc, data)}: {message}" for loc, message in problems]
        return "\n".join(lines)

    def _label(self, loc: Loc, data: Any) -> str:
        label = ".".join(str(part) for part in loc) or "(top level)"
        named: tuple[str, str] | None = None
        node, parent = data, None
        for part in loc:
            try:
                node = node[part]
            except (KeyError, IndexError, TypeError):
                break
            entry = self.entries.get(parent) if isinstance(parent, str) else None
            if entry is not None and isinstance(part, int) and isinstance(node, dict):
                value = node.get(entry[0])
                if isinstance(value, str):
                    named = (entry[1], value)
            parent = part
        if named is None:
            return label
        noun, value = named
        shown = value if value.split() == [value] else repr(value)  # quote titles
        return f"{label} ({noun} {shown})"


# Word lists (trainer/data/words/*.yaml): each file validated by a small model beside its user.
WORD_LISTS = DataFormat("word list")
