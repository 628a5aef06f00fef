"""Put the teaching texts of a grade together: the model reflection and the minimal edit.

Both are graded before they are shown (regrade.first_passing). The model reflection is a
scenario's hand-written exemplar when one passes, else one the trainer writes, else none; the
minimal edit is the first edit candidate that passes, else none with the reason in words.
"""

from __future__ import annotations

from dataclasses import dataclass

from trainer.grading.feedback.edit import edit_candidates, why_no_edit
from trainer.grading.feedback.fluency import fluency_problems, punctuation_problems
from trainer.grading.feedback.reflection import (
    CHECK_IN,
    core_sentences,
    feeling_words,
    reflection_candidates,
)
from trainer.grading.feedback.regrade import Check, first_passing, offline_check
from trainer.grading.feedback.swap import feeling_swaps
from trainer.grading.offline.partner_felt import PartnerFeelings
from trainer.grading.schema import Evidence, GradeRequest, RubricKey

NO_REFLECTION_HINT = "start by naming what they feel and why it matters to them"


@dataclass(frozen=True)
class Feedback:
    model_reflection: str | None
    minimal_edit: str | None
    no_edit_reason: str | None


@dataclass(frozen=True)
class Reply:
    """What the grade read in the learner's reply that the feedback needs."""

    earned: list[tuple[int, int]]  # spans of the reply that earned points
    cost: list[tuple[int, str, int]]  # (start, item, end) of spans that cost points
    checklist: dict[RubricKey, dict[str, bool]]
    partner: PartnerFeelings
    upset_with_listener: bool
    passed: bool


def reply_from(
    evidence: list[Evidence],
    extra_cost: list[tuple[int, str, int]],
    checklist: dict[RubricKey, dict[str, bool]],
    partner: PartnerFeelings,
    upset: bool,
    passed: bool,
) -> Reply:
    earned = [(e.start, e.end) for e in evidence if e.effect == "earned"]
    cost = [(e.start, e.item, e.end) for e in evidence if e.effect == "cost"]
    cost += extra_cost
    return Reply(earned, cost, checklist, partner, upset, passed)


def sounds_word(partner: PartnerFeelings) -> str:
    """'That sounds ___': a word for the situation, from the statement's feeling family."""
    fams = partner.families
    if partner.valence == "positive" or (
        partner.valence == "unknown" and partner.news == "positive"
    ):
        return "like such good news"
    if "hurt" in fams or "loneliness" in fams:
        return "really hurtful"
    if "anxiety" in fams or "insecurity" in fams:
        return "really scary"
    if "anger" in fams or "frustration" in fams:
        return "so frustrating"
    return "really hard"


def model_reflection(
    request: GradeRequest, partner: PartnerFeelings, upset: bool, check: Check = offline_check
) -> str | None:
    """A hand-written exemplar that passes, else a fluent written one that passes, else None."""
    chosen = first_passing(request.exemplars, request, check=check, shape=punctuation_problems)
    if chosen:
        return chosen
    written = reflection_candidates(request.statement, partner, request.hidden_truth, upset)
    return first_passing(
        written,
        request,
        check=check,
        shape=lambda t: fluency_problems(t, request.statement),
    )


def minimal_edit(
    request: GradeRequest, reply: Reply, check: Check = offline_check
) -> tuple[str | None, str | None]:
    """(edit, None) for the first edit that passes, or (None, why none) in words."""
    answers = reply.checklist
    feel = feeling_words(reply.partner, request.hidden_truth, reply.upset_with_listener)
    cores = core_sentences(
        request.statement, reply.partner, request.hidden_truth, reply.upset_with_listener
    )
    wide = [(a, b) for a, _, b in reply.cost]
    # A sentence the detectors flagged as a whole, when its costly clause is known: cut the
    # clause first ("That's hard, but you should X, and I know it hurts"), the sentence next.
    known = [(a, b) for a, item, b in reply.cost if item]
    narrow = [
        (a, b) for a, item, b in reply.cost if item or not any(a <= s and e <= b for s, e in known)
    ]
    # the smallest edit first: their own feeling word in place of the wrong one
    swaps = feeling_swaps(request.response, reply.cost, request.statement)
    candidates: list[str] = [*swaps, *(f"{s} {CHECK_IN}" for s in swaps)]
    for cost in dict.fromkeys([tuple(narrow), tuple(wide)]):
        candidates += edit_candidates(
            request.response,
            reply.earned,
            list(cost),
            sounds=sounds_word(reply.partner),
            feel=feel[0] if feel else None,
            needs_check=not answers["accuracy"].get("captures_need_or_checks"),
            cores=cores,
            check_in=CHECK_IN,
            statement=request.statement,
        )
    edit = first_passing(
        candidates,
        request,
        check=check,
        shape=punctuation_problems,
        not_equal_to=request.response,
    )
    if edit:
        return edit, None
    return None, why_no_edit([(item, b - a) for a, item, b in reply.cost], bool(candidates))


def compose(request: GradeRequest, reply: Reply, check: Check = offline_check) -> Feedback:
    """The model reflection always; an edit (or the reason for none) only when not passed."""
    reflection = model_reflection(request, reply.partner, reply.upset_with_listener, check)
    if reply.passed:
        return Feedback(reflection, None, None)
    edit, reason = minimal_edit(request, reply, check)
    if reason and reflection is None:
        reason = reason.replace("start from the model reflection", NO_REFLECTION_HINT)
    return Feedback(reflection, edit, reason)
