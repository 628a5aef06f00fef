"""The whole checklist: run every detector on one reply and answer each rubric's items.

The order matters: fixing inside a topic change does not count twice, solicited advice is not a
fix, a sarcastic retort to a partner upset with the listener is defending, and sarcastic warmth
or a parrot earns no validation.
"""

from __future__ import annotations

import re
from dataclasses import replace

from trainer.grading.offline.detectors.accuracy import (
    detect_main_feeling,
    detect_main_point,
    detect_need_or_check,
    feeling_acknowledged,
    feeling_not_owed,
)
from trainer.grading.offline.detectors.context import Analysis, Ctx, Hit, find_hits, sentence_at
from trainer.grading.offline.detectors.distorted import (
    detect_distortion,
    detect_escalated,
    detect_kin_swapped,
    detect_retargeted,
    detect_ruled_out,
    detect_swapped,
    detect_zeroed,
)
from trainer.grading.offline.detectors.fixing import (
    detect_advice,
    detect_permission,
    detect_plans,
    detect_solution_questions,
)
from trainer.grading.offline.detectors.fixing_frames import one_up_hits, refers_back
from trainer.grading.offline.detectors.hijacking import detect_hijacking
from trainer.grading.offline.detectors.invented import (
    detect_invented,
    detect_motives,
    motives_judging,
)
from trainer.grading.offline.detectors.reassurance import detect_reassurance, detect_silver_lining
from trainer.grading.offline.detectors.reproach import detect_reproach
from trainer.grading.offline.detectors.resized import detect_resized
from trainer.grading.offline.detectors.reversed import detect_reversed
from trainer.grading.offline.detectors.sides import sarcasm_defends
from trainer.grading.offline.detectors.stated import disowned_words, names_disowned
from trainer.grading.offline.detectors.topic import OFF_TOPIC
from trainer.grading.offline.detectors.validation import (
    detect_acknowledgement,
    detect_echo,
    detect_interjections,
    detect_judging,
    detect_legitimizing,
    detect_links,
    detect_minimizing,
    detect_sarcasm,
    has_no_listening,
    made_understandable,
)
from trainer.grading.offline.detectors.validation_kinds import told_how_to_feel
from trainer.grading.offline.feelings import feelings_in
from trainer.grading.offline.partner_felt import partner_feelings
from trainer.grading.offline.patterns import accuracy as A
from trainer.grading.offline.patterns import hijacking as H
from trainer.grading.offline.patterns import statement as S
from trainer.grading.offline.text import Sentence, content_stems, normalize, sentences
from trainer.grading.schema import HiddenTruth, RubricKey


def analyze(
    response: str, statement: str, context: str | None, hidden: HiddenTruth | None
) -> Analysis:
    resp = normalize(response)
    stmt = normalize(statement if not context else f"{statement}\n{context}")
    stmt_only = normalize(statement)
    partner = partner_feelings(stmt_only.text, hidden)
    upset = S.upset_with_listener(stmt_only.text) or bool(hidden and hidden.trap == "defending")
    asked = hidden.asked_for_advice if hidden else bool(S.ASKED_FOR_ADVICE.search(stmt_only.text))
    ctx = Ctx(
        resp=resp,
        stmt=stmt,
        sents=sentences(resp.masked),
        hidden=hidden,
        upset=upset,
        asked_for_advice=asked,
        partner=partner,
        stmt_stems=frozenset(content_stems(stmt.text)),
    )
    # a feeling word inside a verdict posed as their feeling ("you feel Rach is a rubbish friend
    # for leaving you out") is the reason for the verdict, not a feeling said to them
    verdicts = [
        (
            m.start(),
            m.end()
            + len(re.split(r"[.,;!?]|\b(?:and|that|which|but)\b", resp.masked[m.end() :])[0]),
        )
        for m in A.FEEL_VERDICT.finditer(resp.masked)
    ]
    attributed = [
        f
        for f in feelings_in(resp.masked)
        if f.attributed_to_partner and not any(a <= f.start < b for a, b in verdicts)
    ]
    # what the listener says back as the partner's ("you're saying it's fine", "your dad keeps
    # telling you to toughen up") is not the listener's own fix, verdict or story
    own = replace(ctx, resp=resp.listener_own())

    fixing = detect_advice(own) + detect_solution_questions(own) + detect_plans(own)
    topic_sents = [
        sentence_at(ctx.sents, h.start) for h in find_hits(H.TOPIC_CHANGE, ctx, "changes_subject")
    ]
    # fixing inside a change of subject does not count twice, unless the step points back at
    # the problem ("let's just not invite him next time" is a plan, whatever else it is)
    fixing = [
        h
        for h in fixing
        if sentence_at(ctx.sents, h.start) not in topic_sents or refers_back(ctx, h)
    ]
    if asked:
        fixing = []  # solicited: advice is what they asked for
    reassurance = detect_reassurance(own)
    silver = detect_silver_lining(own)
    # their own words said back ("...people who think it just means being sleepy") are theirs:
    # no fix, comfort or bright side of the listener's
    fixing, reassurance, silver = (
        [h for h in found if not _their_words(ctx, h)] for found in (fixing, reassurance, silver)
    )
    permission = detect_permission(own)
    minimizing = detect_minimizing(own)
    judging = detect_judging(own)
    # "you should be furious" to someone sad tells them how to feel: it argues, it advises nothing
    warm, told = told_how_to_feel(own, fixing)
    fixing = [h for h in fixing if h not in warm + told]
    judging += [Hit("judges_or_argues", h.start, h.end) for h in told]
    hijack, story_sents = detect_hijacking(own)
    hijack += one_up_hits(own, hijack)  # "try living with my back": a one-up, not advice
    reproach = detect_reproach(own, hijack)  # "you could have told me", to a partner upset with you
    hijack += reproach
    # a laugh at the listener's own story ("I wore hats for a month lol") mocks no one
    sarcasm = detect_sarcasm(
        own,
        minimizing
        + judging
        + [h for h in hijack if h.item not in ("brief_me_too", "me_too_story")],
    )
    # "five whole times?? call the papers" mocks; it advises nothing
    fixing = [h for h in fixing if not any(s.start <= h.start < s.end for s in sarcasm)]
    echo = detect_echo(ctx)
    about_problem = fixing + reassurance + silver + minimizing + judging + sarcasm
    if about_problem:  # a bad answer to their problem is still on their problem
        whole = len(ctx.resp.masked.rstrip())
        hijack = [
            h for h in hijack if not (h.item == OFF_TOPIC and h.start == 0 and h.end == whole)
        ]
    if sarcasm and ctx.upset and not any(h.item == "defends_self" for h in hijack):
        # a sarcastic retort that makes the listener or the partner's own conduct its subject
        # defends the listener; sarcasm that only mocks the complaint costs validation alone
        hijack += sarcasm_defends(own, sarcasm)

    cost_sents = [
        s
        for s in ctx.sents
        if any(
            s.start <= h.start < s.end + 1
            for h in fixing + minimizing + judging + sarcasm + reproach
        )
    ]
    # a sentence that defends the listener or counter-complains is about the listener: no
    # validation, named feeling or imputed motive from it ("I didn't do it on purpose"); nor
    # validation from the listener's own story
    defending = [s for s in ctx.sents if any(
        h.item in ("defends_self", "counter_complaint") and s.start <= h.start < s.end + 1
        for h in hijack)]  # fmt: skip
    # nor does a change of subject that borrows their word ("speaking of work, I...")
    elsewhere = [s for s in ctx.sents if any(
        h.item == OFF_TOPIC and s.start <= h.start < s.end + 1 for h in hijack)]  # fmt: skip
    leaving = [
        s
        for s in elsewhere
        if set(content_stems(ctx.resp.masked[s.start : s.end])) & ctx.stmt_stems
    ]
    excluded = cost_sents + story_sents + defending + leaving  # a defence says back nothing
    main_point = detect_main_point(ctx, excluded, attributed)
    gone = disowned_words(ctx)  # "angry" for "I'm not angry" restates nothing: it is the wrong one
    main_point = [h for h in main_point if ctx.resp.masked[h.start : h.end] not in gone]
    named, wrong = detect_main_feeling(ctx, attributed, main_point)
    # "furious" for "a bit annoyed" is theirs blown up, "a bit disappointed" for "devastated"
    # shrinks it: neither names the feeling at their size. The blown-up one is still their
    # feeling made understandable (validation); the shrunk one minimizes it
    blown, under = detect_resized(ctx, attributed)
    named = [h for h in named if not any(r.start == h.start for r in blown + under)]
    wrong += [r for r in under if not any(w.start == r.start for w in wrong)]
    shrunk = [Hit("minimizes", h.start, h.end) for h in under]
    # a bare echo is owed nothing: their sentence handed back with no word of the listener's own
    # ("I'm sorry") and not as a check ("So you waited forty minutes?") needs a feeling too
    checked = bool(A.CHECKED_BACK.search(ctx.resp.masked.strip()))
    bare = bool(echo) and not checked and not set(content_stems(ctx.resp.masked)) - ctx.stmt_stems
    if not (named or blown or hijack or about_problem or reassurance or silver or bare):
        named = feeling_not_owed(ctx, main_point, attributed)
    need = detect_need_or_check(ctx, excluded, main_point)
    # reassurance ("you'll nail it, you always do") costs not fixing, not accuracy: its
    # absolutes and people are the listener's cheer, not their facts said back
    soothing = [
        s for s in ctx.sents if any(s.start <= h.start < s.end + 1 for h in reassurance + silver)
    ]
    # nor are a defence's or counter-complaint's people ("you had your boyfriend round") theirs
    # misremembered: they cost not hijacking
    # nor a change of subject's people and wants ("your dad rang, he wants to know about Saturday")
    settled = excluded + soothing + elsewhere
    distort = (
        detect_distortion(ctx, settled)
        + detect_invented(ctx, settled)
        + detect_escalated(ctx, settled)
        + detect_swapped(ctx, settled)
        + detect_reversed(ctx, settled)
        + detect_zeroed(ctx, settled)
        + detect_retargeted(ctx, settled)
        + detect_kin_swapped(ctx, settled)
        + detect_ruled_out(ctx, settled)
    )
    motives = detect_motives(ctx)
    ack = detect_acknowledgement(ctx, attributed)
    legit = detect_legitimizing(ctx)
    links = detect_links(ctx, attributed)

    theirs = [a for a in attributed if not any(w.start <= a.start < w.end for w in wrong)]
    sounds: list[Hit] = []
    if main_point or theirs:  # "ugh" beside what happened to them; alone it is a sound
        sounds = detect_interjections(ctx)
        ack += sounds

    def outside(found: list[Hit], sents: list[Sentence]) -> list[Hit]:
        return [h for h in found if not any(s.start <= h.start < s.end + 1 for s in sents)]

    ack, legit, links = (outside(x, defending + story_sents) for x in (ack, legit, links))
    # the listener's own story names no feeling of theirs ("same thing happened to me, it was a
    # nightmare")
    named, motives = (
        outside(named, defending + story_sents),
        outside(motives, defending + elsewhere),
    )
    # acknowledging a feeling they did not express ("you must be so disappointed" to relief)
    ack = [h for h in ack if not any(w.start <= h.start < w.end for w in wrong)]
    if wrong and not named:
        # only a feeling they did not express, made understandable ("you must be so angry at her,
        # that's completely understandable" to sadness): their feeling is not validated
        guessed = [s for s in ctx.sents if any(s.start <= w.start < s.end + 1 for w in wrong)]
        if names_disowned(ctx, wrong, attributed):
            # the one feeling they said they do not have ("I'm not jealous exactly"): every
            # "that makes sense", "it's a lot to feel" after it is about that feeling
            guessed = list(ctx.sents)
        ack, legit, links = (outside(x, guessed) for x in (ack, legit, links))
        attributed = [a for a in attributed if not any(w.start <= a.start < w.end for w in wrong)]
    if main_point and not (named or wrong or blown or sarcasm):
        named = feeling_acknowledged(
            ctx, [h for h in ack if h not in sounds], cost_sents + soothing
        )
    if has_no_listening(ctx):  # "ok", "hmm", "sure", "Oof.": nothing here is about them
        main_point, named, need, ack, legit, links = [], [], [], [], [], []

    if legit and not ack and not wrong and (named or main_point):
        ack = made_understandable(ctx, legit)  # "that makes total sense" beside their point
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
        said = list(ctx.partner.words) + [
            m.group(1) for m in A.FELT_WORD.finditer(ctx.stmt.text)
        ]  # "feels impossible", "I feel unimportant": a feeling the lexicon lacks
        if main_point and (checked or any(w in ctx.resp.masked for w in said)):
            # a parrot reproduces the partner's own words, feeling included: accurate, but thin.
            # Their sentence with no feeling in it, said back, names none
            named = named or [Hit("names_main_feeling", 0, len(ctx.resp.masked.rstrip()))]

    hits = (
        fixing
        + reassurance
        + silver
        + permission
        + minimizing
        + shrunk
        + judging
        + hijack
        + sarcasm
        + echo
        + main_point
        + named
        + wrong
        + blown
        + need
        + distort
        + motives
        + motives_judging(ctx, motives)
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


def _their_words(ctx: Ctx, hit: Hit) -> bool:
    """The hit is three or more of the partner's own words, copied from the statement, or their
    claim said back to them ("you didn't do anything wrong" to "I didn't do anything wrong")."""
    said = " ".join(ctx.resp.masked[hit.start : hit.end].split())
    stmt = " ".join(ctx.stmt.text.split())
    mine = re.split(r",|\s(?:and|but|so)\s", re.sub(r"^(?:you|u)\b", "i", said))[0].strip()
    return len(said.split()) >= 3 and (said in stmt or (len(mine.split()) >= 3 and mine in stmt))
