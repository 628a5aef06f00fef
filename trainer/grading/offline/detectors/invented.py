"""What a reflection adds that the partner never gave: a person or a sum (distorts_facts), or a
motive read into someone (imputes_motive). Absolutes and events blown up are in distorted.py."""

from __future__ import annotations

import re

from trainer.grading.offline.amounts import loose_but_far, resized
from trainer.grading.offline.detectors.context import (
    Ctx,
    Hit,
    find_hits,
    named_in,
    overlaps,
    sentence_at,
)
from trainer.grading.offline.feeling_matcher import lookup as feeling_lookup
from trainer.grading.offline.paraphrase import field_hits, fields_of, people_fields
from trainer.grading.offline.patterns import accuracy as A
from trainer.grading.offline.patterns import hijacking as H
from trainer.grading.offline.patterns import motives as M
from trainer.grading.offline.patterns import statement as S
from trainer.grading.offline.text import (
    QUESTION_START,
    STOPWORDS,
    Sentence,
    content_stems,
    normalize,
    stem,
)


def detect_invented(ctx: Ctx, excluded: list[Sentence]) -> list[Hit]:
    """Facts they never gave, said back as theirs: a person of a kind they never spoke of ("and
    your mother saw the mess" for dishes left in the sink), or a number of the listener's own
    ("thousands in debt" for going over budget). A person they spoke of by name or as he/she may
    be said back as "your sister", once, when the reply does not name them too."""
    target = ctx.stmt.text
    if ctx.hidden:
        target += "\n" + "\n".join(normalize(f).text for f in ctx.hidden.key_facts)
    theirs = fields_of(target)
    people = people_fields()
    unnamed = _people_not_said_back(ctx)
    hits: list[Hit] = []
    for sent in ctx.sents:
        if sent in excluded:
            continue
        chunk = ctx.resp.masked[sent.start : sent.end]
        if asks(sent, chunk):
            continue  # "was your mum there?" asks; it asserts nothing
        # a sum or a length of time said back ("three hours at a bus stop", "a whole month
        # without sleep?") needs no "you"
        kept, changed = resized(target, chunk)
        if not H.SELF_REF.search(chunk) or H.YOU_REF.search(chunk):
            for a in changed:
                # "an hour" is loose talk; "a whole month" insists on its size
                size = chunk[a.start : a.end].strip()
                loose = re.match(r"(?:an?|half)\b(?!\s+(?:whole|full|entire|solid)\b)", size, re.I)
                if not loose or loose_but_far(a, target):
                    # "three grand" for "three hundred quid", "three hours" for forty minutes
                    hits.append(Hit("distorts_facts", sent.start + a.start, sent.start + a.end))
        if not (H.YOU_REF.search(chunk) or A.REFLECTIVE_FRAME.search(chunk)):
            continue
        if sent.is_question and not A.TENTATIVE_REFLECTION.match(chunk):
            continue  # a person or a figure in any question ("...your dad's?", "[00:05:46]?") checks
        fhs = [h for h in field_hits(chunk)]
        for fh in fhs:
            if fh.field not in people or A.OWN_PERSON.search(chunk[: fh.start]):
                continue
            if re.match(r"(?:my|our)\b", chunk[fh.start : fh.end]):
                continue  # "my parents" for their "your mum and dad": the listener's own people
            if re.search(r"\b(?:tag|dream)\s+$", chunk[: fh.start]):
                continue  # "a good tag team", "the dream team": a figure of speech, not people
            if _addressed(chunk, fh.start, fh.end):
                continue  # "Mate, ...", "Aw pal, ...", "..., Dad, ...": said to them
            if fh.field in _PEERS and S.PEER_GROUP.search(target):
                continue  # "your mates" for "everyone else on my course"
            if _called(ctx, chunk[: fh.start]):
                continue  # "Pepper was your little buddy", "Biscuit, your wee pal"
            if A.ROLE_OF_THEIRS.search(chunk[: fh.start]) or A.DESCRIBED_AS_THEIRS.search(
                chunk[: fh.start]
            ):
                continue  # "being a patient mum", "you're a good friend": the partner themselves
            spans = {h.field for h in fhs if h.start < fh.end and fh.start < h.end} & people
            if spans & theirs or stem(chunk[fh.start : fh.end]) in ctx.stmt_stems:
                continue
            if unnamed > 0:
                unnamed -= 1
                continue
            hits.append(Hit("distorts_facts", sent.start + fh.start, sent.start + fh.end))
        for m in A.NUMBER.finditer(chunk):
            if any(a.start <= m.start() < a.end for a in kept + changed):
                continue  # "£300" for "three hundred quid": the same sum in figures
            said = bool(re.search(rf"\b{re.escape(m.group('n'))}\b", target))
            if m.group("n").startswith("every") and A.ABSOLUTES_THEIRS.search(target):
                said = True  # "every single time" for "he keeps doing it"
            if not said:
                hits.append(Hit("distorts_facts", sent.start + m.start(), sent.start + m.end()))
    return hits


_AT_PARTNER = re.compile(
    r"(?:you\b|you're\b|part\s+of\s+you\b|deep\s+down\s+you\b|secretly\s+you\b|"
    r"i\s+think\s+(?:really|actually|deep\s+down|secretly)\b)"
)


def motives_judging(ctx: Ctx, motives: list[Hit]) -> list[Hit]:
    """A motive read into the partner themselves ("part of you wants us all to see how much you
    do", "really you're still cross about Christmas") argues with the feeling they told: it
    costs validation as well as accuracy. One read into someone else does not, and neither does
    a belief put in their head ("you think I'll be angry"), which misreads but allows the feeling."""
    return [
        Hit("judges_or_argues", h.start, h.end)
        for h in motives
        if _AT_PARTNER.match(ctx.resp.masked[h.start : h.end])
        and not M.BELIEF_READ_IN.match(ctx.resp.masked[h.start : h.end])
    ]


def asks(sent: Sentence, chunk: str) -> bool:
    """A real question ("was your mum there?", "did they cancel it?") asserts nothing; a statement
    with a question mark ("A whole month without sleep?") and a tentative reflection ("so you
    feel left out?") still say it back as so."""
    return (
        sent.is_question
        and bool(QUESTION_START.match(chunk.strip()))
        and not A.TENTATIVE_REFLECTION.match(chunk)
    )


def _addressed(chunk: str, start: int, end: int) -> bool:
    """A one-word form of address, not a person in their story: opening the sentence after at
    most an interjection ("Mate, ...", "Aw pal, ...") or set off by commas ("a real blow, Mum, I
    can see why", "..., love.")."""
    if " " in chunk[start:end].strip():
        return False
    before, after = chunk[:start], chunk[end:]
    if A.VOCATIVE.match(chunk[start:]) and (
        not before.strip(" ,.!") or A.INTERJECTION_LEAD.fullmatch(before)
    ):
        return True
    return before.rstrip().endswith(",") and bool(re.match(r"\s*(?:[,.!?]|$)", after))


_PEERS = frozenset({"friend", "colleague"})
# a name, then "was your little", "is his", ", your wee": the person word is what they were
_CALLED = re.compile(
    r"\b(?P<name>[a-z]+)(?:\s+(?:was|is|'s|were)|\s*,)\s+(?:your|his|her|their|such\s+a|a)\s+"
    r"(?:\w+\s+){0,2}$"
)


def _called(ctx: Ctx, before: str) -> bool:
    """The person word describes someone they named ("Pepper was your little buddy")."""
    m = _CALLED.search(before)
    return m is not None and named_in(m["name"], ctx.stmt.original)


def _people_not_said_back(ctx: Ctx) -> int:
    """1 when they spoke of someone by name, or as he/she/they, whom the reply does not name."""
    capitalised = re.finditer(r"\b[A-Z][a-z]{2,}\b", ctx.stmt.original)
    names = {
        (m.group().lower(), not re.search(r"(?:^|[.!?]\s*)$", ctx.stmt.original[: m.start()]))
        for m in capitalised
        if m.group().lower() not in STOPWORDS and m.group().lower() not in A.NOT_A_NAME
    }
    named_back = {n for n, _ in names if re.search(rf"\b{n}\b", ctx.resp.masked)}
    # a sentence's first word may be a name ("Maya came home") or not ("Honestly"): it counts
    # only when the reply says it back
    if {n for n, inside in names if inside} - named_back:
        return 1
    if not named_back and re.search(r"\b(?:he|she|him|her|his|they|them)\b", ctx.stmt.text):
        return 1
    return 0


_THINK_REASON = re.compile(r"because\s+(?:he|she|they)\s+(?:think|thinks|thought|reckon|believe)")


# what others will think of them, said back: "the group thinking you're blanking them on purpose"
_OTHERS_READING = re.compile(
    r"\b(?:think|thinking|thinks|thought|assume|assuming|assumes|reckon|reckoning|believe|believing)\s+"
    r"(?:that\s+)?(?:you|you're|you've|you'd|u|ur)\b[^.!?]*$"
)
_THEY_FEAR_READING = re.compile(
    r"(?:\b(?:will|gonna|might|would|going\s+to)|'ll|'d)\s+(?:all\s+)?(?:think|assume|reckon)"
    r"\s+(?:that\s+)?i\b|\b(?:worried|scared|afraid)\s+(?:that\s+)?(?:they|he|she|people|everyone)\s+(?:think|thinks|"
    r"will\s+think)\b"
)


def detect_motives(ctx: Ctx) -> list[Hit]:
    """Motives they never stated ("she's obviously stalling"), unless said back as theirs."""
    hits = []
    for h in find_hits(M.IMPUTES_MOTIVE, ctx, "imputes_motive"):
        span_text = ctx.resp.masked[h.start : h.end]
        sent = sentence_at(ctx.sents, h.start)
        if sent and asks(sent, ctx.resp.masked[sent.start : sent.end]):
            continue  # "do you think he's doing it on purpose?" asks; it asserts nothing
        if "hiding behind" in span_text and re.search(r"\bhid(?:e|es|ing)?\b", ctx.stmt.text):
            continue  # their own figure ("he hides behind company policy") said back
        if ctx.stmt.text.find(span_text.strip()) >= 0 or A.THEIR_READING.search(
            ctx.resp.masked[max(0, h.start - 30) : h.start]
        ):
            continue  # the partner said it themselves, or it is said back as their reading
        if re.search(r"\bwant\s+(?:me|us)\s+to\b", span_text) and re.search(
            r"\bi\s+(?:just\s+|really\s+|only\s+)?(?:want|need|wanted|needed)\s+(?:you|u)\s+to\b",
            ctx.stmt.text,
        ):
            continue  # "I just want you to choose me" said back as "you just want me to choose you"
        if _THINK_REASON.match(span_text) and S.SOMEONE_SAID.search(ctx.stmt.text):
            continue  # "because she thinks you're not the right fit" for "she says I'm not fit"
        if _OTHERS_READING.search(ctx.resp.masked[max(0, h.start - 60) : h.start]) and (
            _THEY_FEAR_READING.search(ctx.stmt.text)
        ):
            continue  # "the group thinking you're ignoring them on purpose": the reading they fear
        hits.append(h)
    if not M.KIND_INTENT_THEIRS.search(ctx.stmt.text):
        hits += find_hits(M.KIND_INTENT, ctx, "imputes_motive")
    hits += [g for g in _guessed(ctx) if not overlaps(g, hits)]
    hits += [b for b in _belief_read_in(ctx) if not overlaps(b, hits)]
    for m in M.PREJUDICE.finditer(ctx.resp.masked):
        if stem(m["what"].split()[-1]) not in ctx.stmt_stems:
            hits.append(Hit("imputes_motive", m.start(), m.end()))
    return hits


def _guessed(ctx: Ctx) -> list[Hit]:
    """A reason or state guessed for someone that they never gave ("she's obviously avoiding
    you", "he knows you won't push back"); a question asks, and their own word is theirs."""
    hits = []
    said = S.SOMEONE_SAID.search(ctx.stmt.text)
    for m in M.GUESSED_STATE.finditer(ctx.resp.masked):
        what, who = m["what"] or m["what2"], m["who"] or m["who2"]
        if who in ("he", "she", "they"):
            known = what in M.GUESSED_WORDS or feeling_lookup(what) is not None
        else:  # "coach is def punishing you": someone they spoke of, by a trait or a reason only
            known = stem(who) in ctx.stmt_stems and who not in STOPWORDS and what in M.GUESSED_WORDS
        hedged = re.search(rf"\b(?:probably|obviously|clearly|must\s+be)\s+{what}\b", ctx.stmt.text)
        causes = what == "got" and re.match(
            r"\s+(?:you|u|him|her|them|me)\b", ctx.resp.masked[m.end() :]
        )
        if (
            known
            and stem(what) not in ctx.stmt_stems
            and not hedged
            and not causes
            and not _asked(ctx, m.start())
        ):
            hits.append(Hit("imputes_motive", m.start(), m.end()))
    if not said:
        for m in M.READ_THOUGHT.finditer(ctx.resp.masked):
            hit = Hit("imputes_motive", m.start(), m.end())
            if not overlaps(hit, hits) and not _asked(ctx, m.start()):
                hits.append(hit)
    return hits


_THEIR_BELIEF = re.compile(
    r"\bi\s+(?:don't\s+|do\s+not\s+|really\s+|honestly\s+)?(?:think|reckon|believe|suspect|feel\s+like)\b|"
    r"\bi(?:'m|\s+am)\s+(?:sure|convinced|starting\s+to\s+think)\b"
)


def _belief_read_in(ctx: Ctx) -> list[Hit]:
    """A belief put in their head that nothing they said holds: "you think I'm losing interest"
    for short texts, "because you think I'll be angry" for guilt over a purchase. Said back from
    their words ("I feel like you don't rate my job" -> "you think I don't rate your job"), it is
    theirs; asked ("do you think I'm...?"), it checks."""
    if _THEIR_BELIEF.search(ctx.stmt.text):
        return []  # "I don't think she rates me" -> "you think she doesn't value you": theirs
    hits = []
    theirs = fields_of(ctx.stmt.text)
    for m in M.BELIEF_READ_IN.finditer(ctx.resp.masked):
        # the belief is theirs when its predicate echoes them: the person it is about ("your
        # manager thinks...") is not enough
        pred = m["clause"][len(m["who"]) :]
        said = {w for w in content_stems(pred) if w not in STOPWORDS}
        shared = said & ctx.stmt_stems
        if len(shared) >= 2 or shared == said or fields_of(pred) & theirs or _asked_plainly(ctx, m):
            continue
        hits.append(Hit("imputes_motive", m.start(), m.end()))
    return hits


def _asked_plainly(ctx: Ctx, m: re.Match[str]) -> bool:
    sent = sentence_at(ctx.sents, m.start())
    return bool(sent and asks(sent, ctx.resp.masked[sent.start : sent.end]))


def _asked(ctx: Ctx, at: int) -> bool:
    """A real question asks ("is she avoiding you?"); "you feel she's..." is their reading."""
    sent = sentence_at(ctx.sents, at)
    return bool(sent and asks(sent, ctx.resp.masked[sent.start : sent.end])) or bool(
        A.THEIR_READING.search(ctx.resp.masked[max(0, at - 30) : at])
    )
