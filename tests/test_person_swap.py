"""Saying the partner's words back: "you" becomes "I" where it is the subject and "me" where
it is the object. A reflection that says "the first thing me said" teaches broken English."""

from __future__ import annotations

import pytest

from trainer.grading.feedback.person import swap_person


@pytest.mark.parametrize(
    ("partner", "said_back"),
    [
        (
            "the first thing you said was about the bikes",
            "the first thing I said was about the bikes",
        ),
        ("the night you forgot my birthday", "the night I forgot your birthday"),
        ("the way you never ask", "the way I never ask"),
        ("everything you promised", "everything I promised"),
        ("the money you spent", "the money I spent"),
        ("because you forgot", "because I forgot"),
    ],
)
def test_you_as_a_subject_becomes_i(partner: str, said_back: str) -> None:
    assert swap_person(partner) == said_back


@pytest.mark.parametrize(
    ("partner", "said_back"),
    [
        ("I told you twice", "you told me twice"),
        ("I waited for you all evening", "you waited for me all evening"),
        ("I needed you there", "you needed me there"),
        ("I was angry with you yesterday", "you were angry with me yesterday"),
    ],
)
def test_you_as_an_object_becomes_me(partner: str, said_back: str) -> None:
    assert swap_person(partner) == said_back
