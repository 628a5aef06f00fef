"""Replay the real local LLM (Qwen2.5-Coder-1.5B via llama-cpp-python) through the practice
turn a person takes: the offline grade first, then the upgrade the page and `trainer practice`
run: the grade, the model's reflection and minimal edit (regraded before they are shown), and the
partner's line. The items the model answers are pinned to none (what the local model's card
said when this was recorded), so a re-measured card does not move this recording; per-item
grading has its own recordings (evals/cassettes/local).

CI replays only. To re-record (after changing prompts/ or the request code):
    scripts/local_llm_server.sh &
    OPENAI_BASE_URL=http://127.0.0.1:8765/v1 TRAINER_MODEL=local \\
        TRAINER_RECORD=1 .venv/bin/python -m pytest tests/test_practice_feedback_cassette.py
The assertions check what any recording must satisfy (a model text is shown only when it passes
its regrade; the grade says whose words it shows), not that the weak model wrote well.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from recordings import RECORD, recording

from trainer.grading.combine import ItemTrust
from trainer.grading.llm_feedback import TEMPLATE as FEEDBACK
from trainer.grading.llm_feedback import feedback_caption
from trainer.grading.offline.grader import grade_offline
from trainer.grading.report import render_report
from trainer.partner import practice
from trainer.partner.conversation import grade_request
from trainer.partner.flow import ScenarioRequest, begin, submit, upgrade
from trainer.partner.llm_lines import TEMPLATE as PARTNER
from trainer.partner.scenarios.bank import load_bank
from trainer.prompts import bundle_hash, load_template
from trainer.store import open_store

pytestmark = [pytest.mark.allow_hosts(["127.0.0.1", "localhost"])] if RECORD else []
SCENARIO = "work_stress-001"
REPLIES = {
    # Advice and a story of the listener's own: failed, so an edit and a reflection to write.
    "advice": "Just tell them no. I had a boss like that once and I said no and it was fine.",
    # Heard, but the feeling is left unnamed: failed on one rubric.
    "close": "So they gave you the Henderson rollout on top of everything. Is that right?",
}


def _prompts() -> str:
    return bundle_hash(load_template(FEEDBACK).content_hash, load_template(PARTNER).content_hash)


@pytest.mark.parametrize("name", sorted(REPLIES))
def test_a_recorded_practice_turn_shows_model_words_only_when_they_pass(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    nothing = ItemTrust(model="local", model_items=(), basis="pinned for this recording")
    monkeypatch.setattr(practice, "trust_for", lambda _name: nothing)
    store = open_store(f"sqlite:///{tmp_path / 'p.db'}")
    me = store.default_learner()
    reply = REPLIES[name]
    run = submit(store, me, begin(ScenarioRequest(), load_bank().get(SCENARIO)), reply)
    assert run.last is not None and run.last.grade is not None
    ours = run.last.grade  # the offline grade, shown at once
    with recording(f"practice_feedback_{name}.yaml", _prompts(),
                   "prompts/feedback.yaml or partner.yaml",
                   "tests/test_practice_feedback_cassette.py") as (_, model):  # fmt: skip
        run = upgrade(store, me, run, model)
    assert run.last is not None and run.last.notice is None, run.last.notice
    shown = run.last.grade
    assert shown is not None and not shown.passed
    record = shown.metadata.feedback
    assert record is not None and record.model == "local" and record.usage.total_tokens > 0
    request = grade_request(run.last.before, reply)  # with the scenario's hidden truth
    for text in ("model_reflection", "minimal_edit"):
        words = getattr(shown, text)
        caption = feedback_caption(shown, text) or ""
        if record.sources[text] == "model":
            assert words == record.written[text]
            assert grade_offline(request.model_copy(update={"response": words})).passed
            assert caption.startswith("Written by the model (local)")
        elif record.outcomes[text] == "hand_written":  # the scenario's exemplar stands
            assert text == "model_reflection" and words == getattr(ours, text)
            assert words in [e.text for e in load_bank().get(SCENARIO).exemplars]
            assert caption.startswith("Written by hand for this scenario")
        else:
            assert words == getattr(ours, text), f"{text}: neither the model's nor ours"
            assert record.rejected[text] and caption.startswith("The model")
        if words:
            assert caption in render_report(shown)
    (stored,) = store.attempts(me)
    assert stored.grade == shown and stored.response == reply  # kept as shown
