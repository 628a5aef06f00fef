"""Pattern pieces the safety rules share (who does it, to whom, with what), and the Rule type.

Matching runs on the text with curly apostrophes made straight (same length, so offsets still
point into the caller's text), case-insensitive.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from trainer.safety.result import SafetyCategory

PARTNER = (
    r"(?:partner|husband|hubby|wife|wifey|boyfriend|girlfriend|bf|gf|fianc[eé]e?|spouse|ex|man|"
    r"dad|father|mom|mum|mother|step-?(?:dad|father|mom|mum|mother)|brother|sister|son|daughter)"
)

# Someone other than the speaker, as the subject of a verb.
OTHER = (
    rf"(?:he|she|they|you|u|hes|shes|theyre|youre|ur|(?:my|her|his|our)\s+(?:ex[- ]?)?{PARTNER})"
)

# The speaker too ("I hit her" stops the drill), or a coordinated verb ("grabbed me and hit me").
SUBJ = rf"(?:i|and|then|&|{OTHER})"

AUX = (
    r"(?:has|had|have|did|does|do|will|would|just|always|sometimes|often|even|once|twice|then|"
    r"actually|literally|really|finally|already|again|never|not|ever|been|keeps|kept|keep|"
    r"started|starts|start|(?:tried|tries|try|trying|wants|wanted|used|going|about)\s+to|gonna|"
    r"almost|nearly|basically|also|still|only|like|is|was|were|are|am|(?:get|got|gets)\s+drunk\s+and|"
    r"(?:do|does|did|would|has|have|had|wo|is|was|ca|should)n'?t|cannot)"
)

# Subject, then up to four auxiliaries/adverbs; a negator among them is seen by _negated().
SUBJ_GAP = rf"\b{SUBJ}(?:'(?:s|d|ll|ve|re|m))?(?:\s+{AUX}\b){{0,4}}\s+"

OTHER_GAP = rf"\b{OTHER}(?:'(?:s|d|ll|ve|re|m))?(?:\s+{AUX}\b){{0,4}}\s+"

OBJ = (
    rf"(?:me|him|them|us|you|u|her(?!\s+(?:knees?|thighs?|forehead|own)\b)|the\s+kids|"
    rf"(?:my|our|the|his|her)\s+(?:kids?|children|child|son|daughter|baby|{PARTNER}))"
)

WEAPON = (
    r"(?:(?:a|an|the|his|her|their|my|our|some)\s+)?(?:\w+\s+)?(?:belt|bottle|fists?|hands?|"
    r"shoes?|phone|remote|plate|pan|stick|bat|chair|book|glass|cup|mug|lamp|hammer|knife|gun|"
    r"cord|hanger|spoon|bowl|car|truck|door|object|something|anything|whatever)\b"
)

THROWN = (
    r"(?:plates?|glass(?:es)?|bottles?|phone|chairs?|mugs?|cups?|lamp|shoes?|books?|remote|pans?|"
    r"knife|knives|keys|drinks?|beer|dish(?:es)?|vase|laptop|controller|bowls?|fork|things|stuff|"
    r"something|anything|whatever|food)"
)

HARMS = r"(?:hurt|hit|kill|beat|harm|attack|strangle|choke|stab|shoot|punch|slap)"

SOCIAL = (
    r"(?:(?:my|any\s+of\s+my|any|other)\s+)?(?:friends?|family|mom|mum|mother|dad|father|parents|"
    r"sisters?|brothers?|siblings|anyone|anybody|people|co-?workers|colleagues|relatives|kids|"
    r"children|grandparents|therapist|doctor)\b"
)

NEG_LET = (
    r"(?:(?:wo|do|does|did|would)n'?t|will\s+not|does\s+not|do\s+not|never|refuses?\s+to|"
    r"refused\s+to)"
)

MYSELF = r"(?:my\s*s[ea]lf|myslef|mysefl|meself)"

FEAR = r"(?:scared|afraid|terrified|frightened|petrified)"

# After a verb of violence: idioms that follow the same words ("kicked me out", "hit me up",
# "stabbed me in the back", "slapped me with a fine") are not violence.
NOT_IDIOM = (
    rf"(?!\s+(?:up\b|out\b|off\b|where\b|to\s+the\s+curb|under\s+the\s+table|"
    rf"on\s+the\s+back\b(?!\s+of)|in\s+the\s+back\b(?!\s+(?:of|with))|"
    rf"back\s+(?:when|later|asap|tomorrow|tonight|with)\b|with\s+(?!{WEAPON})))"
)


# Where a clause ends: punctuation, the end of the text, a word that starts the next clause, or
# a closing "lately"/"these days". "I want it all to stop" ends; "...to stop for a minute" goes on.
CLAUSE_END = (
    r"(?=\s*(?:[.!?,;:)\n…]|$|(?:and|but|or|so|because|cause|bc|tbh|honestly|lol|lmao|"
    r"sometimes|anyway|i|im|lately|recently|these\s+days|right\s+now|at\s+the\s+moment|"
    r"all\s+the\s+time|most\s+days|some\s+days|every\s+day|today|tonight|again|any\s*more)\b))"
)

# Only punctuation or the end of the text ends it ("I know how I'd do it." but not
# "I know how I'd do it, if I were you" or "...do it: spreadsheet first").
SENTENCE_END = r"(?=\s*(?:[.!?;)\n…]|$))"


class Rule(NamedTuple):
    """One pattern, run only if one of its `triggers` occurs in the lowercased text (a match
    cannot happen otherwise; substring tests are ~100x cheaper than the regex). `requires` must
    also occur somewhere in the same text for the hit to count; `unless`, found in the hit's own
    sentence, clears it ("stuck on this project and I can't see a way out")."""

    category: SafetyCategory
    triggers: tuple[str, ...]
    pattern: re.Pattern[str]
    requires: re.Pattern[str] | None = None
    unless: re.Pattern[str] | None = None


def rules(
    category: SafetyCategory, *specs: tuple[str, str], unless: re.Pattern[str] | None = None
) -> tuple[Rule, ...]:
    """Compile once at import, so screening is only matching. Each spec: (triggers, pattern)."""
    return tuple(
        Rule(category, tuple(triggers.split()), re.compile(pattern, re.IGNORECASE), None, unless)
        for triggers, pattern in specs
    )
