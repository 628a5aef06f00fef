"""What several commands share, declared once so their wording, limits and behaviour agree:
the options, signing in, finding a group or drill by name, printing JSON, the progress bar.
Command modules import from here, never from the package (trainer/cli/__init__.py)."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

import click
from pydantic import BaseModel

from trainer.cli.output import emit_data
from trainer.coaching import service as c
from trainer.coaching.auth import needs_pin, sign_in
from trainer.coaching.drills import Drill
from trainer.errors import TrainerError
from trainer.store import Actor, NotFound, Store, open_store
from trainer.typed_text import for_terminal

# ---- options -------------------------------------------------------------------------------

database_option = click.option(
    "--database", envvar="DATABASE_URL", help="Where attempts are kept (DATABASE_URL)."
)
as_option = click.option("--as", "who", envvar="TRAINER_PROFILE", required=True,
                         help="Profile name or id acting (TRAINER_PROFILE).")  # fmt: skip
learner_as_option = click.option("--as", "who", envvar="TRAINER_PROFILE",
                                 help="Learner profile (default: the one local learner).")  # fmt: skip
pin_option = click.option("--pin", envvar="TRAINER_PIN",
                          help="PIN of the acting profile, if it has one (TRAINER_PIN).")  # fmt: skip
json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
timeout_option = click.option(
    "--timeout",
    "timeout_s",
    type=click.FloatRange(min=0, min_open=True),
    help="Seconds the LLM may take per grade, retries included (overrides TRAINER_LLM_TIMEOUT "
    "and [llm].timeout_s; default 30).",
)
concurrency_option = click.option(
    "--concurrency",
    type=click.IntRange(1, 64),
    help="Model requests at once, sharing one rate limit (overrides TRAINER_LLM_CONCURRENCY; "
    "default 4 for api.openai.com, 1 for another server, which usually answers one at a time).",
)
grader_option = click.option(
    "--grader",
    type=click.Choice(["offline", "llm", "auto"]),
    default="auto",
    show_default=True,
    help="auto uses the LLM when one is configured, else the offline grader.",
)
model_option = click.option(
    "--model", help="Model name (overrides TRAINER_MODEL and secrets.toml)."
)
base_url_option = click.option(
    "--base-url", help="OpenAI-compatible endpoint (overrides OPENAI_BASE_URL)."
)


# ---- who acts ------------------------------------------------------------------------------

F = TypeVar("F", bound=Callable[..., Any])


def acting_options(command: F) -> F:
    """--as (required), --pin and --database: who acts, on which database."""
    return as_option(pin_option(database_option(command)))


def open_signed_in(database: str | None, who: str | None, pin: str | None) -> tuple[Store, Actor]:
    """The store and the acting profile, signed in (see signed_in)."""
    store = open_store(database)
    return store, signed_in(store, who, pin)


def signed_in(store: Store, who: str | None, pin: str | None) -> Actor:
    """The acting profile (the one local learner when no name is given), its PIN checked
    through the throttle when it has one."""
    actor = store.find_profile(who) if who else store.default_learner()
    if needs_pin(store, actor) and pin is None:
        pin = click.prompt(for_terminal(f"PIN for {actor.name}"), hide_input=True, default="",
                           show_default=False)  # fmt: skip
    return sign_in(store, actor, pin)


def signed_in_learner(store: Store, who: str | None, pin: str | None) -> Actor:
    me = signed_in(store, who, pin)
    if me.role != "learner":
        raise TrainerError(f"{me.name!r} is a coach; coaches use `trainer coach report`.")
    return me


# ---- finding by name (profiles: Store.find_profile) ----------------------------------------

T = TypeVar("T")


def find_by_name(
    kind: str, items: Sequence[T], key: str, keys: Callable[[T], tuple[str, ...]],
    shown: Callable[[T], str],
) -> T:  # fmt: skip
    """The one item whose id or name (any of `keys`) is `key`; else NotFound naming the ones
    there are, so the person can retype it."""
    found = [item for item in items if key in keys(item)]
    if len(found) != 1:
        listed = ", ".join(shown(item) for item in items) or "none"
        raise NotFound(f"no single {kind} matches {key!r} (yours: {listed}).")
    return found[0]


def find_group(store: Store, actor: Actor, key: str) -> c.Group:
    return find_by_name("group of yours", c.groups(store, actor), key,
                        lambda g: (g.group_id, g.name, g.invite_code), lambda g: g.name)  # fmt: skip


def find_drill(store: Store, coach: Actor, key: str) -> Drill:
    return find_by_name("drill of yours", c.drills(store, coach), key,
                        lambda d: (d.drill_id, d.spec.title), lambda d: repr(d.spec.title))  # fmt: skip


def find_assigned_drill(store: Store, learner: Actor, key: str) -> Drill:
    return find_by_name("drill assigned to you", c.assigned_to(store, learner), key,
                        lambda d: (d.drill_id, d.spec.title), lambda d: repr(d.spec.title))  # fmt: skip


# ---- output --------------------------------------------------------------------------------


def emit_json(data: BaseModel | Sequence[Any] | dict[str, Any]) -> None:
    """Print a model or plain data as indented JSON: exact in a pipe, escaped on a terminal."""
    if isinstance(data, BaseModel):
        text = data.model_dump_json(indent=2)
    else:
        text = json.dumps(data, indent=2, default=str, ensure_ascii=False)
    emit_data(text + "\n")


class Progress:
    """A bar on stderr when it is a terminal (notes wait until it is done, so lines don't mix);
    in pipes, files and CI logs no bar, and notes are printed as they come."""

    def __init__(self, total: int, label: str) -> None:
        self._bar = (
            click.progressbar(length=total, label=label, file=sys.stderr)
            if sys.stderr.isatty()
            else None
        )
        self._notes: list[str] = []

    def tick(self) -> None:
        if self._bar is not None:
            self._bar.update(1)

    def note(self, message: str) -> None:
        if self._bar is None:
            click.echo(message, err=True)
        else:
            self._notes.append(message)


@contextmanager
def progress(total: int, label: str) -> Iterator[Progress]:
    """The one progress bar of the CLI (grade batches, eval runs and recordings)."""
    bar = Progress(total, label)
    try:
        if bar._bar is None:
            yield bar
        else:
            with bar._bar:
                yield bar
    finally:
        for note in bar._notes:
            click.echo(note, err=True)
