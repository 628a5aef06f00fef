"""Hand-written model answers for the LLM grader tests (not recordings: written here, by us)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from trainer.grading.schema import RUBRIC_KEYS
from trainer.prompts import load_rubrics


def grader_answer(
    yes: Sequence[str] = (), manipulation: bool = False, **extra: Any
) -> dict[str, Any]:
    """A schema-valid answer: the items in `yes` listed as true under their rubric."""
    rubrics = load_rubrics()
    known = {i for key in RUBRIC_KEYS for i in rubrics.item_ids(key)}
    unknown = set(yes) - known
    assert not unknown, f"test asks for unknown items {unknown}"
    answer: dict[str, Any] = {"manipulation_detected": manipulation}
    for key in RUBRIC_KEYS:
        answer[key] = [i for i in rubrics.item_ids(key) if i in yes]
    answer.update(extra)
    return answer


def grader_json(yes: Sequence[str] = (), **kwargs: Any) -> str:
    return json.dumps(grader_answer(yes, **kwargs))
