"""English detection: grade real English however sloppy, refuse replies in other languages."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer.grading.offline.language import ENGLISH_WORDS, FOREIGN_WORDS, looks_english

ENGLISH = [
    "ok that sucks",
    "ugh sorry babe",
    "you felt like a gringo at the fiesta",
    "my mom said 'ça suffit'",
    "omg thats so unfair, ur boss is the worst",
    "i hear u, sounds exausting tbh",
    "Sounds like you're really frustrated with your sister.",
    "so you felt left out when Jürgen and Amélie went to the café without you?",
    "that's rough babe 😢",
    "I'm sorry, that sounds super hard. Do you want to talk about it or should I just listen?",
    "wow congrats!!! proud of u",
    "so u felt like nobody noticed",
    "Ugh. Terrible. Awful day.",
    "It sounds like the move to Paris and all the déjà vu with your mom's comments left you "
    "drained.",
    "de nada haha you're welcome",
    "Makes sense you'd be upset, Abuela said que no and that stung",
    "I get it. Your dad's 'nein' felt final.",
    "you must be gutted mate",
    "tbh idk what to say, that's awful",
    "so the whole thing w/ ur bf made u feel invisible?",
    "feeling overwhlemed huh",
    "SO YOU'RE SAYING NOBODY EVEN ASKED HOW YOU WERE",
]

FOREIGN = [
    ("Lo siento mucho, eso suena muy difícil para ti.", "es"),
    ("Entiendo que estés frustrado con tu jefe, es normal.", "es"),
    ("ok, lo siento mucho, eso suena muy estresante", "es"),
    ("Je suis désolé, ça a l'air vraiment difficile.", "fr"),
    ("Ok, mais je pense que tu es fatigué", "fr"),
    ("Das tut mir leid, das klingt wirklich stressig.", "de"),
    ("Ja, ich weiß, das ist schwer für dich", "de"),
    ("Sinto muito, isso parece muito difícil pra você.", "pt"),
    ("Mi dispiace tanto, sembra davvero difficile per te.", "it"),
    ("Wat vervelend voor je, dat klinkt echt zwaar.", "nl"),
    ("听起来你真的很累，我在这里陪你。", "cjk"),
    ("Мне очень жаль, это звучит тяжело.", "cyrillic"),
    ("يبدو أنك متعب جدا", "arabic"),
    ("यह सुनकर बहुत दुख हुआ", "devanagari"),
    ("それは大変でしたね", "hiragana"),
    ("정말 힘들었겠다", "hangul"),
    ("Λυπάμαι πολύ, ακούγεται δύσκολο", "greek"),
    ("זה נשמע ממש קשה", "hebrew"),
    ("gracias", "es"),
    ("merci beaucoup", "fr"),
    ("Danke!", "de"),
]

NOT_ENGLISH_UNKNOWN = [
    "tum bahut thak gaye ho yaar, main samajhta hoon",
    "aku ngerti kamu capek banget hari ini",
    "To brzmi naprawdę ciężko, przykro mi.",
]


@pytest.mark.parametrize("text", ENGLISH)
def test_english_replies_are_accepted(text: str) -> None:
    verdict = looks_english(text)
    assert verdict.is_english, verdict
    assert verdict.language == "en"
    assert 0.5 <= verdict.confidence <= 1.0


@pytest.mark.parametrize(("text", "language"), FOREIGN)
def test_foreign_replies_are_rejected_with_a_language_guess(text: str, language: str) -> None:
    verdict = looks_english(text)
    assert not verdict.is_english, verdict
    assert verdict.language == language
    assert 0.5 <= verdict.confidence <= 1.0


@pytest.mark.parametrize("text", NOT_ENGLISH_UNKNOWN)
def test_unlisted_languages_are_rejected_for_lack_of_english(text: str) -> None:
    verdict = looks_english(text)
    assert not verdict.is_english, verdict
    assert verdict.reason in {"too_few_english_words", "foreign_diacritics"}


@pytest.mark.parametrize("text", ["yeah", "ok", "lol", "hmm", "no", "sad", "Bonjour babe"])
def test_one_or_two_words_default_to_english(text: str) -> None:
    verdict = looks_english(text)
    assert (verdict.is_english, verdict.reason) == (True, "short_default")


@pytest.mark.parametrize("text", ["gracias", "Si, claro", "oui oui", "obrigado", "grazie"])
def test_clearly_foreign_short_replies_are_rejected(text: str) -> None:
    verdict = looks_english(text)
    assert (verdict.is_english, verdict.reason) == (False, "foreign_short_reply")


@pytest.mark.parametrize("text", ["Привет", "谢谢", "شكرا"])
def test_short_replies_in_another_script_are_rejected(text: str) -> None:
    verdict = looks_english(text)
    assert (verdict.is_english, verdict.reason) == (False, "non_latin_script")


@pytest.mark.parametrize("text", ["", "   ", "😢😢😢", "...!!!", "123 456", "🙏 🙏"])
def test_no_words_means_nothing_to_grade(text: str) -> None:
    verdict = looks_english(text)
    assert (verdict.is_english, verdict.reason, verdict.language) == (False, "no_words", "und")


def test_reasons_name_the_rule_that_decided() -> None:
    assert looks_english("Мне очень жаль").reason == "non_latin_script"
    assert looks_english("Das tut mir leid, echt").reason == "foreign_function_words"
    assert looks_english("that sounds like a lot").reason == "english"


def test_a_foreign_name_or_script_inside_english_stays_english() -> None:
    assert looks_english("my friend 小明 said you seemed really hurt by that").is_english
    assert looks_english("so your babushka called you a бездельник and that stung").is_english


def test_shared_words_count_for_english_only() -> None:
    for words in FOREIGN_WORDS.values():
        assert not words & ENGLISH_WORDS
    assert looks_english("so in a way you felt me, no?").is_english


@given(st.text(max_size=300))
def test_any_text_gets_a_bounded_verdict(text: str) -> None:
    verdict = looks_english(text)
    assert 0.0 <= verdict.confidence <= 1.0
    assert verdict == looks_english(text)
