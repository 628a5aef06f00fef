"""Accuracy: the partner's main point, feeling and need, checked; distortions and imputed
motives cost it."""

from __future__ import annotations

import re
from collections.abc import Callable

from trainer.grading.offline.detectors.context import (
    ECHO_FILLER,
    Ctx,
    Hit,
    sentence_at,
)

# re-exported: checklist.py reads every accuracy item from this module
from trainer.grading.offline.detectors.listener_part import laid_at_listener
from trainer.grading.offline.detectors.said_back import (
    detect_need_or_check as detect_need_or_check,
)
from trainer.grading.offline.detectors.said_back import feeling_not_owed as feeling_not_owed
from trainer.grading.offline.detectors.said_back import (
    feeling_tied_to_situation,
    longest_shared_run,
    misses_focus,
    no_feeling_expressed,
    pinned_alone,
    reason_is_theirs,
)
from trainer.grading.offline.detectors.stated import (
    AFRAID as _AFRAID,
)
from trainer.grading.offline.detectors.stated import (
    ANGER as _ANGER,
)
from trainer.grading.offline.detectors.stated import (
    LONELY as _LONELY,
)
from trainer.grading.offline.detectors.stated import (
    SAD as _SAD,
)
from trainer.grading.offline.detectors.stated import (
    WRONGED as _WRONGED,
)
from trainer.grading.offline.detectors.stated import (
    blame_turned_outward,
    denied_families,
    disowned,
    stated_families,
)
from trainer.grading.offline.feeling_matcher import find_feelings
from trainer.grading.offline.feelings import Feeling, family_valence, feelings_in
from trainer.grading.offline.paraphrase import field_hits, figurative_field_hits
from trainer.grading.offline.patterns import accuracy as A
from trainer.grading.offline.patterns import hijacking as H
from trainer.grading.offline.text import (
    QUESTION_START,
    Sentence,
    content_stems,
    normalize,
    stem,
)


def detect_main_point(
    ctx: Ctx, excluded: list[Sentence], attributed: list[Feeling] | None = None
) -> list[Hit]:
    """Overlap with the partner's content (or the hidden key facts), outside advice and stories:
    shared words, words of the same meaning field, and their feeling in a sister word."""
    # the words of a feeling idiom ("eating me up") are not their content ("eating properly?")
    _, figurative = figurative_field_hits(ctx.stmt.text)
    targets = set(ctx.stmt_stems) - {h.stem for h in figurative}
    target_text = ctx.stmt.text
    if ctx.hidden:
        for fact in ctx.hidden.key_facts:
            targets |= set(content_stems(normalize(fact).text))
        target_text += "\n" + "\n".join(normalize(f).text for f in ctx.hidden.key_facts)
    advice = [s for s in ctx.sents if A.ADVICE_CLAUSE.search(ctx.resp.masked[s.start : s.end])]
    excluded_ranges = [(s.start, s.end) for s in excluded + advice]  # advice restates nothing

    def outside(pos: int) -> bool:
        return not any(a <= pos < b for a, b in excluded_ranges)

    hits: list[Hit] = []
    seen: set[str] = set()
    # quoted words count here: quoting the partner back is part of reflecting them
    for m in A.CONTENT_RX.finditer(ctx.resp.text):
        if not outside(m.start()):
            continue
        word = m.group()
        st = stem(word)
        # a number is content however short ("the 6 foot rule" for "within 6 feet")
        if word in ECHO_FILLER or (len(word) <= 2 and not word.isdigit()) or st in seen:
            continue
        if st in targets or _near_stem(st, targets):
            seen.add(st)
            hits.append(Hit("reflects_main_point", m.start(), m.end()))
    run = longest_shared_run(ctx)
    if run and not hits:
        hits.append(Hit("reflects_main_point", run[0], run[1]))
    hits += _same_field(ctx, target_text, seen, outside)
    sister = _sister_feeling(ctx, attributed or [], outside)
    tied = [] if sister else feeling_tied_to_situation(ctx, attributed or [], outside)
    if tied and pinned_alone(ctx, tied[0], excluded, attributed or []):
        tied = []
    felt = sister or tied
    framed = bool(A.REFLECTIVE_FRAME.search(ctx.resp.masked))
    # a feeling that fits theirs beside their content is a second anchor: "it's normal to feel
    # nervous before an assessment" reflects "I'm anxious about a test" in a long turn too
    # (a word of how it weighs, "so hard for you", counts when said of them, not of the world)
    fits = any(
        outside(f.start)
        and ctx.partner.judge(f) == "match"
        and (f.kind == "feeling" or bool(H.YOU_REF.search(_sentence_of(ctx, f.start))))
        for f in attributed or []
    )
    if not hits:
        hits = felt
    elif felt and felt[0] not in hits:
        hits.append(felt[0])
    if hits and misses_focus(ctx, hits):
        return []  # "the van was late... what got me was you texting your ex": the part set aside
    enough = 2 if len(ctx.stmt_stems) >= 6 else 1
    # a feeling pinned on their news ("how frightening that is for you") is a reflective frame
    if len(hits) >= enough or (hits and (framed or fits or tied or _mostly_theirs(ctx, hits))):
        return hits
    return []


def _mostly_theirs(ctx: Ctx, hits: list[Hit]) -> bool:
    """A short reply whose content is largely theirs ("also getting bored?", "three days, then")
    says their point back even with one shared word: a third or more of its content words."""
    own = [w for w in content_stems(ctx.resp.masked) if w not in ECHO_FILLER]
    return bool(own) and len(hits) * 3 >= len(own)


# the clause so far is about the listener ("I did the bins", "I'm just tired")
_SELF_CLAUSE = re.compile(
    r"(?:^|[,;:]\s*|\b(?:and|but|so|because)\s+)(?:i|i'm|i've|i'd|we|we've|my)\b[^,;:]*$"
)


def _near_stem(st: str, targets: set[str]) -> bool:
    """ "friendship" for "friend", "comparing" for "comparison": one word grown from the other
    (the shorter at least 5 letters, so "care" is not "career")."""
    if len(st) < 5:
        return False
    return any(
        len(t) >= 5 and (t.startswith(st) or st.startswith(t)) and t[:5] == st[:5] for t in targets
    )


def _sister_feeling(
    ctx: Ctx, attributed: list[Feeling], outside: Callable[[int], bool]
) -> list[Hit]:
    """ "You sound exhausted" for "I've burned myself out": the feeling they stated, said back
    in a word of the same family, restates what they said. Not half of a mixed feeling
    ("excited but nervous" is not just "anxious")."""
    if ctx.partner.valence == "mixed":
        return []
    stated = {
        f.family for f in feelings_in(ctx.stmt.text) if f.owner != "other" and f.kind == "feeling"
    }
    if not stated:
        return []
    for f in attributed:
        if f.kind != "feeling" or not outside(f.start):
            continue
        said_of_them = H.YOU_REF.search(_clause_before(ctx, f.start))
        if f.family in stated or (
            not ctx.hidden and said_of_them and ctx.partner.judge(f) == "match"
        ):
            # a turn that is mostly a feeling ("I'm scared I'll fail") is reflected by naming it
            # in a word that fits ("you sound really anxious"), unless the word is pinned to
            # something they never said
            rest = ctx.resp.masked[f.end :]
            reason = A.FEELING_REASON.match(rest)
            if f.family not in stated and reason and not reason_is_theirs(ctx, f, reason.end()):
                continue
            return [Hit("reflects_main_point", f.start, f.end)]
    return []


def _sentence_of(ctx: Ctx, pos: int) -> str:
    sent = sentence_at(ctx.sents, pos)
    return ctx.resp.masked[sent.start : sent.end] if sent else ""


def _clause_before(ctx: Ctx, pos: int) -> str:
    sent = sentence_at(ctx.sents, pos)
    return ctx.resp.masked[sent.start if sent else 0 : pos]


def _same_field(
    ctx: Ctx, target_text: str, seen: set[str], outside: Callable[[int], bool]
) -> list[Hit]:
    """Reply words in a meaning field the partner spoke of, in other words (one per field)."""
    literal = figurative_field_hits(target_text)[0]
    wanted = frozenset(h.field for h in literal)
    owned = laid_at_listener(target_text, literal)
    hits: list[Hit] = []
    done: set[str] = set()
    for fh in field_hits(ctx.resp.masked):
        if fh.field not in wanted or fh.field in done or fh.stem in seen or not outside(fh.start):
            continue
        sent = sentence_at(ctx.sents, fh.start)
        chunk = ctx.resp.masked[sent.start : sent.end] if sent else ""
        if sent and sent.is_question and QUESTION_START.match(chunk):
            continue  # "have you called her?" asks; it does not say back
        if fh.field not in owned and _SELF_CLAUSE.search(
            ctx.resp.masked[sent.start if sent else 0 : fh.start]
        ):
            continue  # "I did the bins": the listener's own story or defence
        done.add(fh.field)
        hits.append(Hit("reflects_main_point", fh.start, fh.end))
    return hits


# the clause says the listener did it: its last person is "you" ("you read my texts")
def detect_main_feeling(
    ctx: Ctx, attributed: list[Feeling], main_point: list[Hit] | None = None
) -> tuple[list[Hit], list[Hit]]:
    """(names_main_feeling hits, wrong_feeling hits) against what the partner feels.

    Besides a feeling word that fits, "you feel like <their point>" points at the feeling in
    their own terms (only in a sentence that says back their point)."""
    right: list[Hit] = []
    wrong: list[Hit] = []
    plainly_denied: list[Hit] = []  # a feeling they said they do not have: wrong beside a right one
    denied, affirmed = denied_families(ctx)
    denied -= affirmed
    stated = stated_families(ctx)
    anger_guessed = bool(stated & (_SAD | _AFRAID)) and not stated & _ANGER
    # anger guessed for loneliness, sadness or fright they named ("you're angry I turned you
    # down" to "I felt so rejected... unwanted"), even though hurt and anger share a cluster (a
    # hurt of disrespect alone may well be anger)
    anger_for_other = bool(stated & (_LONELY | _AFRAID)) and not stated & _ANGER
    for f in attributed:
        verdict = ctx.partner.judge(f)
        if (
            anger_for_other
            and f.kind == "feeling"
            and f.family == "anger"
            and not _their_word(ctx, f)
        ):
            wrong.append(Hit("wrong_feeling", f.start, f.end))
        elif _strong_guess_at_facts(ctx, f):
            wrong.append(Hit("wrong_feeling", f.start, f.end))  # "you're furious" at a date moved
        elif f.kind == "feeling" and f.family in denied:
            before = ctx.resp.masked[max(0, f.start - 40) : f.start]
            after = ctx.resp.masked[f.end : f.end + 30]  # "the anger has gone": set aside with them
            if not (
                A.DENIED_BEFORE.search(before)
                or A.SET_ASIDE.search(before)
                or A.GONE_AFTER.match(after)
            ):
                # "I'm not mad" -> "you're mad"; "I'm not even angry" disowns it beside any other
                said = plainly_denied if disowned(ctx, f.family) else wrong
                said.append(Hit("wrong_feeling", f.start, f.end))
        elif verdict == "match":
            right.append(Hit("names_main_feeling", f.start, f.end))
        elif verdict == "conflict":
            wrong.append(Hit("wrong_feeling", f.start, f.end))
    if (
        right
        and anger_guessed
        and all(f.word == "crying" for f in attributed if _at(f, right))
        and not _WRONGED.search(ctx.stmt.text)
    ):
        # "you burst into tears, you must be so angry at them": only their tears said back, then
        # anger guessed for them; the one feeling the reply adds is the wrong one
        guessed = [_hit(f) for f in attributed if _anger_not_theirs(ctx, f)]
        if guessed:
            return [], guessed
    named = [f for f in attributed if _at(f, right)]
    if right and blame_turned_outward(ctx, named, stated):
        return [], [_hit(f) for f in named]  # "I let them all down" -> "angry at the director"
    if right:
        return right, plainly_denied
    wrong += plainly_denied
    if anger_guessed:
        # "you must be so angry at her" to someone tearing up, "you must be furious with that
        # driver" to someone who can't stop shaking: anger guessed for sadness or fright
        wrong += [_hit(f) for f in attributed if _anger_not_theirs(ctx, f) and not _at(f, wrong)]
    if wrong or not main_point:
        return [], wrong
    for f in attributed:
        if stated and f.family in _ANGER and not stated & _ANGER:
            continue  # "it makes you angry" for someone who said they are sad
        # a feeling neither of their cluster nor against it ("frustrated" for "jealous"), or a
        # word of how it weighs ("a tough meeting") for a hard turn, said beside their point in
        # the same sentence: it points at how the event landed for them
        sent = sentence_at(ctx.sents, f.start)
        weighs = f.kind == "situation" and family_valence(f.family) == ctx.partner.valence
        if (f.kind == "feeling" or weighs) and sent and _beside(sent, f, main_point):
            return [Hit("names_main_feeling", f.start, f.end)], []
    for m in A.FEEL_LIKE.finditer(ctx.resp.masked):
        sent = sentence_at(ctx.sents, m.start())
        if sent and any(sent.start <= h.start < sent.end + 1 for h in main_point):
            return [Hit("names_main_feeling", m.start(), m.end())], []
    return [], []


def _at(f: Feeling, hits: list[Hit]) -> bool:
    return any(h.start == f.start for h in hits)


def _hit(f: Feeling) -> Hit:
    return Hit("wrong_feeling", f.start, f.end)


def _anger_not_theirs(ctx: Ctx, f: Feeling) -> bool:
    """Anger the reply attributes that is not a word of theirs said back."""
    return f.kind == "feeling" and f.family == "anger" and not _their_word(ctx, f)


def _their_word(ctx: Ctx, f: Feeling) -> bool:
    """The feeling word is one they used ("hate" for "she told me she hated me"): said back, not
    guessed."""
    return set(content_stems(ctx.resp.masked[f.start : f.end])) <= set(ctx.stmt_stems)


def feeling_acknowledged(ctx: Ctx, ack: list[Hit], cost_sents: list[Sentence]) -> list[Hit]:
    """names_main_feeling from a feeling the reply acknowledges in its own words beside their
    point ("that's gutting", "no wonder you're fuming", "I'd be raging too"), in another
    sentence or in words their cluster does not list. Not from an apology or "I hear you",
    which name no feeling; not anger guessed for someone who said they are sad; not from a
    sentence that fixes, judges or reassures."""
    stated = stated_families(ctx)
    for h in ack:
        text = ctx.resp.masked[h.start : h.end].strip()
        if (
            h.item != "acknowledges_feeling"
            or A.NO_FEELING_ACK.match(text)
            or A.OWN_WOULD.match(text)
        ):
            continue
        if any(s.start <= h.start < s.end + 1 for s in cost_sents):
            continue
        named = {f.family for f in feelings_in(text)}
        if stated and named & _ANGER and not stated & _ANGER:
            continue
        return [Hit("names_main_feeling", h.start, h.end)]
    return []


# a guess offered as one: "maybe", "I wonder if", "I guess", "might", "could"
_HEDGED = re.compile(
    r"\b(?:maybe|perhaps|possibly|wonder|wondering|guess|guessing|might|may|could|kind\s+of|"
    r"a\s+(?:bit|little)|slightly|somewhat|i\s+imagine)\b"
)


# what marks a turn as more than plain facts: negation, intensifiers, trouble, a question or an
# exclamation ("she doesn't love me anymore", "it's really tiring", "so, keep moving?")
_AFFECT_CUE = re.compile(
    r"\b(?:not|no|never|nothing|nobody|none|\w+n't|cannot|anymore|really|so|too|very|such|just|"
    r"even|again|always|still|only|problems?|trouble|hate[ds]?|love[ds]?|worst|best|extreme|"
    r"crazy|ugh|wow|suddenly|finally|at\s+last|hard|tough|sick|tired|dealing)\b|[!?]|"
    # their words in scare quotes: "she told me it'd be 'fun for everyone'"
    r"(?:^|\s)'[a-z][a-z ,]{2,40}'(?=\W|$)"
)


_OF_THEM = re.compile(
    r"\b(?:you|u)(?:'re|\s+are|\s+r|\s+sound|\s+seem|\s+feel|\s+look|\s+were|'ve)\b"
)


def _strong_guess_at_facts(ctx: Ctx, f: Feeling) -> bool:
    """A strong feeling ("furious", "devastated", "terrified") said with confidence about plain
    facts: they named no feeling, told no good or bad news, and are not upset with the listener.
    It is not the one they expressed; a mild or hedged guess is left to the other checks."""
    if f.kind != "feeling" or f.intensity < 3 or ctx.upset or ctx.partner.news != "unknown":
        return False
    if not no_feeling_expressed(ctx) or _AFFECT_CUE.search(ctx.stmt.text):
        return False
    if (
        f.family == "anger"
        and A.AT_YOURSELF.match(ctx.resp.masked, f.end)
        and A.SELF_REPROACH.search(ctx.stmt.text)
    ):
        return False  # "furious with yourself" to "Idiot. Complete idiot.": their anger, said back
    if find_feelings(ctx.stmt.text):  # "it's really tiring": a feeling in a word of any form
        return False
    sent = sentence_at(ctx.sents, f.start)
    lead = ctx.resp.masked[sent.start if sent else 0 : f.start]
    # said of them, not of the event: "you're furious", not "that's so humiliating"
    return bool(
        _OF_THEM.search(lead) and not (sent and sent.is_question) and not _HEDGED.search(lead)
    )


def _beside(sent: Sentence, f: Feeling, main_point: list[Hit]) -> bool:
    return any(sent.start <= h.start < sent.end + 1 and h.start != f.start for h in main_point)
