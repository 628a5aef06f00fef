"""Round 9 (cases_meaning_r9, from the not-hijacking errors of cases_fresh_v10a): complaints
about the listener in other grammar ("I've asked you...", "can you please stop...", "you've taken
on...", "you plan every day for me", "without checking our account") let the defence rules see
the excuse after them; a bare concession ("Fair.") owns what follows; what worked for someone
else, offered as advice, is not the listener's story; "I did tell you...", "join the club, I'm
sick of being your..." answer their trouble with the listener's grievance."""

from __future__ import annotations

import pytest

from tests.offline_grade import grade_reply, hijack_costs


def _hijack_costs(statement: str, reply: str) -> set[str]:
    return hijack_costs(grade_reply(statement, reply))


@pytest.mark.parametrize(
    "statement, reply",
    [
        (
            "I've asked you twice now to ring the plumber and the sink's still dripping.",
            "Sorry, I honestly thought you'd already booked him.",
        ),
        (
            "Could you please not play your music after eleven? I've got work at six.",
            "It's only loud because the speaker's broken, where else am I meant to play it?",
        ),
        (
            "Since your mum got ill you've taken on every weekend with her and I barely see you.",
            "I've only said yes because nobody else in the family will do it.",
        ),
        (
            "You booked the ferry without even checking our dates. We said we'd plan it together.",
            "You're right, and I get why that stung. It's just Sam was rushing everyone to book "
            "and I panicked.",
        ),
    ],
)
def test_an_excuse_after_a_complaint_in_other_grammar_defends(statement: str, reply: str) -> None:
    assert "defends_self" in _hijack_costs(statement, reply), reply


def test_a_bare_concession_owns_what_follows() -> None:
    statement = (
        "Can you stop telling me to just smile more at work? It's not that simple with my manager."
    )
    reply = (
        "Fair. I've been making it sound easy when it really isn't. Dealing with him every day "
        "sounds exhausting."
    )
    assert _hijack_costs(statement, reply) == set()
    # a concession that turns ("Fair, but...") is still a counter-complaint
    turned = "Fair, but you never smile at me when I get in either."
    assert _hijack_costs(statement, turned) & {"counter_complaint", "defends_self"}


@pytest.mark.parametrize(
    "statement, reply",
    [
        (
            "The boiler's packed in and the quote is nine hundred. What do you think we should do?",
            "That's a horrible bill to land with no warning. Since you're asking, I think we ask "
            "them about paying monthly, they did that for Tom last winter.",
        ),
        (
            "I've been so bored since I retired. The days just drag.",
            "The days dragging with nothing to fill them sounds really flat. You should try the "
            "walking group at the library, I saw a poster for it.",
        ),
    ],
)
def test_what_helped_someone_else_offered_as_advice_is_no_story(statement: str, reply: str) -> None:
    assert "me_too_story" not in _hijack_costs(statement, reply)


def test_the_listeners_own_people_in_advice_are_still_their_story() -> None:
    statement = "They made me redundant today. What do you think I should do first?"
    reply = (
        "When they laid my dad off from the depot he never found work again, just sat in the "
        "garden till Mum left."
    )
    assert "me_too_story" in _hijack_costs(statement, reply)


@pytest.mark.parametrize(
    "statement, reply",
    [
        (
            "The doctor says my cholesterol's high. I can't believe it.",
            "Well, I did tell you about the takeaways.",
        ),
        (
            "My back's gone again, I'm so sick of being in pain.",
            "Join the club, I'm sick of being your nurse.",
        ),
    ],
)
def test_their_trouble_answered_with_the_listeners_grievance(statement: str, reply: str) -> None:
    grade = grade_reply(statement, reply)
    assert "counter_complaint" in {e.item for e in grade.rubrics.not_hijacking.evidence}
    assert grade.rubrics.not_fixing.passed  # "join the club" is no instruction


def test_asked_what_we_should_do_is_asked_for_advice() -> None:
    statement = "The landlord wants us out by March. What do you reckon we should do?"
    reply = "That's so little time. You should ring the council on Monday about the waiting list."
    assert grade_reply(statement, reply).rubrics.not_fixing.passed


@pytest.mark.parametrize(
    "statement, reply",
    [
        (
            "Six months since Grandad died and everyone's stopped asking how I am.",
            "Six months, and the asking has stopped. You must miss him so much.",
        ),
        (
            "Mum, I got into medical school! Full scholarship!",
            "Ehen! Medical school? Look at God! All those late nights, you must be so proud.",
        ),
        (
            "You missed Amy's recital and didn't even text. She kept looking for you.",
            "I'm sorry, I know that hurt her. Work literally called me in at four, what was I supposed to do?",
        ),
        (
            "I'm tired of explaining my fibromyalgia to people who think it just means a bit of aching.",
            "You're tired of explaining your fibromyalgia to people who think it just means a bit of aching.",
        ),
    ],
)
def test_no_order_is_read_into_a_guess_a_praise_a_subject_or_their_own_words(
    statement: str, reply: str
) -> None:
    grade = grade_reply(statement, reply)
    assert grade.rubrics.not_fixing.passed, grade.rubrics.not_fixing.evidence


def test_orders_of_the_same_shapes_are_still_advice() -> None:
    statement = "Six months since Grandad died and everyone's stopped asking how I am."
    for reply in (
        "You must get out more, it's been six months.",
        "Look at the bright side and book a holiday.",
    ):
        assert not grade_reply(statement, reply).rubrics.not_fixing.passed, reply


def test_what_helps_the_listener_is_still_their_own_in_advice() -> None:
    """Found on external_dev.csv: a self-disclosure inside a suggestion is the listener's life,
    not a step's support ("what helps me calm down is a run")."""
    statement = "I can't switch off at night, my head just races."
    reply = "Before bed, what helps me calm down is going for a long run, it really clears my head. You should try it."
    assert _hijack_costs(statement, reply) & {"me_too_story", "brief_me_too", "centers_self"}


def test_the_part_they_single_out_by_setting_another_aside_is_the_point() -> None:
    statement = "It's not even the noise. It's that you promised me last week you'd stop."
    aside = grade_reply(
        statement, "The noise from next door is a nightmare, I'd be losing sleep too."
    )
    assert not aside.rubrics.accuracy.passed
    said = grade_reply(
        statement,
        "So it's that I promised last week and then didn't stop. That must feel like I don't keep my word.",
    )
    assert "reflects_main_point" in {e.item for e in said.rubrics.accuracy.evidence}


def test_anger_guessed_for_fright_is_the_wrong_feeling_but_joyful_shaking_is_joy() -> None:
    fright = "Some bloke followed me off the bus last night. I'm home, but I can't stop shaking."
    grade = grade_reply(fright, "You must be livid with him.")
    assert "wrong_feeling" in {e.item for e in grade.rubrics.accuracy.evidence}
    joy = "I passed my PhD viva!!! I can't stop shaking!"
    grade = grade_reply(joy, "You passed your viva! You must be over the moon.")
    assert "wrong_feeling" not in {e.item for e in grade.rubrics.accuracy.evidence}


def test_an_offered_reflection_says_back_the_part_they_kept() -> None:
    from trainer.grading.feedback.reflection import reason_clauses

    clauses = " ".join(
        reason_clauses("It's not even the money. It's that you bought the sofa without asking me.")
    )
    assert "sofa" in clauses and "money" not in clauses
