"""Normalisation keeps a faithful map back to the learner's own characters."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from trainer.grading.offline.text import normalize, sentences, stem


def test_texting_forms_expand_and_map_back() -> None:
    n = normalize("u shoud talk 2 him, ur boss is awful")
    assert "you should talk" in n.text
    i = n.text.index("should")
    s, e = n.span(i, i + len("should"))
    assert n.original[s:e] == "shoud"


def test_quoted_speech_is_masked_but_kept() -> None:
    n = normalize('Your boss said "just deal with it" and that stung.')
    assert "deal with it" in n.text
    assert "deal with it" not in n.masked
    assert len(n.masked) == len(n.text)


def test_stretched_letters_collapse() -> None:
    assert "so sorry" in normalize("Sooooo sorry").text


def test_questions_without_question_marks() -> None:
    sents = sentences(normalize("what are you going to do about it. you sound tired").text)
    assert [s.is_question for s in sents] == [True, False]


def test_stem_matches_inflections() -> None:
    assert stem("asked") == stem("asking") == stem("ask")
    assert stem("projects") == stem("project")


@given(st.text(max_size=300))
def test_any_span_maps_inside_the_original(text: str) -> None:
    n = normalize(text)
    assert len(n.text) == len(n.masked) == len(n.starts) == len(n.ends)
    for a in range(0, len(n.text), 7):
        s, e = n.span(a, min(len(n.text), a + 5))
        assert 0 <= s <= e <= len(text)


def test_backticks_are_not_quote_marks() -> None:
    """Words set in backticks are the learner's own: not masked as quoted speech, so neither
    flagged as a quote nor hidden from the advice detector; an apostrophe typed as a backtick
    inside a word still reads as one."""
    n = normalize("Maybe `take tomorrow off` and rest, it`s been a lot.")
    assert n.masked == n.text
    assert "it's been" in n.text
    from trainer.grading.offline.grader import grade_offline
    from trainer.grading.schema import GradeRequest

    statement = "My sister cancelled on me again, the third time this month."
    warm = grade_offline(GradeRequest(statement=statement,
                                      response="That sounds `really` disappointing, a third time."))  # fmt: skip
    assert [f.code for f in warm.flags if f.code == "quoted_speech"] == []
    advice = grade_offline(GradeRequest(statement=statement,
                                        response="You should `stop making plans with her`."))  # fmt: skip
    assert not advice.rubrics.not_fixing.passed
    assert [f.code for f in advice.flags if f.code == "quoted_speech"] == []
