"""Recorded cassettes carry no trace of the recording machine: no home directory paths (llama.cpp
puts its venv path in error bodies), no x-stainless-* SDK fingerprint headers, no credentials in
a URL. Every committed cassette is scanned; a recording made here shows the scrub runs at record
time (its server is HAND-WRITTEN, served by httpx2.MockTransport)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from handwritten_http import Server, handwritten_completion, handwritten_error, make_model

from trainer.evals.cassettes import recorder, rescrub

ROOT = Path(__file__).resolve().parent.parent
CASSETTE_ROOT = ROOT / "evals" / "cassettes"
FILES = sorted(
    p
    for folder in (CASSETTE_ROOT, ROOT / "tests" / "cassettes")
    for p in folder.rglob("*")
    if p.is_file() and p.suffix in {".yaml", ".json", ".md"}
)
HOME = re.compile(
    r"(?<![\w.-])(/root|/home/[^/\s\"'\\]+|/Users/[^/\s\"'\\]+)/|[A-Za-z]:\\{1,2}Users\\", re.I
)
STAINLESS = re.compile(r"x-stainless", re.I)
USERINFO = re.compile(r"\b[a-z][a-z0-9+.-]*://[^/?#\s*]+@", re.I)


def _problems(text: str) -> list[str]:
    found = [f"home path {m.group(0)!r}" for m in HOME.finditer(text)]
    found += [f"SDK header {m.group(0)!r}" for m in STAINLESS.finditer(text)]
    found += [f"credentials in {m.group(0)!r}" for m in USERINFO.finditer(text)]
    return found


def test_there_are_cassettes_to_scan() -> None:
    assert sum(1 for p in FILES if p.suffix == ".yaml") >= 300
    assert any(p.name == "manifest.json" for p in FILES)


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_committed_cassette_has_no_machine_traces(path: Path) -> None:
    problems = _problems(path.read_text(encoding="utf-8"))
    assert not problems, (
        f"{path.relative_to(ROOT)}: {problems[:3]}; re-scrub with "
        ".venv/bin/python scripts/scrub_cassettes.py"
    )


def test_the_scanner_finds_what_it_looks_for() -> None:
    dirty = (
        'File "/root/.cache/llm/venv/app.py" /home/bob/x /Users/carol/y C:\\\\Users\\\\dan\\\\z '
        "x-stainless-os: Linux http://alice:pw@host/v1"
    )
    assert len(_problems(dirty)) == 6


def test_recording_scrubs_at_record_time_and_replay_still_matches(tmp_path: Path) -> None:
    traceback = 'Traceback: File "/home/recorder/.cache/venv/llama_cpp/server/app.py", line 1'
    server = Server(
        handwritten_error(
            500, f"Input should be 'text' or 'json_object' (json_schema) {traceback}"
        ),
        handwritten_completion(),
    )
    url = "http://alice:pw@llm.test/v1"
    messages = [{"role": "user", "content": "grade this"}]
    schema = {"type": "object", "properties": {}, "additionalProperties": False}
    with recorder(tmp_path, record=True).use_cassette("handwritten.yaml"):
        make_model(server, base_url=url).complete_json(messages, schema, "s")  # type: ignore[arg-type]
    assert len(server.requests) == 2
    assert any("x-stainless" in k.lower() for k in server.requests[0].headers)  # it was sent
    recorded = (tmp_path / "handwritten.yaml").read_text(encoding="utf-8")
    assert _problems(recorded) == []
    assert "<home>/.cache/venv/llama_cpp" in recorded
    assert not rescrub(tmp_path / "handwritten.yaml")  # the committed-file scrub agrees

    replayed = Server()  # the network is never reached on replay
    with recorder(tmp_path, record=False).use_cassette("handwritten.yaml") as cassette:
        reply = make_model(replayed, base_url=url).complete_json(messages, schema, "s")  # type: ignore[arg-type]
    assert reply.content == '{"ok": true}' and cassette.all_played
    assert replayed.requests == []


def test_rescrub_turns_an_unscrubbed_cassette_into_the_committed_one(tmp_path: Path) -> None:
    # a recording whose llama.cpp error body named the recording machine's home directory
    source = ROOT / "tests" / "cassettes" / "llm_grade_advice.yaml"
    text = source.read_text(encoding="utf-8")
    assert "<home>" in text
    old = tmp_path / "llm_grade_advice.yaml"
    # What cassettes looked like before the scrub existed (the path and headers put back).
    old.write_text(
        text.replace("<home>", "/root").replace(
            "      user-agent:\n",
            "      x-stainless-os:\n      - Linux\n      user-agent:\n",
        ),
        encoding="utf-8",
    )
    assert _problems(old.read_text(encoding="utf-8"))
    assert rescrub(old)
    assert old.read_text(encoding="utf-8") == text


def test_a_body_without_traces_is_left_byte_for_byte(tmp_path: Path) -> None:
    path = tmp_path / "clean.yaml"
    path.write_text((ROOT / "tests/cassettes/partner_heard.yaml").read_text("utf-8"), "utf-8")
    assert not rescrub(path)
