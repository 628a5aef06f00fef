"""Progress maths on hand-built attempts whose grades come from the real offline grader."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from functools import cache

import pytest

from trainer.coaching.history import CSV_COLUMNS, filter_history, to_csv, to_json_rows
from trainer.coaching.progress import (
    common_mistakes,
    failed_rubrics,
    rubric_progress,
    rubric_trend,
    streak,
    summary,
    weakest_rubric,
)
from trainer.coaching.records import AttemptRecord, AttemptStatus
from trainer.grading.offline.grader import grade_offline
from trainer.grading.schema import RUBRIC_KEYS, Grade, GradeRequest
from trainer.prompts import load_rubrics

BOSS = "My boss yelled at me in front of everyone today."
# name -> (statement, response); the grades below are what the offline grader gives them.
TEXTS: dict[str, tuple[str, str]] = {
    "good": (
        BOSS,
        "That sounds humiliating, being yelled at in front of everyone. No wonder you feel "
        "shaken. Did I get that right?",
    ),
    "fixer": (BOSS, "You should talk to HR about it, at least you still have a job."),
    "me_too": (
        "I got the promotion!",
        "Me too, I got promoted last year and it was great, let me tell you about my first week.",
    ),
    "counter": ("You never listen to me.", "Well you never ask about my day either."),
    # their complaint said back, then a counter-complaint: some accuracy, no validation
    "said_then_counter": (
        "You never listen to me.",
        "So I never listen to you. Well you never ask about my day either.",
    ),
    "defend": ("You forgot my birthday.", "But I was busy with work, I did not mean to."),
}
MONDAY = dt.date(2024, 3, 4)


@cache
def _grade(kind: str) -> Grade:
    statement, response = TEXTS[kind]
    return grade_offline(GradeRequest(statement=statement, response=response))


def _at(day: dt.date, hour: int = 12, minute: int = 0) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=dt.UTC)


def _day(offset: int) -> dt.date:
    return MONDAY + dt.timedelta(days=offset)


def record(
    attempt_id: str,
    when: dt.datetime,
    kind: str = "good",
    *,
    status: AttemptStatus = "graded",
    grade: Grade | None = None,
    **fields: object,
) -> AttemptRecord:
    statement, response = TEXTS[kind]
    data: dict[str, object] = {
        "attempt_id": attempt_id,
        "learner_id": "learner-1",
        "created_at": when,
        "statement": statement,
        "response": response,
        "status": status,
        "grade": (grade or _grade(kind)) if status == "graded" else None,
        "grader": "offline" if status == "graded" else None,
        **fields,
    }
    return AttemptRecord.model_validate(data)


def test_the_fixture_grades_are_what_the_tests_assume() -> None:
    assert _grade("good").passed and _grade("good").score == 100
    assert not _grade("fixer").rubrics.not_fixing.passed
    assert _grade("fixer").rubrics.not_fixing.checklist["gives_advice"]
    assert _grade("me_too").rubrics.not_hijacking.checklist["me_too_story"]


# --- empty and ungraded input ---------------------------------------------------------------


def test_empty_input_gives_empty_progress_not_zero_scores() -> None:
    result = summary([], MONDAY)
    assert result.total_attempts == 0
    assert result.graded_attempts == 0
    assert result.mean_score is None
    assert result.best_score is None
    assert result.weakest_rubric is None
    assert result.common_mistakes == []
    assert result.trend == []
    assert (result.streak.current, result.streak.longest, result.streak.days_practised) == (0, 0, 0)
    assert all(p.pass_rate is None and p.direction == "too_early" for p in result.rubrics.values())
    assert rubric_trend([]) == []
    assert filter_history([]) == []
    assert to_json_rows([]) == []
    assert list(csv.reader(io.StringIO(to_csv([]), newline=""))) == [list(CSV_COLUMNS)]


def test_only_graded_attempts_with_a_grade_count() -> None:
    records = [
        record("a1", _at(MONDAY), "good"),
        record("a2", _at(MONDAY, 13), "fixer", status="pending"),
        record("a3", _at(_day(1)), "fixer", status="failed", error="provider down"),
        record("a4", _at(_day(2)), "fixer", status="failed", error="provider down"),
    ]
    result = summary(records, _day(2))
    assert result.total_attempts == 4
    assert result.graded_attempts == 1
    assert result.mean_score == 100
    assert result.common_mistakes == []
    assert result.streak.days_practised == 1  # days with only ungraded attempts are not practice
    assert [p.attempts for p in rubric_trend(records)] == [1]


# --- streaks ----------------------------------------------------------------------------------


def test_a_missed_day_breaks_the_streak() -> None:
    days = [0, 1, 3, 4]  # day 2 missed
    records = [record(f"a{d}", _at(_day(d))) for d in days]
    result = streak(records, today=_day(4))
    assert result.current == 2
    assert result.longest == 2
    assert result.days_practised == 4
    assert result.last_practised == _day(4)


def test_a_streak_ending_yesterday_still_counts_until_a_whole_day_is_missed() -> None:
    records = [record(f"a{d}", _at(_day(d))) for d in (0, 1, 2)]
    assert streak(records, today=_day(3)).current == 3  # nothing yet today
    assert streak(records, today=_day(4)).current == 0  # all of day 3 missed
    assert streak(records, today=_day(4)).longest == 3


def test_longest_streak_and_several_attempts_a_day_count_once() -> None:
    days = [0, 1, 2, 3, 6, 6, 6, 8]
    records = [record(f"a{i}", _at(_day(d), 8 + i)) for i, d in enumerate(days)]
    result = streak(records, today=_day(8))
    assert result.longest == 4
    assert result.current == 1
    assert result.days_practised == 6


def test_streak_days_follow_the_learners_time_zone() -> None:
    late = record("late", _at(_day(0), 23, 30))  # 01:30 on day 1 in UTC+2
    plus_two = dt.timezone(dt.timedelta(hours=2))
    assert streak([late], today=_day(2)).current == 0
    assert streak([late], today=_day(2), tz=plus_two).current == 1


def test_attempts_after_today_do_not_extend_a_streak() -> None:
    records = [record("a0", _at(_day(0))), record("future", _at(_day(5)))]
    result = streak(records, today=_day(1))
    assert result.current == 1
    assert result.last_practised == _day(0)


# --- trend ------------------------------------------------------------------------------------


def test_daily_trend_means_and_pass_rates_sorted_by_date() -> None:
    records = [
        record("b", _at(_day(1)), "fixer"),
        record("a1", _at(_day(0), 9), "good"),
        record("a2", _at(_day(0), 18), "fixer"),
    ]
    trend = rubric_trend(records, "day")
    assert [p.start for p in trend] == [_day(0), _day(1)]
    first = trend[0]
    assert first.attempts == 2
    assert first.mean_score == pytest.approx((_grade("good").score + _grade("fixer").score) / 2)
    assert first.rubrics["not_fixing"].pass_rate == pytest.approx(0.5)
    assert first.rubrics["not_fixing"].mean_score == pytest.approx(
        (4 + _grade("fixer").rubrics.not_fixing.score) / 2
    )
    assert first.rubrics["not_hijacking"].pass_rate == 1.0
    assert trend[1].rubrics["not_fixing"].pass_rate == 0.0
    assert set(first.rubrics) == set(RUBRIC_KEYS)


def test_weekly_trend_groups_monday_to_sunday() -> None:
    records = [
        record("mon", _at(_day(0)), "good"),
        record("sun", _at(_day(6), 23), "fixer"),
        record("next-mon", _at(_day(7)), "good"),
    ]
    trend = rubric_trend(records, "week")
    assert [(p.start, p.attempts) for p in trend] == [(_day(0), 2), (_day(7), 1)]
    assert all(p.bucket == "week" for p in trend)
    assert trend[0].rubrics["not_fixing"].pass_rate == pytest.approx(0.5)


def test_unknown_bucket_is_refused() -> None:
    with pytest.raises(ValueError, match="month"):
        rubric_trend([record("a", _at(MONDAY))], "month")  # type: ignore[arg-type]


# --- common mistakes --------------------------------------------------------------------------


def test_mistakes_are_counted_with_examples_from_the_learners_own_words() -> None:
    records = [
        record("f1", _at(_day(0)), "fixer"),
        record("ok", _at(_day(1)), "good"),
        record("f2", _at(_day(2)), "fixer"),
        record("f3", _at(_day(3)), "fixer"),
        record("f4", _at(_day(4)), "fixer"),
        record("m1", _at(_day(5)), "me_too"),
    ]
    mistakes = common_mistakes(records)
    by_item = {m.item: m for m in mistakes}
    advice = by_item["gives_advice"]
    # the fixer reply trips three cost items; equal counts keep the order of rubrics.yaml
    assert [(m.item, m.count) for m in mistakes[:3]] == [
        ("minimizes", 4),
        ("gives_advice", 4),
        ("silver_lining", 4),
    ]
    assert advice.rubric == "not_fixing"
    assert advice.count == 4
    assert advice.share == pytest.approx(4 / 6)
    rubric_item = load_rubrics().rubrics["not_fixing"].item("gives_advice")
    assert (advice.label, advice.tip) == (rubric_item.label, rubric_item.tip)
    assert [e.attempt_id for e in advice.examples] == ["f4", "f3", "f2"]  # newest first, three
    fixer_statement, fixer_response = TEXTS["fixer"]
    for example in advice.examples:
        assert example.from_evidence
        assert example.text in fixer_response
        assert "HR" in example.text
        assert example.statement == fixer_statement
    assert by_item["me_too_story"].count == 1
    assert by_item["me_too_story"].examples[0].text in TEXTS["me_too"][1]
    assert "reflects_main_point" not in by_item  # earn items are never mistakes
    assert [m.count for m in mistakes] == sorted((m.count for m in mistakes), reverse=True)
    assert len(common_mistakes(records, limit=1)) == 1


def test_a_mistake_without_a_cost_span_falls_back_to_the_clipped_response() -> None:
    grade = _grade("fixer")
    no_spans = grade.rubrics.not_fixing.model_copy(update={"evidence": []})
    grade = grade.model_copy(
        update={"rubrics": grade.rubrics.model_copy(update={"not_fixing": no_spans})}
    )
    long_response = "You should just quit and find a better job, honestly. " * 5
    rec = record("long", _at(MONDAY), "fixer", grade=grade, response=long_response)
    (example,) = next(m for m in common_mistakes([rec]) if m.item == "gives_advice").examples
    assert not example.from_evidence
    assert len(example.text) == 160
    assert example.text.endswith("…")
    assert long_response.startswith(example.text[:-1])


def test_failed_rubrics_are_counted_per_rubric() -> None:
    records = [
        record("f", _at(_day(0)), "fixer"),
        record("m", _at(_day(1)), "me_too"),
        record("g", _at(_day(2)), "good"),
    ]
    counts = failed_rubrics(records)
    assert counts == {"accuracy": 2, "validation": 2, "not_fixing": 1, "not_hijacking": 1}
    assert {k: p.failed for k, p in rubric_progress(records).items()} == counts


# --- history filters --------------------------------------------------------------------------


@pytest.fixture
def history() -> list[AttemptRecord]:
    return [
        record("w1", _at(_day(0)), "good", theme="work_stress", difficulty="easy"),
        record("w2", _at(_day(1)), "fixer", theme="work_stress", difficulty="medium"),
        record(
            "n1", _at(_day(2)), "me_too", theme="good_news", difficulty="easy", mode="mirroring"
        ),
        record("u1", _at(_day(3)), "defend", theme="upset_with_you", difficulty="hard"),
        record("p1", _at(_day(4)), "fixer", status="pending", theme="work_stress"),
    ]


def _ids(records: list[AttemptRecord]) -> list[str]:
    return [r.attempt_id for r in records]


def test_history_is_newest_first_and_unfiltered_keeps_ungraded(
    history: list[AttemptRecord],
) -> None:
    assert _ids(filter_history(history)) == ["p1", "u1", "n1", "w2", "w1"]


def test_history_filters_by_theme_difficulty_and_mode(history: list[AttemptRecord]) -> None:
    assert _ids(filter_history(history, theme="work_stress")) == ["p1", "w2", "w1"]
    assert _ids(filter_history(history, difficulty="easy")) == ["n1", "w1"]
    assert _ids(filter_history(history, mode="mirroring")) == ["n1"]
    assert _ids(filter_history(history, theme="work_stress", difficulty="medium")) == ["w2"]


def test_history_filters_by_rubric_and_pass(history: list[AttemptRecord]) -> None:
    assert _ids(filter_history(history, rubric="not_fixing", passed=False)) == ["w2"]
    assert _ids(filter_history(history, rubric="not_fixing", passed=True)) == ["u1", "n1", "w1"]
    assert _ids(filter_history(history, passed=True)) == ["w1"]
    assert _ids(filter_history(history, passed=False)) == ["u1", "n1", "w2"]
    assert _ids(filter_history(history, rubric="accuracy")) == ["u1", "n1", "w2", "w1"]
    with pytest.raises(ValueError, match="kindness"):
        filter_history(history, rubric="kindness")  # type: ignore[arg-type]


def test_history_filters_by_date_inclusive_and_by_instant(history: list[AttemptRecord]) -> None:
    assert _ids(filter_history(history, since=_day(1), until=_day(3))) == ["u1", "n1", "w2"]
    assert _ids(filter_history(history, since=_day(4))) == ["p1"]
    assert _ids(filter_history(history, until=_day(0))) == ["w1"]
    after_noon = _at(_day(1), 12, 1)
    assert _ids(filter_history(history, since=after_noon, until=_at(_day(3)))) == ["u1", "n1"]


def test_history_text_search_ignores_case_in_response_and_statement(
    history: list[AttemptRecord],
) -> None:
    assert _ids(filter_history(history, text="hr ABOUT")) == ["p1", "w2"]  # response
    assert _ids(filter_history(history, text="PROMOTION")) == ["n1"]  # statement
    assert _ids(filter_history(history, text="birthday", passed=False)) == ["u1"]
    assert filter_history(history, text="nowhere in any attempt") == []
    assert len(filter_history(history, text="   ")) == len(history)


# --- summary ----------------------------------------------------------------------------------


def test_summary_totals_best_score_and_improvement_over_the_last_ten() -> None:
    fixes = [record(f"f{i:02}", _at(_day(i)), "fixer") for i in range(10)]
    goods = [record(f"g{i:02}", _at(_day(10 + i)), "good") for i in range(10)]
    result = summary(fixes + goods, today=_day(19))
    assert result.graded_attempts == 20
    assert result.best_score == 100
    assert result.mean_score == pytest.approx((10 * _grade("fixer").score + 1000) / 20)
    nf = result.rubrics["not_fixing"]
    assert (nf.previous_pass_rate, nf.recent_pass_rate, nf.pass_rate) == (0.0, 1.0, 0.5)
    assert nf.direction == "improving"
    assert result.rubrics["not_hijacking"].direction == "steady"
    assert result.streak.current == 20
    assert result.common_mistakes[0].count == 10
    assert len(result.trend) == 20
    shuffled = summary(list(reversed(fixes + goods)), today=_day(19))
    assert shuffled.rubrics == result.rubrics  # windows come from created_at, not list order


def test_summary_says_too_early_until_there_is_an_earlier_window() -> None:
    records = [record(f"g{i}", _at(_day(i)), "good") for i in range(12)]
    result = summary(records, _day(11))
    assert all(p.direction == "too_early" for p in result.rubrics.values())
    assert result.rubrics["accuracy"].recent_pass_rate == 1.0


def test_a_rubric_getting_worse_is_slipping() -> None:
    goods = [record(f"g{i:02}", _at(_day(i)), "good") for i in range(10)]
    fixes = [record(f"f{i:02}", _at(_day(10 + i)), "fixer") for i in range(10)]
    assert summary(goods + fixes, _day(19)).rubrics["not_fixing"].direction == "slipping"


def test_weakest_rubric_breaks_pass_rate_ties_by_lower_mean_score() -> None:
    records = [
        record("m", _at(_day(0)), "me_too"),
        record("c", _at(_day(1)), "said_then_counter"),
    ]
    progress = rubric_progress(records)
    tied = [k for k, p in progress.items() if p.pass_rate == 0.0]
    assert tied == ["accuracy", "validation", "not_hijacking"]  # all fail both times
    # validation has the lowest mean (0: "it was great" inside the listener's own story validates
    # nothing; the counter-complaint validates nothing), though accuracy comes first in order
    assert progress["accuracy"].mean_score > progress["validation"].mean_score
    assert weakest_rubric(progress) == "validation"
    assert summary(records, _day(1)).weakest_rubric == "validation"
    fixer_only = summary([record("f", _at(_day(0)), "fixer")], _day(0))
    assert fixer_only.weakest_rubric == "accuracy"  # full tie: rubric order decides


# --- exports ----------------------------------------------------------------------------------

NASTY_STATEMENT = 'She said, "you always cancel, always" —\nand then she hung up. Ça va?'
NASTY_RESPONSE = (
    'So she said "always", twice,\r\nand hung up; that sounds really hurtful, no wonder.'
)


def test_csv_round_trips_commas_quotes_and_newlines() -> None:
    grade = grade_offline(GradeRequest(statement=NASTY_STATEMENT, response=NASTY_RESPONSE))
    nasty = record(
        "x,1",
        _at(MONDAY, 7, 5),
        grade=grade,
        statement=NASTY_STATEMENT,
        response=NASTY_RESPONSE,
        theme="friendships",
        difficulty="medium",
        scenario_id="friendships-002",
        prompt_hash='h"1',
    )
    pending = record("p", _at(_day(1)), "fixer", status="pending")
    rows = list(csv.reader(io.StringIO(to_csv([nasty, pending]), newline="")))
    assert rows[0] == list(CSV_COLUMNS)
    assert len(rows) == 3
    row = dict(zip(CSV_COLUMNS, rows[1], strict=True))
    assert row["attempt_id"] == "x,1"
    assert row["statement"] == NASTY_STATEMENT
    assert row["response"] == NASTY_RESPONSE
    assert row["prompt_hash"] == 'h"1'
    assert dt.datetime.fromisoformat(row["created_at"]) == nasty.created_at
    assert row["score"] == str(grade.score)
    assert row["passed"] == ("true" if grade.passed else "false")
    assert [row[k] for k in RUBRIC_KEYS] == [str(grade.rubrics.get(k).score) for k in RUBRIC_KEYS]
    assert row["tip"] == grade.tip
    assert row["grader"] == "offline"
    blank = dict(zip(CSV_COLUMNS, rows[2], strict=True))
    assert blank["status"] == "pending"
    assert [blank[k] for k in ("score", "passed", "tip", *RUBRIC_KEYS)] == [""] * 7


def test_json_rows_dump_and_load_back_to_the_same_records() -> None:
    records = [
        record("a", _at(MONDAY), "fixer", theme="work_stress"),
        record("b", _at(_day(1)), "good", status="pending"),
    ]
    rows = to_json_rows(records)
    text = json.dumps(rows)
    loaded = json.loads(text)
    assert loaded[0]["created_at"] == "2024-03-04T12:00:00Z"
    assert loaded[0]["grade"]["rubrics"]["not_fixing"]["checklist"]["gives_advice"] is True
    assert loaded[1]["grade"] is None
    assert [AttemptRecord.model_validate(row) for row in loaded] == records
