"""Round 14 (cases_meaning_r14, three helper probe sets and v15a): kinds of error written here in
the lead's own words, not the cases': how an act landed owned without a defence, a feeling after
"in front of everyone", the feeling of the part they set aside, comfort that is no step; news
that carries a feeling, a small count said back as a habit, what they stressed is still so said
back reversed, a pretext read into someone; retorts, old grievances and pivots; busy excuses and
good faith pleaded; feelings argued away, judged or mocked; bright sides; questions that ask for
advice, and the next attempt asked after."""

from __future__ import annotations

import pytest

from tests.offline_grade import costs, earned, grade_reply, hijack_costs, passes
from trainer.grading.offline.text import sentences

# --- not hijacking: the impact owned is not a defence; a defence after it still is -------------


@pytest.mark.parametrize(
    "statement, reply",
    [
        (
            "You walked off halfway through me telling you about the scan.",
            "I walked off while you were telling me something scary, and that must have felt like "
            "I thought it didn't matter.",
        ),
        (
            "You were on your phone while I told you about the interview.",
            "You were telling me about the interview and I was scrolling. It must have seemed like "
            "I didn't care at all.",
        ),
        (
            "You laughed at my drawing in front of your friends.",
            "You showed me something you'd made and I laughed in front of everyone. It probably "
            "felt like I was mocking you.",
        ),
    ],
)
def test_how_an_act_landed_owned_is_no_defence(statement: str, reply: str) -> None:
    assert not hijack_costs(grade_reply(statement, reply)), reply


def test_how_an_act_landed_owned_acknowledges_the_feeling() -> None:
    statement = "You were on your phone while I told you about the interview."
    reply = (
        "You were telling me about the interview and I was scrolling. It must have seemed like "
        "I didn't care at all."
    )
    assert "acknowledges_feeling" in earned(statement, reply, "validation")
    excuse = "It must have seemed like I didn't care, but I had a client on the line."
    assert not passes(statement, excuse, "validation")


def test_an_excuse_after_the_impact_is_still_a_defence() -> None:
    statement = "You checked your emails all through my sister's engagement dinner."
    reply = "It probably looked like I didn't care, but I had a client on the line all evening."
    assert "defends_self" in hijack_costs(grade_reply(statement, reply))


# --- whose feeling: the audience feels nothing ---------------------------------------------------


@pytest.mark.parametrize(
    "reply",
    [
        "Being laughed at in front of everyone is humiliating.",
        "Having that said to you with the whole team listening is so belittling.",
        "Getting told off in front of all the other parents must be mortifying.",
    ],
)
def test_a_feeling_after_the_audience_is_theirs(reply: str) -> None:
    statement = "The coach mocked my serve at training and the others all laughed."
    assert "acknowledges_feeling" in earned(statement, reply, "validation"), reply


# --- the part set aside ----------------------------------------------------------------------------


def test_the_feeling_of_the_part_set_aside_is_the_wrong_one() -> None:
    statement = (
        "The new flat's lovely and the rent's cheaper, but I miss my sister being downstairs."
    )
    wrong = "You must be so happy with the new flat."
    right = (
        "The flat's nicer, but you miss having your sister right downstairs. That's a real loss."
    )
    assert "wrong_feeling" in costs(statement, wrong)
    assert not passes(statement, wrong, "validation")
    assert passes(statement, right, "accuracy") and passes(statement, right, "validation")


def test_missing_someone_is_a_feeling_and_missing_a_train_is_not() -> None:
    assert not passes("I miss my grandad so much.", "You must be thrilled.", "accuracy")
    statement = "I'm going to miss my train again, the meeting's overrunning."
    assert "wrong_feeling" not in costs(statement, "Ugh, you must be so frustrated.")


# --- comfort is no step -----------------------------------------------------------------------------


def test_sit_down_is_comfort_and_sit_down_and_ice_it_is_advice() -> None:
    statement = "My brother said the most awful things to me at lunch."
    assert passes(statement, "Sit down, love. That sounds really hurtful.", "not_fixing")
    assert not passes("My knee's swollen up again.", "Sit down and ice it.", "not_fixing")


# --- news that carries a feeling ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "statement, reply",
    [
        ("The council approved the loan for the roof this morning!", "You must be dreading it."),
        ("The panel said yes, we can adopt!", "You seem really anxious about it."),
        ("The optician says I'm not to drive any more.", "You must be so relieved."),
        ("They had a leaving do for Jo and did the whole thing without me.", "Bet you're glad."),
    ],
)
def test_a_feeling_against_their_news_is_wrong(statement: str, reply: str) -> None:
    assert "wrong_feeling" in costs(statement, reply), (statement, reply)
    assert not passes(statement, reply, "validation")


# --- facts said back bigger or reversed ----------------------------------------------------------------


@pytest.mark.parametrize(
    "statement, reply",
    [
        (
            "Your sister texted me three times yesterday about the party.",
            "So she's on at you every day about the party, that's exhausting.",
        ),
        (
            "He's missed two of Ellie's recitals this year.",
            "He's missed every one of Ellie's recitals, no wonder you're upset.",
        ),
        (
            "Mum's had the diagnosis but she's still working and everything.",
            "So your mum's ill and can't work any more, that's so hard.",
        ),
    ],
)
def test_a_count_said_as_a_habit_or_a_stressed_fact_reversed_distorts(
    statement: str, reply: str
) -> None:
    assert "distorts_facts" in costs(statement, reply), reply


@pytest.mark.parametrize(
    "statement, reply",
    [
        (
            "I rang the bank three times this week and got nowhere.",
            "Ringing again and again and getting nowhere, that's maddening.",
        ),
        (
            "I keep wondering if you still love me.",
            "You're scared I don't love you any more, and that's a lonely place to be.",
        ),
    ],
)
def test_a_fair_repeat_or_a_fear_said_back_is_no_distortion(statement: str, reply: str) -> None:
    assert "distorts_facts" not in costs(statement, reply), reply


@pytest.mark.parametrize(
    "statement, reply",
    [
        (
            "Jamie shoved a lad at football who'd been mouthing off at him all match.",
            "So a lad's been shoving Jamie around at football? No wonder you're furious.",
        ),
        (
            "Gran forgot Grandad's birthday and he's been sulking all week.",
            "So your grandad forgot your gran's birthday and she's sulking? That's awkward.",
        ),
    ],
)
def test_who_did_what_said_back_the_other_way_round_distorts(statement: str, reply: str) -> None:
    assert "distorts_facts" in costs(statement, reply), reply


@pytest.mark.parametrize(
    "statement, reply",
    [
        (
            "I told you I love you and you just said 'ok'.",
            "I love you too. And 'ok' must have stung.",
        ),
        (
            "Gran forgot Grandad's birthday and he's been sulking all week.",
            "Your gran forgot his birthday and he's been sulking all week, what a week.",
        ),
        ("She blocked me, so I blocked her back.", "She blocked you and you blocked her back."),
        (
            "You get home at six and you're done. I'm still going at nine.",
            "I get home at six and I'm done, while you're still going at nine. That's lonely.",
        ),
    ],
)
def test_the_same_act_told_their_way_or_returned_is_no_reversal(statement: str, reply: str) -> None:
    assert "distorts_facts" not in costs(statement, reply), reply


def test_a_pretext_read_into_someone_imputes_a_motive() -> None:
    statement = "Dev bailed on the gig again. He said his shift ran late."
    reply = "Sounds like he's using work as an excuse to get out of it."
    assert "imputes_motive" in costs(statement, reply)


def test_the_only_thing_is_singles_out_the_point() -> None:
    statement = "Passed with a distinction. Only thing is Mum just asked why it wasn't higher."
    assert not passes(statement, "A distinction! You must be over the moon!", "accuracy")


# --- not hijacking: retorts, old grievances, pivots, reminders -------------------------------------------


@pytest.mark.parametrize(
    "statement, reply",
    [
        (
            "You left the back door open all night again.",
            "Fair, that's not great. But you're hardly one to talk, you left the iron on Sunday.",
        ),
        (
            "You forgot to feed the cat this morning.",
            "And what about the time you left him locked in the shed all day?",
        ),
        (
            "Can you please stop leaving wet towels on the floor?",
            "Okay, I hear you. Your shoes in the hallway aren't exactly lovely either.",
        ),
        (
            "You said you'd come to my parents' on Sunday and you didn't.",
            "I know, I let you down. And while we're on it, you still haven't paid me back for the "
            "tickets.",
        ),
        (
            "You never put your dishes in the dishwasher.",
            "Pot/kettle, you leave your mugs everywhere.",
        ),
    ],
)
def test_their_complaint_answered_with_one_of_ours_is_a_counter_complaint(
    statement: str, reply: str
) -> None:
    assert "counter_complaint" in hijack_costs(grade_reply(statement, reply)), reply


@pytest.mark.parametrize(
    "statement, reply",
    [
        (
            "I've felt so flat since the holiday ended.",
            "That back-to-normal slump is real. Now, had you booked the car in for Thursday?",
        ),
        (
            "The wedding's next week and I still haven't written my speech.",
            "That's a lot hanging over you 😬 anyway did u see what Jess posted",
        ),
        (
            "My hip's been agony all day.",
            "Oh no, that sounds miserable. Oh, that reminds me, the plumber's coming at eight.",
        ),
    ],
)
def test_a_pivot_or_a_reminder_of_other_news_changes_the_subject(
    statement: str, reply: str
) -> None:
    assert "changes_subject" in hijack_costs(grade_reply(statement, reply)), reply


def test_anyway_that_steers_back_to_them_stays_on_their_subject() -> None:
    statement = "The committee spent an hour on parking and then binned my proposal in a minute."
    reply = "An hour on parking. Anyway, never mind the parking - you'd worked so hard on that proposal."
    assert "changes_subject" not in hijack_costs(grade_reply(statement, reply))


def test_a_reminder_of_the_listeners_own_story_is_a_me_too_not_news() -> None:
    statement = "My hip's been agony all day."
    reply = "That reminds me, I had the same with my knee last spring."
    assert "changes_subject" not in hijack_costs(grade_reply(statement, reply))


def test_an_emoji_ends_a_sentence() -> None:
    assert len(sentences("no wonder ur gutted 😞 anyway what time is it")) == 2


# --- defending yourself ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "reply",
    [
        "You know how snowed under I've been at work.",
        "I literally haven't had a minute to myself all week.",
        "I acted in good faith, I thought you'd want it gone.",
        "It wasn't that I didn't want to come, it just got late.",
    ],
)
def test_a_busy_excuse_or_good_faith_pleaded_defends(reply: str) -> None:
    statement = "You didn't come to my recital and you didn't even text."
    assert "defends_self" in hijack_costs(grade_reply(statement, reply)), reply


def test_but_i_do_understand_turns_towards_them() -> None:
    statement = "You told your mum about the baby before I was ready."
    reply = "But I do understand you wanted to tell her yourself, and I took that from you."
    assert "defends_self" not in hijack_costs(grade_reply(statement, reply))


# --- validation: the feeling argued away, judged or mocked --------------------------------------------


@pytest.mark.parametrize(
    "statement, reply",
    [
        (
            "I'm terrified of the operation on Friday.",
            "I get that, but there's honestly nothing to be scared of, it's routine.",
        ),
        ("My friend didn't invite me to her hen do.", "Aw. It's probably not as deep as it feels."),
        (
            "Gran said my hair looked like a mop at the party.",
            "That stung, I can see. Still, it was just one offhand comment.",
        ),
        (
            "I can't stop thinking about what my boss said.",
            "I know. You do tend to catastrophise though.",
        ),
        ("I cried when the vet said she needs an op.", "You cried? That's a bit dramatic, babe."),
        (
            "When you call me 'the quiet one' at parties I feel invisible.",
            "You feel like I'm putting you down. You're reading way too much into a nickname.",
        ),
        (
            "Everyone ignored my idea in the meeting.",
            "Oh no, alert the media, somebody ignored your idea.",
        ),
        (
            "I feel like I'm doing everything around here.",
            "Right, to hear you tell it nobody else ever lifts a finger.",
        ),
    ],
)
def test_a_feeling_argued_away_judged_or_mocked_is_not_validated(
    statement: str, reply: str
) -> None:
    assert not passes(statement, reply, "validation"), reply


@pytest.mark.parametrize(
    "statement, reply",
    [
        (
            "I didn't get the scholarship.",
            "That's rough. Maybe it's the push you needed to look at other courses.",
        ),
        ("Our old dog died last night.", "Oh love. He had a good long innings though."),
        ("My boyfriend ended it by text.", "Plenty more fish, babe."),
        (
            "The car needs a new clutch, it's six hundred quid.",
            "You're fortunate it's only the clutch.",
        ),
        (
            "The band cancelled on us the week of the wedding.",
            "This'll be the funniest story in the speeches one day.",
        ),
        ("She dumped me on my birthday.", "You'll be over her by Christmas, trust me."),
    ],
)
def test_a_bright_side_or_a_forecast_costs_not_fixing(statement: str, reply: str) -> None:
    assert not passes(statement, reply, "not_fixing"), reply


# --- not fixing: what they asked for, what is no order ----------------------------------------------------


@pytest.mark.parametrize(
    "statement",
    [
        "We need to save for the boiler. What would you cut?",
        "The neighbour's dog barks all night. What do I even do?",
    ],
)
def test_advice_they_asked_for_is_not_fixing(statement: str) -> None:
    assert passes(statement, "I'd start by writing it all down and ringing them.", "not_fixing")


def test_asking_when_they_can_rebook_is_a_step() -> None:
    statement = "Failed my theory test again, by one mark."
    assert not passes(statement, "By one mark, that's gutting. When can you rebook?", "not_fixing")


@pytest.mark.parametrize(
    "reply",
    [
        "Anyway, never mind him - you must be so fed up.",
        "First go as well! You must be buzzing.",
        "Please don't say that, it breaks my heart to hear.",
    ],
)
def test_never_mind_first_go_and_dont_say_that_are_no_orders(reply: str) -> None:
    statement = "I passed my driving test today!"
    assert "gives_advice" not in costs(statement, reply, "not_fixing"), reply
