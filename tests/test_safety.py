"""Talk of self-harm, violence or abuse stops the drill with real help; idioms and ordinary
conflict do not. Misses here are the expensive kind of bug, so the cases are many and plain."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from trainer import safety
from trainer.safety import SAFETY_NOTICE, SafetyCategory, SafetyResult, screen

SELF_HARM = [
    "i want to die",
    "honestly i just wanna kms",
    "I've been thinking about killing myself",
    "i dont want to be here anymore",
    "Honestly? I don’t want to be here anymore.",
    "I've been thinking about ending it",
    "Everyone would be better off without me.",
    "there's no reason to live",
    "I cut myself again last night",
    "i took a bunch of pills",
    "some days i want to unalive myself",
    "I feel suicidal and I don't know who to tell",
    "sometimes i want to hurt myself",
    "I wish I was dead",
    "i want to end it all",
    "i dont want to live",
    "I never want to wake up again",
    "you'd be better off without me",
    "sometimes i think everyone would be better off if i was gone",
    "i keep thinking about not being here",
    "i cant go on anymore",
    "I have nothing to live for",
    "i took all my pills at once",
    "i overdosed last year and i'm scared it'll happen again",
    "i want to die lol",  # a laugh does not excuse the plain words
    "I want to die of embarrassment",  # without a laugh marker it counts
    "he keeps saying he'll kill himself if I leave",
    "kys",
    "I'd rather be dead.",
    "i've been self harming again",
]

VIOLENCE = [
    "he hit me last night",
    "She slapped me in front of the kids",
    "he choked me during the fight",
    "he pushed me down the stairs",
    "my husband threw me against the wall",
    "he said he'd kill me if I left",
    "he pulled a knife on me",
    "I'm afraid he will hurt me",
    "I hit her.",
    "i slapped him and i feel awful about it",
    "he grabbed my arm and hit me",
    "hes been hitting me",
    "I got punched by my boyfriend",
    "he beat me up",
    "he beats me.",
    "u hit me",
    "you hit me with a belt",
    "he shoved me",
    "he didn't just yell, he hit me",
    "He never hit me before. Last night he choked me.",
    "he not only hit me, he laughed",
    "he threw a plate at me",
    "she said she'd stab me",
    "he had his hands around my throat",
    "he hit my son",
    "I pushed her and she fell",
    "my gf punched me in the face",
    "She shoved me into the wall",
    "ur gonna hit me again arent u",
    "he held a knife to my throat",
    "he has a gun and says he'll use it on me",
    "he strangled me until I passed out",
    "my husband gets violent when he drinks",
    "I fear for my safety at home",
    "he threatened to break my arm",
]

ABUSE = [
    "he won't let me see my friends",
    "she takes my phone and won't give it back",
    "he tracks my location and gets angry when I'm late",
    "he forced me to have sex",
    "he made me do things I didn't want to do sexually",
    "he says no one will believe me",
    "he threatens to take the kids if I tell anyone",
    "I'm scared of what he'll do",
    "I’m scared of what he’ll do",
    "he tells me I'm crazy and I'm scared",
    "he keeps my passport",
    "im not allowed to see my family",
    "she threatened to leave me with nothing",
    "my bf smashed my phone",
    "I'm terrified of my husband",
    "I can't tell anyone, no one would believe me",
    "if I tell anyone he'll take the kids",
    "she threatened to post my nudes",
    "he makes me have sex when i dont want to",
    "he took my car keys so I can't leave",
    "he put an airtag in my bag",
    "hes always checking my phone and loses it if i text a guy",
    "he won't let me go anywhere without him",
    "I think I'm in an abusive relationship",
    "he didn't stop when I said no",
]

NEAR_MISSES = [
    "this deadline is killing me",
    "I could kill for a coffee",
    "you're killing it at work",
    "I'm dying to see you",
    "my phone died",
    "she beat me at chess",
    "I hit the gym",
    "the news hit me hard",
    "my boss hit me with another project",
    "I hit a wall with the thesis",
    "he pushed me to apply for the job",
    "I'm so mad I could scream",
    "ugh I want to die of embarrassment lol",
    "I'm dead tired",
    "she slays",
    "we fought about money",
    "he yelled at me about the dishes",
    "you're suffocating me with all these texts",
    "I feel trapped in this job",
    "the kids are driving me crazy",
    "he has never hit me",
    "I'd never hurt myself",
    "I wouldn’t hurt myself",
    "I'm not going to kill myself, I'm just tired",
    "I'm not suicidal, just worn out",
    "He's never laid a hand on me",
    "he said he'd never hurt me",
    "hit me up later",
    "she hit me up last night",
    "she kicked me out of the group chat lol",
    "that movie choked me up",
    "I ran 5 kms today",
    "he threw me a surprise party",
    "that question threw me off",
    "you really hurt me when you forgot our anniversary",
    "I'd rather die than go camping again",
    "I cut myself shaving",
    "I hurt myself at the gym",
    "I'm going to cut myself some slack",
    "he stabbed me in the back at work",
    "she says I'm imagining things",
    "you push me away when I try to talk",
    "you always push me.",
    "I'm scared to tell him I dented the car",
    "I'm scared to lose you",
    "he took my phone to call his mom",
    "he never lets me pick the movie",
    "my mom is going to kill me",
    "i don't want to be here, this party is boring",
    "I don't want to live in this city",
    "I'm thinking about ending things with him",
    "we can't go on like this",
    "I got hit with a huge bill",
    "I was pushed into this job",
    "beats me why he's upset",
    "it hit me that he was right",
    "slapped me with a parking ticket",
    "slapped me on the back and said well done",
    "the baby kicked me all night",
    "I beat him at tennis",
    "he slammed the door",
    "we're dying of laughter",
    "I'm afraid he'll hurt my feelings",
    "you're choking me with all these rules",
]

POSITIVES: list[tuple[str, SafetyCategory]] = [
    *((t, "self_harm") for t in SELF_HARM),
    *((t, "violence") for t in VIOLENCE),
    *((t, "abuse") for t in ABUSE),
]


@pytest.mark.parametrize(("text", "category"), POSITIVES)
def test_danger_is_flagged_in_its_category_with_exact_offsets(
    text: str, category: SafetyCategory
) -> None:
    result = screen(text)
    assert result.flagged, text
    assert result.category == category
    assert result.text_index == 0
    assert result.start is not None and result.end is not None
    assert text[result.start : result.end] == result.matched
    assert result.matched.strip() == result.matched and result.matched
    assert result.notice == SAFETY_NOTICE[category]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_idioms_and_ordinary_conflict_are_not_flagged(text: str) -> None:
    result = screen(text)
    assert result == SafetyResult(flagged=False), result


@pytest.mark.parametrize(
    ("text", "matched"),
    [
        ("Honestly, I dont want to be here anymore.", "dont want to be here anymore"),
        ("lately he's been hitting me when he drinks", "he's been hitting me"),
        ("He took my phone and won't give it back.", "took my phone and won't give it back"),
        ("I’m scared of what he’ll do", "scared of what he’ll do"),
        ("ok so ive been thinking about ending it tbh", "thinking about ending it"),
        ("my boyfriend said he'd hurt me if I went", "said he'd hurt me"),
    ],
)
def test_matched_is_the_callers_own_words(text: str, matched: str) -> None:
    result = screen(text)
    assert result.matched == matched
    assert result.start == text.index(matched)


def test_negation_only_cancels_its_own_match() -> None:
    assert not screen("he has never hit me").flagged
    assert not screen("I would never ever hurt myself").flagged
    assert screen("he has never hit me, but last week he shoved me").category == "violence"
    assert screen("I'd never hurt myself. But I want to die.").category == "self_harm"
    # a negation further back does not reach the verb
    assert screen("I don't know why he hit me").flagged


def test_embarrassment_idiom_is_excused_only_with_a_laugh() -> None:
    assert not screen("I want to die of embarrassment lol").flagged
    assert not screen("i wanna die of cringe 😂").flagged
    assert screen("I want to die of embarrassment").flagged
    assert screen("i want to die lol").flagged


def test_gaslighting_counts_only_with_fear() -> None:
    assert not screen("he tells me I'm crazy").flagged
    assert screen("he tells me I'm crazy and I'm scared of him").category == "abuse"
    assert screen("he tells me I'm crazy and honestly I feel unsafe").category == "abuse"


def test_the_most_serious_hit_wins_across_texts() -> None:
    abuse = "he won't let me see my friends"
    violence = "he slapped me"
    self_harm = "i want to die"
    result = screen(abuse, violence, self_harm)
    assert (result.category, result.text_index, result.matched) == ("self_harm", 2, "want to die")
    result = screen(abuse, "You sound hurt.", violence)
    assert (result.category, result.text_index) == ("violence", 2)
    assert screen(abuse, "").category == "abuse"


def test_ties_go_to_the_earlier_text_then_the_earlier_offset() -> None:
    result = screen("we argued. then he hit me", "she slapped me")
    assert (result.text_index, result.matched) == (0, "he hit me")
    text = "he shoved me and then he choked me"
    assert screen(text).matched == "he shoved me"


def test_learner_response_is_screened_too() -> None:
    statement = "You never listen to me when I talk about work."
    response = "You feel unheard. Honestly I hit her last week and I can't stop thinking about it."
    result = screen(statement, "", response)
    assert result.category == "violence"
    assert result.text_index == 2
    assert response[result.start or 0 : result.end] == "I hit her"


def test_clear_result_has_nothing_to_show() -> None:
    result = screen("You sound exhausted, and you need me to notice.", "")
    assert result.flagged is False
    assert (result.category, result.matched, result.start, result.end, result.notice) == (
        None,
        None,
        None,
        None,
        None,
    )
    assert screen() == result


def test_result_is_frozen_and_consistent() -> None:
    result = screen("he hit me")
    with pytest.raises(ValidationError):
        result.flagged = False  # type: ignore[misc]
    with pytest.raises(ValidationError):
        SafetyResult(flagged=True, category="abuse")
    with pytest.raises(ValidationError):
        SafetyResult(flagged=False, matched="hit")


@pytest.mark.parametrize("category", ["self_harm", "violence", "abuse", "distress"])
def test_every_notice_says_what_this_is_and_pauses_the_drill(category: SafetyCategory) -> None:
    notice = SAFETY_NOTICE[category]
    assert "not therapy or crisis support" in notice
    assert "immediate danger" in notice and "emergency" in notice
    assert "drill is paused" in notice


def test_self_harm_notice_gives_crisis_lines_not_the_abuse_lines() -> None:
    notice = SAFETY_NOTICE["self_harm"]
    assert "988" in notice and "Suicide & Crisis Lifeline" in notice
    assert "Samaritans" in notice and "116 123" in notice
    assert "findahelpline.com" in notice
    assert "1-800-799-7233" not in notice


@pytest.mark.parametrize("category", ["violence", "abuse"])
def test_relationship_notices_give_the_domestic_abuse_lines(category: SafetyCategory) -> None:
    notice = SAFETY_NOTICE[category]
    assert "National Domestic Violence Hotline" in notice and "1-800-799-7233" in notice
    assert "START to 88788" in notice
    assert "National Domestic Abuse Helpline" in notice and "0808 2000 247" in notice
    assert "988" not in notice


def test_notices_contain_no_other_numbers() -> None:
    allowed = {"988", "116 123", "1-800-799-7233", "88788", "0808 2000 247"}
    for notice in SAFETY_NOTICE.values():
        numbers = set(re.findall(r"\d[\d -]*\d|\d", notice))
        assert numbers <= allowed, numbers - allowed


_FILLER_WORDS = st.sampled_from(
    ["you", "feel", "tired", "and", "the", "dinner", "was", "late", "we", "talked", "ok", "so"]
)
_SENTENCE = st.lists(_FILLER_WORDS, min_size=0, max_size=8).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(before=_SENTENCE, case=st.sampled_from(POSITIVES), after=_SENTENCE)
def test_a_danger_sentence_is_found_inside_ordinary_talk(
    before: str, case: tuple[str, SafetyCategory], after: str
) -> None:
    text, category = case
    statement = f"{before}. {text}\n{after}."
    result = screen("That sounds hard.", statement)
    assert result.category == category
    assert result.text_index == 1
    assert statement[result.start or 0 : result.end] == result.matched


def test_triggers_never_hide_a_match(monkeypatch: pytest.MonkeyPatch) -> None:
    """Triggers only skip work: with every rule forced to run, every case screens the same."""
    everything = {
        category: tuple(rule._replace(triggers=("",)) for rule in rules)
        for category, rules in safety.RULES.items()
    }
    texts = [text for text, _ in POSITIVES] + NEAR_MISSES
    with_triggers = [screen(text) for text in texts]
    monkeypatch.setattr(safety, "RULES", everything)
    assert [screen(text) for text in texts] == with_triggers
