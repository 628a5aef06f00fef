"""A HAND-WRITTEN fake OpenAI-compatible server on a loopback port, for tests and benchmarks of
concurrency (in-flight limits, shared waits, throughput). Not a model: it answers every chat
request with the smallest JSON that fits the request's own schema (`handwritten_answer`), after
a fixed latency, or with a scripted hand-written error. It records when each request arrived
and how many were in flight at once. Anything that claims a model's behaviour comes from real
recordings instead (evals/cassettes)."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

# (status, headers, body) for one request, or None for the normal answer after the latency.
Reply = tuple[int, dict[str, str], dict[str, Any]]
Script = Callable[[int, dict[str, Any]], Reply | None]


def handwritten_answer(schema: dict[str, Any]) -> Any:
    """The smallest instance of a JSON schema: false, "", 0, [] and every required key."""
    if "anyOf" in schema or "oneOf" in schema:
        return handwritten_answer((schema.get("anyOf") or schema["oneOf"])[0])
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind == "object":
        props: dict[str, Any] = schema.get("properties", {})
        return {k: handwritten_answer(props[k]) for k in schema.get("required", list(props))}
    if kind == "array":
        return [handwritten_answer(schema["items"]) for _ in range(schema.get("minItems", 0))]
    if kind == "string":
        return "x" * schema.get("minLength", 0)
    if kind in ("integer", "number"):
        return schema.get("minimum", 0)
    if kind == "boolean":
        return False
    return None


def handwritten_completion(content: str) -> dict[str, Any]:
    return {
        "id": "chatcmpl-handwritten",
        "object": "chat.completion",
        "created": 0,
        "model": "loopback-fake",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content},
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15},
    }


def _schema_of(body: dict[str, Any]) -> dict[str, Any]:
    fmt = body.get("response_format") or {}
    if fmt.get("type") == "json_schema":
        schema: dict[str, Any] = fmt["json_schema"]["schema"]
        return schema
    return fmt.get("schema") or {"type": "object"}


@dataclass
class Arrival:
    number: int  # 1-based, in the order requests arrived
    at: float  # time.monotonic() when the server read it
    replied_at: float = 0.0
    status: int = 200


@dataclass
class LoopbackLLM:
    latency_s: float = 0.2
    script: Script | None = None
    arrivals: list[Arrival] = field(default_factory=list)
    max_in_flight: int = 0
    _in_flight: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)
    url: str = ""

    def handle(self, body: dict[str, Any]) -> Reply:
        with self._lock:
            arrival = Arrival(len(self.arrivals) + 1, time.monotonic())
            self.arrivals.append(arrival)
            self._in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self._in_flight)
        try:
            scripted = self.script(arrival.number, body) if self.script else None
            if scripted is None:
                time.sleep(self.latency_s)
                answer = json.dumps(handwritten_answer(_schema_of(body)))
                scripted = (200, {}, handwritten_completion(answer))
            arrival.status = scripted[0]
            return scripted
        finally:
            with self._lock:
                self._in_flight -= 1
                arrival.replied_at = time.monotonic()


@contextmanager
def loopback_llm(latency_s: float = 0.2, script: Script | None = None) -> Iterator[LoopbackLLM]:
    """Serve a LoopbackLLM on 127.0.0.1 (a free port) for the duration; `.url` ends in /v1."""
    fake = LoopbackLLM(latency_s=latency_s, script=script)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:
            length = int(self.headers.get("content-length", "0"))
            body = json.loads(self.rfile.read(length) or b"{}")
            status, headers, payload = fake.handle(body)
            data = json.dumps(payload).encode("utf-8")
            self.send_response(status)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(data)))
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    fake.url = f"http://127.0.0.1:{server.server_address[1]}/v1"
    try:
        yield fake
    finally:
        server.shutdown()
        server.server_close()


def main() -> None:
    """Serve the fake from its own process (benchmarks): prints the URL, serves until killed."""
    import argparse

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--latency", type=float, default=0.2, help="seconds per answer")
    args = parser.parse_args()
    with loopback_llm(latency_s=args.latency) as fake:
        print(fake.url, flush=True)
        threading.Event().wait()


if __name__ == "__main__":
    main()
