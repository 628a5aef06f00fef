"""Validity cards: how well one grader (the offline rules, or one model) agrees with careful
human labels, per rubric and per checklist item, on a TUNE and a REPORT part of the cases, what
a grade costs, and which items `--grader auto` should take from the model.

Pure: plain per-case data in, a ValidityCard out. Grading the cases, reading cassettes and
writing the card file happen in trainer/evals/card_files.py and the `eval run` command.
"""

from __future__ import annotations

import hashlib
import statistics
from collections.abc import Callable, Mapping, Sequence
from typing import Literal

from pydantic import Field

from trainer.evals.cases import Label
from trainer.evals.metrics import Agreement, agreement
from trainer.grading.schema import RUBRIC_KEYS, Frozen, RubricKey
from trainer.grading.scoring import score_rubric
from trainer.prompts import RubricSet

Split = Literal["tune", "report"]
SPLITS: tuple[Split, ...] = ("tune", "report")
SPLIT_RULE = (
    "tune: cases whose int(sha256(case_id), 16) is even (prompt work may look at them); "
    "report: the other cases (never tuned on). Fixed before any result was seen."
)
TRUST_RULE = (
    "per rubric, the model answers the items whose answers, swapped one at a time into the "
    "offline grade, raise balanced accuracy on report without lowering it on tune, added while "
    "the mix keeps rising that way; the mix is kept only when it is at least as good as both "
    "all-offline and all-model on report (ties go to the offline rules)"
)
Answers = Mapping[RubricKey, Mapping[str, bool]]
_EPS = 1e-9


def split_of(case_id: str) -> Split:
    """TUNE or REPORT, from the case id alone (so a new case lands in a fixed part)."""
    digest = int(hashlib.sha256(case_id.encode("utf-8")).hexdigest(), 16)
    return "tune" if digest % 2 == 0 else "report"


class CaseCost(Frozen):
    """What grading one case cost; None where the run could not tell."""

    requests: int | None = None
    seconds: float | None = None
    prompt_tokens: int | None = None
    completion_tokens: int | None = None


class CardCase(Frozen):
    """One graded case, as plain data: gold labels, the card's source's checklist answers and
    the offline rules' answers (the same for the offline card), and the cost."""

    case_id: str
    case_file: str
    gold: dict[RubricKey, Label]
    answers: dict[RubricKey, dict[str, bool]]
    offline: dict[RubricKey, dict[str, bool]]
    cost: CaseCost = Field(default_factory=CaseCost)


class Figures(Frozen):
    """Agreement with the gold labels (gold `either` left out)."""

    n: int
    agreement: float = Field(description="share of verdicts that match gold")
    balanced_accuracy: float
    kappa: float

    @classmethod
    def of(cls, conf: Agreement) -> Figures:
        return cls(
            n=conf.n,
            agreement=round(conf.accuracy, 4),
            balanced_accuracy=round(conf.balanced_accuracy, 4),
            kappa=round(conf.kappa, 4),
        )


PerSplit = dict[Split, Figures]


class ItemCard(Frozen):
    item: str
    rubric: RubricKey
    effect: Literal["earn", "cost", "note"]
    alone: PerSplit | None = Field(
        description="the item's answer read as its rubric's verdict (earn: yes = pass; cost: "
        "yes = fail); none for note items, which do not score"
    )
    swapped_in: PerSplit = Field(
        description="the rubric's figures when only this item comes from this source and "
        "every other item from the offline rules"
    )
    says_yes: dict[Split, float] = Field(description="share of cases answered yes")


class CostCard(Frozen):
    measured: int = Field(description="grades whose cost was known")
    seconds_per_grade: float | None
    median_seconds_per_grade: float | None
    requests_per_grade: float | None
    prompt_tokens_per_grade: float | None
    completion_tokens_per_grade: float | None
    measured_how: str
    unknown: list[str] = Field(default_factory=list, description="what could not be measured")


class TrustRubric(Frozen):
    rubric: RubricKey
    model_items: list[str]
    offline: PerSplit
    model: PerSplit
    combined: PerSplit


class TrustChoice(Frozen):
    """Which items `--grader auto` takes from this model, chosen on report."""

    rule: str = TRUST_RULE
    model_items: list[str]
    rubrics: list[TrustRubric]


class CardMeta(Frozen):
    model: str
    grader: Literal["offline", "llm"]
    strategy: str
    prompt_hash: str
    measured_at: str
    case_files: list[str]
    base_url: str | None = None
    server: str | None = None


class ValidityCard(Frozen):
    format: Literal["validity-card"] = "validity-card"
    version: Literal[1] = 1
    model: str
    grader: Literal["offline", "llm"]
    strategy: str
    prompt_hash: str
    measured_at: str
    base_url: str | None
    server: str | None
    case_files: list[str]
    split_rule: str = SPLIT_RULE
    cases: dict[Split, int]
    not_graded: dict[str, int] = Field(description="why cases were left out, with counts")
    rubrics: dict[RubricKey, PerSplit]
    items: list[ItemCard]
    cost: CostCard
    trust: TrustChoice | None = None

    def item(self, item_id: str) -> ItemCard:
        return next(i for i in self.items if i.item == item_id)


# ---- the maths --------------------------------------------------------------------------------


def _figures(
    cases: Sequence[CardCase], key: RubricKey, verdict: Callable[[CardCase], bool]
) -> PerSplit:
    out: PerSplit = {}
    for split in SPLITS:
        pairs = [
            (c.gold[key] == "pass", verdict(c))
            for c in cases
            if split_of(c.case_id) == split and c.gold[key] != "either"
        ]
        out[split] = Figures.of(agreement(pairs))
    return out


def _passes(rubric_set: RubricSet, key: RubricKey, answers: Mapping[str, bool]) -> bool:
    rdef = rubric_set.rubrics[key]
    return score_rubric(rdef, answers, rubric_set.extra_cost_penalty) >= rubric_set.pass_score


def _mixed(
    rubric_set: RubricSet, key: RubricKey, from_source: set[str]
) -> Callable[[CardCase], bool]:
    def verdict(c: CardCase) -> bool:
        mix = {
            i: (c.answers if i in from_source else c.offline)[key].get(i, False)
            for i in rubric_set.item_ids(key)
        }
        return _passes(rubric_set, key, mix)

    return verdict


def _alone(item_id: str, effect: str, key: RubricKey) -> Callable[[CardCase], bool]:
    def verdict(c: CardCase) -> bool:
        yes = c.answers[key].get(item_id, False)
        return yes if effect == "earn" else not yes

    return verdict


def _rank(f: PerSplit, model_items: int) -> tuple[float, float, int]:
    return (f["report"].balanced_accuracy, f["report"].kappa, -model_items)


def _ba(f: PerSplit, split: Split) -> float:
    return f[split].balanced_accuracy


def _better(tried: PerSplit, than: PerSplit) -> bool:
    """Higher on report, and not lower on tune: a one-case wobble on one part is no reason."""
    return (
        _ba(tried, "report") > _ba(than, "report") + _EPS
        and _ba(tried, "tune") >= _ba(than, "tune") - _EPS
    )


def choose_trust(
    cases: Sequence[CardCase], rubric_set: RubricSet, items: Sequence[ItemCard]
) -> TrustChoice:
    """Per rubric, separably (a rubric's verdict reads only its own items): all offline, the
    greedy mix, or all model, whichever agrees best on report; ties to the offline rules."""
    rubrics: list[TrustRubric] = []
    for key in RUBRIC_KEYS:
        scored = [it.id for it in rubric_set.rubrics[key].items if it.effect != "note"]
        offline = _figures(cases, key, _mixed(rubric_set, key, set()))
        gains = sorted(
            (
                (ic.swapped_in["report"].balanced_accuracy - _ba(offline, "report"), ic.item)
                for ic in items
                if ic.rubric == key
                and ic.effect != "note"
                and _ba(ic.swapped_in, "tune") >= _ba(offline, "tune") - _EPS
            ),
            reverse=True,
        )
        mix: set[str] = set()
        best = offline
        for gain, item_id in gains:
            if gain <= _EPS:
                break
            tried = _figures(cases, key, _mixed(rubric_set, key, mix | {item_id}))
            if _better(tried, best):
                mix, best = mix | {item_id}, tried
        model = _figures(cases, key, _mixed(rubric_set, key, set(scored)))
        options = [(set[str](), offline), (mix, best), (set(scored), model)]
        chosen, figures = max(options, key=lambda o: _rank(o[1], len(o[0])))
        rubrics.append(
            TrustRubric(
                rubric=key,
                model_items=[i for i in scored if i in chosen],
                offline=offline,
                model=model,
                combined=figures,
            )
        )
    return TrustChoice(model_items=[i for r in rubrics for i in r.model_items], rubrics=rubrics)


def cost_card(costs: Sequence[CaseCost], measured_how: str) -> CostCard:
    """Mean cost per grade over the grades where each figure was known; unknowns said."""

    def mean(values: Sequence[float | int | None]) -> float | None:
        known = [float(v) for v in values if v is not None]
        return round(statistics.fmean(known), 3) if known else None

    seconds = [c.seconds for c in costs if c.seconds is not None]
    unknown = []
    names = {
        "seconds": "seconds per grade",
        "requests": "requests per grade",
        "prompt_tokens": "prompt tokens per grade",
        "completion_tokens": "completion tokens per grade",
    }
    for field, words in names.items():
        if not costs or all(getattr(c, field) is None for c in costs):
            unknown.append(words)
    return CostCard(
        measured=sum(1 for c in costs if any(v is not None for v in c.model_dump().values())),
        seconds_per_grade=mean(seconds),
        median_seconds_per_grade=round(statistics.median(seconds), 3) if seconds else None,
        requests_per_grade=mean([c.requests for c in costs]),
        prompt_tokens_per_grade=mean([c.prompt_tokens for c in costs]),
        completion_tokens_per_grade=mean([c.completion_tokens for c in costs]),
        measured_how=measured_how,
        unknown=unknown,
    )


def build_card(
    cases: Sequence[CardCase],
    rubric_set: RubricSet,
    meta: CardMeta,
    not_graded: Mapping[str, int],
    measured_how: str,
) -> ValidityCard:
    """The card for one source over the cases it (and, for a model, the offline rules) graded."""
    rubrics: dict[RubricKey, PerSplit] = {
        key: _figures(cases, key, _mixed(rubric_set, key, set(rubric_set.item_ids(key))))
        for key in RUBRIC_KEYS
    }
    items: list[ItemCard] = []
    for key in RUBRIC_KEYS:
        for it in rubric_set.rubrics[key].items:
            says_yes: dict[Split, float] = {}
            for split in SPLITS:
                part = [c for c in cases if split_of(c.case_id) == split]
                yes = sum(1 for c in part if c.answers[key].get(it.id, False))
                says_yes[split] = round(yes / len(part), 4) if part else 0.0
            items.append(
                ItemCard(
                    item=it.id,
                    rubric=key,
                    effect=it.effect,
                    alone=None
                    if it.effect == "note"
                    else _figures(cases, key, _alone(it.id, it.effect, key)),
                    swapped_in=_figures(cases, key, _mixed(rubric_set, key, {it.id})),
                    says_yes=says_yes,
                )
            )
    return ValidityCard(
        model=meta.model,
        grader=meta.grader,
        strategy=meta.strategy,
        prompt_hash=meta.prompt_hash,
        measured_at=meta.measured_at,
        base_url=meta.base_url,
        server=meta.server,
        case_files=meta.case_files,
        cases={s: sum(1 for c in cases if split_of(c.case_id) == s) for s in SPLITS},
        not_graded=dict(not_graded),
        rubrics=rubrics,
        items=items,
        cost=cost_card([c.cost for c in cases], measured_how),
        trust=choose_trust(cases, rubric_set, items) if meta.grader == "llm" else None,
    )
