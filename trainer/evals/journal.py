"""Resume a stopped recording or LLM eval run where it left off.

Each finished case is appended to a journal (JSON lines) the moment it finishes, whichever
worker finished it. Run the same command again and the cases the journal holds are skipped;
the journal says which model, endpoint and prompt it belongs to, and each line the content of
the case it graded, so a changed prompt or case is graded again, never reused. When every case
is done the journal is removed. A case that failed for a passing reason (a timeout, a refused
connection or key, a rate limit, a server error, the circuit breaker) is not journalled: the
next run tries it again.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from trainer.errors import LLMCircuitOpen
from trainer.evals.cases import EvalCase
from trainer.evals.runner import CaseResult
from trainer.grading.schema import Grade
from trainer.llm.breaker import FATAL, UNREACHABLE
from trainer.llm.pool import map_ordered
from trainer.llm.ratelimit import SharedRateLimit
from trainer.llm.retry import RETRYABLE

# Error codes that say nothing about the case, only about the endpoint at that moment (out of
# reach, refusing the key, rate limiting, the breaker open): tried again on resume.
PASSING = frozenset(
    {cls.code for cls in (*RETRYABLE, *FATAL, *UNREACHABLE)} | {LLMCircuitOpen.code}
)


class JournalHeader(BaseModel):
    """Which run a journal belongs to: only a run of the same kind, model, endpoint and prompt
    may reuse its cases."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: Literal["record", "run"]
    model: str
    base_url: str
    prompt_hash: str


class JournalLine(BaseModel):
    model_config = ConfigDict(extra="forbid")

    case_id: str
    case_hash: str
    grade: Grade | None = None
    error_code: str | None = None
    error_message: str | None = None


def case_hash(case: EvalCase) -> str:
    """What the grader was asked for this case (labels may change without a regrade)."""
    return hashlib.sha256(case.request().model_dump_json().encode("utf-8")).hexdigest()[:16]


class Journal:
    """Append-only and thread-safe: each line is written and flushed whole under a lock."""

    def __init__(self, path: Path, header: JournalHeader) -> None:
        self.path = path
        self.header = header
        self._lock = threading.Lock()

    def load(self, cases: Sequence[EvalCase]) -> tuple[dict[str, CaseResult], str | None]:
        """The results kept from a stopped run of this same run, by case id, and a sentence
        when a journal was there but belongs to another run (it is then started over)."""
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return {}, None
        try:
            header = JournalHeader.model_validate_json(lines[0]) if lines else None
        except ValidationError:
            header = None
        if header != self.header:
            return {}, (
                f"note: {self.path} is from a stopped run with another model, endpoint or prompt; "
                "starting over."
            )
        by_id = {c.case_id: c for c in cases}
        done: dict[str, CaseResult] = {}
        for raw in lines[1:]:
            try:
                line = JournalLine.model_validate_json(raw)
            except ValidationError:
                continue  # a line cut short when the run was stopped: that case runs again
            case = by_id.get(line.case_id)
            if case is None or case_hash(case) != line.case_hash:
                continue
            done[case.case_id] = CaseResult(
                case=case,
                grade=line.grade,
                error_code=line.error_code,
                error_message=line.error_message,
            )
        return done, None

    def start(self, keep: bool) -> None:
        """Begin the journal: keep its lines when resuming, else a fresh file."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if not keep or not self.path.exists():
            self.path.write_text(self.header.model_dump_json() + "\n", encoding="utf-8")

    def add(self, result: CaseResult) -> None:
        if result.error_code in PASSING:
            return
        line = JournalLine(
            case_id=result.case.case_id,
            case_hash=case_hash(result.case),
            grade=result.grade,
            error_code=result.error_code,
            error_message=result.error_message,
        )
        text = line.model_dump_json() + "\n"
        with self._lock, self.path.open("a", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()

    def finish(self) -> None:
        self.path.unlink(missing_ok=True)


def run_resumable(
    cases: Sequence[EvalCase],
    one: Callable[[EvalCase], CaseResult],
    journal: Journal,
    *,
    concurrency: int = 1,
    restart: bool = False,
    still_there: Callable[[EvalCase], bool] = lambda case: True,
    progress: Callable[[], None] | None = None,
    say: Callable[[str], None] = lambda note: None,
) -> list[CaseResult]:
    """Every case's result in case order: from the journal of a stopped run when it holds the
    case (and `still_there` agrees, e.g. its cassette exists), else by `one`, `concurrency` at
    a time with one shared rate limit. Says what it resumed and what it left to do."""
    done: dict[str, CaseResult] = {}
    if not restart:
        done, note = journal.load(cases)
        if note:
            say(note)
    done = {key: r for key, r in done.items() if still_there(r.case)}
    todo = [c for c in cases if c.case_id not in done]
    if done:
        say(
            f"resuming a stopped run: {len(done)} of {len(cases)} cases already done (kept in "
            f"{journal.path}); doing the other {len(todo)}. To start over: --restart."
        )
    journal.start(keep=bool(done))
    for _ in done:
        if progress:
            progress()

    def run_one(case: EvalCase) -> CaseResult:
        result = one(case)
        journal.add(result)
        return result

    fresh: dict[str, CaseResult] = {}
    try:
        for result in map_ordered(run_one, todo, concurrency, SharedRateLimit()):
            fresh[result.case.case_id] = result
            if progress:
                progress()
    except KeyboardInterrupt:
        say(
            f"stopped: the cases finished so far are kept in {journal.path}; run the same "
            "command again to go on from there."
        )
        raise
    results = [done.get(c.case_id) or fresh[c.case_id] for c in cases]
    again = sorted(str(r.error_code) for r in results if r.error_code in PASSING)
    if again:
        say(
            f"{len(again)} cases failed for a passing reason ({', '.join(sorted(set(again)))}); "
            f"run the same command again to retry only those (the rest are kept in {journal.path})."
        )
    else:
        journal.finish()
    return results
