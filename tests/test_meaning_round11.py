"""Round 11 (cases_meaning_r11): kinds of error people make when reflecting that no detector
read (a feeling said back two sizes off; a person, pet, day or count swapped for another of its
kind), and the errors of the blind set v12a, released as development data: a late change of
subject, guilt trips and denials, mock awe, kind motives read in, normalising read as shrinking,
the listener's "I know" read as a story. Texts here are new wording, not the cases'."""

from __future__ import annotations

import pytest

from tests.offline_grade import costs, earned, grade_reply, hijack_costs

# --- a feeling said back at another size --------------------------------------------------------


@pytest.mark.parametrize(
    "statement, reply",
    [
        ("I'm a little irritated the builders are late again.", "You're livid with the builders."),
        ("I'm slightly worried about the results.", "You must be terrified about the results."),
        (
            "It annoys me a bit when the bins aren't done.",
            "You're absolutely furious about the bins.",
        ),
    ],
)
def test_a_feeling_they_softened_said_back_strong_is_the_wrong_size(
    statement: str, reply: str
) -> None:
    assert "wrong_feeling" in costs(statement, reply), reply


def test_the_blown_up_feeling_is_still_theirs_for_validation() -> None:
    statement = "I'm a bit annoyed you ate the last of the cake."
    reply = "You're furious I ate the last of the cake, and honestly that makes sense."
    assert "wrong_feeling" in costs(statement, reply)
    assert {"acknowledges_feeling", "legitimizes_feeling"} <= earned(statement, reply, "validation")


@pytest.mark.parametrize(
    "statement, reply",
    [
        (
            "I'm heartbroken that Nan's house is being sold.",
            "You're a little sad about Nan's house going.",
        ),
        (
            "I'm so hurt that nobody remembered my birthday.",
            "You're slightly miffed, kind of hurt.",
        ),
        (
            "I'm terrified about the scan on Monday.",
            "Sounds like you're a bit nervous about Monday.",
        ),
    ],
)
def test_a_strong_feeling_said_back_softened_shrinks_it(statement: str, reply: str) -> None:
    assert "wrong_feeling" in costs(statement, reply), reply
    assert "minimizes" in costs(statement, reply, "validation"), reply


@pytest.mark.parametrize(
    "statement, reply",
    [
        # their softener, said back
        ("I'm a bit nervous about the move.", "You're a bit nervous about the move, that's fair."),
        # their strong word, said back
        ("I'm absolutely furious with the council.", "You're furious with the council."),
        # a fair reading one size up
        ("I'm tired of the commute.", "You're exhausted by the commute."),
        # how big the thing is, not a size for them
        ("I'm a bit annoyed about the parking.", "That's infuriating, the parking round here."),
    ],
)
def test_a_feeling_at_their_size_is_not_resized(statement: str, reply: str) -> None:
    assert "wrong_feeling" not in costs(statement, reply), reply


# --- someone, a day or a count swapped for another of its kind --------------------------------


@pytest.mark.parametrize(
    "statement, reply",
    [
        ("My brother forgot my fortieth.", "Your sister forgot your fortieth, that stings."),
        ("Our cat hasn't come home for two nights.", "Your dog's been missing two nights."),
        ("My daughter won't speak to me.", "Your son isn't speaking to you."),
        ("The hearing is on Wednesday and I can't sleep.", "The hearing's on Friday, no wonder."),
        ("We move out in October.", "Moving out in December is so soon."),
        ("He snapped at me yesterday.", "He's going to snap at you tomorrow."),
        ("It's the fourth time she's done it.", "It's the second time she's done it."),
    ],
)
def test_one_of_a_kind_swapped_for_another_changes_the_facts(statement: str, reply: str) -> None:
    assert "distorts_facts" in costs(statement, reply), reply


@pytest.mark.parametrize(
    "statement, reply",
    [
        ("My brother forgot my fortieth.", "Your brother forgot your fortieth, that stings."),
        # a real question checks
        ("The hearing is on Wednesday and I can't sleep.", "Is it Friday the hearing's on?"),
        # the listener's own people and plans
        ("My brother forgot my fortieth.", "My sister did that to me once, it stings."),
        ("The hearing is on Wednesday.", "I'll take Thursday off so I can be with you after."),
        # May the month only after a word that dates it
        ("The exam is in June.", "You may feel ready by then, June is a way off."),
    ],
)
def test_their_own_or_the_listeners_own_is_no_swap(statement: str, reply: str) -> None:
    assert "distorts_facts" not in costs(statement, reply), reply


# --- motives, kind ones too ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "statement, reply",
    [
        (
            "My aunt said my dress was 'brave' at the wedding.",
            "I'm sure she meant it as a compliment, but that still stings.",
        ),
        ("The plumber charged us double.", "They saw you coming, that's awful."),
        ("The landlord kept the whole deposit.", "He's ripping you off, no wonder you're angry."),
    ],
)
def test_a_motive_read_in_kind_or_unkind_is_imputed(statement: str, reply: str) -> None:
    assert "imputes_motive" in costs(statement, reply), reply


def test_a_kind_intent_they_granted_is_theirs() -> None:
    statement = "I know she means it nicely, but being called 'sweetie' at work makes me cringe."
    reply = "She means it as a compliment, and it still makes you cringe at work."
    assert "imputes_motive" not in costs(statement, reply)


# --- what validation reads -----------------------------------------------------------------------


def test_normalising_the_feeling_legitimizes_it() -> None:
    statement = "I hate flying, I'm dreading the trip."
    reply = "You're dreading the flight, and so many people feel exactly that way about flying."
    assert "legitimizes_feeling" in earned(statement, reply, "validation")
    assert "minimizes" not in costs(statement, reply, "validation")


def test_granting_the_other_person_means_well_does_not_argue() -> None:
    statement = "Your dad keeps reorganising our garden without asking."
    reply = (
        "It's your garden and he keeps changing it, that's so frustrating even if he means well."
    )
    assert "judges_or_argues" not in costs(statement, reply, "validation")


@pytest.mark.parametrize(
    "reply",
    ["A deadline. Riveting.", "Stressed about work. Groundbreaking."],
)
def test_mock_awe_and_mock_apology_are_sarcasm(reply: str) -> None:
    assert "sarcasm_or_contempt" in costs("I'm stressed about work.", reply, "validation")


def test_their_verdict_on_the_partner_is_not_the_partners_feeling() -> None:
    statement = (
        "My mum says I'm lucky to have such a big house, but I rattle around in it on my own."
    )
    reply = "You sound so isolated rattling around in that house on your own."
    assert "wrong_feeling" not in costs(statement, reply)


# --- not hijacking -------------------------------------------------------------------------------


def test_a_question_on_something_else_after_a_full_reflection_changes_the_subject() -> None:
    statement = "My best friend didn't invite me to her hen do and I found out on Instagram."
    reply = (
        "Finding out from photos that you were left off the list must have hurt so much. "
        "Oh, did the landlord ever fix the boiler?"
    )
    assert "changes_subject" in hijack_costs(grade_reply(statement, reply))


def test_a_closing_question_about_them_stays() -> None:
    statement = "My best friend didn't invite me to her hen do and I found out on Instagram."
    reply = (
        "Finding out from photos must have hurt so much. Oh, has she said anything to you since?"
    )
    assert "changes_subject" not in hijack_costs(grade_reply(statement, reply))


def test_asking_what_they_want_to_do_about_it_is_no_change_of_subject() -> None:
    statement = "I'm fed up with always being the one who walks the dog."
    reply = "You do every walk and you're fed up. So what do you want to do about it?"
    assert "changes_subject" not in hijack_costs(grade_reply(statement, reply))


@pytest.mark.parametrize(
    "reply",
    [
        "After all I've done for you, you say that?",
        "If you really respected me you wouldn't bring this up.",
    ],
)
def test_a_guilt_trip_is_a_counter_complaint(reply: str) -> None:
    statement = "I feel like you never make time for me any more."
    assert "counter_complaint" in hijack_costs(grade_reply(statement, reply))


def test_telling_them_they_misremember_defends() -> None:
    statement = "It hurt that you didn't come to my work do."
    reply = "You're imagining things again."
    assert "defends_self" in hijack_costs(grade_reply(statement, reply))


def test_the_same_happened_to_me_is_a_me_too() -> None:
    statement = "My flight got cancelled and I'm stuck in Madrid."
    reply = "The same happened to me at Gatwick."
    assert hijack_costs(grade_reply(statement, reply)) & {"me_too_story", "brief_me_too"}


@pytest.mark.parametrize(
    "reply",
    [
        "I know, it's so hard, sleeping without me there must feel so lonely.",
        "I know, it's so hard, going to bed without me there feels lonely and it makes sense you hate it.",
        "I can really see why that stings, after all the hours you put in.",
    ],
)
def test_the_listener_listening_is_no_story(reply: str) -> None:
    statement = "Another month apart. I hate going to sleep on my own."
    assert "me_too_story" not in hijack_costs(grade_reply(statement, reply))


def test_totally_get_it_is_no_order() -> None:
    statement = "The hospital cancelled my appointment again."
    reply = "Totally get why you're fed up, cancelled again after all that waiting."
    assert "gives_advice" not in costs(statement, reply, "not_fixing")


@pytest.mark.parametrize(
    "statement, reply",
    [
        (
            "You ate my leftovers again without asking.",
            "I'd be annoyed too, but I was starving and it was the last slice.",
        ),
        (
            "You didn't answer any of my calls last night. I was so worried.",
            "I get it, I'd have been worried too. But my phone was on silent the whole time.",
        ),
    ],
)
def test_a_nod_that_opens_the_listeners_case_argues(statement: str, reply: str) -> None:
    # the pattern had a backspace character where its word boundary belonged, so it never
    # matched anything until round 11
    assert "judges_or_argues" in costs(statement, reply, "validation"), reply


def test_just_an_x_shrinks_the_problem() -> None:
    statement = "I've got my viva on Monday and I'm terrified."
    assert "minimizes" in costs(
        statement, "That's scary, but it's just an oral exam.", "validation"
    )


def test_a_partner_left_out_by_the_listener_is_upset_with_them() -> None:
    statement = "I felt so small when you laughed at my idea in front of your friends."
    reply = "You're imagining it, nobody was laughing at you."
    assert "defends_self" in hijack_costs(grade_reply(statement, reply))


@pytest.mark.parametrize(
    ("reply", "item"),
    [
        ("Oh no. You'll get another one though.", "silver_lining"),
        ("That's rough, but loads of people pass it the second time.", "rushing_reassurance"),
    ],
)
def test_a_replacement_or_a_second_go_promised_rushes_past(reply: str, item: str) -> None:
    statement = "I failed my driving test and the instructor's car got scratched. I'm gutted."
    assert item in costs(statement, reply, "not_fixing"), reply
