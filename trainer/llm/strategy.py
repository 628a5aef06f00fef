"""How the grader asks a model: one resolver, so the CLI, the app, replay and cards agree.

- "checklist": one JSON request answering every checklist item (for large hosted models);
- "extract": one plain-text request copying the reply's own words per question; code checks
  each copy occurs in the reply and interprets it into checklist items (for small local models,
  which answer yes/no checklists by position or constantly).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Literal, get_args

from trainer.errors import ConfigError
from trainer.settings import LLMSettings, is_openai_url

Strategy = Literal["checklist", "extract"]
STRATEGIES: tuple[Strategy, ...] = get_args(Strategy)
STRATEGY_ENV = "TRAINER_LLM_STRATEGY"


def resolve_strategy(
    settings: LLMSettings | None,
    explicit: str | None = None,
    *,
    card: str | None = None,
    env: Mapping[str, str] = os.environ,
) -> Strategy:
    """The first that is set: the explicit choice (flag, test), TRAINER_LLM_STRATEGY, the
    model's validity card; else "checklist" on api.openai.com and "extract" on any other
    endpoint (the small local models people run there)."""
    for where, value in (
        ("the strategy given", explicit),
        (STRATEGY_ENV, env.get(STRATEGY_ENV)),
        ("the model's card", card),
    ):
        if value is None or not value.strip():
            continue
        chosen = value.strip().lower()
        for known in STRATEGIES:
            if chosen == known:
                return known
        raise ConfigError(
            f"{where} is {value!r}; the grading strategies are {list(STRATEGIES)} "
            f"(set {STRATEGY_ENV}=checklist for a large hosted model, extract for a small one)."
        )
    if settings is None or is_openai_url(settings.base_url):
        return "checklist"
    return "extract"
