"""A defence told by grammar rather than stock phrases: what the partner says the listener did,
what the listener admits or excuses in reply, and the partner's own lapse set against it.
Split from hijacking.py, which calls it."""

from __future__ import annotations

import re

from trainer.grading.offline.detectors.context import (
    Ctx,
    Hit,
    sentence_at,
    tokens_of,
)
from trainer.grading.offline.detectors.fixing import (
    detect_advice,
    detect_plans,
    detect_solution_questions,
)
from trainer.grading.offline.detectors.sides import (
    own_words,
)
from trainer.grading.offline.feelings import feelings_in
from trainer.grading.offline.patterns import accuracy as A
from trainer.grading.offline.patterns import hijacking as H
from trainer.grading.offline.patterns import narrative as N
from trainer.grading.offline.patterns import validation as V
from trainer.grading.offline.text import Sentence, content_stems, stem


def sentence_contains(sent: Sentence, hit: Hit) -> bool:
    return sent.start <= hit.start < sent.end + 1


# the sentence before is a bare concession: "Fair.", "You're right.", "That's fair."
_CONCEDED = re.compile(
    r"(?:^|[.!?]\s+)(?:fair(?:\s+enough)?|(?:yeah\s*,?\s*)?you're\s+right|true|that's\s+fair|point\s+taken)"
    r"\s*[.!]\s*$"
)


def conceded_before(ctx: Ctx, s: Sentence) -> bool:
    """The sentence follows a bare concession ("Fair. I've been making it sound easy") and turns
    nowhere: the listener's part told as conceded, not defended nor a story of theirs."""
    return bool(_CONCEDED.search(ctx.resp.masked[: s.start])) and not N.CONTRAST.search(
        ctx.resp.masked[s.start : s.end]
    )


def _owns(chunk: str) -> bool:
    """ "I'm sorry I did that", "that was on me", "it hurt you", "that must have felt like I didn't
    care": owning, not defending."""
    return bool(N.OWNERSHIP.search(chunk) or N.IMPACT.search(chunk) or N.perceived(chunk)) or any(
        f.attributed_to_partner for f in feelings_in(chunk)
    )


def _complained_verbs(ctx: Ctx) -> dict[str, bool]:
    """What the partner says the listener did, by stem, and whether they said it was not done
    ("you forgot" -> forgot: False; "you didn't water" -> water: True)."""
    found: dict[str, bool] = {}
    for m in N.YOU_DID.finditer(ctx.stmt.text):
        if m.group("verb"):
            found[stem(m.group("verb"))] = False
        elif m.group("nverb"):
            found[stem(m.group("nverb"))] = True
    return found


def complains_of_listener(ctx: Ctx) -> bool:
    """Upset with the listener, by the statement's phrases or its grammar: "you" did something
    in the past to "me/my" and the partner's feeling is not a happy one ("you ate the cake I
    was saving")."""
    return ctx.upset or (
        ctx.partner.valence != "positive"
        and bool(
            N.YOU_DID_TO_ME.search(ctx.stmt.text)
            or N.YOU_LAPSED.search(ctx.stmt.text)
            or N.ONLY_ONE.search(ctx.stmt.text)
            or N.YOU_ACTED.search(ctx.stmt.text)
        )
    )


def detect_unmarked_defence(ctx: Ctx, found: list[Hit]) -> list[Hit]:
    """When the partner is upset with the listener, sentences that answer the complaint instead
    of hearing it, told by their grammar: the listener's own account of their conduct ("I locked
    it at ten"), the partner's own lapses ("you left your boots out", "who bought...?"), the
    listener's load ("I've been cooking every meal") and the circumstances offered as the reason
    ("the train stopped in the tunnel", "it was twenty minutes at most")."""
    hits: list[Hit] = []
    admitted = _complained_verbs(ctx)
    whole = ctx.resp.masked
    # a reply that hears the feeling ("I get why you're cross") tells its own part as owning it
    hears = any(f.attributed_to_partner for f in feelings_in(whole)) or bool(
        V.LEGITIMIZES.search(whole) or V.ACKNOWLEDGES.search(whole)
    )
    # not "your mother did"; "I'm the only one trying" is about the listener too
    about_listener = bool(
        re.search(r"\b(?:you|u)\b", ctx.stmt.text) or N.ONLY_ONE.search(ctx.stmt.text)
    )
    fixing = detect_advice(ctx) + detect_solution_questions(ctx) + detect_plans(ctx)
    for s in ctx.sents:
        if any(sentence_contains(s, h) for h in found):
            continue
        # "..., don't forget": advice there is fixing, but a lapse of theirs in it still counts
        in_fix = any(sentence_contains(s, h) for h in fixing)
        chunk = ctx.resp.masked[s.start : s.end]
        if _owns(chunk) or V.ACKNOWLEDGES.search(chunk) or _hears_turn(chunk):
            continue
        if conceded_before(ctx, s):
            continue  # "Fair. I've been making it sound simple when it isn't": owned, conceded
        own = own_words(chunk)
        asks = ctx.resp.masked[s.end : s.end + 3].lstrip().startswith("?")
        burden = N.BURDEN.search(own)
        did = burden or N.I_DID.search(own) or N.MY_DID.search(own) or N.I_BECAUSE.search(own)
        # "You were talking and I was scrolling": the partner comes first, so it is said back
        partner_first = H.YOU_REF.search(own[: did.start()] if did else own)
        # "I was on my phone": the complained-of act said back is owned, not excused; but "I
        # watered them" to "you didn't water them" corrects their facts
        restates = set(content_stems(own[did.start() :] if did else own)) & ctx.stmt_stems
        corrects = bool(did and _contradicts(admitted, own[did.start() :]))
        # "I said yes for two weeks without asking, and you're the one stuck with him": owned
        owned = hears and bool(burden and H.YOU_REF.search(own[burden.end() :]))
        if burden and not in_fix and not partner_first and not owned and (corrects or not restates):
            hits.append(Hit("counter_complaint", s.start + burden.start(), s.end))
            continue
        # "you turned on yourself" in a reply that hears them is their side, told back
        # "not only has he not paid, but when you raise it I dodge it": "but" adds, it does not turn
        turns = bool(N.CONTRAST.search(own)) and not _NOT_ONLY.search(ctx.resp.masked[: s.start])
        lapse = _partner_lapse(ctx, own) if turns or not hears or in_fix else None
        if lapse is not None or N.WHO_DID.search(own):
            start = s.start + (lapse if lapse is not None else 0)
            hits.append(Hit("counter_complaint", start, s.end))
            continue
        lead = ctx.resp.masked[max(0, s.start - 60) : s.end]  # the clause before a ", but"
        if in_fix or (_SET_ASIDE.search(own) and _SIDE_NAMED.search(lead)):
            continue  # "I've got my side of it, but it can wait": named only to be put down
        verb = (did.groupdict().get("verb") or "") if did else ""
        # "I only left late because the client called": the act said back with its reason, after
        # hearing them or not ("..., because you deserved better" is about them)
        reason = bool(did and re.search(r"\b(?:because|cos|cause|since|as)\b", own[did.start() :]))
        if reason and _REASON_MINE.search(own[did.start() :] if did else own):
            hits.append(Hit("defends_self", s.start + (did.start() if did else 0), s.end))
            continue
        # "..., but the trains were a nightmare": a turn after hearing them is still a defence
        if asks or (partner_first and not turns) or (hears and not turns):
            continue
        if did and (corrects or reason or (stem(verb) not in admitted and not restates)):
            hits.append(Hit("defends_self", s.start + did.start(), s.end))
        elif about_listener and (_circumstance(own) or (turns and not _about_partner(own))):
            hits.append(Hit("defends_self", s.start, s.end))
    return hits


# "But I do understand you wanted to tell people yourself": a turn back towards hearing them
_HEARS_TURN = re.compile(
    r"^\W*(?:but|and|though)\s+i\s+do\s+(?:understand|get|see|hear|appreciate)\b"
)


def _hears_turn(chunk: str) -> bool:
    """A sentence that turns to hearing them ("But I do see why you're cross"), with no excuse
    after it ("..., though honestly the traffic was horrendous")."""
    m = _HEARS_TURN.match(chunk)
    return m is not None and not N.turns_after(chunk, m.end())


# the listener's side put aside for now: "but it can wait", "but that's not the point tonight"
_SET_ASIDE = re.compile(
    r"\bbut\s+(?:it|that|they|those|mine)\s+(?:can|will|'ll)\s+(?:wait|keep)\b|"
    r"\bbut\s+(?:that's|that\s+is|it's|this\s+isn't)\s+(?:not\s+(?:the\s+point|important|what\s+matters)|"
    r"for\s+(?:later|another\s+time)|about\s+you)\b"
)
# ...the side named, not told: "my side of it", "my reasons", "stuff from my end"
_SIDE_NAMED = re.compile(
    r"\b(?:my\s+(?:side|reasons|part|view|version|end)|(?:stuff|things)\s+(?:from|on)\s+my\s+(?:end|side))\b"
)
_NOT_ONLY = re.compile(r"\bnot\s+only\b[^.?!]*$")


# A reason whose subject is the listener or their circumstances, not the partner ("because he
# was desperate", "because I panicked"; not "because you deserved better").
_REASON_MINE = re.compile(
    r"\b(?:because|cos|cause|since)\s+(?:i|i'd|i'm|i've|i\s+was|he|she|they|it|the|my|we)\b"
)


def _contradicts(admitted: dict[str, bool], clause: str) -> bool:
    """The listener's clause says the opposite of the complaint about the same act."""
    negated = bool(re.search(r"\b(?:didn't|did\s+not|never|wasn't|couldn't|haven't)\b", clause))
    return any(
        said_not != negated for verb, said_not in admitted.items() if verb in content_stems(clause)
    )


def _partner_lapse(ctx: Ctx, own: str) -> int | None:
    """Where a clause with the partner doing something the statement did not raise starts."""
    for m in N.YOU_DID.finditer(own):
        verb = m.group("verb") or m.group("nverb") or ""
        clause = own[m.start() :]
        if re.search(r"\byourself\b", clause):
            continue  # "you turned on yourself": their own experience, told back
        if N.is_experience_verb(verb) and not N.WHEN_PAST.search(clause):
            continue  # "you felt", "you said"; but "you did it in March" is a lapse
        shared = set(content_stems(clause)) & ctx.stmt_stems
        if stem(verb) in ctx.stmt_stems or len(shared) >= 2:
            continue  # "you carried every conversation": their complaint, said back
        return m.start() + len(m.group()) - len(m.group().lstrip(" ,;:"))
    return None


def _about_partner(own: str) -> bool:
    """ "Even though it's over, your body hasn't caught up": a turn whose main clause has the
    partner (or their body, mind, feeling) as its subject is their side told, not an excuse."""
    return bool(
        re.search(
            # "you know you like playing the martyr" is still about them; "you know I..." is not
            r"(?:^|[,;:]\s*|\s-+\s*|\b(?:and|but|though|so)\s+)(?:you|u|your|ur)(?:'re|'ve|'d)?\s+"
            r"(?!know\b(?!\s+(?:you|u)\b))",
            own,
        )
    )


def _circumstance(own: str) -> bool:
    """A fact with no one of the conversation in it and no feeling ("the train stopped in the
    tunnel", "it was twenty minutes at most"): said to a partner upset with the listener, it is
    offered as the reason."""
    return (
        len(tokens_of(own)) >= 3
        and not H.SELF_REF.search(own)
        and not feelings_in(own)
        and not A.REFLECTIVE_FRAME.search(own)
        and not re.search(r"\b(?:must|sounds?|seems?|felt|feels?)\b", own)  # about their side
        and bool(N.FACT.search(own))
    )


# What the listener could not have, know or mean: "because I didn't know" gives a reason for their
# act; "because I didn't check" names their lapse.
_INABILITY = frozenset(
    "have know think realise realize mean want expect understand feel get".split()
)


def not_a_defence(ctx: Ctx, hit: Hit) -> bool:
    """A defence's words used for the partner: "that's so unfair, she went after your cooking"
    agrees with them about someone else; "(two hours of dread) because I didn't send one text"
    names the listener's lapse as the cause of their trouble, with no act of the listener's
    before it to excuse; "that must have felt like I didn't care" tells how the act landed."""
    text = ctx.resp.masked
    sent = sentence_at(ctx.sents, hit.start)
    if sent is None:
        return False
    said = text[hit.start : hit.end]
    after = text[hit.end : sent.end]
    framed = N.PERCEIVED.search(text, sent.start, hit.start + 2)
    if framed and framed.end() >= hit.start and N.perceived(text[sent.start : sent.end]):
        return True  # "that must have felt like I thought it was a joke": how it landed for them
    if re.match(r"(?:that's|that\s+is|it's|it\s+is|that\s+was)\b", said) and re.match(
        r"\s*(?:[,;:]|\s-+)\s*(?:and\s+|because\s+|cos\s+)?(?:she|he|they|(?:your|ur)\s+[a-z]+)\b",
        after,
    ):
        return True
    if _cause_of_their_feeling(ctx, hit, sent):
        return True
    lapse = re.match(
        r"because\s+i\s+(?:just\s+)?(?:didn't|did\s+not|never)\s+(?:even\s+)?([a-z]+)",
        text[hit.start : sent.end],
    )
    return bool(
        lapse
        and lapse.group(1) not in _INABILITY
        and not re.search(r"\bi\b", own_words(text[sent.start : hit.start]))
    )


def _cause_of_their_feeling(ctx: Ctx, hit: Hit, sent: Sentence) -> bool:
    """ "You felt alone at that table because I was stuck in my phone": the reason given for
    their feeling, in the same clause, is the very act they complained of (their words) or about
    them ("the one person you were counting on"); not "...but that's because I was on calls"."""
    text = ctx.resp.masked
    if not re.match(r"(?:because|bc|cos|coz|cause)\b", text[hit.start : hit.end]):
        return False
    felt = [
        f
        for f in feelings_in(text[sent.start : hit.start])
        if f.attributed_to_partner
        and not re.search(
            r"[,;]|\b(?:but|though|tho|i\s+know)\b", text[sent.start + f.end : hit.start]
        )
        and hit.start - (sent.start + f.end) <= 40
    ]
    if not felt or re.search(r"\b(?:only|just)\b", text[sent.start : hit.start]):
        return False  # "you're only upset because I was honest": a retort
    clause = re.split(r"[,;]|\s(?:and|but|so)\s", text[hit.end : sent.end])[0]
    reason = text[hit.start : hit.end] + clause
    if _EXCUSE_IN_REASON.search(text[hit.start : sent.end]):
        return False  # "...because with the week I've had I just haven't been able to"
    return bool(
        set(content_stems(reason)) & ctx.stmt_stems - {"day", "week", "time", "night"}
        or re.search(r"\b(?:you|u)\b", reason)
    )


# the listener's circumstances inside the reason: still an excuse
_EXCUSE_IN_REASON = re.compile(
    r"\b(?:work|working|busy|shifts?|meetings?|calls?|(?:week|day|month)\s+i've\s+had|tired|knackered|"
    r"exhausted|swamped|slammed|had\s+to|have\s+to|able\s+to|no\s+time|have\s+time|traffic|train|"
    r"forgot|didn't\s+know|didn't\s+think|didn't\s+reali[sz]e|thought|stressed|blowing\s+up|trains?|buses|"
    r"networking|on\s+silent|exams?|deadlines?|you\s+knew|for\s+(?:our|us|the\s+family|the\s+kids)|but|"
    r"helping|looking\s+after|promised|needed\s+me|taxi|lift)\b"
)
