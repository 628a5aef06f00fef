"""The one narrow interface to a chat model, and a fake for unit tests."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, TypedDict

from trainer.schema import Usage


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
    """Anything that can answer a chat with JSON matching a schema."""

    @property
    def name(self) -> str: ...

    def complete_json(
        self, messages: Sequence[ChatMessage], schema: dict[str, Any], schema_name: str
    ) -> ModelReply: ...


@dataclass
class FakeChatModel:
    """Replays scripted replies in order and records each request; for unit tests only."""

    replies: list[str | Callable[[Sequence[ChatMessage]], str]]
    name: str = "fake-model"
    calls: list[list[ChatMessage]] = field(default_factory=list)

    def complete_json(
        self, messages: Sequence[ChatMessage], schema: dict[str, Any], schema_name: str
    ) -> ModelReply:
        self.calls.append(list(messages))
        if not self.replies:
            raise AssertionError("FakeChatModel ran out of scripted replies")
        reply = self.replies.pop(0)
        text = reply(messages) if callable(reply) else reply
        return ModelReply(content=text, model=self.name, usage=Usage(total_tokens=len(text)))
