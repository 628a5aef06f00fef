"""Every trainer module that can meet an import cycle can be the first one a fresh interpreter
imports (importing `trainer.llm.prompting` first used to fail: prompts -> grading.schema ->
the grading package -> the grader -> prompts, half-initialised).

Each such module gets an interpreter of its own in which nothing of the trainer is loaded yet.
To keep that quick, one fresh interpreter imports the third-party libraries once and then forks
a child per module; a child starts with no trainer module loaded, so what it finds is exactly
what `python -c "import MODULE"` would.

Which modules: an import can only find a module half-initialised inside a cycle of module-level
imports (a submodule's package counts as imported first). Importing every module of every such
cycle first covers each way into it; the rest import their dependencies in an order that cannot
loop. Every package and foundation module is imported first too, as the entry points of the
layers. Streamlit page scripts (they draw when imported) and Alembic's env script (it runs only
inside Alembic) are not modules to import.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TRAINER = ROOT / "trainer"
SCRIPTS = (TRAINER / "ui" / "pages", TRAINER / "store" / "migrations" / "env.py")

CHILD = r"""
import ast, importlib, os, sys, traceback
from pathlib import Path

modules = sys.argv[1:]
# third-party libraries once, here, so each child imports only trainer code
for path in Path("trainer").rglob("*.py"):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
            [node.module] if isinstance(node, ast.ImportFrom) and node.module and not node.level
            else [])
        for name in names:
            if not name.startswith("trainer"):
                try:
                    importlib.import_module(name)
                except Exception:
                    pass
loaded = [m for m in sys.modules if m == "trainer" or m.startswith("trainer.")]
if loaded:
    sys.exit(f"trainer modules loaded before the children start: {loaded}")
failed = 0
for module in modules:
    sys.stdout.flush(); sys.stderr.flush()
    pid = os.fork()
    if pid == 0:
        try:
            importlib.import_module(module)
        except BaseException:
            print(f"--- {module} cannot be imported first:", file=sys.stderr)
            traceback.print_exc(limit=-3)
            sys.stderr.flush()
            os._exit(1)
        os._exit(0)
    _, status = os.waitpid(pid, 0)
    failed += os.waitstatus_to_exitcode(status) != 0
print(f"{len(modules)} modules, {failed} failed")
sys.exit(1 if failed else 0)
"""


def _modules() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for path in sorted(TRAINER.rglob("*.py")):
        if any(path == s or path.is_relative_to(s) for s in SCRIPTS):
            continue
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _top_level_imports(body: list[ast.stmt]) -> list[str]:
    """Names imported when the module runs (not inside functions, not for type checkers)."""
    out: list[str] = []
    for node in body:
        if isinstance(node, ast.Import):
            out += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            out += [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
        elif isinstance(node, ast.If):
            if not (isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"):
                out += _top_level_imports(node.body) + _top_level_imports(node.orelse)
        elif isinstance(node, ast.Try):
            out += _top_level_imports(node.body) + _top_level_imports(node.finalbody)
            for handler in node.handlers:
                out += _top_level_imports(handler.body)
    return out


def _graph(modules: dict[str, Path]) -> dict[str, set[str]]:
    """module -> the trainer modules it runs first (its packages, and what it imports)."""
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        deps: set[str] = set()
        for imported in [*_top_level_imports(tree.body), name]:
            parts = imported.split(".")
            deps |= {".".join(parts[:i]) for i in range(1, len(parts) + 1)}
        graph[name] = {d for d in deps if d in modules and d != name}
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[set[str]]:
    """The strongly connected parts of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[set[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            part = {stack.pop()}
            while v not in part:
                part.add(stack.pop())
            if len(part) > 1:
                found.append(part)

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def _to_import_first() -> list[str]:
    modules = _modules()
    chosen = set().union(*_cycles(_graph(modules)))
    chosen |= {m for m, p in modules.items() if p.name == "__init__.py" or m.count(".") == 1}
    chosen.add("trainer.llm.prompting")  # the one that failed first

    return sorted(chosen)


def test_the_cycle_finder_sees_a_package_that_imports_its_own_modules() -> None:
    graph = {"p": {"p.a"}, "p.a": {"p", "q"}, "q": set()}
    assert _cycles(graph) == [{"p", "p.a"}]
    modules = _modules()
    assert len(modules) > 100 and "trainer.llm.prompting" in modules
    graph = _graph(modules)
    assert "trainer.grading" in graph["trainer.grading.schema"]  # a submodule's package
    # The old way into the cycle is gone: prompts takes its value types from trainer.values.
    assert not any(m.startswith("trainer.grading") for m in graph["trainer.prompts"])


@pytest.mark.skipif(not hasattr(os, "fork"), reason="forks a child per module")
def test_every_module_that_can_meet_a_cycle_can_be_imported_first() -> None:
    modules = _to_import_first()
    assert {"trainer.prompts", "trainer.llm", "trainer.grading"} <= set(modules)
    done = subprocess.run(
        [sys.executable, "-c", CHILD, *modules],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"{len(modules)} modules, 0 failed" in done.stdout
