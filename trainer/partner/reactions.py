"""How the simulated partner reacts to a graded reflection: scripted from the bank, offline.

Pure: a scenario, a grade and the conversation so far in; the partner's reply out. A good
reflection lets them feel understood and go one layer deeper; fixing, hijacking, minimizing or
missing them gets the push-back real partners give. Harder partners take more to feel heard and
get more upset when they are not. A hijacked turn is answered for what the learner did
(their own story, a defence, a complaint of their own, a new subject, their own feelings), as
the grader found it.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from trainer.grading.schema import Grade
from trainer.partner.scenarios.hijacked import hijacked_lines
from trainer.partner.scenarios.models import Difficulty, HijackKind, Scenario

Reaction = Literal["heard", "fixed", "hijacked", "dismissed", "missed"]
Mood = Literal["open", "guarded", "hurt", "upset"]
MOODS: tuple[Mood, ...] = ("open", "guarded", "hurt", "upset")

# What it takes to feel heard, by difficulty: every rubric passing, and an overall score.
HEARD_SCORE: dict[Difficulty, int] = {"easy": 75, "medium": 81, "hard": 88}
# How far the mood drops on a miss: harder partners get more upset.
MOOD_DROP: dict[Difficulty, int] = {"easy": 1, "medium": 1, "hard": 2}
# When a reply does several of these, the one a partner hears first: an excuse or a complaint
# aimed at them before a story, a story before a drift of subject.
HIJACK_ORDER: tuple[HijackKind, ...] = (
    "defends_self",
    "counter_complaint",
    "me_too_story",
    "centers_self",
    "changes_subject",
)


class PartnerReply(BaseModel):
    model_config = ConfigDict(frozen=True)

    text: str
    reaction: Reaction
    mood: Mood
    felt_heard: bool
    hijack: HijackKind | None = None  # what the learner did, when the reaction is hijacked


def classify(grade: Grade, difficulty: Difficulty) -> Reaction:
    """The one thing the partner reacts to, in the order partners notice it."""
    r = grade.rubrics
    if not r.not_hijacking.passed:
        return "hijacked"
    if not r.not_fixing.passed:
        return "fixed"
    dismissive = ("minimizes", "judges_or_argues", "sarcasm_or_contempt")
    if any(r.validation.checklist.get(item) for item in dismissive):
        return "dismissed"
    if grade.passed and grade.score >= HEARD_SCORE[difficulty]:
        return "heard"
    return "missed"


def hijack_kind(grade: Grade) -> HijackKind | None:
    """What the learner did instead of listening, from the not hijacking items the grader set
    (or its cost evidence); None when it names none."""
    result = grade.rubrics.not_hijacking
    found = {item for item, on in result.checklist.items() if on}
    found |= {e.item for e in result.evidence if e.effect == "cost"}
    return next((kind for kind in HIJACK_ORDER if kind in found), None)


def react(scenario: Scenario, grade: Grade, turn: int, mood: Mood = "open") -> PartnerReply:
    """The partner's next line. `turn` (0-based) walks through the scenario's lines in order,
    so a conversation does not repeat itself and the same inputs give the same reply."""
    reaction = classify(grade, scenario.difficulty)
    kind = hijack_kind(grade) if reaction == "hijacked" else None
    lines: list[str] = (
        hijacked_lines(scenario, kind)
        if reaction == "hijacked"
        else getattr(scenario.lines, reaction)
    )
    text = lines[turn % len(lines)]
    level = MOODS.index(mood)
    if reaction == "heard":
        level = max(0, level - 1)
    else:
        level = min(len(MOODS) - 1, level + MOOD_DROP[scenario.difficulty])
    return PartnerReply(
        text=text,
        reaction=reaction,
        mood=MOODS[level],
        felt_heard=reaction == "heard",
        hijack=kind,
    )
