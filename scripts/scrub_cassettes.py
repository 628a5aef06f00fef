"""Re-scrub committed cassettes with the same scrub vcrpy applies when recording
(trainer.evals.cassettes.scrub_request/scrub_response), for cassettes recorded before a rule
existed. Run from the repository root: .venv/bin/python scripts/scrub_cassettes.py"""

from __future__ import annotations

import sys
from pathlib import Path

from trainer.evals.cassettes import rescrub

FOLDERS = (Path("evals/cassettes"), Path("tests/cassettes"))


def main() -> int:
    files = sorted(p for folder in FOLDERS for p in folder.rglob("*.yaml"))
    if not files:
        print("no cassettes found: run this from the repository root", file=sys.stderr)
        return 1
    changed = [p for p in files if rescrub(p)]
    print(f"scrubbed {len(changed)} of {len(files)} cassettes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
