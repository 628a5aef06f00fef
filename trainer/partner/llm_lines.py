"""The partner's reply in an LLM's words; the reaction and mood stay decided by code."""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, ValidationError

from trainer.errors import LLMError
from trainer.grading.schema import Grade
from trainer.llm.ask import InvalidAnswer, ask
from trainer.llm.model import ChatMessage, ChatModel
from trainer.llm.prompting import render_prompt
from trainer.partner.reactions import Mood, PartnerReply, react
from trainer.partner.scenarios.models import Scenario
from trainer.safety import screen

TEMPLATE = "partner.yaml"
SCHEMA = {
    "type": "object",
    "properties": {"reply": {"type": "string"}},
    "required": ["reply"],
    "additionalProperties": False,
}
FAILURE = "did not write the partner's line: {last}"  # never shown: the scripted line stands


# Signs the model stepped out of character: prompt scaffolding read back, or an assistant's voice.
_SCAFFOLD = ("underneath you need", "how it landed", "your mood now", "you said:", "you feel:")
_ASSISTANT = re.compile(
    r"\b(as an ai|language model|i'?m sorry, but i can'?t|please provide|rephrase your question"
    r"|how can i (help|assist)|i'?m here to help|let me know if)\b",
    re.IGNORECASE,
)
_RUN = 6  # words in a row copied from the hidden need give the secret away


def out_of_character(text: str, scenario: Scenario) -> str | None:
    """Why a model line cannot be the partner's (None when it can): it reads the prompt back,
    speaks as an assistant, or recites the hidden need the learner is meant to discover."""
    lowered = text.lower()
    for label in _SCAFFOLD:
        if label in lowered:
            return f"repeats the prompt ({label!r})"
    if _ASSISTANT.search(text):
        return "speaks as an assistant"
    need = re.findall(r"[a-z']+", scenario.hidden_truth.need.lower())
    words = re.findall(r"[a-z']+", lowered)
    runs = {tuple(need[i : i + _RUN]) for i in range(len(need) - _RUN + 1)}
    if any(tuple(words[i : i + _RUN]) in runs for i in range(len(words) - _RUN + 1)):
        return "recites the hidden need"
    return None


class _Reply(BaseModel):
    model_config = ConfigDict(extra="forbid")
    reply: str


def _messages(scenario: Scenario, scripted: PartnerReply, response: str) -> list[ChatMessage]:
    truth = scenario.hidden_truth
    values = {
        "statement": scenario.statement,
        "feelings": ", ".join([*truth.primary_feelings, *truth.secondary_feelings]),
        "need": truth.need,
        "reaction": scripted.reaction,
        "mood": scripted.mood,
        "example": scripted.text,
        "response": response.replace("</answer>", "[/answer]"),
    }
    return render_prompt(TEMPLATE, values).messages


def _parse(text: str) -> str:
    try:
        return _Reply.model_validate_json(text).reply.strip()
    except ValidationError as exc:
        raise InvalidAnswer(str(exc)) from exc


def react_with_llm(
    scenario: Scenario, grade: Grade, response: str, turn: int, mood: Mood, model: ChatModel
) -> PartnerReply:
    """The scripted reply, reworded by the model; any failure, or a line out of character,
    keeps the scripted line."""
    scripted = react(scenario, grade, turn, mood)
    messages = _messages(scenario, scripted, response)
    try:
        text = ask(model, messages, SCHEMA, "partner", _parse, reask=None, failure=FAILURE).value
    except LLMError:
        return scripted
    if not text or len(text) > 600 or screen(text).flagged or out_of_character(text, scenario):
        return scripted
    return scripted.model_copy(update={"text": text})
