"""The report and the highlighted markdown: offsets honoured, the learner's text shown literally."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Literal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer.grading.report import (
    WORD_JOINER,
    chip,
    escape_markdown,
    grade_evidence,
    highlight_spans,
    render_report,
    rubric_title,
)
from trainer.grading.schema import (
    Evidence,
    Flag,
    Grade,
    GradeMetadata,
    RubricResult,
)
from trainer.grading.scoring import build_rubrics, overall_score
from trainer.llm.model import Usage
from trainer.prompts import load_rubrics

_OPEN = re.compile(r":(green|red|orange)-background\[")


def ev(text: str, sub: str, effect: Literal["earned", "cost"] = "earned", nth: int = 0) -> Evidence:
    start = -1
    for _ in range(nth + 1):
        start = text.index(sub, start + 1)
    return Evidence(text=sub, start=start, end=start + len(sub), item="x", effect=effect)


def plain(markdown: str) -> str:
    """Undo highlight_spans: drop directives, undo escapes; what a reader would see."""
    out: list[str] = []
    i = 0
    while i < len(markdown):
        if markdown[i] == "\\":
            out.append(markdown[i + 1])
            i += 2
        elif m := _OPEN.match(markdown, i):
            i = m.end()
        elif markdown[i] == "]":
            i += 1
        elif markdown.startswith("&nbsp;", i):
            out.append(" ")
            i += len("&nbsp;")
        elif markdown.startswith("  \n", i):
            out.append("\n")
            i += 3
        elif markdown[i] == WORD_JOINER:  # invisible: breaks Streamlit's text rewrites
            i += 1
        else:
            out.append(markdown[i])
            i += 1
    return "".join(out)


def test_no_evidence_is_just_escaped_text() -> None:
    assert highlight_spans("you sound tired", []) == "you sound tired"


def test_one_span_in_the_middle() -> None:
    text = "so you sound tired now"
    assert highlight_spans(text, [ev(text, "sound tired")]) == (
        "so you :green-background[sound tired] now"
    )


def test_spans_at_both_ends() -> None:
    text = "tired and hurt"
    spans = [ev(text, "tired"), ev(text, "hurt", "cost")]
    assert highlight_spans(text, spans) == (":green-background[tired] and :red-background[hurt]")


def test_whole_text_span() -> None:
    text = "hurt"
    assert highlight_spans(text, [ev(text, "hurt", "cost")]) == ":red-background[hurt]"


def test_overlapping_spans_split_and_mixed_is_orange() -> None:
    text = "you should rest, you sound worn out"
    spans = [ev(text, "should rest, you sound", "cost"), ev(text, "you sound worn")]
    assert highlight_spans(text, spans) == (
        r"you :red-background[should rest\, ]"
        ":orange-background[you sound]"
        ":green-background[ worn] out"
    )


def test_nested_spans_of_one_effect_merge() -> None:
    text = "you sound so tired"
    spans = [ev(text, "sound so tired"), ev(text, "so")]
    assert highlight_spans(text, spans) == "you :green-background[sound so tired]"


def test_spans_that_do_not_match_the_text_are_skipped() -> None:
    text = "you sound tired"
    wrong = Evidence(text="tired", start=0, end=5, item="x", effect="earned")
    past_end = Evidence(text="x", start=20, end=21, item="x", effect="cost")
    empty = Evidence(text="", start=3, end=3, item="x", effect="cost")
    assert highlight_spans(text, [wrong, past_end, empty]) == "you sound tired"


def test_markdown_in_the_learner_text_is_escaped() -> None:
    assert escape_markdown("*a* [b](c) $d # <e> _f_ `g` :red[h] 1. ~i~ |j| &amp;") == (
        r"\*a\* \[b\]\(c\) \$d \# \<e\> \_f\_ \`g\` \:"
        + WORD_JOINER
        + r"red\[h\] 1\. \~i\~ \|j\| \&amp\;"
    )


def test_escaped_text_inside_a_highlight_reads_back_literally() -> None:
    text = "*so* [hurt](http://x) $5 :red[y]"
    out = highlight_spans(text, [ev(text, "[hurt]")])
    assert r":green-background[\[hurt\]]\(http" in out
    assert plain(out) == text


def test_leading_spaces_do_not_become_a_code_block() -> None:
    text = "    you sound tired\n  and hurt"
    out = escape_markdown(text)
    assert out == "&nbsp;" * 4 + "you sound tired  \n" + "&nbsp;" * 2 + "and hurt"


def test_span_across_a_line_break_is_wrapped_per_line() -> None:
    text = "you sound\n\ntired"
    out = highlight_spans(text, [ev(text, "sound\n\ntired", "cost")])
    assert out == "you :red-background[sound]  \n  \n:red-background[tired]"
    assert plain(out) == text


@given(
    st.text(max_size=60),
    st.lists(
        st.tuples(st.integers(0, 60), st.integers(0, 60), st.sampled_from(["earned", "cost"])),
        max_size=5,
    ),
)
def test_highlighting_never_changes_what_the_reader_sees(
    text: str, raw_spans: list[tuple[int, int, Literal["earned", "cost"]]]
) -> None:
    spans = [
        Evidence(text=text[a:b], start=a, end=b, item="x", effect=eff)
        for a, b, eff in raw_spans
        if a < b <= len(text)
    ]
    expected = re.sub(r"(?m)^[ \t]+", lambda m: " " * len(m.group()), text).replace("\r", "")
    expected = expected.replace(WORD_JOINER, "")
    assert plain(highlight_spans(text, spans)) == expected


def _grade(**changes: object) -> Grade:
    response = "You should just quit. At least you have a job."
    rubrics = build_rubrics(
        load_rubrics(),
        {"not_fixing": {"gives_advice": True}, "validation": {"minimizes": True}},
        evidence={
            "not_fixing": [ev(response, "You should just quit", "cost")],
            "validation": [ev(response, "At least", "cost")],
        },
    )
    fields: dict[str, object] = {
        "rubrics": rubrics,
        "score": overall_score(rubrics),
        "passed": False,
        "tip": "Hold the advice.",
        "model_reflection": "You sound fed up with being handed more work.",
        "minimal_edit": "You sound fed up.",
        "metadata": GradeMetadata(
            grader="llm",
            model="gpt-test",
            prompt_hash="abcdef0123456789",
            latency_ms=812.4,
            usage=Usage(total_tokens=321),
            fallback_reason=None,
        ),
    }
    fields.update(changes)
    return Grade.model_validate(fields)


def test_report_shows_every_part_of_the_grade() -> None:
    grade = _grade(
        flags=[Flag(code="sarcasm", message="This may be sarcastic; scored as written.")]
    )
    text = render_report(grade)
    assert f"Score {grade.score}/100 · not passed" in text
    for key, result in grade.rubrics.items():
        assert chip(key, result).label in text
        assert result.rationale in text
    assert '- "You should just quit" (x)' in text
    assert "Tip: Hold the advice." in text
    assert "Minimal edit: You sound fed up." in text
    assert "Model reflection: You sound fed up" in text
    assert "! This may read as sarcastic: This may be sarcastic" in text
    assert "Graded by the LLM grader (gpt-test) · 812 ms · 321 tokens" in text
    assert "abcdef" not in text and "sarcasm:" not in text
    assert "\x1b[" not in text


def test_report_in_colour_has_ansi_and_omits_absent_parts() -> None:
    text = render_report(_grade(minimal_edit=None), color=True)
    assert "\x1b[" in text
    assert "Minimal edit" not in text
    assert "Flags" not in text


def test_chip_colours_follow_pass_and_closeness() -> None:
    def result(score: int) -> RubricResult:
        return RubricResult(score=score, passed=score >= 3, rationale="r")

    assert chip("accuracy", result(4)).color == "green"
    assert chip("accuracy", result(3)).color == "green"
    assert chip("accuracy", result(2)).color == "orange"
    assert chip("accuracy", result(0)).color == "red"
    assert chip("not_hijacking", result(1)).label == "Not hijacking 1/4 · fail"


def test_titles_match_the_rubric_file() -> None:
    rubrics = load_rubrics()
    for key, rdef in rubrics.rubrics.items():
        assert rubric_title(key) == rdef.title


def test_grade_evidence_collects_each_span_once() -> None:
    grade = _grade()
    spans = grade_evidence(grade)
    assert [(e.start, e.end) for e in spans] == [(22, 30), (0, 20)]


def test_rubric_titles_come_from_the_rubrics_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pages and the CLI name a rubric as prompts/rubrics.yaml titles it, not from its key."""
    from trainer.grading.report import rubric_title
    from trainer.prompts import prompts_dir

    assert rubric_title("not_hijacking") == load_rubrics().rubrics["not_hijacking"].title
    target = tmp_path / "prompts"
    shutil.copytree(prompts_dir(), target)
    path = target / "rubrics.yaml"
    path.write_text(path.read_text().replace("title: Not hijacking", "title: Staying with them"))
    monkeypatch.setenv("TRAINER_PROMPTS_DIR", str(target))
    assert rubric_title("not_hijacking") == "Staying with them"
