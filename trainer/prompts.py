"""Prompt and rubric files under prompts/: one validating loader, content-hashed.

The files are edited in the project's top-level prompts/ folder and installed as the package
trainer._prompts (setup.py maps one to the other), so a wheel carries them and an editable
install reads the project's own files.
"""

from __future__ import annotations

import hashlib
import os
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator

from trainer.datafiles import DataFormat, Source
from trainer.errors import PromptFileError
from trainer.values import RUBRIC_KEYS, Frozen, RubricKey

FORMAT = DataFormat(
    "prompt",
    entries={"items": ("id", "item"), "messages": ("role", "message")},
    error=PromptFileError,
    hint="set TRAINER_PROMPTS_DIR or restore it",
)


class ChecklistItem(Frozen):
    id: str = Field(pattern=r"^[a-z][a-z_]*$")
    effect: Literal["earn", "cost", "note"]
    question: str
    label: str
    tip: str
    points: int = 0
    cap: int | None = Field(default=None, ge=0, le=4)

    @model_validator(mode="after")
    def _consistent(self) -> ChecklistItem:
        if self.effect == "earn" and self.points <= 0:
            raise ValueError(f"earn item {self.id!r} needs points > 0")
        if self.effect == "cost" and self.cap is None:
            raise ValueError(f"cost item {self.id!r} needs a cap (0-4)")
        return self


class RubricDef(Frozen):
    title: str
    means: str
    base: int = Field(ge=0, le=4)
    items: list[ChecklistItem]

    def item(self, item_id: str) -> ChecklistItem:
        for it in self.items:
            if it.id == item_id:
                return it
        raise KeyError(f"no checklist item {item_id!r}")


class RubricSet(Frozen):
    kind: Literal["rubrics"]
    version: int
    pass_score: int = Field(ge=0, le=4)
    extra_cost_penalty: int = Field(ge=0, le=4)
    rubrics: dict[RubricKey, RubricDef]
    content_hash: str = ""

    @model_validator(mode="after")
    def _all_four(self) -> RubricSet:
        missing = [k for k in RUBRIC_KEYS if k not in self.rubrics]
        if missing:
            raise ValueError(f"rubrics missing: {missing}")
        seen: set[str] = set()
        for rubric in self.rubrics.values():
            for it in rubric.items:
                if it.id in seen:
                    raise ValueError(f"checklist item id {it.id!r} is used twice")
                seen.add(it.id)
        return self

    def item_ids(self, key: RubricKey) -> list[str]:
        return [it.id for it in self.rubrics[key].items]


class Message(Frozen):
    role: Literal["system", "user", "assistant"]
    template: str


class PromptTemplate(Frozen):
    kind: Literal["chat_prompt"]
    version: int
    description: str
    variables: list[str]
    messages: list[Message]
    content_hash: str = ""


def prompts_dir() -> Source:
    """The installed prompt files (package trainer._prompts), or TRAINER_PROMPTS_DIR (tests and
    deployments move it)."""
    env = os.environ.get("TRAINER_PROMPTS_DIR")
    return Path(env) if env else resources.files("trainer._prompts")


@cache
def _load_cached(where: str, raw: bytes) -> RubricSet | PromptTemplate:
    data = FORMAT.parse(raw, where)
    if not isinstance(data, dict):
        raise FORMAT.problem(where, data, (), "must be a YAML mapping with a 'kind' field")
    kind = data.get("kind")
    data["content_hash"] = hashlib.sha256(raw).hexdigest()
    if kind == "rubrics":
        return FORMAT.validate(data, where, RubricSet)
    if kind == "chat_prompt":
        return FORMAT.validate(data, where, PromptTemplate)
    raise FORMAT.problem(
        where, data, ("kind",), f"is {kind!r}; expected 'rubrics' or 'chat_prompt'"
    )


def load_prompt_file(name: str) -> RubricSet | PromptTemplate:
    """The one way prompts and rubrics are read: parse, validate, hash the bytes."""
    path = prompts_dir() / name
    return _load_cached(str(path), FORMAT.read_bytes(path))


def load_rubrics(name: str = "rubrics.yaml") -> RubricSet:
    loaded = load_prompt_file(name)
    if not isinstance(loaded, RubricSet):
        raise PromptFileError(f"{name!r} has kind {loaded.kind!r}, expected 'rubrics'.")
    return loaded


def load_template(name: str) -> PromptTemplate:
    loaded = load_prompt_file(name)
    if not isinstance(loaded, PromptTemplate):
        raise PromptFileError(f"{name!r} has kind {loaded.kind!r}, expected 'chat_prompt'.")
    return loaded


def bundle_hash(*hashes: str) -> str:
    """One id for the set of files behind a grade (order-sensitive, short for display)."""
    return hashlib.sha256("\n".join(hashes).encode()).hexdigest()[:16]
