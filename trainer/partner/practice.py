"""One practice turn, end to end: validate, screen, keep the attempt, grade, let the partner
react, attach the grade. Used by the page and the CLI alike, so both behave the same.

The offline grade comes first (instant); `upgrade_with_llm` then replaces it when a model is
configured, or keeps it and says why when the provider fails. A learner who asked for the LLM
only (`--grader llm`) gets its grade or an error, never an offline grade in its place. The
attempt is written before any grading, so a crash or a provider failure never loses what the
learner typed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial

from pydantic import BaseModel, ConfigDict

from trainer.coaching.drills import Drill
from trainer.coaching.records import AttemptRecord
from trainer.errors import InvalidInput, LLMError
from trainer.evals.card_files import trust_for
from trainer.grading import grader as grading
from trainer.grading.offline.grader import grade_offline
from trainer.grading.schema import Grade, GradeRequest
from trainer.llm.model import ChatModel
from trainer.partner.conversation import (
    Conversation,
    EmpathyMap,
    Reactor,
    grade_request,
    safety_stop,
    scripted_reactor,
    take_turn,
)
from trainer.partner.reactions import Mood, PartnerReply
from trainer.partner.scenarios.models import Scenario
from trainer.store import Actor, Store


class TurnOutcome(BaseModel):
    """What a page draws after a submit. `before` is the conversation before this turn, which
    "Try again" and the LLM upgrade rework."""

    model_config = ConfigDict(frozen=True)

    before: Conversation
    conversation: Conversation
    response: str
    empathy_map: EmpathyMap | None = None
    attempt: AttemptRecord | None = None
    previous_score: int | None = None
    notice: str | None = None

    @property
    def grade(self) -> Grade | None:
        return (
            self.conversation.turns[-1].grade if self.attempt and self.conversation.turns else None
        )

    @property
    def held_for_review(self) -> bool:
        return self.attempt is not None and not self.attempt.released

    @property
    def score_change(self) -> int | None:
        if self.grade is None or self.previous_score is None:
            return None
        return self.grade.score - self.previous_score


def llm_reactor(model: ChatModel) -> Reactor:
    """The partner worded by the model; any failure keeps the scripted line."""
    from trainer.partner.llm_lines import react_with_llm

    def reactor(
        scenario: Scenario, grade: Grade, response: str, turn: int, mood: Mood
    ) -> PartnerReply:
        return react_with_llm(scenario, grade, response, turn, mood, model)

    return reactor


def practice_turn(
    store: Store,
    actor: Actor,
    before: Conversation,
    response: str,
    *,
    empathy_map: EmpathyMap | None = None,
    retry_of: AttemptRecord | None = None,
    drill: Drill | None = None,
    now: dt.datetime | None = None,
    llm_only: ChatModel | None = None,
) -> TurnOutcome:
    """Grade offline and store. Raises InvalidInput (empty, too long, another language) with a
    message for the box; a safety stop returns a conversation with `safety` set and no attempt.
    A drill under review keeps the grade from the learner until the coach releases it.
    With `llm_only` the model grades (and words the partner) instead; when it fails, the
    attempt is kept, marked failed with the reason, and the LLMError is raised."""
    request = grade_request(before, response)
    grading.validate_request(request)
    stopped = safety_stop(before, response)
    if stopped is not None:
        return TurnOutcome(before=before, conversation=stopped, response=response)
    scenario = before.scenario
    attempt = store.start_attempt(
        actor,
        statement=request.statement,
        response=response,
        context=request.context,
        scenario_id=scenario.scenario_id,
        hidden_truth=scenario.hidden_truth,
        theme=scenario.theme,
        difficulty=scenario.difficulty,
        mode=before.mode,
        retry_of=retry_of.attempt_id if retry_of else None,
        drill_id=drill.drill_id if drill else None,
        released=not (drill and drill.spec.review_before_release),
        now=now,
    )
    grade_fn: Callable[[GradeRequest], Grade] = grade_offline
    reactor: Reactor = scripted_reactor
    if llm_only is not None:
        grade_fn = partial(grading.grade, grader="llm", model=llm_only, model_feedback=True)
        reactor = llm_reactor(llm_only)
    try:
        after = take_turn(before, response, grade_fn, empathy_map, reactor)
    except InvalidInput as exc:
        store.mark_failed(actor, attempt.attempt_id, str(exc))
        raise
    except LLMError as exc:
        store.mark_failed(actor, attempt.attempt_id, grading.failure_reason(exc))
        raise
    stored = store.attach_grade(actor, attempt.attempt_id, after.turns[-1].grade)
    return TurnOutcome(
        before=before,
        conversation=after,
        response=response,
        empathy_map=empathy_map,
        attempt=stored,
        previous_score=retry_of.score if retry_of else None,
    )


def upgrade_with_llm(
    store: Store, actor: Actor, outcome: TurnOutcome, model: ChatModel
) -> TurnOutcome:
    """Replace the offline grade with the `auto` one, each item from the source the model's
    validity card trusts, with the model's reflection and edit where they pass the grader (and
    let the model word the partner's reply). On provider failure the offline grade stays and
    `notice` says why."""
    if outcome.attempt is None:
        return outcome
    request = grade_request(outcome.before, outcome.response)
    llm_grade = grading.grade(request, "auto", model, trust_for(model.name), model_feedback=True)
    reason = llm_grade.metadata.fallback_reason
    if reason:
        return outcome.model_copy(update={"notice": f"Showing the offline grade: {reason}"})
    after = take_turn(
        outcome.before, outcome.response, lambda _r: llm_grade, outcome.empathy_map,
        llm_reactor(model),
    )  # fmt: skip
    stored = store.attach_grade(actor, outcome.attempt.attempt_id, llm_grade)
    return outcome.model_copy(update={"conversation": after, "attempt": stored, "notice": None})
