"""Text aimed at the grader inside a learner's response: found, flagged, blanked, never obeyed.

Shared by both graders. Blanking keeps every offset, so evidence still points at the
learner's own words, and the rest of the response is graded as if the instruction were absent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_PATTERNS: tuple[str, ...] = (
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
    r"\b(?:pretend|act|behave|role-?play)\s+(?:you\s+are|to\s+be|as)\s+[^\n.!?]*[.!?]?"
    r"(?:grader|evaluator|judge|model|assistant|ai)\b[^\n.!?]*[.!?]?",
    r"\bnew\s+(?:instructions?|rules?|task)\s*:[^\n.!?]*[.!?]?",
    r"\bplease\s+(?:just\s+)?(?:pass|approve|accept|grade)\s+(?:this|me|my)\b[^\n.!?]*[.!?]?",
    r"\bthis\s+(?:response|reply|answer)\s+(?:restates|names|validates|meets|passes|shows|demonstrates|"
    r"checks|ticks|satisfies|follows|avoids|doesn't\s+fix)\b[^\n]*",
    r"<!--[\s\S]*?-->",
    r"\b(?:developer|admin|god|debug)\s+mode\b[^\n.!?]*[.!?]?",
    r"\bjailbreak\b[^\n.!?]*[.!?]?",
    r"\bsystem\s+(?:prompt|message|override|instruction)\b[^\n.!?]*[.!?]?",
    r"(?:^|\n)\s*#{1,4}\s*(?:system|instructions?|assistant|grader|admin)\b[^\n.!?]*[.!?]?",
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

_MANIPULATION = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE)


@dataclass(frozen=True)
class ManipulationSpan:
    start: int
    end: int
    text: str


def find_manipulation(text: str) -> list[ManipulationSpan]:
    """Spans of text addressed to the grader rather than to the partner."""
    spans: list[ManipulationSpan] = []
    for m in _MANIPULATION.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append(ManipulationSpan(s, e, text[s:e]))
    return spans


def blank_spans(text: str, spans: list[ManipulationSpan]) -> str:
    """Replace each span with spaces: same length, so offsets into the original still hold."""
    chars = list(text)
    for sp in spans:
        for i in range(sp.start, sp.end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)
