"""The `trainer` command: grade one reflection or a JSON-lines batch. Thin: the library decides."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import BinaryIO

import click

from trainer import __version__
from trainer.cli.options import timeout_option
from trainer.errors import ConfigError, InvalidInput, LLMCircuitOpen, LLMError, TrainerError
from trainer.grading import grader as grading
from trainer.grading.batch import BatchSummary, CaseError, GradeFn, LineResult, process_line
from trainer.grading.grader import failure_reason
from trainer.grading.report import render_report
from trainer.grading.schema import Grade, GradeRequest
from trainer.llm.breaker import CircuitBreaker
from trainer.llm.choice import GraderChoice, choose_model
from trainer.llm.model import ChatModel
from trainer.typed_text import for_terminal

EXIT_FAILED = 1  # the grader or the model endpoint failed
EXIT_INVALID = 2  # the input or the configuration is wrong (click uses 2 for usage errors too)


class Failed(click.ClickException):
    """The grader or the model endpoint failed: `Error: message` on stderr, exit 1."""

    exit_code = EXIT_FAILED


class Rejected(click.ClickException):
    """The input or the configuration is wrong: `Error: message` on stderr, exit 2."""

    exit_code = EXIT_INVALID


class _Group(click.Group):
    """Any TrainerError that a command did not handle becomes `Error: message` with the exit
    code for its kind, never a traceback: the messages are written for people."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except (InvalidInput, ConfigError, ValueError) as exc:
            if not isinstance(exc, TrainerError):
                raise
            raise Rejected(for_terminal(str(exc))) from exc
        except TrainerError as exc:
            raise Failed(for_terminal(str(exc))) from exc


@click.group(cls=_Group)
@click.version_option(__version__, prog_name="trainer")
def main() -> None:
    """Practise reflective listening: grade a reflection on accuracy, validation, not fixing
    and not hijacking."""


@main.command()
@click.argument("statement", required=False)
@click.argument("response", required=False)
@click.option("--context", help="What happened before the statement (single grade only).")
@click.option(
    "--grader",
    type=click.Choice(["offline", "llm", "auto"]),
    default="auto",
    show_default=True,
    help="auto uses the LLM when one is configured, else the offline grader.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the Grade schema as JSON.")
@click.option("--model", help="Model name (overrides TRAINER_MODEL and secrets.toml).")
@click.option("--base-url", help="OpenAI-compatible endpoint (overrides OPENAI_BASE_URL).")
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
        _grade_batch(input_path, output_path or "-", _grade_fn(grader, chat_model), breaker)
        return
    if output_path is not None:
        raise click.UsageError("--output goes with --input (batch grading).")
    if statement is None or response is None:
        raise click.UsageError(
            "give the partner's STATEMENT and your RESPONSE, e.g. trainer grade \"I'm so "
            'tired of this job." "You sound worn out.", or --input cases.jsonl.'
        )
    chat_model = _resolve(grader, model, base_url, timeout_s)
    request = GradeRequest(statement=statement, response=response, context=context)
    result = _grade_one(request, grader, chat_model)
    if as_json:
        click.echo(for_terminal(result.model_dump_json(indent=2)))
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
    try:
        return choose_model(
            grader, model=model, base_url=base_url, timeout_s=timeout_s, breaker=breaker
        )
    except ConfigError as exc:
        raise Rejected(str(exc)) from exc
    except TrainerError as exc:
        raise Failed(str(exc)) from exc


def _grade_fn(grader: GraderChoice, chat_model: ChatModel | None) -> GradeFn:
    def run(request: GradeRequest) -> Grade:
        return grading.grade(request, grader, chat_model)

    return run


def _grade_one(request: GradeRequest, grader: GraderChoice, chat_model: ChatModel | None) -> Grade:
    try:
        return grading.grade(request, grader, chat_model)
    except InvalidInput as exc:
        raise Rejected(f"{exc} ({exc.code})") from exc
    except ConfigError as exc:
        raise Rejected(str(exc)) from exc
    except LLMError as exc:
        raise Failed(failure_reason(exc)) from exc
    except TrainerError as exc:
        raise Failed(str(exc)) from exc


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
        raise Rejected(
            f"cannot write --output {path!r}: {exc.strerror}; choose a writable path."
        ) from exc
    with handle:
        yield handle


def _grade_batch(
    input_path: str, output_path: str, grade_fn: GradeFn, breaker: CircuitBreaker
) -> None:
    """Read every line first (so --output may name the input file), then grade line by line."""
    with _open_input(input_path) as source:
        lines = source.readlines()
    summary = BatchSummary()
    with _open_output(output_path) as sink, _Progress(len(lines)) as progress:
        breaker.on_open = progress.note  # said once, when the breaker opens
        for number, raw in enumerate(lines, start=1):
            result = process_line(raw, number, grade_fn)
            if result is not None:
                summary.add(result)
                sink.write(result.to_json().encode("utf-8") + b"\n")
                sink.flush()
                if result.error is not None and result.error.code != LLMCircuitOpen.code:
                    progress.note(_describe_error(result, result.error))
            progress.tick()
    click.echo(str(summary), err=True)


def _describe_error(result: LineResult, error: CaseError) -> str:
    who = f" (id {result.case_id!r})" if result.case_id is not None else ""
    return for_terminal(f"line {result.line}{who}: {error.code}: {error.message}")


class _Progress:
    """A bar on stderr when it is a terminal (notes wait until it is done, so lines don't mix);
    in pipes, files and CI logs no bar, and notes are printed as they come."""

    def __init__(self, total: int) -> None:
        self._bar = (
            click.progressbar(length=total, label="grading", file=sys.stderr)
            if sys.stderr.isatty()
            else None
        )
        self._notes: list[str] = []

    def __enter__(self) -> _Progress:
        if self._bar is not None:
            self._bar.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.__exit__(None, None, None)
        for note in self._notes:
            click.echo(note, err=True)

    def tick(self) -> None:
        if self._bar is not None:
            self._bar.update(1)

    def note(self, message: str) -> None:
        if self._bar is None:
            click.echo(message, err=True)
        else:
            self._notes.append(message)


def _register() -> None:
    from trainer.cli.coach import COMMANDS as COACH_COMMANDS
    from trainer.cli.coach import import_overrides
    from trainer.cli.eval import eval_group
    from trainer.cli.me import COMMANDS
    from trainer.cli.practice import practice
    from trainer.cli.profile import COMMANDS as PROFILE_COMMANDS
    from trainer.cli.scenario import scenario_group

    main.add_command(eval_group)
    main.add_command(scenario_group)
    main.add_command(practice)
    eval_group.add_command(import_overrides)
    for command in [*COMMANDS, *PROFILE_COMMANDS, *COACH_COMMANDS]:
        main.add_command(command)


_register()
