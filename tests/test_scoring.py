"""The one pure function that turns checklist answers into scores."""

from __future__ import annotations

import re

import pytest

from trainer.grading.schema import RUBRIC_KEYS
from trainer.grading.scoring import (
    build_rubrics,
    complete_answers,
    next_step_tip,
    overall_score,
    score_rubric,
)
from trainer.prompts import RubricDef, load_rubrics

RUBRICS = load_rubrics()


def _rubric(key: str) -> RubricDef:
    return RUBRICS.rubrics[key]  # type: ignore[index]


def test_earned_points_add_up_and_clip_to_four() -> None:
    acc = _rubric("accuracy")
    assert score_rubric(acc, {}, 1) == 0
    assert score_rubric(acc, {"reflects_main_point": True}, 1) == 2
    assert score_rubric(acc, {"reflects_main_point": True, "names_main_feeling": True}, 1) == 3
    all_earn = {i.id: True for i in acc.items if i.effect == "earn"}
    assert score_rubric(acc, all_earn, 1) == 4
    val = _rubric("validation")
    assert score_rubric(val, {i.id: True for i in val.items if i.effect == "earn"}, 1) == 4


def test_a_cost_caps_the_score() -> None:
    acc = _rubric("accuracy")
    full = {i.id: True for i in acc.items if i.effect == "earn"}
    assert score_rubric(acc, {**full, "imputes_motive": True}, 1) == 1
    nf = _rubric("not_fixing")
    assert score_rubric(nf, {}, 1) == 4
    assert score_rubric(nf, {"gives_advice": True}, 1) == 1
    assert score_rubric(nf, {"solution_question": True}, 1) == 2


def test_two_costs_cost_one_more_point() -> None:
    nf = _rubric("not_fixing")
    assert score_rubric(nf, {"solution_question": True, "rushing_reassurance": True}, 1) == 1
    assert score_rubric(nf, {"gives_advice": True, "silver_lining": True}, 1) == 0


def test_permission_asking_is_not_fixing() -> None:
    nf = _rubric("not_fixing")
    assert score_rubric(nf, {"asks_permission": True}, 1) == 4


def test_brief_me_too_costs_nothing_but_a_story_does() -> None:
    nh = _rubric("not_hijacking")
    assert score_rubric(nh, {"brief_me_too": True}, 1) == 4
    assert score_rubric(nh, {"me_too_story": True}, 1) == 1


def test_echo_is_thin_on_validation() -> None:
    val = _rubric("validation")
    earned = {"acknowledges_feeling": True, "legitimizes_feeling": True}
    assert score_rubric(val, earned, 1) == 4
    assert score_rubric(val, {**earned, "near_verbatim_echo": True}, 1) == 2


def test_build_rubrics_pass_threshold_and_overall() -> None:
    answers = {
        "accuracy": {"reflects_main_point": True, "names_main_feeling": True},
        "validation": {"acknowledges_feeling": True, "links_feeling_to_cause": True},
        "not_fixing": {},
        "not_hijacking": {},
    }
    rubrics = build_rubrics(RUBRICS, answers)  # type: ignore[arg-type]
    assert [r.score for _, r in rubrics.items()] == [3, 3, 4, 4]
    assert all(r.passed for _, r in rubrics.items())
    assert overall_score(rubrics) == round(100 * 14 / 16)
    assert set(rubrics.accuracy.checklist) == set(RUBRICS.item_ids("accuracy"))
    assert "3/4" in rubrics.accuracy.rationale


def test_unknown_item_is_rejected_with_the_known_ones() -> None:
    with pytest.raises(ValueError, match="gives_advise"):
        complete_answers(RUBRICS, {"not_fixing": {"gives_advise": True}})


def test_tip_targets_the_failing_habit() -> None:
    rubrics = build_rubrics(
        RUBRICS,
        {
            "accuracy": {"reflects_main_point": True, "names_main_feeling": True},
            "validation": {"acknowledges_feeling": True, "legitimizes_feeling": True},
            "not_fixing": {"gives_advice": True},
        },
    )
    assert next_step_tip(RUBRICS, rubrics) == _rubric("not_fixing").item("gives_advice").tip


def test_every_rubric_has_checklist_items() -> None:
    for key in RUBRIC_KEYS:
        assert RUBRICS.item_ids(key), key


# ----------------------------------------------------------------- a number means what it says


def test_a_reply_with_no_listening_scores_zero_whatever_it_avoided() -> None:
    """Not fixing and not hijacking start at 4/4: with nothing to judge they must not count."""
    nothing = build_rubrics(RUBRICS, {})
    assert [r.score for _, r in nothing.items()] == [0, 0, 4, 4]
    assert overall_score(nothing) == 0
    advice_only = build_rubrics(RUBRICS, {"not_fixing": {"gives_advice": True}})
    assert overall_score(advice_only) == 0


def test_what_was_avoided_counts_in_proportion_to_the_listening() -> None:
    token = build_rubrics(
        RUBRICS,
        {"accuracy": {"names_main_feeling": True}, "validation": {"acknowledges_feeling": True}},
    )
    assert [r.score for _, r in token.items()] == [1, 2, 4, 4]
    # 3 listening points, and the 8 avoided points at 3/6 of their weight
    assert overall_score(token) == round(100 * (3 + 8 * 3 / 6) / 16)
    heard = build_rubrics(
        RUBRICS,
        {
            "accuracy": {"reflects_main_point": True, "names_main_feeling": True},
            "validation": {"acknowledges_feeling": True, "links_feeling_to_cause": True},
        },
    )
    assert overall_score(heard) == round(100 * 14 / 16)  # both pass: the plain mean
    assert overall_score(nothing := build_rubrics(RUBRICS, {})) < overall_score(token)
    assert overall_score(token) < overall_score(heard) and nothing.accuracy.score == 0


def test_a_high_score_never_passes_without_every_rubric() -> None:
    fixer = build_rubrics(
        RUBRICS,
        {
            "accuracy": {i.id: True for i in _rubric("accuracy").items if i.effect == "earn"},
            "validation": {"acknowledges_feeling": True, "legitimizes_feeling": True},
            "not_fixing": {"gives_advice": True},
        },
    )
    assert overall_score(fixer) == round(100 * 13 / 16)
    assert not all(r.passed for _, r in fixer.items())


@pytest.mark.parametrize(
    "reply", ["ok", "hmm", "sure, whatever", "k", "I see", "right", "Noted.", "yep", "mm"]
)
def test_minimal_replies_score_low_and_fail(reply: str) -> None:
    from trainer.grading.offline.grader import grade_offline
    from trainer.grading.schema import GradeRequest

    statement = "My manager moved my deadline up two weeks and now I'm working every night."
    grade = grade_offline(GradeRequest(statement=statement, response=reply))
    assert not grade.passed
    assert grade.score <= 10, (reply, grade.score)


@pytest.mark.parametrize("item", [it.id for r in RUBRICS.rubrics.values() for it in r.items])
def test_every_rationale_reads_as_a_sentence_about_the_reply(item: str) -> None:
    """Each item's label follows "it" in the rationale: "it is sarcastic or contemptuous", never
    "it sarcastic or contemptuous" (labels are verb phrases, or adjectives that need "is")."""
    key = next(k for k, r in RUBRICS.rubrics.items() if item in {i.id for i in r.items})
    rubrics = build_rubrics(RUBRICS, {key: {item: True}})  # type: ignore[dict-item]
    text = rubrics.get(key).rationale  # type: ignore[arg-type]
    label = next(i.label for i in RUBRICS.rubrics[key].items if i.id == item)
    label = label.replace("themselves", "the listener")  # "it defends themselves" would not agree
    assert not re.search(r"\bit [^.;]*\bthemselves\b", text), text
    said = re.search(rf"\bit (?:is )?{re.escape(label)}", text)
    assert said, text
    first = said.group().split()[1]
    assert first == "is" or first.endswith("s"), text


def test_validation_says_why_a_guessed_feeling_made_understandable_did_not_count() -> None:
    from trainer.grading.offline.grader import grade_offline
    from trainer.grading.schema import GradeRequest

    statement = "My grandad died last week and I keep tearing up at work."
    guessed = "You must be livid with the hospital, that's completely understandable."
    text = grade_offline(GradeRequest(statement=statement, response=guessed)).rubrics.validation
    assert "did not express" in text.rationale, text.rationale
    # a reply that simply names no feeling gets no such sentence
    plain = grade_offline(GradeRequest(statement=statement, response="Right, last week."))
    assert "did not express" not in plain.rubrics.validation.rationale
