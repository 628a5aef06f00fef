"""Drill commands, doing what the Drills page does, for coaches who script workshops:
`trainer drill create|assign|edit|delete|list|progress|export|import|packs|check`.

Who acts is `--as NAME` (or TRAINER_PROFILE); a coach also gives `--pin` (or TRAINER_PIN, or
is asked). The library checks every permission, so a command cannot reach past them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import click

from trainer.cli.options import (
    acting_options,
    emit_json,
    find_drill,
    find_group,
    json_option,
    open_signed_in,
    signed_in,
)
from trainer.cli.output import echo, emit_data
from trainer.coaching import service as c
from trainer.coaching.drills import DrillSpec, drill_progress, dump_pack, parse_pack
from trainer.coaching.pack_files import builtin_packs, load_pack
from trainer.errors import TrainerError
from trainer.grading.schema import RUBRIC_KEYS
from trainer.partner.conversation import MODES
from trainer.partner.scenarios.models import DIFFICULTIES, THEMES
from trainer.store import NotFound, open_store


def _today() -> dt.date:
    return dt.datetime.now(dt.UTC).date()


@click.group("drill")
def drill_group() -> None:
    """Drills: create, assign, follow, and share as YAML packs."""


@drill_group.command("create")
@click.option("--title", required=True)
@click.option("--instructions", required=True)
@click.option("--focus", multiple=True, required=True, type=click.Choice(RUBRIC_KEYS))
@click.option("--scenario", "scenarios", multiple=True, help="Bank scenario id (repeatable).")
@click.option("--theme", type=click.Choice(THEMES))
@click.option("--difficulty", type=click.Choice(DIFFICULTIES))
@click.option("--mode", type=click.Choice(MODES), default="reflect", show_default=True)
@click.option("--repetitions", type=int, default=5, show_default=True)
@click.option("--passes-needed", type=int, default=4, show_default=True)
@click.option("--rubrics", type=click.Choice(["focus", "all"]), default="focus", show_default=True)
@click.option("--min-score", type=int)
@click.option("--due", type=click.DateTime(["%Y-%m-%d"]))
@click.option("--review", is_flag=True, help="Hold feedback until you approve it.")
@acting_options
def drill_create(
    title: str, instructions: str, focus: tuple[str, ...], scenarios: tuple[str, ...],
    theme: str | None, difficulty: str | None, mode: str, repetitions: int, passes_needed: int,
    rubrics: str, min_score: int | None, due: dt.datetime | None, review: bool, who: str,
    pin: str | None, database: str | None,
) -> None:  # fmt: skip
    store = open_store(database)
    spec = _spec({
        "title": title, "instructions": instructions, "focus": list(focus),
        "scenarios": list(scenarios), "theme": theme, "difficulty": difficulty, "mode": mode,
        "repetitions": repetitions, "review_before_release": review,
        "pass_rule": {"passes_needed": passes_needed, "rubrics": rubrics, "min_score": min_score},
    })  # fmt: skip
    d = c.create_drill(store, signed_in(store, who, pin), spec, due.date() if due else None)
    echo(f"drill {d.spec.title} ({d.drill_id})")


def _spec(data: dict[str, Any]) -> DrillSpec:
    from pydantic import ValidationError

    try:
        return DrillSpec.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()
        )
        raise TrainerError(f"the drill is not valid: {problems}") from exc


@drill_group.command("assign")
@click.argument("drill")
@click.option("--learner")
@click.option("--group")
@acting_options
def drill_assign(drill: str, learner: str | None, group: str | None, who: str,
                 pin: str | None, database: str | None) -> None:  # fmt: skip
    """Assign one of your drills (title or id) to a learner or a group."""
    store, coach = open_signed_in(database, who, pin)
    d = find_drill(store, coach, drill)
    c.assign(
        store, coach, d.drill_id,
        learner_id=store.find_profile(learner).profile_id if learner else None,
        group_id=find_group(store, coach, group).group_id if group else None,
    )  # fmt: skip
    echo(f"assigned {d.spec.title} to {learner or group}")


@drill_group.command("edit")
@click.argument("drill")
@click.option("--title")
@click.option("--instructions")
@click.option("--repetitions", type=int)
@click.option("--passes-needed", type=int)
@click.option("--due", type=click.DateTime(["%Y-%m-%d"]), help="New due date.")
@click.option("--no-due", is_flag=True, help="Remove the due date.")
@click.option("--review/--no-review", default=None, help="Hold feedback for your approval.")
@acting_options
def drill_edit(
    drill: str, title: str | None, instructions: str | None, repetitions: int | None,
    passes_needed: int | None, due: dt.datetime | None, no_due: bool, review: bool | None,
    who: str, pin: str | None, database: str | None,
) -> None:  # fmt: skip
    """Change one of your drills (only the options given)."""
    store, coach = open_signed_in(database, who, pin)
    d = find_drill(store, coach, drill)
    data = d.spec.model_dump()
    changes = {"title": title, "instructions": instructions, "repetitions": repetitions,
               "review_before_release": review}  # fmt: skip
    data.update({k: v for k, v in changes.items() if v is not None})
    if passes_needed is not None:
        data["pass_rule"] = {**data["pass_rule"], "passes_needed": passes_needed}
    new_due = None if no_due else (due.date() if due else d.due)
    updated = c.update_drill(store, coach, d.drill_id, _spec(data), new_due)
    echo(f"updated {updated.spec.title} (due {updated.due or '-'})")


@drill_group.command("delete")
@click.argument("drill")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@acting_options
def drill_delete(drill: str, yes: bool, who: str, pin: str | None, database: str | None) -> None:
    """Delete one of your drills and its assignments (attempts stay in learners' history)."""
    store, coach = open_signed_in(database, who, pin)
    d = find_drill(store, coach, drill)
    if not yes:
        click.confirm(f"Delete drill {d.spec.title!r}?", abort=True)
    c.delete_drill(store, coach, d.drill_id)
    echo(f"deleted {d.spec.title}")


@drill_group.command("list")
@acting_options
@json_option
def drill_list(who: str, pin: str | None, database: str | None, as_json: bool) -> None:
    """A coach's drills, or a learner's assigned drills with progress."""
    store, actor = open_signed_in(database, who, pin)
    if actor.role == "coach":
        mine = c.drills(store, actor)
        if as_json:
            emit_json([d.model_dump(mode="json") for d in mine])
            return
        for d in mine:
            echo(f"{d.drill_id}  due {d.due or '-'}  {d.spec.title}")
        return
    records = store.attempts(actor)
    progress = [drill_progress(d, records, _today()) for d in c.assigned_to(store, actor)]
    if as_json:
        emit_json([p.model_dump(mode="json") for p in progress])
        return
    for p in progress:
        state = "done" if p.complete else "OVERDUE" if p.overdue else f"due {p.due or '-'}"
        echo(f"{p.title}: {p.passed}/{p.passes_needed} passed, {p.attempts}/{p.repetitions}"
                   f" done ({state})" + (f", {p.awaiting_review} awaiting review" if p.awaiting_review else ""))  # fmt: skip


@drill_group.command("progress")
@click.argument("drill")
@acting_options
@json_option
def drill_progress_cmd(drill: str, who: str, pin: str | None, database: str | None,
                       as_json: bool) -> None:  # fmt: skip
    """Per learner progress on one of your drills."""
    store, coach = open_signed_in(database, who, pin)
    d = find_drill(store, coach, drill)
    rows = []
    for learner in c.learners(store, coach):
        if any(x.drill_id == d.drill_id for x in c.assigned_to(store, coach, learner.profile_id)):
            p = drill_progress(d, store.attempts(coach, learner.profile_id), _today())
            rows.append({"learner": learner.name, **p.model_dump(mode="json")})
    if as_json:
        emit_json(rows)
        return
    for r in rows:
        state = "done" if r["complete"] else "OVERDUE" if r["overdue"] else "in progress"
        echo(f"{r['learner']:<20} {r['passed']}/{r['passes_needed']} passed, "
                   f"{r['attempts']}/{r['repetitions']} done  {state}")  # fmt: skip


@drill_group.command("export")
@click.argument("drills", nargs=-1)
@click.option("--name", default="My drills", show_default=True, help="The pack's name.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path))
@acting_options
def drill_export(drills: tuple[str, ...], name: str, output: Path | None, who: str,
                 pin: str | None, database: str | None) -> None:  # fmt: skip
    """Write your drills (all, or those named) as a YAML drill pack."""
    store, coach = open_signed_in(database, who, pin)
    chosen = [find_drill(store, coach, k) for k in drills] if drills else c.drills(store, coach)
    text = dump_pack(name, [d.spec for d in chosen])
    if output:
        output.write_text(text, encoding="utf-8")
        echo(f"wrote {len(chosen)} drills to {output}", err=True)
    else:
        emit_data(text)


@drill_group.command("import")
@click.argument("source")
@click.option("--assign-group", help="Also assign every imported drill to this group.")
@acting_options
def drill_import(source: str, assign_group: str | None, who: str, pin: str | None,
                 database: str | None) -> None:  # fmt: skip
    """Import a drill pack: a YAML file, or builtin:NAME (see `trainer drill packs`)."""
    store, coach = open_signed_in(database, who, pin)
    if source.startswith("builtin:"):
        packs = builtin_packs()
        key = source.removeprefix("builtin:")
        if key not in packs:
            raise NotFound(f"no built-in pack {key!r}; there are: {', '.join(packs)}")
        pack = packs[key]
    else:
        pack = load_pack(Path(source))
    group = find_group(store, coach, assign_group) if assign_group else None
    for spec in pack.drills:
        d = c.create_drill(store, coach, spec)
        if group:
            c.assign(store, coach, d.drill_id, group_id=group.group_id)
        echo(f"imported {d.spec.title}" + (f", assigned to {group.name}" if group else ""))


@drill_group.command("packs")
def drill_packs() -> None:
    """The ready-made drill packs."""
    for key, pack in builtin_packs().items():
        echo(f"builtin:{key:<24} {pack.name} ({len(pack.drills)} drills)")


@drill_group.command("check")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def drill_check(path: Path) -> None:
    """Validate a drill pack file without importing it."""
    pack = parse_pack(path.read_text(encoding="utf-8"), str(path))
    echo(f"{path}: {pack.name}, {len(pack.drills)} drills, valid")
