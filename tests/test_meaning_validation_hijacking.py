"""Meaning errors in validation and not hijacking (issue 12): defending, interjections, sarcasm,
counter-complaints, a change of subject after a token acknowledgement, me-too stories and
one-ups. Each row was wrong on the grader before these detectors changed."""

from __future__ import annotations

import pytest
from offline_grade import grade_reply as _grade

from trainer.grading.schema import Grade

# The partner is upset with the listener.
LATE = "You said you'd be home by seven to help with bath time and you rolled in at nine."
FORGOT = "You forgot to post my passport form and now I can't travel next month."
# The partner is upset about someone else.
SHIFT = "My manager gave my Saturday shift to her nephew without even asking me."


def _on(grade: Grade, rubric: str) -> set[str]:
    return {item for item, yes in grade.rubrics.get(rubric).checklist.items() if yes}  # type: ignore[arg-type]


# ----------------------------------------------------------------------------- defending


@pytest.mark.parametrize(
    ("statement", "reply"),
    [
        (LATE, "That's not fair. I didn't do it on purpose, the train was cancelled."),
        (LATE, "That's really unfair, I was stuck at work and you know it."),
        (FORGOT, "I didn't do it deliberately! I've had a mad week as well."),
        (FORGOT, "Hang on, you never said it was urgent."),
        (FORGOT, "Come off it, that's a bit harsh. It's one form."),
        (LATE, "What was I supposed to do, walk out of the meeting?"),
        (FORGOT, "ok but that's not fair, I was literally working till midnight."),
    ],
)
def test_defending_earns_no_validation_and_is_defending(statement: str, reply: str) -> None:
    grade = _grade(statement, reply)
    validation = _on(grade, "validation")
    assert not grade.rubrics.validation.passed, reply
    assert not {"legitimizes_feeling", "acknowledges_feeling"} & validation, (reply, validation)
    assert "names_main_feeling" not in _on(grade, "accuracy"), reply
    assert not grade.rubrics.not_hijacking.passed, reply
    assert _on(grade, "not_hijacking") & {"defends_self", "counter_complaint"}, reply


def test_not_on_purpose_is_a_defence_not_an_imputed_motive() -> None:
    grade = _grade(FORGOT, "I didn't do it on purpose.")
    assert "defends_self" in _on(grade, "not_hijacking")
    assert "imputes_motive" not in _on(grade, "accuracy")


@pytest.mark.parametrize(
    ("statement", "reply"),
    [
        (
            LATE,
            "I said seven and turned up at nine, and you were left doing bath time alone. "
            "No wonder you're fed up with me.",
        ),
        (
            FORGOT,
            "I dropped the ball on your form and now your trip's in doubt. That's not fair "
            "on you, and of course you're furious.",
        ),
    ],
)
def test_owning_the_impact_is_not_defending(statement: str, reply: str) -> None:
    grade = _grade(statement, reply)
    assert grade.rubrics.validation.passed, _on(grade, "validation")
    assert grade.rubrics.not_hijacking.passed, _on(grade, "not_hijacking")


def test_unfair_about_someone_else_still_legitimises() -> None:
    grade = _grade(SHIFT, "That's so unfair, no wonder you're angry with her.")
    assert "legitimizes_feeling" in _on(grade, "validation")
    assert grade.rubrics.not_hijacking.passed


# ----------------------------------------------------------------------------- interjections


@pytest.mark.parametrize(
    "reply", ["Ugh", "Wow.", "Oh no", "Oof.", "yikes!!", "ugh, geez", "Oh wow"]
)
def test_an_interjection_alone_acknowledges_nothing(reply: str) -> None:
    grade = _grade(SHIFT, reply)
    assert "acknowledges_feeling" not in _on(grade, "validation"), reply
    assert grade.score == 0, (reply, grade.score)


def test_an_interjection_that_opens_a_reflection_still_counts() -> None:
    grade = _grade(SHIFT, "Ugh, she gave your Saturday away without asking? That's so unfair.")
    assert "acknowledges_feeling" in _on(grade, "validation")
    assert grade.rubrics.validation.passed


# ----------------------------------------------------------------------------- sarcasm


@pytest.mark.parametrize(
    "reply",
    [
        "Oh poor you, one Saturday off.",
        "Must be nice to have weekends to lose.",
        "Sure, because nobody else ever works a Saturday.",
        "Wow, what a tragedy.",
        "That sounds awful /s",
        "Well excuse me for thinking it's not a big deal.",
    ],
)
def test_sarcasm_markers_are_flagged_and_earn_no_validation(reply: str) -> None:
    grade = _grade(SHIFT, reply)
    assert any(f.code == "sarcasm" for f in grade.flags), reply
    assert "sarcasm_or_contempt" in _on(grade, "validation")
    assert not ({"acknowledges_feeling", "legitimizes_feeling"} & _on(grade, "validation"))


@pytest.mark.parametrize(
    "reply", ["That must be so frustrating.", "You must be so fed up with her."]
)
def test_sincere_must_be_so_is_not_sarcasm(reply: str) -> None:
    grade = _grade(SHIFT, reply)
    assert not any(f.code == "sarcasm" for f in grade.flags), reply
    assert "acknowledges_feeling" in _on(grade, "validation")


# ----------------------------------------------------------------------------- hijacking


@pytest.mark.parametrize(
    ("statement", "reply"),
    [
        ("I'm shattered, I've done every school run this week.", "Neither have I had a lie-in!"),
        ("I'm so tired after today.", "Yeah well, my day wasn't exactly a picnic either."),
        (
            "I'm sick of always being the one who tidies up.",
            "Always? I've been the one doing the hoovering and the ironing for weeks.",
        ),
        ("I feel like you never plan anything for us.", "When was the last time you did?"),
        (
            "I hate that you're glued to the telly every night.",
            "You're on your phone every evening, so I don't know why I'm the problem.",
        ),
    ],
)
def test_counter_complaints_are_hijacking(statement: str, reply: str) -> None:
    grade = _grade(statement, reply)
    assert "counter_complaint" in _on(grade, "not_hijacking"), reply
    assert not grade.rubrics.not_hijacking.passed
    assert not grade.rubrics.validation.passed


@pytest.mark.parametrize(
    "reply",
    [
        "Ah, rough. Anyway, what do you fancy for tea?",
        "That sucks, sorry. Did you see the match last night though?",
        "Hm. Are we still going to your sister's on Sunday?",
    ],
)
def test_a_change_of_subject_after_a_token_acknowledgement(reply: str) -> None:
    grade = _grade(SHIFT, reply)
    assert "changes_subject" in _on(grade, "not_hijacking"), reply
    assert not grade.rubrics.validation.passed


@pytest.mark.parametrize(
    ("statement", "reply"),
    [
        ("I waited an hour for the bus in the rain.", "An hour is nothing, I once waited three."),
        ("Sophie won't sleep past five.", "Ha, our Jamie was way worse, up at four for a year."),
        ("I lost my job today.", "Welcome to the club, mine went in March."),
    ],
)
def test_one_ups_are_stories_not_brief_me_toos(statement: str, reply: str) -> None:
    grade = _grade(statement, reply)
    assert "me_too_story" in _on(grade, "not_hijacking"), reply
    assert not grade.rubrics.not_hijacking.passed


def test_a_brief_me_too_that_turns_back_still_passes() -> None:
    grade = _grade(
        "I waited an hour for the bus in the rain.",
        "Been there. An hour soaked through, you must be frozen and fed up.",
    )
    assert grade.rubrics.not_hijacking.passed


# ----------------------------------------------------------------------------- the new cases


# ----------------------------------------------------------------------------- self-disclosure

DOORS = "My daughter's been slamming doors all week and I'm at the end of my rope."


@pytest.mark.parametrize(
    "reply",
    [
        "I have three teenagers myself and the door slamming never really stops.",
        "I'm sorry. I went through the same with my son two years ago.",
        "My sister's kids are exactly like that, it drives her mad.",
        "I do feel that way with mine sometimes.",
    ],
)
def test_the_listeners_own_life_without_turning_back_is_a_story(reply: str) -> None:
    grade = _grade(DOORS, reply)
    assert "me_too_story" in _on(grade, "not_hijacking"), reply
    assert not grade.rubrics.not_hijacking.passed


@pytest.mark.parametrize(
    "reply",
    [
        "Same here. What's been the hardest part of the week for you?",
        "A whole week of slammed doors and you're running on empty. Do I have that right?",
        "I'd be at the end of my rope too. You sound completely worn down by it.",
    ],
)
def test_a_brief_me_too_or_a_check_in_is_not_a_story(reply: str) -> None:
    grade = _grade(DOORS, reply)
    assert "me_too_story" not in _on(grade, "not_hijacking"), reply
    assert grade.rubrics.not_hijacking.passed
