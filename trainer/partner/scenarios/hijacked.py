"""Which lines answer a hijacked turn: the scenario's own for what the learner did, else the
fallback line for that kind, which fits any scenario (trainer/data/partner_fallbacks.yaml).

A story gets a push-back to a story and a defence a push-back to a defence, never the other's;
`answers_other_kind` tells the two apart in a line, so model-written lines and the bank's own
are held to the same rule.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Annotated, Literal

from pydantic import Field, model_validator

from trainer.datafiles import DataFormat, packaged
from trainer.grading.schema import Frozen
from trainer.partner.scenarios.models import HIJACK_KINDS, HijackedLines, HijackKind, Line, Scenario

FALLBACK_FILE = "partner_fallbacks.yaml"
FORMAT = DataFormat("partner fallback lines")


class FallbackLines(Frozen):
    """A line for every kind, said to a partner upset with the listener or not; `unknown` when
    the grade failed not hijacking without naming what the learner did."""

    format: Literal["partner-fallbacks"]
    version: Literal[1]
    upset: HijackedLines
    not_upset: HijackedLines
    unknown: Annotated[list[Line], Field(min_length=1, max_length=3)]

    @model_validator(mode="after")
    def _every_kind(self) -> FallbackLines:
        for where in ("upset", "not_upset"):
            table: HijackedLines = getattr(self, where)
            missing = [k for k in HIJACK_KINDS if not table.of(k)]
            if missing:
                raise ValueError(f"{where} needs a line for {', '.join(missing)}")
        return self


@cache
def load_fallbacks() -> FallbackLines:
    """The packaged fallback lines, read and validated once per process."""
    return FORMAT.load(packaged(FALLBACK_FILE), FallbackLines)


def hijacked_lines(scenario: Scenario, kind: HijackKind | None) -> list[str]:
    """The lines this partner says to this kind of hijacking (never empty)."""
    fallback = load_fallbacks()
    if kind is None:
        return fallback.unknown
    own = scenario.lines.hijacked.of(kind)
    if own:  # defends_self and counter_complaint lines exist only where the partner is upset
        return own
    table = fallback.upset if scenario.upset_with_listener else fallback.not_upset
    return table.of(kind)


# The words that mark a push-back as meant for a defence, or for a story of the listener's own.
_MARKS: dict[HijackKind, re.Pattern[str]] = {
    "defends_self": re.compile(
        r"\b(?:defen[cds]\w*|excuses?|justify\w*|(?:stop|keep|quit) explaining|explain\w* "
        r"(?:yourself|it away)|your reasons?|what you meant|your side)\b",
        re.IGNORECASE,
    ),
    "me_too_story": re.compile(
        r"\b(?:your (?:own )?stor(?:y|ies)|happened to you|when you were (?:little|young|a kid)"
        r"|me too)\b",
        re.IGNORECASE,
    ),
}


def answers_other_kind(text: str, kind: HijackKind) -> str | None:
    """Why `text` cannot answer `kind` (None: it can): it pushes back on a defence when the
    learner told a story, or on a story when they defended themselves."""
    for other, marks in _MARKS.items():
        found = marks.search(text) if other != kind else None
        if found:
            return f"answers {other} ({found.group(0)!r}), not {kind}"
    return None
