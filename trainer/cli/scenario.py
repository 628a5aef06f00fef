"""`trainer scenario list|show`: browse the offline scenario bank from the terminal.

Authors use it to check what the bank holds and how a scenario reads with its hidden truth;
`--json` gives scripts the same data without scraping the table.
"""

from __future__ import annotations

from typing import get_args

import click

from trainer.cli.options import emit_json, json_option
from trainer.cli.output import echo
from trainer.partner.scenarios.bank import load_bank
from trainer.partner.scenarios.models import Difficulty, Scenario, Theme

STATEMENT_WIDTH = 60


def _truncate(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"


def _summary(scenario: Scenario) -> dict[str, str]:
    return {
        "id": scenario.scenario_id,
        "theme": scenario.theme,
        "difficulty": scenario.difficulty,
        "statement": scenario.statement,
    }


@click.group(name="scenario")
def scenario_group() -> None:
    """Browse the practice scenarios (what the partner says and what they really feel)."""


@scenario_group.command("list")
@click.option("--theme", type=click.Choice(get_args(Theme)), help="Only this theme.")
@click.option("--difficulty", type=click.Choice(get_args(Difficulty)), help="Only this level.")
@json_option
def list_scenarios(theme: Theme | None, difficulty: Difficulty | None, as_json: bool) -> None:
    """List scenarios: id, theme, difficulty and the start of the statement."""
    found = load_bank().filter(theme=theme, difficulty=difficulty)
    if as_json:
        emit_json([_summary(s) for s in found])
        return
    if not found:
        echo("no scenarios match.", err=True)
        return
    rows = [
        (s.scenario_id, s.theme, s.difficulty, _truncate(s.statement, STATEMENT_WIDTH))
        for s in found
    ]
    header = ("id", "theme", "difficulty", "statement")
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(3)]
    for row in [header, *rows]:
        cells = [cell.ljust(width) for cell, width in zip(row[:3], widths, strict=True)]
        echo("  ".join([*cells, row[3]]))
    echo(f"\n{len(found)} scenario(s)", err=True)


@scenario_group.command("show")
@click.argument("scenario_id")
@json_option
def show(scenario_id: str, as_json: bool) -> None:
    """Show one scenario with its hidden truth and the partner's scripted replies."""
    scenario = load_bank().get(scenario_id)
    if as_json:
        emit_json(scenario)
        return
    echo(_render(scenario))


def _render(scenario: Scenario) -> str:
    truth = scenario.hidden_truth
    lines = [
        f"{scenario.scenario_id}  {scenario.title}  [{scenario.theme}, {scenario.difficulty}]",
    ]
    if scenario.context:
        lines.append(f"Context: {scenario.context}")
    lines += [f"Partner: {scenario.statement}", "", "Hidden truth"]
    feels = ", ".join(truth.primary_feelings)
    if truth.secondary_feelings:
        feels += f" (also {', '.join(truth.secondary_feelings)})"
    lines.append(f"  feels: {feels}")
    lines.append("  key facts:")
    lines += [f"    - {fact}" for fact in truth.key_facts]
    lines += [
        f"  needs: {truth.need}",
        f"  trap: {scenario.trap}",
        f"  asked for advice: {'yes' if truth.asked_for_advice else 'no'}",
        f"  upset with you: {'yes' if scenario.upset_with_listener else 'no'}",
        "",
        "Partner replies",
    ]
    for name, replies in scenario.lines.listed():
        lines.append(f"  {name}:")
        lines += [f"    - {reply}" for reply in replies]
    return "\n".join(lines)


@scenario_group.command("new")
@click.option("--theme", type=click.Choice(get_args(Theme)), required=True)
@click.option("--difficulty", type=click.Choice(get_args(Difficulty)), required=True)
@json_option
def new(theme: Theme, difficulty: Difficulty, as_json: bool) -> None:
    """Write a fresh scenario with an LLM (needs OPENAI_API_KEY or OPENAI_BASE_URL); without
    one, practise with the bank."""
    from trainer.llm.choice import choose_model
    from trainer.partner.scenarios.generate import generate_scenario

    model = choose_model("llm")
    assert model is not None
    scenario = generate_scenario(theme, difficulty, model, load_bank().scenarios)
    if as_json:
        emit_json(scenario)
        return
    echo(_render(scenario))
