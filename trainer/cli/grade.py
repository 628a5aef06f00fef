"""`trainer grade`: grade one reflection or a JSON-lines batch. Thin: the library decides."""

from __future__ import annotations

import functools
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import BinaryIO

import click

from trainer.cli.options import (
    base_url_option,
    concurrency_option,
    emit_json,
    grader_option,
    json_option,
    model_option,
    progress,
    timeout_option,
)
from trainer.errors import BadArgument, InvalidInput, LLMCircuitOpen, LLMError
from trainer.evals.card_files import trust_for
from trainer.grading import grader as grading
from trainer.grading.batch import BatchSummary, CaseError, GradeFn, LineResult
from trainer.grading.combine import ItemTrust
from trainer.grading.grader import failure_reason
from trainer.grading.parallel import cores, grade_lines
from trainer.grading.report import render_report
from trainer.grading.schema import Grade, GradeRequest
from trainer.llm.breaker import CircuitBreaker
from trainer.llm.choice import GraderChoice, choose_model
from trainer.llm.model import ChatModel
from trainer.llm.pool import concurrency_for
from trainer.typed_text import for_terminal


@click.command("grade")
@click.argument("statement", required=False)
@click.argument("response", required=False)
@click.option("--context", help="What happened before the statement (single grade only).")
@grader_option
@json_option
@model_option
@base_url_option
@timeout_option
@click.option(
    "--input",
    "input_path",
    type=click.Path(exists=True, dir_okay=False, allow_dash=True),
    help="JSON-lines cases to grade ('-' for stdin); one result line per case.",
)
@click.option(
    "--output",
    "output_path",
    type=click.Path(dir_okay=False, allow_dash=True, writable=True),
    help="Where batch results go ('-' for stdout, the default).",
)
@concurrency_option
@click.option(
    "--jobs",
    type=click.IntRange(1),
    help="Worker processes for an offline batch (default: every core). Same output as 1.",
)
def grade(
    statement: str | None,
    response: str | None,
    context: str | None,
    grader: GraderChoice,
    as_json: bool,
    model: str | None,
    base_url: str | None,
    timeout_s: float | None,
    input_path: str | None,
    output_path: str | None,
    concurrency: int | None,
    jobs: int | None,
) -> None:
    """Grade RESPONSE as a reflection of STATEMENT, or every case in --input.

    \b
      trainer grade "My boss dumped another project on me." "You sound swamped."
      trainer grade --input cases.jsonl --output grades.jsonl --grader offline
    """
    if input_path is not None:
        if statement is not None or response is not None:
            raise click.UsageError("give either STATEMENT RESPONSE or --input, not both.")
        if context is not None or as_json:
            raise click.UsageError(
                "--context and --json are for a single grade; in a batch each line carries its "
                "own 'context' and the output is always JSON lines."
            )
        breaker = CircuitBreaker()  # one for the batch: a refused key is not sent 100 times
        chat_model = _resolve(grader, model, base_url, timeout_s, breaker)
        if chat_model is None:  # offline: CPU work, on every core
            fn: GradeFn = functools.partial(grading.grade, grader=grader, model=None)
            workers = {"jobs": jobs or cores()}
        else:  # a model: several requests at once, one shared rate limit
            fn = _grade_fn(grader, chat_model)
            workers = {"concurrency": concurrency_for(chat_model, concurrency)}
        _grade_batch(input_path, output_path or "-", fn, breaker, **workers)
        return
    if output_path is not None:
        raise click.UsageError("--output goes with --input (batch grading).")
    if concurrency is not None or jobs is not None:
        raise click.UsageError("--concurrency and --jobs go with --input (batch grading).")
    if statement is None or response is None:
        raise click.UsageError(
            "give the partner's STATEMENT and your RESPONSE, e.g. trainer grade \"I'm so "
            'tired of this job." "You sound worn out.", or --input cases.jsonl.'
        )
    chat_model = _resolve(grader, model, base_url, timeout_s)
    request = GradeRequest(statement=statement, response=response, context=context)
    result = _grade_one(request, grader, chat_model)
    if as_json:
        emit_json(result)
    else:
        click.echo(render_report(result, color=True))


def _resolve(
    grader: GraderChoice,
    model: str | None,
    base_url: str | None,
    timeout_s: float | None,
    breaker: CircuitBreaker | None = None,
) -> ChatModel | None:
    if grader == "offline" and (model or base_url or timeout_s):
        click.echo(
            "note: --model, --base-url and --timeout are ignored with --grader offline.", err=True
        )
    return choose_model(
        grader, model=model, base_url=base_url, timeout_s=timeout_s, breaker=breaker
    )


def _trust(grader: GraderChoice, chat_model: ChatModel | None) -> ItemTrust | None:
    """Under auto, the items the model's validity card trusts it with (or the default)."""
    return trust_for(chat_model.name) if grader == "auto" and chat_model is not None else None


def _grade_fn(grader: GraderChoice, chat_model: ChatModel | None) -> GradeFn:
    trust = _trust(grader, chat_model)

    def run(request: GradeRequest) -> Grade:
        return grading.grade(request, grader, chat_model, trust)

    return run


def _grade_one(request: GradeRequest, grader: GraderChoice, chat_model: ChatModel | None) -> Grade:
    """One grade, with the model's better words where they pass the grader (a batch leaves them
    out: one request a line less); its errors say their code (trainer/cli/__init__.py maps
    them to exit codes)."""
    try:
        trust = _trust(grader, chat_model)
        return grading.grade(request, grader, chat_model, trust, model_feedback=True)
    except InvalidInput as exc:
        raise InvalidInput(exc.code, f"{exc} ({exc.code})") from exc
    except LLMError as exc:
        raise LLMError(failure_reason(exc)) from exc


@contextmanager
def _open_input(path: str) -> Iterator[BinaryIO]:
    if path == "-":
        yield sys.stdin.buffer
        return
    with open(path, "rb") as handle:
        yield handle


@contextmanager
def _open_output(path: str) -> Iterator[BinaryIO]:
    if path == "-":
        yield sys.stdout.buffer
        return
    try:
        handle = open(path, "wb")  # noqa: SIM115 - closed below; OSError must be caught first
    except OSError as exc:
        raise BadArgument(
            f"cannot write --output {path!r}: {exc.strerror}; choose a writable path."
        ) from exc
    with handle:
        yield handle


def _grade_batch(
    input_path: str,
    output_path: str,
    grade_fn: GradeFn,
    breaker: CircuitBreaker,
    jobs: int = 1,
    concurrency: int = 1,
) -> None:
    """Read every line first (so --output may name the input file), then grade: in worker
    processes or threads when asked, written in input order as each next line is ready."""
    with _open_input(input_path) as source:
        lines = source.readlines()
    summary = BatchSummary()
    with _open_output(output_path) as sink, progress(len(lines), "grading") as bar:
        breaker.on_open = bar.note  # said once, when the breaker opens
        results = grade_lines(lines, grade_fn, jobs=jobs, concurrency=concurrency)
        for result in results:
            if result is not None:
                summary.add(result)
                sink.write(result.to_json().encode("utf-8") + b"\n")
                sink.flush()
                if result.error is not None and result.error.code != LLMCircuitOpen.code:
                    bar.note(_describe_error(result, result.error))
            bar.tick()
    click.echo(str(summary), err=True)


def _describe_error(result: LineResult, error: CaseError) -> str:
    who = f" (id {result.case_id!r})" if result.case_id is not None else ""
    return for_terminal(f"line {result.line}{who}: {error.code}: {error.message}")
