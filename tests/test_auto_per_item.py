"""Trust per item under `--grader auto`: each checklist item from the source its card names,
every grade says who answered what, a failing model leaves every item to the offline rules,
and on the recorded cases the mix is never worse than either source on REPORT."""

from __future__ import annotations

import json
from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx2
import pytest
from grader_outputs import grader_json
from pydantic import SecretStr

from trainer.errors import InvalidInput, LLMServerError
from trainer.evals.card_files import trust_for
from trainer.evals.cards import split_of
from trainer.evals.cases import EvalCase, load_cases
from trainer.evals.cassettes import load_manifest, recorder
from trainer.evals.floors import load_floors
from trainer.evals.metrics import agreement
from trainer.grading.combine import DEFAULT_MODEL_ITEMS, ItemTrust, sources_sentence
from trainer.grading.grader import grade
from trainer.grading.offline.grader import grade_offline
from trainer.grading.report import render_report
from trainer.grading.schema import RUBRIC_KEYS, Grade, GradeRequest, RubricKey
from trainer.llm.fake import FakeChatModel
from trainer.llm.model import ChatMessage, ChatModel, ModelReply
from trainer.llm.openai_chat import OpenAIChatModel
from trainer.prompts import load_rubrics
from trainer.settings import LLMSettings

ROOT = Path(__file__).resolve().parent.parent
LOCAL = ROOT / "evals" / "cassettes" / "local"
CARDS = ROOT / "evals" / "cards"

# the offline rules see the advice and no feeling; the scripted model says the opposite
REQUEST = GradeRequest(
    statement="My sister cancelled our trip the night before. I'd already packed.",
    response="You should just book a trip on your own.",
)
MODEL_SAYS = grader_json(["names_main_feeling", "acknowledges_feeling"])
ALL_ITEMS = tuple(i for k in RUBRIC_KEYS for i in load_rubrics().item_ids(k))


def _trust(*items: str) -> ItemTrust:
    return ItemTrust(model="fake-model", model_items=items, basis="a test card")


def test_each_item_comes_from_its_trusted_source_and_the_grade_says_which() -> None:
    offline = grade_offline(REQUEST)
    assert offline.rubrics.not_fixing.checklist["gives_advice"]
    model = FakeChatModel([MODEL_SAYS])
    mixed = grade(REQUEST, "auto", model, _trust("names_main_feeling"))
    assert mixed.rubrics.accuracy.checklist["names_main_feeling"]  # the model's yes
    assert not mixed.rubrics.validation.checklist["acknowledges_feeling"]  # offline's no
    assert mixed.rubrics.not_fixing.checklist["gives_advice"]  # offline's yes, model said no
    sources = mixed.metadata.item_sources
    assert sources["names_main_feeling"] == "model"
    assert {s for i, s in sources.items() if i != "names_main_feeling"} == {"offline"}
    assert mixed.metadata.grader == "llm" and mixed.metadata.model == "fake-model"
    said = sources_sentence(mixed.metadata)
    assert said.startswith("Whether it names the main feeling came from the model (fake-model)")
    assert "the rest from the offline rules (a test card)" in said
    assert said in render_report(mixed)  # the CLI says it too


def test_without_a_card_the_model_answers_only_the_meaning_items() -> None:
    model = FakeChatModel([grader_json(["names_main_feeling", "gives_advice"])])
    result = grade(REQUEST, "auto", model)  # no trust given: the documented default
    from_model = {i for i, s in result.metadata.item_sources.items() if s == "model"}
    assert from_model == set(DEFAULT_MODEL_ITEMS)
    assert result.rubrics.not_fixing.checklist["gives_advice"]  # offline's, not the model's
    assert "no validity card" in (result.metadata.trust_basis or "")


def test_a_card_that_trusts_no_item_means_the_model_is_not_asked() -> None:
    model = FakeChatModel([])  # any request would fail the test
    result = grade(REQUEST, "auto", model, _trust())
    assert model.calls == []
    assert set(result.metadata.item_sources.values()) == {"offline"}
    assert sources_sentence(result.metadata) == (
        "Every item came from the offline rules (a test card)."
    )


def test_a_failing_model_leaves_every_item_to_the_offline_rules_and_says_so() -> None:
    def fail(_messages: Sequence[ChatMessage]) -> str:
        raise LLMServerError("HTTP 503 from the server")

    result = grade(REQUEST, "auto", FakeChatModel([fail]), _trust("names_main_feeling"))
    assert set(result.metadata.item_sources.values()) == {"offline"}
    assert result.metadata.fallback_reason and "503" in result.metadata.fallback_reason
    assert "because the model did not answer" in sources_sentence(result.metadata)


def test_one_grader_on_its_own_records_itself_for_every_item() -> None:
    offline = grade(REQUEST, "offline")
    assert set(offline.metadata.item_sources.values()) == {"offline"}
    assert len(offline.metadata.item_sources) == sum(
        len(r.checklist) for _, r in offline.rubrics.items()
    )
    llm = grade(REQUEST, "llm", FakeChatModel([MODEL_SAYS]))
    assert set(llm.metadata.item_sources.values()) == {"model"}
    assert sources_sentence(llm.metadata) == ""  # asked for the model: nothing to explain


@pytest.mark.parametrize("grader", ["offline", "llm"])
def test_a_grade_stored_before_sources_were_recorded_reads_as_its_one_graders(
    grader: str,
) -> None:
    stored = grade_offline(REQUEST).model_dump(mode="json")
    del stored["metadata"]["item_sources"], stored["metadata"]["trust_basis"]
    stored["metadata"]["grader"] = grader
    old = Grade.model_validate(stored)
    expected = "offline" if grader == "offline" else "model"
    assert set(old.metadata.item_sources.values()) == {expected}
    rubrics = load_rubrics()
    assert set(old.metadata.item_sources) == {i for k in RUBRIC_KEYS for i in rubrics.item_ids(k)}
    assert sources_sentence(old.metadata) == ""


# ---- the eval: on the recorded cases, REPORT part ------------------------------------------


@dataclass
class _Once:
    """The replayed model asked once per distinct request (vcr plays a recording once): the
    model-only grade and the mixed grade of one case read the same recorded answer."""

    model: ChatModel
    seen: dict[str, ModelReply] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.model.name

    def complete_json(
        self, messages: Sequence[ChatMessage], schema: dict[str, Any], schema_name: str
    ) -> ModelReply:
        key = json.dumps([messages, schema_name])
        if key not in self.seen:
            self.seen[key] = self.model.complete_json(messages, schema, schema_name)
        return self.seen[key]

    def complete_text(self, messages: Sequence[ChatMessage], max_tokens: int) -> ModelReply:
        key = json.dumps([messages, max_tokens])
        if key not in self.seen:
            self.seen[key] = self.model.complete_text(messages, max_tokens)
        return self.seen[key]

    @property
    def settings(self) -> LLMSettings | None:
        return getattr(self.model, "settings", None)

    def budget(self) -> AbstractContextManager[None]:
        return self.model.budget()


def _replayed(cases: list[EvalCase], trust: ItemTrust) -> list[tuple[EvalCase, Grade, Grade]]:
    """(case, model-only grade, `grade(..., "auto", model, trust)`) for every recorded case the
    offline rules also read, the model replayed from its cassette with the network shut."""
    manifest = load_manifest(LOCAL)
    settings = LLMSettings(api_key=SecretStr("replay-no-key"), base_url=manifest.base_url,
                           model=manifest.model, timeout_s=600)  # fmt: skip
    everything = ItemTrust(model="local", model_items=ALL_ITEMS, basis="every item")
    out = []
    with httpx2.Client(timeout=settings.timeout_s) as client:  # shared: TLS setup is slow
        for case in cases:
            with recorder(LOCAL, record=False).use_cassette(f"{case.case_id}.yaml"):
                model = _Once(OpenAIChatModel(settings, http_client=client))
                alone = grade(case.request(), "auto", model, everything)
                mixed = grade(case.request(), "auto", model, trust)
            out.append((case, alone, mixed))
    return out


def _ba(pairs: list[tuple[EvalCase, Grade]], key: RubricKey) -> float:
    return agreement(
        (case.gold.get(key) == "pass", g.rubrics.get(key).passed)
        for case, g in pairs
        if case.gold.get(key) != "either"
    ).balanced_accuracy


@pytest.fixture(scope="module")
def recorded_report_cases() -> list[EvalCase]:
    skipped = load_floors().not_replayed.get("local", {})  # no usable recording
    return [
        c
        for c in load_cases()
        if split_of(c.case_id) == "report"
        and c.case_id not in skipped
        and (LOCAL / f"{c.case_id}.yaml").is_file()
        and _offline_reads(c)
    ]


def _offline_reads(case: EvalCase) -> bool:
    """Both sources must read a case to be compared (the offline rules read English only)."""
    try:
        grade_offline(case.request())
    except InvalidInput:
        return False
    return True


def test_auto_with_the_card_is_at_least_as_good_as_either_source_on_report(
    recorded_report_cases: list[EvalCase],
) -> None:
    graded = _replayed(recorded_report_cases, trust_for("local", CARDS))
    assert len(graded) > 100
    assert all(set(alone.metadata.item_sources.values()) == {"model"} for _, alone, _ in graded)
    offline = [(c, grade_offline(c.request())) for c, _, _ in graded]
    model = [(c, alone) for c, alone, _ in graded]
    auto = [(c, mixed) for c, _, mixed in graded]
    for key in RUBRIC_KEYS:
        best = max(_ba(offline, key), _ba(model, key))
        assert _ba(auto, key) >= best - 1e-9, (key, _ba(auto, key), best)


def test_the_grade_caption_on_the_page_says_who_answered_what() -> None:
    from markdown_view import shown

    from trainer.ui.widgets import grader_note

    mixed = grade(REQUEST, "auto", FakeChatModel([MODEL_SAYS]), _trust("names_main_feeling"))
    note = shown(grader_note(mixed))
    assert "Graded by the LLM grader (fake-model)" in note
    assert "Whether it names the main feeling came from the model (fake-model); the rest" in note

    def fail(_messages: Sequence[ChatMessage]) -> str:
        raise LLMServerError("HTTP 503 from the server")

    fallen = grade(REQUEST, "auto", FakeChatModel([fail]), _trust("names_main_feeling"))
    note = shown(grader_note(fallen))
    assert "Graded by the offline grader, because the LLM grader failed" in note
    assert "Every item came from the offline rules, because the model did not answer" in note
