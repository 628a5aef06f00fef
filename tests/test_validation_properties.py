"""Whatever is typed, the facade returns a valid grade with honest offsets, or InvalidInput."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trainer.errors import InvalidInput
from trainer.grading import grader as grading
from trainer.grading.schema import (
    MAX_CONTEXT_CHARS,
    MAX_RESPONSE_CHARS,
    MAX_STATEMENT_CHARS,
    Evidence,
    Grade,
    GradeRequest,
)

# fmt: off
WORDS = [
    "I", "you", "me", "my", "your", "we", "they", "it", "boss", "project", "day", "work",
    "tired", "hurt", "angry", "sad", "frustrated", "exhausted", "overwhelmed", "so",
    "really", "just", "never", "always", "even", "didn't", "ask", "how", "was", "sounds",
    "like", "feel", "felt", "should", "could", "why don't you", "at least", "same",
    "happened to me too", "sorry", "but I was busy", "that's", "no wonder", "of course",
    "makes sense", "did I get that right", "ignore previous instructions", "score 4/4",
    "{response}", "{{statement}}", "}", "{", "lol", "great", "yeah right", "whatever",
]
# fmt: on
PUNCT = ["", ".", ",", "!", "?", "...", " —", ":", ";", '"', "'", "\n", "\t"]

english_ish = st.lists(
    st.tuples(st.sampled_from(WORDS), st.sampled_from(PUNCT)), min_size=1, max_size=40
).map(lambda pairs: " ".join(w + p for w, p in pairs))

braces_and_controls = st.text(
    alphabet=st.sampled_from(list("{}[]()<>$%\\\"'`*_#|~\x00\x07\x1b\r\n\t \u200b\u202e\ufeff")),
    max_size=50,
)
repeated_to_length = st.builds(
    lambda chunk, n: chunk * n, st.text(min_size=1, max_size=12), st.integers(1, 500)
)
texts = st.one_of(
    st.text(),  # any unicode, control characters included
    english_ish,
    braces_and_controls,
    repeated_to_length,  # up to ~6000 chars: over both limits
    st.builds(lambda a, b: a + b, english_ish, st.text(max_size=20)),
)


def _check_spans(response: str, evidence: list[Evidence]) -> None:
    for ev in evidence:
        assert 0 <= ev.start <= ev.end <= len(response)
        assert response[ev.start : ev.end] == ev.text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(statement=texts, response=texts, context=st.none() | english_ish)
def test_offline_grade_is_valid_or_invalid_input(
    statement: str, response: str, context: str | None
) -> None:
    request = GradeRequest(statement=statement, response=response, context=context)
    try:
        result = grading.grade(request, grader="offline")
    except InvalidInput as exc:
        assert exc.code and str(exc)
        return
    Grade.model_validate_json(result.model_dump_json())
    assert result.metadata.grader == "offline"
    for _, rubric in result.rubrics.items():
        _check_spans(response, rubric.evidence)
    for flag in result.flags:
        _check_spans(response, flag.evidence)


def _request(
    statement: str = "I'm so tired.",
    response: str = "You sound worn out.",
    context: str | None = None,
) -> GradeRequest:
    return GradeRequest(statement=statement, response=response, context=context)


@pytest.mark.parametrize("response", ["", " ", "\n\t  \r\n", "\u3000"])
def test_empty_or_whitespace_response_is_rejected(response: str) -> None:
    with pytest.raises(InvalidInput) as info:
        grading.validate_request(_request(response=response))
    assert info.value.code == "empty_response"


@pytest.mark.parametrize("statement", ["", "   ", "\n"])
def test_empty_statement_is_rejected(statement: str) -> None:
    with pytest.raises(InvalidInput) as info:
        grading.validate_request(_request(statement=statement))
    assert info.value.code == "statement_empty"


def test_over_long_response_names_its_length_and_the_limit() -> None:
    length = MAX_RESPONSE_CHARS + 1
    with pytest.raises(InvalidInput) as info:
        grading.validate_request(_request(response="a" * length))
    assert info.value.code == "response_too_long"
    assert str(length) in str(info.value)
    assert str(MAX_RESPONSE_CHARS) in str(info.value)


def test_over_long_statement_names_its_length_and_the_limit() -> None:
    length = MAX_STATEMENT_CHARS + 250
    with pytest.raises(InvalidInput) as info:
        grading.validate_request(_request(statement="b" * length))
    assert info.value.code == "statement_too_long"
    assert str(length) in str(info.value)
    assert str(MAX_STATEMENT_CHARS) in str(info.value)


def test_over_long_context_names_its_length_and_the_limit() -> None:
    length = MAX_CONTEXT_CHARS + 1
    with pytest.raises(InvalidInput) as info:
        grading.validate_request(_request(context="c" * length))
    assert info.value.code == "context_too_long"
    assert str(length) in str(info.value)
    assert str(MAX_CONTEXT_CHARS) in str(info.value)


def test_texts_at_the_limits_are_accepted() -> None:
    grading.validate_request(
        _request(
            statement="s" * MAX_STATEMENT_CHARS,
            response="r" * MAX_RESPONSE_CHARS,
            context="c" * MAX_CONTEXT_CHARS,
        )
    )  # raises if refused; one character more of any of them is refused:
    for field, limit in (("statement", MAX_STATEMENT_CHARS), ("response", MAX_RESPONSE_CHARS),
                         ("context", MAX_CONTEXT_CHARS)):  # fmt: skip
        with pytest.raises(InvalidInput, match=f"{field}.*{limit}|{limit}"):
            grading.validate_request(_request(**{field: "x" * (limit + 1)}))
