"""Round 7 (cases_meaning_r7, from the errors of cases_fresh_v7b): a story told on about the
listener's people says nothing back; "mine ... too" is a me-too; a reflection undercut by blaming
their nature is not validation; anger guessed for sadness is the wrong feeling; tears of joy are
joy; a form of address invents nobody; a defence says nothing back; and the part they single out
("what got me was...") is the point a reply must say back."""

from __future__ import annotations

import pytest

from tests.offline_grade import grade_reply


def _items(statement: str, reply: str, rubric: str, effect: str) -> set[str]:
    grade = grade_reply(statement, reply)
    return {e.item for e in grade.rubrics.get(rubric).evidence if e.effect == effect}


def test_a_story_told_on_about_the_listeners_people_says_nothing_back() -> None:
    statement = "My manager cut my hours without warning and I've got rent due on Friday."
    reply = (
        "Ugh, rough. Reminds me of my uncle's boss. He cut everyone's shifts one winter. "
        "Then he sold the whole business and the staff found out from the local paper."
    )
    grade = grade_reply(statement, reply)
    assert not grade.rubrics.accuracy.passed
    assert not grade.rubrics.not_hijacking.passed
    # nothing from inside the tale ("cut", "shifts") is shown as their point said back
    tale_start = reply.index("He cut")
    assert not [
        e
        for e in grade.rubrics.accuracy.evidence
        if e.item == "reflects_main_point" and e.start >= tale_start
    ]


def test_sentences_about_their_people_without_a_story_still_say_back() -> None:
    statement = "My manager cut my hours without warning and I've got rent due on Friday."
    reply = (
        "Your manager cut your hours with no warning, and rent's due Friday. "
        "He left you scrambling, no wonder you're panicking."
    )
    assert grade_reply(statement, reply).rubrics.accuracy.passed


def test_mine_too_is_a_me_too() -> None:
    statement = "I passed my driving test this morning! Fourth go, I can't believe it."
    reply = "Nice. Mine took five goes too, and the examiner was horrible, he shouted at me."
    assert not grade_reply(statement, reply).rubrics.not_hijacking.passed


@pytest.mark.parametrize(
    "undercut",
    [
        "Mind you, you are a bit of a worrier.",
        "You do get worked up quite easily though.",
        "To be fair, you did forget his birthday, so you can't be that surprised.",
        "But you're taking it way too seriously.",
        "Mind you, most people would sleep through that.",
    ],
)
def test_a_reflection_undercut_by_blaming_them_fails_validation(undercut: str) -> None:
    statement = "My friend didn't invite me to his leaving do. I only heard about it afterwards."
    reflection = "You found out about his leaving do after it happened, that really stings."
    assert grade_reply(statement, reflection).rubrics.validation.passed
    assert not grade_reply(statement, f"{reflection} {undercut}").rubrics.validation.passed


def test_mind_you_that_allows_the_feeling_is_not_an_undercut() -> None:
    statement = "My friend didn't invite me to his leaving do. I only heard about it afterwards."
    reply = (
        "You found out about his leaving do after it happened, that really stings. "
        "Mind you, anyone would feel shut out by that."
    )
    assert grade_reply(statement, reply).rubrics.validation.passed


def test_anger_guessed_for_sadness_is_the_wrong_feeling() -> None:
    statement = "My sister is emigrating in March. I'm glad for her but I keep welling up."
    reply = "You must be so angry with her for going."
    assert "wrong_feeling" in _items(statement, reply, "accuracy", "cost")
    assert not grade_reply(statement, reply).rubrics.validation.passed


def test_tears_of_joy_are_joy() -> None:
    statement = "Dad walked me down the aisle after all. I was crying the whole way. Tears of joy!"
    reply = "That must have been so upsetting for you, crying all the way down the aisle."
    assert "wrong_feeling" in _items(statement, reply, "accuracy", "cost")


@pytest.mark.parametrize(
    "reply",
    [
        "Oh pal, you waited all night and not one of them came. That must have stung.",
        "You waited all night and not one of them came, Dad, that must have stung.",
    ],
)
def test_a_form_of_address_invents_nobody(reply: str) -> None:
    statement = "Not one of my old friends came to my party. I waited all night."
    assert "distorts_facts" not in _items(statement, reply, "accuracy", "cost")


def test_a_counter_complaint_costs_hijacking_not_accuracy() -> None:
    statement = "You had your music on till two and I've got an interview at nine."
    reply = (
        "You were trying to sleep before a big interview and my music kept you up till two, "
        "that's so frustrating. Though your sister was round shouting last week and I said nothing."
    )
    grade = grade_reply(statement, reply)
    assert "distorts_facts" not in _items(statement, reply, "accuracy", "cost")
    assert not grade.rubrics.not_hijacking.passed


def test_a_defence_says_nothing_back() -> None:
    statement = "You left me waiting at the station for an hour and didn't answer your phone."
    reply = "My phone was dead and the station car park was full, what was I supposed to do."
    assert not grade_reply(statement, reply).rubrics.accuracy.passed


def test_the_part_they_single_out_is_the_point() -> None:
    statement = (
        "The party itself was fine, the food was late but whatever. What got to me was that "
        "you laughed when your brother mocked my accent."
    )
    set_aside = "The food being late must have been so annoying, parties are stressful."
    focus = "You laughed along when your brother mocked your accent, that must have hurt."
    assert not grade_reply(statement, set_aside).rubrics.accuracy.passed
    assert grade_reply(statement, focus).rubrics.accuracy.passed
