"""Replay a real local LLM (Qwen2.5-Coder-1.5B via llama-cpp-python) writing fresh scenarios and
the partner's replies.

CI replays only. To re-record (after changing prompts/scenario.yaml, prompts/partner.yaml or the
request code):
    scripts/setup_local_llm.sh && scripts/local_llm_server.sh &
    OPENAI_BASE_URL=http://127.0.0.1:8765/v1 TRAINER_MODEL=local \\
        TRAINER_RECORD=1 .venv/bin/python -m pytest tests/test_partner_cassettes.py
Cassettes are written by vcrpy only, never by hand. The assertions check what any recording must
satisfy (the bank's validation, the request sent, the reply shown being the recorded one), not
that the small model wrote well.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from recordings import RECORD, body, recording
from vcr.cassette import Cassette

from trainer.grading.offline.grader import grade_offline
from trainer.grading.schema import GradeRequest
from trainer.llm.model import ChatModel
from trainer.partner.llm_lines import check_line, clean_line, react_with_llm
from trainer.partner.reactions import PartnerReply, react
from trainer.partner.scenarios.bank import load_bank
from trainer.partner.scenarios.generate import DUPLICATE_SIMILARITY, generate_scenario, nearest
from trainer.partner.scenarios.models import Difficulty, Scenario, Theme
from trainer.prompts import load_template
from trainer.safety import screen

pytestmark = [pytest.mark.allow_hosts(["127.0.0.1", "localhost"])] if RECORD else []

BANK = load_bank()
GENERATE: list[tuple[Theme, Difficulty]] = [
    ("work_stress", "easy"),
    ("good_news", "medium"),
    ("upset_with_you", "hard"),
]


# One attempt per scripted reaction, on bank scenarios of each difficulty.
WORK = next(s for s in BANK.scenarios if s.scenario_id == "work_stress-001")
UPSET = next(s for s in BANK.scenarios if s.upset_with_listener)
GRIEF = next(s for s in BANK.scenarios if s.theme == "grief")
REPLIES: dict[str, tuple[Scenario, str]] = {
    "heard": (
        WORK,
        "It sounds like you're completely overwhelmed, with the Henderson rollout piled on top "
        "and no idea when you'll even sleep. Is that right?",
    ),
    "fixed": (WORK, "You should tell your boss you can't take on the Henderson rollout."),
    "hijacked": (UPSET, "That's not fair, I had a really long day too and I did my best."),
    "dismissed": (GRIEF, "You're overreacting a bit, it's only a birthday."),
}


@contextmanager
def _cassette(name: str, template: str) -> Iterator[tuple[Cassette, ChatModel]]:
    with recording(name, load_template(template).content_hash, f"prompts/{template}",
                   "tests/test_partner_cassettes.py") as opened:  # fmt: skip
        yield opened


def _answers(cassette: Cassette) -> list[str]:
    return [
        body(r)["choices"][0]["message"]["content"]
        for r in cassette.responses
        if r["status"]["code"] == 200
    ]


@pytest.mark.parametrize(("theme", "difficulty"), GENERATE)
def test_recorded_generated_scenario(theme: Theme, difficulty: Difficulty) -> None:
    with _cassette(f"scenario_new_{theme}_{difficulty}.yaml", "scenario.yaml") as (cassette, m):
        scenario = generate_scenario(theme, difficulty, m, BANK.scenarios)

    # Whatever the model wrote passed the bank's own rules, the screen and the duplicate check.
    assert Scenario.model_validate(scenario.model_dump()) == scenario
    assert (scenario.theme, scenario.difficulty) == (theme, difficulty)
    assert scenario.scenario_id.startswith(f"{theme}-9")
    assert all(scenario.scenario_id != s.scenario_id for s in BANK.scenarios)
    assert not screen(scenario.statement, scenario.context or "").flagged
    assert nearest(scenario.statement, BANK.scenarios)[0] < DUPLICATE_SIMILARITY
    # ...and it is the recorded answer, not something made up on our side.
    written = json.loads(_answers(cassette)[-1])
    assert scenario.statement == written["statement"]
    assert scenario.hidden_truth.need == written["hidden_truth"]["need"]
    sent = json.loads(cassette.requests[-1].body)
    assert f"Theme: {theme}. Difficulty: {difficulty}" in sent["messages"][-1]["content"]


def _partner_reply(reaction: str) -> tuple[PartnerReply, PartnerReply, Cassette]:
    scenario, response = REPLIES[reaction]
    grade = grade_offline(GradeRequest(statement=scenario.statement, response=response))
    scripted = react(scenario, grade, 0, "open")
    assert scripted.reaction == reaction, "the offline grade no longer leads to this reaction"
    with _cassette(f"partner_{reaction}.yaml", "partner.yaml") as (cassette, model):
        reply = react_with_llm(scenario, grade, response, 0, "open", model)
    return reply, scripted, cassette


@pytest.mark.parametrize("reaction", sorted(REPLIES))
def test_recorded_partner_reply(reaction: str) -> None:
    scenario, response = REPLIES[reaction]
    reply, scripted, cassette = _partner_reply(reaction)

    # Code decides the reaction and mood; the model only words them.
    assert (reply.reaction, reply.mood) == (scripted.reaction, scripted.mood)
    recorded = clean_line(_answers(cassette)[-1])
    # The model's line is shown unless a check says why it cannot be; then the scripted one is.
    if check_line(recorded, scenario) is None:
        assert reply.text == recorded, "the recorded model reply was not the one shown"
    else:
        assert reply.text == scripted.text
    sent = json.loads(cassette.requests[-1].body)
    user = sent["messages"][-1]["content"]
    assert scripted.text in user and response in user
    assert "response_format" not in sent  # plain text: no grammar for the small model to follow


def test_at_least_three_of_four_recorded_partner_lines_are_accepted() -> None:
    """Issue 13's bar for the small local model: 3 of 4 lines pass every check. (Read by a
    person, see docs/notes/2026-11-30-extract-strategy.md for how many are truly in character.)"""
    accepted = []
    for reaction in sorted(REPLIES):
        reply, _, cassette = _partner_reply(reaction)
        line = clean_line(_answers(cassette)[-1])
        accepted.append(check_line(line, REPLIES[reaction][0]) is None and reply.text == line)
    assert sum(accepted) >= 3, accepted
