"""Recorded HTTP cassettes of the LLM grader: one per eval case, plus a manifest.

Recording talks to a real OpenAI-compatible server; replay serves the recorded responses with
the network shut, so CI measures the LLM grader without a key. A cassette is written by vcrpy
only, never by hand. The manifest says which provider, model, server and prompt produced them,
and what agreement they reached at record time.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import httpx2
from pydantic import BaseModel, ConfigDict, SecretStr

from trainer.errors import ConfigError, LLMError, TrainerError

try:  # vcrpy is the [record] extra: only recording and replaying cassettes need it
    import vcr
    from vcr.cassette import Cassette, CassetteContextDecorator
    from vcr.errors import CannotOverwriteExistingCassetteException
    from vcr.request import Request
    from vcr.serialize import deserialize, serialize
    from vcr.serializers import yamlserializer
    from vcr.stubs.httpx_stubs import vcr_handle_request
except ModuleNotFoundError as exc:
    if exc.name != "vcr":
        raise
    raise ConfigError(
        "recording and replaying cassettes needs vcrpy, which is not installed: "
        "pip install 'listening-trainer[record]'"
    ) from exc

from trainer.evals.cases import EvalCase
from trainer.evals.floors import load_floors
from trainer.evals.journal import Journal, JournalHeader, run_resumable
from trainer.evals.paths import cassette_root
from trainer.evals.paths import model_slug as slug
from trainer.evals.runner import CaseResult, EvalReport, build_report
from trainer.grading.llm_grader import grade_with_llm, grader_prompt_hash
from trainer.llm.breaker import CircuitBreaker
from trainer.llm.openai_chat import OpenAIChatModel
from trainer.llm.strategy import Strategy, resolve_strategy
from trainer.settings import LLMSettings, mask_userinfo

MANIFEST = "manifest.json"
JOURNAL = "recording.partial.jsonl"  # a stopped recording's finished cases (journal.py)
NOT_REPLAYED = "not_replayed"
SECRET_HEADERS = ["authorization", "openai-organization", "openai-project", "cookie", "api-key"]


class Manifest(BaseModel):
    """What the cassettes in one folder came from, and how well that grader agreed."""

    model_config = ConfigDict(extra="forbid")

    provider: str
    model: str
    server: str
    base_url: str
    prompt_hash: str
    recorded_at: str
    cases: int
    errors: int
    metrics: dict[str, dict[str, float]]
    record_command: str
    strategy: Strategy = "checklist"  # how the grader asked (recordings before it: checklist)


def cassette_dir(model: str, root: Path | None = None) -> Path:
    """evals/cassettes/<model>/ (or under `root`)."""
    return (root if root is not None else cassette_root()) / slug(model)


# The recording machine's home directory, as servers print it in tracebacks (llama.cpp error
# bodies name its venv), POSIX and Windows (also JSON-escaped): who recorded is not our data.
HOME_PATH = re.compile(
    r"(?<![\w.-])(?:/root|/home/[^/\s\"'\\]+|/Users/[^/\s\"'\\]+)(?=/)"
    r"|[A-Za-z]:(?:\\\\|\\)Users(?:\\\\|\\)[^\\\s\"']+"
)
HOME_PLACEHOLDER = "<home>"
SDK_HEADER_PREFIX = "x-stainless"  # the openai SDK's machine fingerprint: OS, arch, runtime


def scrub_text(text: str) -> str:
    return HOME_PATH.sub(HOME_PLACEHOLDER, text)


def _sdk_header(name: str, values: Any) -> bool:
    return name.lower().startswith(SDK_HEADER_PREFIX) or SDK_HEADER_PREFIX in str(values).lower()


def scrub_request(request: Request) -> Request:
    """Before a request is stored (and before a live one is matched): no SDK fingerprint
    headers, no user:password@ in the URL. The body is matched on, so it is left alone."""
    for name in [h for h in request.headers if h.lower().startswith(SDK_HEADER_PREFIX)]:
        del request.headers[name]
    request.uri = mask_userinfo(request.uri)
    return request


def scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    """Before a response is stored: no cookies, no headers naming the SDK's fingerprint, no
    home directory paths in the body (Content-Length follows the scrubbed body)."""
    headers: dict[str, Any] = response.get("headers", {})
    for name in [h for h, v in headers.items() if h.lower() == "set-cookie" or _sdk_header(h, v)]:
        del headers[name]
    body = response.get("body", {})
    raw = body.get("string")
    text = raw.decode("utf-8", errors="surrogateescape") if isinstance(raw, bytes) else raw
    if isinstance(text, str) and (scrubbed := scrub_text(text)) != text:
        data = scrubbed.encode("utf-8", errors="surrogateescape")
        body["string"] = data if isinstance(raw, bytes) else scrubbed
        for name in [h for h in headers if h.lower() == "content-length"]:
            headers[name] = [str(len(data))]
    return response


def rescrub(path: Path) -> bool:
    """Run the record-time scrub over a committed cassette, through vcrpy's own serializer;
    True when the file changed. For cassettes recorded before a scrub rule existed."""
    text = path.read_text(encoding="utf-8")
    requests, responses, *metadata = deserialize(text, yamlserializer)
    cassette = {
        "requests": [scrub_request(r) for r in requests],
        "responses": [scrub_response(r) for r in responses],
        "metadata": metadata[0] if metadata else None,
    }
    new = serialize(cassette, yamlserializer)
    if new == text:
        return False
    path.write_text(new, encoding="utf-8")
    return True


def recorder(folder: Path, record: bool) -> vcr.VCR:
    """One vcr configuration for recording and replay: secrets and the recording machine's
    traces scrubbed, bodies readable."""
    return vcr.VCR(
        cassette_library_dir=str(folder),
        record_mode="all" if record else "none",
        match_on=["method", "path", "body"],
        filter_headers=SECRET_HEADERS,
        before_record_request=scrub_request,
        before_record_response=scrub_response,
        decode_compressed_response=True,
    )


def record_command(base_url: str, model: str) -> str:
    return f"OPENAI_BASE_URL={mask_userinfo(base_url)} TRAINER_MODEL={model} trainer eval record"


def vcr_miss(exc: BaseException) -> bool:
    """Is this (possibly SDK-wrapped) error vcr saying no recording matches the request?"""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, CannotOverwriteExistingCassetteException):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


class CassetteTransport(httpx2.BaseTransport):
    """Records one case's requests into that case's own cassette through vcrpy's own httpx
    stub, without vcr's process-wide patch (which only one case at a time can use): so cases
    record side by side in threads, each into its own file. Requests go out through `inner`,
    shared by all workers (one connection pool)."""

    def __init__(self, cassette: Cassette, inner: httpx2.BaseTransport) -> None:
        self._handle = vcr_handle_request(
            cassette, lambda _self, request: inner.handle_request(request), httpx2
        )

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        response: httpx2.Response = self._handle(self, request)
        return response


def _new_cassette(folder: Path, name: str) -> Cassette:
    """An empty cassette with exactly the configuration recorder() gives use_cassette."""
    config = recorder(folder, record=True).get_merged_config(path=name)
    skipped = CassetteContextDecorator._non_cassette_arguments
    kwargs = {k: v for k, v in config.items() if k not in skipped}
    kwargs["path"] = config["path_transformer"](name)
    return Cassette.load(**kwargs)


def run_case(
    case: EvalCase,
    folder: Path,
    settings: LLMSettings,
    record: bool,
    http_client: httpx2.Client | None = None,
    breaker: CircuitBreaker | None = None,
    transport: httpx2.BaseTransport | None = None,
    strategy: Strategy | None = None,
) -> CaseResult:
    """Grade one case inside its cassette; a fresh model client per case keeps cassettes
    independent (each starts with the structured-output probe). Replay may share one HTTP
    client (building one costs ~30 ms of TLS setup, which dominated replay); recording may
    share one `transport` across threads (each case gets its own CassetteTransport over it)."""
    path = folder / f"{case.case_id}.yaml"
    if record:
        path.unlink(missing_ok=True)
    elif not path.exists():
        raise TrainerError(
            f"no cassette {path}: record it with "
            f"`{record_command(settings.base_url or 'URL', settings.model)}`"
        )
    try:
        chosen = strategy or resolve_strategy(settings)
        if record:
            cassette = _new_cassette(folder, path.name)
            wire = CassetteTransport(cassette, transport or httpx2.HTTPTransport())
            try:
                with httpx2.Client(transport=wire, timeout=settings.timeout_s) as client:
                    model = OpenAIChatModel(settings, http_client=client, breaker=breaker)
                    grade = grade_with_llm(case.request(), model, strategy=chosen)
            finally:
                cassette._save()  # as use_cassette does on leaving, also after an error
        else:
            with recorder(folder, record).use_cassette(path.name):
                grade = grade_with_llm(
                    case.request(),
                    OpenAIChatModel(settings, http_client=http_client, breaker=breaker),
                    strategy=chosen,
                )
        return CaseResult(case=case, grade=grade)
    except (LLMError, CannotOverwriteExistingCassetteException) as exc:
        # the SDK wraps vcr's miss in an LLMError on some paths, and lets it through on others
        if vcr_miss(exc) or not isinstance(exc, LLMError):
            raise TrainerError(
                f"{path.name} does not hold this request: the prompt, rubric, case or request "
                f"code changed since recording. Re-record with "
                f"`{record_command(settings.base_url or 'URL', settings.model)}`."
            ) from exc
        return CaseResult(case=case, error_code=exc.code, error_message=str(exc))


def record_cases(
    cases: list[EvalCase],
    settings: LLMSettings,
    root: Path | None = None,
    concurrency: int = 1,
    provider: str = "openai-compatible",
    server: str = "",
    progress: Callable[[], None] | None = None,
    clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
    breaker: CircuitBreaker | None = None,
    restart: bool = False,
    say: Callable[[str], None] = lambda note: None,
) -> tuple[Manifest, EvalReport]:
    """Record every case, `concurrency` at a time (threads sharing one rate limit and one
    `breaker`), and write the manifest with the agreement reached. A stopped recording resumes:
    cases it finished (journal and cassette both there) are kept unless `restart`."""
    folder = cassette_dir(settings.model, root)
    folder.mkdir(parents=True, exist_ok=True)
    strategy = resolve_strategy(settings)
    header = JournalHeader(
        kind="record",
        model=settings.model,
        base_url=mask_userinfo(settings.base_url or "https://api.openai.com/v1"),
        prompt_hash=grader_prompt_hash(strategy=strategy),
    )
    with httpx2.HTTPTransport() as transport:
        results = run_resumable(
            cases,
            lambda case: run_case(
                case, folder, settings, record=True, breaker=breaker, transport=transport
            ),
            Journal(folder / JOURNAL, header),
            concurrency=concurrency,
            restart=restart,
            still_there=lambda case: (folder / f"{case.case_id}.yaml").exists(),
            progress=progress,
            say=say,
        )
    report = build_report(results)
    manifest = Manifest(
        provider=provider,
        model=settings.model,
        server=server,
        base_url=header.base_url,
        prompt_hash=header.prompt_hash,
        strategy=strategy,
        recorded_at=clock().isoformat(timespec="seconds"),
        cases=len(results),
        errors=sum(1 for r in results if r.grade is None),
        metrics={
            r.rubric: {
                "balanced_accuracy": round(r.balanced_accuracy, 4),
                "kappa": round(r.kappa, 4),
                "accuracy": round(r.accuracy, 4),
            }
            for r in report.rubrics
        },
        record_command=record_command(settings.base_url or "", settings.model),
    )
    (folder / MANIFEST).write_text(manifest.model_dump_json(indent=2) + "\n", encoding="utf-8")
    return manifest, report


def load_manifest(folder: Path) -> Manifest:
    path = folder / MANIFEST
    try:
        return Manifest.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except FileNotFoundError as exc:
        raise TrainerError(f"no manifest at {path}; record with `trainer eval record`") from exc


def replay_cases(
    cases: list[EvalCase],
    folder: Path,
    progress: Callable[[], None] | None = None,
    not_replayed: Mapping[str, str] | None = None,
) -> list[CaseResult]:
    """Grade every case from its cassette, network shut; fails loudly when the prompt moved.
    Cases listed as not replayed (by default evals/floors.yaml's list for this model: added or
    changed since the recording) are reported with error code `not_replayed`, never graded."""
    manifest = load_manifest(folder)
    if not_replayed is None:
        not_replayed = load_floors().not_replayed.get(manifest.model, {})
    current = grader_prompt_hash(strategy=manifest.strategy)
    if manifest.prompt_hash != current:
        raise TrainerError(
            f"the prompt or rubric changed since the cassettes in {folder} were recorded "
            f"(recorded prompt hash {manifest.prompt_hash!r}, now {current!r}). Re-record: "
            f"`{manifest.record_command}` (server: scripts/local_llm_server.sh for the local "
            "model), then commit the new cassettes."
        )
    settings = LLMSettings(
        api_key=SecretStr("replay-no-key"),
        base_url=manifest.base_url,
        model=manifest.model,
        timeout_s=600,
        max_attempts=4,
    )
    results = []
    with httpx2.Client(timeout=settings.timeout_s) as http_client:
        for case in cases:
            reason = not_replayed.get(case.case_id)
            if reason is not None:
                results.append(
                    CaseResult(
                        case=case,
                        error_code=NOT_REPLAYED,
                        error_message=f"not replayed ({reason}); re-record with "
                        f"`{manifest.record_command}`",
                    )
                )
            else:
                results.append(
                    run_case(
                        case,
                        folder,
                        settings,
                        record=False,
                        http_client=http_client,
                        strategy=manifest.strategy,
                    )
                )
            if progress:
                progress()
    return results
