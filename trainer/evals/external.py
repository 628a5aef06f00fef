"""Check a grader against real listener responses labelled by response TYPE (not quality).

The CSV (shaped like ../shared/data/external_dev.csv) is evaluation-only data: read at run
time from a path the user gives, never copied into the repo. Its README maps labels onto our
rubrics; these are the rates we report.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from trainer.errors import InvalidInput, TrainerError
from trainer.grading.schema import Grade, GradeRequest

ADVICE = frozenset({"advice", "options", "negotiation"})
REFLECTION = frozenset(
    {"simple_reflection", "complex_reflection", "reflection_of_feelings", "restatement"}
)
SELF_DISCLOSURE = frozenset({"self_disclosure"})
REASSURANCE = frozenset({"affirmation_reassurance"})


class ExternalRow(BaseModel):
    model_config = ConfigDict(frozen=True)
    source: str
    row_id: str
    context: str
    prev_context: str
    response: str
    label: str


class Rate(BaseModel):
    """A share of rows where the grader did what the label says it should."""

    name: str
    expectation: str
    hits: int
    total: int

    @property
    def rate(self) -> float:
        return self.hits / self.total if self.total else 0.0


class ExternalReport(BaseModel):
    rows: int
    graded: int
    skipped: dict[str, int]
    rates: list[Rate]
    by_source: dict[str, list[Rate]]


def read_rows(path: Path) -> Iterator[ExternalRow]:
    with path.open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        needed = {"source", "id", "context", "response", "label"}
        missing = needed - set(reader.fieldnames or [])
        if missing:
            raise TrainerError(
                f"{path} lacks columns {sorted(missing)}; expected the columns of "
                "external_dev.csv (source, id, context, prev_context, response, label)."
            )
        for row in reader:
            yield ExternalRow(
                source=row["source"],
                row_id=row["id"],
                context=row["context"],
                prev_context=row.get("prev_context") or "",
                response=row["response"],
                label=row["label"],
            )


def asked_for_advice(statement: str) -> bool:
    """Did the speaker ask for ideas? Then advice is solicited and not_fixing may pass."""
    from trainer.grading.offline.patterns.statement import ASKED_FOR_ADVICE
    from trainer.grading.offline.text import normalize

    return bool(ASKED_FOR_ADVICE.search(normalize(statement).text))


def _rates(pairs: list[tuple[ExternalRow, Grade]]) -> list[Rate]:
    def rate(
        name: str,
        expectation: str,
        labels: frozenset[str],
        ok: Callable[[Grade], bool],
        solicited: bool | None = None,
    ) -> Rate:
        chosen = [
            g
            for r, g in pairs
            if r.label in labels and (solicited is None or asked_for_advice(r.context) == solicited)
        ]
        return Rate(
            name=name,
            expectation=expectation,
            hits=sum(1 for g in chosen if ok(g)),
            total=len(chosen),
        )

    return [
        rate(
            "advice_fails_not_fixing",
            "advice/options/negotiation/suggestions fail not_fixing",
            ADVICE,
            lambda g: not g.rubrics.not_fixing.passed,
        ),
        rate(
            "unsolicited_advice_fails_not_fixing",
            "advice the speaker did not ask for fails not_fixing",
            ADVICE,
            lambda g: not g.rubrics.not_fixing.passed,
            solicited=False,
        ),
        rate(
            "reflection_passes_not_fixing",
            "reflections pass not_fixing",
            REFLECTION,
            lambda g: g.rubrics.not_fixing.passed,
        ),
        rate(
            "reflection_passes_not_hijacking",
            "reflections pass not_hijacking",
            REFLECTION,
            lambda g: g.rubrics.not_hijacking.passed,
        ),
        rate(
            "reflection_passes_both",
            "reflections pass not_fixing and not_hijacking",
            REFLECTION,
            lambda g: g.rubrics.not_fixing.passed and g.rubrics.not_hijacking.passed,
        ),
        rate(
            "self_disclosure_fails_not_hijacking",
            "self-disclosures fail not_hijacking",
            SELF_DISCLOSURE,
            lambda g: not g.rubrics.not_hijacking.passed,
        ),
        rate(
            "reassurance_passes_validation",
            "affirmation/reassurance passes validation",
            REASSURANCE,
            lambda g: g.rubrics.validation.passed,
        ),
        rate(
            "reflection_passes_accuracy",
            "reflections pass accuracy",
            REFLECTION,
            lambda g: g.rubrics.accuracy.passed,
        ),
    ]


def evaluate_external(
    rows: Iterable[ExternalRow], grade: Callable[[GradeRequest], Grade]
) -> ExternalReport:
    """Grade each row (statement = the speaker's last turn) and compute the label-based rates."""
    pairs: list[tuple[ExternalRow, Grade]] = []
    skipped: dict[str, int] = {}
    n = 0
    for row in rows:
        n += 1
        req = GradeRequest(
            statement=row.context or "(no statement)",
            response=row.response,
            context=row.prev_context or None,
        )
        try:
            pairs.append((row, grade(req)))
        except InvalidInput as exc:
            skipped[exc.code] = skipped.get(exc.code, 0) + 1
    sources = sorted({r.source for r, _ in pairs})
    return ExternalReport(
        rows=n,
        graded=len(pairs),
        skipped=skipped,
        rates=_rates(pairs),
        by_source={s: _rates([p for p in pairs if p[0].source == s]) for s in sources},
    )


def format_report(report: ExternalReport) -> str:
    lines = [f"rows {report.rows}, graded {report.graded}, skipped {report.skipped}", ""]
    lines.append("| rate | all | " + " | ".join(report.by_source) + " |")
    lines.append("|---|---|" + "---|" * len(report.by_source))
    for i, r in enumerate(report.rates):
        cells = [f"{r.rate:.1%} ({r.hits}/{r.total})"]
        for rates in report.by_source.values():
            s = rates[i]
            cells.append(f"{s.rate:.1%} ({s.hits}/{s.total})" if s.total else "-")
        lines.append(f"| {r.expectation} | " + " | ".join(cells) + " |")
    return "\n".join(lines)
