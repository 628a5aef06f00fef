"""Not hijacking by whose side a sentence takes (issue 12, items 4 and 5): speaking up for the
third person the partner is upset with, the partner's own people set against a complaint, the
listener's own feelings in the middle, comparisons with the listener's own, and sarcasm, which
costs hijacking only when it defends the listener. Every row that must fail passed on main
before detectors/sides.py, and every row that must pass failed there (checked once); the
validation check beside them is a guard that held on main too."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.evals.cases import load_cases
from trainer.evals.runner import build_report, grade_cases
from trainer.grading.offline.grader import grade_offline
from trainer.grading.schema import Grade, GradeRequest

CASES = Path(__file__).resolve().parents[1] / "evals" / "cases" / "cases_meaning_hj3.yaml"


def _grade(statement: str, response: str) -> Grade:
    return grade_offline(GradeRequest(statement=statement, response=response))


def _items(grade: Grade) -> set[str]:
    return {k for k, v in grade.rubrics.not_hijacking.checklist.items() if v}


@pytest.mark.parametrize(
    ("statement", "reply", "item"),
    [
        # the third person's intention, circumstances or a plea for them
        (
            "My coach benched me for the whole second half in front of my parents.",
            "He's probably under pressure from the club to rotate the squad.",
            "defends_self",
        ),
        (
            "Your aunt told everyone at the barbecue that I'd put on weight.",
            "She doesn't mean anything by it, she says that to everybody.",
            "defends_self",
        ),
        (
            "Tom forgot my leaving drinks and didn't even message me.",
            "To be fair to Tom, he's had a mad month at work.",
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


def test_the_sides_cases_reach_their_agreement() -> None:
    """cases_meaning_hj3.yaml, written before the change: not hijacking was .62/.16 (balanced
    accuracy/kappa) on main."""
    report = build_report(grade_cases(load_cases(CASES), grade_offline))
    assert report.rubric("not_hijacking").kappa >= 0.85
    assert report.rubric("not_hijacking").balanced_accuracy >= 0.9
