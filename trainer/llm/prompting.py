"""Render a prompt file under prompts/ to chat messages: the one place chat prompts are rendered."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from langchain_core.prompts import ChatPromptTemplate

from trainer.errors import PromptFileError
from trainer.llm.model import ChatMessage
from trainer.prompts import PromptTemplate, load_template

Role = Literal["system", "user", "assistant"]
# langchain-core's message types back to the chat roles the endpoint speaks.
_ROLES: dict[str, Role] = {"system": "system", "human": "user", "ai": "assistant"}


@dataclass(frozen=True)
class RenderedPrompt:
    """The messages to send, and the content hash of the file they came from (for records)."""

    messages: list[ChatMessage]
    content_hash: str


def chat_template(template: PromptTemplate, name: str) -> ChatPromptTemplate:
    """The file's messages as a ChatPromptTemplate, its variables checked against the declared
    ones so a renamed placeholder fails loudly instead of sending a literal '{name}'."""
    prompt = ChatPromptTemplate.from_messages(
        [(m.role, m.template) for m in template.messages], template_format="f-string"
    )
    if set(prompt.input_variables) != set(template.variables):
        raise PromptFileError(
            f"{name}: the messages use variables {sorted(prompt.input_variables)} but the file "
            f"declares {sorted(template.variables)}; make them match."
        )
    return prompt


def render_prompt(
    name: str, values: Mapping[str, str], template: PromptTemplate | None = None
) -> RenderedPrompt:
    """Render the prompt file `name` (or its already loaded `template`) with `values`.

    Values are substituted, never parsed, so braces in what a person typed stay text.
    """
    loaded = template if template is not None else load_template(name)
    out: list[ChatMessage] = []
    for message in chat_template(loaded, name).format_messages(**values):
        role = _ROLES.get(message.type)
        if role is None or not isinstance(message.content, str):
            raise PromptFileError(f"{name}: unsupported message type {message.type!r}.")
        out.append({"role": role, "content": message.content})
    return RenderedPrompt(messages=out, content_hash=loaded.content_hash)
