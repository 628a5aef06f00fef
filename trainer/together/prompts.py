"""The speaker's starters (a worry, a small hurt, good news), from a data file."""

from __future__ import annotations

from functools import cache

from trainer.datafiles import DataFormat, packaged
from trainer.grading.schema import Frozen

FORMAT = DataFormat("together prompts", entries={"kinds": ("kind", "prompt kind")})


class PromptKind(Frozen):
    kind: str
    label: str
    hint: str
    starters: list[str]


class PromptFile(Frozen):
    kinds: list[PromptKind]
    pause_note: str


@cache
def prompt_file() -> PromptFile:
    return FORMAT.load(packaged("together_prompts.yaml"), PromptFile)


def prompt_kinds() -> tuple[PromptKind, ...]:
    return tuple(prompt_file().kinds)


def pause_note() -> str:
    """What both partners read when either pauses (the field notes' advice on calming down)."""
    return prompt_file().pause_note
