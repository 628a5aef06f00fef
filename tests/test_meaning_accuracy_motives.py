"""Accuracy round 6 (cases_meaning_acc6): a hidden reason read into someone is an imputed
motive; a feeling the partner denies is the wrong one to name, unless the reply sets it aside."""

from __future__ import annotations

import pytest

from tests.offline_grade import grade_reply


def _costs(statement: str, reply: str) -> set[str]:
    grade = grade_reply(statement, reply)
    return {e.item for e in grade.rubrics.accuracy.evidence if e.effect == "cost"}


@pytest.mark.parametrize(
    ("statement", "reply"),
    [
        (
            "Dee didn't ask me to be a bridesmaid. I found out from the group photo.",
            "Finding out from the photo must have hurt. Dee's been jealous of you for years.",
        ),
        (
            "My landlord still hasn't fixed the heating after three weeks. I'm freezing.",
            "Three weeks, no wonder you're miserable. He's obviously stalling because he "
            "doesn't want to pay for a boiler.",
        ),
        (
            "I've done every school run this month and I'm shattered.",
            "A month of school runs, you must be shattered. Part of you wants us all to see it.",
        ),
        (
            "I can't come every Sunday any more. I'm wiped out after the week.",
            "You're wiped out, that makes sense. I think really you're still upset with me.",
        ),
        (
            "Could we keep the hallway clear? I keep tripping over the bikes.",
            "The bikes in the hallway, fair enough. It's just an excuse to have a go at me.",
        ),
    ],
)
def test_a_motive_read_into_someone_costs_accuracy(statement: str, reply: str) -> None:
    assert "imputes_motive" in _costs(statement, reply)


@pytest.mark.parametrize(
    ("statement", "reply"),
    [
        (
            "I think Dee's jealous of me since I got engaged. She's gone really cold.",
            "Since the engagement Dee's gone cold, and you think she's jealous. That's lonely.",
        ),
        (
            "Part of me wants to tell everyone about the diagnosis and part of me wants to hide.",
            "Part of you wants to tell people and part of you wants to hide. That's a hard pull.",
        ),
    ],
)
def test_their_own_reading_said_back_is_no_motive(statement: str, reply: str) -> None:
    assert "imputes_motive" not in _costs(statement, reply)


DENIED = "She's known for months. I'm not even cross, I'm just sad she didn't tell me sooner."


def test_a_denied_feeling_is_the_wrong_feeling() -> None:
    reply = "You must be so angry with her for keeping it quiet."
    assert "wrong_feeling" in _costs(DENIED, reply)
    assert not grade_reply(DENIED, reply).rubrics.accuracy.passed


def test_a_denied_feeling_set_aside_by_the_reply_is_not() -> None:
    reply = "She kept it from you for months. It's more sadness than anger, that she didn't say."
    assert "wrong_feeling" not in _costs(DENIED, reply)
    assert grade_reply(DENIED, reply).rubrics.accuracy.passed


@pytest.mark.parametrize(
    ("statement", "reply", "blown_up"),
    [
        (
            "My manager moved my one-to-one again. Second time this month.",
            "She's cancelled on you countless times now, that's so disrespectful.",
            True,
        ),
        (
            "I've told him a million times to lock the back door and he still leaves it open.",
            "A million times, and the back door's still left open. That's maddening.",
            False,
        ),
    ],
)
def test_a_count_blown_up_distorts_their_facts(statement: str, reply: str, blown_up: bool) -> None:
    assert ("distorts_facts" in _costs(statement, reply)) is blown_up


def test_a_feeling_word_inside_the_listeners_own_story_names_nothing_of_theirs() -> None:
    """ "Same thing happened to me, it was a nightmare" is the listener's story: its "nightmare"
    must not be highlighted as naming the partner's feeling."""
    from trainer.grading.offline.grader import grade_offline
    from trainer.grading.schema import GradeRequest, HiddenTruth

    request = GradeRequest(
        statement="I should only be sad, and I am. But when the care home rang, I felt relief.",
        response="Oh love. Same thing happened to me with Grandad, honestly it was a nightmare.",
        hidden_truth=HiddenTruth(
            primary_feelings=["guilty", "relieved"],
            secondary_feelings=["sad", "overwhelmed"],
            key_facts=["The care home rang to say their father had died."],
            need="To hear that relief after a long illness is human.",
            trap="me_too",
            asked_for_advice=False,
        ),
    )
    grade = grade_offline(request)
    named = [e.text for e in grade.rubrics.accuracy.evidence if e.item == "names_main_feeling"]
    assert not any("nightmare" in t for t in named), named
