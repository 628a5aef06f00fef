"""`trainer eval run|record|external|import-overrides`: measure a grader against labelled
cases, record cassettes, and turn a coach's overrides into cases."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Literal

import click

from trainer.cli.options import (
    acting_options,
    open_signed_in,
    progress,
    timeout_option,
)
from trainer.cli.output import echo
from trainer.evals.cases import EvalCase, load_cases
from trainer.evals.report import to_json, to_markdown
from trainer.evals.runner import CaseResult, EvalReport, build_report, grade_cases
from trainer.llm.breaker import CircuitBreaker


def _write(report: EvalReport, out: Path) -> tuple[Path, Path]:
    out.mkdir(parents=True, exist_ok=True)
    stem = f"eval-{report.grader}-{report.model.replace('/', '_')}"
    md, js = out / f"{stem}.md", out / f"{stem}.json"
    md.write_text(to_markdown(report) + "\n", encoding="utf-8")
    js.write_text(to_json(report) + "\n", encoding="utf-8")
    return md, js


CASES_HELP = "Cases file (default: cases/cases_v1.yaml in ./evals or TRAINER_EVALS_DIR)."


@click.group(name="eval")
def eval_group() -> None:
    """Measure the grader against careful human labels."""


@eval_group.command("run")
@click.option("--grader", type=click.Choice(["offline", "llm"]), default="offline",
              show_default=True)  # fmt: skip
@click.option("--cases", "cases_path", type=click.Path(path_type=Path), help=CASES_HELP)
@click.option("--replay", "replay_dir", type=click.Path(path_type=Path),
              help="With --grader llm: grade from recorded cassettes in this folder, offline.")  # fmt: skip
@click.option("--external", "external", type=click.Path(path_type=Path),
              help="Also report rates on a CSV shaped like shared/data/external_dev.csv.")  # fmt: skip
@click.option("--out", type=click.Path(path_type=Path), default=Path("artifacts"),
              show_default=True, help="Where the Markdown and JSON reports go.")  # fmt: skip
@timeout_option
def run(
    grader: Literal["offline", "llm"],
    cases_path: Path | None,
    replay_dir: Path | None,
    external: Path | None,
    out: Path,
    timeout_s: float | None,
) -> None:
    """Grade every case and write the validity report (Markdown and JSON)."""
    cases = load_cases(cases_path)
    results = _grade(cases, grader, replay_dir, timeout_s)
    report = build_report(results)
    md, js = _write(report, out)
    for r in report.rubrics:
        click.echo(
            f"{r.rubric:14s} n={r.confusion.n:3d}  balanced acc {r.balanced_accuracy:.2f}  "
            f"kappa {r.kappa:.2f}  (majority baseline acc {r.majority_accuracy:.2f})"
        )
    click.echo(f"report: {md} and {js}")
    if external is not None:
        if grader != "offline":
            raise click.UsageError("--external runs the offline grader only, for now.")
        _external(external)


def _grade(
    cases: list[EvalCase],
    grader: Literal["offline", "llm"],
    replay_dir: Path | None,
    timeout_s: float | None,
) -> list[CaseResult]:
    if grader == "offline":
        from trainer.grading.offline.grader import grade_offline

        with progress(len(cases), "grading offline") as bar:
            return grade_cases(cases, grade_offline, bar.tick)
    if replay_dir is not None:
        from trainer.evals.cassettes import replay_cases

        with progress(len(cases), "replaying cassettes") as bar:
            return replay_cases(cases, replay_dir, bar.tick)
    from trainer.grading.llm_grader import grade_with_llm
    from trainer.llm.choice import choose_model

    breaker = CircuitBreaker(on_open=_say)
    model = choose_model("llm", timeout_s=timeout_s, breaker=breaker)
    assert model is not None
    with progress(len(cases), "grading with the LLM") as bar:
        return grade_cases(cases, lambda req: grade_with_llm(req, model), bar.tick)


def _say(note: str) -> None:
    click.echo(note, err=True)


@eval_group.command("record")
@click.option("--cases", "cases_path", type=click.Path(path_type=Path), help=CASES_HELP)
@click.option("--concurrency", type=click.IntRange(1, 8), default=1, show_default=True,
              help="Cases recorded at once (worker processes); a local server serves one.")  # fmt: skip
@click.option("--limit", type=click.IntRange(1), help="Record only the first N cases.")
@click.option("--provider", default="openai-compatible", show_default=True)
@click.option("--server", default="", help="What served the model, for the manifest.")
@timeout_option
def record(
    cases_path: Path | None,
    concurrency: int,
    limit: int | None,
    provider: str,
    server: str,
    timeout_s: float | None,
) -> None:
    """Run the LLM grader on every case and store one cassette per case, plus a manifest.
    Each case may take 180 s unless --timeout, TRAINER_LLM_TIMEOUT or [llm].timeout_s says."""
    from trainer.evals.cassettes import record_cases
    from trainer.settings import RECORD_TIMEOUT_S, resolve_llm_settings

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
            cases, settings, concurrency=concurrency, provider=provider, server=server,
            progress=bar.tick, breaker=CircuitBreaker(on_open=_say),
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
