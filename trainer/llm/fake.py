"""A scripted ChatModel for unit tests: no network, every request recorded."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from typing import Any

from trainer.llm.model import ChatMessage, ModelReply, Usage


@dataclass
class FakeChatModel:
    """A ChatModel for unit tests: answers with the scripted replies in order (a callable reply
    is given the messages) and records every request in `calls`."""

    replies: list[str | Callable[[Sequence[ChatMessage]], str]]
    name: str = "fake-model"
    calls: list[list[ChatMessage]] = field(default_factory=list)

    def complete_json(
        self, messages: Sequence[ChatMessage], schema: dict[str, Any], schema_name: str
    ) -> ModelReply:
        return self._next(messages)

    def complete_text(self, messages: Sequence[ChatMessage], max_tokens: int) -> ModelReply:
        return self._next(messages)

    def _next(self, messages: Sequence[ChatMessage]) -> ModelReply:
        self.calls.append(list(messages))
        if not self.replies:
            raise AssertionError(
                f"FakeChatModel ran out of scripted replies at request {len(self.calls)}"
            )
        reply = self.replies.pop(0)
        text = reply(messages) if callable(reply) else reply
        return ModelReply(content=text, model=self.name, usage=Usage(total_tokens=len(text)))

    def budget(self) -> AbstractContextManager[None]:
        return nullcontext()
