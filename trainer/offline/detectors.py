"""Linguistic detectors: each answers one checklist item and says which words decided it.

Pure functions over normalised text (text.py). Context rules live here: questions versus
statements, negated advice, quoted speech (masked before matching), who is upset with whom,
whether the partner asked for advice, and sarcasm.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from trainer.offline import patterns as P
from trainer.offline.feelings import Feeling, PartnerFeelings, feelings_in, partner_feelings
from trainer.offline.text import (
    QUESTION_START,
    Normalized,
    Sentence,
    content_stems,
    normalize,
    sentences,
    stem,
)
from trainer.schema import HiddenTruth, RubricKey


@dataclass(frozen=True)
class Hit:
    """One detector firing: a checklist item and a span of the normalised response."""

    item: str
    start: int
    end: int


@dataclass
class Analysis:
    answers: dict[RubricKey, dict[str, bool]]
    hits: list[Hit]
    sarcasm: bool
    quoted: bool
    upset_with_listener: bool
    partner: PartnerFeelings
    cost_sentences: list[Sentence] = field(default_factory=list)


@dataclass(frozen=True)
class _Ctx:
    resp: Normalized
    stmt: Normalized
    sents: list[Sentence]
    hidden: HiddenTruth | None
    upset: bool
    asked_for_advice: bool
    partner: PartnerFeelings
    stmt_stems: frozenset[str]


def _in_sentence(sents: list[Sentence], pos: int) -> Sentence | None:
    for s in sents:
        if s.start <= pos < s.end + 1:
            return s
    return None


def _find(pattern: re.Pattern[str], ctx: _Ctx, item: str) -> list[Hit]:
    return [Hit(item, m.start(), m.end()) for m in pattern.finditer(ctx.resp.masked)]


def _find_in_sentences(pattern: re.Pattern[str], ctx: _Ctx, item: str) -> list[Hit]:
    """Match sentence by sentence, so ^ and $ anchors mean the sentence's edges."""
    hits: list[Hit] = []
    for s in ctx.sents:
        chunk = ctx.resp.masked[s.start : s.end]
        for m in pattern.finditer(chunk):
            hits.append(Hit(item, s.start + m.start(), s.start + m.end()))
    return hits


def _before(ctx: _Ctx, pos: int, width: int = 80) -> str:
    return ctx.resp.masked[max(0, pos - width) : pos]


# --- not fixing -------------------------------------------------------------------------


def detect_advice(ctx: _Ctx) -> list[Hit]:
    """Directives and suggestions aimed at the partner, with or without "should"."""
    hits: list[Hit] = []
    for m in P.ADVICE.finditer(ctx.resp.masked):
        before = _before(ctx, m.start())
        if P.ADVICE_NEGATED_BEFORE.search(before) or P.REPORTED_BEFORE.search(before):
            continue
        text = m.group()
        # "you can talk to me" is an offer, not advice
        if re.search(r"\b(?:me|us)\s*$", ctx.resp.masked[m.start() : m.end() + 4]):
            continue
        if re.match(r"(?:you|u|ya)\b", text) and _subordinate(before, text):
            continue
        # "you must be exhausted" is an empathic guess, not an order
        if re.match(r"(?:you|u|ya)\s+(?:\w+\s+)?must\s+(?:be|feel|have\s+been)\b", text):
            continue
        # "you just get...": a subject before "just <verb>" makes it a statement
        if re.match(r"(?:just|simply)\b", text) and re.search(
            r"\b(?:you|u|he|she|they|i|we|it|who|that)\s*$", before
        ):
            continue
        if re.search(r"\bof\s+course\s*$", before):
            continue  # "of course you can keep it": permission, not a fix
        sent = _in_sentence(ctx.sents, m.start())
        if (
            sent
            and sent.is_question
            and P.ASKS_PERMISSION.search(ctx.resp.masked[sent.start : sent.end])
        ):
            continue
        hits.append(Hit("gives_advice", m.start(), m.end()))
    for s in ctx.sents:
        chunk = ctx.resp.masked[s.start : s.end]
        # "Then take a different road?" is an imperative with a question mark
        if s.is_question and QUESTION_START.match(chunk):
            continue
        if P.INVITATION.match(chunk) or P.HEDGED_QUESTION.search(chunk):
            continue
        start = P.IMPERATIVE_START.match(chunk)
        if start and not _imperative_is_listener_move(chunk):
            hits.append(Hit("gives_advice", s.start, s.start + start.end()))
    return hits


_CLAUSE_OPENERS = frozenset(
    "so and but or also plus then well ok okay yeah yes honestly seriously really definitely "
    "probably maybe perhaps just now tomorrow tonight today first next still though anyway "
    "babe hun honey love look listen hey please personally instead otherwise because cause point "
    "eventually sometimes day soon later".split()
)
_ADVICE_LEAD_VERBS = frozenset("think believe guess reckon suggest mean bet swear promise".split())


def _subordinate(before: str, text: str) -> bool:
    """'what you can do', 'a language you could join': the modal sits inside a clause."""
    clause = re.split(r"[.!?;,:\n()\-]", before)[-1]
    words = re.findall(r"[a-z']+", clause)
    if not words:
        return False
    last = words[-1]
    if last in _CLAUSE_OPENERS or last in _ADVICE_LEAD_VERBS:
        return False
    if last == "that" and len(words) >= 2 and words[-2] in _ADVICE_LEAD_VERBS | {"feel"}:
        return False
    # "I feel like you should..." is advice; "you feel like you have to..." is a reflection
    return not (last == "like" and len(words) >= 3 and words[-2] == "feel" and words[-3] == "i")


def _imperative_is_listener_move(chunk: str) -> bool:
    return bool(
        re.match(
            rf"^{P.DISCOURSE}(?:tell|talk\s+to|let|give|show|help|walk|forgive|remind|hug|hold)"
            r"\s+(?:me|us)\b|^(?:see|look|listen)\s*,|^(?:get|got)\s+(?:it|that|you)\b|"
            r"^(?:be|feel)\s+(?:proud|angry|sad|upset|whatever)|^(?:do|don't|be)\b\s*(?:you|u)\b|"
            r"^(?:take|thank)\s+(?:your\s+time|you)|^do\s+(?:you|u)\b|^say\s+more|^make\s+sense",
            chunk,
        )
    )


def detect_solution_questions(ctx: _Ctx) -> list[Hit]:
    hits: list[Hit] = []
    for m in _find_in_sentences(P.SOLUTION_QUESTION, ctx, "solution_question"):
        sent = _in_sentence(ctx.sents, m.start)
        if sent is None or not sent.is_question:
            continue
        if P.ASKS_PERMISSION.search(ctx.resp.masked[sent.start : sent.end]):
            continue
        hits.append(m)
    return hits


def detect_plans(ctx: _Ctx) -> list[Hit]:
    hits = []
    for h in _find(P.PROPOSES_PLAN, ctx, "proposes_plan"):
        if re.search(r"\byou(?:'d)?\s+(?:just\s+|really\s+|only\s+)?$", _before(ctx, h.start)):
            continue  # "you want me to see it": their need, reflected
        sent = _in_sentence(ctx.sents, h.start)
        if sent and P.ASKS_PERMISSION.search(ctx.resp.masked[sent.start : sent.end]):
            continue
        hits.append(h)
    return hits


def detect_reassurance(ctx: _Ctx) -> list[Hit]:
    """Reassurance that rushes past a hard feeling. Good news has no feeling to rush past."""
    if ctx.partner.valence == "positive":
        return []
    hits = []
    for m in P.RUSHING_REASSURANCE.finditer(ctx.resp.masked):
        if P.REASSURANCE_NEGATED_BEFORE.search(_before(ctx, m.start())):
            continue
        sent = _in_sentence(ctx.sents, m.start())
        if sent and sent.is_question and not m.group().startswith("don't"):
            continue
        hits.append(Hit("rushing_reassurance", m.start(), m.end()))
    return hits


def detect_silver_lining(ctx: _Ctx) -> list[Hit]:
    return [
        h
        for h in _find(P.SILVER_LINING, ctx, "silver_lining")
        if not P.REASSURANCE_NEGATED_BEFORE.search(_before(ctx, h.start))
    ]


def detect_permission(ctx: _Ctx) -> list[Hit]:
    return _find(P.ASKS_PERMISSION, ctx, "asks_permission")


# --- validation ---------------------------------------------------------------------------


def detect_minimizing(ctx: _Ctx) -> list[Hit]:
    return [
        h
        for h in _find_in_sentences(P.MINIMIZES, ctx, "minimizes")
        if not P.REASSURANCE_NEGATED_BEFORE.search(_before(ctx, h.start))
    ]


def detect_judging(ctx: _Ctx) -> list[Hit]:
    hits = []
    for h in _find(P.JUDGES, ctx, "judges_or_argues"):
        before = _before(ctx, h.start, 40)
        if re.search(
            r"\b(?:not|never|aren't|isn't|no\s+one\s+(?:could|would)\s+say)\s+(?:\w+\s+)?$", before
        ):
            continue
        hits.append(h)
    return hits


def detect_sarcasm(ctx: _Ctx, other_costs: list[Hit]) -> list[Hit]:
    hits = _find_in_sentences(P.SARCASM, ctx, "sarcasm_or_contempt")
    if ctx.partner.valence != "positive" and other_costs:
        hits += _find(P.LAUGH, ctx, "sarcasm_or_contempt")
    return hits


def detect_acknowledgement(ctx: _Ctx, attributed: list[Feeling]) -> list[Hit]:
    hits = [Hit("acknowledges_feeling", f.start, f.end) for f in attributed]
    hits += _find(P.ACKNOWLEDGES, ctx, "acknowledges_feeling")
    return hits


def detect_legitimizing(ctx: _Ctx) -> list[Hit]:
    hits = []
    for h in _find(P.LEGITIMIZES, ctx, "legitimizes_feeling"):
        before = _before(ctx, h.start, 30)
        if re.search(r"\b(?:not|never|doesn't|don't|isn't)\s+(?:\w+\s+)?$", before):
            continue
        hits.append(h)
    return hits


def detect_links(ctx: _Ctx, attributed: list[Feeling]) -> list[Hit]:
    """A named feeling tied to its reason: a causal word after it, or the partner's content."""
    hits = []
    for f in attributed:
        sent = _in_sentence(ctx.sents, f.start)
        if sent is None:
            continue
        after = ctx.resp.masked[f.end : sent.end]
        whole = ctx.resp.masked[sent.start : sent.end]
        causal = re.match(
            r"\s*(?:,\s*)?(?:because|since|after|when|that|about|with|by|over|at|from|as|given|"
            r"to\s+(?:hear|see|find|have|be|come)|cause|and\s+(?:that|then))\b",
            after,
        )
        overlap = ctx.stmt_stems & set(content_stems(whole))
        if causal or len(overlap) >= 1:
            hits.append(Hit("links_feeling_to_cause", f.start, f.end))
    return hits


# Word pairs the matcher may compare. Real statement and reply pairs stay under ~200 (eval
# cases 62, the external data 200); two long runs of a few repeated words reach hundreds of
# thousands, and SequenceMatcher then takes seconds. Such degenerate text is not compared.
MAX_MATCH_PAIRS = 5000


def _comparable(stmt_words: list[str], resp_words: list[str]) -> bool:
    counts = Counter(resp_words)
    return sum(counts[w] for w in stmt_words) <= MAX_MATCH_PAIRS


def detect_echo(ctx: _Ctx) -> list[Hit]:
    """A parrot: the partner's sentence back with pronouns swapped and nothing of one's own."""
    resp_words = _swap_pronouns(_words(ctx.resp.masked))
    stmt_words = _words(ctx.stmt.text)
    if len(resp_words) < 4 or not stmt_words or not _comparable(stmt_words, resp_words):
        return []
    matcher = SequenceMatcher(a=stmt_words, b=resp_words, autojunk=False)
    matched = sum(b.size for b in matcher.get_matching_blocks())
    stmt_set = {stem(w) for w in stmt_words}
    core = [w for w in resp_words if w not in P_ECHO_FILLER]
    new_content = [w for w in core if stem(w) not in stmt_set]
    covered = len({stem(w) for w in core} & stmt_set) / max(
        1, len(set(content_stems(ctx.stmt.text)))
    )
    whole = matched / len(resp_words) >= 0.7 and matched >= 0.5 * len(stmt_words)
    # framing words ("so what I'm hearing is...") around the partner's own sentence
    framed_copy = len(core) >= 3 and len(new_content) <= 1 and covered >= 0.6
    if (whole and len(new_content) <= 3) or framed_copy:
        return [Hit("near_verbatim_echo", 0, len(ctx.resp.masked.rstrip()))]
    return []


P_ECHO_FILLER = frozenset(
    [
        "so",
        "you",
        "i",
        "me",
        "my",
        "your",
        "yours",
        "you're",
        "i'm",
        "that",
        "it",
        "sounds",
        "like",
        "feel",
        "feeling",
        "are",
        "is",
        "was",
        "were",
        "and",
        "the",
        "a",
        "an",
        "just",
        "really",
        "say",
        "saying",
        "said",
        "hear",
        "hearing",
        "what",
        "did",
        "get",
        "right",
        "ok",
        "okay",
    ]
)

_PRONOUN_SWAP = {
    "i": "you",
    "me": "you",
    "my": "your",
    "mine": "yours",
    "myself": "yourself",
    "i'm": "you're",
    "i've": "you've",
    "i'd": "you'd",
    "i'll": "you'll",
    "am": "are",
    "you": "i",
    "your": "my",
    "yours": "mine",
    "yourself": "myself",
    "you're": "i'm",
    "you've": "i've",
    "you'd": "i'd",
    "you'll": "i'll",
}


def _swap_pronouns(words: list[str]) -> list[str]:
    return [_PRONOUN_SWAP.get(w, w) for w in words]


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text)


# --- accuracy --------------------------------------------------------------------------------


def detect_main_point(ctx: _Ctx, excluded: list[Sentence]) -> list[Hit]:
    """Overlap with the partner's content (or the hidden key facts), outside advice and stories."""
    targets = set(ctx.stmt_stems)
    if ctx.hidden:
        for fact in ctx.hidden.key_facts:
            targets |= set(content_stems(normalize(fact).text))
    excluded_ranges = [(s.start, s.end) for s in excluded]
    hits: list[Hit] = []
    seen: set[str] = set()
    # quoted words count here: quoting the partner back is part of reflecting them
    for m in P.WORD_RX.finditer(ctx.resp.text):
        if any(a <= m.start() < b for a, b in excluded_ranges):
            continue
        word = m.group()
        st = stem(word)
        if st in targets and st not in seen and word not in P_ECHO_FILLER and len(word) > 2:
            seen.add(st)
            hits.append(Hit("reflects_main_point", m.start(), m.end()))
    run = _longest_shared_run(ctx)
    if run and not hits:
        hits.append(Hit("reflects_main_point", run[0], run[1]))
    framed = bool(P.REFLECTIVE_FRAME.search(ctx.resp.masked))
    enough = 2 if len(ctx.stmt_stems) >= 6 else 1
    if len(hits) >= enough or (hits and framed):
        return hits
    return []


def _longest_shared_run(ctx: _Ctx, min_words: int = 4) -> tuple[int, int] | None:
    """A run of 4+ words shared with the statement (pronouns swapped): it restates their point."""
    resp_tokens = [
        (m.start(), m.end(), m.group()) for m in re.finditer(r"[a-z0-9']+", ctx.resp.masked)
    ]
    resp_words = _swap_pronouns([t[2] for t in resp_tokens])
    stmt_words = _words(ctx.stmt.text)
    if len(resp_words) < min_words or len(stmt_words) < min_words:
        return None
    if not _comparable(stmt_words, resp_words):
        return None
    block = SequenceMatcher(a=stmt_words, b=resp_words, autojunk=False).find_longest_match()
    if block.size < min_words:
        return None
    shared = resp_words[block.b : block.b + block.size]
    if all(w in P_ECHO_FILLER or w in {"to", "of", "in", "on", "at", "it", "a"} for w in shared):
        return None
    return resp_tokens[block.b][0], resp_tokens[block.b + block.size - 1][1]


def detect_main_feeling(ctx: _Ctx, attributed: list[Feeling]) -> tuple[list[Hit], list[Hit]]:
    """(names_main_feeling hits, wrong_feeling hits) against what the partner feels."""
    right: list[Hit] = []
    wrong: list[Hit] = []
    for f in attributed:
        verdict = ctx.partner.judge(f)
        if verdict == "match":
            right.append(Hit("names_main_feeling", f.start, f.end))
        elif verdict == "conflict":
            wrong.append(Hit("wrong_feeling", f.start, f.end))
    if right:
        return right, []
    return [], wrong


def detect_need_or_check(ctx: _Ctx) -> list[Hit]:
    hits = _find(P.CHECKS_UNDERSTANDING, ctx, "captures_need_or_checks")
    hits += _find(P.NEED, ctx, "captures_need_or_checks")
    if ctx.hidden and ctx.hidden.need:
        need_stems = set(content_stems(normalize(ctx.hidden.need).text)) - ctx.stmt_stems
        for m in P.WORD_RX.finditer(ctx.resp.masked):
            if stem(m.group()) in need_stems and len(m.group()) > 3:
                hits.append(Hit("captures_need_or_checks", m.start(), m.end()))
                break
    return hits


def detect_distortion(ctx: _Ctx) -> list[Hit]:
    """Absolutes the partner never used ("he always does this"), or a feeling blown up."""
    if re.search(r"\b(?:always|never|every|constantly|all\s+the\s+time|hates?)\b", ctx.stmt.text):
        return []  # the partner used absolutes themselves
    hits = []
    for m in P.ABSOLUTES.finditer(ctx.resp.masked):
        sent = _in_sentence(ctx.sents, m.start())
        chunk = ctx.resp.masked[sent.start : sent.end] if sent else ""
        about_them = P.YOU_REF.search(chunk) or re.search(r"\b(?:he|she|they|your)\b", chunk)
        lead = chunk[: max(0, m.start() - (sent.start if sent else 0))]
        if about_them and not P.SELF_REF.search(lead):
            hits.append(Hit("distorts_facts", m.start(), m.end()))
    return hits


def detect_motives(ctx: _Ctx) -> list[Hit]:
    hits = []
    for h in _find(P.IMPUTES_MOTIVE, ctx, "imputes_motive"):
        span_text = ctx.resp.masked[h.start : h.end]
        if ctx.stmt.text.find(span_text.strip()) >= 0:
            continue  # the partner said it themselves
        hits.append(h)
    return hits


# --- not hijacking ----------------------------------------------------------------------------


def _self_sentences(ctx: _Ctx) -> list[Sentence]:
    """Sentences about the listener: first person, not a listener move, no "you" focus."""
    out = []
    for s in ctx.sents:
        chunk = ctx.resp.masked[s.start : s.end]
        moves = "".join(" " * (m.end() - m.start()) for m in P.LISTENER_MOVES.finditer(chunk))
        stripped = P.LISTENER_MOVES.sub(lambda m: " " * (m.end() - m.start()), chunk)
        del moves
        n_self = len(P.SELF_REF.findall(stripped))
        n_you = len(P.YOU_REF.findall(stripped))
        if n_self >= 1 and n_self > n_you:
            out.append(s)
    return out


# Bounded windows only: an unbounded [^.?!]* here made long inputs quadratic.
_EXPERIENCE = re.compile(
    r"\bi\s+(?:couldn't|didn't|wasn't|never|still|once|also|even|basically|literally)\b|"
    r"\bmy\s+\w+\s+(?:died|passed|left|was|had)\b|"
    r"\bi\s+(?:\w+\s+)?(?:[a-z]{3,}ed|ran|went|had|did|got|saw|felt|lost|took|made|said|told|came|left|"
    r"knew|found|gave|kept|began|wrote|spent|bought|brought|sat|stood|met|won|fell|broke|drove|flew|"
    r"ate|drank|slept|quit|grew|swam|rode|sang|taught)\b|"
    r"\b(?:i|i've|i'd|i'm|we|we've|my)\b[^.?!]{0,400}\b(?:had|felt|went|been|lost|failed|tried|stopped|did|"
    r"used\s+to|dealt|struggled|got|was|were|remember|experienced|find|found|like|love|hate|work|"
    r"worked|live|lived|started|spoke|talked|also|too|as\s+well|myself|personally|have\s+a|"
    r"have\s+(?:some|a\s+few|one|two)|know\s+(?:a\s+lot|people|someone)|learned|went\s+through)\b"
)


def detect_hijacking(ctx: _Ctx) -> tuple[list[Hit], list[Sentence]]:
    """me-too stories, brief me-too, counter-complaints, defending, self-centring, topic change."""
    hits: list[Hit] = []
    self_sents = _self_sentences(ctx)
    partner_sents = [s for s in ctx.sents if s not in self_sents]
    me_too = _find_in_sentences(P.ME_TOO, ctx, "me_too_story")
    experience = (
        []
        if ctx.upset
        else [s for s in self_sents if _EXPERIENCE.search(ctx.resp.masked[s.start : s.end])]
    )
    marker_sents = [s for s in self_sents if any(s.start <= h.start < s.end + 1 for h in me_too)]
    story_parts = list(dict.fromkeys([*marker_sents, *experience]))
    story_words = sum(len(_words(ctx.resp.masked[s.start : s.end])) for s in story_parts)
    partner_focus = any(
        P.YOU_REF.search(ctx.resp.masked[s.start : s.end])
        or P.ACKNOWLEDGES.search(ctx.resp.masked[s.start : s.end])
        for s in partner_sents
    )
    story_sents: list[Sentence] = []
    if me_too or experience:
        is_story = (
            len(story_parts) >= 2 or story_words >= 12 or (bool(story_parts) and not partner_focus)
        )
        if is_story:
            hits += me_too or [Hit("me_too_story", s.start, s.end) for s in story_parts[:1]]
            story_sents = story_parts
        elif me_too:
            hits += [Hit("brief_me_too", h.start, h.end) for h in me_too]
    hits += _find(P.COUNTER_COMPLAINT, ctx, "counter_complaint")
    hits += _find(P.DEFENDS_STRONG, ctx, "defends_self")
    if ctx.upset:
        hits += _find(P.DEFENDS, ctx, "defends_self")
    centers = _find(P.CENTERS_SELF, ctx, "centers_self")
    apologies = len(re.findall(r"\b(?:sorry|apologi[sz]e)\b", ctx.resp.masked))
    dominated = len(self_sents) >= 3 and len(self_sents) > len(partner_sents)
    if centers or (apologies >= 3 and len(self_sents) >= 2) or (dominated and not story_sents):
        hits += centers or [Hit("centers_self", self_sents[0].start, self_sents[0].end)]
    if not any(h.item != "brief_me_too" for h in hits):
        hits += _detect_topic_change(ctx)
    return hits, story_sents


def _detect_topic_change(ctx: _Ctx) -> list[Hit]:
    hits = []
    for h in _find(P.TOPIC_CHANGE, ctx, "changes_subject"):
        sent = _in_sentence(ctx.sents, h.start)
        chunk = ctx.resp.masked[sent.start : sent.end] if sent else ""
        explicit = re.search(
            r"\b(?:anyway|by\s+the\s+way|speaking\s+of|note|subject|unrelated|random)", chunk
        )
        # "did you sign the slip?" is a topic change only when it is not about what they raised
        if explicit or not (set(content_stems(chunk)) & ctx.stmt_stems):
            hits.append(h)
    if hits:
        return hits
    # No marker: a remark with nothing of theirs in it, no feeling, no one in it ("Did you know
    # octopuses have three hearts?") has left the subject.
    text = ctx.resp.masked
    words = _words(text)
    if (
        len(words) >= 5
        and not (set(content_stems(ctx.resp.text)) & ctx.stmt_stems)
        and not feelings_in(text)
        and not P.ACKNOWLEDGES.search(text)
        and not P.SELF_REF.search(text)
        and (not P.YOU_REF.search(text) or re.match(r"\s*did\s+(?:you|u)\s+know\b", text))
        and not P.REFLECTIVE_FRAME.search(text)
        # continuing their thread: "so...", "but that...", "people do..." refer back to it
        and not re.search(
            r"\b(?:that|this|it|it's|that's|those|these|they|them|such|people|there)\b", text
        )
        and not re.match(
            r"\s*(?:so|but|and|yeah|yes|right|mm|okay|ok|well|oh|uh|um|sure|true)\b", text
        )
    ):
        return [Hit(_OFF_TOPIC, 0, len(text.rstrip()))]
    return []


_OFF_TOPIC = "changes_subject"


# --- the whole checklist ------------------------------------------------------------------------


def analyze(
    response: str, statement: str, context: str | None, hidden: HiddenTruth | None
) -> Analysis:
    resp = normalize(response)
    stmt = normalize(statement if not context else f"{statement}\n{context}")
    stmt_only = normalize(statement)
    partner = partner_feelings(stmt_only.text, hidden)
    upset = bool(P.UPSET_WITH_LISTENER.search(stmt_only.text)) or bool(
        hidden and hidden.trap == "defending"
    )
    asked = hidden.asked_for_advice if hidden else bool(P.ASKED_FOR_ADVICE.search(stmt_only.text))
    ctx = _Ctx(
        resp=resp,
        stmt=stmt,
        sents=sentences(resp.masked),
        hidden=hidden,
        upset=upset,
        asked_for_advice=asked,
        partner=partner,
        stmt_stems=frozenset(content_stems(stmt.text)),
    )
    attributed = [f for f in feelings_in(resp.masked) if f.attributed_to_partner]

    fixing = detect_advice(ctx) + detect_solution_questions(ctx) + detect_plans(ctx)
    topic_sents = [
        _in_sentence(ctx.sents, h.start) for h in _find(P.TOPIC_CHANGE, ctx, "changes_subject")
    ]
    fixing = [h for h in fixing if _in_sentence(ctx.sents, h.start) not in topic_sents]
    if asked:
        fixing = []  # solicited: advice is what they asked for
    reassurance = detect_reassurance(ctx)
    silver = detect_silver_lining(ctx)
    permission = detect_permission(ctx)
    minimizing = detect_minimizing(ctx)
    judging = detect_judging(ctx)
    hijack, story_sents = detect_hijacking(ctx)
    sarcasm = detect_sarcasm(
        ctx, minimizing + judging + [h for h in hijack if h.item != "brief_me_too"]
    )
    echo = detect_echo(ctx)
    about_problem = fixing + reassurance + silver + minimizing + judging + sarcasm
    if about_problem:  # a bad answer to their problem is still on their problem
        whole = len(ctx.resp.masked.rstrip())
        hijack = [
            h for h in hijack if not (h.item == _OFF_TOPIC and h.start == 0 and h.end == whole)
        ]
    if sarcasm and ctx.upset and not any(h.item == "defends_self" for h in hijack):
        # a sarcastic retort to a partner who is upset with you defends you, not them
        hijack.append(Hit("defends_self", sarcasm[0].start, sarcasm[0].end))

    cost_sents = [
        s
        for s in ctx.sents
        if any(s.start <= h.start < s.end + 1 for h in fixing + minimizing + judging + sarcasm)
    ]
    excluded = cost_sents + story_sents
    main_point = detect_main_point(ctx, excluded)
    named, wrong = detect_main_feeling(ctx, attributed)
    need = detect_need_or_check(ctx)
    distort = detect_distortion(ctx)
    motives = detect_motives(ctx)
    ack = detect_acknowledgement(ctx, attributed)
    legit = detect_legitimizing(ctx)
    links = detect_links(ctx, attributed)

    bang = re.search(r"!{2,}", ctx.resp.text)
    if ctx.partner.valence == "positive" and bang:
        ack.append(Hit("acknowledges_feeling", bang.start(), bang.end()))  # shared excitement
    if (ack or attributed) and main_point and not links:
        # a feeling acknowledged as a response to what actually happened to them
        first = (ack or [Hit("links_feeling_to_cause", a.start, a.end) for a in attributed])[0]
        links = [Hit("links_feeling_to_cause", first.start, first.end)]
    if sarcasm:  # sarcastic warmth earns nothing
        ack, legit, links, named = [], [], [], []
    if echo:
        legit = []
        if main_point and (
            not ctx.partner.words or any(w in ctx.resp.masked for w in ctx.partner.words)
        ):
            # a parrot reproduces the partner's own words, feeling included: accurate, but thin
            named = named or [Hit("names_main_feeling", 0, len(ctx.resp.masked.rstrip()))]

    hits = (
        fixing
        + reassurance
        + silver
        + permission
        + minimizing
        + judging
        + hijack
        + sarcasm
        + echo
        + main_point
        + named
        + wrong
        + need
        + distort
        + motives
        + ack
        + legit
        + links
    )
    fired = {h.item for h in hits}
    answers: dict[RubricKey, dict[str, bool]] = {
        "accuracy": {
            i: i in fired
            for i in (
                "reflects_main_point",
                "names_main_feeling",
                "captures_need_or_checks",
                "wrong_feeling",
                "distorts_facts",
                "imputes_motive",
            )
        },
        "validation": {
            i: i in fired
            for i in (
                "acknowledges_feeling",
                "legitimizes_feeling",
                "links_feeling_to_cause",
                "minimizes",
                "judges_or_argues",
                "sarcasm_or_contempt",
                "near_verbatim_echo",
            )
        },
        "not_fixing": {
            i: i in fired
            for i in (
                "gives_advice",
                "solution_question",
                "proposes_plan",
                "rushing_reassurance",
                "silver_lining",
                "asks_permission",
            )
        },
        "not_hijacking": {
            i: i in fired
            for i in (
                "me_too_story",
                "defends_self",
                "counter_complaint",
                "changes_subject",
                "centers_self",
                "brief_me_too",
            )
        },
    }
    return Analysis(
        answers=answers,
        hits=hits,
        sarcasm=bool(sarcasm),
        quoted=resp.masked != resp.text,
        upset_with_listener=upset,
        partner=partner,
        cost_sentences=cost_sents + story_sents,
    )
