"""The practice flow the page and `trainer practice` share (trainer.partner.flow): scenario
choice, drills, the empathy map, a turn with its retry, the LLM upgrade, the summary; and the
page's typed state. The model here is a FakeChatModel with hand-written answers."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

import pytest
from grader_outputs import grader_json

from trainer.coaching import service as c
from trainer.coaching.auth import hash_pin
from trainer.coaching.drills import Drill, DrillSpec, PassRule
from trainer.coaching.records import AttemptRecord
from trainer.errors import ConfigError, InvalidInput, TrainerError
from trainer.llm.fake import FakeChatModel
from trainer.partner.conversation import EmpathyMap, start
from trainer.partner.flow import (
    ANY,
    PracticeRun,
    ScenarioRequest,
    begin,
    choose_scenario,
    find_drill,
    parse_empathy_map,
    seen_scenarios,
    submit,
    upgrade,
)
from trainer.partner.scenarios.bank import choose, load_bank
from trainer.store import Store, open_store
from trainer.ui.page_state import PracticeState

NOW = dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC)
ADVICE = "You should just tell them no."
GOOD = "It sounds like you're exhausted and it all landed on you at once. Is that right?"
MODEL_REFLECTION = (
    "You sound worn out: the rollout landed on top of everything and sleep is slipping away. "
    "Is that it?"
)


def _drill(scenarios: list[str], mode: str = "mirroring", review: bool = False) -> Drill:
    spec = DrillSpec(title="Henderson", instructions="Reflect the overwhelm.",
                     focus=["not_fixing"], scenarios=scenarios, mode=mode, repetitions=4,
                     pass_rule=PassRule(passes_needed=1), review_before_release=review)  # fmt: skip
    return Drill(drill_id="d-1", coach_id="c-1", spec=spec, created_at=NOW)


def _attempt(scenario_id: str, drill_id: str | None = None) -> AttemptRecord:
    return AttemptRecord(attempt_id=f"a-{scenario_id}-{drill_id}", learner_id="l-1",
                         created_at=NOW, statement="s", response="r", scenario_id=scenario_id,
                         drill_id=drill_id)  # fmt: skip


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return open_store(f"sqlite:///{tmp_path / 'flow.db'}")


def test_form_values_any_means_no_filter_and_unknown_values_are_refused() -> None:
    request = ScenarioRequest.from_form(ANY, "easy", "empathy_mapping", None)
    assert (request.theme, request.difficulty, request.mode) == (None, "easy", "empathy_mapping")
    with pytest.raises(ConfigError, match="'gardening'"):
        ScenarioRequest.from_form("gardening", ANY, "reflect", None)
    surprise = ScenarioRequest(theme="grief", difficulty="hard", mode="check_in").surprise()
    assert (surprise.theme, surprise.difficulty, surprise.mode) == (None, None, "check_in")


def test_a_drill_sets_the_exercise_and_goes_round_its_own_pool() -> None:
    bank = load_bank()
    drill = _drill(["work_stress-001", "work_stress-002"])
    # Practised 001 in this drill and 002 outside it: the drill's next is 002.
    history = [_attempt("work_stress-001", "d-1"), _attempt("work_stress-002")]
    assert seen_scenarios(history, drill) == {"work_stress-001"}
    assert seen_scenarios(history, None) == {"work_stress-001", "work_stress-002"}
    request = ScenarioRequest(theme="grief", mode="reflect", drill=drill)
    for seed in range(10):
        scenario = choose_scenario(request, bank, history, random.Random(seed))
        assert scenario.scenario_id == "work_stress-002"
    run = begin(request, scenario)
    assert run.conversation.mode == "mirroring" and run.drill == drill


def test_free_practice_prefers_unseen_unless_a_seed_asks_for_the_same_pick() -> None:
    bank = load_bank()
    matches = sorted(s.scenario_id for s in bank.filter(theme="work_stress", difficulty="easy"))
    assert len(matches) >= 2
    history = [_attempt(i) for i in matches[1:]]
    request = ScenarioRequest(theme="work_stress", difficulty="easy")
    for seed in range(10):
        assert (
            choose_scenario(request, bank, history, random.Random(seed)).scenario_id == matches[0]
        )
    repeatable = request.model_copy(update={"prefer_unseen": False})
    for seed in range(10):
        expected = choose(bank, "work_stress", "easy", rng=random.Random(seed))
        assert choose_scenario(repeatable, bank, history, random.Random(seed)) == expected
    by_id = ScenarioRequest(scenario_id="grief-001")
    assert choose_scenario(by_id, bank, history, random.Random(0)).scenario_id == "grief-001"


def test_the_empathy_map_is_read_only_in_the_empathy_mapping_exercise() -> None:
    parsed = parse_empathy_map("empathy_mapping", " overwhelmed, ,tired ", "rest")
    assert parsed == EmpathyMap(feelings=["overwhelmed", "tired"], need="rest")
    assert parse_empathy_map("reflect", "overwhelmed", "rest") is None


def test_find_drill_by_id_or_title_and_say_which_exist() -> None:
    drill = _drill(["work_stress-001"])
    assert find_drill([drill], "Henderson") == find_drill([drill], "d-1") == drill
    with pytest.raises(TrainerError, match="'Henderson'"):
        find_drill([drill], "Nope")


def test_a_retry_reworks_the_same_words_and_links_the_attempt(store: Store) -> None:
    me = store.default_learner()
    run = begin(ScenarioRequest(), load_bank().get("work_stress-001"))
    with pytest.raises(TrainerError, match="no reply to rework"):
        run.retry()
    first = submit(store, me, run, ADVICE)
    assert first.last is not None and first.upgrade_pending and not first.retrying
    retrying = first.retry()
    assert retrying.answering == run.conversation  # the partner's same words
    with pytest.raises(InvalidInput):
        submit(store, me, retrying, "   ")
    second = submit(store, me, retrying, GOOD)
    assert second.last is not None and second.last.before == first.last.before
    assert not second.retrying
    assert second.last.score_change is not None and second.last.score_change > 0
    newest, oldest = store.attempts(me)
    assert newest.retry_of == oldest.attempt_id and newest.response == GOOD


def test_the_llm_regrades_once_and_no_model_just_keeps_the_offline_grade(store: Store) -> None:
    me = store.default_learner()
    offline = submit(store, me, begin(ScenarioRequest(), load_bank().get("work_stress-001")), GOOD)
    kept = upgrade(store, me, offline, None)
    assert not kept.upgrade_pending and kept.last == offline.last
    yes = ["reflects_main_point", "names_main_feeling", "acknowledges_feeling"]
    model = FakeChatModel([
        grader_json(yes), f"reflection: {MODEL_REFLECTION}", json.dumps({"reply": "Yes."}),
    ])  # fmt: skip
    upgraded = upgrade(store, me, offline, model)
    assert upgraded.last is not None and upgraded.last.grade is not None
    assert upgraded.last.grade.metadata.grader == "llm" and not upgraded.upgrade_pending
    assert upgrade(store, me, upgraded, model) == upgraded  # once only
    assert len(model.calls) == 3  # the grade, the model's better words, the partner's reply
    (stored,) = store.attempts(me)
    assert stored.grader == "llm"
    # A bank scenario's hand-written reflection wins over the model's, even one that passes.
    hand = [e.text for e in load_bank().get("work_stress-001").exemplars]
    assert stored.grade is not None and stored.grade.model_reflection in hand
    assert stored.grade.model_reflection != MODEL_REFLECTION
    record = stored.grade.metadata.feedback
    assert record is not None and record.outcomes["model_reflection"] == "hand_written"


def test_the_model_feedback_that_fails_its_regrade_is_not_shown(store: Store) -> None:
    me = store.default_learner()
    offline = submit(
        store, me, begin(ScenarioRequest(), load_bank().get("work_stress-001")), ADVICE
    )
    assert offline.last is not None and offline.last.grade is not None
    ours = offline.last.grade
    model = FakeChatModel([
        grader_json([]), "reflection: You should sleep more.\nedit: Just say no to them.",
        json.dumps({"reply": "Hm."}),
    ])  # fmt: skip
    upgraded = upgrade(store, me, offline, model)
    assert upgraded.last is not None and upgraded.last.grade is not None
    shown = upgraded.last.grade
    assert (shown.model_reflection, shown.minimal_edit) == (
        ours.model_reflection,
        ours.minimal_edit,
    )
    record = shown.metadata.feedback
    assert record is not None
    # The scenario's hand-written reflection stands (not asked of the model); the edit failed.
    assert record.outcomes == {"model_reflection": "hand_written", "minimal_edit": "did_not_pass"}


def test_a_held_drill_turn_has_no_summary_until_the_coach_releases_it(store: Store) -> None:
    coach = store.create_profile("Ana", "coach", pin_hash=hash_pin("4821"))
    drill = c.create_drill(store, coach, _drill(["work_stress-001"], review=True).spec)
    me = store.default_learner()
    request = ScenarioRequest(drill=drill)
    run = begin(request, choose_scenario(request, load_bank(), [], random.Random(0)))
    held = submit(store, me, run, ADVICE)
    assert held.held_for_review and held.summary() is None
    free = submit(store, me, begin(ScenarioRequest(), run.conversation.scenario), ADVICE)
    summary = free.summary()
    assert summary is not None and summary.turns == 1


def test_page_state_has_one_reset_and_a_new_run_clears_old_messages() -> None:
    drill = _drill(["work_stress-001"])
    ps = PracticeState(drill=drill, reply_error="too long", scenario_error="no model")
    ps.run = PracticeRun(conversation=start(load_bank().get("work_stress-001")), drill=drill)
    ps.reset()
    assert ps == PracticeState()
    ps.reply_error = "empty"
    ps.begin(PracticeRun(conversation=start(load_bank().get("grief-001")), drill=drill))
    assert ps.drill == drill and ps.reply_error is None and ps.run is not None
