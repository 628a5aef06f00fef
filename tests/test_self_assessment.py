"""The onboarding self-assessment: the packaged questions, answer checks, and the suggestion."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from trainer.coaching.self_assessment import (
    MIN_ANSWERS,
    InvalidAnswers,
    SelfAssessment,
    SelfAssessmentFileError,
    load_assessment,
    load_file,
    suggest,
)
from trainer.grading.schema import RUBRIC_KEYS
from trainer.partner.conversation import MODES
from trainer.partner.scenarios.bank import load_bank

ASSESSMENT = load_assessment()
IDS = [q.question_id for q in ASSESSMENT.questions]


def _answers(**strong: int) -> dict[str, int]:
    """Every question answered with no sign of the habit, except the ones given."""
    calm = {q.question_id: (0 if q.work_on_when == "high" else 4) for q in ASSESSMENT.questions}
    return {**calm, **strong}


# --- the packaged file ------------------------------------------------------------------------


def test_the_packaged_file_covers_the_field_notes_themes() -> None:
    assert 8 <= len(ASSESSMENT.questions) <= 10
    assert len(set(IDS)) == len(IDS)
    assert ASSESSMENT.scale[0] == "Never" and ASSESSMENT.scale[4] == "Almost always"
    expected = {
        "listen_to_reply",
        "ask_about_day",
        "start_fixing",
        "minimize_dismiss",
        "know_stressors_dreams",
        "interrupt",
        "one_up",
        "win_arguments",
        "withdraw_when_hurt",
        "defend_when_hurt",
    }
    assert expected <= set(IDS)
    assert {q.work_on_when for q in ASSESSMENT.questions} == {"high", "low"}


def test_questions_are_first_person() -> None:
    for question in ASSESSMENT.questions:
        words = question.text.replace(",", " ").split()
        assert {"I", "I'm", "my", "My"} & set(words), question.question_id


def test_every_suggested_theme_and_trap_exists_in_the_scenario_bank() -> None:
    bank = load_bank()
    bank_themes = {s.theme for s in bank.scenarios}
    for q in ASSESSMENT.questions:
        # the suggestion starts at easy or medium, so both must have scenarios for the theme
        for difficulty in ("easy", "medium"):
            assert bank.filter(q.theme, difficulty), (q.question_id, q.theme, difficulty)
        if q.stretch_theme is not None:
            assert q.stretch_theme in bank_themes, q.question_id
        if q.trap is not None:
            traps = {s.trap for s in bank.scenarios if s.theme == q.theme}
            assert q.trap in traps, (q.question_id, q.theme, q.trap)
        assert q.mode in MODES
        assert set(q.rubrics) <= set(RUBRIC_KEYS)
    assert "upset_with_you" in {q.stretch_theme for q in ASSESSMENT.questions}


# --- loading errors ---------------------------------------------------------------------------


def _raw() -> dict[str, object]:
    path = Path(__file__).resolve().parent.parent / "trainer" / "data" / "self_assessment.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _write(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "self_assessment.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def test_a_bad_field_is_named_with_the_file_and_the_question(tmp_path: Path) -> None:
    data = _raw()
    questions = data["questions"]
    assert isinstance(questions, list)
    questions[2]["theme"] = "astrology"
    path = _write(tmp_path, data)
    with pytest.raises(SelfAssessmentFileError) as caught:
        load_file(path)
    message = str(caught.value)
    assert str(path) in message
    assert "questions.2.theme" in message
    assert f"question {questions[2]['question_id']}" in message


def test_unknown_fields_duplicates_and_bad_yaml_are_refused(tmp_path: Path) -> None:
    data = _raw()
    data["colour"] = "blue"
    with pytest.raises(SelfAssessmentFileError, match="colour"):
        load_file(_write(tmp_path, data))
    data = _raw()
    questions = data["questions"]
    assert isinstance(questions, list)
    questions[1]["question_id"] = questions[0]["question_id"]
    with pytest.raises(SelfAssessmentFileError, match="used twice"):
        load_file(_write(tmp_path, data))
    broken = tmp_path / "broken.yaml"
    broken.write_text("questions: [unclosed", encoding="utf-8")
    with pytest.raises(SelfAssessmentFileError, match=r"broken\.yaml is not valid YAML"):
        load_file(broken)
    with pytest.raises(SelfAssessmentFileError, match="cannot read"):
        load_file(tmp_path / "missing.yaml")


# --- answer validation ------------------------------------------------------------------------


def test_an_unknown_question_id_names_the_id_the_value_and_the_known_ids() -> None:
    with pytest.raises(InvalidAnswers) as caught:
        suggest({**_answers(), "likes_cats": 2})
    message = str(caught.value)
    assert "'likes_cats'" in message and "answer 2" in message
    assert "start_fixing" in message  # the known ids are listed
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize("value", [5, -1, True, "3", 2.5])
def test_an_answer_off_the_scale_names_the_id_value_and_what_is_allowed(value: object) -> None:
    with pytest.raises(ValueError) as caught:
        suggest({**_answers(), "one_up": value})  # type: ignore[dict-item]
    message = str(caught.value)
    assert "'one_up'" in message
    assert repr(value) in message
    assert "0 to 4" in message and "Almost always" in message


def test_missing_answers_are_fine_but_at_least_three_are_needed() -> None:
    three = {"start_fixing": 4, "one_up": 1, "interrupt": 0}
    assert suggest(three).answered == 3
    with pytest.raises(InvalidAnswers, match=f"at least {MIN_ANSWERS}"):
        suggest({"start_fixing": 4, "one_up": 1})
    with pytest.raises(InvalidAnswers, match="only 0"):
        suggest({})


# --- the suggestion ---------------------------------------------------------------------------


def test_a_strong_fixing_habit_points_at_not_fixing_and_a_fixing_scenario() -> None:
    result = suggest(_answers(start_fixing=4))
    assert [p.question_id for p in result.patterns] == ["start_fixing"]
    top = result.patterns[0]
    assert (top.answer, top.answer_label, top.concern) == (4, "Almost always", 4)
    assert top.why == ASSESSMENT.question("start_fixing").why
    assert result.focus_rubric == "not_fixing"
    assert (result.theme, result.trap, result.mode) == ("job_loss", "fixing", "reflect")
    assert result.difficulty == "medium"


def test_a_habit_phrased_the_other_way_counts_when_answered_low() -> None:
    rarely = suggest(_answers(ask_about_day=0))
    assert rarely.patterns[0].question_id == "ask_about_day"
    assert rarely.patterns[0].concern == 4
    assert rarely.mode == "empathy_mapping"
    always = suggest({"ask_about_day": 4, "one_up": 3, "interrupt": 0})
    assert "ask_about_day" not in [p.question_id for p in always.patterns]


def test_at_most_three_patterns_strongest_first_and_many_strong_habits_start_easy() -> None:
    result = suggest(
        _answers(start_fixing=3, one_up=4, interrupt=3, win_arguments=4, listen_to_reply=2)
    )
    assert [p.question_id for p in result.patterns] == ["one_up", "win_arguments", "start_fixing"]
    assert [p.concern for p in result.patterns] == [4, 4, 3]
    assert result.difficulty == "easy"


def test_sometimes_is_named_but_a_calm_answer_is_not() -> None:
    result = suggest(_answers(minimize_dismiss=2, one_up=1))
    assert [p.question_id for p in result.patterns] == ["minimize_dismiss"]
    assert result.difficulty == "medium"


def test_the_focus_rubric_is_the_one_the_chosen_habits_share() -> None:
    result = suggest(_answers(start_fixing=4, interrupt=3, one_up=3))
    # not_fixing weighs 4; not_hijacking 3 + 3 = 6, so it wins over the single strongest habit
    assert result.focus_rubric == "not_hijacking"
    # the practice comes from the strongest habit that trains the focus rubric
    assert (result.theme, result.mode) == ("parenting", "mirroring")
    assert result.focus_rubric in ASSESSMENT.question("interrupt").rubrics


def test_defending_when_hurt_stretches_towards_upset_with_you() -> None:
    result = suggest(_answers(defend_when_hurt=3))
    assert result.focus_rubric == "not_hijacking"
    assert (result.theme, result.trap) == ("intimacy", "defending")
    assert result.stretch_theme == "upset_with_you"


def test_no_strong_habit_still_gives_one_place_to_start_and_the_reminder() -> None:
    result = suggest(_answers())
    assert len(result.patterns) == 1
    assert result.patterns[0].concern == 0
    assert result.difficulty == "medium"
    assert result.reminder == ASSESSMENT.reminder
    assert "not a test" in result.reminder
    assert result.answered == len(IDS)


def test_suggest_accepts_another_assessment_and_leaves_answers_alone() -> None:
    data = _raw()
    data["reminder"] = "Patterns, not points."
    custom = SelfAssessment.model_validate(data)
    answers = _answers(one_up=4)
    before = dict(answers)
    assert suggest(answers, custom).reminder == "Patterns, not points."
    assert answers == before
    assert suggest(answers) == suggest(answers)
