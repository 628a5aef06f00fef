"""Profiles and groups from the command line (`trainer profile|group ...`). Every command
signs someone in the same way (trainer/cli/options.py): `--as NAME` (or TRAINER_PROFILE;
learners' own commands default to the one local learner), and the PIN of a profile that has
one (every coach, and learners who set one): `--pin`, TRAINER_PIN, or asked. The library
checks every permission."""

from __future__ import annotations

import click

from trainer.cli.options import (
    acting_options,
    database_option,
    find_group,
    open_signed_in,
    pin_option,
    signed_in,
)
from trainer.cli.output import echo
from trainer.coaching import service as c
from trainer.store import open_store, pins
from trainer.typed_text import for_terminal


def _new_pin(given: str | None, what: str) -> str:
    return given or click.prompt(f"New PIN for {what} (4-8 digits)", hide_input=True,
                                 confirmation_prompt=True)  # fmt: skip


# ---- profiles ------------------------------------------------------------------------------


@click.group("profile")
def profile_group() -> None:
    """Local profiles: learners (optionally with a PIN), and coaches with a PIN."""


@profile_group.command("create")
@click.argument("name")
@click.option("--coach", is_flag=True, help="A coach profile (needs a PIN).")
@click.option("--pin", help="The new profile's PIN, 4 to 8 digits (asked for a coach; "
              "optional for a learner: it then guards history, export and delete).")  # fmt: skip
@database_option
def profile_create(name: str, coach: bool, pin: str | None, database: str | None) -> None:
    store = open_store(database)
    if coach:
        pin = _new_pin(pin, "the coach")
    actor = store.create_profile(name, "coach" if coach else "learner",
                                 pin_hash=pins.hash_pin(pin) if pin else None)  # fmt: skip
    echo(f"{actor.role} {actor.name} ({actor.profile_id})")


@profile_group.command("list")
@database_option
def profile_list(database: str | None) -> None:
    store = open_store(database)
    for a in store.profiles():
        locked = " (PIN)" if pins.has_pin(store, a.profile_id) else ""
        echo(f"{a.profile_id}  {a.role:<7}  {a.name}{locked}")


@profile_group.command("set-pin")
@click.argument("name")
@click.option("--pin", envvar="TRAINER_PIN", help="The current PIN, if there is one.")
@click.option("--new-pin", help="The new PIN (asked if not given).")
@click.option("--remove", is_flag=True, help="Remove a learner's PIN.")
@database_option
def profile_set_pin(name: str, pin: str | None, new_pin: str | None, remove: bool,
                    database: str | None) -> None:  # fmt: skip
    """Set, change or remove your own PIN (the current one is needed first)."""
    store = open_store(database)
    actor = store.find_profile(name)
    if pins.has_pin(store, actor.profile_id) and pin is None:
        pin = click.prompt(for_terminal(f"Current PIN for {actor.name}"), hide_input=True)
    pins.change_own_pin(store, actor, pin, None if remove else _new_pin(new_pin, actor.name))
    echo(f"PIN {'removed' if remove else 'set'} for {actor.name}")


@profile_group.command("reset-pin")
@click.argument("name")
@click.option("--new-pin", help="The new PIN (asked if not given).")
@click.option("--remove", is_flag=True, help="Remove a learner's PIN instead.")
@click.option("--as", "who", help="Reset as this coach (their PIN is checked).")
@pin_option
@database_option
def profile_reset_pin(name: str, new_pin: str | None, remove: bool, who: str | None,
                      pin: str | None, database: str | None) -> None:  # fmt: skip
    """Give a forgotten or locked profile a new PIN and lift the lock, without the old PIN.
    Anyone who can run trainer on this database can do this: see README, Security and
    privacy. With --as, another coach does it, with their own PIN."""
    store = open_store(database)
    target = store.find_profile(name)
    if who:
        coach = signed_in(store, who, pin)
        pins.reset_pin_by_coach(store, coach, target.profile_id, _new_pin(new_pin, target.name))
    else:
        chosen = None if remove else pins.hash_pin(_new_pin(new_pin, target.name))
        pins.set_pin(store, target.profile_id, chosen)
    echo(f"PIN {'removed' if remove else 'reset'} for {target.name}; any lock is lifted")


# ---- groups --------------------------------------------------------------------------------


@click.group("group")
def group_group() -> None:
    """A coach's groups of learners, joined by invite code."""


@group_group.command("create")
@click.argument("name")
@acting_options
def group_create(name: str, who: str, pin: str | None, database: str | None) -> None:
    store, actor = open_signed_in(database, who, pin)
    g = c.create_group(store, actor, name)
    echo(f"group {g.name} ({g.group_id}); invite code {g.invite_code}")


@group_group.command("list")
@acting_options
def group_list(who: str, pin: str | None, database: str | None) -> None:
    store, actor = open_signed_in(database, who, pin)
    for g in c.groups(store, actor):
        members = (
            ", ".join(a.name for a in c.learners(store, actor, g.group_id))
            if actor.role == "coach"
            else ""
        )
        echo(f"{g.group_id}  {g.invite_code}  {g.name}" + (f"  [{members}]" if members else ""))


@group_group.command("join")
@click.argument("invite_code")
@click.option("--yes", is_flag=True, help="Join without asking (you have read what it shows).")
@acting_options
def group_join(invite_code: str, yes: bool, who: str, pin: str | None,
               database: str | None) -> None:  # fmt: skip
    """Join a coach's group with its invite code (says first what the coach will see)."""
    store, me = open_signed_in(database, who, pin)
    group = c.group_by_code(store, invite_code)
    coach = c.coach_name(store, group)
    echo(f"Group {group.name}, coach {coach}. {c.JOIN_NOTICE}")
    if not yes:
        click.confirm(f"Join and let {coach} see this?", abort=True)
    g = c.join_group(store, me, invite_code)
    echo(f"joined {g.name}; {coach} sees your attempts from now on")


@group_group.command("leave")
@click.argument("group")
@acting_options
def group_leave(group: str, who: str, pin: str | None, database: str | None) -> None:
    """Leave a group (by name, id or invite code): its coach no longer sees your attempts."""
    store, me = open_signed_in(database, who, pin)
    g = find_group(store, me, group)
    c.leave_group(store, me, g.group_id)
    echo(f"left {g.name}")


@group_group.command("add")
@click.argument("group")
@click.argument("learner")
@click.option("--new", "new", is_flag=True,
              help="Create LEARNER's profile on this machine first (a workshop laptop).")  # fmt: skip
@acting_options
def group_add(group: str, learner: str, new: bool, who: str, pin: str | None,
              database: str | None) -> None:  # fmt: skip
    """Add a learner profile you created (with --new, now) to one of your groups. Anyone
    else joins with the invite code."""
    store, coach = open_signed_in(database, who, pin)
    g = find_group(store, coach, group)
    if new:
        made = c.create_learner(store, coach, g.group_id, learner)
        echo(f"created learner {made.name} and added them to {g.name}")
        return
    c.add_to_group(store, coach, g.group_id, store.find_profile(learner).profile_id)
    echo(f"added {learner} to {g.name}")
