"""Not hijacking by whose side a sentence takes, told by its grammar rather than stock phrases:
speaking up for the third person the partner is upset with, the partner's own people set against
the complaint, the listener's own feelings put in the middle, and sarcasm that defends the
listener (as opposed to sarcasm that only mocks the complaint, a validation failure)."""

from __future__ import annotations

import re

from trainer.grading.offline.detectors.context import Ctx, Hit
from trainer.grading.offline.feelings import family_valence, feelings_in
from trainer.grading.offline.patterns import hijacking as H
from trainer.grading.offline.patterns import narrative as N
from trainer.grading.offline.patterns import validation as V
from trainer.grading.offline.text import Sentence

# A short span in single or double quotes; an apostrophe inside a word ("I'm") does not close it.
QUOTED = re.compile(r"(?<![a-z])'(?:[^'\n]|'(?=[a-z]))*'(?![a-z])|\"[^\"\n]{1,80}\"")


def own_words(chunk: str) -> str:
    """A sentence with its listener moves ("I hear you", "I'm sorry") and formulas ("where
    you're coming from", "with you") blanked out."""
    # the listener's words quoted as the partner heard them ("hearing 'I'm too busy' from me")
    chunk = QUOTED.sub(lambda m: " " * (m.end() - m.start()), chunk)
    chunk = H.YOU_FORMULA.sub(lambda m: " " * (m.end() - m.start()), chunk)
    chunk = H.HYPOTHETICAL.sub(lambda m: " " * (m.end() - m.start()), chunk)
    return H.LISTENER_MOVES.sub(lambda m: " " * (m.end() - m.start()), chunk)


def _asks(ctx: Ctx, end: int) -> bool:
    return ctx.resp.masked[end : end + 3].lstrip().startswith("?")


def detect_siding_with_other(ctx: Ctx) -> list[Hit]:
    """The partner is upset with the listener's own people ("your dad made another comment") and
    the reply argues their side: what they meant, what they are going through, a plea for them.
    The partner's view of that person told back ("you felt belittled by him") is not this.

    A brief word for anyone else (a manager, a friend of theirs) is not hijacking: the rubric's
    defence is the listener defending themselves (and their own people), and one sentence for a
    stranger's side argues with the feeling, a validation failure (blind authors who read only
    the rubric: 5 pass, 3 either, 0 fail on 2026-12-01). Speaking up for them in two sentences
    or more turns the focus to them, which is hijacking (the labels of cases_fresh_v3b)."""
    if ctx.partner.valence == "positive":
        return []
    own_people = bool(N.LISTENERS_PEOPLE.search(ctx.stmt.text))
    wronged = bool(N.HURT_BY_OTHER.search(ctx.stmt.text))
    hits = []
    for s in ctx.sents:
        chunk = ctx.resp.masked[s.start : s.end]
        m = N.SIDES_WITH.search(chunk)
        if m is None or _asks(ctx, s.end) or N.CONCEDED_BEFORE.search(chunk[: m.start()]):
            continue
        # "to be fair to Miss Patterson": a plea for someone they named, whatever they said of her
        named = N.PLEA_FOR.search(chunk)
        if not wronged and not (named and named.group("who") in ctx.stmt.text):
            continue
        # "you think she doesn't mean it", "it sounds like you feel he...": their reading
        if H.YOU_REF.search(own_words(chunk[: m.start()])):
            continue
        hits.append(Hit("defends_self", s.start + m.start(), s.end))
    return hits if own_people or len(hits) >= 2 else []


def detect_kin_counter(ctx: Ctx) -> list[Hit]:
    """What the partner's own people did to the listener, told in reply to a complaint ("your
    cousins ignore me every Christmas", "your dad still owes me"): a grievance set against it."""
    if ctx.partner.valence == "positive":
        return []
    hits = []
    for s in ctx.sents:
        own = own_words(ctx.resp.masked[s.start : s.end])
        m = N.YOUR_PEOPLE_TO_ME.search(own)
        # "you were telling me about your mum and I...": their people in their story, told back
        # "your dad mocked your accent and then I laughed", "your friends joking about me stings,
        # and it leaves you hurt": what happened to the partner, told back
        if (
            m
            and not _asks(ctx, s.end)
            and not H.YOU_REF.search(own[: m.start()] + own[m.start() + 4 :])
            and not _OPINION_TO_ME.search(own[m.start() :])
        ):
            hits.append(Hit("counter_complaint", s.start + m.start(), s.end))
    return hits


# "wanting your friend around doesn't sound needy to me": the listener's view, no grievance
_OPINION_TO_ME = re.compile(r"\b(?:sounds?|seems?|looks?)\b[^.?!,;]*\bto\s+me\b")

# A feeling of the listener's that answers theirs rather than being about it: "I'm gutted",
# "I feel sick about it"; not "sad to hear that", "scared for you", "happy for you".
_FOR_THEM = re.compile(
    r"^\s*(?:to\s+(?:hear|see|read|learn)|for\s+(?:you|u|them|him|her)|that\s+(?:you|u|this\s+happened)|"
    r"about\s+(?:your|what\s+(?:happened|you))|(?:you|u)\b|hearing|seeing)"
)
# The listener as the one who has the feeling: "I'm (honestly) gutted", "it left me drained".
_I_AM = re.compile(
    r"\b(?:i'm|i\s+am|i\s+was|i've\s+been|i\s+have\s+been|i\s+feel|i\s+felt|i\s+get|i\s+got|"
    r"makes\s+me|made\s+me|leaves\s+me|left\s+me)\s+(?:[a-z']+\s+){0,2}$"
)
# The complaint landing on the listener: "that really hurts me", "hard for me to hear".
_HURTS_ME = re.compile(
    r"\b(?:that|this|it|hearing\s+(?:that|this|it))\s+(?:really\s+|honestly\s+|just\s+)?(?:hurts|hurt|"
    r"stings|kills|upsets|breaks|crushes)\s+(?:me|my)\b|\b(?:hard|difficult|painful|tough|awful|crushing|"
    r"upsetting|heartbreaking|devastating|hurtful)\s+for\s+me\b"
)


def detect_own_feelings(
    ctx: Ctx, self_sents: list[Sentence], complained: bool, about_me: bool = False
) -> list[Hit]:
    """The listener's own (unhappy) feelings put in the middle, with nothing that turns to the
    partner's: "I feel sick about it. I haven't slept in weeks", "I'll be stuck here, I'm
    gutted". A feeling in the partner's service ("I'd be furious too", "I'm sad to hear it")
    or beside a turn back to them ("...what did the doctor say?") is not this. When the partner
    speaks of the listener (about_me), only the complaint landing on the listener counts ("that
    really hurts me to hear")."""
    whole = ctx.resp.masked
    mine = [(s, own_words(whole[s.start : s.end])) for s in ctx.sents if s in self_sents]
    if complained or about_me:
        # "it really hurts me that you'd think that": the listener's hurt, "you" in it or not
        every = [(s, own_words(whole[s.start : s.end])) for s in ctx.sents]
        hurt = [(s, m) for s, own in every for m in [_HURTS_ME.search(own)] if m]
        if hurt:
            return [Hit("centers_self", s.start + m.start(), s.end) for s, m in hurt[:1]]
    heard = any(f.attributed_to_partner for f in feelings_in(whole))
    hits: list[Hit] = []
    for s, own in mine:
        # "I haven't slept since, I feel sick..., I keep thinking I've...": a run of the
        # listener's own state takes the floor whatever came before it
        run = (
            len(re.findall(r"\bi(?:'m|'ve|\s+(?!(?:hear|see|get|know|understand)\b)[a-z']+)", own))
            >= 3
        )
        spans = [
            (f.start, f.end)
            for f in feelings_in(own)
            if f.owner == "self"
            and family_valence(f.family) == "negative"
            and _I_AM.search(own[: f.start])
        ]
        # "I feel sick about it" to a complaint: the listener's feeling by its grammar, known word
        # or not (to their news, "I feel bad about that" is sympathy)
        spans += [
            (m.end() - len(m.group().split()[-1]), m.end())
            for m in N.SELF_FEEL.finditer(own)
            if complained or run
        ]
        if heard and not run:
            continue
        for start, end in spans:
            if _FOR_THEM.match(own[end:]) or own[start:end].strip() == "":
                continue
            # a turn back to them after it ("...what did the doctor say?"); before it only
            # counts when the listener's part is brief
            later = [o for o in ctx.sents if o.start > s.start and o not in self_sents]
            others = later if run else [o for o in ctx.sents if o != s and o not in self_sents]
            turns_back = any(
                (_asks(ctx, o.end) and len(whole[o.start : o.end].split()) >= 3)
                or H.YOU_REF.search(own_words(whole[o.start : o.end]))
                or V.ACKNOWLEDGES.search(whole[o.start : o.end])
                for o in others
            )
            if not turns_back:
                hits.append(Hit("centers_self", s.start, s.end))
            break
    return hits


# A mock offer ("I'll have the towel arrested, shall I?", "I'll just bin my phone then, would
# that make you happy?") or a mock verdict on oneself ("so now I'm the bad guy for..."): the
# listener, not the partner, is the subject of the sarcasm.
MOCK_OFFER = re.compile(
    r"\bi(?:'ll|\s+will)\s+(?:just\s+)?[^.?!]{0,60}?\b(?:shall|should)\s+i\s*\?|"
    r"\b(?:would|will)\s+that\s+make\s+(?:you|u)\s+(?:happy|happier|feel\s+better)\b|"
    r"\bi(?:'m|\s+am)\s+(?:the\s+|a\s+)?(?:villain|bad\s+guy|bad\s+one|criminal|monster|"
    r"terrible\s+person|problem)\s+(?:for|because|now|again|here|then)\b|"
    # a mock apology for something ordinary ("sorry for having friends", "forgive me for trying
    # to keep my job"); not "sorry for leaving you on your own"
    r"\b(?:sorry|forgive\s+me|excuse\s+me|pardon\s+me|my\s+(?:mistake|bad))\s+for\s+(?:\w+\s+)?"
    r"(?:having(?!\s+to\b)|trying|wanting|seeing|breathing|existing|working|living|needing|caring|earning|"
    r"keeping|enjoying|doing\s+my|making\s+(?:a\s+)?(?:living|money))\b"
)


# The complaint said back with the partner as subject: "so you're upset that I forgot".
_SAID_BACK = re.compile(
    r"\b(?:you|u)(?:'re|\s+are|\s+were|'ve\s+been|\s+feel|\s+felt|\s+think|\s+said|\s+say|"
    r"\s+mean)\b[^.?!]{0,40}?\b(?:i|me|my)\b"
)


def sarcasm_defends(ctx: Ctx, sarcasm: list[Hit]) -> list[Hit]:
    """A sarcastic reply to a partner upset with the listener defends the listener when the
    listener or the partner's own conduct is its subject ("I'll just go and print money, shall
    I", "you've never missed anything, have you"); sarcasm that only mocks the complaint ("what a
    crime") is contempt, which costs validation, not hijacking. The complaint said back first
    ("so you're upset that I forgot") is theirs, not the listener's side."""
    if not sarcasm:
        return []
    for s in ctx.sents:
        own = _SAID_BACK.sub(" ", own_words(ctx.resp.masked[s.start : s.end]))
        lapse = re.search(
            r"\b(?:you|u)(?:'ve|\s+have|'re|\s+are)?\s+(?:\w+\s+)?(?:never|always|ever|constantly)\b"
            r"|\b(?:you|u)\s+(?:\w+\s+)?(?:run|spend|spent|bought|did|do)\b",
            own,
        )
        if H.SELF_REF.search(own) or lapse:
            return [Hit("defends_self", sarcasm[0].start, sarcasm[0].end)]
    return []


def detect_mock_offer(ctx: Ctx) -> list[Hit]:
    """A mock offer or mock verdict on oneself to a partner upset with the listener, or a tag
    question on the listener's own account ("I'm here now, aren't I?"): the listener as the
    subject, answering the complaint instead of hearing it."""
    text = ctx.resp.masked
    return [
        Hit("defends_self", m.start(), m.end())
        for p in (MOCK_OFFER, N.SELF_TAG)
        for m in p.finditer(text)
    ]


# A restatement that opens on "so": the listener as the subject ("so I'm a danger now") or the
# partner's supposed view of the listener ("so you think I'm useless", "so now you reckon I...").
_SO_FRAME = re.compile(
    r"^\s*(?:(?:right|oh|ok|okay|well|wow|great|ah)\s*,?\s*)?so\s+(?:now\s+|basically\s+|apparently\s+)?"
    r"(?:(?P<me>i(?:'m|\s+am|\s+can't|\s+cant|\s+cannot|\s+can\s+not|\s+must|\s+should|\s+have\s+to|"
    r"\s+never|\s+don't|\s+dont))\b|(?:you|u)\s+(?:\w+\s+)?(?:think|reckon|believe|figure|'re\s+saying|"
    r"are\s+saying|mean)\s+(?:that\s+)?(?:i|i'm|i've)\b|(?P<act>(?:you|u)(?:'ve|\s+have)?\s+(?:been\s+)?[a-z]+ing\s+(?:through\s+|into\s+|at\s+|on\s+)?my)\b)"
)
# The verdict blown up: "completely useless", "the worst", "at all", "on purpose".
_EXTREME = re.compile(
    r"\b(?:total|totally|complete|completely|utter|utterly|worst|useless|hopeless|never|anything|nothing|"
    r"at\s+all|whole|always|danger|monster|villain|terrible|awful|evil|criminal|on\s+purpose|everything|"
    r"any\s+fun|ever)\b"
)
# A motive put on the partner: "because you don't trust me", "looking for a reason to be angry".
_MOTIVE = re.compile(
    r"\bbecause\s+(?:you|u)(?:'re|\s+are)?\s+(?:just\s+)?(?:don't|do\s+not|never|can't)\s+(?:\w+\s+)?trust\b|"
    r"\b(?:looking|out|searching)\s+for\s+(?:a\s+reason|an\s+excuse|a\s+fight|something)\b|"
    r"\b(?:to|trying\s+to|want\s+to|wanting\s+to)\s+catch\s+me\b|\bbecause\s+i\b"
)
# A one-word sarcastic sign-off: "Great.", "Right.", "Got it.", "Noted."
_TAG = re.compile(
    r"^\s*(?:great|right|got\s+it|noted|cheers|wonderful|brilliant|fab|lovely|perfect|fine|good\s+to\s+know|"
    r"thanks|ok(?:ay)?\s+then|nice\s+one|charming|fantastic)\s*[.!]*\s*$"
)


def detect_hostile_restatement(ctx: Ctx) -> list[Hit]:
    """To a partner speaking of the listener, a restatement that turns the complaint into a
    verdict on the listener or a motive of the partner's ("So you think I'm completely useless.
    Right.", "so you've been checking my likes because you don't trust me"): about the listener,
    not the partner. Checked as a question ("so you think I don't care?") it is a reflection."""
    text = ctx.resp.masked
    tag = any(_TAG.match(text[s.start : s.end]) for s in ctx.sents)
    hits = []
    for s in ctx.sents:
        chunk = text[s.start : s.end]
        m = _SO_FRAME.search(chunk)
        if m is None or _asks(ctx, s.end):
            continue
        tail = chunk[m.end() :]
        motive = _MOTIVE.search(tail)
        if m.group("act") and not (motive and not motive.group().startswith("because i")):
            continue  # "so you've been checking my likes" needs the motive put on them
        if tag or _EXTREME.search(tail) or motive or re.search(r"\b(?:then|now)\s*[.!]*$", chunk):
            hits.append(Hit("defends_self", s.start + m.start(), s.end))
    return hits
