"""Is this reply English? The offline grader only understands English, so it must not grade others.

Deterministic and stdlib-only: script shares, English function-word ratio and function-word
counts for Spanish, French, German, Portuguese, Italian and Dutch. The confidence is a heuristic
score in 0-1, not a calibrated probability.

Decisions (in order):
- No letters at all (emoji-only, punctuation, numbers): not English, reason "no_words"; the
  grader should say there is nothing to grade rather than "wrong language".
- Mostly non-Latin letters (Cyrillic, CJK, Arabic, Devanagari, Hebrew, Greek...): not English.
- One or two words: English unless every word is a clearly foreign word ("gracias", "merci").
- Longer text: not English when another language's function words outnumber English ones, when
  there are almost no English words at all, or when many words carry non-English diacritics.
  A foreign word or quote inside English ("my mom said 'ça suffit'") stays English.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from trainer.grading.offline.words import LANGUAGE

Reason = Literal[
    "english",
    "short_default",
    "no_words",
    "non_latin_script",
    "foreign_function_words",
    "foreign_short_reply",
    "foreign_diacritics",
    "too_few_english_words",
]


@dataclass(frozen=True, slots=True)
class LanguageVerdict:
    """Whether to grade the text; `language` is a best guess ("en", "es", "cyrillic", "und")."""

    is_english: bool
    reason: Reason
    confidence: float
    language: str = "en"


_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")

# Function words plus the few chat words short English replies are made of ("ugh sorry babe").
ENGLISH_WORDS: frozenset[str] = LANGUAGE.english


def _fold(word: str) -> str:
    """Lower-case, drop apostrophes and accents, so "c'est" = "cest" and "está" = "esta"."""
    if word.isascii():
        return word.lower().replace("'", "")
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c) and c not in "'’")


# Words shared with English ("a", "in", "so", "me") count for English only.
FOREIGN_WORDS: dict[str, frozenset[str]] = {
    lang: frozenset(_fold(w) for w in words) - ENGLISH_WORDS
    for lang, words in LANGUAGE.function_words.items()
}
# Greetings and thanks that alone are clearly not English; decide one- and two-word replies.
CLEARLY_FOREIGN: dict[str, str] = {
    _fold(w): lang for lang, words in LANGUAGE.clearly_foreign.items() for w in words
}
_LANG_ORDER = ("es", "fr", "de", "pt", "it", "nl")

_NON_LATIN_SHARE_REJECT = 0.5
_NON_LATIN_SHARE_MIXED = 0.2
_MIN_ENGLISH_RATIO = 0.1
_DIACRITIC_SHARE = 0.3
# Each ideograph/syllable carries about a word, so weigh them like several Latin letters.
_DENSE_SCRIPTS = frozenset({"CJK", "HIRAGANA", "KATAKANA", "HANGUL"})
_DENSE_WEIGHT = 3


def _script(char: str) -> str | None:
    """Script of a letter: None for Latin (incl. accented), else e.g. "CYRILLIC", "CJK"."""
    code = ord(char)
    if code < 0x250 or 0x1E00 <= code <= 0x1EFF:
        return None
    name = unicodedata.name(char, "")
    first = name.split(" ", 1)[0] if name else "OTHER"
    return None if first == "LATIN" else first


def _diacritic(word: str) -> bool:
    return any(ord(c) > 0x7F for c in word) and _script(word[0]) is None


def looks_english(text: str) -> LanguageVerdict:
    """Decide whether the text is English enough to grade; see the module docstring."""
    latin_letters = 0
    other: dict[str, float] = {}
    for char in text:
        if char.isascii() or not char.isalpha():  # fast path: ASCII letters are Latin
            latin_letters += char.isalpha()
            continue
        script = _script(char)
        if script is None:
            latin_letters += 1
        else:
            weight = _DENSE_WEIGHT if script in _DENSE_SCRIPTS else 1
            other[script] = other.get(script, 0.0) + weight
    non_latin = sum(other.values())
    total = latin_letters + non_latin
    if total == 0:
        return LanguageVerdict(False, "no_words", 1.0, "und")
    non_latin_share = non_latin / total
    main_script = max(sorted(other), key=lambda s: other[s]).lower() if other else "latin"
    if non_latin_share >= _NON_LATIN_SHARE_REJECT:
        return LanguageVerdict(False, "non_latin_script", round(non_latin_share, 2), main_script)

    words = [w for w in _WORD_RE.findall(text) if _script(w[0]) is None]
    folded = [_fold(w) for w in words]
    n = len(folded)
    english = sum(1 for w in folded if w in ENGLISH_WORDS)
    foreign = {lang: sum(1 for w in folded if w in FOREIGN_WORDS[lang]) for lang in _LANG_ORDER}
    best = max(_LANG_ORDER, key=lambda lang: foreign[lang])
    best_count = foreign[best]

    if n <= 2:
        clear = [CLEARLY_FOREIGN[w] for w in folded if w in CLEARLY_FOREIGN]
        known = all(
            w in CLEARLY_FOREIGN or any(w in FOREIGN_WORDS[g] for g in foreign) for w in folded
        )
        if clear and english == 0 and known:
            return LanguageVerdict(False, "foreign_short_reply", 0.7, clear[0])
        if non_latin_share >= _NON_LATIN_SHARE_MIXED and english == 0:
            return LanguageVerdict(False, "non_latin_script", 0.6, main_script)
        return LanguageVerdict(True, "short_default", 0.5)

    ratio = english / n
    if best_count >= 2 and best_count > english:
        confidence = min(0.99, 0.5 + (best_count - english) / n)
        return LanguageVerdict(False, "foreign_function_words", round(confidence, 2), best)
    if non_latin_share >= _NON_LATIN_SHARE_MIXED and ratio < 2 * _MIN_ENGLISH_RATIO:
        return LanguageVerdict(False, "non_latin_script", round(non_latin_share, 2), main_script)
    accented = sum(1 for w in words if _diacritic(w))
    if accented / n >= _DIACRITIC_SHARE and ratio < 3 * _MIN_ENGLISH_RATIO:
        guess = best if best_count >= 2 else "und"
        return LanguageVerdict(False, "foreign_diacritics", 0.6, guess)
    if ratio < _MIN_ENGLISH_RATIO and (n >= 5 or best_count > english):
        guess = best if best_count >= 2 else "und"
        return LanguageVerdict(False, "too_few_english_words", round(0.9 - ratio, 2), guess)
    if english == 0 and best_count >= 1:
        return LanguageVerdict(False, "foreign_function_words", 0.55, best)
    confidence = min(0.99, 0.55 + ratio - 0.1 * best_count / n)
    return LanguageVerdict(True, "english", round(max(0.5, confidence), 2))
