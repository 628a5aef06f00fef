"""When a partner singles out what matters ("what's really getting to me is...") and the reply
misses it, the grade says which part: in the accuracy rationale and, as the next step, the tip."""

from __future__ import annotations

import pytest

from tests.offline_grade import grade_reply

BARBECUE = (
    "The rain ruined the barbecue, whatever. What's really getting to me is that none of "
    "your family turned up."
)
LATE = "I'm not bothered that you were late. I'm hurt that you didn't text me once all evening."


@pytest.mark.parametrize(
    ("statement", "reply", "part"),
    [
        (
            BARBECUE,
            "Ugh, the rain, that's so disappointing. All that food for nothing.",
            "none of your family turned up",
        ),
        (
            LATE,
            "You're hurt that I was late, that makes sense.",
            "you didn't text me once all evening",
        ),
    ],
)
def test_a_reply_that_misses_the_singled_out_part_is_told_which_part(
    statement: str, reply: str, part: str
) -> None:
    grade = grade_reply(statement, reply)
    accuracy = grade.rubrics.accuracy
    assert not accuracy.passed
    assert f'"{part}"' in accuracy.rationale
    assert f'("{part}")' in grade.tip  # the main point is the next step in both replies


def test_a_cost_that_comes_first_keeps_its_own_tip() -> None:
    """The part is named in the rationale, but advice is the first thing to fix."""
    reply = (
        "Ugh, the rain, so disappointing. You should just ring them and ask why they didn't come."
    )
    grade = grade_reply(BARBECUE, reply)
    assert '"none of your family turned up"' in grade.rubrics.accuracy.rationale
    assert "singled out" not in grade.tip
    assert not grade.rubrics.not_fixing.passed


def test_the_tip_names_the_part_when_the_main_point_is_the_next_step() -> None:
    grade = grade_reply(
        BARBECUE, "Ugh, the rain, that's so disappointing. All that food for nothing."
    )
    assert grade.tip.startswith("Say back the part they singled out")
    assert "none of your family turned up" in grade.tip


def test_a_reply_that_says_the_part_back_gets_no_note() -> None:
    grade = grade_reply(
        BARBECUE, "It really hurt that nobody from my family came, on top of the rain. Right?"
    )
    assert grade.rubrics.accuracy.passed
    assert "singled out" not in grade.rubrics.accuracy.rationale
    assert "singled out" not in grade.tip


def test_no_note_when_nothing_was_singled_out() -> None:
    grade = grade_reply(
        "My boss dumped another project on me and I'm exhausted.", "Do you want pizza tonight?"
    )
    assert not grade.rubrics.accuracy.passed
    assert "singled out" not in grade.rubrics.accuracy.rationale


def test_a_long_singled_out_part_is_not_quoted() -> None:
    statement = (
        "The car thing is whatever. What's really getting to me is that you went and told your "
        "sister and her husband and your whole group chat and probably half the office about "
        "our money problems before you ever said a word to me about any of it."
    )
    grade = grade_reply(statement, "The car breaking down is so annoying.")
    assert not grade.rubrics.accuracy.passed
    assert "singled out" not in grade.rubrics.accuracy.rationale
