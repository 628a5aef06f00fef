"""Ask a model for JSON that validates, re-asking once with what was wrong; usage is summed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from trainer.errors import LLMBadOutput
from trainer.llm.model import ChatMessage, ChatModel, ModelReply, Usage
from trainer.llm.prompting import render_prompt

T = TypeVar("T")
# How much of a failed answer is sent back, as the assistant turn before the re-ask.
MAX_FEEDBACK_CHARS = 4000


class InvalidAnswer(ValueError):
    """The model's text is not a valid answer; the message is what the re-ask feeds back."""


@dataclass(frozen=True)
class Answer(Generic[T]):
    """The validated value and every reply it took (one, or two after a re-ask)."""

    value: T
    replies: tuple[ModelReply, ...]

    @property
    def usage(self) -> Usage:
        return total_usage(self.replies)

    @property
    def model(self) -> str:
        """The model that gave the answer, as the endpoint named it."""
        return self.replies[-1].model


def total_usage(replies: Sequence[ModelReply]) -> Usage:
    return Usage(
        prompt_tokens=sum(r.usage.prompt_tokens for r in replies),
        completion_tokens=sum(r.usage.completion_tokens for r in replies),
        total_tokens=sum(r.usage.total_tokens for r in replies),
    )


def ask(
    model: ChatModel,
    messages: Sequence[ChatMessage],
    schema: dict[str, Any],
    schema_name: str,
    parse: Callable[[str], T],
    *,
    reask: str | None,
    failure: str,
) -> Answer[T]:
    """Send `messages`; `parse` the reply, raising InvalidAnswer when it is not valid.

    With a `reask` prompt file (one variable, `error`), an invalid reply is sent back as the
    assistant turn followed by that prompt, once. When no reply is valid, LLMBadOutput carries
    every output and the summed usage; its message is "Model '<name>' " + `failure`, formatted
    with the `first` and `last` validation errors. Both requests share one time budget.
    """
    with model.budget():  # one time budget for the answer, re-ask included
        replies = [model.complete_json(messages, schema, schema_name)]
        try:
            return Answer(parse(replies[0].content), tuple(replies))
        except InvalidAnswer as exc:
            errors, last = [str(exc)], exc
        if reask is not None:
            failed: ChatMessage = {
                "role": "assistant",
                "content": replies[0].content[:MAX_FEEDBACK_CHARS],
            }
            again = render_prompt(reask, {"error": errors[0]}).messages
            replies.append(model.complete_json([*messages, failed, *again], schema, schema_name))
            try:
                return Answer(parse(replies[1].content), tuple(replies))
            except InvalidAnswer as exc:
                errors.append(str(exc))
                last = exc
    raise LLMBadOutput(
        f"Model {model.name!r} " + failure.format(first=errors[0], last=errors[-1]),
        outputs=[r.content for r in replies],
        usage=total_usage(replies),
    ) from last
