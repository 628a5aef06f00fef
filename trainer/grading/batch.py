"""Batch grading: JSON lines in, one result line out per case; a bad case is data, not a crash."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ConfigDict, StrictInt, StrictStr, ValidationError

from trainer.errors import InvalidInput, LLMError
from trainer.grading.schema import Grade, GradeRequest, HiddenTruth

GradeFn = Callable[[GradeRequest], Grade]
CaseId = str | int

_EXAMPLE = '{"id": "c1", "statement": "...", "response": "..."}'


class _CaseLine(BaseModel):
    """One input line. Unknown keys (an eval's expected labels, tags) are ignored on purpose."""

    model_config = ConfigDict(extra="ignore")

    id: StrictStr | StrictInt
    statement: StrictStr
    response: StrictStr
    context: StrictStr | None = None
    hidden_truth: HiddenTruth | None = None


@dataclass(frozen=True)
class Case:
    """A parsed input line, ready to grade."""

    line: int
    case_id: CaseId
    request: GradeRequest


@dataclass(frozen=True)
class CaseError:
    code: str
    message: str


@dataclass(frozen=True)
class LineResult:
    """What one non-blank input line became: a grade or an error, never both. (A result
    from a worker process carries its output line as `text`, already rendered, and no grade.)"""

    line: int
    case_id: CaseId | None
    grade: Grade | None = None
    error: CaseError | None = None
    text: str | None = None

    def rendered(self) -> LineResult:
        """The same result with its output line rendered and the grade dropped: cheap to send
        back from a worker process, and written out exactly as `to_json` would."""
        return LineResult(self.line, self.case_id, error=self.error, text=self.to_json())

    def to_json(self) -> str:
        """The output line: {"id", "grade"} or {"id", "error": {"code", "message", "line"}}."""
        if self.text is not None:
            return self.text
        body: dict[str, Any] = {"id": self.case_id}
        if self.grade is not None:
            body["grade"] = self.grade.model_dump(mode="json")
        elif self.error is not None:
            body["error"] = {
                "code": self.error.code,
                "message": self.error.message,
                "line": self.line,
            }
        return json.dumps(body, ensure_ascii=False)


@dataclass
class BatchSummary:
    """Counts for the closing line on stderr."""

    graded: int = 0
    errors: int = 0
    error_codes: dict[str, int] = field(default_factory=dict)

    def add(self, result: LineResult) -> None:
        if result.error is None:
            self.graded += 1
            return
        self.errors += 1
        self.error_codes[result.error.code] = self.error_codes.get(result.error.code, 0) + 1

    def __str__(self) -> str:
        text = f"graded {self.graded}, errors {self.errors}"
        if self.error_codes:
            text += " (" + ", ".join(f"{c}: {n}" for c, n in sorted(self.error_codes.items())) + ")"
        return text


def _invalid(line: int, case_id: CaseId | None, message: str) -> LineResult:
    return LineResult(line, case_id, error=CaseError("invalid_input", message))


def _json_kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    return "string" if isinstance(value, str) else "array"


def _known_id(data: dict[str, Any]) -> CaseId | None:
    value = data.get("id")
    if isinstance(value, bool) or not isinstance(value, str | int):
        return None
    return value


def _describe(exc: ValidationError) -> str:
    problems: list[str] = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err["loc"]) or "line"
        if err["type"] == "missing":
            problems.append(f"{where!r} is missing")
        else:
            got = repr(err.get("input"))
            got = got if len(got) <= 40 else got[:37] + "..."
            problems.append(f"{where!r}: {err['msg'].lower()} (got {got})")
    return "; ".join(problems)


def parse_line(raw: str | bytes, line: int) -> Case | LineResult | None:
    """One input line -> a Case, an invalid_input result, or None for a blank line."""
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            return _invalid(
                line,
                None,
                f"the line is not UTF-8 text ({exc.reason} at byte "
                f"{exc.start}); save the file as UTF-8.",
            )
    text = raw.removeprefix("\ufeff") if line == 1 else raw
    if not text.strip():
        return None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return _invalid(
            line,
            None,
            f"the line is not valid JSON ({exc.msg} at column "
            f"{exc.colno}); each line must be one object like {_EXAMPLE}.",
        )
    if not isinstance(data, dict):
        return _invalid(
            line,
            None,
            f"the line is a JSON {_json_kind(data)}, not an "
            f"object; each line must be one object like {_EXAMPLE}.",
        )
    case_id = _known_id(data)
    try:
        parsed = _CaseLine.model_validate(data)
    except ValidationError as exc:
        return _invalid(
            line,
            case_id,
            f"{_describe(exc)}. Each line needs "
            "'id' (string or integer), 'statement' and 'response' (strings); "
            "'context' and 'hidden_truth' are optional.",
        )
    request = GradeRequest(
        statement=parsed.statement,
        response=parsed.response,
        context=parsed.context,
        hidden_truth=parsed.hidden_truth,
    )
    return Case(line, parsed.id, request)


def grade_case(case: Case, grade_fn: GradeFn) -> LineResult:
    """Grade one case; input the grader rejects and model failures become error results."""
    try:
        return LineResult(case.line, case.case_id, grade=grade_fn(case.request))
    except (InvalidInput, LLMError) as exc:
        return LineResult(case.line, case.case_id, error=CaseError(exc.code, str(exc)))


def process_line(raw: str | bytes, line: int, grade_fn: GradeFn) -> LineResult | None:
    """Parse and grade one line (None for a blank line), so a caller can show progress."""
    parsed = parse_line(raw, line)
    if isinstance(parsed, Case):
        return grade_case(parsed, grade_fn)
    return parsed


def run_batch(lines: Iterable[str | bytes], grade_fn: GradeFn) -> Iterator[LineResult]:
    """One result per non-blank line, in input order; line numbers start at 1."""
    for number, raw in enumerate(lines, start=1):
        result = process_line(raw, number, grade_fn)
        if result is not None:
            yield result
