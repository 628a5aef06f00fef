"""Round 15 (cases_meaning_r15, the helper probe set r15a, external_dev's missed advice): kinds of
error written here in the lead's own words, not the cases': praise of a remedy read as the
partner's feeling, remedies recommended as facts or as the listener's own find, someone else's
kindness foretold, comfort that overrules how they see themselves, "everyone makes mistakes",
and a trailing "btw" that is an aside, not a change of subject."""

from __future__ import annotations

import pytest

from tests.offline_grade import costs, earned, grade_reply, hijack_costs, passes
from trainer.grading.offline.feelings import feelings_in

# --- praise of a means is no feeling --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "cycling to work is brilliant for clearing your head",
        "a hot water bottle is a wonderful way to settle",
        "podcasts are amazing for long drives",
    ],
)
def test_praise_of_a_means_is_no_feeling(text: str) -> None:
    assert not feelings_in(text), text


@pytest.mark.parametrize(
    "text", ["that's great for you!", "you must be feeling amazing", "it looks brilliant"]
)
def test_praise_of_their_news_or_them_still_is(text: str) -> None:
    assert feelings_in(text), text


def test_praise_of_a_remedy_earns_no_validation() -> None:
    statement = "I've been so wound up about the inspection I can barely eat."
    reply = "Gardening is fantastic for taking your mind off work stuff."
    assert "acknowledges_feeling" not in earned(statement, reply, "validation")
    assert "gives_advice" in costs(statement, reply, "not_fixing")


# --- remedies recommended -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "reply",
    [
        "A bit of stretching can really help with that.",
        "Personally I've found a cold shower sorts me out right away.",
        "Honestly, nothing beats a long walk with the dog for that.",
        "Lots of people find that a gratitude list takes the edge off.",
        "Breathing apps are honestly the best thing for nights like that.",
        "A support group can be so helpful at a time like this.",
    ],
)
def test_a_remedy_recommended_is_advice(reply: str) -> None:
    statement = "My chest gets tight every evening thinking about the tribunal."
    assert "gives_advice" in costs(statement, reply, "not_fixing"), reply


def test_their_own_remedy_said_back_is_no_advice() -> None:
    statement = "Nothing beats my Sunday swim, it's the only time my head goes quiet."
    reply = "So your Sunday swim is the one time your head goes quiet."
    assert passes(statement, reply, "not_fixing")


def test_asking_whether_they_want_to_pour_it_out_is_no_advice() -> None:
    statement = "The car failed its MOT and the bill is more than I earn in a month."
    reply = (
        "A bill bigger than a month's wages, that's a punch in the gut. Do you want to think it "
        "through together, or do you just need to get it out first?"
    )
    assert passes(statement, reply, "not_fixing")


# --- someone else's kindness foretold -------------------------------------------------------------


@pytest.mark.parametrize(
    "reply",
    [
        "Your uncle will definitely reach out once the dust settles.",
        "The examiners will probably curve it, they always do.",
        "She's bound to ring you back tonight.",
        "The next one will be yours, wait and see.",
        "He'll be kicking himself by Friday.",
    ],
)
def test_someone_elses_kindness_foretold_rushes_past(reply: str) -> None:
    statement = "Nobody from the family has called since I told them about the divorce."
    assert "rushing_reassurance" in costs(statement, reply, "not_fixing"), reply


def test_their_own_news_of_a_call_said_back_is_no_comfort() -> None:
    statement = "The consultant says they'll ring me back on Monday and I can't think straight."
    reply = "They'll ring you back on Monday, and until then you can't think straight."
    assert "rushing_reassurance" not in costs(statement, reply, "not_fixing")


def test_their_announced_hope_said_back_is_no_comfort() -> None:
    statement = "Dad has told everyone I'll pass this time. If I don't, I can't face him."
    reply = "With your dad announcing you'll pass, it's facing him that weighs on you."
    assert "rushing_reassurance" not in costs(statement, reply, "not_fixing")


# --- comfort that overrules how they see themselves -----------------------------------------------


@pytest.mark.parametrize(
    "reply",
    [
        "A bad review doesn't define who you are.",
        "There's no such thing as a failure, just practice.",
        "Grades aren't everything, you know.",
        "You didn't do anything wrong.",
        "There's no timeline for any of this, you're exactly where you're meant to be.",
    ],
)
def test_comfort_that_overrules_their_self_view(reply: str) -> None:
    statement = "I got a one-star review on my first week of freelancing and I feel useless."
    assert "rushing_reassurance" in costs(statement, reply, "not_fixing"), reply


@pytest.mark.parametrize(
    "reply",
    [
        "Well, no one's perfect.",
        "Everybody makes mistakes.",
        "Every mum loses her temper sometimes.",
        "It's probably nothing.",
    ],
)
def test_waving_it_away_as_everyones_lot_minimizes(reply: str) -> None:
    statement = "I forgot to pick my daughter up from swimming and I feel like a useless mother."
    assert "minimizes" in costs(statement, reply, "validation"), reply


def test_feeling_useless_is_a_feeling_said_back() -> None:
    statement = "My manager redid all my slides without a word and I just feel useless."
    reply = "Having your slides redone without a word has left you feeling useless."
    assert "names_main_feeling" in earned(statement, reply, "accuracy")


def test_I_want_to_say_is_the_listeners_own_bright_side() -> None:
    statement = "I spent six years on that degree and never used it. It feels wasted."
    reply = "I want to say that no year of study is ever really wasted."
    assert "silver_lining" in costs(statement, reply, "not_fixing")


# --- a trailing "btw" ----------------------------------------------------------------------------


def test_a_trailing_btw_on_advice_is_no_change_of_subject() -> None:
    statement = "I've not had a proper chat with a grown-up in days, it's just me and the twins."
    reply = (
        "Days of only the twins to talk to, that's so lonely. Baby groups are great for this btw!"
    )
    assert not hijack_costs(grade_reply(statement, reply))
    assert "gives_advice" in costs(statement, reply, "not_fixing")


@pytest.mark.parametrize(
    "reply",
    [
        "did you book the car in for its service btw",
        "That sounds awful. Have you seen my blue jumper by the way?",
    ],
)
def test_a_question_about_something_else_btw_changes_the_subject(reply: str) -> None:
    statement = "I've not had a proper chat with a grown-up in days, it's just me and the twins."
    assert "changes_subject" in hijack_costs(grade_reply(statement, reply)), reply


# --- guards a review found: their news, their words, their wait -----------------------------------


@pytest.mark.parametrize(
    "statement, reply",
    [
        (
            "I ran my first half marathon this morning!",
            "Nothing beats the feeling of that last mile, you must be buzzing!",
        ),
        (
            "The clinic is meant to phone me this week with the scan results.",
            "So the clinic will phone you sometime this week, and until then you're in limbo.",
        ),
        (
            "They sacked me and I didn't do anything wrong.",
            "You didn't do anything wrong and you still lost your job, that's so unfair.",
        ),
        (
            "I keep telling myself one bad term doesn't define me.",
            "You're trying to remind yourself it doesn't define you, but it's hard to believe.",
        ),
        (
            "My brother's moving abroad so Dad's care is all on me now.",
            "So you'll be the one looking after your dad on your own, that's a lot.",
        ),
        (
            "Nobody's given me a timeline for the restructure.",
            "Having no timeline for the restructure must make it impossible to plan.",
        ),
        (
            "Forty-eight and back at job interviews. I feel ancient in every one.",
            "Feeling ancient, interview after interview, that sounds so deflating.",
        ),
        (
            "The boiler's packed in and the quote is more than our savings.",
            "That's a horrible shock. I could sit with you and go through it, but only if you "
            "want that.",
        ),
    ],
)
def test_their_news_wait_or_words_are_no_fix(statement: str, reply: str) -> None:
    assert passes(statement, reply, "not_fixing"), reply


def test_a_worry_someone_else_waved_away_said_back_is_no_minimizing() -> None:
    statement = "The GP said it's probably nothing but I'm terrified."
    reply = "Even with the GP saying it's probably nothing, you're terrified."
    assert "minimizes" not in costs(statement, reply, "validation")


def test_a_trailing_by_the_way_kiss_is_an_aside() -> None:
    statement = "I passed my driving test!"
    assert not hijack_costs(grade_reply(statement, "So proud of you by the way x"))
