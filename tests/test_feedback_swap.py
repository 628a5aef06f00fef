"""The smallest minimal edit: the wrong feeling word swapped for the partner's own, the rest of the
learner's sentence kept (trainer/grading/feedback/swap.py). Every edit shown passes on regrade."""

from __future__ import annotations

import pytest

from trainer.grading.feedback.swap import feeling_swaps, own_feeling_phrase
from trainer.grading.offline.grader import grade_offline
from trainer.grading.schema import GradeRequest


@pytest.mark.parametrize(
    ("statement", "phrase"),
    [
        ("I'm a bit annoyed you forgot the bins.", "a bit annoyed"),
        ("Honestly I feel so hurt that nobody called.", "so hurt"),
        ("I'm not angry, I'm just really hurt that you forgot.", "really hurt"),
        ("It's been a long week.", None),
    ],
)
def test_their_feeling_is_read_with_its_size(statement: str, phrase: str | None) -> None:
    assert own_feeling_phrase(statement) == phrase


def test_a_wrong_feeling_is_swapped_in_place() -> None:
    reply = "You're absolutely furious with me about the bins, and that's fair."
    start = reply.index("furious")
    swapped = feeling_swaps(
        reply,
        [(start, "wrong_feeling", start + len("furious"))],
        "I'm a bit annoyed about the bins.",
    )
    assert swapped == ["You're a bit annoyed with me about the bins, and that's fair."]


def test_only_a_feeling_said_of_them_is_swapped() -> None:
    reply = "That's not furious, that's fair."  # no "you're ___" before it
    start = reply.index("furious")
    assert feeling_swaps(reply, [(start, "wrong_feeling", start + 7)], "I'm a bit annoyed.") == []


@pytest.mark.parametrize(
    ("statement", "reply", "kept"),
    [
        (
            "I'm a bit annoyed you forgot to book the restaurant, that's all.",
            "You're absolutely furious with me about the restaurant, and honestly that's fair.",
            "a bit annoyed with me about the restaurant",
        ),
        (
            "I'm absolutely devastated that the adoption fell through.",
            "You're a bit disappointed the adoption didn't happen.",
            "absolutely devastated the adoption didn't happen",
        ),
        (
            "I'm so sad that Gran's house is being sold.",
            "You must be furious they're selling Gran's house.",
            "so sad they're selling Gran's house",
        ),
    ],
)
def test_the_grade_offers_the_swap_and_it_passes(statement: str, reply: str, kept: str) -> None:
    grade = grade_offline(GradeRequest(statement=statement, response=reply))
    assert grade.minimal_edit and kept in grade.minimal_edit, grade.minimal_edit
    regraded = grade_offline(GradeRequest(statement=statement, response=grade.minimal_edit))
    assert regraded.passed
