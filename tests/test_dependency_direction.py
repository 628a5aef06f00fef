"""Which way imports run: pages reach the store only through the coaching service (and the
edge that opens it), never SQLAlchemy; the store imports plain record types but no domain
rule (drill rules, progress maths, scenario checks)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "trainer"


def _imports(path: Path) -> set[str]:
    """Every imported module and `module.name` in a file."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found |= {f"{node.module}.{a.name}" for a in node.names}
    return found


def test_pages_call_the_service_not_the_stores_coaching_modules_or_sqlalchemy() -> None:
    pages = [*sorted((ROOT / "ui" / "pages").glob("*.py")), ROOT / "ui" / "state.py"]
    banned = ("sqlalchemy", "trainer.store.coaching", "trainer.store.dashboard",
              "trainer.store.pins", "trainer.store.groups")  # fmt: skip
    for page in pages:
        bad = {m for m in _imports(page) if m.startswith(banned)}
        assert not bad, f"{page.name} imports {sorted(bad)}"


def test_the_store_imports_no_domain_rules() -> None:
    rules = ("trainer.coaching.progress", "trainer.coaching.drills.check_scenarios",
             "trainer.coaching.drills.repetition_passes", "trainer.coaching.drills.drill_complete",
             "trainer.coaching.drills.rubrics_to_pass", "trainer.coaching.service",
             "trainer.coaching.dashboard")  # fmt: skip
    for module in sorted((ROOT / "store").glob("*.py")):
        bad = {m for m in _imports(module) if m.startswith(rules)}
        assert not bad, f"store/{module.name} imports {sorted(bad)}"


def test_the_store_takes_record_types_from_a_room_not_its_moves() -> None:
    """store/rooms.py saves rooms: it may name a room's types (layer 5, below the store) but
    never a move, the view rule or the service (docs/architecture.md)."""
    seen = 0
    for module in sorted((ROOT / "store").glob("*.py")):
        for node in ast.walk(ast.parse(module.read_text())):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                "trainer.together"
            ):
                seen += 1
                assert node.module == "trainer.together.room", f"store/{module.name}"
                moves = [a.name for a in node.names if not a.name[:1].isupper()]
                assert not moves, f"store/{module.name} imports moves {moves}"
    assert seen  # the store does keep rooms: the check looked at something
