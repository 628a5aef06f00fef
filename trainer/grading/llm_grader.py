"""Grade with an LLM: it answers the rubric checklist (strategy "checklist") or copies the reply's
words per question (strategy "extract"); code turns the answers into scores."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError, ValidationInfo, model_validator

from trainer.grading.assemble import OfflineReading, assemble_grade, reading_flags
from trainer.grading.llm_extract import extract_answers, parse_lines, verify
from trainer.grading.offline.grader import read_response
from trainer.grading.offline.manipulation import ManipulationSpan
from trainer.grading.schema import (
    RUBRIC_KEYS,
    Evidence,
    Flag,
    Grade,
    GradeMetadata,
    GradeRequest,
    HiddenTruth,
    RubricKey,
)
from trainer.llm.ask import Answer, InvalidAnswer, ask
from trainer.llm.model import ChatMessage, ChatModel, ModelReply
from trainer.llm.prompting import render_prompt
from trainer.llm.schema import model_schema
from trainer.llm.strategy import Strategy
from trainer.prompts import PromptTemplate, RubricSet, bundle_hash, load_rubrics, load_template

GRADER_TEMPLATE = "grader.yaml"
EXTRACT_TEMPLATE = "grader_extract.yaml"
EXTRACT_MAX_TOKENS = 120  # five short lines; a small model writes ~12-30 tokens/s
REASK_TEMPLATE = "grader_reask.yaml"
SCHEMA_NAME = "reflection_checklist"
MANIPULATION_ITEM = "grader_manipulation"
# Our delimiters, neutralised inside untrusted text so it cannot close or open a section.
_DELIMITER_RE = re.compile(r"<\s*(/?)\s*(learner_response|partner_statement)\s*>", re.IGNORECASE)
_FENCE_RE = re.compile(r"^\s*```(?:json)?\s*(.*?)\s*```\s*$", re.DOTALL)
FAILURE = (
    "twice failed to return a valid checklist. First: {first}. Second: {last}. Use a stronger "
    "model (TRAINER_MODEL) or grade offline."
)


class _Out(BaseModel):
    """Model output: unknown keys are an error the model is told about, not silently dropped."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class GraderOutput(_Out):
    """What the model must return: per rubric, the ids of the items that are true. Lists of ids
    are short to generate (a small local model writes ~12 tokens/s), and ids outside the rubric
    are rejected and re-asked."""

    manipulation_detected: bool
    accuracy: list[str]
    validation: list[str]
    not_fixing: list[str]
    not_hijacking: list[str]

    @model_validator(mode="after")
    def _matches_checklist(self, info: ValidationInfo) -> GraderOutput:
        rubrics = (info.context or {}).get("rubrics")
        if not isinstance(rubrics, RubricSet):
            return self
        problems: list[str] = []
        for key in RUBRIC_KEYS:
            ids = rubrics.item_ids(key)
            unknown = sorted(set(self.yes(key)) - set(ids))
            if unknown:
                problems.append(f"{key} lists {unknown}, which are not {key} items; allowed: {ids}")
        if problems:
            raise ValueError("; ".join(problems))
        return self

    def yes(self, key: RubricKey) -> list[str]:
        ids: list[str] = getattr(self, key)
        return ids

    def answers(self, rubrics: RubricSet) -> dict[RubricKey, dict[str, bool]]:
        return {key: {i: i in self.yes(key) for i in rubrics.item_ids(key)} for key in RUBRIC_KEYS}


# ---- schema -------------------------------------------------------------------------------


def output_schema(rubrics: RubricSet) -> dict[str, Any]:
    """The answer's JSON schema (strict-mode compatible): each rubric an array of its own ids."""
    schema = model_schema(GraderOutput)
    for key in RUBRIC_KEYS:
        schema["properties"][key] = {
            "type": "array",
            "items": {"type": "string", "enum": rubrics.item_ids(key)},
        }
    return schema


# ---- prompt -------------------------------------------------------------------------------


def render_checklist(rubrics: RubricSet) -> str:
    """Every item id and question, grouped by rubric, straight from rubrics.yaml."""
    lines: list[str] = []
    for key in RUBRIC_KEYS:
        rdef = rubrics.rubrics[key]
        lines.append(f"{key} ({rdef.title}: {rdef.means})")
        lines.extend(f"  - {it.id}: {it.question}" for it in rdef.items)
    return "\n".join(lines)


def _untrusted(text: str) -> str:
    """Text from outside (learner, scenario) with our section tags defused."""
    return _DELIMITER_RE.sub(lambda m: f"[{m.group(1)}{m.group(2)}]", text)


def render_hidden_truth(truth: HiddenTruth | None) -> str:
    if truth is None:
        return "(not given: judge from the statement)"
    parts = [
        f"main feelings: {', '.join(truth.primary_feelings) or '(none listed)'}",
        f"other feelings: {', '.join(truth.secondary_feelings) or '(none listed)'}",
        f"key facts: {'; '.join(truth.key_facts) or '(none listed)'}",
        f"need: {truth.need or '(not given)'}",
        f"asked for advice: {'yes' if truth.asked_for_advice else 'no'}",
    ]
    return _untrusted(". ".join(parts) + ".")


def render_grader_messages(
    template: PromptTemplate, rubrics: RubricSet, request: GradeRequest
) -> list[ChatMessage]:
    """System: role, checklist, rules (static). User: the case, learner text fenced as data."""
    values = {
        "checklist": render_checklist(rubrics),
        "statement": _untrusted(request.statement),
        "context": _untrusted(request.context) if request.context else "(none)",
        "hidden_truth": render_hidden_truth(request.hidden_truth),
        "response": _untrusted(request.response),
    }
    return render_prompt(GRADER_TEMPLATE, values, template).messages


def grader_prompt_hash(
    rubrics: RubricSet | None = None,
    template: PromptTemplate | None = None,
    reask: PromptTemplate | None = None,
    *,
    strategy: Strategy = "checklist",
) -> str:
    """The prompt_hash an LLM grade records: rubrics, grader prompt and re-ask prompt files
    ("extract": rubrics and the extract prompt, and the strategy's name)."""
    rubrics = rubrics or load_rubrics()
    if strategy == "extract":
        extract = template or load_template(EXTRACT_TEMPLATE)
        return bundle_hash(rubrics.content_hash, extract.content_hash, strategy)
    template = template or load_template(GRADER_TEMPLATE)
    reask = reask or load_template(REASK_TEMPLATE)
    return bundle_hash(rubrics.content_hash, template.content_hash, reask.content_hash)


# ---- parsing and evidence -----------------------------------------------------------------


def _describe(exc: ValidationError) -> str:
    parts: list[str] = []
    for err in exc.errors()[:8]:
        where = ".".join(str(p) for p in err["loc"]) or "the answer"
        if err["type"] == "json_invalid":
            parts.append(f"it is not valid JSON ({err['msg']})")
        else:
            parts.append(f"{where}: {err['msg']}")
    more = len(exc.errors()) - 8
    if more > 0:
        parts.append(f"and {more} more problems")
    return "; ".join(parts)


def parse_output(text: str, rubrics: RubricSet) -> GraderOutput:
    """Validate the model's text against the schema and the current checklist."""
    fenced = _FENCE_RE.match(text)
    body = fenced.group(1) if fenced else text
    if not body.strip():
        raise InvalidAnswer("the answer was empty")
    try:
        return GraderOutput.model_validate_json(body, context={"rubrics": rubrics})
    except ValidationError as exc:
        raise InvalidAnswer(_describe(exc)) from exc


def for_model(response: str, spans: Sequence[ManipulationSpan]) -> str:
    """The response as the model sees it: text already found addressing the grader is cut."""
    out, pos = [], 0
    for span in sorted(spans, key=lambda m: m.start):
        out.append(response[pos : span.start])
        out.append("[text addressed to the grader removed]")
        pos = span.end
    out.append(response[pos:])
    return "".join(out)


def harden(
    answers: dict[RubricKey, dict[str, bool]],
    offline: dict[RubricKey, dict[str, bool]],
    rubrics: RubricSet,
) -> dict[RubricKey, dict[str, bool]]:
    """After a manipulation attempt: earn only what both graders grant, pay every cost either
    finds. Scores are monotone in the checklist, so the result never beats either grader."""
    out: dict[RubricKey, dict[str, bool]] = {}
    for key in RUBRIC_KEYS:
        out[key] = {}
        for item in rubrics.rubrics[key].items:
            a, b = answers[key].get(item.id, False), offline[key].get(item.id, False)
            out[key][item.id] = (a or b) if item.effect == "cost" else (a and b)
    return out


def agreed_evidence(
    reading: OfflineReading, answers: dict[RubricKey, dict[str, bool]]
) -> dict[RubricKey, list[Evidence]]:
    """The detectors' exact spans for the items the model answered yes: words that back the
    model's verdict, located by code (models misquote; these offsets are always right)."""
    return {
        key: [ev for ev in reading.evidence.get(key, []) if answers[key].get(ev.item)]
        for key in RUBRIC_KEYS
    }


# ---- the grader ---------------------------------------------------------------------------


def model_strategy(model: ChatModel) -> Strategy:
    """The strategy for a client: resolved from its settings (TRAINER_LLM_STRATEGY, else by
    endpoint); a client without settings (a test fake) is asked the checklist."""
    from trainer.llm.strategy import resolve_strategy
    from trainer.settings import LLMSettings

    settings = getattr(model, "settings", None)  # a wrapper of a real client passes them on
    if isinstance(settings, LLMSettings):
        return resolve_strategy(settings)
    return "checklist"


def grade_with_llm(
    request: GradeRequest,
    model: ChatModel,
    rubrics: RubricSet | None = None,
    *,
    clock: Callable[[], float] = time.perf_counter,
    strategy: Strategy | None = None,
) -> Grade:
    """Grade with the model the way `strategy` says (default: the client's resolved strategy).
    Text aimed at the grader never raises a score."""
    chosen = strategy or model_strategy(model)
    if chosen == "extract":
        return grade_by_extract(request, model, rubrics, clock=clock)
    return grade_by_checklist(request, model, rubrics, clock=clock)


def grade_by_extract(
    request: GradeRequest,
    model: ChatModel,
    rubrics: RubricSet | None = None,
    *,
    clock: Callable[[], float] = time.perf_counter,
) -> Grade:
    """One plain-text request: the model copies words per question, code verifies and
    interprets them; the items no question covers stay with the detectors."""
    rubric_set = rubrics or load_rubrics()
    template = load_template(EXTRACT_TEMPLATE)
    reading = read_response(request, rubric_set, english_only=False)
    shown = for_model(request.response, reading.manipulation)
    messages = render_prompt(
        EXTRACT_TEMPLATE, {"response": _untrusted(shown).strip()}, template
    ).messages
    started = clock()
    with model.budget():
        reply: ModelReply = model.complete_text(messages, EXTRACT_MAX_TOKENS)
    latency_ms = (clock() - started) * 1000
    copies = verify(parse_lines(reply.content), reading.graded_text)
    answers, evidence = extract_answers(reading, copies, rubric_set)
    if reading.manipulation:
        answers = harden(answers, reading.analysis.answers, rubric_set)
        evidence = agreed_evidence(reading, answers)
    answer = Answer(value=None, replies=(reply,))
    metadata = GradeMetadata(
        grader="llm",
        model=answer.model,
        prompt_hash=grader_prompt_hash(rubric_set, template, strategy="extract"),
        latency_ms=latency_ms,
        usage=answer.usage,
    )
    return assemble_grade(rubric_set, reading, answers, evidence, reading_flags(reading), metadata)


def grade_by_checklist(
    request: GradeRequest,
    model: ChatModel,
    rubrics: RubricSet | None = None,
    *,
    clock: Callable[[], float] = time.perf_counter,
) -> Grade:
    """Ask once (re-ask once with the validation error); the model answers the checklist, the
    code scores it and writes the feedback."""
    rubric_set = rubrics or load_rubrics()
    template = load_template(GRADER_TEMPLATE)
    reask = load_template(REASK_TEMPLATE)
    schema = output_schema(rubric_set)
    reading = read_response(request, rubric_set, english_only=False)
    shown = request.model_copy(
        update={"response": for_model(request.response, reading.manipulation)}
    )
    messages = render_grader_messages(template, rubric_set, shown)

    started = clock()
    answer = ask(
        model,
        messages,
        schema,
        SCHEMA_NAME,
        lambda text: parse_output(text, rubric_set),
        reask=REASK_TEMPLATE,
        failure=FAILURE,
    )
    latency_ms = (clock() - started) * 1000

    output = answer.value
    answers = output.answers(rubric_set)
    flags = reading_flags(reading)
    if output.manipulation_detected or reading.manipulation:
        answers = harden(answers, reading.analysis.answers, rubric_set)
    if output.manipulation_detected and not reading.manipulation:
        flags.insert(
            0,
            Flag(
                code="grader_manipulation",
                message="The grading model found text addressed to it; that text was ignored "
                "and cannot raise a score.",
            ),
        )
    metadata = GradeMetadata(
        grader="llm",
        model=answer.model,
        prompt_hash=grader_prompt_hash(rubric_set, template, reask),
        latency_ms=latency_ms,
        usage=answer.usage,
    )
    return assemble_grade(
        rubric_set, reading, answers, agreed_evidence(reading, answers), flags, metadata
    )
