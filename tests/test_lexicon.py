"""The feeling lexicon: coverage of the data, exact offsets, inflections, idioms, typos, speed."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from trainer.grading.offline.feeling_matcher import (
    families_of,
    find_feelings,
    lookup,
    same_family,
    typo_collisions,
)
from trainer.grading.offline.lexicon import (
    FAMILIES,
    FeelingHit,
    LexiconData,
    canonical_words,
    inflections,
    load_lexicon,
    valence_of,
)
from trainer.grading.offline.typos import edit_distance


def words_of(text: str) -> list[tuple[str, str]]:
    """(matched text, canonical word) pairs, the most readable thing to assert on."""
    return [(text[h.start : h.end], h.word) for h in find_feelings(text)]


def only_hit(text: str) -> FeelingHit:
    hits = find_feelings(text)
    assert len(hits) == 1, [(text[h.start : h.end], h.word) for h in hits]
    return hits[0]


# --- the data --------------------------------------------------------------------------------


def test_data_has_enough_words_and_families() -> None:
    data = load_lexicon()
    feelings = canonical_words("feeling")
    assert len(feelings) >= 220
    assert len(feelings) >= 150
    assert len(data.families) >= 12
    assert set(data.families) == set(FAMILIES)
    assert all(len(family.words) >= 3 for family in data.families.values())
    assert len(canonical_words("situation")) >= 20


def test_required_colloquial_words_are_present() -> None:
    for word in [
        "frustrated", "hurt", "stressed", "overwhelmed", "fed up", "burnt out", "pissed",
        "gutted", "bummed", "stoked", "heartbroken", "lonely", "invisible", "taken for granted",
        "unappreciated", "dismissed", "on edge", "torn", "relieved", "proud", "thrilled",
        "over the moon", "at my wits end", "done with", "over it", "sick of", "freaking out",
        "a mess", "on top of the world",
    ]:  # fmt: skip
        assert lookup(word) is not None, word


def test_situation_words_name_the_family_they_imply() -> None:
    for word, family in [
        ("a lot", "overwhelm"),
        ("too much", "overwhelm"),
        ("hard", "overwhelm"),
        ("tough", "overwhelm"),
        ("rough", "overwhelm"),
        ("unfair", "anger"),
    ]:
        hit = lookup(word)
        assert hit is not None, word
        assert (hit.kind, hit.family) == ("situation", family)


def test_load_is_cached() -> None:
    assert load_lexicon() is load_lexicon()


def test_every_written_form_finds_its_own_entry() -> None:
    """Round trip over the whole file: each form, in a sentence that satisfies its cue."""
    failures = []
    for _, entry in load_lexicon().entries():
        prefix = {"none": "", "any": "it was ", "feel": "I feel "}[entry.cue]
        forms = [entry.word, *entry.forms]
        for form in forms:
            form = form.replace("{pos}", "my").replace("{obj}", "me")
            text = prefix + form
            hits = find_feelings(text)
            if [h.word for h in hits] != [entry.word] or text[hits[0].start :] != form:
                failures.append((text, [h.word for h in hits]))
    # "I feel great" is rightly the idiom "feel good", not the situation word "great".
    assert failures == []


def test_anger_intensity_rises_from_annoyed_to_furious() -> None:
    def intensity(word: str) -> int:
        hit = lookup(word)
        assert hit is not None and hit.family == "anger"
        return hit.intensity

    assert intensity("annoyed") == intensity("irritated") == 1
    assert intensity("angry") == intensity("mad") == 2
    assert intensity("furious") == intensity("livid") == intensity("enraged") == 3
    assert intensity("annoyed") < intensity("angry") < intensity("furious")


def test_valence_of_families() -> None:
    assert valence_of("anger") == "negative"
    assert valence_of("joy") == "positive"
    assert valence_of("confusion") == "mixed"
    assert valence_of("not-a-family") is None


def _raw() -> dict[str, Any]:
    return load_lexicon().model_dump(mode="json")


def test_schema_forbids_unknown_keys() -> None:
    raw = _raw()
    raw["families"]["anger"]["words"][0]["colour"] = "red"
    with pytest.raises(ValidationError, match="colour"):
        LexiconData.model_validate(raw)


def test_schema_rejects_bad_intensity_missing_family_and_shared_forms() -> None:
    raw = _raw()
    raw["families"]["anger"]["words"][0]["intensity"] = 4
    with pytest.raises(ValidationError):
        LexiconData.model_validate(raw)

    raw = _raw()
    del raw["families"]["hope"]
    with pytest.raises(ValidationError, match="hope"):
        LexiconData.model_validate(raw)

    raw = _raw()
    raw["families"]["joy"]["words"][0]["forms"].append("furious")
    with pytest.raises(ValidationError, match="furious"):
        LexiconData.model_validate(raw)


def test_schema_rejects_placeholders_in_lemmas_and_unknown_placeholders() -> None:
    raw = _raw()
    raw["families"]["anger"]["words"][0]["word"] = "lost {pos} cool"
    with pytest.raises(ValidationError, match="placeholder"):
        LexiconData.model_validate(raw)

    raw = _raw()
    raw["families"]["anger"]["words"][0]["forms"].append("lost {whose} cool")
    with pytest.raises(ValidationError, match="whose"):
        LexiconData.model_validate(raw)


# --- matching --------------------------------------------------------------------------------


def test_offsets_point_into_the_original_text() -> None:
    text = "Honestly?  You sound FRUSTRATED,\nand kinda burned-out — at your wit's end."
    hits = find_feelings(text)
    assert [(text[h.start : h.end], h.word, h.family) for h in hits] == [
        ("FRUSTRATED", "frustrated", "frustration"),
        ("burned-out", "burnt out", "overwhelm"),
        ("at your wit's end", "at my wits end", "frustration"),
    ]
    assert [(h.start, h.end) for h in hits] == [(21, 31), (43, 53), (56, 73)]


def test_offsets_survive_characters_whose_lower_case_is_longer() -> None:
    text = "İstanbul was lovely but İ felt so lonely"
    hit = only_hit(text)
    assert text[hit.start : hit.end] == "lonely"


def test_curly_apostrophes_and_contractions() -> None:
    assert words_of("I’m so stressed, can’t cope") == [
        ("stressed", "stressed"),
        ("can’t cope", "can't cope"),
    ]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("that's so frustrating", "frustrated"),
        ("the frustration builds", "frustrated"),
        ("it hurts", "hurt"),
        ("you're hurting", "hurt"),
        ("so much stress", "stressed"),
        ("she worries a lot about it", "worried"),
        ("he answered angrily", "angry"),
        ("you resent him", "resentful"),
        ("I hope so", "hopeful"),
        ("we were hoping", "hopeful"),
        ("the embarrassment", "embarrassed"),
        ("you seem anxious", "anxious"),
        ("your anxiety", "anxious"),
    ],
)
def test_inflections_and_word_forms(text: str, word: str | None) -> None:
    found = [h.word for h in find_feelings(text) if h.kind == "feeling"]
    assert found == ([word] if word else [])


def test_inflections_helper() -> None:
    assert {"hurts", "hurting"} <= inflections("hurt")
    assert {"worries", "worried", "worrying"} <= inflections("worry")
    assert {"hopes", "hoped", "hoping"} <= inflections("hope")
    assert "angrily" in inflections("angry")
    assert "lovely" not in inflections("love")  # "lovely" is not a feeling


def test_case_insensitive() -> None:
    assert [h.word for h in find_feelings("FURIOUS. Overwhelmed. heartBROKEN")] == [
        "furious",
        "overwhelmed",
        "heartbroken",
    ]


@pytest.mark.parametrize(
    ("text", "matched", "word"),
    [
        ("I'm so fed up with this", "fed up", "fed up"),
        ("totally burnt out", "burnt out", "burnt out"),
        ("kind of stressed out lately", "stressed out", "stressed"),
        ("she's freaking out", "freaking out", "freaking out"),
        ("I'm at my wits end", "at my wits end", "at my wits end"),
        ("over the moon about it", "over the moon", "over the moon"),
        ("on top of the world!", "on top of the world", "on top of the world"),
        ("I'm sick of it", "sick of", "sick of"),
        ("I'm done with this job", "done with", "done with"),
        ("I'm so over it", "over it", "over it"),
        ("you feel taken for granted", "taken for granted", "taken for granted"),
        ("they take you for granted", "take you for granted", "taken for granted"),
        ("it's driving me nuts", "driving me nuts", "driving me crazy"),
        ("honestly I'm a mess", "a mess", "a mess"),
        ("you've got a lot on your plate", "a lot on your plate", "a lot on my plate"),
        ("you're on edge", "on edge", "on edge"),
        ("you're torn", "torn", "torn"),
    ],
)
def test_multi_word_expressions(text: str, matched: str, word: str) -> None:
    hit = only_hit(text)
    assert (text[hit.start : hit.end], hit.word) == (matched, word)


def test_longest_match_wins_and_hits_never_overlap() -> None:
    assert words_of("he's pissed off") == [("pissed off", "pissed")]
    assert words_of("sick and tired of it") == [("sick and tired", "sick of")]
    hit = only_hit("you feel not appreciated")
    assert (hit.word, hit.family) == ("unappreciated", "hurt")
    text = (
        "I'm fed up and burnt out, at my wits end, sick and tired, stressed out, "
        "over the moon and on top of the world but a lot on my plate"
    )
    hits = find_feelings(text)
    assert len(hits) == 8
    for a, b in itertools.pairwise(hits):
        assert a.end <= b.start


def test_phrases_do_not_cross_sentence_punctuation() -> None:
    assert words_of("The dog was fed. Up next: dinner.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Sadie made a madrigal in Madrid",
        "the gladiator was sadistic",
        "a joystick and hopscotch",
        "the scarecrow was hurtling",
        "madam, that's made up",
    ],
)
def test_no_matches_inside_other_words(text: str) -> None:
    assert find_feelings(text) == []


@pytest.mark.parametrize(
    ("typo", "word"),
    [
        ("frustated", "frustrated"),
        ("fustrated", "frustrated"),
        ("overwhlemed", "overwhelmed"),
        ("exausted", "exhausted"),
        ("dissapointed", "disappointed"),
        ("lonley", "lonely"),
        ("anxous", "anxious"),
        ("embarassed", "embarrassed"),
        ("jelous", "jealous"),
        ("frustrtaed", "frustrated"),
    ],
)
def test_typos_of_long_words_are_tolerated(typo: str, word: str) -> None:
    hit = only_hit(f"you sound {typo} tbh")
    assert (hit.word, hit.fuzzy) == (word, True)


def test_exact_matches_are_not_fuzzy() -> None:
    assert only_hit("you sound frustrated").fuzzy is False


@pytest.mark.parametrize(
    "word",
    [
        "started", "between", "another", "nothing", "frosted", "lovely", "sacred", "please",
        "recent", "losing", "living", "scarred", "attached", "broker", "sander", "exited",
        "hunting", "respect", "support", "value", "Serena", "Underwood", "weakness",
    ],
)  # fmt: skip
def test_real_words_are_never_typo_matches(word: str) -> None:
    assert find_feelings(f"it was {word} and then") == []


def test_short_words_get_no_typo_tolerance() -> None:
    assert find_feelings("angy hapy sda") == []


def test_typo_collisions_reports_real_words_the_blocklist_must_hold() -> None:
    assert typo_collisions(["lovely", "lonely", "zebra"]) == {"lovely": "lonely"}
    blocklist = load_lexicon().typo_blocklist
    assert "lovely" in blocklist
    assert find_feelings("lovely and sacred") == []


def test_edit_distance() -> None:
    assert edit_distance("frustated", "frustrated", 2) == 1
    assert edit_distance("frustrtaed", "frustrated", 2) == 1  # one transposition
    assert edit_distance("dissapointed", "disappointed", 2) == 2
    assert edit_distance("abc", "xyz", 1) == 2  # capped at limit + 1


# --- cues and vetoes -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I'm so down lately", "down"),
        ("please sit down", None),
        ("I'm down to help", None),
        ("you feel seen", "seen"),
        ("I've seen it", None),
        ("you feel used", "used"),
        ("I used to live there", None),
        ("I feel calm now", "calm"),
        ("just calm down", None),
        ("you feel sad and low", "low"),
        ("the battery is low on power", None),
        ("that sounds rough", "rough"),
        ("rough sandpaper", None),
        ("that's a lot", "a lot"),
        ("thanks a lot", None),
        ("a lot of people", None),
        ("just get over it", None),
        ("That's it. Lost in thought", None),
        ("I'm lost", "lost"),
        ("torn jeans", None),
    ],
)
def test_cued_words_need_a_linking_word(text: str, word: str | None) -> None:
    found = [h.word for h in find_feelings(text) if h.word not in {"sad"}]
    assert found == ([word] if word else [])


# --- helpers ---------------------------------------------------------------------------------


def test_families_of_and_same_family() -> None:
    assert families_of(["fed up", "lonely", "FURIOUS"]) == {"frustration", "loneliness", "anger"}
    assert families_of("heartbroken") == {"sadness"}
    assert families_of("you seem exausted") == {"overwhelm"}
    assert families_of(["banana"]) == set()
    assert same_family("furious", "annoyance")
    assert same_family("stressed out", "overwhelmed")
    assert not same_family("furious", "sad")
    assert not same_family("banana", "sad")


def test_hit_kinds() -> None:
    hits = find_feelings("that's so unfair, you must be furious")
    assert [(h.word, h.kind) for h in hits] == [("unfair", "situation"), ("furious", "feeling")]


@given(st.text(max_size=200))
def test_any_text_gives_ordered_in_bounds_hits(text: str) -> None:
    hits = find_feelings(text)
    previous_end = 0
    for hit in hits:
        assert previous_end <= hit.start < hit.end <= len(text)
        assert hit.family in FAMILIES
        assert 1 <= hit.intensity <= 3
        previous_end = hit.end


def test_deterministic() -> None:
    text = "so overwhlemed and lonley, honestly it's a lot"
    assert find_feelings(text) == find_feelings(text)
