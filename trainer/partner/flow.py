"""The practice flow that the Practice page and `trainer practice` share: which scenario comes
next (a filter, one id, a surprise or a drill's pool), the learner's empathy map, a turn with
its retry, the LLM upgrade and the summary. The page and the CLI only read input and draw;
every decision is here. The store, the model and the random source are passed in.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from typing import cast

from trainer.coaching.drills import Drill, check_scenarios
from trainer.coaching.records import AttemptRecord
from trainer.errors import ConfigError, TrainerError
from trainer.grading.schema import Frozen
from trainer.llm.model import ChatModel
from trainer.partner.conversation import (
    MODES,
    Conversation,
    ConversationSummary,
    EmpathyMap,
    Mode,
    start,
    summarize,
)
from trainer.partner.practice import TurnOutcome, practice_turn, upgrade_with_llm
from trainer.partner.scenarios.bank import Bank, choose
from trainer.partner.scenarios.generate import choose_kind, generate_scenario
from trainer.partner.scenarios.models import DIFFICULTIES, THEMES, Difficulty, Scenario, Theme
from trainer.store import Actor, Store

ANY = "any"  # what a select shows for "no filter"


def _pick(value: str | None, allowed: Sequence[str], what: str) -> str | None:
    if value is None or value == ANY:
        return None
    if value not in allowed:
        raise ConfigError(
            f"unknown {what} {value!r}; choose one of {', '.join(allowed)} or {ANY!r}."
        )
    return value


class ScenarioRequest(Frozen):
    """What the learner asked for: a theme/difficulty filter, one scenario by id, or the next
    scenario of a drill (whose spec then decides the pool and the exercise)."""

    theme: Theme | None = None
    difficulty: Difficulty | None = None
    mode: Mode = "reflect"
    scenario_id: str | None = None
    drill: Drill | None = None
    # Outside a drill, prefer scenarios not practised yet; `trainer practice --seed` turns it
    # off so a seed gives the same scenario whatever the history. A drill always goes round
    # its pool.
    prefer_unseen: bool = True

    @classmethod
    def from_form(
        cls, theme: str | None, difficulty: str | None, mode: str | None, drill: Drill | None
    ) -> ScenarioRequest:
        """From the page's selects, where "any" means no filter; unknown values are refused."""
        return cls(
            theme=cast(Theme | None, _pick(theme, THEMES, "theme")),
            difficulty=cast(Difficulty | None, _pick(difficulty, DIFFICULTIES, "difficulty")),
            mode=cast(Mode, _pick(mode, MODES, "exercise") or "reflect"),
            drill=drill,
        )

    def surprise(self) -> ScenarioRequest:
        """Any theme, any difficulty: the whole bank (the same exercise, the same drill)."""
        return self.model_copy(update={"theme": None, "difficulty": None, "scenario_id": None})

    @property
    def run_mode(self) -> Mode:
        """A drill sets the exercise; otherwise the learner's choice."""
        return self.drill.spec.mode if self.drill is not None else self.mode


def seen_scenarios(attempts: Iterable[AttemptRecord], drill: Drill | None) -> frozenset[str]:
    """Scenarios already practised: within the drill when one is on (its repetitions go round
    its own pool), else all of them."""
    return frozenset(
        a.scenario_id
        for a in attempts
        if a.scenario_id and (drill is None or a.drill_id == drill.drill_id)
    )


def choose_scenario(
    request: ScenarioRequest, bank: Bank, history: Iterable[AttemptRecord], rng: random.Random
) -> Scenario:
    """The scenario to practise next; an unseen one first when the request prefers it."""
    if request.drill is not None:
        seen = seen_scenarios(history, request.drill)
        return choose(check_scenarios(request.drill.spec, bank), seen=seen, rng=rng)
    seen = seen_scenarios(history, None) if request.prefer_unseen else frozenset()
    if request.scenario_id is not None:
        return bank.get(request.scenario_id)
    return choose(bank, theme=request.theme, difficulty=request.difficulty, seen=seen, rng=rng)


def write_scenario(
    request: ScenarioRequest, model: ChatModel, bank: Bank, rng: random.Random
) -> Scenario:
    """A new scenario written by the model for the request's theme and difficulty (open ones
    filled at random), validated like the bank and checked against it for near-duplicates."""
    theme, difficulty = choose_kind(request.theme, request.difficulty, rng)
    return generate_scenario(theme, difficulty, model, bank.scenarios)


def find_drill(assigned: Sequence[Drill], key: str) -> Drill:
    """The one assigned drill whose id or title is `key`."""
    found = [d for d in assigned if key in (d.drill_id, d.spec.title)]
    if len(found) != 1:
        titles = ", ".join(repr(d.spec.title) for d in assigned) or "none"
        raise TrainerError(f"no single drill assigned to you matches {key!r} (yours: {titles}).")
    return found[0]


def parse_empathy_map(mode: Mode, feelings: str, need: str) -> EmpathyMap | None:
    """The map typed before a reply: comma-separated feelings and a need; only in the
    empathy-mapping exercise."""
    if mode != "empathy_mapping":
        return None
    return EmpathyMap(feelings=[f.strip() for f in feelings.split(",") if f.strip()], need=need)


class PracticeRun(Frozen):
    """One practice conversation as the learner lives it: the conversation, the drill it
    belongs to, the last turn's outcome, whether the next reply reworks that turn, and
    whether the LLM should still regrade it."""

    conversation: Conversation
    drill: Drill | None = None
    last: TurnOutcome | None = None
    retrying: bool = False
    upgrade_pending: bool = False

    @property
    def answering(self) -> Conversation:
        """The conversation the next reply answers: before the last turn when retrying."""
        return self.last.before if self.retrying and self.last is not None else self.conversation

    @property
    def retry_of(self) -> AttemptRecord | None:
        return self.last.attempt if self.retrying and self.last is not None else None

    @property
    def held_for_review(self) -> bool:
        return self.last is not None and self.last.held_for_review

    def retry(self) -> PracticeRun:
        """Rework the last reply to the same words; the next turn records the change."""
        if self.last is None:
            raise TrainerError("there is no reply to rework yet; reply to your partner first.")
        return self.model_copy(update={"retrying": True})

    def summary(self) -> ConversationSummary | None:
        """What went well and the habit to work on; none while the coach holds the feedback."""
        return None if self.held_for_review else summarize(self.conversation)


def begin(request: ScenarioRequest, scenario: Scenario) -> PracticeRun:
    """A new conversation about `scenario`, in the request's exercise and drill."""
    return PracticeRun(conversation=start(scenario, request.run_mode), drill=request.drill)


def submit(
    store: Store,
    actor: Actor,
    run: PracticeRun,
    response: str,
    *,
    empathy_map: EmpathyMap | None = None,
    llm_only: ChatModel | None = None,
) -> PracticeRun:
    """One turn: store the reply, grade it offline (or by `llm_only`), let the partner react.
    Raises what practice_turn raises (InvalidInput, LLMError), leaving `run` as it was."""
    outcome = practice_turn(
        store,
        actor,
        run.answering,
        response,
        empathy_map=empathy_map,
        retry_of=run.retry_of,
        drill=run.drill,
        llm_only=llm_only,
    )
    return run.model_copy(
        update={
            "conversation": outcome.conversation,
            "last": outcome,
            "retrying": False,
            "upgrade_pending": outcome.attempt is not None and llm_only is None,
        }
    )


def upgrade(store: Store, actor: Actor, run: PracticeRun, model: ChatModel | None) -> PracticeRun:
    """Let the model regrade the last turn once (when there is one to regrade and a model)."""
    if not run.upgrade_pending or run.last is None:
        return run
    if model is None:
        return run.model_copy(update={"upgrade_pending": False})
    upgraded = upgrade_with_llm(store, actor, run.last, model)
    return run.model_copy(
        update={"conversation": upgraded.conversation, "last": upgraded, "upgrade_pending": False}
    )
