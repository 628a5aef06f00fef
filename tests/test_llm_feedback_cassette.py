"""Replay the real local LLM (Qwen2.5-Coder-1.5B via llama-cpp-python) writing feedback for 20
eval cases the offline grader fails: each model text is shown only when it passes its regrade.

CI replays only. To re-record (after changing prompts/feedback.yaml or the request code):
    scripts/setup_local_llm.sh && scripts/local_llm_server.sh &
    OPENAI_BASE_URL=http://127.0.0.1:8765/v1 TRAINER_MODEL=local \\
        TRAINER_RECORD=1 .venv/bin/python -m pytest tests/test_llm_feedback_cassette.py
The share that passed is printed (-s) and written in docs/notes/2026-11-30-extract-strategy.md.
"""

from __future__ import annotations

import pytest
from recordings import RECORD, recording

from trainer.evals.cases import EvalCase, load_cases
from trainer.grading.llm_feedback import TEMPLATE, add_model_feedback
from trainer.grading.offline.grader import grade_offline
from trainer.prompts import load_template

pytestmark = [pytest.mark.allow_hosts(["127.0.0.1", "localhost"])] if RECORD else []
SAMPLE = 20


# The 20 cases recorded: when recorded, the first 20 in sha256(case_id) order that the offline
# grader failed. Pinned by id, so a later detector change does not move the sample off the
# recording (a re-record may pick a fresh sample the same way).
SAMPLE_IDS = (
    "intimacy-013",
    "chores-018",
    "work-013",
    "grief-005",
    "friendships-023",
    "friendships-009",
    "health-015",
    "jealousy-004",
    "grief-004",
    "long_distance-018",
    "health-012",
    "health-014",
    "friendships-006",
    "phones-010",
    "betrayal_repair-004",
    "work-005",
    "good_news-007",
    "parenting-009",
    "long_distance-014",
    "parenting-005",
)


def sample() -> list[EvalCase]:
    """The recorded cases, in recording order."""
    by_id = {c.case_id: c for c in load_cases()}
    return [by_id[i] for i in SAMPLE_IDS]


def test_recorded_model_feedback_is_shown_only_when_it_passes() -> None:
    shown_model = {"model_reflection": 0, "minimal_edit": 0}
    with recording("llm_feedback_sample.yaml", load_template(TEMPLATE).content_hash,
                   "prompts/feedback.yaml", "tests/test_llm_feedback_cassette.py") as (_, model):  # fmt: skip
        for case in sample():
            request = case.request()
            offline = grade_offline(request)
            shown = add_model_feedback(request, offline, model, grade_offline)
            record = shown.metadata.feedback
            assert record is not None and record.model == "local"
            assert "failed" not in record.outcomes.values(), f"{case.case_id}: request failed"
            for name in ("model_reflection", "minimal_edit"):
                text = getattr(shown, name)
                if record.sources[name] == "model":
                    shown_model[name] += 1
                    assert text == record.written[name]
                    regraded = grade_offline(request.model_copy(update={"response": text}))
                    assert regraded.passed, f"{case.case_id}: a model {name} shown that fails"
                else:
                    assert text == getattr(offline, name), f"{case.case_id}: {name} not ours"
                    assert record.rejected[name], f"{case.case_id}: no reason for {name}"
    print(f"model text shown (passed its regrade): {shown_model} of {SAMPLE} each")
    assert sum(shown_model.values()) > 0, "the model's feedback never passed: nothing to show"
