"""What happened, changed in the saying back (distorts_facts): an absolute they never used ("he
always does this"), an event blown up into a stronger one ("postponed" said back as "cancelled",
"borrowed" as "stole"), someone or a day swapped for another of the same kind ("your brother"
for "my sister"), and the thing the partner ruled out said back as what they want ("I'm not
saying I want to quit" -> "so you want to quit")."""

from __future__ import annotations

import re

from trainer.grading.offline.detectors.context import Ctx, Hit, named_in, overlaps, sentence_at
from trainer.grading.offline.detectors.invented import asks
from trainer.grading.offline.feeling_matcher import lookup as feeling_lookup
from trainer.grading.offline.paraphrase import escalations_for, fields_of, people_fields, swaps_for
from trainer.grading.offline.patterns import accuracy as A
from trainer.grading.offline.patterns import hijacking as H
from trainer.grading.offline.patterns import statement as S
from trainer.grading.offline.text import STOPWORDS, Sentence, content_stems, normalize, stem

# a negation earlier in the clause ("it wasn't cancelled", "not about leaving") says it back as
# ruled out, which is faithful
_NEGATED = re.compile(
    r"(?:\b(?:not|never|no|less|rather\s+than|instead\s+of|without|nothing)\b|n't\b)[^,;:]*$"
)
# the reply casting it as their wish or plan: "so you want to...", "you're ready to...", "you want
# me to...", "you're thinking of..."
_WISH_FRAME = re.compile(
    r"\byou(?:'re|\s+are|'d|\s+would)?\s+(?:\w+\s+)?(?:want|wanting|wanna|ready|thinking\s+(?:of|"
    r"about)|planning|going|gonna|considering|asking|prefer|rather|need|done\s+with)\b"
)
# "about the bins", "because the bins keep...": said as what it is about, or as the reason
_ABOUT = re.compile(r"\b(?:about|over|because|cause|'cause)\b")


def _asserting(ctx: Ctx, excluded: list[Sentence]) -> list[Sentence]:
    """The reply's sentences that say something back as so: not the listener's own story, not a
    real question."""
    return [
        s for s in ctx.sents if s not in excluded and not asks(s, ctx.resp.masked[s.start : s.end])
    ]


def detect_escalated(ctx: Ctx, excluded: list[Sentence]) -> list[Hit]:
    """An event said back as a stronger one the partner never reported (the escalations of
    meaning.yaml)."""
    patterns = escalations_for(ctx.stmt.text)
    if not patterns:
        return []
    hits: list[Hit] = []
    for s in _asserting(ctx, excluded):
        chunk = ctx.resp.masked[s.start : s.end]
        for rx in patterns:
            for m in rx.finditer(chunk):
                if re.search(
                    r"\b(?:feel|felt|feeling|feels)\s+(?:so\s+|really\s+|a\s+bit\s+)?$",
                    chunk[: m.start()],
                ):
                    continue  # "you feel robbed": how it landed, not a theft reported
                if not _NEGATED.search(chunk[: m.start()]):
                    hits.append(Hit("distorts_facts", s.start + m.start(), s.start + m.end()))
    return hits


# the listener in the clause before it ("my sister", "when I lost Grandpa", "I'd ring them first
# thing Monday"): their own people and plans, not the partner's said back
_LISTENER = re.compile(r"\b(?:i|me|my|mine|myself|i'm|i've|i'd|i'll|let's)\b")


def detect_swapped(ctx: Ctx, excluded: list[Sentence]) -> list[Hit]:
    """Someone or a day of the same kind as theirs put in place of theirs (the swaps of
    meaning.yaml): "your brother" for "my sister", "your cat" for "our dog", "on Thursday" for
    "on Tuesday". Not in a real question ("was it Thursday?") or a piece of advice, which say
    nothing back."""
    target = ctx.stmt.text
    if ctx.hidden:
        target += "\n" + "\n".join(normalize(f).text for f in ctx.hidden.key_facts)
    patterns = swaps_for(target)
    hits: list[Hit] = []
    for s in _asserting(ctx, excluded) if patterns else []:
        chunk = ctx.resp.masked[s.start : s.end]
        if A.ADVICE_CLAUSE.search(chunk):
            continue
        for rx in patterns:
            for m in rx.finditer(chunk):
                # upset with the listener, the listener's own acts are their facts ("I've been
                # distant for weeks" for "the last few days")
                if ctx.upset or not _LISTENER.search(chunk[: m.start()]):
                    hits.append(Hit("distorts_facts", s.start + m.start(), s.start + m.end()))
    return hits


# "one reply", "two calls", "a couple of texts": a count they gave
_COUNTED = re.compile(
    r"(?<!no\s)(?<!not\s)(?<!any\s)(?<!every\s)(?<!each\s)(?<!the\s)\b(?:one|two|three|four|five|"
    r"a\s+couple\s+of|a\s+few|a\s+handful\s+of|\d+)\s+(?P<n>[a-z]+)\b"
)
# "only Amira replied", "only two of them came": some did
_ONLY_SOME = re.compile(
    r"\bonly\s+(?:[a-z']+\s+){1,5}?(?P<n>[a-z]{3,}ed|came|turned\s+up|showed\s+up|rang|said|wrote|"
    r"sent|gave|bothered)\b"
)
# "not a single reply", "zero texts", "nobody donated", "none of them replied": said back as none
_NONE = re.compile(
    r"\b(?:not\s+(?:a\s+single|one\s+single|one|even\s+one)|zero|without\s+a\s+single|nobody|no\s+one|"
    r"none)(?:\s+(?:of\s+them|person|soul))?\s+(?:even\s+|actually\s+|ever\s+)?(?P<n>[a-z]+(?:\s+up)?)\b"
)


def detect_zeroed(ctx: Ctx, excluded: list[Sentence]) -> list[Hit]:
    """A count they gave said back as none: "twenty CVs and not a single reply" for "one reply,
    a no", "not one of them replied" for "only Amira replied"."""
    # "I haven't had five minutes to myself" counts nothing: none is theirs to say
    counted = {
        stem(m["n"])
        for m in _COUNTED.finditer(ctx.stmt.text)
        if not re.search(
            r"(?:\bnot|n't)\s+(?:\w+\s+)?$", ctx.stmt.text[max(0, m.start() - 20) : m.start()]
        )
    }
    counted |= {stem(m["n"]) for m in _ONLY_SOME.finditer(ctx.stmt.text)}
    if not counted:
        return []
    hits: list[Hit] = []
    for s in _asserting(ctx, excluded):
        chunk = ctx.resp.masked[s.start : s.end]
        for m in _NONE.finditer(chunk):
            if stem(m["n"]) in counted and not _LISTENER.search(chunk[: m.start()]):
                hits.append(Hit("distorts_facts", s.start + m.start(), s.start + m.end()))
    return hits


def _ruled_out(ctx: Ctx) -> tuple[list[list[str]], set[str]]:
    """(each ruled-out wish's stems in order, topic stems): the content of what they rule out,
    less any word they also use outside it (a word of both is still theirs)."""
    text = ctx.stmt.text
    spans: list[tuple[int, int, str]] = []
    for kind, patterns in (("wish", S.RULED_OUT_WISH), ("topic", S.RULED_OUT_TOPIC)):
        for rx in patterns:
            spans += [(m.start("x"), m.end("x"), kind) for m in rx.finditer(text)]
    if not spans:
        return [], set()
    rest = text
    for a, b, _ in spans:
        rest = rest[:a] + " " * (b - a) + rest[b:]
    elsewhere = set(content_stems(rest))
    # a wish whose act they also use elsewhere ("would screw things up" before "I don't want to
    # screw anything up") is not ruled out as a whole
    wishes = [content_stems(text[a:b]) for a, b, k in spans if k == "wish"]
    kept = [
        [w for w in wish if w not in elsewhere]
        for wish in wishes
        if wish and wish[0] not in elsewhere
    ]
    topic = {w for a, b, k in spans if k == "topic" for w in content_stems(text[a:b])} - elsewhere
    return kept, topic


def _says_wish(chunk: str, wish: list[str]) -> bool:
    """After a wish frame, not negated: the wish's act (its first word: "give" of "give up
    football") or two of its words. "You want to give your baby the best start" does not say
    back "I don't want to screw anything up with this baby"."""
    frame = _WISH_FRAME.search(chunk)
    if frame is None or _NEGATED.search(chunk[: frame.end()]):
        return False
    tail = chunk[frame.end() :]
    said = {
        stem(m.group())
        for m in re.finditer(r"[a-z][a-z']+", tail)
        if not _NEGATED.search(tail[: m.start()])
    }

    # "an apology" says back "apologise": a shared start of five letters is the same word
    def has(w: str) -> bool:
        return w in said or (len(w) >= 5 and any(x[:5] == w[:5] for x in said if len(x) >= 5))

    return has(wish[0]) or sum(1 for w in set(wish) if has(w)) >= 2


_DISMISSED_AFTER = re.compile(
    r"\W*(?:\w+\s+){0,2}?(?:isn't|wasn't|is\s+not|was\s+not|doesn't\s+matter|is\s+fine|"
    r"itself\s+is\s+fine|aside)\b"
)


def detect_ruled_out(ctx: Ctx, excluded: list[Sentence]) -> list[Hit]:
    """What they ruled out said back as what they want ("I'm not asking you to give up football"
    -> "so you want me to give up football") or as what it is about ("Not sex, even" -> "you're
    frustrated about our sex life")."""
    wishes, topic = _ruled_out(ctx)
    if not (wishes or topic):
        return []
    hits: list[Hit] = []
    for s in _asserting(ctx, excluded):
        chunk = ctx.resp.masked[s.start : s.end]
        if any(_says_wish(chunk, wish) for wish in wishes):
            hits.append(Hit("distorts_facts", s.start, s.end))
            continue
        words = list(re.finditer(r"[a-z][a-z']+", chunk))
        for i, m in enumerate(words):
            before = chunk[: m.start()]
            if stem(m.group()) not in topic or _NEGATED.search(before):
                continue
            if A.SET_ASIDE.search(before) or _DISMISSED_AFTER.match(chunk, m.end()):
                continue  # "more than the money", "because the mess isn't the issue": set aside
            # "about the money", or the ruled-out phrase itself said as so ("after all the work
            # you've put into staying in shape" for "it's not about staying in shape")
            near = {stem(w.group()) for w in words[i + 1 : i + 4]}
            if _ABOUT.search(before) or (len(topic) >= 2 and near & (topic - {stem(m.group())})):
                hits.append(Hit("distorts_facts", s.start + m.start(), s.start + m.end()))
                break
    return hits


# a one-off in their words ("the first time she's ever missed it", "she's never forgotten
# before", "twice this week") said back as a habit ("she forgets it every year", "always")
_ONE_OFF = re.compile(
    r"\b(?:first\s+time|(?:has|have|had|'s|'ve)\s+never\s+(?:\w+\s+){0,7}?before|for\s+once|"
    r"(?:just|only)\s+(?:this\s+)?once|once\s+before|(?:it\s+was|just|only)\s+(?:the\s+)?one\s+time|(?:second|2nd|third|3rd)\s+time|twice|"
    # a small count: "rang three times this week", "missed two of her games"
    r"(?:two|three|2|3|a\s+couple\s+of)\s+times|(?:two|three|a\s+couple)\s+of\s+(?:[a-z]+'s|his|her|their|my|our)\s+[a-z]+)\b"
)
# a habit word that a small count does not excuse ("again and again" fits three texts)
_COUNTED_HABIT = re.compile(r"\bevery\s+|\b(?:always|constantly|all\s+the\s+time)\b")
_HABIT = re.compile(
    r"\bevery\s+(?:single\s+)?(?:year|time|week|day|month|night|weekend|birthday|christmas|game|match|"
    r"call|visit|one\s+of)\b|"
    r"\b(?:always|constantly|all\s+the\s+time|again\s+and\s+again|over\s+and\s+over|"
    r"forever\s+\w+ing|(?<!n't\s)(?<!not\s)(?<!\bto\s)keeps?\s+\w+ing)\b"
)


def detect_distortion(ctx: Ctx, excluded: list[Sentence]) -> list[Hit]:
    """Absolutes the partner never used ("he always does this"), or a feeling blown up; not in
    sentences that are the listener's own fix, verdict, story or cheer (`excluded`)."""
    hits = []
    one_off = _ONE_OFF.search(ctx.stmt.text)
    if one_off and not A.ABSOLUTES_THEIRS.search(_ONE_OFF.sub(" ", ctx.stmt.text)):
        # "the first time she's missed it", "she's never forgotten before": said back as a habit
        counted = not re.search(
            r"\b(?:first|second|2nd|third|3rd|one)\s+time|twice|never|once\b", one_off.group()
        )
        for m in _HABIT.finditer(ctx.resp.masked):
            if counted and not _COUNTED_HABIT.match(m.group()):
                continue
            sent = sentence_at(ctx.sents, m.start())
            chunk = ctx.resp.masked[sent.start : sent.end] if sent else ""
            # about them: a pronoun for them, or someone they named ("Ryan's missed every one")
            about = re.search(r"\b(?:you|your|he|she|they|his|her)\b", chunk) or any(
                named_in(w, ctx.stmt.text) and named_in(w, ctx.resp.text)
                for w in re.findall(r"[a-z]+", chunk)
                if w not in STOPWORDS and len(w) > 2  # "So" opening both is no name
            )
            if sent in excluded or not about:
                continue
            hits.append(Hit("distorts_facts", m.start(), m.end()))
    hits += [h for h in _still_denied(ctx, excluded) if not overlaps(h, hits)]
    if A.ABSOLUTES_THEIRS.search(ctx.stmt.text):
        return hits  # the partner used absolutes themselves ("he keeps borrowing it": every time)
    for m in A.ABSOLUTES.finditer(ctx.resp.masked):
        sent = sentence_at(ctx.sents, m.start())
        if sent in excluded:
            continue
        chunk = ctx.resp.masked[sent.start : sent.end] if sent else ""
        about_them = H.YOU_REF.search(chunk) or re.search(r"\b(?:he|she|they|your)\b", chunk)
        lead = chunk[: max(0, m.start() - (sent.start if sent else 0))]
        hit = Hit("distorts_facts", m.start(), m.end())
        if about_them and not H.SELF_REF.search(lead) and not overlaps(hit, hits):
            hits.append(hit)
    return hits


# what they stress is still so ("he's still driving and everything"), and its denial in a reply
_STILL = re.compile(
    r"\b(?P<who>he|she|they|i|we|it)(?:'s|'re|'m|\s+is|\s+are|\s+am)\s+still\s+(?:able\s+to\s+)?(?P<verb>[a-z]+)"
)
_DENIED = re.compile(
    # (a subject left out after "and": "your mum's ill and can't work")
    r"\b(?P<who>he|she|they|you|we|it|and|[a-z]+'s|(?:your|her|his|their)\s+[a-z]+)\s+(?:can't|cannot|can\s+not|"
    r"couldn't|doesn't|does\s+not|don't|do\s+not|isn't|aren't|won't|(?:is|are|'s|'re)\s+no\s+longer|no\s+longer)\s+"
    r"(?:be\s+able\s+to\s+|really\s+|even\s+|able\s+to\s+)?(?P<verb>[a-z]+)"
)
# "you can't work like that forever": a worry about the future, not the fact reversed
_NOT_NOW = re.compile(
    r"^[^.?!]{0,25}?\b(?:like\s+(?:that|this)|forever|for\s+ever|much\s+longer|any\s+longer)\b"
)


def _still_denied(ctx: Ctx, excluded: list[Sentence]) -> list[Hit]:
    """ "He's still driving" said back as "he can't drive any more": the fact they stressed,
    reversed, of the same person (their "I" is the reply's "you")."""
    kept = {
        (stem(m["verb"]), "you" if m["who"] == "i" else m["who"])
        for m in _STILL.finditer(ctx.stmt.text)
        if m["verb"] not in ("not", "no", "be", "have", "got", "going")
    }
    hits = []
    for m in _DENIED.finditer(ctx.resp.masked) if kept else ():
        sent = sentence_at(ctx.sents, m.start())
        if sent in excluded or m["verb"] == "not" or _NOT_NOW.match(ctx.resp.masked, m.end()):
            continue
        who = m["who"]
        third = who not in ("you", "we")  # "your mum", "Ryan's" for their "she", "he"
        if any(
            verb == stem(m["verb"])
            and (who == person or (third and person in ("he", "she", "they")))
            for verb, person in kept
        ):
            hits.append(Hit("distorts_facts", m.start(), m.end()))
    return hits


# a feeling and whom it is aimed at: "cross with myself", "furious at the dog", "livid with him"
_AIMED = re.compile(
    r"\b(?P<feel>[a-z]+)\s+(?:with|at)\s+(?P<who>myself|yourself|himself|herself|themselves|him|her|"
    r"them|(?:my|your|the|his|her|their)\s+[a-z]+|[a-z]+)\b"
)


def _aims(text: str, own: str, names: str) -> list[tuple[re.Match[str], str]]:
    """Each feeling aimed at someone, as "self" (`own`: "myself" or "yourself") or "other": a
    pronoun, "my/the ...", or a name they used ("angry at Biscuit"); not "at all", "at night"."""
    out: list[tuple[re.Match[str], str]] = []
    for m in _AIMED.finditer(text):
        who = m["who"]
        if feeling_lookup(m["feel"]) is None:
            continue
        if who == own:
            out.append((m, "self"))
        elif not who.endswith(("self", "selves")) and (
            " " in who or who in ("him", "her", "them") or named_in(who, names)
        ):
            out.append((m, "other"))
    return out


def detect_retargeted(ctx: Ctx, excluded: list[Sentence]) -> list[Hit]:
    """Their feeling said back aimed at someone else: "I'm furious at myself" as "furious with
    the dog", or "livid with my brother" as "angry at yourself"."""
    theirs = {aim for _, aim in _aims(ctx.stmt.text, "myself", ctx.stmt.original)}
    if len(theirs) != 1:
        return []  # no aim, or both: nothing to swap
    names = ctx.stmt.original + " " + ctx.resp.original
    hits: list[Hit] = []
    for s in _asserting(ctx, excluded):
        chunk = ctx.resp.masked[s.start : s.end]
        for m, aim in _aims(chunk, "yourself", names):
            if aim not in theirs:
                hits.append(Hit("distorts_facts", s.start + m.start(), s.start + m.end()))
    return hits


_KIN = frozenset({"mother", "father", "sibling", "grandparent", "child", "partner_person"})
# "Jess's mum", "Tom's dad": someone else's relative, by name
_NAMED_KIN = re.compile(r"\b(?P<name>[a-z]+)'s\s+(?P<kin>[a-z]+)\b")


def detect_kin_swapped(ctx: Ctx, excluded: list[Sentence]) -> list[Hit]:
    """Someone else's relative said back as theirs: "Tom's dad is in hospital" or "my friend's mum
    died" as "you must be terrified about your dad", "so sorry about your mum" (when they spoke
    of no relative of their own of that kind)."""
    theirs: set[str] = set()  # kin fields said as someone else's
    for m in _NAMED_KIN.finditer(ctx.stmt.text):
        fields = fields_of(m["kin"]) & _KIN
        named = named_in(m["name"], ctx.stmt.original)
        owned = re.search(
            r"\b(?:my|our|a|his|her|their)\s+(?:\w+\s+)?$", ctx.stmt.text[: m.start()]
        )
        if fields and (named or owned or fields_of(m["name"]) & people_fields()):
            theirs |= fields  # "Tom's dad", "my best friend's mum"
    own = fields_of(" ".join(re.findall(r"\b(?:my|our)\s+([a-z]+)", ctx.stmt.text))) & _KIN
    theirs -= own
    if not theirs:
        return []
    hits: list[Hit] = []
    for s in _asserting(ctx, excluded):
        chunk = ctx.resp.masked[s.start : s.end]
        for m in re.finditer(r"\byour\s+([a-z]+)\b", chunk):
            if fields_of(m[1]) & theirs:
                hits.append(Hit("distorts_facts", s.start + m.start(), s.start + m.end()))
    return hits
