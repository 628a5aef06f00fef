"""Meaning fields for everyday events (trainer/data/words/meaning.yaml), and the listener owning
what the partner says they did. The sentences are written for these tests; the eval cases for
the same kinds live in evals/cases/cases_meaning_mf.yaml."""

from __future__ import annotations

import pytest

from tests.offline_grade import grade_reply
from trainer.grading.offline.detectors.listener_part import laid_at_listener
from trainer.grading.offline.paraphrase import field_hits, fields_of


@pytest.mark.parametrize(
    ("theirs", "said_back"),
    [
        ("they've offered me a place on the course", "so you got in"),
        ("she unfollowed me and blocked my number", "being shut out without a word"),
        ("i lent him two hundred in may", "he still owes you"),
        ("he keeps finishing my sentences in meetings", "he talks over you"),
        ("my manager pinned it on me", "you were made the scapegoat"),
        ("they've postponed the hearing again", "another delay"),
        ("i've been covering for her since she went off", "picking up the slack"),
        ("my residence permit runs out in may", "the visa's nearly up"),
        ("the trip got called off", "it was all scrapped"),
        ("my son is emigrating to canada", "he's relocating"),
        ("i always have to be strict with them", "you end up the bad cop"),
        ("the ward won't tell us anything", "not knowing is awful"),
        ("i froze in the exam", "you got stuck"),
    ],
)
def test_an_everyday_event_in_new_words_shares_a_field(theirs: str, said_back: str) -> None:
    assert fields_of(theirs) & fields_of(said_back)


@pytest.mark.parametrize("common", ["i told him", "we went to work", "it's about time", "i got it"])
def test_common_words_alone_name_no_event_field(common: str) -> None:
    new = {"secret_told", "accepted", "snooping", "cut_off", "delayed", "pressured"}
    assert not fields_of(common) & new


def test_the_listener_owning_what_they_are_said_to_have_done_says_it_back() -> None:
    grade = grade_reply(
        "You read my texts while I was in the shower.",
        "I went through your messages without asking. No wonder you're angry.",
    )
    assert grade.rubrics.accuracy.checklist["reflects_main_point"]


def test_what_they_did_themselves_or_say_was_not_done_is_not_laid_at_the_listener() -> None:
    text = "you were late to my drinks and i stood there on my own. you never text back."
    owned = laid_at_listener(text, field_hits(text))
    assert "nobody_helps" not in owned  # "and i stood there on my own": their act
    assert "contact" not in owned  # "you never text back": what the listener did not do
    assert "lateness" in owned
