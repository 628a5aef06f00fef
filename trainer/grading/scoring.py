"""Checklist answers -> rubric scores. Pure: the one place both graders' answers become numbers."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from trainer.grading.schema import RUBRIC_KEYS, Evidence, RubricKey, RubricResult, Rubrics
from trainer.prompts import RubricDef, RubricSet

Answers = Mapping[RubricKey, Mapping[str, bool]]

# When several rubrics fail, the tip addresses the habit that most often blocks being heard.
TIP_PRIORITY: tuple[RubricKey, ...] = ("not_hijacking", "not_fixing", "validation", "accuracy")


def score_rubric(rubric: RubricDef, answers: Mapping[str, bool], penalty: int) -> int:
    """base + earned points, clipped to 0-4, then capped by every cost item answered yes."""
    score = rubric.base
    costs = 0
    caps: list[int] = []
    for item in rubric.items:
        if not answers.get(item.id, False):
            continue
        if item.effect == "earn":
            score += item.points
        elif item.effect == "cost":
            costs += 1
            caps.append(item.cap if item.cap is not None else 0)
    score = max(0, min(4, score))
    if caps:
        score = min(score, *caps)
    if costs >= 2:
        score = max(0, score - penalty)
    return score


def complete_answers(rubrics: RubricSet, answers: Answers) -> dict[RubricKey, dict[str, bool]]:
    """Every item present (missing = no); unknown item ids are rejected, not silently ignored."""
    out: dict[RubricKey, dict[str, bool]] = {}
    for key in RUBRIC_KEYS:
        ids = rubrics.item_ids(key)
        given = dict(answers.get(key, {}))
        unknown = sorted(set(given) - set(ids))
        if unknown:
            raise ValueError(f"unknown checklist items for {key!r}: {unknown}; known: {ids}")
        out[key] = {i: bool(given.get(i, False)) for i in ids}
    return out


def rationale(rubric: RubricDef, answers: Mapping[str, bool], score: int, passed: bool) -> str:
    """One sentence built from the checklist, so it always agrees with the score."""
    costs = [
        _predicate(it.label) for it in rubric.items if it.effect == "cost" and answers.get(it.id)
    ]
    earned = [
        _predicate(it.label) for it in rubric.items if it.effect == "earn" and answers.get(it.id)
    ]
    missing = [it.label for it in rubric.items if it.effect == "earn" and not answers.get(it.id)]
    notes = [
        _predicate(it.label) for it in rubric.items if it.effect == "note" and answers.get(it.id)
    ]
    verdict = "passes" if passed else "does not pass"
    parts: list[str] = []
    if costs:
        parts.append("it " + _join(costs))
    if earned:
        parts.append("it " + _join(earned))
    if missing and not passed:
        parts.append("it does not yet " + _join([_base_form(m) for m in missing]))
    if notes:
        parts.append("it " + _join(notes))
    if not parts:
        parts.append("nothing in it works against this rubric")
    return f"{rubric.title} {score}/4 ({verdict}): " + "; ".join(parts) + "."


def _predicate(label: str) -> str:
    """A label as what "it" does: verb labels as they are ("gives advice"), adjective labels with
    "is" ("sarcastic or contemptuous" -> "is sarcastic or contemptuous")."""
    first = label.partition(" ")[0]
    # "it defends themselves" does not agree: said of the reply, the self is the listener's
    label = re.sub(r"\bthemselves\b", "the listener", label)
    return label if first.endswith("s") else f"is {label}"


def _base_form(label: str) -> str:
    first, _, rest = label.partition(" ")
    if first.endswith(("ches", "shes", "sses", "xes", "zes")):
        verb = first[:-2]
    else:
        verb = first.removesuffix("s")
    return f"{verb} {rest}".strip()


def _join(words: Sequence[str]) -> str:
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


def build_rubrics(
    rubrics: RubricSet,
    answers: Answers,
    evidence: Mapping[RubricKey, Sequence[Evidence]] | None = None,
    rationales: Mapping[RubricKey, str] | None = None,
) -> Rubrics:
    """Assemble the four RubricResults; rationales may come from the model, scores never do."""
    full = complete_answers(rubrics, answers)
    results: dict[str, RubricResult] = {}
    for key in RUBRIC_KEYS:
        rdef = rubrics.rubrics[key]
        score = score_rubric(rdef, full[key], rubrics.extra_cost_penalty)
        passed = score >= rubrics.pass_score
        text = rationale(rdef, full[key], score, passed)
        if key == "validation" and _only_a_guessed_feeling(full):
            # "you must be livid, that's completely understandable" to grief: say why the
            # "understandable" did not count, or the rationale reads as if it went unseen
            text = text[:-1] + (
                "; the feeling it speaks to is one they did not express (see Accuracy)."
            )
        if rationales and rationales.get(key):
            text = f"{rdef.title} {score}/4: {rationales[key].strip()}"
        results[key] = RubricResult(
            score=score,
            passed=passed,
            rationale=text,
            evidence=list((evidence or {}).get(key, [])),
            checklist=full[key],
        )
    return Rubrics.model_validate(results)


def _only_a_guessed_feeling(full: Mapping[RubricKey, Mapping[str, bool]]) -> bool:
    """The reply's feeling is the wrong one and validation earned nothing for it."""
    acc, val = full.get("accuracy", {}), full.get("validation", {})
    earned = ("acknowledges_feeling", "legitimizes_feeling", "links_feeling_to_cause")
    return bool(acc.get("wrong_feeling")) and not any(val.get(i) for i in earned)


# What the learner did for the partner, and what they avoided doing to them.
LISTENING: tuple[RubricKey, ...] = ("accuracy", "validation")
AVOIDING: tuple[RubricKey, ...] = ("not_fixing", "not_hijacking")


def listening_share(rubrics: Rubrics, pass_score: int = 3) -> float:
    """0-1: how much listening the reply holds; 1 once accuracy and validation together reach
    their pass marks (3 + 3 of 8 points), in proportion below that, 0 for "ok"."""
    earned = sum(rubrics.get(k).score for k in LISTENING)
    return min(1.0, earned / (pass_score * len(LISTENING)))


def overall_score(rubrics: Rubrics, pass_score: int = 3) -> int:
    """0-100. Accuracy and validation count as scored; not fixing and not hijacking measure
    what was avoided, so they count only as far as there is listening to protect: a reply with
    no listening ("ok") scores 0 whatever it avoided, and a reply whose accuracy and validation
    both pass keeps the plain mean of the four rubric scores."""
    share = listening_share(rubrics, pass_score)
    listened = sum(rubrics.get(k).score for k in LISTENING)
    avoided = sum(rubrics.get(k).score for k in AVOIDING) * share
    return round(100 * (listened + avoided) / (4 * len(RUBRIC_KEYS)))


def next_step_tip(rubric_set: RubricSet, rubrics: Rubrics) -> str:
    """One tip: the first cost found in priority order, else the biggest missing earn item."""
    failing = [k for k in TIP_PRIORITY if not rubrics.get(k).passed]
    order = failing or list(TIP_PRIORITY)
    for key in order:
        answers = rubrics.get(key).checklist
        for item in rubric_set.rubrics[key].items:
            if item.effect == "cost" and answers.get(item.id):
                return item.tip
    for key in order:
        answers = rubrics.get(key).checklist
        missing = [
            it
            for it in rubric_set.rubrics[key].items
            if it.effect == "earn" and not answers.get(it.id)
        ]
        if missing:
            return max(missing, key=lambda it: it.points).tip
    return "That was heard well. Next time, try going one layer deeper: what did they need?"
