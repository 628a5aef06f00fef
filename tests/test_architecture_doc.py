"""docs/architecture.md's layer table names every package and top-level module of trainer/,
so a newcomer finds each one's layer (trainer/together had none)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRAINER = ROOT / "trainer"


def _layer_table() -> str:
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    return text.split("## The layers", 1)[1].split("Rules that tests hold", 1)[0]


def test_the_layer_table_names_every_package_and_top_level_module() -> None:
    rows = [line for line in _layer_table().splitlines() if line.startswith("| ")]
    placed = "\n".join(row.split("|")[2] for row in rows[1:])  # the package column
    packages = sorted(p.name for p in TRAINER.iterdir() if (p / "__init__.py").is_file())
    modules = sorted(p.name for p in TRAINER.glob("*.py") if p.name != "__init__.py")
    assert "together" in packages and len(packages) > 8
    missing = [f"trainer/{p}/" for p in packages if f"trainer/{p}/" not in placed]
    missing += [m for m in modules if not re.search(rf"\b{re.escape(m)}\b", placed)]
    assert not missing, f"not in the layer table of docs/architecture.md: {missing}"
