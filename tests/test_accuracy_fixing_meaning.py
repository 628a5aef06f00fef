"""Accuracy and not fixing read meaning (issue 12, items 4 and 5).

Paraphrases in new words earn accuracy; advice never does; a bare check checks nothing; reassurance
that rushes past the feeling and advice in everyday words cost not_fixing, while curiosity about
the feeling and asking permission do not. The sentences here are written for these tests; the
eval cases for the same kinds live in evals/cases/cases_meaning_af.yaml, gated below.
"""

from __future__ import annotations

import pytest

from trainer.grading.offline.detectors import analyze
from trainer.grading.offline.feelings import feelings_in
from trainer.grading.offline.grader import grade_offline
from trainer.grading.offline.paraphrase import fields_of
from trainer.grading.schema import GradeRequest


def _accuracy(statement: str, response: str) -> tuple[bool, dict[str, bool]]:
    grade = grade_offline(GradeRequest(statement=statement, response=response))
    return grade.rubrics.accuracy.passed, grade.rubrics.accuracy.checklist


def _fixing_items(statement: str, response: str) -> set[str]:
    answers = analyze(response, statement, None, None).answers["not_fixing"]
    return {item for item, yes in answers.items() if yes}


@pytest.mark.parametrize(
    ("statement", "response"),
    [
        (
            "My supervisor handed me two more projects on Thursday and I already work till eight.",
            "Your manager piled even more on your plate when you're already stretched. "
            "You sound swamped.",
        ),
        (
            "Kim arranged a cinema night with everyone from the course and nobody told me.",
            "The whole group went without you and you were left out. That must really sting.",
        ),
        (
            "My sister borrowed five hundred pounds in June and keeps dodging my calls about it.",
            "She took the cash and now she won't answer your messages. You sound fed up and hurt.",
        ),
        (
            "I've completely burned myself out this month and I'm running on empty.",
            "You sound utterly exhausted.",
        ),
    ],
)
def test_a_paraphrase_in_new_words_earns_accuracy(statement: str, response: str) -> None:
    passed, items = _accuracy(statement, response)
    assert items["reflects_main_point"], items
    assert passed, items


@pytest.mark.parametrize(
    "response",
    [
        "You need to set boundaries with her.",
        "What you need to do is talk to her straight away.",
        "You just need to tell her no.",
    ],
)
def test_advice_never_earns_accuracy(response: str) -> None:
    statement = "My mum rings me every morning at seven to ask what I'm doing with my day."
    passed, items = _accuracy(statement, response)
    assert not items["captures_need_or_checks"], items
    assert not passed
    assert "gives_advice" in _fixing_items(statement, response)


def test_a_need_reflected_still_counts() -> None:
    _, items = _accuracy(
        "My mum rings me every morning at seven to ask what I'm doing with my day.",
        "Those calls every morning feel like a lot. You need her to trust you to run your own day.",
    )
    assert items["captures_need_or_checks"], items


@pytest.mark.parametrize(
    "response", ["Is that right?", "Ok. Did I get that right?", "Hmm, am I close?"]
)
def test_a_bare_check_earns_nothing(response: str) -> None:
    passed, items = _accuracy(
        "The landlord still hasn't fixed the heating and it's freezing.", response
    )
    assert not items["captures_need_or_checks"], items
    assert not passed


def test_a_reflection_offered_as_a_question_checks_it() -> None:
    _, items = _accuracy(
        "I've been at the same desk for six years and nobody has ever asked what I want to do next.",
        "So you've been there six years and you feel nobody has ever asked about your future?",
    )
    assert items["captures_need_or_checks"], items


@pytest.mark.parametrize(
    "response",
    [
        "You'll make new friends in no time.",
        "Stop stressing, I'm sure it went fine.",
        "It just wasn't meant to be.",
        "The trick is to keep a notebook by the bed.",
        "One thing that really helps is a walk at lunch.",
        "I'd suggest taking Friday off.",
        "Have you thought about asking your doctor?",
        "Maybe we should only visit at weekends.",
    ],
)
def test_rushing_and_everyday_advice_cost_not_fixing(response: str) -> None:
    statement = "I'm exhausted and I keep lying awake going over everything that went wrong today."
    items = _fixing_items(statement, response) - {"asks_permission"}
    assert items, response


@pytest.mark.parametrize(
    "response",
    [
        "That sounds like it really shook you. What was that like for you?",
        "What was the hardest part of it?",
        "How did that sit with you?",
        "Do you want ideas, or do you just need to vent for a bit?",
        "That's a lot. Would it help to think it through, or would you rather I just listen?",
    ],
)
def test_curiosity_and_permission_are_not_fixing(response: str) -> None:
    statement = "My brother shouted at me in front of the kids at Sunday lunch."
    grade = grade_offline(GradeRequest(statement=statement, response=response))
    assert grade.rubrics.not_fixing.passed, grade.rubrics.not_fixing.checklist


def test_a_denied_feeling_is_not_a_named_one() -> None:
    names = [(f.word, f.family) for f in feelings_in("you're not happy about it. don't worry.")]
    assert ("worried", "anxiety") not in names
    assert all(family != "joy" for _, family in names)


def test_meaning_fields_relate_words_that_say_the_same_thing() -> None:
    assert "boss" in fields_of("my manager") & fields_of("your supervisor")
    assert not fields_of("the weather was nice")


@pytest.mark.parametrize(
    ("response", "theirs"),
    [
        ("So you're worried about the new job at the bakery?", False),
        ("You sound really upset about the row with the neighbours over the fence.", False),
        ("So you're worried about her moving to Lisbon next spring?", True),
    ],
)
def test_a_feeling_pinned_to_an_event_they_never_mentioned_restates_nothing(
    response: str, theirs: bool
) -> None:
    statement = (
        "My sister might move to Lisbon next spring, and I sat in the car for ten minutes "
        "after she called."
    )
    passed, items = _accuracy(statement, response)
    assert bool(items["reflects_main_point"]) is theirs, items
    assert passed is theirs, items
