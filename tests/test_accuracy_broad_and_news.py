"""Accuracy on real reflections of feeling, without false credit (issue 12, Deliver 4 and 5).

Kinds: news told with no feeling word ("I got the job", "our dog died"), where the valence of the
news decides which feelings fit (before, any feeling matched: "you must be devastated that you got
the job" passed); broad words of distress ("feeling pretty bad", "a rough time of it") said of
them beside their point; tentative frames ("I wonder if...", "I imagine...?", "what I'm hearing
is...?"); a good feeling named as what they want ("looking for some relief"), not as what they
feel. The sentences are written for these tests; eval cases of the same kinds are in
evals/cases/cases_meaning_acc4.yaml, gated below.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.evals.cases import load_cases
from trainer.evals.runner import build_report, grade_cases
from trainer.grading.offline.feelings_news import news_valence
from trainer.grading.offline.grader import grade_offline
from trainer.grading.offline.text import normalize
from trainer.grading.schema import GradeRequest

CASES = Path(__file__).resolve().parents[1] / "evals" / "cases" / "cases_meaning_acc4.yaml"


def _accuracy(statement: str, response: str) -> tuple[bool, dict[str, bool]]:
    grade = grade_offline(GradeRequest(statement=statement, response=response))
    return grade.rubrics.accuracy.passed, grade.rubrics.accuracy.checklist


@pytest.mark.parametrize(
    ("statement", "valence"),
    [
        ("I've been offered the flat on Elm Road and I got the job too.", "positive"),
        ("We won the quiz league on Thursday.", "positive"),
        ("I didn't get the job in the end.", "negative"),
        ("My grandad passed away on Monday.", "negative"),
        ("Her cousin got promoted over her.", "unknown"),  # good news, but not theirs
        ("I won't be in on Friday.", "unknown"),
        ("I take the bus to the office twice a week.", "unknown"),
    ],
)
def test_the_valence_of_news_told_without_a_feeling_word(statement: str, valence: str) -> None:
    assert news_valence(normalize(statement).text) == valence


@pytest.mark.parametrize(
    ("statement", "response"),
    [
        ("I got the job at the garden centre.", "You must be gutted that you got the job there."),
        (
            "We won the quiz league on Thursday.",
            "So you won the league, and you sound worried sick.",
        ),
        (
            "My grandad passed away on Monday.",
            "Your grandad passed on Monday, you must be thrilled.",
        ),
    ],
)
def test_a_feeling_against_their_news_is_the_wrong_feeling(statement: str, response: str) -> None:
    passed, items = _accuracy(statement, response)
    assert items["wrong_feeling"] and not passed, items


@pytest.mark.parametrize(
    ("statement", "response"),
    [
        (
            "I got the job at the garden centre.",
            "You got the garden centre job, you must be so happy.",
        ),
        (
            "My grandad passed away on Monday.",
            "Losing your grandad on Monday, you must be heartbroken.",
        ),
    ],
)
def test_a_feeling_that_fits_their_news_still_passes(statement: str, response: str) -> None:
    passed, items = _accuracy(statement, response)
    assert items["names_main_feeling"] and passed, items


def test_the_cases_of_these_kinds_agree_with_their_labels() -> None:
    """Gate on cases_meaning_acc4.yaml: accuracy agreement stays where it was measured."""
    report = build_report(grade_cases(load_cases(CASES), grade_offline))
    accuracy = report.rubric("accuracy").confusion
    assert accuracy.kappa >= 0.70, accuracy


@pytest.mark.parametrize(
    ("statement", "response"),
    [
        (
            "My flatmate moved out with no notice and left me the whole rent.",
            "So she left you holding all the rent, you must be feeling pretty lousy?",
        ),
        (
            "I feel terrible and I can't stop thinking I did something to make him go.",
            "It sounds like you're having a really rough time of it right now.",
        ),
    ],
)
def test_a_broad_word_of_distress_said_of_them_with_their_point_passes(
    statement: str, response: str
) -> None:
    passed, items = _accuracy(statement, response)
    assert items["names_main_feeling"] and passed, items


def test_their_broad_bad_feeling_is_fitted_by_a_specific_one() -> None:
    """ "I feel awful" about a loss is grief, not (as the lexicon had it) guilt alone."""
    passed, items = _accuracy(
        "I feel awful since the funeral, and his birthday last week made it worse.",
        "His birthday so soon after the funeral must have been devastating.",
    )
    assert items["names_main_feeling"] and passed, items


@pytest.mark.parametrize(
    ("statement", "response"),
    [
        ("The dentist says the crown needs redoing next month.", "You must feel awful."),
        ("The dentist says the crown needs redoing next month.", "That must feel awful."),
        (
            "The dentist says the crown needs redoing next month.",
            "Sounds like you're having a hard time.",
        ),
        (
            "I passed my driving test this morning!",
            "You must be feeling pretty bad about the test.",
        ),
    ],
)
def test_a_broad_word_with_nothing_of_theirs_or_against_good_news_fails(
    statement: str, response: str
) -> None:
    passed, items = _accuracy(statement, response)
    assert not passed, items


@pytest.mark.parametrize(
    "response",
    [
        "What I'm hearing is that the night shifts have left you no time with the kids?",
        "I imagine the night shifts are wearing you down, with so little time for the kids?",
        "I'm guessing part of you feels cheated out of time with the kids on these night shifts?",
    ],
)
def test_a_reflection_in_a_tentative_frame_passes(response: str) -> None:
    passed, items = _accuracy(
        "Since I went onto night shifts I hardly see the kids awake.", response
    )
    assert passed, items


@pytest.mark.parametrize(
    "response",
    [
        "What I'm hearing is you need to ask for day shifts?",
        "I wonder if you should ask your manager for day shifts?",
        "I imagine you're relieved to have the days free?",
    ],
)
def test_a_tentative_frame_around_advice_or_a_wrong_feeling_fails(response: str) -> None:
    passed, items = _accuracy(
        "Since I went onto night shifts I hardly see the kids awake, and it's killing me.",
        response,
    )
    assert not passed, items


def test_a_good_feeling_they_want_is_their_need_not_a_wrong_feeling() -> None:
    statement = "Three house moves in two years and I'm worn out by all of it."
    passed, items = _accuracy(
        statement, "Three moves in two years, you're longing for some calm and a place to stay put."
    )
    assert not items["wrong_feeling"] and items["captures_need_or_checks"] and passed, items
    passed, items = _accuracy(statement, "Three moves in two years, you must feel so calm now.")
    assert items["wrong_feeling"] and not passed, items


@pytest.mark.parametrize(
    "response",
    [
        "Oh, I'm so sorry about your marriage. You must be heartbroken.",
        "Oh no, I'm sorry that happened. You must be feeling pretty bad?",
        "I'm so sorry you're going through this, you must be feeling stressed about the whole situation.",
    ],
)
def test_a_feeling_pinned_on_their_news_through_sympathy_or_the_situation_passes(
    response: str,
) -> None:
    passed, items = _accuracy("My wife told me on Sunday that she wants a divorce.", response)
    assert items["reflects_main_point"] and passed, items


@pytest.mark.parametrize(
    ("statement", "response"),
    [
        (
            "My wife told me on Sunday that she wants a divorce.",
            "Oh, I'm so sorry about your marriage. That must be hard.",
        ),
        (
            "The council is resurfacing our road next month.",
            "Oh, I'm sorry about that. You must feel awful.",
        ),
        (
            "I got the job at the garden centre!",
            "Oh, I'm so sorry about that. You must be devastated.",
        ),
        ("I got the job at the garden centre!", "You must be upset about the whole situation."),
    ],
)
def test_sympathy_with_a_generic_guessed_or_wrong_feeling_fails(
    statement: str, response: str
) -> None:
    passed, items = _accuracy(statement, response)
    assert not passed, items


def test_an_offer_to_stay_with_them_does_not_turn_a_pinned_feeling_away() -> None:
    statement = "The vet found a lump on Bramble's leg and they're doing a biopsy on Friday."
    passed, items = _accuracy(
        statement, "You must be so worried about it right now. I'm here for you."
    )
    assert items["reflects_main_point"] and passed, items
    passed, items = _accuracy(
        statement, "You must be so worried about it right now. I had a cat with a lump once."
    )
    assert not passed, items


def test_a_loss_of_theirs_said_through_their_persons_possessive_is_theirs() -> None:
    """ "your gran's death ... a loss like that": the loss is theirs, not the gran's."""
    passed, items = _accuracy(
        "My gran died in March and I still can't take it in.",
        "I'm so sorry about your gran's death, a loss like that takes a long time to take in.",
    )
    assert items["names_main_feeling"] and passed, items


def test_a_good_stretch_said_back_fits_a_good_turn_only() -> None:
    passed, items = _accuracy(
        "Honestly it's been a brilliant weekend.", "You've had a great weekend."
    )
    assert items["names_main_feeling"] and passed, items
    passed, items = _accuracy(
        "Honestly it's been a miserable weekend.", "You've had a great weekend."
    )
    assert items["wrong_feeling"] and not passed, items


def test_an_intention_with_any_adverb_and_relief_in_other_words_are_said_back() -> None:
    passed, items = _accuracy(
        "I've been cutting down on sugar since Easter.",
        "So you're deliberately trying to cut back.",
    )
    assert items["captures_need_or_checks"] and passed, items
    passed, items = _accuracy(
        "A run after work is the only way I can relax.", "Running is your stress relief."
    )
    assert items["reflects_main_point"] and passed, items


def test_a_plan_of_theirs_said_back_reaches_what_they_hoped_for() -> None:
    passed, items = _accuracy(
        "I'm gutted, I'd booked to see my sister in Lisbon and now the flights are cancelled.",
        "So you were planning to see your sister in Lisbon, and the cancelled flights have put a stop to it.",
    )
    assert items["captures_need_or_checks"] and passed, items


def test_a_factual_turn_said_back_after_a_word_of_sympathy_passes() -> None:
    statement = "Our landlord is selling the flat we rent."
    passed, items = _accuracy(statement, "I'm sorry your landlord is selling the flat you rent.")
    assert items["names_main_feeling"] and passed, items
    passed, items = _accuracy(statement, "I'm sorry, I sold my flat last year.")
    assert not passed, items


def test_a_feeling_they_own_is_not_denied_by_a_negated_verb_before_it() -> None:
    """ "The move didn't cause my anxiety" still says they are anxious."""
    passed, items = _accuracy(
        "It started long before the move, the move didn't cause my anxiety.",
        "So the anxiety was there long before the move.",
    )
    assert not items["wrong_feeling"] and passed, items
    passed, items = _accuracy(
        "I'm not anxious about the move at all.", "So you're anxious about the move."
    )
    assert items["wrong_feeling"] and not passed, items


def test_a_one_word_fragment_says_nothing_back() -> None:
    statement = "The last diet didn't really work out for me."
    # a fragment in the listener's words says it back; their own words echoed name no feeling
    # (round 12: blind labels of v6b, v9a, v11a, v12a and v13a fail such an echo on accuracy)
    passed, items = _accuracy(statement, "So the diet was a bust, then.")
    assert passed, items
    passed, items = _accuracy(statement, "Right.")
    assert not passed, items
