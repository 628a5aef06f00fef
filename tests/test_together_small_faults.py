"""Small faults of Practise together: words the safety screen stopped are kept for the one who
typed them (with a notice worded for a room, which has no scenarios), and the Progress page's
felt-understood chart says which line is which. AppTest drives the page as a person would."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest
from test_together_cli import GOOD, OFF, _rated

from trainer.store import open_store
from trainer.together import service
from trainer.together.room import PrivateNote
from trainer.ui import together_parts
from trainer.ui.together_parts import TogetherState

APP = Path(__file__).resolve().parent.parent / "app.py"
# Words the safety screen stops (self-harm), written for this test.
STOPPED = "Work has been grim, and some nights lately I keep thinking about ending my life."
NOTE = PrivateNote(feeling="low and tired", point="", need="")
SAID = "My neighbour's dog barked all night and I'm running on three hours of sleep."


def _run(at: AppTest) -> AppTest:
    at.run()
    assert not at.exception, at.exception
    return at


def _click(at: AppTest, label: str) -> AppTest:
    [button] = [b for b in at.button if b.label == label]
    button.click()
    return _run(at)


def _ana_on_her_turn(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    """Ana's page, her turn to speak, in a room Ben has joined."""
    monkeypatch.chdir(tmp_path)  # no developer's .streamlit/secrets.toml
    url = f"sqlite:///{tmp_path / 'together.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    store = open_store(url)
    room, ana = service.open_room(store, store.default_learner(), "Ana")
    service.join_room(store, room.code, None, "Ben")
    at = _run(AppTest.from_file(str(APP), default_timeout=60))
    at.session_state["together"] = TogetherState(seats={"a": ana}, holder="a")
    at.switch_page("trainer/ui/pages/together.py")
    return _run(at)


def test_a_statement_the_safety_check_stops_keeps_its_words_for_the_next_turn(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    at = _ana_on_her_turn(tmp_path, monkeypatch)
    at.text_area(key="t_statement").input(STOPPED)
    at.text_input(key="t_feeling").input(NOTE.feeling)
    at = _click(at, "Share with Ben")

    assert any("not sent to Ben" in i.value and "kept" in i.value for i in at.info), [
        i.value for i in at.info
    ]
    at = _click(at, "Start a new turn (when you are both ready)")
    assert at.text_area(key="t_statement").value == STOPPED  # back in the box, whole
    assert at.text_input(key="t_feeling").value == NOTE.feeling


def test_the_safety_notice_on_this_page_speaks_of_a_new_turn_not_a_scenario(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    at = _ana_on_her_turn(tmp_path, monkeypatch)
    at.text_area(key="t_statement").input(STOPPED)
    at.text_input(key="t_feeling").input(NOTE.feeling)
    at = _click(at, "Share with Ben")

    [notice] = [e.value for e in at.error]
    assert "988" in notice  # the helplines are all still there
    assert "scenario" not in notice.lower()  # a room has none to start
    assert "start a new turn" in notice


def test_a_statement_that_went_through_empties_the_boxes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The other side of the first test: words kept only when they were not sent."""
    at = _ana_on_her_turn(tmp_path, monkeypatch)
    at.text_area(key="t_statement").input(SAID)
    at.text_input(key="t_feeling").input("worn out")
    at = _click(at, "Share with Ben")
    assert not at.error
    assert "Ben is writing a reflection…" in [i.value for i in at.info]
    assert at.session_state["t_statement"] == ""


def _chart(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """The felt-understood chart the Progress section draws, as its Vega-Lite spec."""
    drawn: list[Any] = []
    rated = [_rated(GOOD, 5, 2), _rated(OFF, 1, 3), _rated(GOOD, 4, 4)]
    monkeypatch.setattr(service, "rated_attempts", lambda store, actor: rated)
    monkeypatch.setattr(st, "altair_chart", lambda chart, **_: drawn.append(chart))
    together_parts.felt_understood_section(None, None)  # type: ignore[arg-type]
    [chart] = drawn
    spec: dict[str, Any] = chart.to_dict()
    return spec


def test_the_felt_understood_chart_has_a_legend_naming_both_lines(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spec = _chart(monkeypatch)
    layers = spec["layer"]
    assert len(layers) == 2
    legends = []
    for layer in layers:
        for channel in ("color", "strokeDash"):
            enc = layer.get("encoding", {}).get(channel)
            assert enc is not None, f"{channel} has no encoding: no legend can name the line"
            assert enc.get("legend", {}) is not None  # not switched off
            legends.append(tuple(enc["scale"]["domain"]))
    [names] = set(legends)  # one shared legend for colour and dash
    felt = next(n for n in names if re.search(r"felt understood.*1.5", n, re.I))
    score = next(n for n in names if re.search(r"grader.*0.100", n, re.I))
    color = layers[0]["encoding"]["color"]["scale"]
    dash = layers[0]["encoding"]["strokeDash"]["scale"]
    assert color["range"][names.index(felt)] == "#d6336c"  # the felt line stays pink
    assert dash["range"][names.index(felt)] == [1, 0]  # solid
    assert dash["range"][names.index(score)] != [1, 0]  # dashed
