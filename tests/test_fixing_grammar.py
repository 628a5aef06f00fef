"""Not fixing read from clause grammar, not phrase lists (issue 12): an instruction opens with a
base-form verb after softeners or a pet name, a plan has the listener or "we" as its subject, a
reassurance foretells a good outcome, a silver lining states a bright side as fact. Each flag
points at the words the learner sees. The sentences are written for these tests (different from
the eval cases in evals/cases/cases_meaning_nf2.yaml, gated below).
"""

from __future__ import annotations

import pytest

from trainer.grading.offline.grader import grade_offline
from trainer.grading.offline.patterns.clauses import INSTRUCTION_VERBS, PLAN_VERBS
from trainer.grading.schema import GradeRequest

STATEMENT = "The landlord wants us out by the end of next month and I can't sleep for worrying."


def _flags(response: str, statement: str = STATEMENT) -> dict[str, list[str]]:
    """Each not-fixing cost that fired, with the exact words shown for it."""
    grade = grade_offline(GradeRequest(statement=statement, response=response))
    result = grade.rubrics.not_fixing
    shown: dict[str, list[str]] = {}
    for ev in result.evidence:
        assert response[ev.start : ev.end] == ev.text  # the span is the learner's own words
        shown.setdefault(ev.item, []).append(ev.text)
    fired = {k for k, v in result.checklist.items() if v} - {"asks_permission"}
    return {item: shown.get(item, []) for item in fired}


@pytest.mark.parametrize(
    ("response", "item", "words"),
    [
        # instructions with verbs no phrase list named, after softeners and pet names
        ("Hun, honestly, haggle with him over the date.", "gives_advice", "haggle"),
        ("Ok so maybe just pack the spare room up this weekend.", "gives_advice", "pack"),
        (
            "That's a horrible thing to wake up to. Rent somewhere nearer your mum's.",
            "gives_advice",
            "Rent",
        ),
        ("Darling, don't grab the first place you see.", "gives_advice", "don't"),
        ("Do not hand the keys back until you've got it in writing.", "gives_advice", "Do not"),
        # plans with the listener or the couple as subject
        ("I'll ring the council in the morning about emergency housing.", "proposes_plan", "ring"),
        (
            "We can store the furniture at my brother's and sofa-surf for a bit.",
            "proposes_plan",
            "store",
        ),
        ("We're viewing flats tomorrow, both of us, no arguments.", "proposes_plan", "viewing"),
        # a good outcome foretold in everyday idiom
        ("Something better will turn up, it always does.", "rushing_reassurance", "turn up"),
        ("You'll land on your feet, you always land on your feet.", "rushing_reassurance", "land"),
        ("He'll come round once he sees the damp report.", "rushing_reassurance", "come round"),
        # a bright side said as fact
        ("Now you finally get to leave that awful kitchen behind.", "silver_lining", "get to"),
        ("Think of it as a fresh start somewhere with a garden.", "silver_lining", "fresh start"),
        ("You'll still have your weekends at your mum's.", "silver_lining", "still have"),
        (
            "Honestly, it's probably for the best, that flat was damp.",
            "silver_lining",
            "for the best",
        ),
        ("You two will be fine, you always are.", "rushing_reassurance", "will be fine"),
    ],
)
def test_the_kind_is_heard_in_new_words(response: str, item: str, words: str) -> None:
    flags = _flags(response)
    assert item in flags, flags
    assert any(words.lower() in shown.lower() for shown in flags[item]), flags[item]


@pytest.mark.parametrize(
    "response",
    [
        "You feel you should have seen it coming, and now you're lying awake over it.",
        "You're planning to ring the council tomorrow, and you're dreading what they'll say.",
        "Do you want to think through options together, or do you need to let it all out first?",
        "Tell me what went through your head when you read the letter.",
        "Go on, I'm listening.",
        "Take your time. I'm here.",
        "You need to know there's somewhere safe to land, and right now there isn't.",
        "You're scared you'll never find anywhere you can afford.",
        "Hang on, the end of next month? That's no time at all.",
        "Work, the move, the kids, it's all landing on you at once.",
        "What's the part that keeps you up the most?",
        "I'll be right here while you figure out what you want.",
        "You've got me, whatever happens with the flat.",
        "So you pack every night after work, sort the paperwork, and still can't sleep.",
    ],
)
def test_look_alikes_stay_clear(response: str) -> None:
    assert _flags(response) == {}


def test_the_verb_table_is_broad_and_not_the_listening_moves() -> None:
    assert len(INSTRUCTION_VERBS) >= 300
    assert not {"hope", "love", "trust", "guess"} & INSTRUCTION_VERBS  # "I" left out
    assert not {"listen", "stay", "hug", "be"} & PLAN_VERBS  # being there is not a plan


def test_asked_for_advice_is_not_fixing() -> None:
    """prompts/rubrics.yaml: advice the partner asked for is not unsolicited."""
    asked = "What should I do about the landlord? I need ideas."
    assert "gives_advice" not in _flags("Ring the council first thing.", asked)
