"""Sums and lengths of time read as sizes (trainer/grading/offline/amounts.py): a restatement
keeps their size in any wording; a changed size is a distorted fact."""

from __future__ import annotations

import pytest

from tests.offline_grade import grade_reply
from trainer.grading.offline.amounts import amounts_in, resized


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("it came to three hundred quid", "money", 300),
        ("a £1,200 deposit", "money", 1200),
        ("he owes me five grand", "money", 5000),
        ("about 5k in the end", "money", 5000),
        ("twenty-five quid", "money", 25),
        ("forty minutes in the rain", "time", 40),
        ("an hour and a half", "time", 90),
        ("half an hour", "time", 30),
        ("a couple of hours", "time", 120),
        ("for two whole days", "time", 2880),
    ],
)
def test_amounts_are_read_as_sizes(text: str, kind: str, value: float) -> None:
    (found,) = amounts_in(text)
    assert (found.kind, found.value) == (kind, value)


@pytest.mark.parametrize("text", ["three times a day", "twice a week", "the 6 foot rule"])
def test_rates_and_measures_that_are_not_sums_or_lengths(text: str) -> None:
    assert amounts_in(text) == []


def test_the_same_size_in_other_words_is_kept_and_a_new_size_is_changed() -> None:
    kept, changed = resized(
        "The bill was three hundred quid.", "A £300 bill, and then three grand more"
    )
    assert [a.value for a in kept] == [300]
    assert [a.value for a in changed] == [3000]


def test_a_vague_size_is_neither_kept_nor_changed() -> None:
    assert resized("They sacked me in a ten minute call.", "in a few minutes") == ([], [])


def test_the_same_number_beside_the_same_unit_either_way_is_kept() -> None:
    kept, changed = resized("I said I'd manage six months. It's month two.", "two months in")
    assert len(kept) == 1 and changed == []


@pytest.mark.parametrize(
    ("reply", "distorted"),
    [
        ("Three grand for the dentist, out of nowhere. No wonder you're reeling.", True),
        ("A £300 bill you never saw coming, no wonder you're reeling.", False),
    ],
)
def test_a_changed_sum_distorts_the_facts(reply: str, distorted: bool) -> None:
    grade = grade_reply(
        "The dentist's bill was three hundred quid and I wasn't expecting it.", reply
    )
    costs = {e.item for e in grade.rubrics.accuracy.evidence if e.effect == "cost"}
    assert ("distorts_facts" in costs) is distorted
