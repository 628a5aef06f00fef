"""`trainer together list|export|delete|consent|felt`: what the Practise-together page does
with a room, from the terminal (acting as a profile that holds a seat in it)."""

from __future__ import annotations

from typing import Literal

import click

from trainer.cli.options import database_option, emit_json, json_option, open_signed_in, pin_option
from trainer.cli.options import learner_as_option as as_option
from trainer.cli.output import echo
from trainer.errors import BadArgument
from trainer.together import service
from trainer.together.progress import felt_summary
from trainer.together.room import Consent


@click.group(name="together")
def together_group() -> None:
    """Practise-together rooms you hold a seat in."""


@together_group.command("list")
@database_option
@as_option
@pin_option
@json_option
def list_rooms(database: str | None, who: str | None, pin: str | None, as_json: bool) -> None:
    """Your rooms, newest first: code, partners, phase, turns, and when each closes."""
    store, me = open_signed_in(database, who, pin)
    rooms = service.rooms_of(store, me)
    rows = [{"code": room.code, "names": " & ".join(room.names.values()), "phase": room.phase,
             "turns": len(room.turns), "handover": room.handover,
             "expires_at": room.expires_at.isoformat(timespec="minutes")} for room in rooms]  # fmt: skip
    if as_json:
        emit_json(rows)
        return
    if not rows:
        echo("No rooms: open one on the Practise together page.")
    for row in rows:
        echo(f"{row['code']}  {row['names']}  {row['phase']}  {row['turns']} turn(s)  "
             f"closes {row['expires_at']}")  # fmt: skip


@together_group.command("export")
@click.argument("code")
@database_option
@as_option
@pin_option
def export(code: str, database: str | None, who: str | None, pin: str | None) -> None:
    """The room as JSON, as your seat sees it (never your partner's private note)."""
    store, me = open_signed_in(database, who, pin)
    emit_json([view.model_dump(mode="json") for view in service.export_as(store, me, code)])


@together_group.command("delete")
@click.argument("code")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@database_option
@as_option
@pin_option
def delete(code: str, yes: bool, database: str | None, who: str | None, pin: str | None) -> None:
    """Delete the room with everything in it, for both partners."""
    store, me = open_signed_in(database, who, pin)
    room = service.room_of(store, me, code)
    if not yes:
        click.confirm(f"Delete room {room.code} and everything in it, for both of you?",
                      abort=True)  # fmt: skip
    service.delete_as(store, me, code)
    echo(f"Deleted room {room.code}.")


@together_group.command("consent")
@click.argument("code")
@click.option("--share-coaching/--no-share-coaching", default=False,
              help="The speaker may see the grader's coaching too.")  # fmt: skip
@click.option("--export-cases/--no-export-cases", default=False,
              help="Rated turns may become eval cases (trainer eval import-together).")  # fmt: skip
@click.option("--use-llm/--no-use-llm", default=False,
              help="Reflections may be sent to the configured LLM.")  # fmt: skip
@click.option("--seat", type=click.Choice(["a", "b"]),
              help="Which seat you speak for, when your profile holds both (hand-over).")  # fmt: skip
@database_option
@as_option
@pin_option
def consent(code: str, share_coaching: bool, export_cases: bool, use_llm: bool,
            seat: Literal["a", "b"] | None, database: str | None, who: str | None,
            pin: str | None) -> None:  # fmt: skip
    """Say what you agree to in this room (each flag takes effect once both partners agree)."""
    store, me = open_signed_in(database, who, pin)
    room = service.room_of(store, me, code)
    seats = service.seats_of(room, me)
    if seat is None and len(seats) > 1:
        raise BadArgument(f"you hold both seats in room {room.code}: say which one you speak "
                          f"for with --seat a ({room.names['a']}) or --seat b "
                          f"({room.names.get('b', '')}).")  # fmt: skip
    if seat is not None and seat not in seats:
        raise BadArgument(f"seat {seat} in room {room.code} is not yours.")
    chosen = Consent(share_coaching=share_coaching, export_cases=export_cases, use_llm=use_llm)
    after = service.set_consent_as(store, me, code, chosen, seat=seat or seats[0])
    agreed = [f for f in ("share_coaching", "export_cases", "use_llm") if after.agreed(f)]
    echo(f"Saved. Both of you agree to: {', '.join(agreed) or 'nothing yet'}.")


@together_group.command("felt")
@database_option
@as_option
@pin_option
@json_option
def felt(database: str | None, who: str | None, pin: str | None, as_json: bool) -> None:
    """How understood your partners felt, next to the grader's scores (Progress's section)."""
    store, me = open_signed_in(database, who, pin)
    summary = felt_summary(service.rated_attempts(store, me))
    if as_json:
        emit_json(summary)
        return
    if not summary.rated:
        echo("No rated reflections yet: practise together first.")
        return
    agree = f"{summary.agreement:.0%}" if summary.agreement is not None else "–"
    echo(f"{summary.rated} rated reflection(s) · felt understood {summary.mean_felt:.1f} of 5 · "
         f"grader agrees with your partner {agree} ({summary.agreed} of {summary.compared})")  # fmt: skip
    if summary.latest:
        echo(f"Latest: {summary.latest}.")
