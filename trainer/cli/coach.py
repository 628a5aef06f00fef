"""Coach commands, doing what the Coach page does: `trainer coach report|review|release|
override` (drills are in trainer/cli/drill.py, profiles and groups in trainer/cli/profile.py).

Who acts is `--as NAME` (or TRAINER_PROFILE) with `--pin` (or TRAINER_PIN, or asked). The
library checks every permission, so a command cannot reach past them."""

from __future__ import annotations

import datetime as dt

import click

from trainer.cli.options import (
    acting_options,
    emit_json,
    json_option,
    open_signed_in,
)
from trainer.cli.output import echo
from trainer.coaching import service as c
from trainer.coaching.dashboard import coach_dashboard
from trainer.grading.schema import RUBRIC_KEYS


@click.group("coach")
def coach_group() -> None:
    """The coach's dashboard and reviews."""


@coach_group.command("report")
@acting_options
@json_option
def coach_report(who: str, pin: str | None, database: str | None, as_json: bool) -> None:
    """Per learner and rubric: attempts, pass rate, trend, weakest skill, overdue drills."""
    store, actor = open_signed_in(database, who, pin)
    rows = coach_dashboard(store, actor, dt.datetime.now(dt.UTC).date())
    if as_json:
        emit_json([r.model_dump(mode="json") for r in rows])
        return
    head = "  ".join(f"{k[:11]:>11}" for k in RUBRIC_KEYS)
    echo(f"{'learner':<18} {'att':>4}  {head}  weakest         overdue")
    for r in rows:
        cells = "  ".join(
            f"{(r.rubrics[k].pass_rate or 0):>5.0%} {r.rubrics[k].direction[:5]:<5}"
            for k in RUBRIC_KEYS
        )
        echo(f"{r.name[:18]:<18} {r.attempts:>4}  {cells}  {(r.weakest or '-'):<15} "
                   f"{', '.join(r.drills_overdue) or '-'}")  # fmt: skip


@coach_group.command("review")
@acting_options
def coach_review(who: str, pin: str | None, database: str | None) -> None:
    """Attempts waiting for your approval: who wrote them, to what, and their score."""
    store, actor = open_signed_in(database, who, pin)
    held = c.awaiting_review(store, actor)
    names = {p.profile_id: p.name for p in c.learners(store, actor)} if held else {}
    if not held:
        echo("Nothing is waiting for review.")
    for a in held:
        score = a.grade.score if a.grade else "-"
        echo(f"{a.attempt_id}  {a.created_at:%Y-%m-%d}  {names.get(a.learner_id, '?')}  "
             f"score {score}")  # fmt: skip
        echo(f"  Partner: {a.statement}")
        echo(f"  Reply:   {a.response}")


@coach_group.command("release")
@click.argument("attempt_id")
@acting_options
def coach_release(attempt_id: str, who: str, pin: str | None, database: str | None) -> None:
    """Approve held feedback so the learner sees it."""
    store, actor = open_signed_in(database, who, pin)
    c.release(store, actor, attempt_id)
    echo(f"released {attempt_id}")


@coach_group.command("override")
@click.argument("attempt_id")
@click.argument("rubric", type=click.Choice(RUBRIC_KEYS))
@click.argument("score", type=click.IntRange(0, 4))
@click.option("--reason", required=True, help="What the grader missed.")
@acting_options
def coach_override(attempt_id: str, rubric: str, score: int, reason: str, who: str,
                   pin: str | None, database: str | None) -> None:  # fmt: skip
    """Correct one rubric of a learner's attempt, with a reason."""
    store, actor = open_signed_in(database, who, pin)
    o = c.override(store, actor, attempt_id, rubric, score, reason)  # type: ignore[arg-type]
    echo(f"{rubric}: {o.original_score} -> {o.score} ({o.reason})")
