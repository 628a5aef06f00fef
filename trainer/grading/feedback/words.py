"""The feedback writers' word lists, read once from trainer/data/words/feedback.yaml."""

from __future__ import annotations

from trainer.datafiles import WORD_LISTS, Words, packaged
from trainer.grading.schema import Frozen


class FeedbackWords(Frozen):
    """feedback.yaml: adjectives, statement fillers, sentence starters and clause verbs."""

    plain_adjectives: Words
    adjective_endings: Words
    not_adjective_endings: Words
    statement_fillers: Words
    sentence_starters: Words
    clause_verbs: Words


FEEDBACK = WORD_LISTS.load(packaged("words", "feedback.yaml"), FeedbackWords)
