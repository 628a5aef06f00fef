"""Does a text offered as better words read as clean English? Checks that name what is wrong.

Two levels: `punctuation_problems` for any text shown (an edit keeps the learner's own words, so
only its punctuation and shape are checked), `fluency_problems` for a reflection the trainer
wrote itself (a template that splices the statement must read as a person talking).
"""

from __future__ import annotations

import re

from trainer.grading.feedback.words import FEEDBACK
from trainer.grading.offline.text import STOPWORDS
from trainer.grading.offline.words import GRADER

# A sentence that only checks understanding, with nothing of the reply in it.
CHECK_ONLY = re.compile(
    r"^(?:did i get (?:that|it) right|have i got (?:that|it) right|is that (?:right|it)|"
    r"am i getting (?:that|it)|does that sound right|is that close)\??$",
    re.I,
)
_SENTENCE = re.compile(r"[^.!?\u2026]+[.!?\u2026]*")
_TOKEN = re.compile(r"[a-z0-9']+")

_ADJ_ENDINGS = tuple(sorted(FEEDBACK.adjective_endings))
_NOT_ADJ_ENDINGS = tuple(sorted(FEEDBACK.not_adjective_endings))
_FEELING_SLOT = re.compile(
    r"\bfeel(?:ing|s)?\s+(?:so\s+|really\s+|very\s+|quite\s+|a bit\s+|pretty\s+)?"
    r"([a-z][a-z'-]*(?:\s(?:down|out|up|of))?)",
    re.I,
)
_AFTER_FEEL_OK = frozenset({"like", "as", "that", "it", "this", "the", "about", "for"})
_PERSON_CLASH = re.compile(
    r"\byou (?:was|wasn't|is|isn't|has|hasn't|am)\b|\bI (?:are|is|has)\b|\byour (?:is|are|was|am|has|have)\b|"
    r"\byou're (?:my|I)\b|\b(\w+) \1\b",
    re.I,
)
_LISTENER_FRAMES = re.compile(
    r"\b(?:did i get (?:that|it) right|have i got (?:that|it) right|am i (?:getting|close)|"
    r"i can (?:hear|see|tell)|i'm hearing|i hear|i get (?:it|that|why)|i'm (?:so )?(?:sorry|glad)"
    r"|i understand|tell me|let me)\b",
    re.I,
)
_FIRST_PERSON = re.compile(r"\b(?:i|me|my|mine|myself|i'm|i've|i'd|i'll)\b", re.I)
_ADDRESSES_LISTENER = re.compile(r"\b(?:you|your|you're|you've|u|ur|yours)\b", re.I)
_FILLER_OPENING = re.compile(
    r"(?:\bbecause|\bthat|\u2014|:)\s+(?:"
    + "|".join(sorted(FEEDBACK.statement_fillers - {"like", "so"}))
    + r")\b",
    re.I,
)
_STAGE_WORDS = re.compile(r"\b(?:the )?(?:listener|partner)(?:'s)?\b", re.I)
_ALLOWED_REPEATS = frozenset(
    {"really", "sounds", "feeling", "right", "that's", "there", "about", "you're", "you've",
     "yourself", "because"}
)  # fmt: skip
# This many words in a row copied unchanged from the statement is a splice, not a reflection.
SPLICE_RUN = 12


def is_adjective(word: str) -> bool:
    """A feeling word that fits 'you're feeling ___' ('drowning', 'anger' do not)."""
    low = word.lower().strip().replace(" ", "-")
    if low in FEEDBACK.plain_adjectives or low in GRADER.feeling_adjectives.values():
        return True
    if "-" in low or low.endswith(_NOT_ADJ_ENDINGS):
        return False
    return low.endswith(_ADJ_ENDINGS)


def punctuation_problems(text: str) -> list[str]:
    """What makes a shown text look broken: stray or doubled punctuation, a bare check-in."""
    problems: list[str] = []
    body = text.replace("...", "\u2026").strip()
    if not body:
        return ["it is empty"]
    if not (body[0].isalpha() or body[0] in "\"'\u201c"):
        problems.append(f"it starts with {body[0]!r}")
    elif body[0].isalpha() and body[0].islower():
        problems.append("it starts with a lowercase letter")
    if body[-1] not in ".!?\u2026\"'\u201d":
        problems.append("it does not end a sentence")
    if re.search(r"[.!?,;:]\s*[.!?,;:]", body):
        problems.append("it has doubled punctuation")
    if re.search(r"\s[,.!?;:]", body):
        problems.append("it has a space before punctuation")
    sentences = [s.strip(" .!?\u2026") for s in _SENTENCE.findall(body)]
    sentences = [s for s in sentences if s]
    if not sentences or all(CHECK_ONLY.match(s + "?") or CHECK_ONLY.match(s) for s in sentences):
        problems.append("it only checks understanding, with nothing reflected")
    return problems


def fluency_problems(text: str, statement: str) -> list[str]:
    """What makes a written reflection read as a template, not a person (empty when fluent)."""
    problems = punctuation_problems(text)
    low = text.lower()
    tokens = _TOKEN.findall(low)
    trigrams = list(zip(tokens, tokens[1:], tokens[2:], strict=False))
    content = [
        t for t in tokens if len(t) >= 5 and t not in _ALLOWED_REPEATS and t not in STOPWORDS
    ]
    if len(set(trigrams)) < len(trigrams) or len(set(content)) < len(content):
        problems.append("it repeats a phrase")
    for m in _FEELING_SLOT.finditer(text):
        word = m.group(1)
        if word.split()[0].lower() not in _AFTER_FEEL_OK and not is_adjective(word):
            problems.append(f"'feeling {word}' is not English")
    clash = _PERSON_CLASH.search(text)
    if clash:
        problems.append(f"the persons clash ({clash.group(0)!r})")
    own = _FIRST_PERSON.search(_LISTENER_FRAMES.sub(" ", text))
    if own and not _ADDRESSES_LISTENER.search(statement):
        problems.append(f"{own.group(0)!r} speaks as the partner")
    if _FILLER_OPENING.search(text):
        problems.append("a filler word from the statement is spliced in")
    if _STAGE_WORDS.search(text):
        problems.append("it names the listener or the partner in the third person")
    stmt = _TOKEN.findall(statement.lower())
    runs = {tuple(stmt[i : i + SPLICE_RUN]) for i in range(len(stmt) - SPLICE_RUN + 1)}
    if any(tuple(tokens[i : i + SPLICE_RUN]) in runs for i in range(len(tokens))):
        problems.append(f"it copies {SPLICE_RUN} or more of the statement's words unchanged")
    return problems
