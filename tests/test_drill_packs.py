"""The built-in drill packs (trainer/data/drills/) and the error messages of `parse_pack`."""

from __future__ import annotations

import pytest

from trainer.coaching.drills import (
    PACK_FORMAT,
    DrillFileError,
    DrillPack,
    DrillSpec,
    check_scenarios,
    dump_pack,
    parse_pack,
)
from trainer.coaching.pack_files import builtin_packs
from trainer.partner.scenarios import load_bank

EXPECTED_STEMS = {
    "no_fixing_week",
    "mirroring",
    "partner_upset_with_you",
    "high_stakes_scripts",
    "post_conflict_check_in",
}

PACKS = builtin_packs()
ALL_DRILLS = [(stem, spec) for stem, pack in sorted(PACKS.items()) for spec in pack.drills]


def _ids(value: object) -> str:
    if isinstance(value, tuple):
        return f"{value[0]}:{value[1].title}"
    return str(value)


# ---- the built-in packs --------------------------------------------------------------------


def test_builtin_packs_are_exactly_the_five_exercises() -> None:
    assert set(PACKS) == EXPECTED_STEMS


@pytest.mark.parametrize("stem", sorted(EXPECTED_STEMS))
def test_each_pack_is_well_formed(stem: str) -> None:
    pack = PACKS[stem]
    assert isinstance(pack, DrillPack)
    assert pack.format == PACK_FORMAT and pack.version == 1
    assert pack.name.strip()
    assert len(pack.description.split()) >= 10, "description should say what it trains and why"
    assert 2 <= len(pack.drills) <= 4
    titles = [d.title for d in pack.drills]
    assert len(set(titles)) == len(titles), f"duplicate drill titles in {stem}"


@pytest.mark.parametrize(("stem", "spec"), ALL_DRILLS, ids=_ids)
def test_each_drill_resolves_to_real_scenarios(stem: str, spec: DrillSpec) -> None:
    pool = check_scenarios(spec)
    assert pool, f"{stem}: {spec.title!r} draws from no scenario"
    if spec.scenarios:
        assert [s.scenario_id for s in pool] == spec.scenarios
        assert len(set(spec.scenarios)) == len(spec.scenarios), "a scenario is listed twice"
        assert spec.theme is None and spec.difficulty is None
    else:
        assert all(spec.theme in (None, s.theme) for s in pool)
        assert all(spec.difficulty in (None, s.difficulty) for s in pool)
    # 2-4 sentences of instructions, and a pass rule a learner can actually meet.
    sentences = [p for p in spec.instructions.replace("?", ".").split(". ") if p.strip()]
    assert 2 <= len(sentences) <= 5, spec.instructions
    assert spec.pass_rule.passes_needed <= spec.repetitions
    assert spec.pass_rule.passes_needed < spec.repetitions or spec.repetitions <= 2


def test_packs_cover_the_five_exercises() -> None:
    modes = {spec.mode for _, spec in ALL_DRILLS}
    assert {"mirroring", "check_in", "reflect"} <= modes
    assert all(spec.mode == "mirroring" for spec in PACKS["mirroring"].drills)
    assert all(spec.mode == "check_in" for spec in PACKS["post_conflict_check_in"].drills)
    assert any(spec.theme == "upset_with_you" for _, spec in ALL_DRILLS)


def test_pack_focus_matches_its_exercise() -> None:
    def focus(stem: str) -> set[str]:
        return {key for spec in PACKS[stem].drills for key in spec.focus}

    assert "not_fixing" in focus("no_fixing_week")
    assert "accuracy" in focus("mirroring")
    assert {"not_hijacking", "validation"} <= focus("partner_upset_with_you")
    assert {"validation", "not_fixing"} <= focus("high_stakes_scripts")
    assert {"accuracy", "not_hijacking"} <= focus("post_conflict_check_in")


def test_no_fixing_week_runs_over_a_week_and_teaches_asking_first() -> None:
    drills = PACKS["no_fixing_week"].drills
    assert any(d.due_in_days == 7 and d.repetitions == 7 for d in drills)
    assert any("vent" in d.instructions.lower() for d in drills)
    fixing_themes = {"work_stress", "money", "job_loss", "health", "chores_mental_load"}
    themes = {s.theme for d in drills for s in check_scenarios(d)}
    assert themes <= fixing_themes | {"parenting", "phones"}
    assert len(themes & fixing_themes) >= 4


def test_upset_with_you_pack_is_hard_and_has_a_reviewed_drill() -> None:
    drills = PACKS["partner_upset_with_you"].drills
    assert all(s.difficulty == "hard" for d in drills for s in check_scenarios(d))
    assert all(s.upset_with_listener for d in drills for s in check_scenarios(d))
    assert any(d.review_before_release for d in drills)


def test_high_stakes_pack_uses_hard_moments() -> None:
    drills = PACKS["high_stakes_scripts"].drills
    themes = {s.theme for d in drills for s in check_scenarios(d)}
    assert {"grief", "betrayal_repair", "job_loss", "health"} <= themes
    assert any("space" in d.instructions and "vent" in d.instructions for d in drills)


def test_check_in_pack_uses_conflict_scenarios() -> None:
    bank = {s.scenario_id: s for s in load_bank().scenarios}
    for spec in PACKS["post_conflict_check_in"].drills:
        for scenario_id in spec.scenarios:
            assert bank[scenario_id].trap in ("defending", "minimizing"), scenario_id


@pytest.mark.parametrize("stem", sorted(EXPECTED_STEMS))
def test_dump_then_parse_round_trips(stem: str) -> None:
    pack = PACKS[stem]
    text = dump_pack(pack.name, pack.drills, pack.description)
    again = parse_pack(text, f"{stem} (dumped)")
    assert again.drills == pack.drills
    assert again.name == pack.name
    assert again.description == pack.description
    assert again == pack


# ---- parse_pack error messages ---------------------------------------------------------------

GOOD_DRILL = """\
  - title: Say it back
    instructions: Restate what they said, then check you got it.
    focus: [accuracy]
    scenarios: [work_stress-001]
    mode: mirroring
    repetitions: 3
    pass_rule:
      passes_needed: 2
"""


def _pack(drill: str = GOOD_DRILL, head: str = "format: drill-pack\nversion: 1\n") -> str:
    return f"{head}name: Test pack\ndrills:\n{drill}"


def _error(text: str) -> str:
    with pytest.raises(DrillFileError) as info:
        parse_pack(text, "test.yaml")
    message = str(info.value)
    assert "test.yaml" in message
    return message


def test_the_good_pack_used_below_parses() -> None:
    pack = parse_pack(_pack())
    assert pack.drills[0].title == "Say it back"
    assert pack.drills[0].mode == "mirroring"


def test_missing_title_is_named_by_its_field() -> None:
    drill = GOOD_DRILL.replace("  - title: Say it back\n    instructions:", "  - instructions:")
    message = _error(_pack(drill))
    assert "drills.0.title" in message
    assert "Field required" in message


def test_passes_needed_over_repetitions_is_named() -> None:
    message = _error(_pack(GOOD_DRILL.replace("passes_needed: 2", "passes_needed: 5")))
    assert "passes_needed (5) is more than repetitions (3)" in message
    assert "drills.0" in message and "'Say it back'" in message


def test_unknown_scenario_id_is_named() -> None:
    message = _error(_pack(GOOD_DRILL.replace("work_stress-001", "work_stress-999")))
    assert "work_stress-999" in message
    assert "unknown scenario" in message
    assert "'Say it back'" in message


def test_bad_mode_names_the_field_and_the_drill() -> None:
    message = _error(_pack(GOOD_DRILL.replace("mode: mirroring", "mode: lecture")))
    assert "drills.0.mode" in message
    assert "'Say it back'" in message
    assert "check_in" in message  # the allowed values are listed


def test_wrong_format_is_named() -> None:
    message = _error(_pack(head="format: wrong\nversion: 1\n"))
    assert "format" in message
    assert "drill-pack" in message
    assert "drills." not in message  # only the top-level field is wrong


def test_invalid_yaml_is_reported_as_such() -> None:
    message = _error("format: drill-pack\ndrills: [unclosed\n  - title: x: y\n")
    assert "not valid YAML" in message


def test_filter_and_scenarios_together_are_rejected() -> None:
    message = _error(
        _pack(GOOD_DRILL.replace("mode: mirroring", "theme: money\n    mode: mirroring"))
    )
    assert "either scenarios" in message


def test_filter_matching_nothing_is_rejected() -> None:
    drill = GOOD_DRILL.replace(
        "scenarios: [work_stress-001]", "theme: upset_with_you\n    difficulty: easy"
    )
    message = _error(_pack(drill))
    assert "no scenario matches" in message
    assert "'upset_with_you'" in message


def test_the_drill_rules_read_no_files() -> None:
    """Packs are read at the edge (trainer.coaching.pack_files); drills.py parses text only."""
    import ast
    import inspect

    from trainer.coaching import drills

    tree = ast.parse(inspect.getsource(drills))
    names = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    attrs = {n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute)}
    file_io = {"open", "packaged", "Path", "Traversable", "read_text", "read_bytes", "iterdir"}
    assert (names | attrs) & file_io == set()
