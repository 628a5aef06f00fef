"""`trainer practice`: a practice conversation in the terminal, as the page runs it."""

from __future__ import annotations

import random

import click

from trainer import grading
from trainer.model_choice import choose_model
from trainer.report import render_report
from trainer.scenarios.bank import choose, load_bank
from trainer.scenarios.models import DIFFICULTIES, THEMES, Difficulty, Theme
from trainer.schema import Grade, GraderChoice, GradeRequest
from trainer.session import MODES, EmpathyMap, Mode, start, summarize, take_turn


@click.command("practice")
@click.option("--scenario", "scenario_id", help="A scenario id (see `trainer scenario list`).")
@click.option("--theme", type=click.Choice(THEMES), help="Pick a scenario of this theme.")
@click.option("--difficulty", type=click.Choice(DIFFICULTIES))
@click.option("--mode", type=click.Choice(MODES), default="reflect", show_default=True)
@click.option("--grader", type=click.Choice(["offline", "llm", "auto"]), default="auto",
              show_default=True)  # fmt: skip
@click.option("--seed", type=int, help="Repeatable scenario choice.")
def practice(
    scenario_id: str | None,
    theme: Theme | None,
    difficulty: Difficulty | None,
    mode: Mode,
    grader: GraderChoice,
    seed: int | None,
) -> None:
    """Talk with a simulated partner until they feel heard (or five turns), then a summary."""
    bank = load_bank()
    if scenario_id:
        scenario = bank.get(scenario_id)
    else:
        scenario = choose(bank, theme=theme, difficulty=difficulty, rng=random.Random(seed))
    model = choose_model(grader)

    def grade(request: GradeRequest) -> Grade:
        return grading.grade(request, grader, model)

    session = start(scenario, mode)
    click.echo(f"[{scenario.scenario_id} · {scenario.theme} · {scenario.difficulty} · {mode}]")
    click.echo("Practice, not therapy. Type your reply; an empty line ends the conversation.\n")
    while not session.done:
        click.echo(f"Partner: {session.partner_line()}")
        empathy_map = None
        if mode == "empathy_mapping":
            feelings = click.prompt("Feelings you hear (comma-separated)", default="")
            need = click.prompt("What they need", default="")
            empathy_map = EmpathyMap(
                feelings=[f.strip() for f in feelings.split(",") if f.strip()], need=need
            )
        response = click.prompt("You", default="", show_default=False)
        if not response.strip():
            break
        session = take_turn(session, response, grade, empathy_map)
        if session.safety is not None:
            click.echo(f"\n{session.safety.notice}")
            return
        turn = session.turns[-1]
        if turn.map_check:
            click.echo(f"Empathy map: {turn.map_check.feedback}")
        click.echo(render_report(turn.grade, color=True))
        click.echo(f"(partner feels {turn.reply.mood})\n")
    if session.turns:
        click.echo(f"Partner: {session.turns[-1].reply.text}\n")
    summary = summarize(session)
    click.echo(f"Turns: {summary.turns}; felt heard: {'yes' if summary.felt_heard else 'not yet'}")
    if summary.went_well:
        click.echo(f"Went well: {summary.went_well}")
        click.echo(f"One habit to work on: {summary.habit_to_work_on}")
