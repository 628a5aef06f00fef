"""A validity card in words and numbers, for the Settings page and `trainer settings`: plain
text lines (the page escapes them for Markdown, the CLI for the terminal). Pure formatting."""

from __future__ import annotations

from trainer.evals.cards import ValidityCard
from trainer.grading.schema import RUBRIC_KEYS
from trainer.prompts import RubricSet, load_rubrics

RUBRIC_WORDS = {
    "accuracy": "accuracy",
    "validation": "validation",
    "not_fixing": "not fixing",
    "not_hijacking": "not hijacking",
}


def not_measured(model: str) -> str:
    from trainer.evals.card_files import measure_command

    return f"{model}: not measured yet — run: {measure_command(model)}"


def strength(balanced_accuracy: float) -> str:
    """Balanced accuracy in words (0.5 is what guessing or a constant answer gets)."""
    if balanced_accuracy < 0.6:
        return "near chance"
    if balanced_accuracy < 0.7:
        return "weak"
    if balanced_accuracy < 0.8:
        return "fair"
    if balanced_accuracy < 0.9:
        return "good"
    return "very good"


def _f(value: float | None, digits: int = 2) -> str:
    if value is None:
        return "unknown"
    return f"{value:.3f}" if 0 < value < 1 and digits < 3 else f"{value:.{digits}f}"


def summary(card: ValidityCard) -> str:
    """One sentence: how it agrees on the part it was not tuned on."""
    parts = [
        f"{RUBRIC_WORDS[k]} {strength(card.rubrics[k]['report'].balanced_accuracy)}"
        for k in RUBRIC_KEYS
    ]
    who = (
        "The offline rules agree" if card.grader == "offline" else f"The model {card.model} agrees"
    )
    return (
        f"{who} with careful human labels on the report part (cases never tuned on): "
        + ", ".join(parts)
        + "."
    )


def card_lines(
    card: ValidityCard, base_url: str | None = None, rubrics: RubricSet | None = None
) -> list[str]:
    """The card: what was measured, the figures per rubric on both parts, the cost, and what
    `auto` takes from the model. `base_url` is the configured one, compared with the card's."""
    lines = [
        f"Validity card for {card.model} ({card.grader} grader, strategy {card.strategy}), "
        f"measured {card.measured_at[:10]} on {', '.join(card.case_files)} "
        f"({card.cases['tune']} tune cases, {card.cases['report']} report cases; prompt "
        f"{card.prompt_hash[:12]}).",
        summary(card),
        "Per rubric, report part (tune part in brackets): balanced accuracy, Cohen's kappa, "
        "share of verdicts that match:",
    ]
    trust = {r.rubric: r for r in card.trust.rubrics} if card.trust else {}
    for key in RUBRIC_KEYS:
        rep, tune = card.rubrics[key]["report"], card.rubrics[key]["tune"]
        line = (
            f"  {RUBRIC_WORDS[key]:14s} BA {rep.balanced_accuracy:.2f} ({tune.balanced_accuracy:.2f})"
            f"  kappa {rep.kappa:.2f} ({tune.kappa:.2f})  agreement {rep.agreement:.2f} "
            f"({tune.agreement:.2f})  n {rep.n} ({tune.n})"
        )
        if key in trust:
            t = trust[key]
            line += (
                f"  | offline rules BA {t.offline['report'].balanced_accuracy:.2f}, auto mix "
                f"{t.combined['report'].balanced_accuracy:.2f}"
            )
        lines.append(line)
    cost = card.cost
    lines.append(
        f"A grade costs {_f(cost.seconds_per_grade, 1)} s (median "
        f"{_f(cost.median_seconds_per_grade, 1)} s), {_f(cost.requests_per_grade, 1)} requests, "
        f"{_f(cost.prompt_tokens_per_grade, 0)} prompt and "
        f"{_f(cost.completion_tokens_per_grade, 0)} completion tokens; {cost.measured_how}."
        + (f" Not known: {', '.join(cost.unknown)}." if cost.unknown else "")
    )
    if card.trust is not None:
        rubric_set = rubrics or load_rubrics()
        labels = {it.id: it.label for r in rubric_set.rubrics.values() for it in r.items}
        chosen = [labels.get(i, i) for i in card.trust.model_items]
        lines.append(
            "Under --grader auto the model answers whether it "
            + ", ".join(chosen)
            + "; the offline rules answer every other item."
            if chosen
            else "Under --grader auto the offline rules answer every item: on the report part "
            "the model is no better on any of them, so it is not asked."
        )
    if card.not_graded:
        left = ", ".join(f"{n} {why}" for why, n in sorted(card.not_graded.items()))
        lines.append(f"Left out of the figures: {left}.")
    if base_url and card.base_url and base_url.rstrip("/") != card.base_url.rstrip("/"):
        lines.append(
            f"Measured at {card.base_url}; you use {base_url}. A card follows the model name: "
            "if another server serves different weights under this name, measure it again."
        )
    return lines


def card_table(card: ValidityCard) -> list[dict[str, str]]:
    """The per-rubric figures as rows (for a table on the page): report part first, then tune,
    and for a model the offline rules and the `auto` mix on report beside it."""
    trust = {r.rubric: r for r in card.trust.rubrics} if card.trust else {}
    rows = []
    for key in RUBRIC_KEYS:
        rep, tune = card.rubrics[key]["report"], card.rubrics[key]["tune"]
        row = {
            "rubric": RUBRIC_WORDS[key],
            "report: balanced acc.": f"{rep.balanced_accuracy:.2f}",
            "report: kappa": f"{rep.kappa:.2f}",
            "report: agreement": f"{rep.agreement:.2f}",
            "report: n": str(rep.n),
            "tune: balanced acc.": f"{tune.balanced_accuracy:.2f}",
            "tune: kappa": f"{tune.kappa:.2f}",
        }
        if key in trust:
            row["offline rules, report BA"] = (
                f"{trust[key].offline['report'].balanced_accuracy:.2f}"
            )
            row["auto mix, report BA"] = f"{trust[key].combined['report'].balanced_accuracy:.2f}"
        rows.append(row)
    return rows
