"""`trainer eval run|record|external|import-overrides`: measure a grader against labelled
cases, record cassettes, and turn a coach's overrides into cases."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import click

from trainer.cli.options import (
    acting_options,
    base_url_option,
    concurrency_option,
    model_option,
    open_signed_in,
    progress,
    timeout_option,
)
from trainer.cli.output import echo
from trainer.errors import ConfigError
from trainer.evals.card_files import run_card, write_card
from trainer.evals.cases import EvalCase, load_cases
from trainer.evals.report import to_json, to_markdown
from trainer.evals.runner import CaseResult, EvalReport, build_report, grade_cases
from trainer.llm.breaker import CircuitBreaker
from trainer.llm.strategy import resolve_strategy


def _write(report: EvalReport, out: Path) -> tuple[Path, Path]:
    out.mkdir(parents=True, exist_ok=True)
    stem = f"eval-{report.grader}-{report.model.replace('/', '_')}"
    md, js = out / f"{stem}.md", out / f"{stem}.json"
    md.write_text(to_markdown(report) + "\n", encoding="utf-8")
    js.write_text(to_json(report) + "\n", encoding="utf-8")
    return md, js


CASES_HELP = "Cases file (default: cases/cases_v1.yaml in ./evals or TRAINER_EVALS_DIR)."
restart_option = click.option(
    "--restart", is_flag=True,
    help="Start over, even when a stopped run of the same model and prompt left cases done.",
)  # fmt: skip


@click.group(name="eval")
def eval_group() -> None:
    """Measure the grader against careful human labels."""


@eval_group.command("run")
@click.option("--grader", type=click.Choice(["offline", "llm"]), default="offline",
              show_default=True)  # fmt: skip
@click.option("--cases", "cases_paths", type=click.Path(path_type=Path), multiple=True,
              help=CASES_HELP + " May be given more than once.")  # fmt: skip
@click.option("--replay", "replay_dir", type=click.Path(path_type=Path),
              help="With --grader llm: grade from recorded cassettes in this folder, offline.")  # fmt: skip
@click.option("--external", "external", type=click.Path(path_type=Path),
              help="Also report rates on a CSV shaped like shared/data/external_dev.csv.")  # fmt: skip
@click.option("--out", type=click.Path(path_type=Path), default=Path("artifacts"),
              show_default=True, help="Where the Markdown and JSON reports go.")  # fmt: skip
@click.option("--cards", "cards_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Where the validity card goes (default: cards/ in ./evals or "
              "TRAINER_EVALS_DIR).")  # fmt: skip
@model_option
@base_url_option
@timeout_option
@concurrency_option
@restart_option
@click.option("--jobs", type=click.IntRange(1),
              help="Worker processes for the offline grader (default: every core).")  # fmt: skip
def run(
    grader: Literal["offline", "llm"],
    cases_paths: tuple[Path, ...],
    replay_dir: Path | None,
    external: Path | None,
    out: Path,
    cards_dir: Path | None,
    model: str | None,
    base_url: str | None,
    timeout_s: float | None,
    concurrency: int | None,
    restart: bool,
    jobs: int | None,
) -> None:
    """Grade every case, write the validity report (Markdown and JSON) and the grader's
    validity card (per rubric and per checklist item, on a tune and a report part). With
    --grader llm (not replayed), a stopped run resumes where it left off."""
    from trainer.evals.paths import default_cases

    files = list(cases_paths) or [default_cases()]
    case_files: dict[str, str] = {}
    cases: list[EvalCase] = []
    for path in files:
        for case in load_cases(path):
            case_files[case.case_id] = path.name
            cases.append(case)
    results = _grade(
        cases, grader, replay_dir, timeout_s, _Workers(concurrency, jobs, restart, out),
        model, base_url,
    )  # fmt: skip
    report = build_report(results)
    md, js = _write(report, out)
    for r in report.rubrics:
        click.echo(
            f"{r.rubric:14s} n={r.confusion.n:3d}  balanced acc {r.balanced_accuracy:.2f}  "
            f"kappa {r.kappa:.2f}  (majority baseline acc {r.majority_accuracy:.2f})"
        )
    click.echo(f"report: {md} and {js}")
    card = run_card(grader, report, results, cases, case_files, replay_dir, model, base_url)
    try:
        click.echo(f"validity card: {write_card(card, cards_dir)}")
    except ConfigError as exc:  # no evals/ here and no --cards: the report stands alone
        click.echo(f"validity card not written: {exc} Or pass --cards DIR.", err=True)
    if external is not None:
        if grader != "offline":
            raise click.UsageError("--external runs the offline grader only, for now.")
        _external(external)


@dataclass(frozen=True)
class _Workers:
    """How a run spreads its work, and where a stopped LLM run keeps what it finished."""

    concurrency: int | None
    jobs: int | None
    restart: bool
    out: Path


def _grade(
    cases: list[EvalCase],
    grader: Literal["offline", "llm"],
    replay_dir: Path | None,
    timeout_s: float | None,
    workers: _Workers,
    model_name: str | None = None,
    base_url: str | None = None,
) -> list[CaseResult]:
    if grader == "offline":
        from trainer.grading.offline.grader import grade_offline
        from trainer.grading.parallel import cores

        with progress(len(cases), "grading offline") as bar:
            return grade_cases(cases, grade_offline, bar.tick, jobs=workers.jobs or cores())
    if replay_dir is not None:
        from trainer.evals.cassettes import replay_cases

        with progress(len(cases), "replaying cassettes") as bar:
            return replay_cases(cases, replay_dir, bar.tick)
    from trainer.evals.journal import Journal, JournalHeader, run_resumable
    from trainer.evals.paths import model_slug as slug
    from trainer.evals.runner import grade_case
    from trainer.grading.llm_grader import grade_with_llm, grader_prompt_hash
    from trainer.llm import openai_chat
    from trainer.llm.choice import choose_model
    from trainer.llm.pool import concurrency_for

    breaker = CircuitBreaker(on_open=_say)
    model = choose_model(
        "llm", model=model_name, base_url=base_url, timeout_s=timeout_s, breaker=breaker
    )
    assert isinstance(model, openai_chat.OpenAIChatModel)
    header = JournalHeader(
        kind="run",
        model=model.name,
        base_url=model.endpoint,
        prompt_hash=grader_prompt_hash(strategy=resolve_strategy(model.settings)),
    )
    journal = Journal(workers.out / f"eval-llm-{slug(model.name)}.partial.jsonl", header)
    with progress(len(cases), "grading with the LLM") as bar:
        return run_resumable(
            cases,
            lambda case: grade_case(case, lambda req: grade_with_llm(req, model)),
            journal,
            concurrency=concurrency_for(model, workers.concurrency),
            restart=workers.restart,
            progress=bar.tick,
            say=bar.note,
        )


def _say(note: str) -> None:
    click.echo(note, err=True)


@eval_group.command("record")
@click.option("--cases", "cases_path", type=click.Path(path_type=Path), help=CASES_HELP)
@concurrency_option
@restart_option
@click.option("--limit", type=click.IntRange(1), help="Record only the first N cases.")
@click.option("--provider", default="openai-compatible", show_default=True)
@click.option("--server", default="", help="What served the model, for the manifest.")
@timeout_option
def record(
    cases_path: Path | None,
    concurrency: int | None,
    restart: bool,
    limit: int | None,
    provider: str,
    server: str,
    timeout_s: float | None,
) -> None:
    """Run the LLM grader on every case and store one cassette per case, plus a manifest.
    Each case may take 180 s unless --timeout, TRAINER_LLM_TIMEOUT or [llm].timeout_s says.
    A stopped recording resumes where it left off (cases already recorded are kept)."""
    from trainer.evals.cassettes import record_cases
    from trainer.llm.pool import resolve_concurrency
    from trainer.settings import RECORD_TIMEOUT_S, is_openai_url, resolve_llm_settings

    settings = resolve_llm_settings(timeout_s=timeout_s, default_timeout_s=RECORD_TIMEOUT_S)
    if settings is None:
        raise click.UsageError(
            "nothing to record from: set OPENAI_BASE_URL (and TRAINER_MODEL) for a compatible "
            "server, or OPENAI_API_KEY for OpenAI."
        )
    cases = load_cases(cases_path)[:limit]
    started = time.perf_counter()
    with progress(len(cases), f"recording {settings.model}") as bar:
        manifest, report = record_cases(
            cases, settings, provider=provider, server=server, progress=bar.tick,
            concurrency=resolve_concurrency(concurrency, is_openai_url(settings.base_url)),
            breaker=CircuitBreaker(on_open=_say), restart=restart, say=bar.note,
        )  # fmt: skip
    elapsed = time.perf_counter() - started
    click.echo(
        f"recorded {manifest.cases} cases ({manifest.errors} errors) in {elapsed:.0f} s "
        f"({elapsed / max(1, manifest.cases):.1f} s per case)"
    )
    for key, m in manifest.metrics.items():
        click.echo(f"{key:14s} balanced acc {m['balanced_accuracy']:.2f}  kappa {m['kappa']:.2f}")
    from trainer.evals.cassettes import cassette_dir

    folder = cassette_dir(settings.model)
    (folder / "report.md").write_text(to_markdown(report) + "\n", encoding="utf-8")
    click.echo(f"cassettes, manifest.json and report.md in {folder}")


@eval_group.command("external")
@click.argument(
    "csv_path", metavar="CSV", type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
def external_cmd(csv_path: Path) -> None:
    """The offline grader's rates on a labelled CSV shaped like shared/data/external_dev.csv
    (real counsellor and peer responses; evaluation only, never committed)."""
    _external(csv_path)


def _external(csv_path: Path) -> None:
    from trainer.evals.external import evaluate_external, format_report, read_rows
    from trainer.grading.offline.grader import grade_offline

    click.echo(format_report(evaluate_external(read_rows(csv_path), grade_offline)))


@eval_group.command("import-overrides")
@click.option("--output", "--cases", "cases_path", type=click.Path(dir_okay=False, path_type=Path),
              help="The cases file to append to (default: cases/coach_overrides.yaml in ./evals "
              "or TRAINER_EVALS_DIR).")  # fmt: skip
@acting_options
def import_overrides(
    cases_path: Path | None, who: str, pin: str | None, database: str | None
) -> None:
    """Turn your overrides into eval cases (gold = your judgement), appended to --output."""
    from trainer.evals.overrides import cases_from_overrides
    from trainer.evals.paths import overrides_cases
    from trainer.prompts import load_rubrics
    from trainer.store.coaching import overrides_by

    store, coach = open_signed_in(database, who, pin)
    cases_path = cases_path or overrides_cases()  # never an evals/ made in a stray folder
    existing = load_cases(cases_path) if cases_path.exists() else []
    new = cases_from_overrides(overrides_by(store, coach), load_rubrics().pass_score, existing)
    _write_cases(cases_path, [*existing, *new])
    echo(f"{len(new)} new cases ({len(existing) + len(new)} in all) in {cases_path}; "
               f"measure with: trainer eval run --cases {cases_path}")  # fmt: skip


@eval_group.command("import-together")
@click.option("--output", "--cases", "cases_path", type=click.Path(dir_okay=False, path_type=Path),
              help="The cases file to append to (default: cases/together.yaml in ./evals or "
              "TRAINER_EVALS_DIR).")  # fmt: skip
@acting_options
def import_together(
    cases_path: Path | None, who: str, pin: str | None, database: str | None
) -> None:
    """Rated Practise-together turns as eval cases (gold = the partner's rating), from rooms
    where both partners agreed; appended to --output."""
    from trainer.evals.paths import evals_dir
    from trainer.evals.together import cases_from_together
    from trainer.together.service import exportable_attempts

    store, me = open_signed_in(database, who, pin)
    cases_path = cases_path or evals_dir() / "cases" / "together.yaml"
    existing = load_cases(cases_path) if cases_path.exists() else []
    new = cases_from_together(exportable_attempts(store, me), existing)
    _write_cases(cases_path, [*existing, *new])
    echo(f"{len(new)} new cases ({len(existing) + len(new)} in all) in {cases_path}; "
         f"measure with: trainer eval run --cases {cases_path}")  # fmt: skip


def _write_cases(path: Path, cases: list[EvalCase]) -> None:
    """Write a cases file the one way imports write it, and read it back as valid cases."""
    import yaml

    data = {"format": "listening-eval-cases", "version": 1,
            "cases": [x.model_dump(mode="json", exclude_none=True) for x in cases]}  # fmt: skip
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100),
                    encoding="utf-8")  # fmt: skip
    load_cases(path)  # what was written reads back as valid cases
