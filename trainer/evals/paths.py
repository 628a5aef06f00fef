"""Where the project's evals/ folder is: TRAINER_EVALS_DIR, else evals/ in the current folder.

Eval cases, floors and cassettes belong to the project, not to the installed package (a wheel
holds none of them), so they are found from where the command runs, never by walking up from
this file. One function decides; the named files below are fixed places inside that folder.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path

from trainer.errors import ConfigError

EVALS_ENV = "TRAINER_EVALS_DIR"


def evals_dir(env: Mapping[str, str] = os.environ, cwd: Path | None = None) -> Path:
    """TRAINER_EVALS_DIR when set, else ./evals; a clear error when that folder is missing."""
    configured = env.get(EVALS_ENV)
    if configured:
        folder = Path(configured).expanduser()
        if not folder.is_dir():
            raise ConfigError(
                f"{EVALS_ENV} is {configured!r}, which is not a folder: point it at the "
                "project's evals/ folder (eval cases, floors and cassettes)."
            )
        return folder
    here = cwd if cwd is not None else Path.cwd()
    folder = here / "evals"
    if not folder.is_dir():
        raise ConfigError(
            f"no evals/ folder in {here} (eval cases, floors and cassettes live there): run "
            f"from the project folder or set {EVALS_ENV}."
        )
    return folder


def default_cases() -> Path:
    return evals_dir() / "cases" / "cases_v1.yaml"


def overrides_cases() -> Path:
    """Where `trainer eval import-overrides` appends coach cases unless told --output."""
    return evals_dir() / "cases" / "coach_overrides.yaml"


def floors_file() -> Path:
    return evals_dir() / "floors.yaml"


def cassette_root() -> Path:
    return evals_dir() / "cassettes"


def model_slug(model: str) -> str:
    """A model name as a folder or file name (cassettes/<slug>/, cards/<slug>.json)."""
    return re.sub(r"[^a-z0-9._-]+", "-", model.lower()).strip("-") or "model"
