"""Stop the drill, and point to real help, when text speaks of self-harm, violence or abuse,
or check in gently when it sounds hopeless.

A practice partner who says "he choked me" must not be met with a reflection grade: the product
must never teach anyone to accommodate abuse. ``screen()`` is meant to run on the partner
statement, its context and the learner's response before grading; a hit replaces the grade with
the notice. (Wiring it into the grading path is left to the caller.)

What it catches (English only, case-insensitive, word boundaries, curly apostrophes, texting
spellings such as "dont", "wanna", "u", "kms", "kys", "unalive", light typos such as "kil myself"):

- self_harm: wanting to die or kill oneself, suicide, "end it all", "thinking about ending it",
  hurting/cutting/harming oneself, "no reason to live", "better off without me", overdoses,
  "i dont want to be here anymore"; also a partner who says they will kill themselves. Said
  indirectly (`indirect.py`), in the first person, now or recently: sleep and not wake up ("go
  to bed hoping I don't wake up", "I hope I die in my sleep"), hoping a bus hits me,
  disappearing for good, wanting everything to end, not existing, tired of living, "life isn't
  worth living"; everyone happier or easier without me, nobody would miss me if I were gone; a
  method (thinking of jumping off a bridge or roof, stepping in front of a train, driving into a
  tree, the rope in the garage; "I took all my pills", a whole pack, the pills ready, looking up
  a lethal dose or ways to die, cutting my arms on purpose); a plan ("I know how I'd do it") or
  goodbye letters; "I can't go on", "what's the point of living".
- violence: being hit, slapped, punched, kicked, choked, strangled, pushed, shoved, thrown or
  beaten; threats to hurt or kill; weapons pulled or held to someone; fear of being hurt; and
  the speaker's own violence ("I hit her"), which stops the drill just the same.
- abuse: isolation ("won't let me see my friends"), taking a phone, money or passport, tracking
  plus anger, sexual coercion, "no one will believe me", threats to take the kids or leave
  someone with nothing, fear of a partner, and "tells me I'm crazy" when fear is also voiced.
- distress, the check-in level (`distress.py`): wordings that may or may not mean risk, met with
  a gentler notice that still gives the crisis lines. Hopelessness with nothing named ("I don't
  see a way out", "there's no way out for me", "what's the point of anything anymore",
  "everything feels hopeless", "I've given up on life", "I can't keep going"), wanting it all to
  stop or be over, "I just want the pain to stop" (not of a back or a knee: `pain_frames`), a
  burden to everyone ("I feel like such a burden to everyone"), "I won't be a problem for you
  much longer", giving my things away, "this is my goodbye", "I'm saying my goodbyes", "I won't
  be around much longer", "I'm going to end it tonight" (with no one named: "end it with him" is
  a break-up), "there's nothing left for me". It pauses the drill like
  the others (there is one notice box, no new UI) and ranks last: any other hit wins.

Choices on ambiguous phrasing (a false alarm pauses one drill; a miss can cost far more):

- Flagged: "i dont want to be here anymore", "thinking about ending it", "kill myself" even in
  jest, "i want to die lol" (a laugh often masks the real thing), "you'd be better off without me".
- Not flagged: "I want to die of embarrassment" *with* a laugh marker (lol, haha, 😂...) in the
  same text; without one it is flagged. "I'd rather die than ...", "I could kill/strangle him",
  "I want to kill him lol", "my mom will kill me", "I can't do this anymore",
  "we can't go on like this", "I wish I could disappear", "thinking about ending things with
  him": comparative or everyday hyperbole, or a break-up, too common to stop drills for.
- Ordinary conflict is not abuse: yelling, fighting about money, jealousy, "you hurt me" (feelings),
  "you push me away", "you always push me" (pressure; "he pushed me." is flagged), "he pushes me
  around", "you're suffocating me", "she says I'm imagining things" without fear.
- Hopelessness alone is ambiguous: "I don't see a way out" is said of jobs as often as of
  living. Decided: first person only (a reflection, "you can't see a way out", is an echo); a
  check-in, not a crisis notice, when nothing is named; clear when the same sentence names an
  everyday frame (a job, a project, a contract, a meeting, noise, an argument: `everyday_frames`
  in trainer/data/words/safety.yaml), so "stuck on this project and I can't see a way out" and
  "no way out of this contract" stay clear while "Work is a mess. I don't see a way out." checks
  in. Money is not an everyday frame: "no way out" of debt checks in. Likewise "what's the point
  of trying" and "of the meeting" are clear, "of anything" checks in, "of living" is self_harm.
- A burden: "to everyone", "to my family", "nothing but a burden" check in; a burden "on you
  since the surgery" (one person, a partner's worry), "of being a burden on the kids", "on the
  budget" stay clear. "You'd be happier without me" (a row) is clear; "everyone would be happier
  if I was gone" is self_harm, as "you'd be better off without me" always was.
- Everyday exaggeration stays clear: "I could sleep for a week", "I want to disappear under a
  blanket", "I wanted to disappear off the face of the earth", "this meeting makes me want to
  jump off a bridge", "I took my pills this morning" or "all my pills this week", "I gave my old
  clothes to charity" (`tidy_frames`), "jumping ship", "the end of my rope", "I cut my leg on the
  fence". "I took all my pills" said on its own is flagged: we cannot tell, and a pause is cheap.
- Negation: a negator just before the verb ("he has never hit me", "I'd never hurt myself")
  cancels that one match; any other match in the text still counts.

What it cannot catch: other languages, heavy misspellings, euphemism it does not list, threats
carried by context alone ("you know what happens if you tell"), a name as the subject of an
ambiguous verb ("Sam hit me"; "Sam slapped me" is caught), sarcasm, and negation further than two
words from the verb; hopelessness that names its object only in another sentence; worthlessness
("I feel worthless") and "I just want to sleep forever", left out as too common in everyday
talk. It is a tripwire in front of the grader, not a risk assessment.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from trainer.safety.abuse import ABUSE, GASLIGHT
from trainer.safety.distress import DISTRESS
from trainer.safety.indirect import INDIRECT
from trainer.safety.patterns import Rule
from trainer.safety.result import (
    CLEAR,
    SAFETY_NOTICE,
    SEVERITY_ORDER,
    SafetyCategory,
    SafetyResult,
)
from trainer.safety.self_harm import SELF_HARM
from trainer.safety.violence import VIOLENCE
from trainer.safety.words import WORDS

__all__ = ["RULES", "SAFETY_NOTICE", "SEVERITY_ORDER", "SafetyCategory", "SafetyResult", "screen"]

RULES: Final[Mapping[SafetyCategory, tuple[Rule, ...]]] = MappingProxyType(
    {
        "self_harm": (*SELF_HARM, *INDIRECT),
        "violence": VIOLENCE,
        "abuse": (*ABUSE, GASLIGHT),
        "distress": DISTRESS,
    }
)

_LAUGH = re.compile(r"\b(?:lo+l+|lmf?ao+|(?:ha){2,}h?|(?:he){2,}|rofl|jk)\b|[😂🤣😆😅]", re.I)

_NEGATORS = re.compile(
    r"(?:never|not|cannot|(?:do|does|did|would|could|should|wo|ca|is|are|was|were|has|have|had|"
    r"ai|must)n'?t)",
    re.IGNORECASE,
)

# Words skipped when looking for a negator: "I'm not going to hurt myself", "never once hit me".
_FILLER: frozenset[str] = WORDS.negation_fillers

_WORD = re.compile(r"[a-z']+", re.IGNORECASE)

_SENTENCE_END = re.compile(r"[.!?\n]")


def _negated(text: str, at: int) -> bool:
    """True if one of the two words before `at` (same sentence, fillers skipped) is a negator."""
    head = text[max(0, at - 60) : at]
    ends = [m.end() for m in _SENTENCE_END.finditer(head)]
    if ends:
        head = head[ends[-1] :]
    words = [w for w in _WORD.findall(head) if w.lower() not in _FILLER][-2:]
    for i, word in enumerate(words):
        if _NEGATORS.fullmatch(word):
            following = words[i + 1] if i + 1 < len(words) else ""
            if following.lower() != "only":  # "he not only hit me" is not a denial
                return True
    return False


def _sentence(text: str, m: re.Match[str]) -> str:
    """The sentence (or line) that holds the match."""
    starts = [e.end() for e in _SENTENCE_END.finditer(text, 0, m.start())]
    after = _SENTENCE_END.search(text, m.end())
    return text[starts[-1] if starts else 0 : after.start() if after else len(text)]


def _first_hit(rule: Rule, text: str) -> re.Match[str] | None:
    """The rule's earliest match in `text` that is not negated, excused as a joke, set in an
    everyday frame, or unmet."""
    if rule.requires is not None and rule.requires.search(text) is None:
        return None
    groups = rule.pattern.groupindex
    for m in rule.pattern.finditer(text):
        if "idiom" in groups and m.group("idiom") and _LAUGH.search(text):
            continue
        if _negated(text, m.start("v") if "v" in groups else m.start()):
            continue
        if rule.unless is not None and rule.unless.search(_sentence(text, m)):
            continue
        return m
    return None


def screen(*texts: str) -> SafetyResult:
    """Screen every text the learner will see or wrote; return the most serious hit, or a clear.

    Ties go to the earlier text, then the earlier offset. `start`/`end` index `texts[text_index]`.
    """
    normalised = [t.replace("\u2019", "'").replace("\u2018", "'") for t in texts]
    for category in SEVERITY_ORDER:
        for index, text in enumerate(normalised):
            lowered = text.lower()
            best: re.Match[str] | None = None
            for rule in RULES[category]:
                if not any(t in lowered for t in rule.triggers):
                    continue
                m = _first_hit(rule, text)
                if m is not None and (best is None or m.start() < best.start()):
                    best = m
            if best is not None:
                start, end = best.span()
                return SafetyResult(
                    flagged=True,
                    category=category,
                    matched=texts[index][start:end],
                    text_index=index,
                    start=start,
                    end=end,
                    notice=SAFETY_NOTICE[category],
                )
    return CLEAR
