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
from trainer.grading.offline.detectors.fixing import detect_reassurance
from trainer.grading.offline.feelings import feelings_in
from trainer.grading.offline.patterns import accuracy as A
from trainer.grading.offline.patterns import hijacking as H
from trainer.grading.offline.patterns import validation as V
from trainer.grading.offline.text import Sentence, content_stems

OFF_TOPIC = "changes_subject"


def _own_words(chunk: str) -> str:
    """A sentence with its listener moves ("I hear you", "I'm sorry") and formulas ("where
    you're coming from", "with you") blanked out."""
    chunk = H.YOU_FORMULA.sub(lambda m: " " * (m.end() - m.start()), chunk)
    chunk = H.HYPOTHETICAL.sub(lambda m: " " * (m.end() - m.start()), chunk)
    return H.LISTENER_MOVES.sub(lambda m: " " * (m.end() - m.start()), chunk)


def _self_sentences(ctx: Ctx) -> list[Sentence]:
    """Sentences about the listener: first person, not a listener move, no "you" focus."""
    out = []
    for s in ctx.sents:
        chunk = ctx.resp.masked[s.start : s.end]
        stripped = _own_words(chunk)
        n_self = len(H.SELF_REF.findall(stripped))
        n_you = len(H.YOU_REF.findall(stripped))
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


def detect_hijacking(ctx: Ctx) -> tuple[list[Hit], list[Sentence]]:
    """me-too stories, brief me-too, counter-complaints, defending, self-centring, topic change."""
    hits: list[Hit] = []
    self_sents = _self_sentences(ctx)
    partner_sents = [s for s in ctx.sents if s not in self_sents]
    me_too = find_hits_by_sentence(H.ME_TOO, ctx, "me_too_story")
    experience = (
        []
        if ctx.upset
        else [
            s
            for s in self_sents
            if _EXPERIENCE.search(_own_words(ctx.resp.masked[s.start : s.end]))
            or H.DISCLOSURE.search(_own_words(ctx.resp.masked[s.start : s.end]))
        ]
    )
    marker_sents = [s for s in self_sents if any(s.start <= h.start < s.end + 1 for h in me_too)]
    story_parts = list(dict.fromkeys([*marker_sents, *experience]))
    story_words = sum(len(tokens_of(ctx.resp.masked[s.start : s.end])) for s in story_parts)

    # "My uncle survived it. Your aunt will be fine too.": comfort after a story is not a turn
    # back to their experience
    comforting = detect_reassurance(ctx) if (me_too or experience) else []

    def about_them(s: Sentence) -> bool:
        chunk = ctx.resp.masked[s.start : s.end]
        if any(sentence_contains(s, h) for h in comforting) or H.PREDICTS_OK.search(chunk):
            return False
        asks = ctx.resp.masked[s.end : s.end + 3].lstrip().startswith("?")  # "What was it like?"
        return bool(asks or H.YOU_REF.search(_own_words(chunk)) or V.ACKNOWLEDGES.search(chunk))

    # "turns straight back": a sentence about the partner after the me-too; a bare "me too" or
    # "been there" may sit anywhere beside one
    first = min((s.start for s in story_parts), default=0)
    turns_back = any(s.start > first and about_them(s) for s in partner_sents) or (
        story_words <= 4 and any(about_them(s) for s in partner_sents)
    )
    story_text = " ".join(ctx.resp.masked[s.start : s.end] for s in story_parts)
    story_sents: list[Sentence] = []
    if me_too or experience:
        is_story = (
            len(story_parts) >= 2
            or story_words >= 12
            or (bool(story_parts) and not turns_back)
            or bool(H.STORY_SPECIFICS.search(story_text))
        )
        if is_story:
            # the evidence is the story itself, not a "too" in the comfort after it
            in_story = [h for h in me_too if any(sentence_contains(s, h) for s in story_parts)]
            first_part = [Hit("me_too_story", s.start, s.end) for s in story_parts[:1]]
            hits += in_story or first_part or me_too
            story_sents = story_parts
        elif me_too:
            hits += [Hit("brief_me_too", h.start, h.end) for h in me_too]
    one_ups = find_hits_by_sentence(H.ONE_UP, ctx, "me_too_story")
    if one_ups and not any(h.item == "me_too_story" for h in hits):
        # a bigger, worse or longer version of theirs is never a brief me-too
        hits = [h for h in hits if h.item != "brief_me_too"] + one_ups[:1]
        story_sents = story_sents or [s for s in ctx.sents if sentence_contains(s, one_ups[0])]
    hits += find_hits(H.COUNTER_COMPLAINT, ctx, "counter_complaint")
    hits += find_hits_by_sentence(H.COUNTER_COMPLAINT_MORE, ctx, "counter_complaint")
    hits += find_hits(H.DEFENDS_STRONG, ctx, "defends_self")
    if ctx.upset:
        hits += find_hits(H.DEFENDS, ctx, "defends_self")
    centers = find_hits(H.CENTERS_SELF, ctx, "centers_self")
    apologies = len(re.findall(r"\b(?:sorry|apologi[sz]e)\b", ctx.resp.masked))
    dominated = len(self_sents) >= 3 and len(self_sents) > len(partner_sents)
    if centers or (apologies >= 3 and len(self_sents) >= 2) or (dominated and not story_sents):
        hits += centers or [Hit("centers_self", self_sents[0].start, self_sents[0].end)]
    if not any(h.item != "brief_me_too" for h in hits):
        hits += _detect_topic_change(ctx)
    return hits, story_sents


def sentence_contains(sent: Sentence, hit: Hit) -> bool:
    return sent.start <= hit.start < sent.end + 1


def _detect_topic_change(ctx: Ctx) -> list[Hit]:
    hits = []
    found = find_hits(H.TOPIC_CHANGE, ctx, OFF_TOPIC)
    found += [  # "^" in a pattern means a sentence's start too ("That sucks. Anyway, ...")
        h
        for h in find_hits_by_sentence(H.TOPIC_CHANGE, ctx, OFF_TOPIC)
        if not any(f.start <= h.start < f.end for f in found)
    ]
    for h in found:
        sent = sentence_at(ctx.sents, h.start)
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
    words = tokens_of(text)
    if (
        len(words) >= 5
        and not (set(content_stems(ctx.resp.text)) & ctx.stmt_stems)
        and not feelings_in(text)
        and not V.ACKNOWLEDGES.search(text)
        and not H.SELF_REF.search(text)
        and (not H.YOU_REF.search(text) or re.match(r"\s*did\s+(?:you|u)\s+know\b", text))
        and not A.REFLECTIVE_FRAME.search(text)
        # continuing their thread: "so...", "but that...", "people do..." refer back to it
        and not re.search(
            r"\b(?:that|this|it|it's|that's|those|these|they|them|such|people|there)\b", text
        )
        and not re.match(
            r"\s*(?:so|but|and|yeah|yes|right|mm|okay|ok|well|oh|uh|um|sure|true)\b", text
        )
    ):
        return [Hit(OFF_TOPIC, 0, len(text.rstrip()))]
    return []
