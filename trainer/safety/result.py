"""What the safety screen returns, and the notice shown instead of a grade for each category."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final, Literal

from pydantic import BaseModel, model_validator

# "distress" is the check-in level: hopelessness, feeling a burden, giving things away, words
# that may or may not mean risk. It stops the drill like the others, with a gentler notice.
SafetyCategory = Literal["self_harm", "violence", "abuse", "distress"]

# Most serious first: screen() returns a hit from the earliest category that has one.
SEVERITY_ORDER: Final[tuple[SafetyCategory, ...]] = ("self_harm", "violence", "abuse", "distress")

_PAUSED = (
    "The drill is paused. If we misread a figure of speech, that's okay: you can start a new "
    "scenario whenever you're ready."
)

_NOT_THERAPY = (
    "This is a practice tool, not therapy or crisis support. If anyone is in immediate danger, "
    "call your local emergency number now."
)

_CRISIS_LINES = (
    "- US: call or text 988 (Suicide & Crisis Lifeline)\n"
    "- UK and Ireland: Samaritans, 116 123\n"
    "- Elsewhere: findahelpline.com lists free, confidential helplines in your country"
)

_RELATIONSHIP_LINES = (
    "Where to get help with violence or abuse in a relationship:\n"
    "- US: National Domestic Violence Hotline, call 1-800-799-7233 or text START to 88788\n"
    "- UK: National Domestic Abuse Helpline, 0808 2000 247\n"
    "- Elsewhere: findahelpline.com lists services in your country"
)

SAFETY_NOTICE: Final[Mapping[SafetyCategory, str]] = MappingProxyType(
    {
        "self_harm": (
            "Let's stop here for a moment. Something in this conversation sounds like thoughts "
            "of suicide or self-harm, and that matters more than any practice.\n\n"
            f"{_NOT_THERAPY}\n\n"
            "If you, or someone you know, is having thoughts of suicide or self-harm, you don't "
            "have to carry it alone:\n"
            f"{_CRISIS_LINES}\n\n"
            f"{_PAUSED}"
        ),
        "violence": (
            "Let's stop here for a moment. Something in this conversation describes violence or "
            "a threat of it. Nobody should have to listen their way around being hurt, and if "
            "you're worried about your own actions, reaching out is a strong step too.\n\n"
            f"{_NOT_THERAPY}\n\n"
            f"{_RELATIONSHIP_LINES}\n\n"
            f"{_PAUSED}"
        ),
        "abuse": (
            "Let's stop here for a moment. Something in this conversation sounds like control, "
            "coercion or fear of a partner. That isn't something to practise accommodating, and "
            "you deserve to feel safe.\n\n"
            f"{_NOT_THERAPY}\n\n"
            f"{_RELATIONSHIP_LINES}\n\n"
            f"{_PAUSED}"
        ),
        "distress": (
            "Let's pause and check in. Something in this conversation sounds like things might "
            "feel hopeless or too heavy right now. If that's how things are for you, and not only "
            "in this practice, it's worth telling someone you trust how you're doing today.\n\n"
            f"{_NOT_THERAPY}\n\n"
            "If those feelings ever turn into thoughts of not wanting to be alive, you don't have "
            "to carry them alone:\n"
            f"{_CRISIS_LINES}\n\n"
            f"{_PAUSED}"
        ),
    }
)


class SafetyResult(BaseModel, frozen=True):
    """What screen() found: where, in which text, and the notice to show instead of a grade."""

    flagged: bool
    category: SafetyCategory | None = None
    matched: str | None = None
    text_index: int | None = None
    start: int | None = None
    end: int | None = None
    notice: str | None = None

    @model_validator(mode="after")
    def _consistent(self) -> SafetyResult:
        """A flag without a notice would stop the drill with nothing to show."""
        fields = (self.category, self.matched, self.text_index, self.start, self.end, self.notice)
        if self.flagged and any(f is None for f in fields):
            raise ValueError("a flagged result needs category, matched, offsets and notice")
        if not self.flagged and any(f is not None for f in fields):
            raise ValueError("an unflagged result carries no match")
        return self


CLEAR: Final = SafetyResult(flagged=False)
