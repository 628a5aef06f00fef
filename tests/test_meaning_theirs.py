"""Words the listener says back as the partner's (or someone else's) are not the listener's own
(issue 12, Deliver 4). "You're saying it's fine, but..." reassures no one; "your dad keeps
telling you to toughen up" gives no advice; "when she said you were overreacting" is no verdict of
the listener's. One predicate (`theirs_ranges`) hides those spans from every detector of the
listener's own fixes, verdicts and stories; the listener's own words after them still count."""

from __future__ import annotations

import pytest
from offline_grade import grade_reply as _grade

from trainer.grading.offline.text import normalize, theirs_ranges
from trainer.grading.schema import Grade

PROMOTION = "They gave the team lead job to someone from outside. It's fine. I'm over it."
VISIT = "My aunt says I should just get over it, but I still think about Mum every single day."
SHOUTED = "My coach told me to calm down in front of the whole squad when I got upset."


def _on(grade: Grade, rubric: str) -> set[str]:
    return {i for i, yes in grade.rubrics.get(rubric).checklist.items() if yes}  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "reply",
    [
        "You're saying it's fine, but missing out on the lead role sounds like a real knock.",
        "If you're sure it's fine, ok, though being passed over for an outsider sounds painful.",
        "I'm hearing it's fine, but I wonder if being overlooked hurts more than that.",
        "so ur saying ur over it but it sounds like it still stings a bit",
    ],
)
def test_their_all_right_is_not_the_listeners_reassurance(reply: str) -> None:
    grade = _grade(PROMOTION, reply)
    assert "rushing_reassurance" not in _on(grade, "not_fixing")
    assert grade.rubrics.not_fixing.passed


@pytest.mark.parametrize(
    "reply",
    [
        "Your aunt keeps telling you to get over it, and you still miss your mum every day.",
        "When your aunt says you should just get over it, it sounds like it makes missing Mum lonelier.",
        "People tell you to move on, and meanwhile you think about her every single day.",
    ],
)
def test_someone_elses_advice_said_back_is_not_advice(reply: str) -> None:
    grade = _grade(VISIT, reply)
    assert not _on(grade, "not_fixing") & {"gives_advice", "rushing_reassurance"}
    assert "minimizes" not in _on(grade, "validation")


@pytest.mark.parametrize(
    "reply",
    [
        "When he told you to calm down, in front of everyone, that sounds humiliating.",
        "When your coach said calm down in front of the squad, it sounds like you felt shamed.",
    ],
)
def test_a_reported_put_down_is_not_the_listeners_judgement(reply: str) -> None:
    grade = _grade(SHOUTED, reply)
    assert not _on(grade, "validation") & {"judges_or_argues", "minimizes"}
    assert not _on(grade, "not_fixing")


@pytest.mark.parametrize(
    ("statement", "reply", "rubric", "item"),
    [
        # the listener's own reassurance, advice, verdict or story after the attribution
        (PROMOTION, "You're saying it's fine, and honestly it is, don't worry about it.",
         "not_fixing", "rushing_reassurance"),
        (VISIT, "Your aunt says get over it. You should just stop visiting her.",
         "not_fixing", "gives_advice"),
        (SHOUTED, "You said he told you to calm down. You really need to calm down though.",
         "not_fixing", "gives_advice"),
        (SHOUTED, "When you say he shouted, I had a coach exactly like that, he screamed at me "
         "every week for three seasons and I ended up quitting.", "not_hijacking", "me_too_story"),
    ],
)  # fmt: skip
def test_the_listeners_own_words_after_an_attribution_still_count(
    statement: str, reply: str, rubric: str, item: str
) -> None:
    assert item in _on(_grade(statement, reply), rubric)


def test_i_said_is_the_listeners_own() -> None:
    text = normalize("I said you should just quit. She told me it was fine.").masked
    assert theirs_ranges(text) == []
