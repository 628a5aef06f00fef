"""Scenario bank models: what a simulated partner says, feels underneath, and says back.

The grader judges accuracy against `hidden_truth`; the practice loop picks a partner reply from
`lines` according to how the learner's reflection landed (for a hijacked turn, by what the
learner did: their own story, a defence, a complaint of their own...). The validators encode the
authoring rules, so a scenario that would teach the wrong lesson (an "easy" one with three
tangled feelings, a partner upset with the learner whose trap is fixing, a push-back to a defence
where nobody was accused) cannot enter the bank.
"""

from __future__ import annotations

from typing import Annotated, Literal, cast, get_args

from pydantic import Field, model_validator

from trainer.grading.schema import (
    MAX_CONTEXT_CHARS,
    MAX_STATEMENT_CHARS,
    Frozen,
    HiddenTruth,
)
from trainer.grading.schema import (
    Trap as Trap,  # re-exported: scenarios name their trap with the grader's own type
)

Theme = Literal[
    "work_stress",
    "chores_mental_load",
    "in_laws",
    "money",
    "intimacy",
    "health",
    "grief",
    "job_loss",
    "jealousy",
    "betrayal_repair",
    "upset_with_you",
    "cross_cultural",
    "parenting",
    "phones",
    "friendships",
    "long_distance",
    "good_news",
]
THEMES: tuple[Theme, ...] = get_args(Theme)

# easy: one clear feeling; medium: mixed feelings or indirect wording; hard: the partner is upset
# with the listener, invites fixing, or the real need sits under the words.
Difficulty = Literal["easy", "medium", "hard"]
DIFFICULTIES: tuple[Difficulty, ...] = get_args(Difficulty)

TRAPS: tuple[Trap, ...] = get_args(Trap)

MAX_KEY_FACTS = 4
MAX_TITLE_CHARS = 60

Line = Annotated[str, Field(min_length=1)]
Replies = Annotated[list[Line], Field(min_length=2, max_length=3)]


class PartnerLines(Frozen):
    """What the partner says next, keyed by how the learner's reply landed."""

    heard: Replies = Field(description="a good reflection landed: they go one layer deeper")
    fixed: Replies = Field(description="push-back to advice or solutions")
    hijacked: Replies = Field(description="push-back to me-too, defending or a topic change")
    dismissed: Replies = Field(description="push-back to minimizing, judging or sarcasm")
    missed: Replies = Field(description="they correct an inaccurate reflection")
    closing: Annotated[list[Line], Field(min_length=1, max_length=2)] = Field(
        description="when the conversation ends well"
    )


# What the learner did when the grade says they hijacked: the grader's not_hijacking cost items
# (prompts/rubrics.yaml). A partner answers a story differently from a defence.
HijackKind = Literal[
    "me_too_story", "defends_self", "counter_complaint", "changes_subject", "centers_self"
]
HIJACK_KINDS: tuple[HijackKind, ...] = get_args(HijackKind)
# Only a partner upset with the listener has something to defend against or to counter.
UPSET_ONLY: tuple[HijackKind, ...] = ("defends_self", "counter_complaint")

KindLines = Annotated[list[Line], Field(max_length=3)]


class HijackedLines(Frozen):
    """The partner's push-back to a hijacked turn, by what the learner did. A kind left empty
    gets the fallback line for it (trainer/data/partner_fallbacks.yaml)."""

    me_too_story: KindLines = Field(default_factory=list, description="they told their own story")
    defends_self: KindLines = Field(
        default_factory=list, description="they defended or explained themselves"
    )
    counter_complaint: KindLines = Field(
        default_factory=list, description="they raised a complaint of their own"
    )
    changes_subject: KindLines = Field(default_factory=list, description="they moved on")
    centers_self: KindLines = Field(
        default_factory=list, description="they made their own feelings the point"
    )

    def of(self, kind: HijackKind) -> list[str]:
        lines: list[str] = getattr(self, kind)
        return lines


class ScenarioLines(Frozen):
    """A scenario's partner lines: PartnerLines with the hijacked push-back split by kind.
    (PartnerLines stays what a model writes for a generated scenario: its schema is sent.)"""

    heard: Replies = Field(description="a good reflection landed: they go one layer deeper")
    fixed: Replies = Field(description="push-back to advice or solutions")
    hijacked: HijackedLines = Field(default_factory=HijackedLines)
    dismissed: Replies = Field(description="push-back to minimizing, judging or sarcasm")
    missed: Replies = Field(description="they correct an inaccurate reflection")
    closing: Annotated[list[Line], Field(min_length=1, max_length=2)] = Field(
        description="when the conversation ends well"
    )

    @classmethod
    def from_written(cls, lines: PartnerLines) -> ScenarioLines:
        """A model's lines; its hijacked lines are not told apart by kind, so they are left
        out and each kind gets its fallback line (a defence's push-back never meets a story)."""
        return cls(**lines.model_dump(exclude={"hijacked"}))

    def listed(self) -> list[tuple[str, list[str]]]:
        """Every list of lines with its name ("hijacked, me_too_story"), for showing."""
        out: list[tuple[str, list[str]]] = []
        for name in type(self).model_fields:
            if name == "hijacked":
                out += [(f"hijacked, {k}", self.hijacked.of(k)) for k in HIJACK_KINDS]
            else:
                out.append((name, getattr(self, name)))
        return [(name, lines) for name, lines in out if lines]


ExemplarStyle = Literal["short", "full"]


class Exemplar(Frozen):
    """A hand-written model reflection of the statement: 'short', or 'full' with a check-in."""

    style: ExemplarStyle
    text: str = Field(min_length=1, max_length=600)


class Scenario(Frozen):
    """One practice moment: the partner's words plus the truth the learner should hear in them."""

    scenario_id: str = Field(pattern=r"^[a-z_]+-[0-9]{3}$")
    theme: Theme
    difficulty: Difficulty
    title: str = Field(min_length=1, max_length=MAX_TITLE_CHARS)
    statement: str = Field(min_length=1, max_length=MAX_STATEMENT_CHARS)
    context: str | None = Field(default=None, min_length=1, max_length=MAX_CONTEXT_CHARS)
    hidden_truth: HiddenTruth
    upset_with_listener: bool = False
    lines: ScenarioLines
    safety: bool = False
    exemplars: list[Exemplar] = Field(
        default_factory=list,
        description="hand-written model reflections, each passing the grader (tested); a "
        "generated scenario has none and gets a written one that passes, or none",
    )

    @property
    def trap(self) -> Trap:
        """The hidden truth's trap, typed (the shared schema stores it as a plain string)."""
        return cast(Trap, self.hidden_truth.trap)  # checked by _authoring_rules

    @model_validator(mode="after")
    def _authoring_rules(self) -> Scenario:
        prefix = self.scenario_id.rsplit("-", 1)[0]
        if prefix != self.theme:
            raise ValueError(
                f"scenario_id {self.scenario_id!r} must start with its theme {self.theme!r}"
            )
        truth = self.hidden_truth
        if not truth.primary_feelings or not all(w.strip() for w in truth.primary_feelings):
            raise ValueError("hidden_truth.primary_feelings must name at least one feeling")
        if not 1 <= len(truth.key_facts) <= MAX_KEY_FACTS:
            raise ValueError(f"hidden_truth.key_facts needs 1 to {MAX_KEY_FACTS} facts")
        if not truth.need.strip():
            raise ValueError("hidden_truth.need must say what the partner needs")
        if truth.trap not in TRAPS:
            raise ValueError(f"hidden_truth.trap {truth.trap!r} is not one of {list(TRAPS)}")
        if self.difficulty == "easy" and len(truth.primary_feelings) != 1:
            raise ValueError("an easy scenario has exactly one primary feeling")
        if self.difficulty == "hard" and not (self.upset_with_listener or truth.trap != "none"):
            raise ValueError("a hard scenario needs upset_with_listener or a trap other than none")
        if self.upset_with_listener and truth.trap not in ("defending", "minimizing"):
            raise ValueError(
                "when the partner is upset with the listener the trap is defending or minimizing"
            )
        wrong = [k for k in UPSET_ONLY if self.lines.hijacked.of(k)]
        if wrong and not self.upset_with_listener:
            raise ValueError(
                f"lines.hijacked.{wrong[0]} is only for a partner upset with the listener: "
                "set upset_with_listener: true or remove those lines"
            )
        if self.theme == "upset_with_you" and not (
            self.difficulty == "hard" and self.upset_with_listener
        ):
            raise ValueError("upset_with_you scenarios are hard with upset_with_listener true")
        return self
