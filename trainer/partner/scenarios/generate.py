"""Fresh scenarios from an LLM: structured output, validated like the bank, screened for
near-duplicates and safety. Without an LLM, practice uses the bank."""

from __future__ import annotations

import hashlib
import random
from collections.abc import Sequence
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from trainer.errors import TrainerError
from trainer.grading.offline.text import content_stems, normalize
from trainer.grading.schema import MAX_CONTEXT_CHARS, MAX_STATEMENT_CHARS, HiddenTruth
from trainer.llm.ask import InvalidAnswer, ask
from trainer.llm.model import ChatMessage, ChatModel
from trainer.llm.prompting import render_prompt
from trainer.llm.schema import model_schema
from trainer.partner.scenarios.models import (
    DIFFICULTIES,
    MAX_KEY_FACTS,
    MAX_TITLE_CHARS,
    THEMES,
    Difficulty,
    PartnerLines,
    Scenario,
    ScenarioLines,
    Theme,
    Trap,
)
from trainer.safety import screen

TEMPLATE = "scenario.yaml"
REASK_TEMPLATE = "scenario_reask.yaml"
FAILURE = (
    "twice wrote an invalid scenario: {last:.300}. Use the bank (trainer scenario list) or a "
    "stronger model."
)
DUPLICATE_SIMILARITY = 0.5
MEANING: dict[Difficulty, str] = {
    "easy": "one clear feeling",
    "medium": "mixed feelings, indirect wording",
    "hard": "upset with the listener, or inviting fixing, or the real need under the words",
}


Feeling = Annotated[str, Field(min_length=2, max_length=40)]


class GeneratedTruth(BaseModel):
    """The hidden truth as the model must write it: the trap is an enum and the lists have the
    bank's sizes, so a server with constrained decoding cannot produce an invalid one."""

    model_config = ConfigDict(extra="forbid")

    primary_feelings: list[Feeling] = Field(min_length=1, max_length=2)
    secondary_feelings: list[Feeling] = Field(max_length=3)
    key_facts: list[Annotated[str, Field(min_length=3)]] = Field(
        min_length=1, max_length=MAX_KEY_FACTS
    )
    need: str = Field(min_length=3)
    trap: Trap
    asked_for_advice: bool

    def hidden_truth(self) -> HiddenTruth:
        return HiddenTruth(**self.model_dump())


class GeneratedScenario(BaseModel):
    """What the model writes; the id, theme and difficulty are ours."""

    model_config = ConfigDict(extra="forbid")

    title: str = Field(min_length=1, max_length=MAX_TITLE_CHARS)
    statement: str = Field(min_length=10, max_length=MAX_STATEMENT_CHARS)
    context: str = Field(max_length=MAX_CONTEXT_CHARS)
    hidden_truth: GeneratedTruth
    upset_with_listener: bool
    lines: PartnerLines


class DuplicateScenario(TrainerError):
    code = "duplicate_scenario"


def similarity(a: str, b: str) -> float:
    """Jaccard overlap of content stems: near 1 for a reworded copy."""
    sa, sb = set(content_stems(normalize(a).text)), set(content_stems(normalize(b).text))
    return len(sa & sb) / len(sa | sb) if sa and sb else 0.0


def nearest(statement: str, existing: Sequence[Scenario]) -> tuple[float, str | None]:
    best, best_id = 0.0, None
    for s in existing:
        score = similarity(statement, s.statement)
        if score > best:
            best, best_id = score, s.scenario_id
    return best, best_id


def _messages(
    theme: Theme, difficulty: Difficulty, existing: Sequence[Scenario]
) -> list[ChatMessage]:
    avoid = "; ".join(s.title for s in existing if s.theme == theme)[:1500] or "(none)"
    values = {
        "theme": theme,
        "difficulty": difficulty,
        "difficulty_meaning": MEANING[difficulty],
        "avoid": avoid,
    }
    return render_prompt(TEMPLATE, values).messages


def _without_string_lengths(node: Any) -> Any:
    """String lengths stay in validation only: llama.cpp turns maxLength into one grammar rule
    per character, and a 2,000-character limit crashed its grammar parser."""
    if isinstance(node, list):
        return [_without_string_lengths(v) for v in node]
    if not isinstance(node, dict):
        return node
    return {
        k: _without_string_lengths(v)
        for k, v in node.items()
        if not (node.get("type") == "string" and k in ("minLength", "maxLength"))
    }


def _schema(theme: Theme, difficulty: Difficulty) -> dict[str, Any]:
    """The answer's schema, narrowed by difficulty: easy has exactly one primary feeling, hard
    sets a trap (or an upset partner, which the model may still choose)."""
    schema: dict[str, Any] = _without_string_lengths(model_schema(GeneratedScenario))
    truth = schema["properties"]["hidden_truth"]["properties"]
    if difficulty == "easy":
        truth["primary_feelings"]["maxItems"] = 1
    if difficulty == "hard":
        truth["trap"]["enum"] = [t for t in truth["trap"]["enum"] if t != "none"]
    if theme == "upset_with_you":
        schema["properties"]["upset_with_listener"]["enum"] = [True]
        truth["trap"]["enum"] = ["defending", "minimizing"]
    return schema


def choose_kind(
    theme: Theme | None, difficulty: Difficulty | None, rng: random.Random
) -> tuple[Theme, Difficulty]:
    """Fill an open theme or difficulty ("any") for a generated scenario, keeping the bank's
    rule that upset_with_you is always hard."""
    picked: Theme = theme if theme is not None else rng.choice(THEMES)
    level: Difficulty = difficulty if difficulty is not None else rng.choice(DIFFICULTIES)
    return picked, "hard" if picked == "upset_with_you" else level


def generate_scenario(
    theme: Theme,
    difficulty: Difficulty,
    model: ChatModel,
    existing: Sequence[Scenario],
) -> Scenario:
    """One request (one re-ask if invalid); the result obeys every bank authoring rule."""
    messages = _messages(theme, difficulty, existing)
    if theme == "upset_with_you" and difficulty != "hard":
        raise TrainerError(
            f"upset_with_you scenarios are always hard (the partner is upset with you); got "
            f"difficulty {difficulty!r}. Use --difficulty hard or another theme."
        )
    schema = _schema(theme, difficulty)

    def build(text: str) -> Scenario:
        """The model's text as a bank scenario; any rule it breaks is fed back once."""
        try:
            written = GeneratedScenario.model_validate_json(text)
            digest = int(hashlib.sha256(text.encode()).hexdigest(), 16)
            return Scenario(
                scenario_id=f"{theme}-{900 + digest % 100:03d}",
                theme=theme,
                difficulty=difficulty,
                title=written.title[:60],
                statement=written.statement,
                context=written.context or None,
                hidden_truth=written.hidden_truth.hidden_truth(),
                upset_with_listener=written.upset_with_listener,
                lines=ScenarioLines.from_written(written.lines),
            )
        except ValidationError as exc:
            raise InvalidAnswer(str(exc)[:1500]) from exc

    scenario = ask(
        model,
        messages,
        schema,
        "practice_scenario",
        build,
        reask=REASK_TEMPLATE,
        failure=FAILURE,
    ).value
    safety = screen(scenario.statement, scenario.context or "")
    if safety.flagged:
        raise TrainerError(
            f"the generated scenario touched {safety.category} ({safety.matched!r}); it was "
            "discarded. Generate again or use the bank."
        )
    score, twin = nearest(scenario.statement, existing)
    if score >= DUPLICATE_SIMILARITY:
        raise DuplicateScenario(
            f"the generated scenario is too close to {twin} (similarity {score:.2f}); generate "
            "again or use the bank."
        )
    return scenario
