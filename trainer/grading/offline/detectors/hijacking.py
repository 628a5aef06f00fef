"""Not hijacking: me-too stories, counter-complaints, defending oneself, centring oneself and
changing the subject."""

from __future__ import annotations

import re

from trainer.grading.offline.detectors.context import (
    Ctx,
    Hit,
    find_hits,
    find_hits_by_sentence,
    sentence_at,
    tokens_of,
)
from trainer.grading.offline.detectors.defence import (
    complains_of_listener,
    conceded_before,
    detect_unmarked_defence,
    not_a_defence,
    sentence_contains,
)
from trainer.grading.offline.detectors.fixing import (
    detect_advice,
    detect_plans,
    detect_solution_questions,
)
from trainer.grading.offline.detectors.reassurance import detect_reassurance
from trainer.grading.offline.detectors.sides import (
    QUOTED,
    detect_hostile_restatement,
    detect_kin_counter,
    detect_mock_offer,
    detect_own_feelings,
    detect_siding_with_other,
    own_words,
)
from trainer.grading.offline.detectors.story import (
    EXPERIENCE,
    kin_tale,
    listener_in_their_wish,
    my_life_did,
    not_a_life,
    only_supports_a_step,
    own_life_clause,
    owns_their_complaint,
    returns_to_them,
    self_sentences,
    tale_goes_on,
    turn_back,
    turned_to_them,
)
from trainer.grading.offline.detectors.topic import detect_topic_change
from trainer.grading.offline.patterns import accuracy as A
from trainer.grading.offline.patterns import defence as PD
from trainer.grading.offline.patterns import hijacking as H
from trainer.grading.offline.patterns import narrative as N
from trainer.grading.offline.patterns import retorts as RT
from trainer.grading.offline.patterns import validation as V
from trainer.grading.offline.text import Sentence, content_stems


def detect_hijacking(ctx: Ctx) -> tuple[list[Hit], list[Sentence]]:
    """me-too stories, brief me-too, counter-complaints, defending, self-centring, topic change."""
    hits: list[Hit] = []
    self_sents = [s for s in self_sentences(ctx) if not not_a_life(ctx, s)]
    partner_sents = [s for s in ctx.sents if s not in self_sents]
    # "that would scare me too" is empathy with theirs, not a me-too
    moves = [(m.start(), m.end()) for m in H.LISTENER_MOVES.finditer(ctx.resp.masked)]
    me_too = [
        h
        for h in find_hits_by_sentence(H.ME_TOO, ctx, "me_too_story")
        if not any(a <= h.start and h.end <= b for a, b in moves)
        and not ((s := sentence_at(ctx.sents, h.start)) and owns_their_complaint(ctx, s))
    ]
    experience = (
        []
        if ctx.upset
        else [
            s
            for s in self_sents
            if (
                EXPERIENCE.search(own_words(ctx.resp.masked[s.start : s.end]))
                or H.DISCLOSURE.search(own_words(ctx.resp.masked[s.start : s.end]))
                or my_life_did(own_words(ctx.resp.masked[s.start : s.end]))
            )
            # "I'm sorry I did that": owning the shared event, not the listener's own life
            and not N.OWNERSHIP.search(ctx.resp.masked[s.start : s.end])
            # "you wish I'd just pick up on it myself": what they want of the listener
            and not listener_in_their_wish(ctx.resp.masked[s.start : s.end])
            and not _their_complaint_owned(ctx, s)
            and not conceded_before(ctx, s)
            # "let me check I've got it: ...?": a check on the reflection, not the listener's life
            and not A.CHECKS_UNDERSTANDING.search(ctx.resp.masked[s.start : s.end])
        ]
    )
    marker_sents = [s for s in self_sents if any(s.start <= h.start < s.end + 1 for h in me_too)]
    # a long tale of the listener's own people ("what happened to my father at the bank...")
    kin_tales = [
        s
        for s in ctx.sents
        if s not in self_sents and kin_tale(own_words(ctx.resp.masked[s.start : s.end]))
    ]
    # "I enjoy long walks, I'm sure if you did that you'd feel better": a clause of the
    # listener's own life inside a sentence that also speaks to them
    if not complains_of_listener(ctx):  # there the listener's own acts are said back or excused
        experience += [
            s
            for s in partner_sents
            if s not in kin_tales
            and not not_a_life(ctx, s)
            and own_life_clause(ctx.resp.masked[s.start : s.end])
        ]
    if experience:
        # "you should try the running club, I saw a flyer": a step with its source is fixing; and
        # asked what to do, "I think we ring the garage, they did that for Priya" is the answer
        steps = detect_advice(ctx) + detect_plans(ctx)
        experience = [
            s
            for s in experience
            if not (
                (ctx.asked_for_advice or any(sentence_contains(s, h) for h in steps))
                and only_supports_a_step(ctx.resp.masked[s.start : s.end])
            )
        ]
    story_parts = sorted(
        dict.fromkeys([*marker_sents, *experience, *kin_tales]), key=lambda s: s.start
    )
    story_words = sum(len(tokens_of(ctx.resp.masked[s.start : s.end])) for s in story_parts)

    # "My uncle survived it. Your aunt will be fine too.": comfort after a story is not a turn
    # back to their experience
    comforting = detect_reassurance(ctx) if (me_too or experience) else []

    def about_them(s: Sentence) -> bool:
        chunk = ctx.resp.masked[s.start : s.end]
        if any(sentence_contains(s, h) for h in comforting) or H.PREDICTS_OK.search(chunk):
            return False
        asks = ctx.resp.masked[s.end : s.end + 3].lstrip().startswith("?")  # "What was it like?"
        return bool(asks or H.YOU_REF.search(own_words(chunk)) or V.ACKNOWLEDGES.search(chunk))

    # "turns straight back": a sentence about the partner after the me-too; a bare "me too" or
    # "been there" may sit anywhere beside one
    first = min((s.start for s in story_parts), default=0)
    turns_back = any(s.start > first and about_them(s) for s in partner_sents) or (
        story_words <= 4 and any(about_them(s) for s in partner_sents)
    )
    # "..., but this is yours, and it makes sense": the turn back inside the story's sentence
    inline = {s: m.start() for s in story_parts[:1] if (m := turn_back(ctx, s))}
    turns_back = turns_back or bool(inline)
    story_text = " ".join(ctx.resp.masked[s.start : s.end] for s in story_parts)
    # "I lost my grandad last year, so I know a bit of that. But she raised you...": one sentence
    # of the listener's, however dated, handed back at more length than it took
    after = [s for s in partner_sents if story_parts and s.start > story_parts[0].start]
    # the listener's part: from the first clause with them in it to the sentence's end
    own_clauses = [
        c
        for s in story_parts
        for c in re.split(
            r"[,;:]|\s-+\s",
            own_words(ctx.resp.masked[s.start : s.start + inline[s] if s in inline else s.end]),
        )
    ]
    first_own = next((i for i, c in enumerate(own_clauses) if H.SELF_REF.search(c)), 0)
    own_clauses = own_clauses[first_own:]
    own_count = sum(len(tokens_of(c)) for c in own_clauses)
    # advice or comfort after it is no turn back ("...deleting it is what fixed it for me")
    fixes = (
        detect_advice(ctx)
        + detect_plans(ctx)
        + detect_reassurance(ctx)
        + detect_solution_questions(ctx)
        if len(story_parts) == 1
        else []
    )
    back_words = sum(
        len(tokens_of(ctx.resp.masked[s.start : s.end]))
        for s in after
        if about_them(s)
        and returns_to_them(ctx, s)
        and not any(sentence_contains(s, h) for h in fixes)
    )
    back_words += sum(
        len(tokens_of(ctx.resp.masked[s.start + at : s.end])) for s, at in inline.items()
    )
    # "..., but this is yours, and it makes sense": handed back in the same breath
    turned = bool(story_parts) and turned_to_them(ctx, story_parts[0], after, inline)
    handed_back = (
        len(story_parts) == 1
        and own_count <= (20 if turned else 15)
        # "..., I was on it five hours a day": a second clause of detail is a story
        and not (len(own_clauses) >= 2 and H.STORY_SPECIFICS.search(" ".join(own_clauses)))
        and (
            back_words >= 1.5 * own_count  # clearly more of theirs than of the listener's
            or (turned and 2 * back_words >= own_count)
            # "..., I had a run of them last year. What's worrying you most?": one short clause,
            # then an open question about theirs
            or (own_count <= 10 and _asks_them_after(ctx, story_parts[0]))
        )
    )
    story_sents: list[Sentence] = []
    tale = tale_goes_on(ctx, story_parts, about_them)
    tale_words = sum(len(tokens_of(ctx.resp.masked[s.start : s.end])) for s in tale)
    if me_too or experience or kin_tales:
        is_story = not handed_back and (
            len(story_parts) >= 2
            or story_words >= 12
            or (bool(story_parts) and not turns_back)
            or bool(H.STORY_SPECIFICS.search(story_text))
            or tale_words >= 12  # "Reminds me of my first boss. She used to sign off every..."
        )
        if is_story:
            # the evidence is the story itself, not a "too" in the comfort after it
            in_story = [h for h in me_too if any(sentence_contains(s, h) for s in story_parts)]
            first_part = [Hit("me_too_story", s.start, s.end) for s in story_parts[:1]]
            hits += in_story or first_part or me_too
            story_sents = sorted(story_parts + tale, key=lambda s: s.start)
        elif me_too:
            hits += [Hit("brief_me_too", h.start, h.end) for h in me_too]
    one_ups = find_hits_by_sentence(H.ONE_UP, ctx, "me_too_story")
    one_ups += find_hits(N.COMPARES, ctx, "me_too_story")
    if one_ups and not any(h.item == "me_too_story" for h in hits):
        # a bigger, worse or longer version of theirs is never a brief me-too
        hits = [h for h in hits if h.item != "brief_me_too"] + one_ups[:1]
        story_sents = story_sents or [s for s in ctx.sents if sentence_contains(s, one_ups[0])]
    hits += [
        h for h in find_hits(H.COUNTER_COMPLAINT, ctx, "counter_complaint") if _grievance(ctx, h)
    ]
    hits += find_hits_by_sentence(H.COUNTER_COMPLAINT_MORE, ctx, "counter_complaint")
    if ctx.partner.valence != "positive" and not RT.OWN_FAULT_GRANTED.search(ctx.stmt.text):
        hits += find_hits(RT.TU_QUOQUE, ctx, "counter_complaint")
        if complains_of_listener(ctx):
            hits += find_hits(RT.COUNTER_BACK, ctx, "counter_complaint")
    hits += find_hits(N.BLAME_IF, ctx, "counter_complaint")
    hits += find_hits_by_sentence(RT.COUNTER_TURNED, ctx, "counter_complaint")
    if ctx.partner.valence != "positive" and _speaks_of_listener(ctx):
        hits += find_hits_by_sentence(RT.COUNTER_WHEN_ABOUT_ME, ctx, "counter_complaint")
    good_news = ctx.partner.valence == "positive" or (
        ctx.partner.valence == "unknown" and "!" in ctx.stmt.text
    )
    if good_news:  # their good news, and what it costs the listener
        hits += [Hit("centers_self", h.start, h.end) for h in find_hits(N.PIVOT_TO_ME, ctx, "")]
    if ctx.partner.valence != "positive":  # their trouble, and what it costs the listener
        hits += [
            h
            for h in find_hits_by_sentence(N.MY_LOGISTICS, ctx, "centers_self")
            if not _offers(ctx, h) and not _said_back(ctx, h)
        ]
    defences = find_hits(PD.DEFENDS_STRONG, ctx, "defends_self")
    if H.YOU_REF.search(ctx.stmt.text):  # "you said I could go", to a turn about the listener
        defences += [
            Hit("defends_self", m.start(), m.end())
            for m in PD.THEIR_YES.finditer(ctx.resp.text.lower())
            if not _quoted(ctx, m.start())
        ]
    if complains_of_listener(ctx):
        defences += find_hits(PD.DEFENDS, ctx, "defends_self")
        defences += find_hits_by_sentence(N.DEFENDS_GRAMMAR, ctx, "defends_self")
    # "...getting 'I'm tired' back": the listener's own words quoted as the partner heard them
    hits += [h for h in defences if not _quoted(ctx, h.start) and not not_a_defence(ctx, h)]
    about_me = ctx.partner.valence != "positive" and bool(H.YOU_REF.search(ctx.stmt.text))
    if complains_of_listener(ctx) or about_me:
        hits += detect_mock_offer(ctx)
        hits += detect_hostile_restatement(ctx)
    if complains_of_listener(ctx):
        hits += detect_unmarked_defence(ctx, hits)
    hits += detect_siding_with_other(ctx)
    hits += detect_kin_counter(ctx)
    centers = find_hits(H.CENTERS_SELF, ctx, "centers_self")
    if not story_sents and not any(h.item == "counter_complaint" for h in hits):
        centers += detect_own_feelings(
            ctx, self_sents, complains_of_listener(ctx), about_me=about_me
        )
    apologies = len(re.findall(r"\b(?:sorry|apologi[sz]e)\b", ctx.resp.masked))
    dominated = len(self_sents) >= 3 and len(self_sents) > len(partner_sents)
    if centers or (apologies >= 3 and len(self_sents) >= 2) or (dominated and not story_sents):
        hits += centers or [Hit("centers_self", self_sents[0].start, self_sents[0].end)]
    if not any(h.item != "brief_me_too" for h in hits):
        # a me-too handed straight back ("I had a bit of that as a kid, but watching your own
        # girl go through it...") has not left their subject
        handed = story_parts[:1] if handed_back else []
        hits += [
            h for h in detect_topic_change(ctx) if not any(sentence_contains(s, h) for s in handed)
        ]
    return hits, story_sents


# What follows an object "you" ("greet you on the street", "stare past you."): "you" as anyone.
_AFTER_OBJECT_YOU = frozenset(
    "on in at to the a an like when and but or with for from if anymore back up down out off "
    "there here all".split()
)


def _speaks_of_listener(ctx: Ctx) -> bool:
    """The statement is about the listener: "you" as a subject or owner ("you forgot", "your
    mum"), not the generic object "you" of "people don't even greet you on the street"."""
    if complains_of_listener(ctx):
        return True
    text = ctx.stmt.text
    for m in H.YOU_REF.finditer(text):
        after = re.match(r"\s*([a-z']+)", text[m.end() :])
        if m.group() not in ("you", "u") or (after and after.group(1) not in _AFTER_OBJECT_YOU):
            return True
    return False


def _asks_them_after(ctx: Ctx, story: Sentence) -> bool:
    """A later question to the partner about their side ("What goes through your head?")."""
    return any(
        s.start > story.start
        and ctx.resp.masked[s.end : s.end + 3].lstrip().startswith("?")
        # an open question on their side, not "did Sarah ring you about the flat?"
        and re.match(
            r"\s*(?:\w+\s*,\s*)?(?:and\s+|so\s+)?(?:what|how|which|are\s+(?:you|u)|is\s+it|do\s+(?:you|u)\s+"
            r"(?:feel|think|know))\b",
            ctx.resp.masked[s.start : s.end],
        )
        and H.YOU_REF.search(own_words(ctx.resp.masked[s.start : s.end]))
        and not H.SELF_REF.search(own_words(ctx.resp.masked[s.start : s.end]))
        for s in ctx.sents
    )


def _offers(ctx: Ctx, hit: Hit) -> bool:
    """ "I'll have to swap my shift so I can come with you": the cost taken on for them."""
    sent = sentence_at(ctx.sents, hit.start)
    chunk = ctx.resp.masked[sent.start : sent.end] if sent else ""
    return bool(
        re.search(r"\b(?:for|with|to)\s+(?:you|u)\b|\bso\s+(?:i|we)\s+can\b", own_words(chunk))
    )


def _said_back(ctx: Ctx, hit: Hit) -> bool:
    """ "We got sixty days" to "...we got sixty days": their facts, said back."""
    sent = sentence_at(ctx.sents, hit.start)
    chunk = ctx.resp.masked[sent.start : sent.end] if sent else ""
    return len(set(content_stems(chunk)) & ctx.stmt_stems) >= 2


def _quoted(ctx: Ctx, pos: int) -> bool:
    """Inside the listener's own words quoted as the partner heard them ("'not now, I'm busy'")."""
    return any(m.start() <= pos < m.end() for m in QUOTED.finditer(ctx.resp.masked))


def _grievance(ctx: Ctx, hit: Hit) -> bool:
    """ "You'll smash it, you always do" praises; "you're the one who has to say it" tells their
    situation back unless they are upset with the listener ("you're the one who wanted this")."""
    said = ctx.resp.masked[hit.start : hit.end]
    sent = sentence_at(ctx.sents, hit.start)
    chunk = ctx.resp.masked[sent.start : sent.end] if sent else said
    if re.match(r"(?:you|u)\s+always\s+do\b", said) and re.search(
        r"\b(?:you|u)(?:'ll|\s+will|\s+can|'re\s+going\s+to|\s+did)\b", chunk
    ):
        return False
    if not re.match(r"(?:you're|you\s+are)\s+the\s+one", said):
        return True
    # "I'm the one home all day with him" -> "you're the one stuck with him": their load said back
    said_back = re.search(r"\bi(?:'m|\s+am)\s+the\s+(?:only\s+)?one\b", ctx.stmt.text)
    return complains_of_listener(ctx) and not said_back


def _their_complaint_owned(ctx: Ctx, s: Sentence) -> bool:
    """ "When you raise moving in and I go quiet on my phone, you're left feeling silly": the
    listener's act as the partner complained of it, said back to them, is no story of their life."""
    chunk = ctx.resp.masked[s.start : s.end]
    shared = len(set(content_stems(chunk)) & set(ctx.stmt_stems))
    return complains_of_listener(ctx) and (
        shared >= 3 or (shared >= 2 and bool(H.YOU_REF.search(own_words(chunk))))
    )
