"""Round 12 (cases_meaning_r12): kinds of error people make when reflecting that no detector
read, found in development sets and written here in new words: a feeling an event stirred up in
the partner ("watching me hug her stirred up jealousy"). Texts here are new wording, not the
cases'."""

from __future__ import annotations

import pytest

from tests.offline_grade import costs, earned, grade_reply, passes

# --- a feeling an event stirred up is theirs ---------------------------------------------------


@pytest.mark.parametrize(
    "statement, reply",
    [
        (
            "When you called my sister the clever one, I was really hurt.",
            "Hearing me call your sister the clever one brought up a lot of hurt.",
        ),
        (
            "I saw you dancing with Kate all night and honestly I was jealous.",
            "Watching me dance with her all night stirred up real jealousy.",
        ),
        (
            "You were texting your ex all through our anniversary dinner. I felt so jealous.",
            "Watching me message her all evening brought the jealousy back.",
        ),
    ],
)
def test_a_feeling_an_event_stirred_up_is_named_as_theirs(statement: str, reply: str) -> None:
    assert "names_main_feeling" in earned(statement, reply, "accuracy"), reply


@pytest.mark.parametrize(
    "statement, reply",
    [
        (
            "My cousin's christening is Sunday and I'm dreading seeing my mum there.",
            "Seeing my mum at family dos always brought up so much dread for me too.",
        ),
        (
            "My sister's moving to Canada next month and I'm dreading the goodbye.",
            "Talking about my brother leaving brought up so much sadness in me too.",
        ),
    ],
)
def test_a_feeling_stirred_up_in_someone_else_is_not_theirs(statement: str, reply: str) -> None:
    assert "names_main_feeling" not in earned(statement, reply, "accuracy"), reply


# --- the part they single out ---------------------------------------------------------------


@pytest.mark.parametrize(
    "statement, reply",
    [
        (
            "The flight was delayed, fine. What's really eating me is that you didn't even text "
            "to ask if I'd landed.",
            "A delayed flight on top of everything, that's such a pain. Airports are the worst.",
        ),
        (
            "The scar doesn't bother me much, but what I can't get past is that I can't pick "
            "up my grandson any more.",
            "That scar must be so sore, and it's a big one. No wonder it bothers you.",
        ),
        (
            "Your dad forgot my name at the wedding. I can laugh that off. It was you not "
            "backing me up in front of everyone that got me.",
            "Your dad forgetting your name at the wedding, that's so rude of him. I'm sorry.",
        ),
    ],
)
def test_a_reply_of_only_the_part_they_set_aside_misses_their_point(
    statement: str, reply: str
) -> None:
    assert "reflects_main_point" not in earned(statement, reply, "accuracy"), reply


def test_the_part_they_single_out_said_back_is_their_point() -> None:
    statement = (
        "Your dad forgot my name at the wedding. I can laugh that off. It was you not backing me "
        "up in front of everyone that got me."
    )
    reply = "It was me not backing you up in front of everyone that hurt, more than him forgetting."
    assert "reflects_main_point" in earned(statement, reply, "accuracy")


# --- what they ruled out, said back as the point ------------------------------------------------


def test_the_phrase_they_ruled_out_said_back_as_the_reason_distorts() -> None:
    statement = (
        "I have to stop cycling for the summer. It's my headspace, it's not about losing weight."
    )
    reply = "A whole summer off the bike, after all your effort losing weight. That's gutting."
    assert "distorts_facts" in costs(statement, reply, "accuracy")


def test_what_they_are_not_after_said_back_as_their_want_distorts() -> None:
    statement = (
        "Dad paid off my sister's loans and not mine. I'm not after his money. It's that he never "
        "even thought of me."
    )
    reply = "So you're upset about the money, and that's fair enough."
    assert "distorts_facts" in costs(statement, reply, "accuracy")


# --- an echo of a sentence with no feeling in it ----------------------------------------------


@pytest.mark.parametrize(
    "statement, reply",
    [
        ("The plumber cancelled on me for the third time today.",
         "The plumber cancelled on you for the third time today."),
        ("My landlord put the rent up by eighty quid without warning.",
         "Your landlord put the rent up by eighty quid without warning."),
    ],
)  # fmt: skip
def test_an_echo_of_a_sentence_with_no_feeling_names_none(statement: str, reply: str) -> None:
    assert "names_main_feeling" not in earned(statement, reply, "accuracy"), reply
    assert not passes(statement, reply, "accuracy"), reply


def test_an_echo_said_back_as_a_check_is_a_reflection() -> None:
    statement = "The plumber cancelled on me for the third time today."
    reply = "So the plumber cancelled on you for the third time today?"
    assert passes(statement, reply, "accuracy")


def test_an_echo_that_carries_their_own_feeling_word_still_names_it() -> None:
    statement = "When you cancel plans last minute I feel disposable."
    reply = "When I cancel plans last minute you feel disposable."
    assert "names_main_feeling" in earned(statement, reply, "accuracy")


# --- a change of subject is not a distortion -------------------------------------------------


def test_a_change_of_subject_reads_no_distortion_or_motive() -> None:
    statement = "My nan's in hospital again. The worst bit is she didn't know who I was."
    reply = (
        "Her not knowing you, that must have been heartbreaking. Oh, and your brother called, "
        "he wants to borrow the van on Sunday."
    )
    assert costs(statement, reply, "accuracy") == set()
    assert "changes_subject" in costs(statement, reply, "not_hijacking")


# --- told how to feel --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "statement, reply",
    [
        ("My sister didn't come to my graduation. Honestly I'm just sad.",
         "You should be livid with her."),
        ("I got a B in the end. I'm actually relieved.",
         "A B? You should be gutted, you wanted an A."),
    ],
)  # fmt: skip
def test_telling_them_to_feel_another_feeling_argues_and_advises_nothing(
    statement: str, reply: str
) -> None:
    assert "judges_or_argues" in costs(statement, reply, "validation"), reply
    assert "gives_advice" not in costs(statement, reply, "not_fixing"), reply


# --- everyday feeling words -------------------------------------------------------------------


@pytest.mark.parametrize(
    "statement, reply",
    [
        ("The interview's at nine tomorrow and I can't sit still.",
         "Interview at nine, that's a nervy night before."),
        ("Someone tried the car door while I was sitting in it at the lights.",
         "Someone trying your door at the lights, that would rattle anyone."),
        ("They read my poem out in assembly without asking me.",
         "Your poem read out to everyone without asking, that sounds so exposing."),
    ],
)  # fmt: skip
def test_everyday_words_name_the_feeling(statement: str, reply: str) -> None:
    assert "acknowledges_feeling" in earned(statement, reply, "validation"), reply


# --- a stretch of time or a count said back bigger ------------------------------------------


@pytest.mark.parametrize(
    "statement, reply",
    [
        ("I've cooked every night this week while you were at the gym.",
         "You've cooked every night for a month while I was at the gym, that's a lot."),
        ("I rang the council four times and got one call back, saying no.",
         "Four calls and not a single call back, that's maddening."),
    ],
)  # fmt: skip
def test_a_span_or_count_said_back_bigger_distorts(statement: str, reply: str) -> None:
    assert "distorts_facts" in costs(statement, reply, "accuracy"), reply


def test_the_same_span_and_count_said_back_do_not_distort() -> None:
    statement = "I rang the council four times this week and got one call back, saying no."
    reply = "Four calls this week and the one call back was a no, that's maddening."
    assert "distorts_facts" not in costs(statement, reply, "accuracy")


# --- denials, finds and mirrored words --------------------------------------------------------


@pytest.mark.parametrize(
    "statement, reply",
    [
        ("Why are there empty cans under your bed? You said you'd cut down.",
         "Those aren't mine, they're from Jay's party."),
        ("I found a betting slip in your wallet. You swore you'd stopped.",
         "It's not even mine, it's Dan's."),
    ],
)  # fmt: skip
def test_disowning_what_they_found_or_blamed_defends(statement: str, reply: str) -> None:
    assert "defends_self" in costs(statement, reply, "not_hijacking"), reply


def test_their_your_said_back_as_my_is_not_the_listeners_story() -> None:
    statement = "Some nights it feels like you'd rather be on your laptop than with me."
    reply = "I hate that you've been feeling second to my laptop."
    assert costs(statement, reply, "not_hijacking") == set()


# --- misread fixes ----------------------------------------------------------------------------


def test_a_try_after_an_ordinal_is_an_attempt_not_an_order() -> None:
    statement = "I passed my theory test! Fifth go!!"
    reply = "Fifth try and you did it!! That's brilliant."
    assert "gives_advice" not in costs(statement, reply, "not_fixing")


def test_asking_what_follows_for_them_advises_nothing() -> None:
    statement = "My back's gone again and the physio says it could take months."
    reply = "Months? Does that mean you might have to stop work for a bit? That's a lot to face."
    assert "gives_advice" not in costs(statement, reply, "not_fixing")


# --- mock surprise and what they cost the listener --------------------------------------------


def test_their_word_said_back_with_mock_surprise_is_sarcasm() -> None:
    statement = "I'm so behind with everything this week."
    reply = "behind again, what a surprise."
    assert "sarcasm_or_contempt" in costs(statement, reply, "validation")


def test_real_shock_at_bad_news_is_not_sarcasm() -> None:
    statement = "They closed the whole branch today, forty of us gone."
    reply = "Oh god, what a shock. Forty of you in one go, that's brutal."
    assert "sarcasm_or_contempt" not in costs(statement, reply, "validation")


def test_telling_them_they_are_exhausting_to_live_with_is_a_counter_complaint() -> None:
    statement = "I can't sleep again, my head won't switch off."
    reply = "Honestly it's draining living with you when you're like this."
    assert "counter_complaint" in costs(statement, reply, "not_hijacking")


# --- round 12, second pass: the forms a probe set written from the kinds found -----------------


@pytest.mark.parametrize(
    "statement, reply",
    [
        (
            "The rain on the day I can cope with. The bit I can't get past is you leaving early "
            "to watch the match.",
            "Rain on the big day, that's so unlucky, you'd planned everything for outdoors.",
        ),
        (
            "I don't mind the cost. What's actually eating at me is that nobody asked my opinion "
            "before booking.",
            "It's a lot of money to spend, I get why the cost is on your mind.",
        ),
        (
            "It wasn't the late train. It was you sighing at me when I finally walked in that "
            "stung.",
            "The late train again, that's such a pain after a long day.",
        ),
    ],
)
def test_other_ways_of_singling_out_what_matters(statement: str, reply: str) -> None:
    assert "reflects_main_point" not in earned(statement, reply, "accuracy"), reply


def test_this_isnt_about_x_said_back_as_the_reason_distorts() -> None:
    statement = "This isn't about the dishes. I'm tired of being the only one who plans anything."
    reply = "You're tired because the dishes always end up being yours."
    assert "distorts_facts" in costs(statement, reply, "accuracy")


def test_what_they_are_not_looking_for_said_back_as_their_want_distorts() -> None:
    statement = "I'm not looking for a bigger ring. I just wish you'd asked what I liked."
    reply = "So you're wanting a bigger ring, and that's fair."
    assert "distorts_facts" in costs(statement, reply, "accuracy")


def test_only_some_said_back_as_none_distorts() -> None:
    statement = "I shared the fundraiser everywhere and only my aunt donated."
    reply = "You shared it everywhere and nobody donated, that's so deflating."
    assert "distorts_facts" in costs(statement, reply, "accuracy")


def test_no_one_in_their_words_is_not_a_count() -> None:
    statement = "She came home crying again because no one sits with her at lunch."
    reply = "Coming home in tears because nobody sits with her, that must break your heart."
    assert "distorts_facts" not in costs(statement, reply, "accuracy")


def test_days_they_named_said_back_as_weeks_distorts() -> None:
    statement = "You were on your laptop through dinner on Monday and again last night."
    reply = "For weeks now I've been on my laptop at every dinner, and that's lonely for you."
    assert "distorts_facts" in costs(statement, reply, "accuracy")


def test_ought_to_feel_another_feeling_argues_and_a_fitting_one_is_warmth() -> None:
    sad = "My best mate moved abroad without telling me. I'm not angry, just sad."
    assert "judges_or_argues" in costs(sad, "You ought to be furious with him.", "validation")
    glad = "I finished my first marathon! I'm so chuffed."
    reply = "The whole way round, you should be really proud of that."
    assert "gives_advice" not in costs(glad, reply, "not_fixing")


def test_a_promise_reported_is_not_advice() -> None:
    statement = "You said you'd fix the shelf on Saturday and then you went fishing."
    reply = "I said I'd fix the shelf on Saturday and then I went fishing instead. That's on me."
    assert "gives_advice" not in costs(statement, reply, "not_fixing")


def test_oh_the_drama_mocks() -> None:
    statement = "Your sister made another comment about my weight at lunch."
    reply = "Oh, the drama of Sunday lunch."
    assert "sarcasm_or_contempt" in costs(statement, reply, "validation")


def test_a_find_in_a_text_confronts_the_listener() -> None:
    statement = "found a lighter in ur jacket. thought u quit??"
    reply = "it's not even mine, Dev left it"
    assert "defends_self" in costs(statement, reply, "not_hijacking")


def test_their_claim_reported_is_not_pleading_for_the_other_person() -> None:
    statement = (
        "Priya skipped my birthday drinks and then told me she'd 'forgotten'. It felt like a lie."
    )
    reply = "She missed your drinks and then said she forgot, which felt like a lie. That hurts."
    assert "judges_or_argues" not in costs(statement, reply, "validation")


def test_a_part_said_not_to_be_the_point_then_the_one_that_is() -> None:
    statement = (
        "losing the deposit isn't the thing, I'll live. it's that Mo knew I was broke and still "
        "told the landlord it was all my fault"
    )
    reply = "aw losing the deposit is so rough, that's such a pain"
    assert "reflects_main_point" not in earned(statement, reply, "accuracy")


def test_what_they_dont_care_about_said_back_as_the_reason_distorts() -> None:
    statement = (
        "I don't care that the holiday cost so much. I'm hurt you booked it without asking me."
    )
    reply = "You're hurt because the holiday cost so much, I get it."
    assert "distorts_facts" in costs(statement, reply, "accuracy")


def test_how_the_listener_has_been_is_a_complaint_and_its_span_is_theirs() -> None:
    statement = "You've been really distant the last few days, like your mind's elsewhere."
    reply = (
        "I've been distant for months now, and it's felt like I'm somewhere else. That's lonely."
    )
    assert "distorts_facts" in costs(statement, reply, "accuracy")
    assert "defends_self" in costs(statement, "I've been really busy at work.", "not_hijacking")


def test_the_feeling_they_disowned_made_understandable_validates_nothing() -> None:
    statement = "I'm not cross that you forgot, really. I'm worried you're working yourself into the ground."
    reply = "You're cross that I forgot, and honestly that's fair. Anyone would be."
    assert "acknowledges_feeling" not in earned(statement, reply, "validation")
    assert not passes(statement, reply, "validation")


def test_just_and_a_feeling_is_no_order() -> None:
    statement = "I'm not annoyed about the cake, honestly. I'm just sad Nan couldn't come."
    reply = "Not annoyed, just sad that your nan couldn't make it. That makes sense."
    assert "gives_advice" not in costs(statement, reply, "not_fixing")


def test_the_word_of_a_feeling_they_disowned_does_not_restate_their_point() -> None:
    """Shown to a learner, "angry" was green (restates the main point) and red (wrong feeling)."""
    statement = "I'm not angry about the party, honestly. I'm just sad nobody from work came."
    reply = "You're angry nobody turned up."
    grade = grade_reply(statement, reply)
    earned = {
        reply[e.start : e.end].lower()
        for e in grade.rubrics.accuracy.evidence
        if e.item == "reflects_main_point"
    }
    assert "angry" not in earned
