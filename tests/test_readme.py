"""The README is hand-written; these checks keep it from drifting from the rubrics and schema."""

from __future__ import annotations

import re
import types
import typing
from pathlib import Path

import pytest
from pydantic import BaseModel

from trainer.grading.schema import Grade
from trainer.prompts import load_rubrics

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def _section(title: str) -> str:
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", README, re.M | re.S)
    assert match, f"README has no '## {title}' section"
    return match.group(1)


def _in_code(name: str, text: str) -> bool:
    """`name` appears inside backticks, as a whole word (alone or within a dotted path)."""
    return any(
        re.search(rf"\b{re.escape(name)}\b", code) for code in re.findall(r"`([^`]+)`", text)
    )


def _models_in(annotation: object) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is not None:
        return [m for arg in typing.get_args(annotation) for m in _models_in(arg)]
    return []


def _field_names(model: type[BaseModel], seen: set[type[BaseModel]] | None = None) -> set[str]:
    seen = seen if seen is not None else set()
    if model in seen:
        return set()
    seen.add(model)
    names: set[str] = set()
    for name, info in model.model_fields.items():
        names.add(name)
        for sub in _models_in(info.annotation):
            names |= _field_names(sub, seen)
    return names


RUBRICS = load_rubrics()
RUBRIC_NAMES = [
    *RUBRICS.rubrics,
    *(item.id for rubric in RUBRICS.rubrics.values() for item in rubric.items),
]


@pytest.mark.parametrize("name", RUBRIC_NAMES)
def test_every_rubric_and_checklist_item_is_in_the_readme(name: str) -> None:
    assert _in_code(name, _section("The rubrics")), f"README's rubric table lacks `{name}`"


def test_schema_walk_reaches_nested_fields() -> None:
    names = _field_names(Grade)
    assert {"start", "total_tokens", "fallback_reason", "checklist", "code"} <= names


@pytest.mark.parametrize("name", sorted(_field_names(Grade)))
def test_every_grade_field_is_documented(name: str) -> None:
    assert _in_code(name, _section("Output schema")), f"README's schema lacks `{name}`"


def test_offline_limits_placeholder_is_kept() -> None:
    assert "<!-- offline-limits -->" in _section("Offline grader: what it cannot judge")


@pytest.mark.parametrize(
    "needle", ["./scripts/app", "./scripts/test", "OPENAI_API_KEY", "OPENAI_BASE_URL", "[llm]"]
)
def test_start_and_configuration_are_documented(needle: str) -> None:
    assert needle in README
