"""Sincere "must be nice" is gladness, not sarcasm (issue 12, Deliver 4: sarcasm markers). Said
of their good news with something glad beside it ("finally", "you've wanted that for ages") it
acknowledges their feeling; said to a complaint, with an envious turn ("for some", "some of us",
the listener's own lot), or bare, it stays sarcasm."""

from __future__ import annotations

import pytest
from offline_grade import grade_reply as _grade

from trainer.grading.schema import Grade

DAY_OFF = "I finally got a Saturday off, first one in two months!"
RETIRED = "Dad's retiring in June after forty years at the depot."
TIRED = "I'm shattered, they had me on nights all week."


def _validation(grade: Grade) -> set[str]:
    return {i for i, yes in grade.rubrics.validation.checklist.items() if yes}


@pytest.mark.parametrize(
    ("statement", "reply"),
    [
        (DAY_OFF, "Oh that must be nice, a whole Saturday to yourself at last."),
        (
            DAY_OFF,
            "must be so nice finally getting a proper day off, you've been wanting that for ages",
        ),
        (RETIRED, "That must be lovely for him after forty years, he really deserves it."),
    ],
)
def test_sincere_must_be_nice_is_not_sarcasm(statement: str, reply: str) -> None:
    grade = _grade(statement, reply)
    assert "sarcasm_or_contempt" not in _validation(grade)
    assert "acknowledges_feeling" in _validation(grade)
    assert not any(f.code == "sarcasm" for f in grade.flags)


@pytest.mark.parametrize(
    ("statement", "reply"),
    [
        (TIRED, "Must be nice to get paid for nights, some of us can't find any work."),
        (TIRED, "Oh must be nice, moaning about a full week of shifts."),
        (DAY_OFF, "Must be nice for some."),
        (DAY_OFF, "Must be nice having Saturdays to throw around."),
        (RETIRED, "must be nice, I'll be working till I'm ninety"),
    ],
)
def test_envious_must_be_nice_stays_sarcasm(statement: str, reply: str) -> None:
    grade = _grade(statement, reply)
    assert "sarcasm_or_contempt" in _validation(grade)
    assert not grade.rubrics.validation.passed
