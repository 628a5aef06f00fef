"""The one data-file loader: every YAML file fails the same way, naming the file, the dotted
field and the entry it sits in, so a hand-edited file can be fixed from the message alone."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from trainer.coaching.drills import parse_pack
from trainer.coaching.self_assessment import load_file
from trainer.errors import TrainerError
from trainer.evals.cases import load_cases
from trainer.evals.floors import load_floors
from trainer.partner.scenarios.bank import load_files
from trainer.prompts import load_rubrics

REPO_PROMPTS = Path(__file__).resolve().parent.parent / "prompts"


def _case(case_id: str, accuracy: str) -> dict[str, Any]:
    return {
        "case_id": case_id,
        "category": "parroting",
        "theme": "work_stress",
        "statement": "My boss moved my deadline up again.",
        "response": "Your boss moved your deadline up again.",
        "gold": {
            "accuracy": accuracy,
            "validation": "fail",
            "not_fixing": "pass",
            "not_hijacking": "pass",
        },
        "note": "written for the loader test",
    }


def test_an_eval_case_error_names_the_file_the_field_and_the_case(tmp_path: Path) -> None:
    path = tmp_path / "cases.yaml"
    cases = [_case("parroting-901", "pass"), _case("parroting-902", "maybe")]
    doc = {"format": "listening-eval-cases", "version": 1, "cases": cases}
    path.write_text(yaml.safe_dump(doc), encoding="utf-8")
    with pytest.raises(TrainerError) as info:
        load_cases(path)
    assert str(info.value) == (
        f"{path} does not match the eval cases format:\n"
        "  cases.1.gold.accuracy (case parroting-902): Input should be 'pass', 'fail' or 'either'"
    )


def test_an_entry_inside_a_mapping_is_named_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "prompts"
    shutil.copytree(REPO_PROMPTS, target)
    monkeypatch.setenv("TRAINER_PROMPTS_DIR", str(target))
    path = target / "rubrics.yaml"
    text = path.read_text(encoding="utf-8")
    cut = "        cap: 0\n        question: Is the response sarc"
    assert cut in text
    path.write_text(text.replace(cut, "        question: Is the response sarc", 1), "utf-8")
    with pytest.raises(TrainerError) as info:
        load_rubrics()
    first, *problems = str(info.value).splitlines()
    assert first == f"{path} does not match the prompt format:"
    assert len(problems) == 1
    assert problems[0].startswith("  rubrics.validation.items.")
    assert "(item sarcasm_or_contempt): Value error, cost item" in problems[0]


def _bank(path: Path) -> None:
    load_files([path])


def _pack(path: Path) -> None:
    parse_pack(path.read_text(encoding="utf-8"), str(path))


LOADERS: list[tuple[str, str, dict[str, Any], Callable[[Path], object]]] = [
    ("money.yaml", "scenario bank", {"format": "scenario-bank", "version": 1}, _bank),
    ("pack.yaml", "drill pack", {"format": "drill-pack", "version": 1, "name": "x"}, _pack),
    ("self_assessment.yaml", "self-assessment", {"format": "self-assessment"}, load_file),
    ("cases.yaml", "eval cases", {"format": "listening-eval-cases", "version": 1}, load_cases),
    ("floors.yaml", "eval floors", {"offline": {}, "llm": {}}, load_floors),
]


@pytest.mark.parametrize(("name", "what", "doc", "load"), LOADERS, ids=[x[1] for x in LOADERS])
def test_every_loader_reports_a_bad_file_in_the_one_format(
    tmp_path: Path, name: str, what: str, doc: dict[str, Any], load: Callable[[Path], object]
) -> None:
    from trainer.errors import DataFileError

    path = tmp_path / name
    path.write_text(yaml.safe_dump({**doc, "colour": "blue"}), encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        load(path)
    lines = str(info.value).splitlines()
    assert lines[0] == f"{path} does not match the {what} format:"
    assert "  colour: Extra inputs are not permitted" in lines[1:]

    path.write_text("colour: [unclosed\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=f"^{re.escape(str(path))} is not valid YAML: "):
        load(path)


def test_a_word_list_keeps_yaml_booleans_as_words(tmp_path: Path) -> None:
    from trainer.datafiles import WORD_LISTS, Words
    from trainer.grading.schema import Frozen

    class Lists(Frozen):
        words: Words

    path = tmp_path / "words.yaml"
    path.write_text("words: >\n  no on off\n  yes y n\n", encoding="utf-8")
    assert WORD_LISTS.load(path, Lists).words == {"no", "on", "off", "yes", "y", "n"}
