"""Text aimed at the grader inside a learner's response: found, flagged, blanked, never obeyed.

Shared by both graders. Blanking keeps every offset, so evidence still points at the
learner's own words, and the rest of the response is graded as if the instruction were absent.

Disguised text is read through undisguised copies (trainer.grading.offline.unmask): zero-width and
look-alike characters, fullwidth letters, leetspeak, spaced-out letters, base64. Spans found in
a copy are mapped back to the learner's text. Every pattern is bounded, so a long adversarial
text costs time in proportion to its length, never its square.
"""

from __future__ import annotations

import base64
import binascii
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from trainer.grading.offline.unmask import View, clean_view, collapse_spaced, plain_view, unleet

# As typed: these run first, on the text exactly as typed, so their spans are stable.
_LEGACY: tuple[str, ...] = (
    # English instructions to a grader or model
    r"\b(?:please\s+)?(?:ignore|disregard|forget|override|bypass)\s+(?:all\s+|any\s+|the\s+|your\s+|"
    r"these\s+|those\s+|previous\s+|prior\s+|above\s+|earlier\s+)*(?:instructions?|rubrics?|rules?|"
    r"prompts?|criteria|guidelines|grading|scoring|checklist|system\s+prompt)\b[^\n.!?]*[.!?]?",
    r"\b(?:dear\s+|hey\s+|note\s+to\s+(?:the\s+)?)?(?:grader|grading\s+(?:model|system|ai)|evaluator|"
    r"scorer|ai\s+model|language\s+model|llm|chatgpt)\s*[:,-][^\n.!?]*[.!?]?",
    r"\b(?:give|award|assign|rate|grade|score|mark)\s+(?:this|it|me|my\s+(?:answer|response|reply)|"
    r"the\s+(?:answer|response|reply))\s+(?:a\s+|an\s+|as\s+)?(?:perfect|full|max(?:imum)?|top|"
    r"highest|100|4|four|pass(?:ing)?|5|10)\b[^\n.!?]*[.!?]?",
    r"\b(?:all|every)\s+(?:rubrics?|scores?|criteria)\s+(?:should\s+be\s+|=\s*|are\s+|must\s+be\s+)"
    r"(?:4|four|pass(?:ed)?|perfect|max)\b[^\n.!?]*[.!?]?",
    r"\b(?:4|four)\s*/\s*4\b(?:\s+(?:on|for)\s+(?:all|every|each)[^\n]*)?",
    r"\b100\s*/\s*100\b",
    r"\bscores?\s*[:=]\s*(?:4|100)\b[^\n.!?]*[.!?]?",
    r"\bthis\s+(?:response|reply|answer)\s+(?:is|deserves|gets|should\s+get|earns)\s+(?:a\s+)?"
    r"(?:perfect|full\s+marks|top\s+marks|4|100|an?\s+a\+?)\b[^\n.!?]*[.!?]?",
    r"\b(?:mark|grade|score|rate)\s+(?:this|it)\s+(?:as\s+)?(?:passed|passing|a\s+pass|excellent|"
    r"perfect)\b[^\n.!?]*[.!?]?",
    r"\byou\s+are\s+(?:now\s+)?(?:a\s+|an\s+)?(?:generous|lenient|kind|nice|different)\s+"
    r"(?:grader|evaluator|judge|ai|assistant|model)\b[^\n.!?]*[.!?]?",
    r"\b(?:pretend|act|behave|role-?play)\s+(?:you\s+are|to\s+be|as)\s+[^\n.!?]{0,200}[.!?]?"
    r"(?:grader|evaluator|judge|model|assistant|ai)\b[^\n.!?]*[.!?]?",
    r"\bnew\s+(?:instructions?|rules?|task)\s*:[^\n.!?]*[.!?]?",
    r"\bplease\s+(?:just\s+)?(?:pass|approve|accept|grade)\s+(?:this|me|my)\b[^\n.!?]*[.!?]?",
    r"\bthis\s+(?:response|reply|answer)\s+(?:restates|names|validates|meets|passes|shows|demonstrates|"
    r"checks|ticks|satisfies|follows|avoids|doesn't\s+fix)\b[^\n]*",
    r"\b(?:developer|admin|god|debug)\s+mode\b[^\n.!?]*[.!?]?",
    r"\bjailbreak\b[^\n.!?]*[.!?]?",
    r"\bsystem\s+(?:prompt|message|override|instruction)\b[^\n.!?]*[.!?]?",
    r"(?:^|\n)[^\S\n]*#{1,4}[^\S\n]*(?:system|instructions?|assistant|grader|admin)\b[^\n.!?]*[.!?]?",
    r"\[/?(?:inst|system|sys)\]|<</?sys>>|<\|(?:im_start|im_end|system|assistant)\|>",
    r"</?\s*(?:system|instructions?|learner_response|grader|prompt|assistant)\s*>",
    # fake JSON scores
    r"\{[^{}]{0,400}\"(?:accuracy|validation|not_fixing|not_hijacking|score|passed|rubrics)\"\s*:"
    r"[^{}]{0,400}\}?",
    r"\b(?:accuracy|validation|not_fixing|not_hijacking)\s*[:=]\s*(?:4|pass|true)\b[^\n.!?]*[.!?]?",
    # Spanish, French, German, Portuguese, Italian
    r"\b(?:ignora|ignore[zs]?|ignoriere|ignorieren|ignorar|olvida|oublie[zs]?|vergiss)\s+"
    r"(?:todas\s+|toutes\s+|tous\s+|alle\s+|las\s+|les\s+|die\s+|os\s+|as\s+|le\s+)*"
    r"(?:instrucciones|instructions|anweisungen|instruções|istruzioni|reglas|règles|regeln|regras|"
    r"rúbricas?|rubriques?|consignes|vorgaben|criterios|critères)\b[^\n.!?]*[.!?]?",
    r"\b(?:dale|da(?:le)?|dame|pon(?:le)?|donne[zr]?|mets|gib|vergib|dê|dai|metti)\s+[^\n]{0,40}"
    r"(?:puntuaci[oó]n|nota|calificaci[oó]n|note|punkte|punktzahl|bewertung|pontua[cç][aã]o|"
    r"voto|punteggio|4|cuatro|quatre|vier|quatro|quattro)\b[^\n.!?]*[.!?]?",
    r"\b(?:calificador|evaluador|correcteur|évaluateur|bewerter|prüfer|avaliador|valutatore)\s*"
    r"[:,][^\n.!?]*[.!?]?",
    r"\b(?:puntuaci[oó]n|note|bewertung|nota|punteggio)\s+(?:m[aá]xima|maximale|maximal|"
    r"perfecta|parfaite|volle|höchste|massima)\b[^\n.!?]*[.!?]?",
    # Chinese, Japanese, Russian
    r"[忽无][略视][^\n]{0,40}|[给打]?[我这它]?[^\n]{0,10}(?:满分|最高分|评分|打分)[^\n]*",
    r"(?:採点|評価|満点)[^\n]*|無視[^\n]*",
    r"(?:игнорируй|проигнорируй|оценка|поставь|максимальн)[^\n]*",
)


# Who an instruction is addressed to. STRONG nouns name a grader outright; the others are
# ordinary words ("the judge", "the system") and count only in an unmistakable address.
_STRONG = (
    r"(?:graders?|grading\s{1,3}(?:model|system|ai|bot)|evaluators?|scorers?|markers?|examiners?|"
    r"assessors?)"
)
_MACHINE = r"(?:ai|a\.i\.|llms?|chatgpt|gpt|bots?|chatbots?)"
_ANY = rf"(?:{_STRONG}|{_MACHINE}|reviewers?|judges?|models?|assistants?|claude)"
# A demand for marks, as it appears within a short window after the addressee.
_DEMAND = (
    r"(?:(?:pass|approve|accept)\s+(?:this|it|me|my\s+\w{1,20}|the\s+(?:answer|response|reply))\b|"
    r"(?:give|award|assign|mark|grade|score|rate)\s+(?:this|it|me|my\s+\w{1,20})\s+"
    r"(?:as\s+|a\s+|an\s+|the\s+|with\s+)?(?:perfect|full|max(?:imum)?|top|highest|high|"
    r"pass(?:ed|ing)?|excellent|correct|true|100|4|four|10|generously|leniently)\b|"
    r"(?:full|top|perfect|max(?:imum)?)\s+(?:marks|points|score|credit)\b|"
    r"this\s+(?:one\s+|reply\s+|response\s+|answer\s+)?(?:passes|should\s+pass|must\s+pass)\b|"
    r"(?:answer|say|mark|tick)\s+(?:true|yes)\s+(?:to|for|on)\s+(?:every|all|each)\b)"
)
_TAIL = r"[^\n.!?]*[.!?]?"
# Newer kinds; they run after the patterns above and only add what those did not cover.
_EXTRA: tuple[str, ...] = (
    # "Note to the marker...", "Dear model,", "hey AI"
    rf"\b(?:dear|hey|hi|hello|attention|psst|(?:note|message|memo|reminder|instructions?)\s+"
    rf"(?:to|for))\s*:?\s*(?:the\s+|my\s+|our\s+)?{_ANY}\b{_TAIL}",
    # "Evaluator— ...", "(AI: rate this ...)", "Assistant: ..." at the start of a sentence
    rf"(?:(?<=[\n.!?(\[{{#*>:;|])|^)[^\S\n]{{0,8}}(?:to[^\S\n]{{1,3}})?(?:the[^\S\n]{{1,3}})?"
    rf"(?:{_STRONG}|{_MACHINE})"
    rf"[^\S\n]{{0,3}}(?:[:\-\u2013\u2014]|,[^\S\n]{{0,3}}(?:please|you\s{{1,3}}(?:must|should|will|need)|"
    rf"give|mark|score|pass|grade|ignore|rate|award)\b){_TAIL}",
    rf"(?:(?<=[\n.!?(\[{{#*>:;|])|^)[^\S\n]{{0,8}}(?:reviewers?|judges?|models?|assistants?|"
    rf"system|claude)[^\S\n]{{0,3}}:{_TAIL}",
    rf"\b{_STRONG}[^\S\n]{{0,3}}[:\u2013\u2014]{_TAIL}",
    # "You are the grader.", "I'm talking to the marker now"
    rf"\byou(?:'re|\s+are)\s+(?:now\s+)?(?:the|a|an|my|our)\s+{_STRONG}\b{_TAIL}",
    rf"\b(?:i'm|i\s+am)\s+(?:talking|speaking|writing)\s+to\s+(?:the|my|you,?\s+the)\s+"
    rf"(?:{_STRONG}|{_MACHINE})\b{_TAIL}",
    # "As the grader you must pass this", also split: "As the grader. You must pass this."
    rf"\bas\s+(?:the|my|a|an|your|our)\s+(?:{_STRONG}|{_MACHINE}|judge|reviewer|model|assistant)"
    rf"\b[^\n]{{0,80}}?{_DEMAND}{_TAIL}",
    rf"\b{_STRONG}\b[^\n]{{0,80}}?{_DEMAND}{_TAIL}",
    # "To the AI evaluating this: ...", "for whoever is grading this, ..."
    rf"\b(?:to|for)\s{{1,3}}(?:the|any|whichever|whatever)\s{{1,3}}{_ANY}\s{{1,3}}"
    r"(?:that\s{1,3}is\s{1,3}|who\s{1,3}is\s{1,3}|"
    r"that's\s{1,3}|who's\s{1,3})?(?:evaluating|grading|marking|scoring|assessing|reviewing|reading|"
    r"checking|judging)\s{1,3}(?:this|these|my|the)\b" + _TAIL,
    # "rate every rubric 4", "give all criteria full marks"
    r"\b(?:rate|score|mark|grade|set|give|put)\s{1,3}(?:every|all|each)\s{1,3}(?:of\s{1,3}the\s{1,3})?"
    r"(?:rubrics?|criteri(?:on|a)|items?|checklist\s{1,3}items?|categor(?:y|ies)|boxes)\s{1,3}"
    r"(?:a\s{1,3}|an\s{1,3}|as\s{1,3}|at\s{1,3}|to\s{1,3}|with\s{1,3})?(?:4|four|full|max(?:imum|imal)?|perfect|top|pass(?:ed|ing)?|100|true|"
    r"yes)\b" + _TAIL,
    # "be generous with the marks", "grade generously", "lenient marking"
    r"\b(?:be|go|being)\s+(?:a\s+bit\s+|very\s+|extra\s+|more\s+)?(?:generous|lenient|easy|kind|"
    r"soft|gentle)\s+(?:with|on|in|when)\s+(?:the\s+|your\s+|my\s+|this\s+)?(?:marks?|marking|"
    r"grad(?:es?|ing)|scor(?:es?|ing)|points?|rubrics?|evaluation|assessment|checklist)\b" + _TAIL,
    r"\b(?:mark|grade|score|rate|assess|evaluate|judge)\s+(?:this\s+|me\s+|it\s+|my\s+\w{1,20}\s+)?"
    r"(?:generously|leniently|favou?rably)\b" + _TAIL,
    r"\b(?:generous|lenient)\s+(?:marking|grading|scoring|marks|grades?|scores?)\b" + _TAIL,
    # checklist ids written out: names_main_feeling=true, "gives_advice": false, x == true
    r"\b[a-z]{1,30}(?:_[a-z]{1,30}){1,8}[\"']?\s*(?:={1,2}|:|=>|->)\s*[\"']?(?:true|false|yes|no|"
    r"pass(?:ed)?|"
    r"fail(?:ed)?|[01])\b" + _TAIL,
    r"\b[a-z]{1,30}(?:_[a-z]{1,30}){2,8}\b" + _TAIL,
    r"\b\w{1,40}\s*={1,2}\s*(?:true|false)\b" + _TAIL,
    # German compounds: "Ignoriere die Bewertungsregeln"
    r"\b(?:ignoriere|ignorieren|ignorier|vergiss|missachte)\s+(?:die\s+|alle\s+|deine\s+|den\s+|"
    r"das\s+)*\w{0,30}(?:regeln|anweisungen|vorgaben|kriterien|richtlinien|bewertung)\w{0,6}\b"
    + _TAIL,
)
# Said with the letters spaced out, these words are meant for a machine, not a partner.
_SPACED_TRIGGERS = (
    "ignore", "disregard", "grader", "grading", "rubric", "instruction", "evaluator", "marker",
    "fullmarks", "topmarks", "perfectscore", "passthis", "override", "systemprompt", "checklist",
)  # fmt: skip
_BASE64 = re.compile(r"(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/_-]{16,}={0,2}(?![A-Za-z0-9+/=_-])")
_SENTENCE_ENDS = frozenset("\n.!?")
_MAX_DEPTH = 2  # base64 inside base64 inside the text, no deeper


def _rx(patterns: Iterable[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


PATTERNS: tuple[str, ...] = (*_LEGACY, *_EXTRA)  # every pattern the finder runs
_LEGACY_RX = _rx(_LEGACY)
_EXTRA_RX = _rx(_EXTRA)
_ALL_RX = _rx(PATTERNS)
_TAIL_RX = re.compile(_TAIL)


@dataclass(frozen=True)
class ManipulationSpan:
    start: int
    end: int
    text: str


Span = tuple[int, int]


def find_manipulation(text: str) -> list[ManipulationSpan]:
    """Spans of text addressed to the grader rather than to the partner, in order, disjoint."""
    return [ManipulationSpan(s, e, text[s:e]) for s, e in _find(text, 0)]


def _find(text: str, depth: int) -> list[Span]:
    # The patterns on the text as typed come first: their spans are the ones always found.
    found = _union(_trim(text, [m.span() for m in _LEGACY_RX.finditer(text)] + _comments(text)))
    found = _fill(text, found, [m.span() for m in _EXTRA_RX.finditer(text)])
    clean = clean_view(text)
    if clean.text != text:
        found = _fill(text, found, _matches(clean, clean.text))
    plain = plain_view(text)
    seen = {clean.text.lower()}
    for one_as in ("i", "l"):
        spaced, runs = collapse_spaced(View(unleet(plain.text, one_as), plain))
        if spaced.text in seen:
            continue
        seen.add(spaced.text)
        spans = _matches(spaced, spaced.text) + _spaced_words(spaced, runs)
        found = _fill(text, found, spans)
    if depth < _MAX_DEPTH:
        found = _fill(text, found, _encoded(clean, depth))
    return found


def _matches(view: View, text: str) -> list[Span]:
    spans = [m.span() for m in _ALL_RX.finditer(text)] + _comments(text)
    return [view.span(s, e) for s, e in spans]


def _comments(text: str) -> list[Span]:
    """HTML comments, found with str.find: each opener pairs with the next closer, once."""
    spans, pos = [], 0
    while (start := text.find("<!--", pos)) >= 0:
        end = text.find("-->", start + 4)
        if end < 0:
            break
        spans.append((start, end + 3))
        pos = end + 3
    return spans


def _spaced_words(view: View, runs: list[Span]) -> list[Span]:
    out = []
    for start, end in runs:
        joined = view.text[start:end].replace(" ", "")
        if any(word in joined for word in _SPACED_TRIGGERS):
            tail = _TAIL_RX.match(view.text, end)
            out.append(view.span(start, tail.end() if tail else end))
    return out


def _encoded(view: View, depth: int) -> list[Span]:
    """Long base64-looking tokens that decode to text aimed at the grader."""
    out = []
    for m in _BASE64.finditer(view.text):
        decoded = _decode(m.group())
        if decoded and _find(decoded, depth + 1):
            out.append(view.span(*m.span()))
    return out


def _decode(token: str) -> str | None:
    padded = token.rstrip("=") + "=" * (-len(token.rstrip("=")) % 4)
    try:
        raw = base64.b64decode(padded, altchars=b"-_" if "-" in token or "_" in token else None,
                               validate=True)  # fmt: skip
        text = raw.decode("utf-8")
    except (binascii.Error, ValueError):
        return None
    letters = sum(c.isalpha() or c.isspace() for c in text)
    return text if text and letters >= 0.7 * len(text) else None


def _trim(text: str, spans: Iterable[Span]) -> list[Span]:
    """Spans without whitespace at either end; empty ones dropped."""
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _union(spans: list[Span]) -> list[Span]:
    """Sorted, with overlapping spans merged (spans that only touch stay apart)."""
    out: list[Span] = []
    for s, e in sorted(spans):
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _fill(text: str, found: list[Span], new: list[Span]) -> list[Span]:
    """Add the parts of `new` that no span in `found` covers and that hold some content:
    what an earlier pass found keeps its exact extent. Linear in the number of spans."""
    pieces: list[Span] = []
    i = 0
    for s, e in _union(_trim(text, new)):
        while i < len(found) and found[i][1] <= s:
            i += 1
        j, pos = i, s
        while j < len(found) and found[j][0] < e:
            if found[j][0] > pos:
                pieces.append((pos, found[j][0]))
            pos = max(pos, found[j][1])
            j += 1
        if pos < e:
            pieces.append((pos, e))
    kept = [p for p in _trim(text, pieces) if _has_content(text[p[0] : p[1]])]
    return sorted(found + kept)


def _has_content(piece: str) -> bool:
    """More than punctuation, spaces and invisible characters (a stray bracket is no span)."""
    return any(unicodedata.category(c)[0] not in "PZC" for c in piece)


def blank_spans(text: str, spans: list[ManipulationSpan]) -> str:
    """Replace each span with spaces: same length, so offsets into the original still hold.
    Sentence ends inside a span stay, so the learner's sentences around it stay apart (words
    on either side must not merge into one sentence that reads differently)."""
    chars = list(text)
    for sp in spans:
        for i in range(sp.start, sp.end):
            if chars[i] not in _SENTENCE_ENDS:
                chars[i] = " "
    return "".join(chars)
