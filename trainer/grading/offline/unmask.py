"""Undisguised copies of a text, each with a map back to the original characters.

Text aimed at the grader hides from patterns behind zero-width characters, look-alike letters
from other scripts, fullwidth or "bold" letters, leetspeak and letters spaced out with dots.
The finder matches on these copies and reports spans in the learner's own text, so evidence
still points at what they typed. Every step is one pass over the text: no step looks back.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

# Letters from other scripts that a reader takes for Latin ones. NFKC already folds fullwidth,
# mathematical, circled and small-capital-like compatibility forms; these are the letters it
# leaves alone. Kept by hand: Unicode's confusables data maps to "prototypes" meant for
# comparing two strings (capital I becomes l, m becomes rn), not to readable Latin words.
_LOOKALIKE_FROM = (
    # Cyrillic
    "аеорсхуіјѕԁһӏԛԝкАВЕКМНОРСТХУІЈЅԌԚԜ"
    # Greek
    "αοινρυκχγωϲϳΑΒΕΖΗΙΚΜΝΟΡΤΥΧϹ"
    # Armenian, Latin small capitals and IPA, dotless i/j, Cherokee
    "օսհոցզᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢıȷɑɡɩℓᎪᏴᏟᎬᎻᏦᎷᏢᏚᎢᏔ"
)
_LOOKALIKE_TO = (
    "aeopcxyijsdhlqwkABEKMHOPCTXYIJSGQW"
    "aoivpukxywcjABEZHIKMNOPTYXC"
    "ounhgqabcdefghijklmnoprstuvwyzijagilABCEHKMPSTW"
)
_LOOKALIKES = dict(zip(_LOOKALIKE_FROM, _LOOKALIKE_TO, strict=True))
# Invisible characters that are not in category Cf (fillers, blank braille pattern).
_INVISIBLE = frozenset("\u115f\u1160\u3164\uffa0\u2800\u034f")
# Leetspeak read as letters, inside words only ("1gn0re", not "4/4" or "100").
_LEET_I = str.maketrans("013457@$!|89", "oieastasilbg")
_LEET_L = str.maketrans("013457@$!|89", "oleastasllbg")
# words holding a digit or symbol (the lookbehind keeps one try per word: linear)
_LEET_WORD = re.compile(r"(?<![a-z0-9@$!|])(?=[a-z]*[0-9@$!|])[a-z0-9@$!|]+")
_LEET_CHARS = frozenset("013457@$!|89")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
# Letters spaced out one at a time: "i g n o r e", "I.g.n.o.r.e", "i-g-n-o-r-e".
_SEP = r"[ \t._\-*~+/|\\,:;'\"\u00b7\u2022]"
# four or more single letters or digits, each apart from the next by one to three separators
_SPACED_RUN = re.compile(rf"(?<![a-z0-9])[a-z0-9](?:{_SEP}{{1,3}}[a-z0-9](?![a-z0-9])){{3,}}")
_SPACED_GAP = re.compile(rf"{_SEP}{{1,3}}")


@dataclass
class View:
    """`text` and, piece by piece, where it came from. An aligned piece maps char to char;
    any other piece maps as a whole to the original span it replaced (possibly with '')."""

    text: str
    parent: View | None
    starts: list[int] = field(default_factory=list)  # offset of each piece in `text`
    pieces: list[tuple[int, int, bool]] = field(default_factory=list)  # src start, end, aligned

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map [start, end) of this view to the text it was made from, through every parent."""
        if end <= start:
            return start, start
        s, e = self._source(start, True), self._source(end - 1, False)
        return self.parent.span(s, e) if self.parent is not None else (s, e)

    def _source(self, pos: int, is_start: bool) -> int:
        if not self.pieces:  # the same text, char for char
            return pos if is_start else pos + 1
        i = bisect_right(self.starts, pos) - 1
        src_start, src_end, aligned = self.pieces[i]
        if aligned:
            return src_start + (pos - self.starts[i]) + (0 if is_start else 1)
        return src_start if is_start else src_end


class _Builder:
    """Accumulate a view piece by piece; neighbouring aligned pieces merge into one."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.starts: list[int] = []
        self.pieces: list[tuple[int, int, bool]] = []
        self.length = 0

    def aligned(self, text: str, src_start: int) -> None:
        if not text:
            return
        if self.pieces and self.pieces[-1][2] and self.pieces[-1][1] == src_start:
            s, _, _ = self.pieces[-1]
            self.pieces[-1] = (s, src_start + len(text), True)
        else:
            self.starts.append(self.length)
            self.pieces.append((src_start, src_start + len(text), True))
        self.parts.append(text)
        self.length += len(text)

    def replaced(self, text: str, src_start: int, src_end: int) -> None:
        self.starts.append(self.length)
        self.pieces.append((src_start, src_end, False))
        self.parts.append(text)
        self.length += len(text)

    def view(self, parent: View | None) -> View:
        return View("".join(self.parts), parent, self.starts, self.pieces)


@lru_cache(maxsize=8192)
def _clean_char(ch: str) -> str:
    """NFKC, with format characters (zero-width, bidi marks, soft hyphen) and fillers gone."""
    if unicodedata.category(ch) == "Cf" or ch in _INVISIBLE:
        return ""
    return unicodedata.normalize("NFKC", ch)


@lru_cache(maxsize=8192)
def _plain_char(ch: str) -> str:
    """The clean form, accents and combining marks dropped, look-alikes read as Latin, lower."""
    out = []
    for part in unicodedata.normalize("NFKD", _clean_char(ch)):
        if unicodedata.category(part) in ("Mn", "Me"):
            continue
        part = _LOOKALIKES.get(part, part)
        low = part.lower()
        out.append(low if len(low) == 1 else part)
    return "".join(out)


def _by_char(text: str, convert: Callable[[str], str], lower_ascii: bool) -> View:
    build = _Builder()
    pos = 0
    for run in _NON_ASCII.finditer(text):
        ascii_part = text[pos : run.start()]
        build.aligned(ascii_part.lower() if lower_ascii else ascii_part, pos)
        reps = [convert(ch) for ch in run.group()]
        if all(len(rep) == 1 for rep in reps):  # the usual case: one piece for the run
            build.aligned("".join(reps), run.start())
        else:
            for i, rep in enumerate(reps, run.start()):
                if len(rep) == 1:
                    build.aligned(rep, i)
                else:
                    build.replaced(rep, i, i + 1)
        pos = run.end()
    tail = text[pos:]
    build.aligned(tail.lower() if lower_ascii else tail, pos)
    return build.view(None)


def clean_view(text: str) -> View:
    """NFKC without invisible characters: fullwidth and "bold" letters read as plain ones."""
    return _by_char(text, _clean_char, lower_ascii=False)


def plain_view(text: str) -> View:
    """Lowercase, accent-free, look-alike letters read as Latin (same map back to `text`)."""
    return _by_char(text, _plain_char, lower_ascii=True)


def unleet(text: str, one_as: str = "i") -> str:
    """Digits and symbols inside words read as letters; same length, so offsets hold."""
    table = _LEET_I if one_as == "i" else _LEET_L

    def word(m: re.Match[str]) -> str:
        w = m.group()
        core = w.rstrip("!|")  # a trailing "!" or "|" is punctuation, not a letter
        if not any(c.isalpha() for c in core) or not _LEET_CHARS.intersection(core):
            return w
        return core.translate(table) + w[len(core) :]

    return _LEET_WORD.sub(word, text)


def collapse_spaced(view: View) -> tuple[View, list[tuple[int, int]]]:
    """Join letters spaced out one by one ("i g n o r e  t h e  r u b r i c" becomes "ignore
    the rubric"); a wider or different gap than the usual one inside the run is a word break.
    Returns the new view (over `view`) and the spans of the joined runs in it."""
    text = view.text
    build = _Builder()
    runs: list[tuple[int, int]] = []
    pos = 0
    for run in _SPACED_RUN.finditer(text):
        build.aligned(text[pos : run.start()], pos)
        gaps = [(m.start(), m.end()) for m in _SPACED_GAP.finditer(text, run.start(), run.end())]
        texts = [text[a:b] for a, b in gaps]
        usual = max(set(texts), key=texts.count)
        start, at = build.length, run.start()
        for (a, b), gap in zip(gaps, texts, strict=True):
            build.aligned(text[at:a], at)
            build.replaced("" if gap == usual else " ", a, b)
            at = b
        build.aligned(text[at : run.end()], at)
        runs.append((start, build.length))
        pos = run.end()
    if not runs:
        return view, []
    build.aligned(text[pos:], pos)
    return build.view(view), runs
