"""Real reflections of feeling earn accuracy (issue 12, item 5), and what must fail still fails.

Kinds: a factual turn said back as a question with a rising tone or as a fragment that finishes
their sentence; a value, want or effort said back (the need under the words); a feeling word
inside an idiom names no feeling; a hidden feeling that needs a linking word in a reply is still
the partner's feeling; a role the partner holds is not an invented person; anger said for someone
who named sadness is not their feeling; a feeling they wish for is not one they have. The
sentences are written for these tests; eval cases of the same kinds are in
evals/cases/cases_meaning_acc2.yaml, gated below.
"""

from __future__ import annotations

import pytest

from trainer.grading.offline.feeling_matcher import find_feelings
from trainer.grading.offline.feelings import feelings_in
from trainer.grading.offline.grader import grade_offline
from trainer.grading.offline.partner_felt import partner_feelings
from trainer.grading.schema import GradeRequest, HiddenTruth


def _accuracy(
    statement: str, response: str, hidden: HiddenTruth | None = None
) -> tuple[bool, dict[str, bool]]:
    grade = grade_offline(GradeRequest(statement=statement, response=response, hidden_truth=hidden))
    return grade.rubrics.accuracy.passed, grade.rubrics.accuracy.checklist


FACTUAL = "I've started cycling to the allotment on Sundays instead of taking the van."


@pytest.mark.parametrize(
    "response",
    [
        "So the bike rather than the van for the allotment now?",
        "Sundays on the bike to the allotment, then.",
    ],
)
def test_a_factual_turn_said_back_as_a_question_or_fragment_passes(response: str) -> None:
    passed, items = _accuracy(FACTUAL, response)
    assert items["reflects_main_point"] and passed, items


@pytest.mark.parametrize(
    "response",
    [
        "Maybe try the bus to the allotment instead of the van?",
        "Bike to the allotment? We should get a trailer for mine.",
    ],
)
def test_a_suggestion_or_a_turn_to_the_listener_is_not_offered_back(response: str) -> None:
    passed, items = _accuracy(FACTUAL, response)
    assert not passed, items


@pytest.mark.parametrize(
    "response",
    [
        "So you'd like to be the one who plans it, not just the one who tidies up after?",
        "You're determined to get the garden back this year, and the weekends keep slipping.",
    ],
)
def test_a_want_or_an_intention_said_back_reaches_the_need(response: str) -> None:
    statement = (
        "Every year I say I'll sort the garden and every year the weekends go on other things. "
        "And the party, you planned it and I just tidied up after."
    )
    _, items = _accuracy(statement, response)
    assert items["captures_need_or_checks"], items


def test_a_feeling_word_inside_an_idiom_names_no_feeling() -> None:
    assert find_feelings("as far as i'm concerned it was fine") == []
    assert find_feelings("as far as the rent is concerned") == []
    assert find_feelings("i hurt my knee on the stairs") == []
    assert [h.word for h in find_feelings("i'm concerned about you")] == ["concerned"]


def test_a_hidden_feeling_that_needs_a_linking_word_is_still_theirs() -> None:
    hidden = HiddenTruth(
        primary_feelings=["exposed"],
        key_facts=["listener read out the partner's diary at dinner"],
        need="privacy kept",
        trap="defending",
    )
    assert "shame" in partner_feelings("you read my diary out at dinner.", hidden).families
    passed, items = _accuracy(
        "You read my diary out at dinner.",
        "I read your diary out in front of everyone and that left you feeling exposed. I'm sorry.",
        hidden,
    )
    assert items["names_main_feeling"] and passed, items


def test_a_role_the_partner_holds_is_not_an_invented_person() -> None:
    statement = "I lost it with Jonah over his shoes again, and I keep swearing I won't."
    _, items = _accuracy(
        statement, "Being a patient dad to Jonah really matters to you, and this stings."
    )
    assert not items["distorts_facts"], items


def test_anger_said_for_someone_who_named_sadness_is_not_their_feeling() -> None:
    statement = "Two years since Grandad went and I still feel so sad every time I pass the pub."
    passed, items = _accuracy(statement, "Passing the pub still makes you angry, two years on.")
    assert not items["names_main_feeling"] and not passed, items


def test_a_feeling_they_wish_for_is_not_one_they_have() -> None:
    assert feelings_in("i keep telling myself i'll be calmer with them") == []
    assert [f.word for f in feelings_in("you've every right to be annoyed")] == ["annoyed"]


@pytest.mark.parametrize(
    "response",
    [
        "If I understand you correctly, the landlord wants the flat back by spring?",
        "Are you saying the landlord is selling and you have until spring to move?",
    ],
)
def test_a_check_in_other_words_checks(response: str) -> None:
    statement = "The landlord texted, he's selling the flat and we have to be out by spring."
    _, items = _accuracy(statement, response)
    assert items["captures_need_or_checks"], items


def test_a_short_reflection_of_feeling_pinned_on_what_they_said_restates_it() -> None:
    statement = "My sister says I spend too much on the kids' presents and it'll catch up with me."
    passed, items = _accuracy(statement, "And you're feeling a bit worried about that.")
    assert items["reflects_main_point"] and passed, items
    passed, items = _accuracy(statement, "Oh no, that's awful.")
    assert not passed, items


def test_love_for_the_one_they_lost_is_not_the_wrong_feeling() -> None:
    hidden = HiddenTruth(primary_feelings=["grief"], key_facts=["their dog died on Sunday"])
    _, items = _accuracy(
        "Our dog died on Sunday and the house is so quiet.",
        "The house is so quiet without her, and you loved her so much.",
        hidden,
    )
    assert not items["wrong_feeling"], items


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("that must have knocked the wind out of you", "hurt"),
        ("you must feel like rubbish", "sadness"),
        ("you're running on fumes", "overwhelm"),
        ("of course you're shaking", "anxiety"),
    ],
)
def test_feelings_said_in_everyday_images_are_found(text: str, family: str) -> None:
    assert family in {h.family for h in find_feelings(text)}


def test_an_understanding_opening_and_a_correct_check_say_back() -> None:
    statement = "I'm after some ideas for revision because my tutor never answers emails."
    passed, items = _accuracy(
        statement, "I see you're looking for ways to revise when your tutor won't reply."
    )
    assert items["reflects_main_point"] and passed, items
    _, items = _accuracy(statement, "So your tutor isn't answering, is that correct?")
    assert items["captures_need_or_checks"], items


def test_upset_fits_any_bad_feeling_they_named() -> None:
    passed, items = _accuracy("Honestly I'm just so pissed off.", "You sound really upset.")
    assert items["names_main_feeling"] and passed, items
