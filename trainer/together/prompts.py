"""The speaker's starters (a worry, a small hurt, good news) and the notes shown when a turn
pauses, from a data file."""

from __future__ import annotations

from functools import cache

from trainer.datafiles import DataFormat, packaged
from trainer.grading.schema import Frozen
from trainer.safety import SAFETY_NOTICE

FORMAT = DataFormat("together prompts", entries={"kinds": ("kind", "prompt kind")})


class PromptKind(Frozen):
    kind: str
    label: str
    hint: str
    starters: list[str]


class PromptFile(Frozen):
    kinds: list[PromptKind]
    pause_note: str
    safety_note: str


@cache
def prompt_file() -> PromptFile:
    return FORMAT.load(packaged("together_prompts.yaml"), PromptFile)


def prompt_kinds() -> tuple[PromptKind, ...]:
    return tuple(prompt_file().kinds)


def pause_note() -> str:
    """What both partners read when either pauses (the field notes' advice on calming down)."""
    return prompt_file().pause_note


def safety_notice(category: str | None) -> str | None:
    """The app's safety notice for `category`, ending for a room of two: the practice page's
    last line sends people to a new scenario, and a room has none (None: no such category)."""
    notice = SAFETY_NOTICE.get(category) if category else None  # type: ignore[call-overload]
    if notice is None:
        return None
    help_part = notice.rsplit("\n\n", 1)[0]  # the notice without its closing line
    return f"{help_part}\n\n{prompt_file().safety_note}"
