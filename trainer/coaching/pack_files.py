"""Drill packs on disk: the ready-made packs shipped in trainer/data/drills/, and a pack file a
coach shares. This is the edge that reads files; trainer.coaching.drills parses and validates
the text, and reads none."""

from __future__ import annotations

from functools import cache
from importlib.resources.abc import Traversable
from pathlib import Path

from trainer.coaching.drills import FORMAT, DrillPack, parse_pack
from trainer.datafiles import packaged


def load_pack(path: Path | Traversable) -> DrillPack:
    return parse_pack(FORMAT.read_text(path), str(path))


@cache
def builtin_packs() -> dict[str, DrillPack]:
    """The ready-made packs shipped in trainer/data/drills/, by file stem."""
    folder = packaged("drills")
    return {
        entry.name.removesuffix(".yaml"): load_pack(entry)
        for entry in sorted(folder.iterdir(), key=lambda e: e.name)
        if entry.name.endswith(".yaml")
    }
