"""The one validating loader for prompts/ and the content hash every grade records."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from trainer.errors import PromptFileError
from trainer.prompts import load_prompt_file, load_rubrics, prompts_dir

REPO_PROMPTS = Path(__file__).resolve().parent.parent / "prompts"


def _copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    target = tmp_path / "prompts"
    shutil.copytree(REPO_PROMPTS, target)
    monkeypatch.setenv("TRAINER_PROMPTS_DIR", str(target))
    return target


def test_rubrics_load_and_hash_is_sha256_of_bytes() -> None:
    import hashlib

    rubrics = load_rubrics()
    raw = (prompts_dir() / "rubrics.yaml").read_bytes()
    assert rubrics.content_hash == hashlib.sha256(raw).hexdigest()


def test_hash_changes_when_the_file_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = load_rubrics().content_hash
    target = _copy(tmp_path, monkeypatch)
    path = target / "rubrics.yaml"
    path.write_text(path.read_text() + "\n# edited\n")
    assert load_rubrics().content_hash != before


def test_unknown_field_is_rejected(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = _copy(tmp_path, monkeypatch)
    path = target / "rubrics.yaml"
    path.write_text(path.read_text().replace("pass_score: 3", "pass_score: 3\nsurprise: 1"))
    with pytest.raises(PromptFileError, match="surprise"):
        load_rubrics()


def test_cost_item_without_cap_is_rejected(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = _copy(tmp_path, monkeypatch)
    path = target / "rubrics.yaml"
    text = path.read_text().replace(
        "        cap: 0\n        question: Is the response sarc",
        "        question: Is the response sarc",
        1,
    )
    path.write_text(text)
    with pytest.raises(PromptFileError, match="sarcasm_or_contempt"):
        load_rubrics()


def test_missing_file_names_the_path_and_the_fix(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRAINER_PROMPTS_DIR", str(tmp_path))
    with pytest.raises(PromptFileError, match="TRAINER_PROMPTS_DIR"):
        load_prompt_file("rubrics.yaml")


def test_bad_yaml_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = _copy(tmp_path, monkeypatch)
    (target / "rubrics.yaml").write_text("kind: rubrics\n  bad: [indent\n")
    with pytest.raises(PromptFileError, match="not valid YAML"):
        load_rubrics()
