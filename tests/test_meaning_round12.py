"""Round 12 (cases_meaning_r12): kinds of error people make when reflecting that no detector
read, found in development sets and written here in new words: a feeling an event stirred up in
the partner ("watching me hug her stirred up jealousy"). Texts here are new wording, not the
cases'."""

from __future__ import annotations

import pytest

from tests.offline_grade import items


def _earned(statement: str, reply: str, rubric: str) -> set[str]:
    return items(statement, reply, rubric, "earned")  # type: ignore[arg-type]


# --- a feeling an event stirred up is theirs ---------------------------------------------------


@pytest.mark.parametrize(
    "statement, reply",
    [
        (
            "When you called my sister the clever one, I was really hurt.",
            "Hearing me call your sister the clever one brought up a lot of hurt.",
        ),
        (
            "I saw you dancing with Kate all night and honestly I was jealous.",
            "Watching me dance with her all night stirred up real jealousy.",
        ),
        (
            "You were texting your ex all through our anniversary dinner. I felt so jealous.",
            "Watching me message her all evening brought the jealousy back.",
        ),
    ],
)
def test_a_feeling_an_event_stirred_up_is_named_as_theirs(statement: str, reply: str) -> None:
    assert "names_main_feeling" in _earned(statement, reply, "accuracy"), reply


@pytest.mark.parametrize(
    "statement, reply",
    [
        (
            "My cousin's christening is Sunday and I'm dreading seeing my mum there.",
            "Seeing my mum at family dos always brought up so much dread for me too.",
        ),
        (
            "My sister's moving to Canada next month and I'm dreading the goodbye.",
            "Talking about my brother leaving brought up so much sadness in me too.",
        ),
    ],
)
def test_a_feeling_stirred_up_in_someone_else_is_not_theirs(statement: str, reply: str) -> None:
    assert "names_main_feeling" not in _earned(statement, reply, "accuracy"), reply
