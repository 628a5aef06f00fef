"""How the simulated partner reacts to a graded reflection: scripted from the bank, offline.

Pure: a scenario, a grade and the conversation so far in; the partner's reply out. A good
reflection lets them feel understood and go one layer deeper; fixing, hijacking, minimizing or
missing them gets the push-back real partners give. Harder partners take more to feel heard and
get more upset when they are not.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from trainer.grading.schema import Grade
from trainer.partner.scenarios.models import Difficulty, Scenario

Reaction = Literal["heard", "fixed", "hijacked", "dismissed", "missed"]
Mood = Literal["open", "guarded", "hurt", "upset"]
MOODS: tuple[Mood, ...] = ("open", "guarded", "hurt", "upset")

# What it takes to feel heard, by difficulty: every rubric passing, and an overall score.
HEARD_SCORE: dict[Difficulty, int] = {"easy": 75, "medium": 81, "hard": 88}
# How far the mood drops on a miss: harder partners get more upset.
MOOD_DROP: dict[Difficulty, int] = {"easy": 1, "medium": 1, "hard": 2}


class PartnerReply(BaseModel):
    model_config = ConfigDict(frozen=True)

    text: str
    reaction: Reaction
    mood: Mood
    felt_heard: bool


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


def react(scenario: Scenario, grade: Grade, turn: int, mood: Mood = "open") -> PartnerReply:
    """The partner's next line. `turn` (0-based) walks through the scenario's lines in order,
    so a conversation does not repeat itself and the same inputs give the same reply."""
    reaction = classify(grade, scenario.difficulty)
    lines = getattr(scenario.lines, reaction)
    text = lines[turn % len(lines)]
    level = MOODS.index(mood)
    if reaction == "heard":
        level = max(0, level - 1)
    else:
        level = min(len(MOODS) - 1, level + MOOD_DROP[scenario.difficulty])
    return PartnerReply(
        text=text, reaction=reaction, mood=MOODS[level], felt_heard=reaction == "heard"
    )
