"""`trainer practice`: a practice conversation in the terminal, run and stored as the page
runs it (trainer.partner.flow decides for both), so progress counts it too."""

from __future__ import annotations

import random

import click

from trainer.cli.options import (
    database_option,
    find_assigned_drill,
    grader_option,
    learner_as_option,
    pin_option,
    signed_in_learner,
    timeout_option,
)
from trainer.cli.output import echo
from trainer.errors import InvalidInput, LLMError
from trainer.grading.grader import failure_reason
from trainer.grading.report import render_report
from trainer.llm.breaker import CircuitBreaker
from trainer.llm.choice import GraderChoice, choose_model
from trainer.partner.conversation import MODES, Mode, mood_caption, partner_lines
from trainer.partner.flow import (
    ScenarioRequest,
    begin,
    choose_scenario,
    parse_empathy_map,
    submit,
    upgrade,
)
from trainer.partner.scenarios.bank import load_bank
from trainer.partner.scenarios.models import DIFFICULTIES, THEMES, Difficulty, Theme
from trainer.store import open_store

RETRY = ":retry"
# Typed alone on a line, these end the conversation (as an empty line does); never graded.
QUIT = (":quit", ":q", ":exit")
COMMANDS = f"Type {RETRY} to rework your last reply; {', '.join(QUIT)} or an empty line ends."


def _ask(label: str) -> str | None:
    """One line from the learner, or None when they asked to end. A line that is only a
    `:word` is a command, never a reply: an unknown one is named and asked again."""
    while True:
        text = click.prompt(label, default="", show_default=False)
        word = text.strip()
        if not word or word.lower() in QUIT:
            return None
        if word.startswith(":") and word[1:].isalpha() and word.lower() != RETRY:
            echo(f"{word!r} is not a command here. {COMMANDS}", err=True)
            continue
        return text


@click.command("practice")
@click.option("--scenario", "scenario_id", help="A scenario id (see `trainer scenario list`).")
@click.option("--theme", type=click.Choice(THEMES), help="Pick a scenario of this theme.")
@click.option("--difficulty", type=click.Choice(DIFFICULTIES))
@click.option("--mode", type=click.Choice(MODES), default="reflect", show_default=True)
@grader_option
@click.option("--seed", type=int, help="Repeatable scenario choice.")
@database_option
@learner_as_option
@pin_option
@click.option("--drill", "drill_key", help="Practise an assigned drill (title or id).")
@timeout_option
def practice(
    scenario_id: str | None,
    theme: Theme | None,
    difficulty: Difficulty | None,
    mode: Mode,
    grader: GraderChoice,
    seed: int | None,
    database: str | None,
    who: str | None,
    pin: str | None,
    drill_key: str | None,
    timeout_s: float | None,
) -> None:
    """Talk with a simulated partner until they feel heard (or five turns), then a summary.
    Type :retry to rework your last reply to the same words; :quit, :q, :exit or an empty
    line ends the conversation (nothing more is graded)."""
    bank = load_bank()
    store = open_store(database)
    me = signed_in_learner(store, who, pin)
    drill = find_assigned_drill(store, me, drill_key) if drill_key else None
    request = ScenarioRequest(theme=theme, difficulty=difficulty, mode=mode,
                              scenario_id=scenario_id, drill=drill, prefer_unseen=seed is None)  # fmt: skip
    history = store.attempts(me) if drill is not None or seed is None else []
    run = begin(request, choose_scenario(request, bank, history, random.Random(seed)))
    if drill is not None:
        echo(f"Drill: {drill.spec.title}. {drill.spec.instructions}")
    breaker = CircuitBreaker(on_open=lambda note: click.echo(note, err=True))
    model = choose_model(grader, timeout_s=timeout_s, breaker=breaker)
    llm_only = model if grader == "llm" else None

    scenario = run.conversation.scenario
    echo(f"[{scenario.scenario_id} · {scenario.theme} · {scenario.difficulty} · "
         f"{run.conversation.mode}]")  # fmt: skip
    echo(f"Practice, not therapy. Type your reply. {COMMANDS}\n")
    while not run.conversation.done:
        echo(f"Partner: {run.conversation.partner_line()}")
        feelings = need = ""
        if run.conversation.mode == "empathy_mapping":
            feelings = click.prompt("Feelings you hear (comma-separated)", default="")
            if feelings.strip().lower() in QUIT:
                break
            need = click.prompt("What they need", default="")
            if need.strip().lower() in QUIT:
                break
        attempt = run
        response = _ask("You")
        while response is not None and response.strip().lower() == RETRY:
            if run.last is None:
                echo(f"Nothing to rework yet: reply first. {COMMANDS}", err=True)
            elif attempt is run:
                attempt = run.retry()
                echo(f"Partner (again): {attempt.answering.partner_line()}")
            response = _ask("You")
        if response is None:
            break
        empathy_map = parse_empathy_map(attempt.answering.mode, feelings, need)
        try:
            attempt = submit(store, me, attempt, response, empathy_map=empathy_map,
                             llm_only=llm_only)  # fmt: skip
        except InvalidInput as exc:
            echo(f"{exc}\n", err=True)
            continue
        except LLMError as exc:  # --grader llm: say so, keep the words, no stand-in grade
            click.echo(f"Error: {failure_reason(exc)}", err=True)
            click.echo("Your reply is kept, not graded. Reply again to retry, or press Enter "
                       "on an empty line to end.\n", err=True)  # fmt: skip
            continue
        if attempt.conversation.safety is not None:
            echo(f"\n{attempt.conversation.safety.notice}")
            return
        run = upgrade(store, me, attempt, model)
        if run.held_for_review:
            echo("Sent to your coach: this drill's feedback shows once they approve it.\n")
            break
        turn = run.conversation.turns[-1]
        if turn.map_check:
            echo(f"Empathy map: {turn.map_check.feedback}")
        click.echo(render_report(turn.grade, color=True))
        if run.last and run.last.score_change is not None:
            echo(f"Change from your last try: {run.last.score_change:+d}")
        if run.last and run.last.notice:
            echo(run.last.notice)
        if not run.conversation.done:
            echo(f"({mood_caption(turn)} {RETRY} reworks this reply.)\n")
    summary = run.summary()
    if summary is None:  # held for the coach's review
        return
    if run.conversation.turns:
        last = run.conversation.turns[-1]
        for line in partner_lines(last):
            echo(f"Partner: {line}")
        echo(f"({mood_caption(last)})\n")
    echo(f"Turns: {summary.turns}; felt heard: {'yes' if summary.felt_heard else 'not yet'}")
    if summary.went_well:
        echo(f"Went well: {summary.went_well}")
    if summary.habit_to_work_on:
        echo(f"One habit to work on: {summary.habit_to_work_on}")
