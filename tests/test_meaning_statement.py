"""Reading the partner's statement (issue 12, Deliver 4): a complaint aimed at the listener is
known by its grammar (what the listener did, in the past), not by a stock phrase, so defending
oneself against it is recognised; broken English that says who does not help ("he not help me")
is no request for advice, so advice to it is still unasked-for fixing."""

from __future__ import annotations

import pytest
from offline_grade import grade_reply as _grade

from trainer.grading.offline.patterns.statement import ASKED_FOR_ADVICE, upset_with_listener
from trainer.grading.offline.text import normalize


@pytest.mark.parametrize(
    "statement",
    [
        "You scrolled through TikTok the whole way through my cousin's toast.",
        "You drove off with my bag still in the boot.",
        "u ate all the leftovers i was keeping for lunch",
        "You've been on that phone since we sat down to eat.",
        "you was at the pub till midnight and I was alone with the kids",
        "Last night you talked over me every time I opened my mouth.",
    ],
)
def test_what_the_listener_did_is_a_complaint(statement: str) -> None:
    assert upset_with_listener(normalize(statement).text)


@pytest.mark.parametrize(
    "statement",
    [
        "You remembered the anniversary! Thank you, it meant so much.",
        "You seemed really quiet last night, is everything ok?",
        "My sister scrolled her phone the whole dinner.",
        "I drove to Leeds and back in one day.",
    ],
)
def test_praise_a_question_or_someone_else_is_no_complaint(statement: str) -> None:
    assert not upset_with_listener(normalize(statement).text)


def test_defending_against_a_plain_complaint_is_hijacking() -> None:
    grade = _grade(
        "You scrolled through your phone the whole time I was telling you about the scan.",
        "I was listening, I can scroll and listen at the same time.",
    )
    assert "defends_self" in {i for i, y in grade.rubrics.not_hijacking.checklist.items() if y}


@pytest.mark.parametrize(
    ("statement", "asked"),
    [
        ("I so tired, he not help me with nothing, I do all the cleaning", False),
        ("nobody help me with the shopping, my brother never help me with nothing", False),
        ("Can you help me work out what to say to him?", True),
        ("help me figure out the rota, I'm going mad", True),
        ("I need you to help me decide before Friday.", True),
    ],
)
def test_help_me_is_a_request_only_when_asked(statement: str, asked: bool) -> None:
    assert bool(ASKED_FOR_ADVICE.search(normalize(statement).text)) is asked


def test_advice_to_broken_english_about_no_help_is_fixing() -> None:
    grade = _grade(
        "I so tired, he not help me with nothing, I do all the cleaning after work",
        "You should make a chore chart and put it on the fridge.",
    )
    assert "gives_advice" in {i for i, y in grade.rubrics.not_fixing.checklist.items() if y}
