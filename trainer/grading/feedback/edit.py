"""The minimal edit: the learner's own good words, minus what cost points, plus what is missing.

Candidates go from the smallest change to larger ones; the caller grades each and shows the first
that passes. An edit always keeps at least one clause that earned points: a reply with nothing to
keep gets no edit, and a reason in words instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from trainer.grading.feedback.fluency import CHECK_ONLY as _CHECK_ONLY
from trainer.grading.offline.feeling_matcher import find_feelings
from trainer.grading.offline.text import QUESTION_START, content_stems, normalize

_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|\n|$)")
# Where a sentence splits into clauses that can go separately.
_CLAUSE_BREAK = re.compile(
    r",\s*(?=(?:but|so|and|though|although|because|or|plus|cos|cause)\b)|;\s*|"
    r"\s+(?=(?:but|while)\b)|\s+[-\u2013\u2014]+\s+|,\s*(?=(?:you|i|it|that|he|she|they)\b)",
    re.I,
)
_LEADING = re.compile(
    r"^(?:(?:but|and|so|also|anyway|though|although|or|plus|cos|cause|because|then)\b[\s,]*)+",
    re.I,
)
_TRAILING = re.compile(
    r"[\s,;:\u2014\u2013-]*(?:\b(?:but|and|so|or|though|because)\b)?[\s,;:-]*$", re.I
)

COST_WORDS = {
    "gives_advice": "advice",
    "solution_question": "advice",
    "proposes_plan": "advice",
    "rushing_reassurance": "reassurance that rushes past the feeling",
    "silver_lining": "looking on the bright side",
    "minimizes": "minimizing",
    "judges_or_argues": "arguing with the feeling",
    "sarcasm_or_contempt": "sarcasm",
    "near_verbatim_echo": "their own words repeated back",
    "me_too_story": "your own story",
    "centers_self": "your own story",
    "defends_self": "defending yourself",
    "counter_complaint": "a complaint of your own",
    "changes_subject": "a change of subject",
    "wrong_feeling": "a feeling they did not express",
    "distorts_facts": "facts they did not say",
    "imputes_motive": "guesses at motives",
    "grader_manipulation": "words aimed at the grader",
}


@dataclass(frozen=True)
class Clause:
    start: int
    end: int
    sentence: int  # index of its sentence
    earned: bool
    cost: bool
    on_topic: bool = True  # shares a content word with the statement, or names a feeling


def clauses(
    response: str,
    earned: Sequence[tuple[int, int]],
    cost: Sequence[tuple[int, int]],
    statement: str = "",
) -> list[Clause]:
    """The reply cut into clauses, each marked by whether it earned or cost points."""
    out: list[Clause] = []
    topic = set(content_stems(normalize(statement).text))
    for index, sm in enumerate(_SENTENCE.finditer(response)):
        pos = sm.start()
        cuts = [m.end() for m in _CLAUSE_BREAK.finditer(response, sm.start(), sm.end())]
        for end in [*cuts, sm.end()]:
            a, b = pos, end
            pos = end
            if not response[a:b].strip(" \n,;:.!?-"):
                continue
            out.append(
                Clause(
                    a,
                    b,
                    index,
                    earned=any(s < b and e > a for s, e in earned),
                    cost=any(s < b and e > a for s, e in cost),
                    on_topic=_on_topic(response[a:b], topic),
                )
            )
    return out


def _on_topic(text: str, topic: set[str]) -> bool:
    low = normalize(text).text
    return bool(topic & set(content_stems(low))) or bool(find_feelings(low))


def _tidy_sentence(parts: list[str], end_mark: str) -> str:
    text = " ".join(p.strip() for p in parts)
    text = re.sub(r"\s+", " ", text).strip(" ,;:-\n")
    text = _LEADING.sub("", text).strip()
    text = _TRAILING.sub("", text).strip()
    text = re.sub(r"[.!?,;:]+$", "", text).strip()
    text = re.sub(r"([,;:])\s*([,;:])+", r"\1", text)
    if not re.search(r"[A-Za-z]", text):
        return ""
    text = re.sub(r"\bi(?=\b|')", "I", text)
    asks = bool(QUESTION_START.match(text.lower()))
    mark = "?" if "?" in end_mark and asks else "!" if "!" in end_mark else "."
    return text[0].upper() + text[1:] + mark


def _joined(response: str, group: Sequence[Clause]) -> list[str]:
    """Clauses next to each other keep the reply's own commas; across a cut, a comma joins."""
    runs: list[list[Clause]] = []
    for c in group:
        if runs and runs[-1][-1].end == c.start:
            runs[-1].append(c)
        else:
            runs.append([c])
    parts = [response[r[0].start : r[-1].end].strip().rstrip(",;:") for r in runs]
    return [p + ("," if i < len(parts) - 1 else "") for i, p in enumerate(parts)]


def kept_text(response: str, units: Sequence[Clause]) -> str:
    """The kept clauses as clean sentences: no dangling 'but', no doubled punctuation."""
    sentences: list[str] = []
    by_sentence: dict[int, list[Clause]] = {}
    for c in units:
        by_sentence.setdefault(c.sentence, []).append(c)
    for sm_index, sm in enumerate(_SENTENCE.finditer(response)):
        group = by_sentence.get(sm_index)
        if not group:
            continue
        end_mark = re.search(r"[.!?]*\s*$", sm.group()).group().strip()  # type: ignore[union-attr]
        tidy = _tidy_sentence(_joined(response, group), end_mark)
        if tidy and tidy not in sentences:
            sentences.append(tidy)
    # a check-in reads last, after what it checks
    checks = [t for t in sentences if _CHECK_ONLY.match(t.rstrip(".!?") + "?")]
    return " ".join([t for t in sentences if t not in checks] + checks)


MAX_EDIT_CANDIDATES = 18


def edit_candidates(
    response: str,
    earned: Sequence[tuple[int, int]],
    cost: Sequence[tuple[int, int]],
    *,
    sounds: str,
    feel: str | None,
    needs_check: bool,
    cores: Sequence[str],
    check_in: str,
    statement: str = "",
) -> list[str]:
    """Edits from the smallest addition to the largest; empty when no clause of the reply
    earned anything (there is nothing of the learner's to keep)."""
    units = clauses(response, earned, cost, statement)
    good = [c for c in units if c.earned and not c.cost]
    if all(_CHECK_ONLY.match(_tidy_sentence([response[c.start : c.end]], "?")) for c in good):
        return []  # nothing but a check-in earned points: there is nothing of theirs to build on
    kept_versions = [
        k for k in dict.fromkeys([
            kept_text(response, [c for c in units if not c.cost and (c.earned or c.on_topic)]),
            kept_text(response, [c for c in units if not c.cost]),
            kept_text(response, good),
        ]) if k
    ]  # fmt: skip
    openers = ["", f"That sounds {sounds}."]
    legit = ["", f"No wonder you feel {feel}."] if feel else [""]
    checks = [check_in] if needs_check else ["", check_in]
    out: list[tuple[int, int, str]] = []
    for rank, kept in enumerate(kept_versions):
        for opener in openers:
            for extra in legit:
                for check in checks:
                    text = " ".join(p for p in (opener, kept, extra, check) if p)
                    out.append((len(text) - len(kept), rank, text))
        for core in [c for c in cores if " ".join(c.split()[:2]).lower() not in kept.lower()][:2]:
            for check in checks:
                for text in (f"{kept} {core}", f"{core} {kept}"):
                    text = f"{text} {check}".strip()
                    out.append((len(text) - len(kept), rank, text))
    ordered = [text for _, _, text in sorted(out, key=lambda t: (t[1], t[0]))]
    fine = [t for t in dict.fromkeys(ordered) if not _repeats_an_opening(t)]
    # the smallest additions to each kept version, then the rest
    per_version = MAX_EDIT_CANDIDATES // max(1, len(kept_versions))
    firsts = [
        t for rank in range(len(kept_versions)) for t in _of_rank(out, rank, fine)[:per_version]
    ]
    return list(dict.fromkeys([*firsts, *fine]))[:MAX_EDIT_CANDIDATES]


def _of_rank(out: list[tuple[int, int, str]], rank: int, fine: list[str]) -> list[str]:
    allowed = set(fine)
    return [t for _, r, t in sorted(out) if r == rank and t in allowed]


def _repeats_an_opening(text: str) -> bool:
    """'That sounds hard. That sounds so hard.': two sentences that open the same way."""
    openings = [" ".join(s.lower().split()[:2]) for s in _SENTENCE.findall(text) if s.strip()]
    return len(set(openings)) < len(openings)


def why_no_edit(cost_items: Sequence[tuple[str, int]], had_good_words: bool) -> str:
    """In words: why no edit of this reply is shown. `cost_items` are (item id, chars)."""
    if had_good_words:
        return (
            "No small edit of these words passes the grader: what works in them is not enough "
            "to carry the reply; start from the model reflection."
        )
    weight: dict[str, int] = {}
    for item, size in cost_items:
        word = COST_WORDS.get(item)
        if word:
            weight[word] = weight.get(word, 0) + size
    if weight:
        main = max(weight, key=lambda w: weight[w])
        return (
            f"No small edit fixes this reply: it is mostly {main}; start from the model reflection."
        )
    return (
        "No small edit fixes this reply: nothing in it says back what they said or how they feel "
        "yet; start from the model reflection."
    )
