"""The learner's own commands, as the Progress, Start and Settings pages offer them:
`trainer progress|history|export|delete-my-data|start|settings|db`."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import click

from trainer.cli.options import (
    database_option,
    emit_json,
    json_option,
    pin_option,
    signed_in_learner,
)
from trainer.cli.options import learner_as_option as as_option
from trainer.cli.output import echo, emit_data
from trainer.coaching import history as past
from trainer.coaching import progress as maths
from trainer.coaching.records import AttemptRecord, coach_notes
from trainer.coaching.self_assessment import load_assessment, suggest
from trainer.errors import BadArgument, TrainerError
from trainer.grading.report import render_report, rubric_title
from trainer.grading.schema import RUBRIC_KEYS
from trainer.partner.scenarios.models import DIFFICULTIES, THEMES
from trainer.store import Actor, Store, describe_database, forget, open_store


def _mine(
    database: str | None, who: str | None, pin: str | None
) -> tuple[Store, Actor, list[AttemptRecord]]:
    store = open_store(database)
    me = signed_in_learner(store, who, pin)
    return store, me, store.attempts(me)


@click.command("progress")
@database_option
@as_option
@pin_option
@json_option
def progress(database: str | None, who: str | None, pin: str | None, as_json: bool) -> None:
    """Per-rubric pass rates and direction, streak, and your most common mistakes."""
    store = open_store(database)
    me = signed_in_learner(store, who, pin)
    records = store.attempts(me, with_grades=False)
    recent = store.attempts(me, limit=200)
    summary = maths.summary(records, dt.datetime.now(dt.UTC).date(), detailed=recent)
    if as_json:
        emit_json(summary.model_dump(mode="json"))
        return
    if not summary.graded_attempts:
        echo("No graded attempts yet: run `trainer practice`.")
        return
    echo(
        f"{summary.graded_attempts} graded attempts · mean score {summary.mean_score:.0f} · "
        f"streak {summary.streak.current} day(s) (longest {summary.streak.longest})"
    )
    for key in RUBRIC_KEYS:
        rp = summary.rubrics[key]
        rate = f"{rp.pass_rate:.0%}" if rp.pass_rate is not None else "–"
        echo(f"  {rubric_title(key):<15} passed {rate:>4}  {rp.direction}")
    if summary.weakest_rubric:
        echo(f"Weakest skill: {rubric_title(summary.weakest_rubric)}")
    for m in summary.common_mistakes:
        echo(f"- {m.label}: {m.count}× — try: {m.tip}")
        for ex in m.examples[:2]:
            echo(f"    “{ex.text}” ({ex.created_at:%Y-%m-%d})")


@click.command("history")
@database_option
@as_option
@pin_option
@click.option("--theme", type=click.Choice(THEMES))
@click.option("--difficulty", type=click.Choice(DIFFICULTIES))
@click.option(
    "--rubric", type=click.Choice(RUBRIC_KEYS), help="With --passed/--failed: that rubric."
)
@click.option("--passed/--failed", default=None, help="Only passed (or not passed) attempts.")
@click.option("--text", help="Only attempts whose reply or statement contains this.")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="From this day (YYYY-MM-DD).")
@click.option("--show", "show", type=click.IntRange(1), metavar="N",
              help="Show the feedback of the Nth attempt listed (1 = newest), with your "
              "coach's reasons.")  # fmt: skip
@json_option
def history(
    database: str | None,
    who: str | None,
    pin: str | None,
    theme: str | None,
    difficulty: str | None,
    rubric: str | None,
    passed: bool | None,
    text: str | None,
    since: dt.datetime | None,
    show: int | None,
    as_json: bool,
) -> None:
    """Your attempts, newest first, filtered like the Progress page's history; your coach's
    corrections under the attempts they reviewed. --show N prints one attempt's feedback."""
    _, _, records = _mine(database, who, pin)
    shown = past.filter_history(
        records, theme=theme, difficulty=difficulty, rubric=rubric,  # type: ignore[arg-type]
        passed=passed, text=text, since=since.date() if since else None,
    )  # fmt: skip
    if show is not None:
        if show > len(shown):
            raise BadArgument(f"--show {show}: there are {len(shown)} attempts listed; "
                              "run `trainer history` to see their numbers.")  # fmt: skip
        chosen = shown[show - 1]
        if as_json:
            emit_json(chosen.model_dump(mode="json"))
            return
        _show_attempt(chosen)
        return
    if as_json:
        emit_json(past.to_json_rows(shown))
        return
    echo(f"{len(shown)} of {len(records)} attempts (trainer history --show N for one's feedback)")
    for n, (record, row) in enumerate(zip(shown, past.history_table(shown), strict=True), 1):
        scores = " ".join(f"{row[k] if row[k] is not None else '-'}" for k in RUBRIC_KEYS)
        score = row["score"] if row["score"] is not None else "--"
        if record.awaiting_review:
            score, scores = "--", "waiting for your coach"
        echo(f"{n:>3}. {row['when']}  {score:>3}  [{scores}]  {row['theme']:<18} "
             f"{str(row['reply'])[:60]}")  # fmt: skip
        for note in coach_notes(record):
            echo(f"       {note}")


def _show_attempt(record: AttemptRecord) -> None:
    """One attempt's feedback as the learner sees it on Progress: the coach's reasons first."""
    echo(past.attempt_label(record, bool(record.overrides)))
    echo(f"Partner: {record.statement}")
    echo(f"You: {record.response}\n")
    if record.awaiting_review:
        echo("Waiting for your coach's review: the feedback shows once they release it.")
        return
    if record.grade is None:
        echo(f"Not graded: {record.error or record.status}")
        return
    for note in coach_notes(record):
        echo(note)
    click.echo(render_report(record.grade, color=True))


@click.command("export")
@database_option
@as_option
@pin_option
@click.option("--format", "fmt", type=click.Choice(["csv", "json"]), default="csv",
              show_default=True)  # fmt: skip
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="File to write (default: standard output).")  # fmt: skip
def export(
    database: str | None, who: str | None, pin: str | None, fmt: str, output: Path | None
) -> None:
    """Export all your attempts with their grades."""
    _, _, records = _mine(database, who, pin)
    text = (
        past.to_csv(records) if fmt == "csv" else json.dumps(past.to_json_rows(records), indent=2)
    )
    if output is None:
        emit_data(text)
    else:
        output.write_text(text, encoding="utf-8")
        echo(f"wrote {len(records)} attempts to {output}", err=True)


@click.command("delete-my-data")
@database_option
@as_option
@pin_option
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
def delete_my_data(database: str | None, who: str | None, pin: str | None, yes: bool) -> None:
    """Delete all your attempts and the practise-together rooms you sit in (asks first)."""
    store, me, records = _mine(database, who, pin)
    if not yes:
        rooms = forget.rooms_to_delete(store, me)
        together = f" and {rooms} practise-together room(s), for your partner too" if rooms else ""
        click.confirm(
            f"Delete all {len(records)} of your attempts{together}? This cannot be undone",
            abort=True,
        )
    echo(forget.delete_my_data(store, me).sentence())


@click.command("start")
@click.option("--answer", "answers", multiple=True, metavar="ID=0..4",
              help="Answer a question without prompting (repeatable).")  # fmt: skip
@json_option
def start_cmd(answers: tuple[str, ...], as_json: bool) -> None:
    """A short self-assessment that suggests where to begin."""
    assessment = load_assessment()
    given: dict[str, int] = {}
    for raw in answers:
        qid, _, value = raw.partition("=")
        if not value.strip().isdigit():
            raise click.BadParameter(f"{raw!r}: use ID=N with N from 0 to 4", param_hint="--answer")
        given[qid.strip()] = int(value)
    if not answers:
        echo(assessment.reminder + "\n")
        scale = ", ".join(f"{i} {label}" for i, label in enumerate(assessment.scale))
        for q in assessment.questions:
            given[q.question_id] = click.prompt(
                f"{q.text}\n  ({scale})", type=click.IntRange(0, 4), default=2
            )
    result = suggest(given, assessment)
    if as_json:
        emit_json(result.model_dump(mode="json"))
        return
    for p in result.patterns:
        echo(f"- {p.pattern}: {p.why}\n  Try this: {p.try_this}")
    echo(
        f"\nStart with: trainer practice --theme {result.theme} --difficulty {result.difficulty} "
        f"--mode {result.mode}   (focus: {rubric_title(result.focus_rubric)})"
    )


@click.command("settings")
def settings_cmd() -> None:
    """Which grader and database are in use, how well the configured model agrees with careful
    human labels (its validity card), and what text goes where (never the key)."""
    from trainer.cli.settings import echo_card
    from trainer.settings import (
        describe_sources,
        is_openai_url,
        mask_userinfo,
        resolve_llm_settings,
    )

    try:
        llm = resolve_llm_settings()
    except TrainerError as exc:
        echo(f"LLM: not usable ({exc}); grading is offline")
        llm = None
    else:
        if llm is None:
            echo("LLM: none configured; the offline grader grades on this machine")
        else:
            where = "OpenAI" if is_openai_url(llm.base_url) else "OpenAI-compatible server"
            url = mask_userinfo(llm.base_url or "https://api.openai.com/v1")
            echo(f"LLM: {where} at {url}, model {llm.model}, up to {llm.timeout_s:g} s "
                 "per grade; statement, hidden truth and reply are sent there")  # fmt: skip
            echo("Where each setting came from: " + "; ".join(describe_sources(llm)))
    echo_card(llm)
    backend, where = describe_database()
    echo(f"Database: {backend} at {where}")
    echo("Practice, not therapy.")


@click.group("db")
def db_group() -> None:
    """The attempts database."""


@db_group.command("upgrade")
@database_option
def db_upgrade(database: str | None) -> None:
    """Create or migrate the schema to the newest version (Alembic)."""
    store = open_store(database)
    echo(f"schema up to date at {store.engine.url.render_as_string(hide_password=True)}")


COMMANDS = [progress, history, export, delete_my_data, start_cmd, settings_cmd, db_group]
