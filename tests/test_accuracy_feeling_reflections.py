"""Reflections of feeling in new words earn accuracy (issue 12, Deliver 4 and 5); generic
sympathy, a wrong feeling and advice still do not.

Kinds: a named feeling pinned on their news ("how frightening that is for you"); a good feeling
denied ("you don't sound pleased about that"); a sister word with a reason in plain words; a
feeling after "I understand"; a good feeling they named themselves inside a hard turn; idioms of
feeling read as feelings, never as food ("eating me up") or illness ("a headache"); words that
only look like feelings ("exposed to flu", "hoping you can sort it"); "you feel you need to" said
back, not ordered. The sentences are written for these tests; eval cases of the same kinds are
in evals/cases/cases_meaning_acc3.yaml, gated below.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.evals.cases import load_cases
from trainer.evals.runner import build_report, grade_cases
from trainer.grading.offline.feelings import feelings_in
from trainer.grading.offline.grader import grade_offline
from trainer.grading.offline.partner_felt import partner_feelings
from trainer.grading.offline.text import normalize
from trainer.grading.schema import GradeRequest

CASES = Path(__file__).resolve().parents[1] / "evals" / "cases" / "cases_meaning_acc3.yaml"


def _accuracy(statement: str, response: str) -> tuple[bool, dict[str, bool]]:
    grade = grade_offline(GradeRequest(statement=statement, response=response))
    return grade.rubrics.accuracy.passed, grade.rubrics.accuracy.checklist


NEWS = "The garage rang: the gearbox is gone and the repair is more than the car is worth."


@pytest.mark.parametrize(
    "response",
    [
        "I can imagine how frightening that is for you.",
        "What a scary moment this must be.",
        "That must have really stung, after all you've put into that car.",
        "You must be feeling so distressed about it.",
    ],
)
def test_a_named_feeling_pinned_on_their_news_passes(response: str) -> None:
    passed, items = _accuracy(NEWS, response)
    assert items["reflects_main_point"] and items["names_main_feeling"] and passed, items


@pytest.mark.parametrize(
    "response",
    [
        "That must be really hard.",
        "Oh no, that's awful.",
        "That must be so exciting for you.",
        "That's scary. Anyway, I've got to tell you about my day.",
        "That sounds frightening. We'll get you a cheap runaround next week.",
        "That sounds frightening. But I did tell you to get it serviced.",
    ],
)
def test_generic_sympathy_a_guess_or_a_nod_on_the_way_elsewhere_does_not(response: str) -> None:
    passed, items = _accuracy(NEWS, response)
    assert not passed, items


def test_a_feeling_pinned_on_a_thank_you_turn_says_nothing_back() -> None:
    passed, items = _accuracy(
        "Thanks so much for this chat, I'll ring the garage tomorrow.", "That must be scary."
    )
    assert not passed, items


@pytest.mark.parametrize(
    "response",
    ["You don't sound very pleased with that news.", "Sounds like you're not thrilled with it."],
)
def test_a_denied_good_feeling_names_their_displeasure(response: str) -> None:
    passed, items = _accuracy("Head office says we're all moving to the Slough site.", response)
    assert items["names_main_feeling"] and passed, items


def test_a_sister_word_with_a_reason_that_adds_nothing_passes() -> None:
    passed, items = _accuracy(
        "I feel so helpless about my son's school situation.",
        "You seem at a loss about where to go next.",
    )
    assert passed, items


def test_a_feeling_after_i_understand_is_theirs() -> None:
    (feeling,) = feelings_in(normalize("I understand being so nervous about the scan.").masked)
    assert feeling.owner == "partner"
    passed, items = _accuracy(
        "I'm scared stiff about the scan on Friday.",
        "I understand being so nervous about the scan.",
    )
    assert items["names_main_feeling"] and passed, items


def test_their_own_good_word_inside_a_hard_turn_is_not_the_wrong_feeling() -> None:
    passed, items = _accuracy(
        "I'm awkward around people most days, but cooking calms me down and I forget to worry.",
        "So cooking is where you get to feel relaxed.",
    )
    assert not items["wrong_feeling"] and passed, items


def test_a_feeling_idiom_is_a_feeling_and_not_food() -> None:
    from trainer.grading.offline.paraphrase import figurative_field_hits

    statement = "Not calling my nan back before she died is eating me up."
    literal, figurative = figurative_field_hits(normalize(statement).text)
    assert "food" in {h.field for h in figurative} and "food" not in {h.field for h in literal}
    assert "anxiety" in partner_feelings(normalize(statement).text, None).families
    passed, items = _accuracy(statement, "Have you been eating enough?")
    assert not passed, items
    passed, items = _accuracy(
        statement, "It sounds like not calling her is really weighing on you."
    )
    assert passed, items


def test_a_headache_is_a_hassle_not_heartache() -> None:
    partner = partner_feelings(normalize("Moving banks has been a real headache.").text, None)
    assert "sadness" not in partner.families
    passed, items = _accuracy(
        "Moving banks has been a real headache.", "It sounds like you're heartbroken about it."
    )
    assert not passed, items


@pytest.mark.parametrize(
    ("statement", "family"),
    [
        ("I got exposed to the virus at work last week.", "shame"),
        ("I'm hoping you can give me some pointers, I keep waking at four.", "hope"),
        ("I want to start running again but I've no motivation.", "hope"),
    ],
)
def test_words_that_only_look_like_feelings(statement: str, family: str) -> None:
    assert family not in partner_feelings(normalize(statement).text, None).families


def test_no_motivation_is_low_mood() -> None:
    passed, items = _accuracy(
        "I want to start running again but I've no motivation.",
        "You sound really flat and unmotivated right now.",
    )
    assert items["names_main_feeling"] and passed, items


def test_what_they_feel_they_need_is_said_back_not_ordered() -> None:
    statement = "Since the promotion I can't switch off, not even at weekends."
    passed, items = _accuracy(
        statement, "So you feel you need to properly unwind, and it isn't happening?"
    )
    assert passed, items
    passed, items = _accuracy(statement, "You need to book a weekend away and switch off.")
    assert not passed, items


def test_the_cases_of_these_kinds_agree_with_their_labels() -> None:
    """Gate on cases_meaning_acc3.yaml: accuracy agreement stays high."""
    report = build_report(grade_cases(load_cases(CASES), grade_offline))
    accuracy = report.rubric("accuracy").confusion
    assert accuracy.kappa >= 0.75, accuracy


def test_letting_their_family_down_said_back_as_a_disappointment() -> None:
    passed, items = _accuracy(
        "I'm letting my whole family down by failing the course again.",
        "You feel like you've been a disappointment to them.",
    )
    assert items["reflects_main_point"] and passed, items


@pytest.mark.parametrize(
    "response",
    [
        "So the new rota puts you on every single weekend shift, right?",
        "Sounds like the new rota has you on every weekend shift. Can you tell me about it?",
        "So the new rota has you on every weekend shift. Is that a fair summary?",
    ],
)
def test_a_reflection_handed_back_with_a_tag_or_an_invitation_checks_it(response: str) -> None:
    _, items = _accuracy("The new rota has me on every weekend shift until March.", response)
    assert items["captures_need_or_checks"], items


def test_a_tag_on_advice_checks_nothing() -> None:
    passed, items = _accuracy(
        "The new rota has me on every weekend shift until March.",
        "You should just swap shifts with someone, right?",
    )
    assert not items["captures_need_or_checks"] and not passed, items


@pytest.mark.parametrize(
    ("phrase", "family"),
    [
        ("you felt shown up at the dinner", "shame"),
        ("no wonder you're spiralling about it", "anxiety"),
        ("of course that knocked you flat", "hurt"),
    ],
)
def test_more_idioms_of_feeling(phrase: str, family: str) -> None:
    assert family in {f.family for f in feelings_in(normalize(phrase).masked)}


def test_have_i_that_right_checks() -> None:
    _, items = _accuracy(
        "The hip has kept me awake every night this month.",
        "So the hip is keeping you up every night. Have I that right?",
    )
    assert items["captures_need_or_checks"], items


def test_their_struggle_said_back_is_not_minimizing_or_judging() -> None:
    grade = grade_offline(
        GradeRequest(
            statement="My engagement ended last month and I still feel hollow inside.",
            response="Since the engagement ended you've been struggling to get over it, is that right?",
        )
    )
    assert grade.rubrics.accuracy.passed, grade.rubrics.accuracy.checklist
    assert not grade.rubrics.validation.checklist["minimizes"]
    grade = grade_offline(
        GradeRequest(
            statement="He never shows up to the counselling sessions we booked.",
            response="So you feel he isn't taking the sessions seriously?",
        )
    )
    assert not grade.rubrics.validation.checklist["judges_or_argues"]
