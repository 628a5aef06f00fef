"""The layers of docs/architecture.md, read from the code's own imports: click and streamlit
only at the edges (trainer/cli, trainer/ui), SQLAlchemy never in a page."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRAINER = ROOT / "trainer"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


def _modules(*exclude: str) -> list[Path]:
    return [
        p
        for p in sorted(TRAINER.rglob("*.py"))
        if not any(p.is_relative_to(TRAINER / e) for e in exclude)
    ]


def test_click_and_streamlit_only_at_the_edges() -> None:
    library = _modules("cli", "ui")
    assert len(library) > 50  # the scan sees the library, not an empty folder
    offenders = {
        str(p.relative_to(ROOT)): sorted(_imports(p) & {"click", "streamlit"})
        for p in library
        if _imports(p) & {"click", "streamlit"}
    }
    assert not offenders, f"edge libraries imported below the edges: {offenders}"


def test_pages_do_not_import_sqlalchemy() -> None:
    pages = [*sorted((TRAINER / "ui").rglob("*.py")), ROOT / "app.py"]
    offenders = [str(p.relative_to(ROOT)) for p in pages if "sqlalchemy" in _imports(p)]
    assert not offenders, f"pages reach the database directly: {offenders}"
