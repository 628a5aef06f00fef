"""The grading entry point: validate input, pick the grader (per item under `auto`), return one
Grade schema."""

from __future__ import annotations

from trainer.errors import ConfigError, InvalidInput, LLMError
from trainer.grading.combine import ItemTrust, combine_grades, default_trust, offline_only
from trainer.grading.offline.grader import grade_offline
from trainer.grading.schema import (
    MAX_CONTEXT_CHARS,
    MAX_RESPONSE_CHARS,
    MAX_STATEMENT_CHARS,
    Grade,
    GradeRequest,
)
from trainer.llm.choice import GraderChoice
from trainer.llm.model import ChatModel
from trainer.settings import mask_userinfo
from trainer.typed_text import check_typed


def validate_request(request: GradeRequest) -> None:
    """Reject what cannot be graded with an error a person can act on; never a fake grade."""
    for field in ("statement", "response", "context"):
        check_typed(field, getattr(request, field))  # NUL, ESC & co: refused, never stored
    if not request.response.strip():
        raise InvalidInput(
            "empty_response", "The response is empty. Type what you would say back to them."
        )
    if len(request.response) > MAX_RESPONSE_CHARS:
        raise InvalidInput(
            "response_too_long",
            f"The response is {len(request.response)} characters; the limit is "
            f"{MAX_RESPONSE_CHARS}. A reflection is a few sentences: shorten it and retry.",
        )
    if not request.statement.strip():
        raise InvalidInput(
            "statement_empty", "The partner's statement is empty; give what they said."
        )
    if len(request.statement) > MAX_STATEMENT_CHARS:
        raise InvalidInput(
            "statement_too_long",
            f"The statement is {len(request.statement)} characters; the limit is "
            f"{MAX_STATEMENT_CHARS}. Give the partner's last turn and put the rest in context.",
        )
    if request.context is not None and len(request.context) > MAX_CONTEXT_CHARS:
        raise InvalidInput(
            "context_too_long",
            f"The context is {len(request.context)} characters; the limit is "
            f"{MAX_CONTEXT_CHARS}. Keep what the grader needs to know: the last few turns.",
        )


def failure_reason(exc: LLMError) -> str:
    """How an LLM failure is told and stored, the same in the CLI, the pages and the grade's
    fallback_reason; credentials in a URL never reach it."""
    return mask_userinfo(f"the LLM grader failed ({exc.code}): {exc}")


def grade(
    request: GradeRequest,
    grader: GraderChoice = "auto",
    model: ChatModel | None = None,
    trust: ItemTrust | None = None,
    *,
    model_feedback: bool = False,
) -> Grade:
    """Grade one response. `offline` and `llm` answer every item themselves. `auto` with a model
    takes each checklist item from the source `trust` names (the model's validity card; without
    one, the documented default of trainer.grading.combine); the model is not asked when its
    card trusts it with nothing. When the model fails under `auto`, every item comes from the
    offline rules and the grade says why.

    `model_feedback` (for a grade a person reads; evals and batches leave it off): with a model,
    one more request has it write the model reflection and the minimal edit, each shown only
    when it passes the offline grader's regrade (trainer/grading/llm_feedback.py)."""
    graded = _grade(request, grader, model, trust)
    if not model_feedback or model is None or grader == "offline":
        return graded
    return _with_model_feedback(request, graded, model)


def _with_model_feedback(request: GradeRequest, graded: Grade, model: ChatModel) -> Grade:
    """The model's better words when they pass, else ours. Not asked when the model just
    failed to grade (it would most likely fail again, and cost another wait), or when the
    grade has nothing to show them in."""
    from trainer.grading.llm_feedback import add_model_feedback, wants_feedback

    if graded.metadata.fallback_reason or not wants_feedback(graded, request):
        return graded
    return add_model_feedback(request, graded, model, grade_offline)


def _grade(
    request: GradeRequest,
    grader: GraderChoice,
    model: ChatModel | None,
    trust: ItemTrust | None,
) -> Grade:
    validate_request(request)
    use_llm = grader == "llm" or (grader == "auto" and model is not None)
    if not use_llm:
        return grade_offline(request)
    if model is None:
        raise ConfigError(
            "--grader llm needs a model: set OPENAI_API_KEY or OPENAI_BASE_URL "
            "(and TRAINER_MODEL), or use --grader offline."
        )
    from trainer.grading.llm_grader import grade_with_llm

    if grader == "llm":
        return grade_with_llm(request, model)
    trust = trust if trust is not None else default_trust(model.name)
    try:
        offline = grade_offline(request)
    except InvalidInput as refused:
        if refused.code != "unsupported_language":
            raise
        try:
            return grade_with_llm(request, model)  # only the model reads this language
        except LLMError:
            raise refused from None
    if not trust.model_items:
        return offline_only(offline, trust)
    try:
        answered = grade_with_llm(request, model)
    except LLMError as exc:
        reason = failure_reason(exc)
        meta = offline.metadata.model_copy(
            update={"fallback_reason": reason, "trust_basis": trust.basis}
        )
        return offline.model_copy(update={"metadata": meta})
    return combine_grades(request, offline, answered, trust)
