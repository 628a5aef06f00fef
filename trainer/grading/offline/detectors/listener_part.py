"""The listener's part of what the partner says: what they say the listener did ("you read my
texts"), and what they ask of the listener ("I just want you to step in for once"). A reply that
says their turn back without that part has said back the other half. Split from said_back.py and
accuracy.py, which call it."""

from __future__ import annotations

import re

from trainer.grading.offline.detectors.context import Ctx
from trainer.grading.offline.detectors.sides import own_words
from trainer.grading.offline.paraphrase import FieldHit
from trainer.grading.offline.patterns import accuracy as A
from trainer.grading.offline.patterns import statement as S
from trainer.grading.offline.text import content_stems

_CLAUSE_START = re.compile(r"[.!?;,]")
_PERSON = re.compile(r"\b(?:you|i|we|he|she|they)\b")
_NOT = re.compile(r"\b(?:not|never|no|nothing)\b|n't\b")


def laid_at_listener(text: str, hits: list[FieldHit]) -> frozenset[str]:
    """Fields of what they say the listener did ("you read my texts"), which the listener owning
    it ("I went through your messages") says back; not "you never do the bins" (a defence)."""
    owned = set()
    for h in hits:
        clause = _CLAUSE_START.split(text[: h.start])[-1]
        people = _PERSON.findall(clause)
        if people and people[-1] == "you" and not _NOT.search(clause):
            owned.add(h.field)
    return frozenset(owned)


def misses_listener_part(ctx: Ctx) -> bool:
    """A complaint whose second part is the listener's own ("...and you just laughed along")
    said back without it: no word of it in the reply, quoted or not, and the reply never owns a
    part of the listener's ("I laughed", "I didn't back you up")."""
    parts = S.LISTENER_PART if ctx.upset else ()
    m = next((m for rx in parts if (m := rx.search(ctx.stmt.text))), None)
    if not m or re.search(r"\byou\b", ctx.stmt.text[: m.start()]):
        return False
    stems = set(content_stems(m["focus"])) - {"you", "just", "like"}
    if not stems:
        return False
    # quoting it back counts ("hearing 'ask her' made it all invisible")
    if set(content_stems(ctx.resp.text)) & stems:
        return False
    # the listener in their own voice past their listener moves ("I laughed", "me gaming"), not
    # "I'm sorry", "I get that", "I'd be fuming too"; "my mum" for their "your mother" is theirs
    return not _LISTENER_AS_SUBJECT.search(own_words(ctx.resp.masked))


def ask_said_back(ctx: Ctx, ask: str) -> bool:
    """What they ask of the listener said back: as their wish ("you need me to back you up",
    "you want me to be the one who tells him") or in two of its own words; one shared word
    ("time" in "...at 2am your time") is not it."""
    text = ctx.resp.masked
    if (
        _THEIR_ASK.search(text)
        or any(
            (
                re.search(r"\b(?:want|wanted|wanna|need|needed|like|wish)\s+(?:me|us)$", m.group())
                and re.match(r"\s+to\b", text[m.end() :])
            )
            # "what you need is a set time": their ask named as theirs
            or (
                m.group().startswith("what")
                and re.match(r"\s+(?:from\s+me\s+)?is\b", text[m.end() :])
            )
            for m in A.NEED.finditer(text)
        )
    ):
        return True
    # its verb said back ("...the small everyday touch that's gone missing" for "I want you to
    # touch me sometimes"), or two of its other words
    verb = re.match(r"(?:you|u)\s+to\s+([a-z']+)", ask)
    if verb and set(content_stems(verb.group(1))) & set(content_stems(ctx.resp.text)):
        return True
    if (
        verb
        and not content_stems(verb.group(1))  # "to say something to her": "say" is the act
        and re.search(rf"\b{re.escape(verb.group(1))}", ctx.resp.masked)
    ):
        return True
    stems = set(content_stems(ask)) - _ASK_FILLER
    return bool(stems) and len(set(content_stems(ctx.resp.text)) & stems) >= min(2, len(stems))


# their ask as the listener's to do, beyond the need phrases of patterns/accuracy.NEED ("you want
# me to...", "what you need is..."): "you're asking me to", "you'd rather I checked first"
_THEIR_ASK = re.compile(
    r"\b(?:you|u)(?:'re|\s+are)\s+asking\s+(?:me|us)\s+to\b|\bwant\s+me\s+on\s+your\s+side\b|"
    r"\b(?:you|u)(?:'d|\s+would)\s+(?:rather|prefer)\s+(?:that\s+)?(?:i|we)\b"
)
_ASK_FILLER = frozenset(content_stems("you just like time week every actually really once thing"))

_LISTENER_AS_SUBJECT = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|me|myself)\b")
