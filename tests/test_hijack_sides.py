"""Not hijacking by whose side a sentence takes (issue 12, items 4 and 5): speaking up for the
third person the partner is upset with, the partner's own people set against a complaint, the
listener's own feelings in the middle, comparisons with the listener's own, and sarcasm, which
costs hijacking only when it defends the listener. Every row that must fail passed on main
before detectors/sides.py, and every row that must pass failed there (checked once); the
validation check and the "load said back" check are guards that held on main too."""

from __future__ import annotations

from pathlib import Path

import pytest
from offline_grade import grade_reply as _grade

from trainer.evals.cases import load_cases
from trainer.evals.runner import build_report, grade_cases
from trainer.grading.offline.grader import grade_offline
from trainer.grading.schema import Grade, GradeRequest, HiddenTruth

CASES = Path(__file__).resolve().parents[1] / "evals" / "cases" / "cases_meaning_hj3.yaml"


def _items(grade: Grade) -> set[str]:
    return {k for k, v in grade.rubrics.not_hijacking.checklist.items() if v}


@pytest.mark.parametrize(
    ("statement", "reply", "item"),
    [
        # the third person's intention, circumstances or a plea for them
        (
            "Your aunt told everyone at the barbecue that I'd put on weight.",
            "She doesn't mean anything by it, she says that to everybody.",
            "defends_self",
        ),
        # the partner's own people set against the complaint
        (
            "Your mates ignored me the whole night at the pub.",
            "Your sisters barely say hello to me at christenings.",
            "counter_complaint",
        ),
        (
            "Your brother still hasn't paid back the money he borrowed from me.",
            "Your mum still has my good ladder from last summer.",
            "counter_complaint",
        ),
        # the complaint landing on the listener, and the listener's gloom about their news
        (
            "You forgot to pick me up from the dentist and I waited an hour.",
            "Honestly that's really hard for me to hear right now.",
            "centers_self",
        ),
        (
            "I've been offered the posting in Singapore!",
            "Right. So I'm going to be on my own for a year, I'm miserable already.",
            "centers_self",
        ),
        # the listener's own set against theirs
        (
            "My landlord wants to put the rent up again.",
            "At least yours tells you in advance. Mine just sends a letter.",
            "me_too_story",
        ),
        (
            "My knee has been killing me since the hike.",
            "Mine's worse, I can't even do stairs.",
            "me_too_story",
        ),
        # sarcasm with the listener as its subject defends the listener
        (
            "You left the car on empty again and I nearly missed my train.",
            "Oh sure, I'll fill it up every night at midnight, shall I?",
            "defends_self",
        ),
    ],
)
def test_whose_side_the_reply_takes(statement: str, reply: str, item: str) -> None:
    grade = _grade(statement, reply)
    assert not grade.rubrics.not_hijacking.passed, reply
    assert item in _items(grade), _items(grade)


@pytest.mark.parametrize(
    ("statement", "reply"),
    [
        # mockery of the complaint: contempt, a validation failure, not hijacking
        (
            "You didn't notice I'd cleaned the whole bathroom.",
            "So you're annoyed I didn't notice the bathroom. Gosh, what a tragedy.",
        ),
        # owning the fault with "I'm the one who"
        (
            "I can't believe you read my diary. I feel so exposed.",
            "You're not overreacting, I'm the one who crossed the line. You must feel violated.",
        ),
        # praise after a future about them, not a grievance
        (
            "My audition is on Friday and my hands are already shaking.",
            "Your hands are shaking already, that's how much it means to you. You'll nail it, you always do.",
        ),
        # advice framed as the listener in their place is no story of the listener's
        (
            "My flatmate keeps eating my food.",
            "If I were you I'd put a lock on the cupboard.",
        ),
    ],
)
def test_look_alikes_stay_clear_of_hijacking(statement: str, reply: str) -> None:
    grade = _grade(statement, reply)
    assert grade.rubrics.not_hijacking.passed, (reply, _items(grade))


def test_mocking_sarcasm_still_costs_validation() -> None:
    grade = _grade(
        "You didn't notice I'd cleaned the whole bathroom.",
        "So you're annoyed I didn't notice the bathroom. Gosh, what a tragedy.",
    )
    assert not grade.rubrics.validation.passed


@pytest.mark.parametrize(
    ("statement", "reply"),
    [
        (
            "My coach benched me for the whole second half in front of my parents.",
            "He's probably under pressure from the club to rotate the squad.",
        ),
        (
            "Tom forgot my leaving drinks and didn't even message me.",
            "To be fair to Tom, he's had a mad month at work.",
        ),
        (
            "Mrs Okafor sent another note home about Leo's handwriting. I feel like I'm failing him.",
            "I can see you're worried. But to be fair to Mrs Okafor, she's only doing her job.",
        ),
    ],
)
def test_speaking_up_for_someone_else_fails_validation_not_hijacking(
    statement: str, reply: str
) -> None:
    """A defence in the rubric is the listener defending themselves (or their own people); a
    plea for a coach or a friend argues with the feeling, which validation judges (2026-12-01)."""
    grade = _grade(statement, reply)
    assert grade.rubrics.not_hijacking.passed, _items(grade)
    assert not grade.rubrics.validation.passed


def test_speaking_up_for_someone_else_at_length_turns_the_focus_to_them() -> None:
    grade = _grade(
        "My manager tore my report apart in front of the whole team.",
        "In fairness to her, she's under a lot of pressure from above. And she means well, "
        "she always has.",
    )
    assert "defends_self" in _items(grade)


def test_speaking_up_for_the_listeners_own_people_is_a_defence() -> None:
    grade = _grade(
        "Your dad made another comment about my job in front of the kids.",
        "He doesn't mean any harm by it, that's just how he was brought up.",
    )
    assert "defends_self" in _items(grade)


def test_the_sides_cases_reach_their_agreement() -> None:
    """cases_meaning_hj3.yaml, written before the change: not hijacking was .62/.16 (balanced
    accuracy/kappa) on main."""
    report = build_report(grade_cases(load_cases(CASES), grade_offline))
    assert report.rubric("not_hijacking").kappa >= 0.85
    assert report.rubric("not_hijacking").balanced_accuracy >= 0.9


@pytest.mark.parametrize(
    ("statement", "reply", "item"),
    [
        # the listener's act with its reason, in a learner's own grammar
        (
            "You skipped my work dinner and didn't say a word to me about it.",
            "I not come because your boss always ignore me at these things.",
            "defends_self",
        ),
        # the partner's lapse after a time phrase
        (
            "You said you'd ring me at lunch and I sat by the phone for an hour.",
            "ok but last weekend you forgot to pick me up from the station",
            "counter_complaint",
        ),
        # a plea for someone the partner named, whatever they said of her
        # a tag on the listener's own account
        (
            "You said you'd be back by six and I sat here with dinner going cold.",
            "Well I'm home now, aren't I?",
            "defends_self",
        ),
        # "I'm the only one trying" is a complaint about the listener: an itemised reply excuses
        (
            "I feel like I'm the only one actually trying to keep this place tidy.",
            "The mess in the hall was from the party, to be fair, and the dishes were your friends'.",
            "defends_self",
        ),
        # a long tale of the listener's own people
        (
            "They moved my desk next to the lifts without telling me. After nine years.",
            "Exactly what they did to my uncle at the council, you know, they shifted his whole "
            "team down to the basement one winter and nobody said a word, and he walked in one "
            "Monday to find a stranger at his desk.",
            "me_too_story",
        ),
        # a clause of the listener's own life inside a sentence that speaks to them
        (
            "I can't switch off after work, my head just keeps going.",
            "I took up yoga last spring, you know, and you might find it helps you too.",
            "me_too_story",
        ),
    ],
)
def test_kinds_found_in_a_new_writers_set(statement: str, reply: str, item: str) -> None:
    grade = _grade(statement, reply)
    assert not grade.rubrics.not_hijacking.passed, reply
    assert item in _items(grade), _items(grade)


def test_their_load_said_back_is_not_a_counter_complaint() -> None:
    # the hidden truth marks the partner as upset with the listener, as a bank scenario would
    hidden = HiddenTruth(primary_feelings=["angry"], trap="defending")
    grade = grade_offline(
        GradeRequest(
            statement="You said your cousin could stay for a month and never asked. "
            "I'm the one who's home with him all day.",
            response="I said yes to him for a month without asking you, and you're the one stuck "
            "at home with him. No wonder you're livid.",
            hidden_truth=hidden,
        )
    )
    assert "counter_complaint" not in _items(grade), _items(grade)
