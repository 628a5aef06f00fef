"""The partner's reply in an LLM's words; the reaction and mood stay decided by code.

The model is shown the person's own lines for this reaction (from the scenario bank) as its
earlier turns and continues in that voice, in plain text. Every line it writes is checked, and a
rejected line says why (logged, and returned by `check_line`); the scripted line then stands.
For a hijacked turn the scripted line answers what the learner did (their story, their defence...)
and the model's line is held to that kind too: a push-back to a defence never answers a story.
"""

from __future__ import annotations

import json
import logging
import re

from trainer.errors import LLMError
from trainer.grading.schema import Grade
from trainer.llm.model import ChatMessage, ChatModel
from trainer.llm.prompting import render_prompt
from trainer.partner.reactions import Mood, PartnerReply, Reaction, react
from trainer.partner.scenarios.hijacked import answers_other_kind
from trainer.partner.scenarios.models import HijackKind, Scenario
from trainer.safety import screen

log = logging.getLogger(__name__)

TEMPLATE = "partner.yaml"
MAX_TOKENS = 80  # two short spoken sentences
MAX_CHARS = 400

# Signs the model stepped out of character: prompt scaffolding read back, or an assistant's voice.
_SCAFFOLD = ("they had said:", "their partner answered:", "line:", "underneath you need")
# An assistant's stock phrases. "I'm sorry, but I can't agree with you" is a partner talking:
# only the refusal to *help* or *assist* is an assistant's.
_ASSISTANT = re.compile(
    r"\b(as an ai|language model|i'?m sorry,? but i (can'?t|cannot) (assist|help)"
    r"|i (can'?t|cannot) (assist|help) with (that|this)|please provide|rephrase your question"
    r"|how can i (help|assist)|i'?m here to help|let me know if you (have|need) any"
    r"|feel free to ask)\b",
    re.IGNORECASE,
)
_LABEL = re.compile(r"^\s*(?:me|you|partner|person|[A-Z][a-z]*)\s*:\s*")
# Hijacked lines are never an example: each answers one kind of hijacking, and an example of
# one kind would teach the model to answer a story as if it were a defence.
EXAMPLE_ORDER: tuple[Reaction, ...] = ("missed", "dismissed", "fixed", "heard")
_RUN = 6  # words in a row copied from the hidden need give the secret away


def out_of_character(text: str, scenario: Scenario) -> str | None:
    """Why a model line cannot be the partner's (None when it can): it reads the prompt back,
    speaks as an assistant, or recites the hidden need the learner is meant to discover."""
    lowered = text.lower()
    for label in _SCAFFOLD:
        if label in lowered:
            return f"repeats the prompt ({label!r})"
    found = _ASSISTANT.search(text)
    if found:
        return f"speaks as an assistant ({found.group(0)!r})"
    need = re.findall(r"[a-z']+", scenario.hidden_truth.need.lower())
    words = re.findall(r"[a-z']+", lowered)
    runs = {tuple(need[i : i + _RUN]) for i in range(len(need) - _RUN + 1)}
    if any(tuple(words[i : i + _RUN]) in runs for i in range(len(words) - _RUN + 1)):
        return "recites the hidden need"
    return None


def clean_line(text: str) -> str:
    """The spoken words: no surrounding quotes, no 'Name:' label, first paragraph only (a
    model that answers {"reply": "..."} anyway is read too)."""
    line = text.strip()
    if line.startswith("{"):
        try:
            data = json.loads(line)
        except ValueError:
            data = None
        if isinstance(data, dict) and isinstance(data.get("reply"), str):
            line = data["reply"].strip()
    line = line.split("\n\n")[0].strip()
    line = _LABEL.sub("", line, count=1).strip()
    if len(line) >= 2 and line[0] in "\"'\u201c" and line[-1] in "\"'\u201d":
        line = line[1:-1].strip()
    return line


def check_line(text: str, scenario: Scenario, kind: HijackKind | None = None) -> str | None:
    """Why this line cannot be shown as the partner's, in words (None: it can). `kind`: what
    the learner did on a hijacked turn, which the line must answer."""
    if not text:
        return "the model wrote nothing"
    if len(text) > MAX_CHARS:
        return f"too long for a spoken line ({len(text)} characters, at most {MAX_CHARS})"
    if screen(text).flagged:
        return "the safety screen flagged it"
    reason = out_of_character(text, scenario)
    if reason:
        return f"out of character: {reason}"
    wrong = answers_other_kind(text, kind) if kind else None
    return f"the wrong push-back: {wrong}" if wrong else None


def partner_messages(
    scenario: Scenario, scripted: PartnerReply, response: str
) -> list[ChatMessage]:
    """The prompt: the scripted line to reword; as the worked example, two of the person's own
    bank lines for another reaction (the same meaning said twice, which the model cannot copy
    as its answer)."""
    example = next(
        lines
        for reaction in EXAMPLE_ORDER
        if reaction != scripted.reaction and len(lines := getattr(scenario.lines, reaction)) >= 2
    )
    values = {
        "statement": scenario.statement,
        "response": response.replace("\n", " "),
        "example_line": example[0],
        "example_reworded": example[1],
        "line": scripted.text,
    }
    return render_prompt(TEMPLATE, values).messages


def react_with_llm(
    scenario: Scenario, grade: Grade, response: str, turn: int, mood: Mood, model: ChatModel
) -> PartnerReply:
    """The scripted reply, reworded by the model; any failure, or a line that fails
    `check_line`, keeps the scripted line (the reason is logged)."""
    scripted = react(scenario, grade, turn, mood)
    messages = partner_messages(scenario, scripted, response)
    try:
        with model.budget():
            raw = model.complete_text(messages, MAX_TOKENS).content
    except LLMError as exc:
        log.info("partner line: model failed (%s); the scripted line stands", exc)
        return scripted
    text = clean_line(raw)
    problem = check_line(text, scenario, scripted.hijack)
    if problem:
        log.info("partner line rejected: %s: %r; the scripted line stands", problem, text)
        return scripted
    return scripted.model_copy(update={"text": text})
