"""Round 16 (cases_meaning_r16, the released blind set v16a, the helper probe set r16): kinds of
error written here in the lead's own words, not the cases': the part a partner singles out (the
"but mostly" part, the listener's own part of a complaint), feelings said back at the wrong size,
feeling words inside a judgement, excuses and turned-back complaints after a good start, checks
worded freshly, and a feeling made understandable without a feeling word."""

from __future__ import annotations

import pytest

from tests.offline_grade import costs, earned, grade_reply, hijack_costs, passes
from trainer.grading.offline.feelings import feelings_in

# --- the part they single out ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("statement", "reply"),
    [
        (
            "I'm a bit wobbly about the driving test, but mostly I'm gutted Dad won't be here to see it.",
            "You're nervous about the driving test.",
        ),
        (
            "I'm chuffed the flat sold so fast, honestly. But it worries me we've nowhere lined up yet.",
            "You must be so pleased it sold that quickly!",
        ),
        (
            "Her dress comment, whatever, I can live with that. But then she told everyone I'd been "
            "sacked, and I hadn't even told Mum.",
            "Commenting on your dress like that is so rude. No wonder it got to you.",
        ),
    ],
)
def test_the_part_they_set_aside_said_back_misses_the_point(statement: str, reply: str) -> None:
    assert not passes(statement, reply, "accuracy"), reply


@pytest.mark.parametrize(
    ("statement", "reply"),
    [
        (
            "I'm a bit wobbly about the driving test, but mostly I'm gutted Dad won't be here to see it.",
            "It's Dad not being there that's hitting hardest, more than the test itself.",
        ),
        (
            "I'm chuffed the flat sold so fast, honestly. But it worries me we've nowhere lined up yet.",
            "Pleased it sold, and anxious about where you'll land next. Is that it?",
        ),
        # "mostly I'm fine" singles out nothing to miss
        (
            "Work's been heavy this month, but mostly I'm coping.",
            "Work's been heavy on you this month.",
        ),
    ],
)
def test_the_part_they_single_out_said_back_is_their_point(statement: str, reply: str) -> None:
    assert passes(statement, reply, "accuracy") or "reflects_main_point" in earned(
        statement, reply, "accuracy"
    ), reply


def test_the_listeners_own_part_left_out_misses_a_complaint() -> None:
    statement = "Your cousin made fun of my job at the barbecue and you just laughed with him."
    missed = "Your cousin mocking your job at the barbecue must have really stung."
    owned = "Your cousin had a go at your job and I laughed along instead of backing you. No wonder that stung."
    assert not passes(statement, missed, "accuracy")
    assert passes(statement, owned, "accuracy")


def test_a_you_that_is_no_complaint_singles_out_nothing() -> None:
    statement = "My grandad died last week and you never got to meet him."
    reply = "Losing your grandad is such a big loss, I'm so sorry. That must be so painful."
    assert "reflects_main_point" in earned(statement, reply, "accuracy")


# --- sizes ----------------------------------------------------------------------------------------


def test_a_small_complaint_blown_into_deep_hurt_is_the_wrong_feeling() -> None:
    statement = "It's only a little thing, but you never put the lid back on the toothpaste."
    assert "wrong_feeling" in costs(statement, "You're so deeply wounded that I ignore you.")
    assert "wrong_feeling" not in costs(
        statement, "It's small, but it keeps happening and it bugs you."
    )


def test_a_small_thing_that_is_good_news_is_no_complaint() -> None:
    statement = "It's a small thing, but I got my first payslip today!"
    assert "wrong_feeling" not in costs(statement, "Your first payslip! You must be thrilled.")


@pytest.mark.parametrize(
    "statement",
    [
        "Our old dog died this morning.",
        "We lost the baby at nine weeks.",
        "Dad's funeral was today.",
    ],
)
def test_a_grave_loss_said_back_as_a_bit_sad_is_shrunk(statement: str) -> None:
    reply = "Oh, that's a bit sad."
    assert "wrong_feeling" in costs(statement, reply)
    assert not passes(statement, reply, "validation")


@pytest.mark.parametrize(
    ("statement", "reply"),
    [
        ("My laptop died and I lost my whole essay.", "What a shame, the whole essay gone."),
        ("I finally lost the baby weight!", "That's a bit of a milestone, you must be pleased."),
        ("My grandad died. We weren't close.", "You're a bit sad, even though you weren't close."),
        ("Mum died on Tuesday.", "That's devastating. You must be in a bit of shock."),
    ],
)
def test_a_loss_not_grave_or_named_at_its_size_is_not_shrunk(statement: str, reply: str) -> None:
    assert "wrong_feeling" not in costs(statement, reply), reply


def test_a_share_of_people_said_back_as_all_of_them_distorts() -> None:
    statement = "Some of my mates went to the festival and didn't tell me."
    assert "distorts_facts" in costs(statement, "So all your mates went without a word to you.")
    assert "distorts_facts" not in costs(statement, "A few of your mates went without telling you.")


def test_their_own_not_once_makes_every_step_theirs() -> None:
    statement = "Finished the half marathon and I didn't stop once!"
    assert "distorts_facts" not in costs(statement, "Every single step without stopping, amazing!")
    # "once" as "as soon as" is no absolute
    lapse = "My husband forgot the kids again. I only calmed down once I got home."
    assert "distorts_facts" in costs(lapse, "Your husband always forgets the kids.")


# --- words ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("i felt lighter after we talked", "relief"),
        ("you must be in a right flap", "anxiety"),
        ("that's salt in the wound", "hurt"),
        ("it feels so hollow", "sadness"),
        ("i burst into tears in the car", "sadness"),
    ],
)
def test_new_feeling_words(text: str, family: str) -> None:
    assert family in {f.family for f in feelings_in(text)}, text


@pytest.mark.parametrize(
    "text", ["that's a real shame", "what a shame", "you always assume the worst"]
)
def test_words_that_are_no_feeling_of_shame_or_sorrow(text: str) -> None:
    assert not {"shame", "sadness"} & {f.family for f in feelings_in(text)}, text


def test_shame_itself_is_still_shame() -> None:
    assert "shame" in {f.family for f in feelings_in("i felt such shame when he was arrested")}


def test_anger_guessed_beside_only_their_tears_is_the_wrong_feeling() -> None:
    statement = "I cried in the staff meeting today. I never do that."
    assert "wrong_feeling" in costs(
        statement, "You cried in the meeting, you must be so angry at them."
    )
    wronged = "My boss yelled at me until I cried."
    assert "wrong_feeling" not in costs(wronged, "He yelled till you cried, you must be furious.")


# --- judging and waving off -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "reply",
    [
        "Cute is a compliment though! You always think the worst of people.",
        "She teased you, fair enough. You're a bit thin-skinned about your accent though.",
        "You're so sensitive about your mum.",
    ],
)
def test_judging_the_reading_is_no_validation(reply: str) -> None:
    statement = "Your mum called my new haircut 'cute' at lunch. I know what she meant."
    assert not passes(statement, reply, "validation"), reply


def test_their_own_words_and_good_news_are_not_judged() -> None:
    own = "After two miscarriages I just expect the worst every time."
    assert "judges_or_argues" not in costs(own, "Of course you expect the worst now.", "validation")
    news = "My boss said my report was the best she'd read!"
    reply = "The best she'd read! That's a compliment! You must be thrilled."
    assert "judges_or_argues" not in costs(news, reply, "validation")


def test_im_sure_its_nothing_waves_the_fear_off() -> None:
    statement = "They want to redo my smear test. I've been jittery all day."
    reply = "A redo is unnerving. I'm sure it's nothing though."
    assert "minimizes" in costs(statement, reply, "validation")
    assert "rushing_reassurance" in costs(statement, reply, "not_fixing")


# --- made understandable --------------------------------------------------------------------------


def test_making_it_understandable_beside_their_point_acknowledges_it() -> None:
    statement = "I've asked you four times to book the vet and it's still not done."
    reply = "Four times you've asked and it's still not booked. I don't blame you one bit."
    assert passes(statement, reply, "validation")


@pytest.mark.parametrize(
    ("statement", "reply"),
    [
        (
            "I guess I'm just not worth remembering.",
            "You're right, I'm the worst, you deserve better.",
        ),
        ("My coach benched me for skipping practice.", "Fair enough, you did skip practice."),
    ],
)
def test_no_acknowledgement_from_self_blame_or_siding_with_the_critic(
    statement: str, reply: str
) -> None:
    assert "acknowledges_feeling" not in earned(statement, reply, "validation"), reply


# --- excuses and complaints turned back -----------------------------------------------------------


@pytest.mark.parametrize(
    ("statement", "reply"),
    [
        (
            "There's three hundred gone on takeaways. I thought we were saving.",
            "That's a shock when you're saving. To be fair though, half of those orders were yours.",
        ),
        (
            "You were on your phone all through my parents' anniversary dinner.",
            "You felt ignored in front of them. To be fair, you're on yours every night in bed.",
        ),
        (
            "Please can we not have phones in bed?",
            "Sure, right after you stop reading the news at 2am.",
        ),
        (
            "It'd be nice if you texted in the day sometimes, not just at night.",
            "You'd like to hear from me in the day. You know how busy work is though.",
        ),
        (
            "You shared my exam results in the family chat.",
            "You're upset I shared them. I'd never try to embarrass you though.",
        ),
        (
            "You forgot to collect my parcel and now it's gone back.",
            "You needed that parcel. I've just been run off my feet this week.",
        ),
        (
            "My talk went badly, my slides froze.",
            "Ugh, frozen slides. You should've seen my pitch in May though, the laptop died completely.",
        ),
    ],
)
def test_turned_back_excused_or_outdone_is_hijacking(statement: str, reply: str) -> None:
    assert hijack_costs(grade_reply(statement, reply)), reply


@pytest.mark.parametrize(
    ("statement", "reply"),
    [
        (
            "I forgot my brother's birthday and I feel awful.",
            "You feel awful. To be fair, you've had a brutal month with the move as well.",
        ),
        (
            "You told your mum about the pregnancy before we agreed.",
            "You're upset I told Mum before we'd agreed, and now you're getting calls you never asked for.",
        ),
        (
            "I got engaged last night!!",
            "You should've seen my face when I saw your ring, I'm so happy!",
        ),
        (
            "When you reply 'k' I spend ages wondering what I did.",
            "One letter and you're left going back over everything. Have I described that right?",
        ),
        (
            "Could you please not tell Dad yet?",
            "Of course, I won't say a word till you're ready.",
        ),
    ],
)
def test_no_hijacking_in_these(statement: str, reply: str) -> None:
    assert not hijack_costs(grade_reply(statement, reply)), reply


def test_a_rewrite_of_their_fear_about_others_is_no_imputed_motive() -> None:
    statement = "Mum's got my phone till Sunday. Everyone's going to think I'm ignoring them."
    reply = "No phone till Sunday, and the worst is them thinking you're ignoring them on purpose."
    assert "imputes_motive" not in costs(statement, reply)
    guess = "I reckon my manager will pass me over again."
    assert "imputes_motive" in costs(
        guess, "He thinks you're not up to it, he's doing it on purpose."
    )


@pytest.mark.parametrize(
    "check",
    [
        "Have I described that right?",
        "Am I near the mark?",
        "Does that fit?",
        "Is that the heart of it?",
    ],
)
def test_fresh_checks_check_understanding(check: str) -> None:
    statement = "I'm dreading the inspection on Monday."
    reply = f"You're dreading Monday's inspection. {check}"
    assert "captures_need_or_checks" in earned(statement, reply, "accuracy"), check


def test_does_that_fit_in_a_budget_is_no_check() -> None:
    statement = "I'm dreading the inspection on Monday."
    reply = "You're dreading Monday. Could you hire a consultant, does that fit in the budget?"
    assert "captures_need_or_checks" not in earned(statement, reply, "accuracy")
