"""`trainer practice`: a practice conversation in the terminal, run and stored as the page
runs it (trainer.partner.practice), so progress counts it too."""

from __future__ import annotations

import random

import click

from trainer.cli.options import timeout_option
from trainer.cli.profile import database_option, learner_as_option, pin_option, signed_in_learner
from trainer.coaching.drills import Drill, check_scenarios
from trainer.coaching.service import assigned_to
from trainer.errors import InvalidInput, LLMError, TrainerError
from trainer.grading.grader import failure_reason
from trainer.grading.report import render_report
from trainer.llm.breaker import CircuitBreaker
from trainer.llm.choice import GraderChoice, choose_model
from trainer.partner.conversation import MODES, EmpathyMap, Mode, Session, start, summarize
from trainer.partner.practice import TurnOutcome, practice_turn, upgrade_with_llm
from trainer.partner.scenarios.bank import choose, load_bank
from trainer.partner.scenarios.models import DIFFICULTIES, THEMES, Difficulty, Theme
from trainer.store import Actor, Store, open_store
from trainer.typed_text import echo

RETRY = ":retry"


@click.command("practice")
@click.option("--scenario", "scenario_id", help="A scenario id (see `trainer scenario list`).")
@click.option("--theme", type=click.Choice(THEMES), help="Pick a scenario of this theme.")
@click.option("--difficulty", type=click.Choice(DIFFICULTIES))
@click.option("--mode", type=click.Choice(MODES), default="reflect", show_default=True)
@click.option("--grader", type=click.Choice(["offline", "llm", "auto"]), default="auto",
              show_default=True)  # fmt: skip
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
    Type :retry to rework your last reply to the same words."""
    bank = load_bank()
    store = open_store(database)
    me = signed_in_learner(store, who, pin)
    drill = _assigned(store, me, drill_key) if drill_key else None
    if drill is not None:
        seen = {a.scenario_id for a in store.attempts(me) if a.drill_id == drill.drill_id}
        scenario = choose(check_scenarios(drill.spec, bank), seen={s for s in seen if s},
                          rng=random.Random(seed))  # fmt: skip
        mode = drill.spec.mode
        echo(f"Drill: {drill.spec.title}. {drill.spec.instructions}")
    elif scenario_id:
        scenario = bank.get(scenario_id)
    else:
        scenario = choose(bank, theme=theme, difficulty=difficulty, rng=random.Random(seed))
    breaker = CircuitBreaker(on_open=lambda note: click.echo(note, err=True))
    model = choose_model(grader, timeout_s=timeout_s, breaker=breaker)

    session: Session = start(scenario, mode)
    last: TurnOutcome | None = None
    echo(f"[{scenario.scenario_id} · {scenario.theme} · {scenario.difficulty} · {mode}]")
    echo("Practice, not therapy. Type your reply; an empty line ends the conversation.\n")
    while not session.done:
        retry = False
        echo(f"Partner: {session.partner_line()}")
        empathy_map = None
        if mode == "empathy_mapping":
            feelings = click.prompt("Feelings you hear (comma-separated)", default="")
            need = click.prompt("What they need", default="")
            empathy_map = EmpathyMap(
                feelings=[f.strip() for f in feelings.split(",") if f.strip()], need=need
            )
        response = click.prompt("You", default="", show_default=False)
        if response.strip() == RETRY and last is not None:
            retry = True
            echo(f"Partner (again): {last.before.partner_line()}")
            response = click.prompt("You", default="", show_default=False)
        if not response.strip():
            break
        before = last.before if retry and last else session
        try:
            outcome = practice_turn(
                store, me, before, response, empathy_map=empathy_map,
                retry_of=last.attempt if retry and last else None, drill=drill,
                llm_only=model if grader == "llm" else None,
            )  # fmt: skip
        except InvalidInput as exc:
            echo(f"{exc}\n", err=True)
            continue
        except LLMError as exc:  # --grader llm: say so, keep the words, no stand-in grade
            click.echo(f"Error: {failure_reason(exc)}", err=True)
            click.echo("Your reply is kept, not graded. Reply again to retry, or press Enter "
                       "on an empty line to end.\n", err=True)  # fmt: skip
            continue
        if outcome.session.safety is not None:
            echo(f"\n{outcome.session.safety.notice}")
            return
        if model is not None and grader != "llm":
            outcome = upgrade_with_llm(store, me, outcome, model)
        session, last = outcome.session, outcome
        if outcome.held_for_review:
            echo("Sent to your coach: this drill's feedback shows once they approve it.\n")
            break
        turn = session.turns[-1]
        if turn.map_check:
            echo(f"Empathy map: {turn.map_check.feedback}")
        click.echo(render_report(turn.grade, color=True))
        if outcome.score_change is not None:
            echo(f"Change from your last try: {outcome.score_change:+d}")
        if outcome.notice:
            echo(outcome.notice)
        if not session.done:
            echo(f"(partner feels {turn.reply.mood}; {RETRY} reworks this reply)\n")
    if session.turns and not (last and last.held_for_review):
        echo(f"Partner: {session.turns[-1].reply.text}\n")
    if last and last.held_for_review:
        return
    summary = summarize(session)
    echo(f"Turns: {summary.turns}; felt heard: {'yes' if summary.felt_heard else 'not yet'}")
    if summary.went_well:
        echo(f"Went well: {summary.went_well}")
        echo(f"One habit to work on: {summary.habit_to_work_on}")


def _assigned(store: Store, learner: Actor, key: str) -> Drill:
    found = [d for d in assigned_to(store, learner) if key in (d.drill_id, d.spec.title)]
    if len(found) != 1:
        titles = ", ".join(repr(d.spec.title) for d in assigned_to(store, learner)) or "none"
        raise TrainerError(f"no single drill assigned to you matches {key!r} (yours: {titles}).")
    return found[0]
