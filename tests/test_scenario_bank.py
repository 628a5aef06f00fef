"""The offline scenario bank: schema rules, coverage, the picker and the `trainer scenario` CLI."""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner, Result

from trainer.cli import main
from trainer.grading.offline.feeling_matcher import find_feelings
from trainer.partner.scenarios import (
    DIFFICULTIES,
    THEMES,
    Bank,
    NoMatchingScenario,
    Scenario,
    ScenarioBankError,
    UnknownScenario,
    choose,
    load_bank,
    load_files,
)

MIN_SCENARIOS = 85
MIN_PER_THEME = 4
MIN_HARD = 25
MIN_LEXICON_SHARE = 0.90
ALL_HARD_THEMES = {"upset_with_you"}  # upset with the listener is hard by definition


def _scenario(**overrides: Any) -> dict[str, Any]:
    """A valid scenario as plain data; tests break one field at a time."""
    data: dict[str, Any] = {
        "scenario_id": "money-900",
        "theme": "money",
        "difficulty": "easy",
        "title": "Test",
        "statement": "The boiler broke again.",
        "hidden_truth": {
            "primary_feelings": ["frustrated"],
            "key_facts": ["The boiler broke."],
            "need": "To be heard.",
            "trap": "fixing",
        },
        "upset_with_listener": False,
        "lines": {
            "heard": ["Yes.", "Exactly."],
            "fixed": ["No plans please.", "Just listen."],
            "hijacked": {"me_too_story": ["This is mine."], "changes_subject": ["Stay with me."]},
            "dismissed": ["It matters.", "Don't."],
            "missed": ["Not quite.", "It's more that..."],
            "closing": ["Thanks."],
        },
    }
    data.update(overrides)
    return data


def _write(tmp_path: Path, scenarios: list[dict[str, Any]], name: str = "money.yaml") -> Path:
    path = tmp_path / name
    doc = {"format": "scenario-bank", "version": 1, "scenarios": scenarios}
    path.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    return path


def _truth(**changes: Any) -> dict[str, Any]:
    truth: dict[str, Any] = dict(_scenario()["hidden_truth"])
    truth.update(changes)
    return truth


# --- schema -------------------------------------------------------------------------------------


def test_valid_temp_file_loads(tmp_path: Path) -> None:
    bank = load_files([_write(tmp_path, [_scenario()])])
    assert [s.scenario_id for s in bank.scenarios] == ["money-900"]


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"difficulty": "impossible"}, "difficulty"),
        ({"theme": "weather"}, "theme"),
        ({"scenario_id": "Money-1"}, "scenario_id"),
        ({"surprise": True}, "surprise"),
        ({"hidden_truth": _truth(mood="sad")}, "hidden_truth.mood"),
        ({"lines": {**_scenario()["lines"], "heard": ["only one"]}}, "lines.heard"),
        ({"lines": {**_scenario()["lines"], "closing": []}}, "lines.closing"),
    ],
)
def test_bad_field_error_names_file_and_field(
    tmp_path: Path, overrides: dict[str, Any], field: str
) -> None:
    path = _write(tmp_path, [_scenario(**overrides)])
    with pytest.raises(ScenarioBankError) as info:
        load_files([path])
    message = str(info.value)
    assert str(path) in message
    assert field in message
    assert str(overrides.get("scenario_id", "money-900")) in message


@pytest.mark.parametrize(
    ("overrides", "fragment"),
    [
        ({"hidden_truth": _truth(primary_feelings=[])}, "primary_feelings"),
        ({"hidden_truth": _truth(key_facts=[])}, "key_facts"),
        ({"hidden_truth": _truth(need=" ")}, "need"),
        ({"hidden_truth": _truth(trap="sulking")}, "trap"),
        ({"hidden_truth": _truth(primary_feelings=["sad", "angry"])}, "exactly one"),
        ({"difficulty": "hard", "hidden_truth": _truth(trap="none")}, "hard"),
        ({"upset_with_listener": True, "difficulty": "hard"}, "defending or minimizing"),
        ({"scenario_id": "grief-900"}, "must start with its theme"),
    ],
)
def test_authoring_rules(tmp_path: Path, overrides: dict[str, Any], fragment: str) -> None:
    with pytest.raises(ScenarioBankError, match=re.escape(fragment)):
        load_files([_write(tmp_path, [_scenario(**overrides)])])


def test_upset_with_you_must_be_hard_and_upset(tmp_path: Path) -> None:
    bad = _scenario(scenario_id="upset_with_you-900", theme="upset_with_you")
    with pytest.raises(ScenarioBankError, match="upset_with_you scenarios are hard"):
        load_files([_write(tmp_path, [bad], name="upset_with_you.yaml")])


def test_theme_must_match_file_name(tmp_path: Path) -> None:
    with pytest.raises(ScenarioBankError, match=r"belongs in money\.yaml"):
        load_files([_write(tmp_path, [_scenario()], name="grief.yaml")])


def test_safety_scenarios_stay_out_of_the_bank(tmp_path: Path) -> None:
    with pytest.raises(ScenarioBankError, match="safety"):
        load_files([_write(tmp_path, [_scenario(safety=True)])])


def test_ids_unique_across_files(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = _write(tmp_path / "a", [_scenario()])
    second = _write(tmp_path / "b", [_scenario()])
    with pytest.raises(ScenarioBankError, match=r"money-900.*already used"):
        load_files([first, second])


def test_invalid_yaml_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "money.yaml"
    path.write_text("format: [unclosed\n", encoding="utf-8")
    with pytest.raises(ScenarioBankError, match="not valid YAML") as info:
        load_files([path])
    assert str(path) in str(info.value)


# --- the packaged bank --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def bank() -> Bank:
    return load_bank()


def test_bank_is_loaded_once(bank: Bank) -> None:
    assert load_bank() is bank


def test_bank_size_and_coverage(bank: Bank) -> None:
    assert len(bank.scenarios) >= MIN_SCENARIOS
    coverage = bank.coverage()
    assert set(coverage) == set(THEMES)
    gaps = []
    for theme, counts in coverage.items():
        if sum(counts.values()) < MIN_PER_THEME:
            gaps.append(f"{theme}: only {sum(counts.values())} scenarios")
        wanted = ("hard",) if theme in ALL_HARD_THEMES else DIFFICULTIES
        gaps += [f"{theme}: no {level}" for level in wanted if counts[level] == 0]
    assert not gaps, gaps
    assert sum(c["hard"] for c in coverage.values()) >= MIN_HARD


def test_upset_with_you_is_all_hard_and_upset(bank: Bank) -> None:
    for s in bank.filter(theme="upset_with_you"):
        assert s.difficulty == "hard" and s.upset_with_listener, s.scenario_id


def test_hidden_truth_and_lines_complete(bank: Bank) -> None:
    for s in bank.scenarios:
        truth = s.hidden_truth
        assert truth.primary_feelings, s.scenario_id
        assert truth.need.strip(), s.scenario_id
        assert truth.key_facts, s.scenario_id
        for name, replies in s.lines.model_dump().items():
            assert replies and all(r.strip() for r in replies), f"{s.scenario_id}: lines.{name}"
        assert not s.safety, s.scenario_id


def test_statements_are_short(bank: Bank) -> None:
    too_long = [
        s.scenario_id
        for s in bank.scenarios
        if len(re.findall(r"[.!?]+(?=\s|$)", s.statement.strip())) > 4
    ]
    assert not too_long, f"more than four sentences: {too_long}"


def test_primary_feelings_are_in_the_lexicon(bank: Bank) -> None:
    words = [w for s in bank.scenarios for w in s.hidden_truth.primary_feelings]
    missing = sorted({w for w in words if not find_feelings(w)})
    found_share = sum(1 for w in words if w not in missing) / len(words)
    assert found_share >= MIN_LEXICON_SHARE, f"not in the lexicon: {missing}"


def test_advice_requests_both_ways(bank: Bank) -> None:
    """'What should I do?' often means 'hear me'; the bank teaches both readings."""
    asks = re.compile(r"what (should|do) i do|what am i (even )?supposed to|tell me what", re.I)
    asked_not_meant = [
        s
        for s in bank.scenarios
        if asks.search(s.statement) and not s.hidden_truth.asked_for_advice and s.trap == "fixing"
    ]
    genuine = [s for s in bank.scenarios if s.hidden_truth.asked_for_advice]
    assert len(asked_not_meant) >= 3, [s.scenario_id for s in asked_not_meant]
    assert len(genuine) >= 2


def test_good_news_is_positive(bank: Bank) -> None:
    positive = {"joy", "pride", "relief"}
    for s in bank.filter(theme="good_news"):
        families = {h.family for w in s.hidden_truth.primary_feelings for h in find_feelings(w)}
        assert families & positive, s.scenario_id
    traps = Counter(s.trap for s in bank.filter(theme="good_news"))
    assert traps.most_common(1)[0][0] == "minimizing"


def test_filter(bank: Bank) -> None:
    hard_grief = bank.filter(theme="grief", difficulty="hard")
    assert hard_grief and all(s.theme == "grief" and s.difficulty == "hard" for s in hard_grief)
    assert len(bank.filter()) == len(bank.scenarios)
    assert bank.coverage()["grief"]["hard"] == len(hard_grief)


def test_get_and_unknown_id(bank: Bank) -> None:
    first = bank.scenarios[0]
    assert bank.get(first.scenario_id) is first
    with pytest.raises(UnknownScenario) as info:
        bank.get("grief-05")
    message = str(info.value)
    assert "grief-05" in message and "grief-005" in message
    with pytest.raises(KeyError):
        bank.get("nothing-like-it")


# --- choose -------------------------------------------------------------------------------------


def _small() -> list[Scenario]:
    data = [
        _scenario(scenario_id=f"money-{n:03d}", difficulty=level)
        for n, level in ((1, "easy"), (2, "easy"), (3, "easy"), (4, "medium"))
    ]
    data[3]["hidden_truth"] = _truth(primary_feelings=["anxious", "ashamed"])
    return [Scenario.model_validate(d) for d in data]


def test_choose_respects_filters_and_seen() -> None:
    scenarios = _small()
    seen = {"money-001", "money-002"}
    for seed in range(20):
        picked = choose(scenarios, difficulty="easy", seen=seen, rng=random.Random(seed))
        assert picked.scenario_id == "money-003"
    medium = choose(scenarios, theme="money", difficulty="medium", rng=random.Random(1))
    assert medium.scenario_id == "money-004"


def test_choose_falls_back_to_seen_when_all_seen() -> None:
    scenarios = _small()
    seen = {s.scenario_id for s in scenarios}
    picked = choose(scenarios, difficulty="easy", seen=seen, rng=random.Random(3))
    assert picked.difficulty == "easy"


def test_choose_is_repeatable_and_order_independent(bank: Bank) -> None:
    picks = [choose(bank, theme="phones", rng=random.Random(7)).scenario_id for _ in range(3)]
    assert len(set(picks)) == 1
    shuffled = list(bank.scenarios)
    random.Random(0).shuffle(shuffled)
    assert choose(shuffled, theme="phones", rng=random.Random(7)).scenario_id == picks[0]
    spread = {choose(bank, rng=random.Random(seed)).scenario_id for seed in range(30)}
    assert len(spread) > 5


def test_choose_without_match_is_a_clear_error() -> None:
    with pytest.raises(NoMatchingScenario, match="theme 'grief'"):
        choose(_small(), theme="grief", rng=random.Random(0))


# --- CLI ----------------------------------------------------------------------------------------


def run(*args: str) -> Result:
    return CliRunner().invoke(main, ["scenario", *args])


def test_cli_list_table(bank: Bank) -> None:
    result = run("list", "--theme", "grief")
    assert result.exit_code == 0, result.output
    rows = [line for line in result.stdout.splitlines() if line.startswith("grief-")]
    assert len(rows) == len(bank.filter(theme="grief"))
    assert result.stdout.splitlines()[0].split() == ["id", "theme", "difficulty", "statement"]


def test_cli_list_json(bank: Bank) -> None:
    result = run("list", "--difficulty", "hard", "--json")
    assert result.exit_code == 0, result.output
    items = json.loads(result.stdout)
    assert len(items) == len(bank.filter(difficulty="hard"))
    assert all(set(i) == {"id", "theme", "difficulty", "statement"} for i in items)
    assert {i["difficulty"] for i in items} == {"hard"}


def test_cli_list_rejects_unknown_theme() -> None:
    result = run("list", "--theme", "weather")
    assert result.exit_code == 2


def test_cli_show_text_and_json(bank: Bank) -> None:
    target = bank.filter(theme="upset_with_you")[0]
    text = run("show", target.scenario_id)
    assert text.exit_code == 0, text.output
    assert target.statement in text.stdout
    assert target.hidden_truth.need in text.stdout
    as_json = run("show", target.scenario_id, "--json")
    assert as_json.exit_code == 0, as_json.output
    assert Scenario.model_validate_json(as_json.stdout) == target


def test_cli_show_unknown_id() -> None:
    result = run("show", "grief-05")
    assert result.exit_code == 2
    assert "grief-005" in result.stderr
