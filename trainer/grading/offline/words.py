"""The offline grader's word lists, read once from trainer/data/words/ through the one loader.

Each file has a small model here, so a typo in a hand-edited list fails at import with the file
and the field named, instead of quietly changing what the grader hears.
"""

from __future__ import annotations

from trainer.datafiles import WORD_LISTS, Words, packaged
from trainer.grading.schema import Frozen


class TextWords(Frozen):
    """text.yaml: texting forms to expand before matching, and the stop words."""

    expansions: dict[str, str]
    stopwords: Words
    irregular: dict[str, str]


class GraderWords(Frozen):
    """grader.yaml: pronoun swaps, echo filler and the words that open an advice clause."""

    pronoun_swap: dict[str, str]
    pronoun_swap_reflection_only: dict[str, str]
    third_person_swap: dict[str, str]
    feeling_adjectives: dict[str, str]
    echo_filler: Words
    clause_openers: Words
    advice_lead_verbs: Words


class LanguageWords(Frozen):
    """language.yaml: English and other languages' function words, and clear foreign replies."""

    english: Words
    function_words: dict[str, Words]
    clearly_foreign: dict[str, Words]


class ReactionWords(Frozen):
    """reactions.yaml: interjections, and the words of a reply with no listening in it."""

    interjections: Words
    dismay: Words
    no_listening: Words


TEXT = WORD_LISTS.load(packaged("words", "text.yaml"), TextWords)
GRADER = WORD_LISTS.load(packaged("words", "grader.yaml"), GraderWords)
LANGUAGE = WORD_LISTS.load(packaged("words", "language.yaml"), LanguageWords)
REACTIONS = WORD_LISTS.load(packaged("words", "reactions.yaml"), ReactionWords)
