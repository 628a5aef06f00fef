"""Round 17 (cases_meaning_r17, the released blind set v17a): kinds of error written here in the
lead's own words, not the cases': the listener's act owned as the cause of their feeling (no
excuse), feelings said in idiom, who did what to whom turned round, what they ask of the
listener, their self-blame turned on someone else, a verdict posed as a feeling, and a motive
read into them."""

from __future__ import annotations

import pytest

from tests.offline_grade import costs, earned, grade_reply, hijack_costs, passes
from trainer.grading.offline.feelings import feelings_in

# --- the listener's act owned as the cause of their feeling -----------------------------------


@pytest.mark.parametrize(
    ("statement", "reply"),
    [
        (
            "You were texting under the table the whole time at my sister's birthday meal.",
            "You felt invisible at that meal because I was texting the whole way through it.",
        ),
        (
            "You left me to do the school run three mornings in a row without asking.",
            "You're worn out because I left the school run on you three days running.",
        ),
    ],
)
def test_their_feeling_caused_by_the_listeners_act_is_owning(statement: str, reply: str) -> None:
    assert "defends_self" not in hijack_costs(grade_reply(statement, reply)), reply


@pytest.mark.parametrize(
    ("statement", "reply"),
    [
        (
            "You left me to do the school run three mornings in a row without asking.",
            "You're worn out, I know, but that's because I was on early shifts all week.",
        ),
        ("You forgot our anniversary.", "You're hurt because I had a mad week at work, I get it."),
    ],
)
def test_the_listeners_circumstances_as_the_reason_still_excuse(statement: str, reply: str) -> None:
    assert "defends_self" in hijack_costs(grade_reply(statement, reply)), reply


# --- feelings said in idiom -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("your patience has run out with him", "frustration"),
        ("no wonder it's wearing thin", "frustration"),
        ("you were fighting back tears the whole time", "sadness"),
        ("you felt on your own at that party", "loneliness"),
    ],
)
def test_idioms_name_the_feeling(text: str, family: str) -> None:
    assert family in {f.family for f in feelings_in(text)}, text


def test_a_figure_of_speech_is_no_person_added() -> None:
    statement = (
        "We're so tired with the twins, I'm not blaming you, I just miss us. It's all bottles."
    )
    reply = "Between all the bottles you're missing us, being two people and not just a tag team."
    assert "distorts_facts" not in costs(statement, reply), reply


def test_their_own_all_of_it_allows_every_single() -> None:
    statement = "Packed lunches, the dentist, the permission slips: all of it is on me."
    reply = "Every single thing lands on you, no wonder it's wearing thin."
    assert "distorts_facts" not in costs(statement, reply), reply


def test_holding_back_tears_is_no_denial_of_them() -> None:
    statement = "My manager said my report was sloppy in front of the client. I spent lunch trying not to cry."
    reply = "Called sloppy in front of the client, of course you were fighting back tears."
    assert "wrong_feeling" not in costs(statement, reply), reply


# --- who did what to whom ---------------------------------------------------------------------


def test_who_cancelled_on_whom_turned_round_distorts() -> None:
    statement = "Tom cancelled our cinema night an hour before and then I saw him at the pub."
    reply = "So you had to cancel on Tom and then he went off to the pub. Rubbish."
    assert "distorts_facts" in costs(statement, reply), reply


def test_who_cancelled_said_the_right_way_round_is_fine() -> None:
    statement = "Tom cancelled our cinema night an hour before and then I saw him at the pub."
    reply = "Tom bailed on your cinema night and you saw him at the pub. That stings."
    assert "distorts_facts" not in costs(statement, reply), reply


# --- what they ask of the listener ------------------------------------------------------------


def test_what_they_ask_of_the_listener_left_out_misses_the_point() -> None:
    statement = (
        "My brother keeps borrowing money and never pays it back. I need you to tell him no "
        "next time instead of leaving it to me."
    )
    reply = "Your brother borrowing and never paying back is so draining."
    assert not passes(statement, reply, "accuracy"), reply


def test_what_they_ask_of_the_listener_said_back_reaches_it() -> None:
    statement = (
        "My brother keeps borrowing money and never pays it back. I need you to tell him no "
        "next time instead of leaving it to me."
    )
    reply = "He keeps borrowing and you're always the one saying no. You want me to be the one who tells him next time. That's fair."
    assert passes(statement, reply, "accuracy"), reply


def test_i_need_you_to_know_is_no_request() -> None:
    statement = "Work has been brutal this month and I need you to know I'm not ignoring you."
    reply = "Work's been brutal and you've been stretched thin, it's not about me."
    assert "reflects_main_point" in earned(statement, reply, "accuracy"), reply


# --- self-blame turned on someone else --------------------------------------------------------


def test_their_self_blame_turned_into_anger_at_another_is_wrong() -> None:
    statement = (
        "I forgot to pick Mia up from her friend's and she waited an hour. I'm a terrible mum."
    )
    reply = "You're so angry with the other parents for not calling you about Mia."
    assert "wrong_feeling" in costs(statement, reply), reply


def test_their_self_blame_said_back_is_their_feeling() -> None:
    statement = (
        "I forgot to pick Mia up from her friend's and she waited an hour. I'm a terrible mum."
    )
    reply = "She waited an hour and now you're beating yourself up, feeling so guilty about it."
    assert "wrong_feeling" not in costs(statement, reply), reply


# --- a verdict posed as a feeling, a motive read in ------------------------------------------


def test_a_verdict_on_someone_posed_as_a_feeling_names_nothing() -> None:
    statement = "The landlord kept our whole deposit for a scuff on the skirting board."
    reply = "You feel your landlord is a total crook."
    assert not passes(statement, reply, "accuracy"), reply


def test_a_motive_read_into_the_partner_is_imputed() -> None:
    statement = "You spent the entire wedding with your old uni friends. I hardly saw you."
    reply = "You felt abandoned at the wedding. I think you just want me to prove I still put you first."
    assert "imputes_motive" in costs(statement, reply), reply


def test_asking_if_they_just_want_to_vent_imputes_nothing() -> None:
    statement = (
        "My landlord still hasn't fixed the boiler and it's been three weeks of cold showers."
    )
    reply = (
        "Three weeks of cold showers, that's grim. Do you want ideas, or do you just want to vent?"
    )
    assert "imputes_motive" not in costs(statement, reply), reply


def test_hiding_behind_someone_reads_a_cover_into_them() -> None:
    statement = "My brother won't visit Mum in the home. He says his wife needs him at weekends."
    reply = "He's hiding behind his wife, and you're the one left visiting every weekend."
    assert "imputes_motive" in costs(statement, reply), reply


def test_i_let_it_slide_owns_the_lapse() -> None:
    statement = "You said you'd renew the car insurance and it lapsed. I trusted you with that."
    reply = "You trusted me to sort it and I let it slide. I get why you're upset with me."
    assert "minimizes" not in costs(statement, reply, "validation"), reply


# --- over-reaches the helper reviews found, held --------------------------------------------


def test_i_shouldnt_have_to_blames_someone_else() -> None:
    statement = "I shouldn't have to remind my brother every week to pay me back."
    reply = "You're fed up with your brother for making you chase him every week."
    assert "wrong_feeling" not in costs(statement, reply), reply


def test_an_ask_they_rule_out_or_quote_is_no_point_to_say_back() -> None:
    replies = [
        (
            "I'm not saying I need you to sort it. My landlord just kept the whole deposit.",
            "Your landlord kept the whole deposit, that's outrageous.",
        ),
        (
            "My boss messaged at midnight: 'I need you to cover the early shift.' Ten days straight now.",
            "Ten days straight and now he wants your early shift too, that's relentless.",
        ),
    ]
    for statement, reply in replies:
        assert "reflects_main_point" in earned(statement, reply, "accuracy"), statement


def test_an_ask_after_a_feeling_they_name_leaves_the_feeling_the_point() -> None:
    statement = "I'm so scared about the scan results. I want you to come with me on Friday."
    reply = "You're so scared about what the scan might show."
    assert "reflects_main_point" in earned(statement, reply, "accuracy"), reply


def test_a_retort_with_because_is_still_a_defence() -> None:
    statement = "You laughed at my haircut in front of your friends."
    reply = "You're only upset because I was being honest about it."
    assert "defends_self" in hijack_costs(grade_reply(statement, reply)), reply


def test_a_verdict_does_not_swallow_the_feeling_named_after_it() -> None:
    statement = "Since we moved here I've been so lonely, I don't know anyone."
    reply = "You feel the move was a mistake, and you've been really lonely since."
    assert "acknowledges_feeling" in earned(statement, reply, "validation"), reply


def test_tears_of_laughter_are_no_sadness() -> None:
    statement = "I was holding back tears of laughter all through the speech when the mic squealed."
    reply = "You were holding back tears of laughter, that must have been hilarious."
    assert "wrong_feeling" not in costs(statement, reply), reply


# --- a question opening news of something else -----------------------------------------------


def test_a_question_on_other_news_after_a_token_changes_the_subject() -> None:
    statement = "The mortgage rate's gone up again and I can't see how we'll cover it. I feel sick."
    reply = "Hm. Did you see Priya's post about the wedding?"
    assert "changes_subject" in hijack_costs(grade_reply(statement, reply)), reply


def test_asking_whether_they_saw_someone_about_it_stays_on_it() -> None:
    statement = "My knee's been swelling up again after every run."
    reply = "That sounds painful. Did you see the physio about it?"
    assert "changes_subject" not in hijack_costs(grade_reply(statement, reply)), reply


# --- their complaint said back as the listener's own act ---------------------------------------

_FINALS = "You had friends over till 3 on a Monday. I've got my finals this week, I told you."


def test_their_complaint_owned_in_the_listeners_voice_is_no_story() -> None:
    reply = "You told me about your finals and I still had friends over till three on a Monday night. That's on me."
    assert not hijack_costs(grade_reply(_FINALS, reply)), reply


def test_the_excuse_after_owning_it_is_a_defence_not_a_story() -> None:
    reply = (
        "You told me about your finals and I still had friends over till three. It wasn't meant "
        "to go that late though, it just sort of happened."
    )
    assert hijack_costs(grade_reply(_FINALS, reply)) == {"defends_self"}, reply


def test_asking_if_they_want_to_vent_captures_no_need_of_theirs() -> None:
    statement = (
        "I don't want to run this house on my own. I want a partner, not a helper I have to ask."
    )
    reply = "You feel they are a total hypocrite. Or do you just want to vent?"
    assert "captures_need_or_checks" not in earned(statement, reply, "accuracy"), reply
    assert not passes(statement, reply, "accuracy"), reply


def test_a_complaint_about_the_listener_mid_turn_still_hears_the_excuse() -> None:
    statement = (
        "When I said the comment stung, you instantly started explaining what you meant. "
        "I just wanted you to hear it."
    )
    reply = "You wanted me to hear it and I explained instead. Sorry, I was only trying to help you see it wasn't meant like that."
    assert "defends_self" in hijack_costs(grade_reply(statement, reply)), reply
