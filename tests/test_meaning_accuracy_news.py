"""Accuracy on turns with no feeling word (issue 12, Deliver 4): a strong feeling said with
confidence about plain facts is not the one they expressed; good news of the kinds news.yaml now
knows (a house closed on, keys handed over, a loan or mortgage approved, probation passed, a scan
with nothing in it) is good news, so a hard-times word for it is wrong and a glad one fits."""

from __future__ import annotations

import pytest
from offline_grade import grade_reply as _grade

from trainer.grading.schema import Grade


def _acc(grade: Grade) -> set[str]:
    return {i for i, yes in grade.rubrics.accuracy.checklist.items() if yes}


@pytest.mark.parametrize(
    ("statement", "reply"),
    [
        ("The parents' evening got moved to the 3rd.", "You're livid that parents' evening moved to the 3rd."),
        ("I switched my gym sessions to the mornings.", "you sound heartbroken about switching the gym to mornings"),
        ("We're getting the car serviced on Tuesday.", "So the car's in on Tuesday and you're terrified."),
    ],
)  # fmt: skip
def test_a_strong_feeling_pinned_on_plain_facts_is_wrong(statement: str, reply: str) -> None:
    grade = _grade(statement, reply)
    assert "wrong_feeling" in _acc(grade)
    assert not grade.rubrics.accuracy.passed


@pytest.mark.parametrize(
    ("statement", "reply"),
    [
        # a hedged guess, a mild word, or a feeling said of the event is left alone
        ("The parents' evening got moved to the 3rd.", "So it's moved to the 3rd now. Maybe a bit annoying?"),
        ("Mia read my diary out to the whole group chat.", "She read it to everyone? That's so humiliating."),
    ],
)  # fmt: skip
def test_a_hedged_or_fitting_word_is_not_wrong(statement: str, reply: str) -> None:
    assert "wrong_feeling" not in _acc(_grade(statement, reply))


@pytest.mark.parametrize(
    "statement",
    [
        "We complete on the flat tomorrow, we closed on the house at last.",
        "The mortgage went through this morning.",
        "my probation got signed off, permanent contract from next month",
        "The MRI came back clear.",
        "We picked up the keys to our new place today.",
    ],
)
def test_new_kinds_of_good_news_are_known(statement: str) -> None:
    hard = _grade(statement, "That's been really hard on you, you must be devastated.")
    assert "wrong_feeling" in _acc(hard)
    glad = _grade(statement, "You must be so relieved and excited.")
    assert "wrong_feeling" not in _acc(glad)
