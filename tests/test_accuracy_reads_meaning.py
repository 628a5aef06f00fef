"""Accuracy reads meaning as a careful rater does (issue 12, items 4 and 5).

A gist or paraphrase in new words restates the point; a factual turn with no feeling in it owes no
feeling word; a tentative question about an event they never mentioned checks nothing; a person or
a big number they never gave is an invented fact (distorts_facts); advice in a reflective frame
says nothing back. The sentences here are written for these tests; the eval cases for the same
kinds live in evals/cases/cases_meaning_acc.yaml, gated below.
"""

from __future__ import annotations

import pytest

from trainer.grading.offline.grader import grade_offline
from trainer.grading.offline.paraphrase import fields_of
from trainer.grading.schema import GradeRequest


def _accuracy(statement: str, response: str) -> tuple[bool, dict[str, bool]]:
    grade = grade_offline(GradeRequest(statement=statement, response=response))
    return grade.rubrics.accuracy.passed, grade.rubrics.accuracy.checklist


@pytest.mark.parametrize(
    ("statement", "response"),
    [
        (
            "Connor and I had been together since uni, eight years, and last month I ended it.",
            "Walking away after so long is a huge loss, even when it was your decision. "
            "You sound heartbroken.",
        ),
        (
            "I can't fit in the gym or seeing anyone any more, it's just the office and bed.",
            "So your job has eaten everything else, and you're worn out by it.",
        ),
    ],
)
def test_a_paraphrase_in_new_words_restates_the_point(statement: str, response: str) -> None:
    passed, items = _accuracy(statement, response)
    assert items["reflects_main_point"], items
    assert passed, items


def test_a_factual_turn_said_back_owes_no_feeling_word() -> None:
    statement = "I've been cycling to the station instead of driving, four mornings a week."
    passed, items = _accuracy(statement, "So most mornings now you're on the bike, not in the car.")
    assert items["names_main_feeling"] and passed, items


def test_a_turn_with_a_feeling_still_owes_it() -> None:
    statement = "I've been cycling to the station instead of driving and I'm dreading the winter."
    passed, items = _accuracy(statement, "So most mornings now you're on the bike, not in the car.")
    assert not items["names_main_feeling"] and not passed, items


@pytest.mark.parametrize(
    "response",
    [
        "So you're annoyed that the plumber never turned up on Tuesday?",
        "It sounds like you're nervous about the driving test next week?",
    ],
)
def test_a_tentative_question_about_another_event_checks_nothing(response: str) -> None:
    statement = "The vet rang and said Biscuit needs an operation on his hip, and it isn't cheap."
    passed, items = _accuracy(statement, response)
    assert not items["captures_need_or_checks"], items
    assert not passed, items


def test_a_tentative_question_about_their_event_checks_it() -> None:
    statement = "The vet rang and said Biscuit needs an operation on his hip, and it isn't cheap."
    _, items = _accuracy(
        statement, "So you're facing an operation for Biscuit's hip and a big bill?"
    )
    assert items["captures_need_or_checks"], items


@pytest.mark.parametrize(
    "response",
    [
        "So your boss moved the deadline and your sister told everyone. That sounds so stressful.",
        "Sounds like the deadline moved and now you owe thousands in fines. That's so stressful.",
    ],
)
def test_an_invented_person_or_sum_distorts_the_facts(response: str) -> None:
    statement = "My boss moved the deadline up to Thursday without asking me."
    passed, items = _accuracy(statement, response)
    assert items["distorts_facts"], items
    assert not passed, items


def test_a_person_they_named_may_be_said_back_in_other_words() -> None:
    statement = "Ruby came back from her dad's and hasn't said a word all evening."
    passed, items = _accuracy(
        statement, "Your daughter's come home from her dad's really quiet, and you're worried."
    )
    assert not items["distorts_facts"], items
    assert passed, items


def test_advice_in_a_reflective_frame_restates_nothing() -> None:
    statement = "My landlord keeps coming round without warning."
    passed, items = _accuracy(
        statement, "It sounds like you need to report your landlord to the council."
    )
    assert not items["reflects_main_point"] and not passed, items


def test_people_fields_are_fields_and_name_people() -> None:
    from trainer.grading.offline.paraphrase import people_fields

    assert {"boss", "sibling", "teacher"} <= people_fields()
    assert "breakup" in fields_of("she walked away") & fields_of("they split up")


def test_a_feeling_they_deny_is_the_wrong_feeling() -> None:
    statement = "I'm not angry about the scratch on the car, I'm just nervous about driving it now."
    passed, items = _accuracy(statement, "So you're angry about the scratch on the car.")
    assert items["wrong_feeling"] and not passed, items
