"""`./scripts/app` serves this machine only: it listens on 127.0.0.1 and prints no Network URL,
unless the caller names an address (`--server.address 0.0.0.0` for a workshop on the LAN).
The script is run for real; where it listens is read from /proc/net/tcp, so no test traffic
leaves the loopback range."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from browser_app import free_port, wait_healthy

ROOT = Path(__file__).resolve().parent.parent
pytestmark = [pytest.mark.enable_socket, pytest.mark.allow_hosts(["127.0.0.1", "127.0.0.2"])]

if not Path("/proc/net/tcp").exists():
    pytest.skip("reads the listening sockets from /proc/net/tcp (Linux)", allow_module_level=True)


def listening_on(port: int) -> set[str]:
    """The local addresses with a socket listening on `port` (IPv4 and IPv6)."""
    found: set[str] = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        if not Path(table).exists():
            continue
        for line in Path(table).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            addr, _, hex_port = local.partition(":")
            if state == "0A" and int(hex_port, 16) == port:  # 0A: LISTEN
                if len(addr) == 8:  # IPv4, little-endian hex
                    found.add(".".join(str(int(addr[i : i + 2], 16)) for i in (6, 4, 2, 0)))
                else:
                    found.add("::" if set(addr) == {"0"} else addr)
    return found


@contextmanager
def app(tmp_path: Path, *args: str, host: str = "127.0.0.1") -> Iterator[tuple[int, Path]]:
    port = free_port()
    env = {k: v for k, v in os.environ.items()
           if k not in {"DISPLAY", "WAYLAND_DISPLAY"} and not k.startswith("OPENAI_")}  # fmt: skip
    env["DATABASE_URL"] = f"sqlite:///{tmp_path / 'app.db'}"
    log = tmp_path / "app.log"
    with log.open("wb") as out:
        proc = subprocess.Popen([str(ROOT / "scripts" / "app"), "--server.port", str(port), *args],
                                env=env, stdout=out, stderr=subprocess.STDOUT)  # fmt: skip
        try:
            wait_healthy(f"http://{host}:{port}", proc)
            yield port, log
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()


def test_the_app_listens_on_loopback_only_and_prints_no_network_url(tmp_path: Path) -> None:
    with app(tmp_path) as (port, log):
        assert listening_on(port) == {"127.0.0.1"}
        printed = log.read_text()
    assert f"URL: http://127.0.0.1:{port}" in printed
    assert "Network URL" not in printed and "External URL" not in printed


def test_an_address_the_caller_gives_wins(tmp_path: Path) -> None:
    with app(tmp_path, "--server.address=127.0.0.2", host="127.0.0.2") as (port, _log):
        assert listening_on(port) == {"127.0.0.2"}
