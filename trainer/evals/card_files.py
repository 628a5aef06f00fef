"""Validity cards on disk (evals/cards/<model>.json) and the plain data a card is built from:
graded eval results paired with the offline rules' grades, and the cost a recording shows.

Which card is the configured model's: the card whose `model` is the configured model name
(compared as the file name, lower-cased and slugged). The name is what a server reports for the
weights it serves, so the same weights behind another URL keep their card; a card measured at
another base URL still applies, and the Settings page says where it was measured.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import ValidationError

from trainer.errors import ConfigError, TrainerError
from trainer.evals.cards import CardCase, CardMeta, CaseCost, ValidityCard, build_card
from trainer.evals.cases import EvalCase
from trainer.evals.paths import evals_dir
from trainer.evals.paths import model_slug as slug
from trainer.evals.runner import CaseResult, EvalReport, grade_cases
from trainer.grading.combine import ItemTrust, default_trust
from trainer.grading.schema import RUBRIC_KEYS, Grade, RubricKey

CARDS = "cards"
PROCESSING_HEADER = "openai-processing-ms"  # the server's own time for one request


def cards_dir(root: Path | None = None) -> Path:
    return root if root is not None else evals_dir() / CARDS


def card_path(model: str, root: Path | None = None) -> Path:
    return cards_dir(root) / f"{slug(model)}.json"


def write_card(card: ValidityCard, root: Path | None = None) -> Path:
    path = card_path(card.model, root)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(card.model_dump_json(indent=2) + "\n", encoding="utf-8")
    return path


def load_card(model: str, root: Path | None = None) -> ValidityCard | None:
    """The card for this model name, or None when it has not been measured (or no evals/
    folder is here). A broken card file is an error that names the file and the command."""
    try:
        path = card_path(model, root)
    except ConfigError:
        return None  # run outside the project: no cards to read
    if not path.is_file():
        return None
    try:
        return ValidityCard.model_validate_json(path.read_text(encoding="utf-8"))
    except ValidationError as exc:
        raise TrainerError(
            f"the validity card {path} is not valid ({exc.error_count()} problems, first: "
            f"{exc.errors()[0]['msg']}); measure again: {measure_command(model)}"
        ) from exc


def measure_command(model: str) -> str:
    return f"trainer eval run --grader llm --model {model}"


def trust_for(model: str, root: Path | None = None) -> ItemTrust:
    """Which items `auto` takes from this model: its card's choice, else the default."""
    card = load_card(model, root)
    if card is None or card.trust is None:
        return default_trust(model)
    chosen = card.trust.model_items
    basis = f"its validity card of {card.measured_at[:10]} " + (
        "finds the model better on these items"
        if chosen
        else "finds the offline rules as good or better on every item"
    )
    return ItemTrust(model=model, model_items=tuple(chosen), basis=basis)


# ---- the plain data a card is built from --------------------------------------------------


def _answers(grade: Grade) -> dict[RubricKey, dict[str, bool]]:
    return {key: dict(grade.rubrics.get(key).checklist) for key in RUBRIC_KEYS}


def card_cases(
    results: Sequence[CaseResult],
    offline: Sequence[CaseResult],
    case_files: dict[str, str],
    costs: dict[str, CaseCost] | None = None,
) -> tuple[list[CardCase], dict[str, int]]:
    """Pair each graded case with the offline grade of the same case; cases either grader left
    out are counted by why."""
    by_id = {r.case.case_id: r for r in offline}
    out: list[CardCase] = []
    left_out: dict[str, int] = {}
    for r in results:
        other = by_id.get(r.case.case_id)
        why = r.error_code or (other.error_code if other and other.grade is None else None)
        if r.grade is None or other is None or other.grade is None:
            key = why or "not graded by the offline rules"
            left_out[key] = left_out.get(key, 0) + 1
            continue
        out.append(
            CardCase(
                case_id=r.case.case_id,
                case_file=case_files.get(r.case.case_id, ""),
                gold={key: r.case.gold.get(key) for key in RUBRIC_KEYS},
                answers=_answers(r.grade),
                offline=_answers(other.grade),
                cost=(costs or {}).get(r.case.case_id) or live_cost(r.grade),
            )
        )
    return out, left_out


def live_cost(grade: Grade) -> CaseCost:
    """What a grade's own metadata says it cost (requests are not counted there)."""
    meta = grade.metadata
    usage = meta.usage
    tokens = usage.total_tokens > 0
    return CaseCost(
        seconds=round(meta.latency_ms / 1000, 3),
        prompt_tokens=usage.prompt_tokens if tokens else None,
        completion_tokens=usage.completion_tokens if tokens else None,
    )


def recorded_cost(cassette: Path) -> CaseCost:
    """Requests, server seconds and tokens of one recorded grade, read from its cassette (the
    server's processing time header, where the server sent it; tokens from usage)."""
    data: dict[str, Any] = yaml.safe_load(cassette.read_text(encoding="utf-8")) or {}
    interactions: list[dict[str, Any]] = data.get("interactions") or []
    millis: list[float] = []
    prompt = completion = 0
    counted = False
    for it in interactions:
        response = it.get("response") or {}
        headers = {k.lower(): v for k, v in (response.get("headers") or {}).items()}
        value = headers.get(PROCESSING_HEADER)
        if value:
            millis.append(float(value[0] if isinstance(value, list) else value))
        usage = _usage(response)
        if usage is not None:
            counted = True
            prompt += int(usage.get("prompt_tokens") or 0)
            completion += int(usage.get("completion_tokens") or 0)
    return CaseCost(
        requests=len(interactions),
        seconds=round(sum(millis) / 1000, 3) if millis else None,
        prompt_tokens=prompt if counted else None,
        completion_tokens=completion if counted else None,
    )


def _usage(response: dict[str, Any]) -> dict[str, Any] | None:
    raw = (response.get("body") or {}).get("string")
    text = raw.decode("utf-8", errors="replace") if isinstance(raw, bytes) else raw
    if not isinstance(text, str) or not text.strip():
        return None
    try:
        body = json.loads(text)
    except ValueError:
        return None
    usage = body.get("usage") if isinstance(body, dict) else None
    return usage if isinstance(usage, dict) else None


def recorded_costs(folder: Path, case_ids: Sequence[str]) -> dict[str, CaseCost]:
    return {
        cid: recorded_cost(folder / f"{cid}.yaml")
        for cid in case_ids
        if (folder / f"{cid}.yaml").is_file()
    }


# ---- one card for one eval run --------------------------------------------------------------

OFFLINE_COST = "this run: wall-clock seconds per grade on this machine; no requests, no tokens"
LIVE_COST = (
    "this run: wall-clock seconds per grade (retries included) and tokens from the replies' "
    "usage; requests per grade are not counted on a live run"
)


def recorded_how(folder: Path, recorded_at: str) -> str:
    return (
        f"recorded {recorded_at[:10]} (cassettes in {folder.as_posix()}): seconds are the "
        f"server's own processing time ({PROCESSING_HEADER}) summed over a grade's requests, "
        "tokens from the replies' usage, requests as recorded"
    )


def make_card(
    results: Sequence[CaseResult],
    offline: Sequence[CaseResult],
    case_files: dict[str, str],
    meta: CardMeta,
    measured_how: str,
    costs: dict[str, CaseCost] | None = None,
) -> ValidityCard:
    """The card for one run: its results paired with the offline rules' grades."""
    from trainer.prompts import load_rubrics

    if meta.grader == "offline" and costs is None:
        costs = {
            r.case.case_id: CaseCost(
                requests=0,
                seconds=round(r.grade.metadata.latency_ms / 1000, 4),
                prompt_tokens=0,
                completion_tokens=0,
            )
            for r in results
            if r.grade is not None
        }
    cases, left_out = card_cases(results, offline, case_files, costs)
    return build_card(cases, load_rubrics(), meta, left_out, measured_how)


def run_card(
    grader: Literal["offline", "llm"],
    report: EvalReport,
    results: list[CaseResult],
    cases: list[EvalCase],
    case_files: dict[str, str],
    replay_dir: Path | None,
    model: str | None,
    base_url: str | None,
    measured_at: str | None = None,
) -> ValidityCard:
    """The run's validity card: the model's answers are paired with the offline rules' on the
    same cases (per-item figures and the trust choice need both). Here, not in the command, so
    anything that runs an eval gets the same card."""
    import datetime as dt

    from trainer.grading.offline.grader import grade_offline
    from trainer.llm.strategy import resolve_strategy

    now = measured_at or dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    names = sorted(set(case_files.values()))
    if grader == "offline":
        meta = CardMeta(model=report.model, grader="offline", strategy="rules",
                        prompt_hash=report.prompt_hash, measured_at=now, case_files=names)  # fmt: skip
        return make_card(results, results, case_files, meta, OFFLINE_COST)
    offline = grade_cases(cases, grade_offline)
    costs = None
    if replay_dir is not None:
        from trainer.evals.cassettes import load_manifest

        manifest = load_manifest(replay_dir)
        costs = recorded_costs(replay_dir, [c.case_id for c in cases])
        how = recorded_how(replay_dir, manifest.recorded_at)
        name, url, server = manifest.model, manifest.base_url, manifest.server
        strategy: str = manifest.strategy
    else:
        from trainer.settings import mask_userinfo, resolve_llm_settings

        # filed under the configured name (what Settings matches on), not the endpoint's
        # dated variant of it
        settings = resolve_llm_settings(model=model, base_url=base_url)
        name = settings.model if settings else report.model
        url = mask_userinfo(settings.base_url or "https://api.openai.com/v1") if settings else ""
        how, server = LIVE_COST, None
        strategy = resolve_strategy(settings)
    meta = CardMeta(model=name, grader="llm", strategy=strategy, prompt_hash=report.prompt_hash,
                    measured_at=now, case_files=names, base_url=url, server=server)  # fmt: skip
    return make_card(results, offline, case_files, meta, how, costs)
