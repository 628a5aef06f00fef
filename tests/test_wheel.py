"""A wheel built from the repo, installed alone in a fresh virtualenv, grades and lists scenarios
from an empty folder: the prompt and rubric files ship inside it, nothing is found by walking up
to the repo, and the project's editable install cannot leak in. (About 20-40 s: it builds a
wheel and a virtualenv.)

Where the dependencies come from: a full `pip install WHEEL` into a fresh virtualenv took 2m20s
here (downloading and unpacking streamlit, pyarrow, pandas, numpy... on every run), too slow for
every CI run. So the trainer package comes only from the wheel (`pip install --no-deps`), and
the distributions the wheel DECLARES, followed through their own requirements and extras, are
linked in from the project's .venv: only those, so not vcrpy (the [record] extra), not the test
tools, not the editable install. `pip check` then confirms the virtualenv satisfies every
requirement in the wheel's metadata, and a module importing an undeclared package fails here as
it would for a user.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from email.parser import Parser
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from trainer.grading.offline.grader import grade_offline
from trainer.grading.schema import GradeRequest

ROOT = Path(__file__).resolve().parent.parent
STATEMENT = "My manager moved the deadline up again and I haven't slept properly in days."
RESPONSE = "You're worn out, and the deadline moving again makes it feel like it never ends."
NOT_SOURCE = shutil.ignore_patterns(
    ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", "node_modules", "artifacts",
    ".*_cache", ".hypothesis",
)  # fmt: skip


def _run(args: list[str | Path], **kwargs: object) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [str(a) for a in args], capture_output=True, text=True, timeout=900, **kwargs
    )
    assert done.returncode == 0, f"{args}\n{done.stdout}\n{done.stderr}"
    return done


def _requires(wheel: Path) -> list[str]:
    with zipfile.ZipFile(wheel) as archive:
        (name,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        return Parser().parsestr(archive.read(name).decode()).get_all("Requires-Dist") or []


def _applies(requirement: Requirement, extras: set[str]) -> bool:
    marker = requirement.marker
    return marker is None or any(marker.evaluate({"extra": e}) for e in {"", *extras})


def _declared(requires: list[str]) -> dict[str, metadata.Distribution]:
    """Every distribution the wheel needs at run time, from the .venv, with the extras asked."""
    found: dict[str, metadata.Distribution] = {}
    extras: dict[str, set[str]] = {}
    todo = [r for r in map(Requirement, requires) if _applies(r, set())]
    while todo:
        requirement = todo.pop()
        name = canonicalize_name(requirement.name)
        if name in found and requirement.extras <= extras[name]:
            continue
        extras.setdefault(name, set()).update(requirement.extras)
        found[name] = metadata.distribution(requirement.name)
        for raw in found[name].requires or []:
            if _applies(sub := Requirement(raw), extras[name]):
                todo.append(sub)
    return found


def _link(dist: metadata.Distribution, site: Path) -> None:
    """Symlink the distribution's top-level files (packages, modules, .libs, dist-info)."""
    assert dist.files is not None, f"{dist.metadata['Name']} has no RECORD"
    base = Path(str(dist.locate_file("")))
    tops = {f.parts[0] for f in dist.files if f.parts and f.parts[0] not in ("..", "__pycache__")}
    for top in tops:
        if (base / top).exists() and not (site / top).exists():
            (site / top).symlink_to(base / top)


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtualenv holding the wheel built from this repo and its declared dependencies."""
    tmp = tmp_path_factory.mktemp("wheel")
    source = tmp / "src"  # a copy: building writes build/ and *.egg-info into the tree it builds
    shutil.copytree(ROOT, source, ignore=NOT_SOURCE)
    pip = [sys.executable, "-m", "pip"]
    # The .venv's setuptools (test extra) builds it: no build environment fetched from an index.
    _run([*pip, "wheel", "--no-deps", "--no-index", "--no-build-isolation", "--quiet",
          "--wheel-dir", tmp / "dist", source])  # fmt: skip
    (wheel,) = (tmp / "dist").glob("listening_trainer-*.whl")
    venv = tmp / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", venv])
    python = venv / "bin" / "python"
    purelib = "import sysconfig; print(sysconfig.get_paths()['purelib'])"
    site = Path(_run([python, "-c", purelib]).stdout.strip())
    for dist in _declared(_requires(wheel)).values():
        _link(dist, site)
    _run([*pip, "--python", python, "install", "--no-deps", "--no-index", "--quiet", wheel])
    _run([*pip, "--python", python, "check"])
    return venv


def _trainer(venv: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run the installed `trainer` from `cwd` with a bare environment: no PYTHONPATH, no
    TRAINER_* settings, a fresh home and data folder."""
    home = cwd.parent / "home"
    env = {"PATH": os.environ["PATH"], "HOME": str(home), "LANG": "C.UTF-8",
           "TRAINER_DATA_DIR": str(home / "data")}  # fmt: skip
    return subprocess.run(
        [str(venv / "bin" / "trainer"), *args],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip


@pytest.fixture
def empty(tmp_path: Path) -> Path:
    folder = tmp_path / "empty"
    folder.mkdir()
    return folder


def test_the_package_comes_from_the_wheel_only(venv: Path, empty: Path) -> None:
    where = "import trainer, trainer._prompts; print(trainer.__file__, trainer._prompts.__file__)"
    done = _run([venv / "bin" / "python", "-c", where], cwd=empty, env={"PATH": os.environ["PATH"]})
    for path in done.stdout.split():
        assert Path(path).resolve().is_relative_to(venv.resolve()), path
    no_vcr = "import importlib.util; assert importlib.util.find_spec('vcr') is None"
    _run([venv / "bin" / "python", "-c", no_vcr], cwd=empty)  # vcrpy is an extra


def test_the_installed_wheel_grades_from_an_empty_folder(venv: Path, empty: Path) -> None:
    done = _trainer(venv, empty, "grade", STATEMENT, RESPONSE, "--grader", "offline")
    assert done.returncode == 0, done.stderr
    expected = grade_offline(GradeRequest(statement=STATEMENT, response=RESPONSE))
    assert f"Score {expected.score}/100" in done.stdout
    for title in ("Accuracy", "Validation", "Not fixing", "Not hijacking"):
        assert re.search(rf"^{title} \d/4", done.stdout, re.M), done.stdout
    # The same rubric bytes as the repo's prompts/ (the hash every grade records, in its JSON;
    # a learner reading the report is not shown it).
    as_json = _trainer(venv, empty, "grade", STATEMENT, RESPONSE, "--grader", "offline", "--json")
    assert json.loads(as_json.stdout)["metadata"]["prompt_hash"] == expected.metadata.prompt_hash
    assert expected.metadata.prompt_hash[:12] not in done.stdout
    assert list(empty.iterdir()) == []


def test_the_installed_wheel_lists_scenarios(venv: Path, empty: Path) -> None:
    done = _trainer(venv, empty, "scenario", "list")
    assert done.returncode == 0, done.stderr
    count = re.search(r"(\d+) scenario\(s\)", done.stdout + done.stderr)
    assert count and int(count.group(1)) > 50, done.stdout
    assert "work_stress-001" in done.stdout


def test_eval_commands_without_the_project_say_what_to_do(venv: Path, empty: Path) -> None:
    done = _trainer(venv, empty, "eval", "run")
    assert done.returncode == 2
    assert "run from the project folder or set TRAINER_EVALS_DIR" in done.stderr
    cassettes = str(ROOT / "evals" / "cassettes" / "local")
    cases = str(ROOT / "evals" / "cases" / "cases_v1.yaml")
    done = _trainer(venv, empty, "eval", "run", "--grader", "llm", "--replay", cassettes,
                    "--cases", cases)  # fmt: skip
    assert done.returncode == 2
    assert "pip install 'listening-trainer[record]'" in done.stderr
    assert "Traceback" not in done.stderr
