"""Round 8 (cases_meaning_r8, from the accuracy errors of the development sets): joy shown by what
they did ("grinning like an idiot", "couldn't stop smiling") is joy, not shame; what they want of
the listener said back ("you wish I'd just notice", "you need me to just do it") is their need, not
advice or the listener's story; "I'd just laugh it off" is advice; and a third party casting them
as the one at fault ("acting like I'm the one who's late") is no complaint about the listener."""

from __future__ import annotations

import pytest

from tests.offline_grade import grade_reply, items

GRIN = "They finally signed off my sabbatical and I walked out grinning like an idiot."


def test_joy_shown_by_a_grin_is_not_shame() -> None:
    shame = grade_reply(GRIN, "You must feel so silly, making a fool of yourself in the office.")
    assert not shame.rubrics.accuracy.passed
    assert "wrong_feeling" in {e.item for e in shame.rubrics.accuracy.evidence}
    joy = grade_reply(
        GRIN, "Your sabbatical's signed off! No wonder you were grinning, you must be so happy."
    )
    assert joy.rubrics.accuracy.passed
    assert "wrong_feeling" not in {e.item for e in joy.rubrics.accuracy.evidence}


@pytest.mark.parametrize(
    "statement",
    [
        "The kids put on a little show for my birthday and I couldn't stop smiling.",
        "My tutor said the essay was the best in the year. I was beaming all the way home.",
    ],
)
def test_a_fearful_guess_for_joy_they_showed_is_the_wrong_feeling(statement: str) -> None:
    assert "wrong_feeling" in items(
        statement, "You sound really anxious about it all.", "accuracy", "cost"
    )


def test_felt_like_an_idiot_is_still_shame() -> None:
    statement = "I felt like an idiot turning up to the party a week early."
    assert grade_reply(
        statement, "You felt so foolish turning up a week early."
    ).rubrics.accuracy.passed
    assert "wrong_feeling" in items(
        statement, "You must have been delighted to get the date wrong!", "accuracy", "cost"
    )


@pytest.mark.parametrize(
    "statement, reply",
    [
        (
            "I'm sick of being the one who remembers every birthday in your family.",
            "You're fed up carrying it all. You wish I'd just keep track of them myself.",
        ),
        (
            "Every time I bring up the wedding budget you go quiet on me.",
            "It's lonely when I go quiet. You need me to just talk it through with you instead of "
            "shutting down.",
        ),
    ],
)
def test_their_wish_of_the_listener_is_neither_advice_nor_a_story(
    statement: str, reply: str
) -> None:
    grade = grade_reply(statement, reply)
    assert grade.rubrics.not_fixing.passed, grade.rubrics.not_fixing.evidence
    assert grade.rubrics.not_hijacking.passed, grade.rubrics.not_hijacking.evidence


def test_the_listeners_own_step_is_still_advice() -> None:
    statement = "My brother-in-law made another joke about my accent at dinner."
    for reply in ("That stings. I'd just laugh it off next time.", "Ugh. I'd let it go, honestly."):
        assert "gives_advice" in items(statement, reply, "not_fixing", "cost"), reply
    # and "you need to" is an instruction, not their need of the listener
    assert "gives_advice" in items(
        statement, "That's grim. You need to just tell him to stop.", "not_fixing", "cost"
    )


def test_a_third_party_casting_them_as_at_fault_is_no_complaint_about_the_listener() -> None:
    statement = (
        "The club secretary lost our entry form and now she's acting like I'm the one who forgot."
    )
    grade = grade_reply(statement, "That's so unfair. She lost it, not you.")
    assert "defends_self" not in {e.item for e in grade.rubrics.not_hijacking.evidence}
    assert grade.rubrics.not_hijacking.passed
    # "I'm the only one actually trying", said of the listener, still is one
    own = "I'm the only one actually trying to save, and you keep ordering takeaways."
    assert "defends_self" in items(
        own, "That's so unfair, I cook most nights.", "not_hijacking", "cost"
    )


@pytest.mark.parametrize(
    "statement, reply",
    [
        (
            "When I ask about your day you just grunt and carry on watching the football.",
            "When you ask and I just grunt at the telly, you feel shut out. I'm not trying to "
            "shut you out, I just need ten minutes when I get in.",
        ),
        (
            "You leave your gym bag in the hall every night and I trip over it in the dark.",
            "Tripping over my bag in the dark is rubbish. Honestly I don't even notice I'm doing "
            "it, I'm always rushing to get the dinner on.",
        ),
    ],
)
def test_a_defence_of_what_the_listener_keeps_doing_costs_not_hijacking(
    statement: str, reply: str
) -> None:
    assert "defends_self" in items(statement, reply, "not_hijacking", "cost")


def test_owning_what_they_keep_doing_is_no_story_of_the_listeners() -> None:
    statement = "You go quiet every time I mention my dad, and I end up feeling like a burden."
    reply = (
        "When you mention your dad and I go quiet, you end up feeling like a burden to me. "
        "That's a lonely place to be left, and I can see why it hurts."
    )
    grade = grade_reply(statement, reply)
    assert grade.rubrics.not_hijacking.passed, grade.rubrics.not_hijacking.evidence


def test_a_reason_straight_after_the_apology_is_an_excuse() -> None:
    statement = "You missed my graduation drinks. You were the only one who didn't come."
    excuse = "You wanted me there and I wasn't. I'm sorry, it's just that work got on top of me."
    assert "defends_self" in items(statement, excuse, "not_hijacking", "cost")
    plain = "You wanted me there and I wasn't, on a night that was all about you. I'm sorry."
    assert "defends_self" not in items(statement, plain, "not_hijacking", "cost")


@pytest.mark.parametrize(
    "reply",
    [
        "Well sorry I'm not a mind reader.",
        "Oh sorry, I forgot you're the only one round here who lifts a finger.",
        "Sorry for breathing, I suppose.",
    ],
)
def test_an_apology_said_in_sarcasm_answers_the_complaint(reply: str) -> None:
    statement = "You forgot to pick up the prescription again and now the chemist's shut."
    grade = grade_reply(statement, reply)
    assert not grade.rubrics.not_hijacking.passed
    assert "defends_self" in {e.item for e in grade.rubrics.not_hijacking.evidence}


def test_not_only_but_adds_rather_than_turns() -> None:
    statement = "Your sister still owes us for the caravan and every time I raise it you change the subject."
    reply = (
        "Not only has she not paid us back, but when you bring it up I dodge it, so you're left "
        "feeling I'm on her side. That's really unfair on you."
    )
    assert "defends_self" not in items(statement, reply, "not_hijacking", "cost")


def test_only_a_feeling_they_did_not_express_made_understandable_is_no_validation() -> None:
    statement = "My brother's emigrating to New Zealand next month. I'm glad for him but I keep crying in the car."
    guessed = grade_reply(
        statement, "You must be furious with him for going, that's completely understandable."
    )
    assert "wrong_feeling" in {e.item for e in guessed.rubrics.accuracy.evidence}
    assert not guessed.rubrics.validation.passed
    assert "legitimizes_feeling" not in {e.item for e in guessed.rubrics.validation.evidence}
    # their own sadness, made understandable, still is
    theirs = grade_reply(
        statement,
        "You're happy for him and so sad to see him go. Of course you're crying, he's your brother.",
    )
    assert theirs.rubrics.validation.passed


@pytest.mark.parametrize(
    "reply",
    [
        "That sounds exhausting, a whole month of it. Let me have a word with him tonight.",
        "That sounds exhausting, a whole month of it. Maybe I could translate for you at the next one.",
        "That sounds exhausting, a whole month of it. You shouldn't let them get to you.",
        "That sounds exhausting, a whole month of it. Just rise above it.",
    ],
)
def test_an_unasked_step_after_a_reflection_is_fixing(reply: str) -> None:
    statement = "For a month now my in-laws have talked over me in Cantonese at every meal."
    grade = grade_reply(statement, reply)
    assert not grade.rubrics.not_fixing.passed, reply


def test_let_me_check_is_a_check_not_a_step_or_a_story() -> None:
    statement = "For a month now my in-laws have talked over me in Cantonese at every meal."
    grade = grade_reply(
        statement,
        "A month of meals where they talk right over you, that sounds so isolating. "
        "Let me check I've got it: it's feeling shut out at your own table?",
    )
    assert grade.rubrics.not_fixing.passed, grade.rubrics.not_fixing.evidence
    assert grade.rubrics.not_hijacking.passed, grade.rubrics.not_hijacking.evidence
    assert "captures_need_or_checks" in {e.item for e in grade.rubrics.accuracy.evidence}
