"""Text normalisation that keeps a map back to the original characters.

Detectors match on a normalised copy (lowercase, straight quotes, texting forms expanded,
stretched letters collapsed, quoted speech masked) and report spans in the learner's own text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from trainer.grading.offline.words import TEXT

# Texting forms and frequent typos, expanded before matching. Keys are whole tokens.
EXPANSIONS: dict[str, str] = TEXT.expansions
STOPWORDS: frozenset[str] = TEXT.stopwords
IRREGULAR: dict[str, str] = TEXT.irregular

_TOKEN = re.compile(r"[a-z0-9]+(?:['/][a-z0-9]+)*|[^\sa-z0-9]", re.IGNORECASE)
_STRETCH = re.compile(r"([a-z])\1{2,}")
_QUOTE_PAIRS = (('"', '"'), ("\u201c", "\u201d"), ("\u00ab", "\u00bb"))
_BACKTICK = re.compile(r"(?<=[a-z0-9])(`)(?=[a-z0-9])|`")  # group 1: inside a word
_SAID = re.compile(r"(said|says|saying|told|tells|like|goes|went|asked|wrote|texted|:)\s*$")


@dataclass(frozen=True)
class Normalized:
    """A normalised copy of `original` and, per normalised char, its original span."""

    original: str
    text: str  # lowercase, expanded, quoted speech kept
    masked: str  # the same, with quoted speech blanked to spaces (same length as text)
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    # `masked` with the words the listener says back as the partner's (or someone else's) also
    # blanked: "you're saying [it's fine]", "your dad keeps telling you [to toughen up]"
    own: str = ""

    def listener_own(self) -> Normalized:
        """This text as the listener's own words only: what reads for the listener's fixes,
        verdicts and stories must not read the partner's words said back."""
        return Normalized(self.original, self.text, self.own, self.starts, self.ends, self.own)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the normalised text back to the original text."""
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else len(self.original)
            return pos, pos
        s, e = self.starts[start], self.ends[end - 1]
        # trim whitespace the mapping may have pulled in
        while s < e and self.original[s].isspace():
            s += 1
        while e > s and self.original[e - 1].isspace():
            e -= 1
        return s, e


def _lower_same_length(text: str) -> str:
    """Lowercase char by char so offsets never shift (some lowercasings change length)."""
    out = []
    for ch in text:
        low = ch.lower()
        out.append(low if len(low) == 1 else ch)
    low = "".join(out).replace("\u2019", "'").replace("\u2018", "'")
    # A backtick inside a word is a mistyped apostrophe ("don`t"); anywhere else it marks
    # `code` or `emphasis`, the learner's own words: a space, never a quote mark.
    return _BACKTICK.sub(lambda m: "'" if m.group(1) else " ", low)


_SINGLE_QUOTED = re.compile(r"(?<![a-z])'((?:[^'\n]|'(?=[a-z])){2,60})'(?![a-z])")


def _quoted_ranges(low: str) -> list[tuple[int, int]]:
    """Spans of quoted speech: double quotes always; single quotes only after a speech verb."""
    ranges: list[tuple[int, int]] = []
    for open_q, close_q in _QUOTE_PAIRS:
        i = 0
        while True:
            a = low.find(open_q, i)
            if a < 0:
                break
            b = low.find(close_q, a + 1)
            if b < 0:
                break
            ranges.append((a, b + 1))
            i = b + 1
    # an apostrophe inside a word ("i'm", "it's") does not close a quote
    for m in _SINGLE_QUOTED.finditer(low):
        inner = m.group(1)
        # a short 'phrase' or anything after a speech verb; not a run between two apostrophes
        if _SAID.search(low[max(0, m.start() - 12) : m.start()]) or len(inner.split()) <= 6:
            ranges.append((m.start(), m.end()))
    return ranges


def _visible(text: str) -> tuple[str, list[int]]:
    """`text` without format characters (soft hyphen, zero-width spaces and joiners, bidi
    marks, embeddings and overrides, BOM), and each kept character's offset in `text`: an
    invisible character inside a word must not hide the word ("sh\u00adould" is "should")."""
    if text.isascii():
        return text, list(range(len(text)))
    keep = [i for i, ch in enumerate(text) if unicodedata.category(ch) != "Cf"]
    return "".join(text[i] for i in keep), keep


@lru_cache(maxsize=4096)
def normalize(original: str) -> Normalized:
    visible, at = _visible(original)
    norm = _normalize_visible(visible)
    own = blank_theirs(norm.masked)
    if len(visible) == len(original):
        return Normalized(original, norm.text, norm.masked, norm.starts, norm.ends, own)
    at.append(len(original))
    return Normalized(
        original=original,
        text=norm.text,
        masked=norm.masked,
        starts=tuple(at[i] for i in norm.starts),
        ends=tuple(at[i - 1] + 1 if i else 0 for i in norm.ends),
        own=own,
    )


# Who said it, when the listener says it back as theirs: the partner ("you're saying", "when you
# say", "you told yourself", "if you're sure"), the listener hearing it ("I'm hearing"), or
# someone else ("your dad keeps telling you", "when she said"). Never "I said" or "we said".
_YOU = r"(?:you|u|ya)"
_SAY_VERB = (
    r"(?:say|says|said|saying|tell\s+(?:me|us|yourself)|told\s+(?:me|us|yourself)|telling\s+"
    r"(?:me|us|yourself)|mention(?:ed)?|write|wrote|text(?:ed)?|keep\s+(?:saying|telling\s+"
    r"(?:me|yourself))|kept\s+(?:saying|telling\s+(?:me|yourself))|put\s+it)"
)
_OTHER = (
    r"(?:he|she|they|people|everyone|everybody|someone|somebody|the\s+[a-z]+|(?:your|his|her|"
    r"their)\s+(?:[a-z]+\s+)?[a-z]+)"
)
_NOT_TO_ME = r"(?!\s+(?:that\s+|it\s+|this\s+)?(?:to\s+)?me\b)"
# a request or question to them ("could you say more?", "did you tell him?") is not their words
_ASKED = (
    r"(?<!\bcould\s)(?<!\bcan\s)(?<!\bwould\s)(?<!\bwill\s)(?<!\bdid\s)(?<!\bdo\s)"
    r"(?<!\bshould\s)(?<!\bmight\s)(?<!\bcan't\s)(?<!\bwon't\s)(?<!\bdidn't\s)(?<!\bwhy\s)"
)
THEIR_WORDS_FRAME = re.compile(
    rf"{_ASKED}\b{_YOU}(?:'re|\s+are|\s+r|'ve|\s+have|\s+just|\s+always|\s+even)?\s+{_SAY_VERB}\b"
    rf"|\bif\s+{_YOU}(?:'re|\s+are|\s+r)\s+(?:sure|certain|ok|okay|fine|happy)(?:\s+with\s+(?:it|that))?"
    rf"|\bi(?:'m|\s+am)\s+hearing|\bi\s+(?:hear|heard)\s+{_YOU}\s+(?:say|saying|said)\b"
    # someone else's words to the partner: "your dad keeps telling you", "people tell you"
    rf"|\b(?<!\bi\s)(?<!\bwe\s){_OTHER}\s+(?:just\s+|always\s+|even\s+)?(?:tells?|told|"
    rf"keeps?\s+telling|kept\s+telling)\s+{_YOU}\b"
    rf"|\byour\s+(?:[a-z]+\s+)?[a-z]+\s+(?:says|said|keeps?\s+saying|kept\s+saying)\b{_NOT_TO_ME}"
    rf"|\b(?:when|after|because)\s+(?!i\b|we\b)[a-z]+\s+(?:said|told\s+{_YOU})\b{_NOT_TO_ME}"
)
# where a span said back as theirs ends: the clause's edge, or a turn to the listener's own voice
_THEIR_WORDS_END = re.compile(
    r"[,.;:!?\n()]|\s[-\u2013\u2014]\s|(?:^|\s)(?:but|so|though|although|yet|which|because|"
    r"cause|cuz|honestly|anyway|and\s+(?:i|i'm|we|my|honestly|just|maybe)|i\s+think|i\s+guess|"
    r"i\s+mean)\b"
)
_MAX_THEIR_WORDS = 140


def theirs_ranges(text: str) -> list[tuple[int, int]]:
    """Spans of a normalised reply that the listener attributes to the partner or someone else:
    the clause after "you're saying", "when you say", "I'm hearing", "your mum told you". The
    one predicate for "these are not the listener's own words"."""
    out: list[tuple[int, int]] = []
    for m in THEIR_WORDS_FRAME.finditer(text):
        start = m.end()
        while start < len(text) and text[start] in " '\"":
            start += 1
        rest = text[start : start + _MAX_THEIR_WORDS]
        stop = _THEIR_WORDS_END.search(rest)
        end = start + (stop.start() if stop else len(rest))
        if end > start:
            out.append((start, end))
    return out


def blank_theirs(masked: str) -> str:
    """`masked` with every span said back as theirs blanked to spaces (same length)."""
    chars = list(masked)
    for a, b in theirs_ranges(masked):
        for k in range(a, b):
            chars[k] = " "
    return "".join(chars)


def _normalize_visible(original: str) -> Normalized:
    low = _lower_same_length(original)
    quoted = _quoted_ranges(low)
    in_quote = [False] * len(low)
    for a, b in quoted:
        for k in range(a, b):
            in_quote[k] = True
    text_parts: list[str] = []
    mask_parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for m in _TOKEN.finditer(low):
        if m.start() > pos:  # whitespace between tokens: keep one space
            text_parts.append(" ")
            mask_parts.append(" ")
            starts.append(pos)
            ends.append(m.start())
        tok = m.group()
        rep = EXPANSIONS.get(tok, tok)
        rep = _STRETCH.sub(r"\1", rep) if rep == tok else rep
        quoted_tok = in_quote[m.start()]
        text_parts.append(rep)
        mask_parts.append(" " * len(rep) if quoted_tok else rep)
        if len(rep) == len(tok):
            starts.extend(range(m.start(), m.end()))
            ends.extend(range(m.start() + 1, m.end() + 1))
        else:
            starts.extend([m.start()] * len(rep))
            ends.extend([m.end()] * len(rep))
        pos = m.end()
    if pos < len(low):
        text_parts.append(" ")
        mask_parts.append(" ")
        starts.append(pos)
        ends.append(len(low))
    return Normalized(
        original=original,
        text="".join(text_parts),
        masked="".join(mask_parts),
        starts=tuple(starts),
        ends=tuple(ends),
    )


@dataclass(frozen=True)
class Sentence:
    start: int  # offsets in the normalised text
    end: int
    text: str
    is_question: bool


QUESTION_START = re.compile(
    r"^(?:(?:so|and|but|ok|well|hey|babe|hun|honey|like|also|then|oh|um|hmm)[, ]+)*"
    r"(?:(?:what(?!\s+a\b)|why|when|where|who|which|whose)\b|"
    r"how\b(?!\s+(?:awful|terrible|horrible|sad|hard|frustrating|exciting|amazing|wonderful|great|"
    r"lovely|cool|nice|scary|annoying|rude|unfair|much|exhausting|painful|stressful|brave|hurtful|"
    r"lonely|embarrassing|humiliating|devastating|strong|proud|incredible|awesome)\b)|"
    r"(?:is|are|am|was|were|do|does|did|have|has|had|can|could|would|will|should|shall|may|might|"
    r"isn't|aren't|don't|doesn't|didn't|won't|wouldn't|can't|couldn't|shouldn't|haven't)\s+"
    r"(?:you|u|i|we|he|she|they|it|that|this|there|your|my|his|her|their|the|anyone|someone|"
    r"anything|something|everything|everyone)\b)"
)
# an emoji between words ends a thought like a full stop ("no wonder ur dreading it 😞 anyway...")
_SENT_SPLIT = re.compile(
    r"[.!?\n;]+|\s[-\u2013\u2014]\s|(?<=[a-z]),\s(?=(?:but|so|and then)\b)|"
    r"[\U0001F300-\U0001FAFF\u2600-\u27BF]+\ufe0f?\s+(?=[a-z])"
)


def sentences(text: str) -> list[Sentence]:
    """Split the normalised text into sentences, each marked as question or statement."""
    out: list[Sentence] = []
    pos = 0
    for m in _SENT_SPLIT.finditer(text):
        _add_sentence(out, text, pos, m.end(), "?" in m.group())
        pos = m.end()
    _add_sentence(out, text, pos, len(text), False)
    return out


def _add_sentence(out: list[Sentence], text: str, a: int, b: int, qmark: bool) -> None:
    chunk = text[a:b]
    stripped = chunk.strip(" .!?;\n-\u2013\u2014,")
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip(" .!?;\n-\u2013\u2014,"))
    start = a + lead
    is_q = qmark or bool(QUESTION_START.match(stripped))
    out.append(Sentence(start, start + len(stripped), stripped, is_q))


WORD = re.compile(r"[a-z0-9][a-z0-9']*")


def stem(word: str) -> str:
    """A small suffix stripper: 'asked'/'asking'/'ask', 'knees'/'knee', 'hiking'/'hike' agree."""
    w = word.strip("'").removesuffix("'s")
    w = IRREGULAR.get(w, w)  # "took"/"taken" -> "take"
    if len(w) <= 3:
        return w
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("es") and w[:-2].endswith(("s", "x", "z", "ch", "sh")):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    for suf in ("ingly", "edly", "ing", "ed"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            w = w[: -len(suf)]
            if len(w) >= 4 and w[-1] == w[-2] and w[-1] not in "ls":
                w = w[:-1]
            break
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    if len(w) >= 3 and w.endswith("y"):
        w = w[:-1] + "i"
    return w


def content_stems(text: str) -> list[str]:
    """Stems of the content words of a normalised text, in order."""
    return [
        stem(w)
        for w in WORD.findall(text)
        if w not in STOPWORDS and (len(w) > 2 or any(c.isdigit() for c in w))
    ]
