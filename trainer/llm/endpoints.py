"""What an endpoint is known not to support, remembered so no grade pays for a request that fails.

llama.cpp answers every `response_format: json_schema` request with HTTP 500; without a memory
each new client (a page rerun, a new CLI process) sent it once more before falling back to JSON
mode. A memory is kept in-process and, when given a file, in the settings/cache directory too.
"""

from __future__ import annotations

import json
import logging
import threading
from pathlib import Path

log = logging.getLogger(__name__)

JSON_SCHEMA = "json_schema"


class EndpointMemory:
    """Per endpoint key (base URL and model), the request features it rejected."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._rejected: dict[str, set[str]] = {}
        if path is not None:
            self._rejected = _read(path)

    def supports(self, endpoint: str, feature: str) -> bool:
        with self._lock:
            return feature not in self._rejected.get(endpoint, set())

    def rejected(self, endpoint: str, feature: str) -> None:
        with self._lock:
            self._rejected.setdefault(endpoint, set()).add(feature)
            data = {k: sorted(v) for k, v in sorted(self._rejected.items())}
        if self.path is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.path.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        except OSError as exc:  # a cache that cannot be written costs one request, nothing more
            log.info("cannot remember endpoint features in %s: %s", self.path, exc)


def _read(path: Path) -> dict[str, set[str]]:
    """The remembered features; an unreadable or malformed file is an empty memory."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {
        str(k): {str(f) for f in v if isinstance(f, str)}
        for k, v in data.items()
        if isinstance(v, list)
    }


_SHARED: dict[str, EndpointMemory] = {}
_SHARED_LOCK = threading.Lock()


def shared_memory(path: Path | None) -> EndpointMemory:
    """One memory per file (or one in-process memory for None) for the whole process."""
    key = str(path) if path is not None else ""
    with _SHARED_LOCK:
        if key not in _SHARED:
            _SHARED[key] = EndpointMemory(path)
        return _SHARED[key]
