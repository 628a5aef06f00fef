"""The one narrow interface to a chat model: messages in, a reply with its token usage out."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, TypedDict

from trainer.values import Usage as Usage  # re-exported: the LLM layer's callers take it here


class ChatMessage(TypedDict):
    role: Literal["system", "user", "assistant"]
    content: str


@dataclass(frozen=True)
class ModelReply:
    """What came back: the raw text (JSON expected), the model that answered, tokens used."""

    content: str
    model: str
    usage: Usage = field(default_factory=Usage)
    refusal: str | None = None


class ChatModel(Protocol):
    """Anything that can answer a chat: with JSON matching a schema, or with plain text (what a
    small local model serves best: no grammar to follow, a few short lines)."""

    @property
    def name(self) -> str: ...

    def complete_json(
        self, messages: Sequence[ChatMessage], schema: dict[str, Any], schema_name: str
    ) -> ModelReply: ...

    def complete_text(self, messages: Sequence[ChatMessage], max_tokens: int) -> ModelReply:
        """Plain text at temperature 0, at most `max_tokens` tokens."""
        ...

    def budget(self) -> AbstractContextManager[None]:
        """One time budget for every call inside (an answer and its re-ask)."""
        ...
