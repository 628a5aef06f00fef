"""Foundation value types that every layer may use: the frozen base model, the rubric keys and
token usage. They live here, below grading, llm, prompts and safety, so that a low module
(`trainer.prompts`, `trainer.errors`, `trainer.safety`) never imports a higher one for a type."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

RubricKey = Literal["accuracy", "validation", "not_fixing", "not_hijacking"]
RUBRIC_KEYS: tuple[RubricKey, ...] = ("accuracy", "validation", "not_fixing", "not_hijacking")


class Frozen(BaseModel):
    """Base for value objects: immutable, unknown fields rejected."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Usage(Frozen):
    """Tokens one reply (or a sum of replies) used, as the endpoint reported them."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0
