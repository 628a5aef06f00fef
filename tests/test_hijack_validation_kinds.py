"""Not hijacking and validation on meaning (issue 12, items 4 and 5): who the partner is upset
with (a question asking the listener's view is no complaint), defending in everyday complaint
forms, owning it, counter-complaints, the listener's own life, changes of subject, endearments,
arguing with the feeling, and affirmations that treat the feeling as understandable. Each
parametrised row was wrong on the grader before these detectors changed."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from offline_grade import grade_reply as _grade

from trainer.evals.cases import load_cases
from trainer.grading.offline.patterns.statement import upset_with_listener
from trainer.grading.offline.text import normalize
from trainer.grading.schema import Grade

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "evals" / "cases"
HJ_CASES = CASES / "cases_meaning_hj.yaml"
EXTERNAL_DEV_CSV = ROOT.parent / "shared" / "data" / "external_dev.csv"


def _on(grade: Grade, rubric: str) -> set[str]:
    return {item for item, yes in grade.rubrics.get(rubric).checklist.items() if yes}  # type: ignore[arg-type]


# ----------------------------------------------------------------------------- who is upset


@pytest.mark.parametrize(
    "statement",
    [
        "Why do you think my brother stopped calling? Any ideas?",
        "Why would you say my boss went so quiet with me this week?",
        "Do you always get this jittery before a flight? I can't sit still.",
    ],
)
def test_a_question_asking_the_listeners_view_is_not_a_complaint(statement: str) -> None:
    assert not upset_with_listener(normalize(statement).text), statement


@pytest.mark.parametrize(
    "statement",
    [
        "You let the kids have sweets after I'd said no.",
        "You read my diary while I was out.",
        "You told Priya what I said about her husband.",
        "You booked the trip without even asking me.",
        "Why do you always leave the gate open?",
    ],
)
def test_complaints_about_the_listener_are_read_as_upset(statement: str) -> None:
    assert upset_with_listener(normalize(statement).text), statement


@pytest.mark.parametrize(
    ("statement", "reply"),
    [
        (
            "Why do you think my brother stopped calling? I keep checking my phone.",
            "I had no idea he'd gone quiet on you. You sound worried and a bit lost about it.",
        ),
        (
            "Why would you say my boss went so quiet with me this week? It's unsettling.",
            "I thought things were good between you two, so this must feel unsettling and confusing.",
        ),
    ],
)
def test_the_listeners_surprise_at_a_seekers_question_is_not_defending(
    statement: str, reply: str
) -> None:
    grade = _grade(statement, reply)
    assert "defends_self" not in _on(grade, "not_hijacking"), reply
    assert grade.rubrics.not_hijacking.passed, reply


# ----------------------------------------------------------------------------- defending

DIARY = "You read my diary while I was out. I feel sick about it."
SWEETS = "You let the kids have sweets after I'd said no, right in front of them."


@pytest.mark.parametrize(
    ("statement", "reply"),
    [
        (DIARY, "It was lying open on the bed, I figured you'd left it out for me."),
        (SWEETS, "It was only two little chocolates, and they'd been so good all day."),
        (SWEETS, "I was completely knackered after work, I didn't have the energy for a fight."),
        (DIARY, "I wasn't going to pretend I hadn't seen it, was I?"),
        (SWEETS, "I honestly didn't mean to undermine you."),
    ],
)
def test_explaining_oneself_to_an_upset_partner_is_defending(statement: str, reply: str) -> None:
    grade = _grade(statement, reply)
    assert "defends_self" in _on(grade, "not_hijacking"), reply
    assert not grade.rubrics.not_hijacking.passed


@pytest.mark.parametrize(
    ("statement", "reply"),
    [
        (DIARY, "I read something private of yours without asking. I'm sorry I did that."),
        (
            SWEETS,
            "I went against what you'd said right in front of them. Whatever I thought I was doing, it undercut you.",
        ),
        (DIARY, "I wish I'd never opened it. That must feel like a real betrayal."),
    ],
)
def test_owning_the_impact_in_the_first_person_is_not_hijacking(statement: str, reply: str) -> None:
    grade = _grade(statement, reply)
    assert grade.rubrics.not_hijacking.passed, (reply, _on(grade, "not_hijacking"))


# ----------------------------------------------------------------------------- counter and subject


@pytest.mark.parametrize(
    ("statement", "reply"),
    [
        (
            "I'm wiped out, I've done every bedtime this week.",
            "And I've done every single bin day, so.",
        ),
        ("I miss it when we used to go dancing.", "Well you're always in bed by ten, so."),
        (
            "I feel lonely with you on your laptop every night.",
            "You're on yours just as much as me.",
        ),
        ("I never feel like we have real time together.", "Ha. Wonder whose fault that is."),
    ],
)
def test_a_grievance_set_against_theirs_is_a_counter_complaint(statement: str, reply: str) -> None:
    grade = _grade(statement, reply)
    assert "counter_complaint" in _on(grade, "not_hijacking"), reply


@pytest.mark.parametrize(
    ("statement", "reply"),
    [
        (
            "My oldest friend is emigrating in June.",
            "Oh no. Did you ring the garage back about the MOT?",
        ),
        ("I didn't get into the choir.", "Shame. So what are we doing about the broadband?"),
        (
            "My dad's been so forgetful lately.",
            "Hmm. Right, I need to tell you what happened at the gym.",
        ),
    ],
)
def test_a_token_nod_then_the_listeners_business_changes_the_subject(
    statement: str, reply: str
) -> None:
    grade = _grade(statement, reply)
    assert "changes_subject" in _on(grade, "not_hijacking"), reply


# ----------------------------------------------------------------------------- the listener's life


@pytest.mark.parametrize(
    ("statement", "reply"),
    [
        (
            "I've felt so flat since we moved, I don't know anyone.",
            "Whenever I get low I go swimming at six in the morning. It clears my head every time.",
        ),
        (
            "My gran's just been diagnosed with Parkinson's.",
            "My great uncle battled it for ten years. I'm sure your gran will be fine.",
        ),
        (
            "My manager takes credit for everything I do.",
            "Mine does that every single week, you get used to it.",
        ),
    ],
)
def test_the_listeners_habits_and_relatives_are_a_story(statement: str, reply: str) -> None:
    grade = _grade(statement, reply)
    assert "me_too_story" in _on(grade, "not_hijacking"), reply


def test_imagining_oneself_in_their_place_is_not_a_story() -> None:
    grade = _grade(
        "My colleague presented my design as her own.",
        "I'd be livid too if someone passed off my work like that. It was your design.",
    )
    assert grade.rubrics.not_hijacking.passed, _on(grade, "not_hijacking")


# ----------------------------------------------------------------------------- validation


def test_an_endearment_is_not_the_feeling_love() -> None:
    alone = _grade("They postponed my operation again.", "Oh love.")
    assert not alone.rubrics.validation.passed
    assert "names_main_feeling" not in _on(alone, "accuracy")
    opened = _grade("They postponed my operation again.", "Oh love, that sounds so frightening.")
    named = [e.text for e in opened.rubrics.accuracy.evidence if e.item == "names_main_feeling"]
    assert "love" not in [t.lower() for t in named], named


@pytest.mark.parametrize(
    "reply",
    [
        "You're reading far too much in to it.",
        "I get that, but you're overthinking it.",
        "You're making something out of nothing.",
    ],
)
def test_calling_the_feeling_a_misreading_argues_with_it(reply: str) -> None:
    grade = _grade("My sister left me out of her birthday plans and I'm really hurt.", reply)
    validation = _on(grade, "validation")
    assert "judges_or_argues" in validation, reply
    assert "acknowledges_feeling" not in validation, reply
    assert not grade.rubrics.validation.passed


@pytest.mark.parametrize(
    ("statement", "reply"),
    [
        (
            "The garage charged me double what they quoted and I was so furious I shook.",
            "Anybody in that spot would have been just as furious.",
        ),
        (
            "I still cry about Mum most mornings.",
            "Your feelings are completely valid, it's no time at all.",
        ),
        (
            "I finally stood up to my boss today, I was shaking.",
            "You were shaking and did it anyway, that took real courage.",
        ),
    ],
)
def test_affirming_the_feeling_as_understandable_validates(statement: str, reply: str) -> None:
    grade = _grade(statement, reply)
    assert grade.rubrics.validation.passed, (reply, _on(grade, "validation"))


@pytest.mark.parametrize(
    ("statement", "reply"),
    [
        ("I quit my job and now I feel sick about it.", "You did the right thing, trust me."),
        (
            "I yelled at the kids and I feel like an awful dad.",
            "You're a great dad, you're doing your best.",
        ),
    ],
)
def test_praise_that_steps_past_the_feeling_does_not_validate(statement: str, reply: str) -> None:
    grade = _grade(statement, reply)
    assert not grade.rubrics.validation.passed, (reply, _on(grade, "validation"))


# ----------------------------------------------------------------------------- the new cases


def test_the_hijacking_cases_copy_nothing_from_the_external_data() -> None:
    if not EXTERNAL_DEV_CSV.exists():
        pytest.skip(f"{EXTERNAL_DEV_CSV} is absent")
    with EXTERNAL_DEV_CSV.open(encoding="utf-8", newline="") as fh:
        blob = "\n".join(
            (row.get(col) or "").lower()
            for row in csv.DictReader(fh)
            for col in ("response", "context", "prev_context")
        )
    ours = [t for c in load_cases(HJ_CASES) for t in (c.statement, c.response)]
    # any run of 30 characters of ours found verbatim in theirs
    copied = [t for t in ours if any(t.lower()[i : i + 30] in blob for i in range(len(t) - 29))]
    assert not copied, copied
