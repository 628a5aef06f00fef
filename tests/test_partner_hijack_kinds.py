"""The partner answers a hijacked turn for what the learner actually did: a story of their own
gets a push-back to a story, a defence (to a partner upset with them) a push-back to a defence,
and never the other way round. Every bank scenario has its own lines for the kinds that can
happen there; any kind it lacks falls back to a line that fits any scenario."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from trainer.grading.offline.grader import grade_offline
from trainer.grading.schema import Grade, GradeRequest
from trainer.llm.fake import FakeChatModel
from trainer.partner.llm_lines import check_line, partner_messages, react_with_llm
from trainer.partner.reactions import hijack_kind, react
from trainer.partner.scenarios.bank import ScenarioBankError, load_bank, load_files
from trainer.partner.scenarios.hijacked import answers_other_kind, hijacked_lines, load_fallbacks
from trainer.partner.scenarios.models import (
    HIJACK_KINDS,
    UPSET_ONLY,
    HijackKind,
    PartnerLines,
    Scenario,
    ScenarioLines,
)
from trainer.prompts import load_rubrics
from trainer.safety import screen

BANK = load_bank().scenarios
UPSET = [s for s in BANK if s.upset_with_listener]
CALM = [s for s in BANK if not s.upset_with_listener]
# Written for these tests: what a partner says back to someone defending themselves. A line with
# any of these, said to a story, answers something the learner never did.
PUSH_BACK_TO_A_DEFENCE = re.compile(
    r"defen[cds]|excuse|explain|justify|your reasons|(?:what|how) you meant|"
    r"(?:not|n.t) (?:accusing|blaming|attacking)",
    re.IGNORECASE,
)
STORY = "Something just like that happened to me at my old job, and I was livid for a month."
DEFENCE = "I didn't mean to, honestly. I was exhausted and it slipped my mind."
OVER_APOLOGY = "I'm so sorry. I feel terrible, honestly, I'm the worst partner."


def _failing(kind: str, scenario: Scenario, response: str = "Hmm.") -> Grade:
    """A real offline grade whose not hijacking result says the learner did `kind` (only that
    rubric failing, so the partner's reaction is decided by it)."""
    grade = grade_offline(GradeRequest(statement=scenario.statement, response=response))
    result = grade.rubrics.not_hijacking.model_copy(
        update={"passed": False, "score": 1, "checklist": {kind: True}, "evidence": []}
    )
    rubrics = grade.rubrics.model_copy(update={"not_hijacking": result})
    return grade.model_copy(update={"rubrics": rubrics, "passed": False, "score": 40})


def _graded(scenario: Scenario, response: str) -> Grade:
    return grade_offline(
        GradeRequest(
            statement=scenario.statement, response=response, hidden_truth=scenario.hidden_truth
        )
    )


# --- a story never gets a defence's push-back --------------------------------------------------


@pytest.mark.parametrize("scenario", BANK, ids=lambda s: s.scenario_id)
def test_a_me_too_story_never_gets_a_push_back_to_a_defence(scenario: Scenario) -> None:
    grade = _failing("me_too_story", scenario)
    for turn in range(3):
        reply = react(scenario, grade, turn)
        assert reply.reaction == "hijacked"
        assert not PUSH_BACK_TO_A_DEFENCE.search(reply.text), (scenario.scenario_id, reply.text)


@pytest.mark.parametrize("scenario", [BANK[0], UPSET[0]], ids=lambda s: s.scenario_id)
def test_a_graded_me_too_story_gets_a_me_too_line(scenario: Scenario) -> None:
    """End to end through the offline grader, on a partner upset with the listener and not."""
    grade = _graded(scenario, STORY)
    assert grade.rubrics.not_hijacking.checklist.get("me_too_story"), "grader missed the story"
    reply = react(scenario, grade, 0)
    assert (reply.reaction, reply.hijack) == ("hijacked", "me_too_story")
    assert reply.text in scenario.lines.hijacked.me_too_story
    assert not PUSH_BACK_TO_A_DEFENCE.search(reply.text)


@pytest.mark.parametrize("scenario", UPSET, ids=lambda s: s.scenario_id)
def test_a_defending_reply_to_an_upset_partner_gets_their_defending_line(
    scenario: Scenario,
) -> None:
    grade = _graded(scenario, DEFENCE)
    assert grade.rubrics.not_hijacking.checklist.get("defends_self"), "grader missed the defence"
    reply = react(scenario, grade, 0)
    assert (reply.reaction, reply.hijack) == ("hijacked", "defends_self")
    assert reply.text == scenario.lines.hijacked.defends_self[0]


@pytest.mark.parametrize("scenario", UPSET, ids=lambda s: s.scenario_id)
def test_an_over_apology_to_an_upset_partner_gets_their_own_feelings_line(
    scenario: Scenario,
) -> None:
    """Over-apologising instead of hearing the impact (FIELD_NOTES' common mistakes)."""
    grade = _graded(scenario, OVER_APOLOGY)
    reply = react(scenario, grade, 0)
    assert (reply.reaction, reply.hijack) == ("hijacked", "centers_self")
    assert reply.text == scenario.lines.hijacked.centers_self[0]


def test_the_kind_follows_what_the_partner_hears_first() -> None:
    scenario = UPSET[0]
    both = _graded(scenario, "That's not fair, I had a really long day too and I did my best.")
    items = both.rubrics.not_hijacking.checklist
    assert items.get("defends_self") and items.get("counter_complaint")
    assert hijack_kind(both) == "defends_self"
    assert hijack_kind(_failing("changes_subject", scenario)) == "changes_subject"
    clean = _failing("brief_me_too", scenario)  # a note, not something to push back on
    assert hijack_kind(clean) is None
    assert react(scenario, clean, 0).text in load_fallbacks().unknown


# --- every scenario, every kind ------------------------------------------------------------------


def test_the_kinds_are_the_graders_not_hijacking_costs() -> None:
    items = load_rubrics().rubrics["not_hijacking"].items
    assert set(HIJACK_KINDS) == {i.id for i in items if i.effect == "cost"}


@pytest.mark.parametrize("scenario", BANK, ids=lambda s: s.scenario_id)
def test_every_scenario_has_its_own_lines_for_the_kinds_that_can_happen_there(
    scenario: Scenario,
) -> None:
    own = scenario.lines.hijacked
    assert own.me_too_story and own.changes_subject, scenario.scenario_id
    for kind in UPSET_ONLY:  # only a partner upset with you has a defence to answer
        assert bool(own.of(kind)) == scenario.upset_with_listener, (scenario.scenario_id, kind)
    if scenario.upset_with_listener:  # where over-apologising is the common slip
        assert own.centers_self, scenario.scenario_id
    for kind in HIJACK_KINDS:
        for line in own.of(kind):
            assert line == line.strip() and not screen(line).flagged, line
            assert answers_other_kind(line, kind) is None, (scenario.scenario_id, kind, line)
            if kind != "defends_self":
                assert not PUSH_BACK_TO_A_DEFENCE.search(line), (scenario.scenario_id, line)


@pytest.mark.parametrize("scenario", BANK, ids=lambda s: s.scenario_id)
def test_every_kind_resolves_to_a_line_that_fits(scenario: Scenario) -> None:
    fallback = load_fallbacks()
    for kind in HIJACK_KINDS:
        grade = _failing(kind, scenario)
        reply = react(scenario, grade, 0)
        lines = hijacked_lines(scenario, kind)
        assert reply.hijack == kind and reply.text == lines[0]
        assert answers_other_kind(reply.text, kind) is None, (kind, reply.text)
        if not scenario.upset_with_listener and kind in UPSET_ONLY:
            assert lines == fallback.not_upset.of(kind)  # "I'm not blaming you", not "stop"


def test_fallback_lines_fit_any_scenario_and_pass_the_screen() -> None:
    fallback = load_fallbacks()
    for table in (fallback.upset, fallback.not_upset):
        for kind in HIJACK_KINDS:
            assert table.of(kind), kind
            for line in table.of(kind):
                assert not screen(line).flagged and answers_other_kind(line, kind) is None, line
    assert not any(PUSH_BACK_TO_A_DEFENCE.search(x) for x in fallback.not_upset.me_too_story)


def test_a_generated_scenario_gets_the_fallback_for_each_kind() -> None:
    """A model's hijacked lines are not told apart by kind, so they are never used."""
    written = PartnerLines(
        heard=["Yes.", "Exactly."], fixed=["No plans.", "Just listen."],
        hijacked=["Stop defending yourself.", "Don't explain."],
        dismissed=["It matters.", "Don't."], missed=["Not quite.", "More that..."],
        closing=["Thanks."],
    )  # fmt: skip
    scenario = BANK[0].model_copy(update={"lines": ScenarioLines.from_written(written)})
    reply = react(scenario, _failing("me_too_story", scenario), 0)
    assert reply.text == load_fallbacks().not_upset.me_too_story[0]


def _bank_file(tmp_path: Path, hijacked: dict[str, Any], upset: bool) -> Path:
    scenario = load_bank().get("money-003" if not upset else "money-005")
    data = scenario.model_dump(mode="json", exclude_none=True)
    data["lines"]["hijacked"] = hijacked
    path = tmp_path / "money.yaml"
    doc = {"format": "scenario-bank", "version": 1, "scenarios": [data]}
    path.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("kind", UPSET_ONLY)
def test_defending_lines_are_refused_where_the_partner_is_not_upset(
    tmp_path: Path, kind: HijackKind
) -> None:
    lines: dict[str, Any] = {"me_too_story": ["Mine, please."], kind: ["Stop explaining."]}
    with pytest.raises(ScenarioBankError, match=rf"lines\.hijacked\.{kind} is only for a partner"):
        load_files([_bank_file(tmp_path, lines, upset=False)])
    assert load_files([_bank_file(tmp_path, lines, upset=True)])


def test_a_kind_with_more_than_three_lines_is_refused(tmp_path: Path) -> None:
    lines = {"me_too_story": ["a", "b", "c", "d"]}
    with pytest.raises(ScenarioBankError, match=r"lines\.hijacked\.me_too_story"):
        load_files([_bank_file(tmp_path, lines, upset=False)])


# --- the model's words fit the kind too -------------------------------------------------------


def test_a_model_line_answering_a_defence_is_refused_for_a_story() -> None:
    scenario = UPSET[0]
    grade = _graded(scenario, STORY)
    model = FakeChatModel(["Please stop defending yourself and hear me."])
    reply = react_with_llm(scenario, grade, STORY, 0, "open", model)
    scripted = react(scenario, grade, 0)
    assert reply.text == scripted.text and reply.hijack == "me_too_story"
    reason = check_line("Please stop defending yourself and hear me.", scenario, "me_too_story")
    assert reason is not None and "defends_self" in reason


def test_a_model_line_that_fits_the_kind_is_shown() -> None:
    scenario = UPSET[0]
    grade = _graded(scenario, DEFENCE)
    line = "You can tell me why later. Right now I need you to hear what it did."
    reply = react_with_llm(scenario, grade, DEFENCE, 0, "open", FakeChatModel([line]))
    assert reply.text == line and reply.hijack == "defends_self"
    assert check_line("It's not about your own story.", scenario, "defends_self") is not None


def test_hijacked_lines_are_never_the_models_example() -> None:
    """The worked example is another reaction's lines: an example of one kind of hijacking
    would teach the model to answer a story as if it were a defence."""
    for scenario in BANK:
        own = scenario.lines.hijacked
        everything = {line for kind in HIJACK_KINDS for line in own.of(kind)}
        scripted = react(scenario, _failing("me_too_story", scenario), 0)
        sent = partner_messages(scenario, scripted, STORY)
        assert sent[2]["content"] not in everything
        assert sent[2]["content"] in scenario.lines.missed
