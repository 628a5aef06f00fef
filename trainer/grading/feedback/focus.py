"""Name the part the partner singled out when a reply missed it.

"The rain ruined it, whatever. What's really getting to me is that none of your family came"
answered only about the rain fails accuracy; "does not yet restate the main point" alone leaves
the learner guessing which point. The grade quotes the part they singled out, in their words,
in the accuracy rationale and (when it is the next step) the tip.
"""

from __future__ import annotations

import re

from trainer.grading.feedback.reflection import singled_out
from trainer.grading.schema import Rubrics

_LEAD = re.compile(r"^(?:that|how|the way)\s+", re.I)
MAX_WORDS = 18  # a longer focus is a paragraph, not a part; quoting it teaches nothing


def missed_focus(statement: str, rubrics: Rubrics) -> str | None:
    """The part they singled out, when accuracy failed without restating the main point."""
    accuracy = rubrics.get("accuracy")
    if accuracy.passed or accuracy.checklist.get("reflects_main_point"):
        return None
    for part in singled_out(statement):
        text = _LEAD.sub("", part.strip(" ,.;:!?-\"'")).strip()
        if 2 <= len(text.split()) <= MAX_WORDS:
            return text
    return None


def with_focus(rubrics: Rubrics, tip: str, main_point_tip: str, focus: str) -> tuple[Rubrics, str]:
    """The accuracy rationale names the part; the main-point tip becomes about that part."""
    accuracy = rubrics.get("accuracy")
    note = f' They singled out what matters most to them: "{focus}".'
    rationale = accuracy.rationale + note
    updated = rubrics.model_copy(
        update={"accuracy": accuracy.model_copy(update={"rationale": rationale})}
    )
    if tip == main_point_tip:
        tip = f'Say back the part they singled out ("{focus}") in a few of your own words.'
    return updated, tip
