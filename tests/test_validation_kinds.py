"""Validation by kind of sentence (issue 12, item 4, round 5): a legitimiser earns the
acknowledgement when its clause is the partner's reaction in any words (metaphor, slang); "I'd
feel it too" and "that's not much to ask" earn it; a feeling explained away as a flaw, the other
person's side, and a bright side the listener supplies cost it. Wordings here are not in any
case file; each row was graded the other way before detectors/validation_kinds.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.evals.cases import load_cases
from trainer.evals.runner import grade_case
from trainer.grading.offline.grader import grade_offline
from trainer.grading.schema import GradeRequest

CASES = Path(__file__).resolve().parents[1] / "evals" / "cases" / "cases_meaning_val5.yaml"


def _validation_passes(statement: str, response: str) -> bool:
    grade = grade_offline(GradeRequest(statement=statement, response=response))
    return grade.rubrics.validation.passed


@pytest.mark.parametrize(
    ("statement", "response"),
    [
        # a legitimiser whose clause is the partner's reaction, said in metaphor or slang
        (
            "The council towed my car from outside my own house. Two hundred quid to get it back.",
            "Towed from outside your own house and two hundred to get it back. No wonder you're "
            "seeing red.",
        ),
        (
            "My sister read my diary out at Christmas when we were kids and everyone still jokes "
            "about it.",
            "Years later and they still bring it up - of course it makes your skin crawl.",
        ),
        (
            "I keep going back and forth about moving in with him.",
            "Part of you wants it and part of you doesn't, makes sense you're in two minds.",
        ),
        # the listener would feel it too
        (
            "The builders left a hole in the ceiling and haven't answered in a week.",
            "A hole in your ceiling and a week of silence from them. I'd be doing my nut.",
        ),
        # the partner's state in the listener's own words, legitimised
        (
            "Three nights of the dog barking next door and the neighbours just shrug.",
            "You sound totally frazzled, and that's fair after three nights of it.",
        ),
        (
            "My interview's at nine tomorrow and I can't settle.",
            "Big morning tomorrow and your heart's going like the clappers. Totally understandable.",
        ),
        # the need treated as fair
        (
            "I only asked him to text when he's going to be late.",
            "You'd just like a heads-up when he's running late. That isn't much to ask at all.",
        ),
    ],
)
def test_validating_kinds_pass(statement: str, response: str) -> None:
    assert _validation_passes(statement, response), response


@pytest.mark.parametrize(
    ("statement", "response"),
    [
        # the feeling explained away as the partner's flaw
        (
            "I cried in the car after the parents' evening.",
            "You're only upset because you're exhausted, you take everything to heart then.",
        ),
        # the other person's side after a nod
        (
            "My dad turned up an hour late to my daughter's recital and missed her solo.",
            "That's a shame. He means well though, and he's got a lot on with work.",
        ),
        # the listener's own hurt in the middle
        (
            "I feel like you never ask about my day.",
            "Wow. It really hurts me that you'd say that, I ask all the time.",
        ),
        # alarm that echoes their word and skips the feeling
        (
            "My vision went blurry on the drive home.",
            "Blurry vision?! Pull over next time and ring me, don't drive like that.",
        ),
        # an interjection, then the listener's own news
        (
            "The dentist says I need two fillings.",
            "Ugh. I've got the dentist on Friday too, can't stand it.",
        ),
        # a bright side the listener supplies after a nod
        (
            "My article got torn apart in the comments.",
            "Oof, that's a horrible feeling. Think of all the readers who loved it though, they "
            "outweigh a few trolls.",
        ),
        (
            "The landlord kept my whole deposit for a mark on the carpet.",
            "That's annoying. Loads of landlords do that though, it's not personal.",
        ),
    ],
)
def test_withholding_kinds_fail(statement: str, response: str) -> None:
    assert not _validation_passes(statement, response), response


def test_a_view_the_partner_named_is_not_the_listeners_bright_side() -> None:
    statement = "I know most of the comments were kind but the nasty one is all I can think about."
    response = (
        "You know most of them were kind, and still the nasty one is what stays with you. Of "
        "course it does, it stung."
    )
    assert _validation_passes(statement, response)


def test_val5_cases_validation_agreement() -> None:
    """The round-5 meaning file: validation agrees with gold on at least 90% of decided cases."""
    results = [grade_case(c, grade_offline) for c in load_cases(CASES)]
    decided = [r for r in results if r.case.gold.get("validation") != "either"]
    agree = sum("validation" not in r.disagreements() for r in decided)
    assert agree / len(decided) >= 0.9, f"{agree}/{len(decided)}"
