"""Accuracy round 5 (cases_meaning_acc5): a feeling acknowledged in the listener's own words
beside their point names the main feeling; an apology or "I hear you" does not; the cheer's
"you always" and a "Mate," are not distortions; "your parents" is their "my parents"."""

from __future__ import annotations

import pytest

from tests.offline_grade import grade_reply

FED_UP = "They moved my review to next quarter again. That's the third time. I'm so fed up."
ANNOYED = "I've asked three times for the shed to be cleared before Friday, and I'm really annoyed."


def _earned(statement: str, reply: str) -> set[str]:
    grade = grade_reply(statement, reply)
    return {e.item for e in grade.rubrics.accuracy.evidence if e.effect == "earned"}


def _costs(statement: str, reply: str) -> list[str]:
    grade = grade_reply(statement, reply)
    return [e.text for e in grade.rubrics.accuracy.evidence if e.effect == "cost"]


@pytest.mark.parametrize(
    "reply",
    [
        "Third time they've pushed your review back. Of course you're in bits about it.",
        "Your review's been shunted for the third time. I'd be spitting feathers too.",
        "Your review got pushed again, the third time now. No wonder it's getting to you.",
    ],
)
def test_a_feeling_in_the_listeners_words_names_it(reply: str) -> None:
    earned = _earned(FED_UP, reply)
    assert {"reflects_main_point", "names_main_feeling"} <= earned
    assert grade_reply(FED_UP, reply).rubrics.accuracy.passed


@pytest.mark.parametrize(
    "reply",
    [
        "You've asked three times about the shed and it's nearly Friday. I hear you.",
        "You've asked three times about the shed and it's nearly Friday. I'm so sorry.",
        "You've asked three times about the shed and it's nearly Friday. You're right.",
    ],
)
def test_an_apology_or_i_hear_you_names_no_feeling(reply: str) -> None:
    assert "names_main_feeling" not in _earned(ANNOYED, reply)
    assert not grade_reply(ANNOYED, reply).rubrics.accuracy.passed


def test_anger_guessed_for_sadness_is_not_named_from_an_acknowledgement() -> None:
    statement = "We lost the dog last week and I keep feeling so sad when I come home."
    reply = "Coming home without the dog, last week. Of course it makes you angry."
    assert "names_main_feeling" not in _earned(statement, reply)


def test_the_cheers_always_is_not_a_distortion_of_their_facts() -> None:
    statement = "I'm giving the keynote tomorrow and my hands won't stop shaking."
    reply = "The keynote's tomorrow and your hands are shaking, that's nerve-racking. You'll nail it, you always do."
    grade = grade_reply(statement, reply)
    assert _costs(statement, reply) == []
    assert grade.rubrics.accuracy.passed and not grade.rubrics.not_fixing.passed


def test_an_absolute_said_back_as_their_facts_still_distorts() -> None:
    statement = "My manager rewrote my report before sending it to the client without telling me."
    reply = "So your manager always rewrites everything you do. That's so frustrating."
    assert any("always" in c for c in _costs(statement, reply))


@pytest.mark.parametrize(
    ("statement", "reply"),
    [
        (
            "My parents keep asking when we're having kids, every single visit. I dread going now.",
            "Your parents bringing up kids every time you see them, it makes sense you dread the visits.",
        ),
        (
            "My knee's been bad for weeks and I can't even kneel to play with the grandkids.",
            "Mate, weeks of a bad knee and you can't get down with the grandkids. That must be so frustrating.",
        ),
    ],
)
def test_their_own_people_and_a_form_of_address_are_not_invented(
    statement: str, reply: str
) -> None:
    assert _costs(statement, reply) == []


def test_a_person_they_never_mentioned_is_still_invented() -> None:
    statement = "I cleaned the whole kitchen after the party and nobody even noticed."
    reply = "You cleaned the kitchen and your sister didn't notice. That must sting."
    assert _costs(statement, reply) == ["sister"]


def test_an_idiom_of_exasperation_in_its_base_form_names_the_feeling() -> None:
    statement = "My brother keeps borrowing my car and bringing it back on empty. I'm so annoyed."
    reply = "Him bringing it back on empty every single time, that must drive you up the wall."
    grade = grade_reply(statement, reply)
    assert "names_main_feeling" in _earned(statement, reply)
    assert _costs(statement, reply) == []  # "keeps borrowing" is theirs: "every single time"
    assert grade.rubrics.accuracy.passed and grade.rubrics.validation.passed


@pytest.mark.parametrize(
    ("reply", "fits"),
    [
        ("You must be thrilled with a B!", False),
        ("A B when you'd been hoping for an A, you must be disappointed.", True),
    ],
)
def test_a_hope_not_met_is_disappointment_not_joy(reply: str, fits: bool) -> None:
    statement = "I got a B in the exam, I was hoping for an A."
    assert grade_reply(statement, reply).rubrics.accuracy.passed is fits


@pytest.mark.parametrize(
    "reply",
    [
        "She cancelled an hour before, again. She seems really overwhelmed lately.",
        "She cancelled an hour before, again. Your sister must be stressed out too.",
    ],
)
def test_a_feeling_given_to_someone_else_is_not_theirs(reply: str) -> None:
    """ "She seems overwhelmed" is the sister's feeling; the partner said they feel they don't
    matter, which a reply owes them (a feeling said as a thought is not a plain fact)."""
    statement = (
        "My sister cancelled on my birthday again, an hour before. "
        "I feel like I don't matter to her."
    )
    assert "names_main_feeling" not in _earned(statement, reply)


def test_that_sounds_keeps_the_feeling_theirs() -> None:
    statement = "My sister cancelled on my birthday again. I feel like I don't matter to her."
    reply = "On your birthday, again. That sounds really hurtful, like you come last with her."
    assert grade_reply(statement, reply).rubrics.accuracy.passed
