"""Round 18 (cases_meaning_r18, then the released blind set v18a): kinds of error written here in
the lead's own words, not the cases': a feeling listed after a word the lexicon lacks, self-anger
said as blame of oneself, a reaction of the listener's own with "I" left out, a generalisation
taken for their point, news of being left out, a softened feeling said back strong in a
neighbouring family, and the cause they disowned said back as the cause."""

from __future__ import annotations

import pytest

from tests.offline_grade import costs, earned, passes

# --- a feeling listed after a word the lexicon lacks ------------------------------------------


def test_a_feeling_listed_after_an_unknown_word_is_acknowledged() -> None:
    statement = "My sister got all the toasts at Mum's party and I got a nod. I felt invisible."
    reply = "You felt outshone and small next to your sister at the party."
    assert "acknowledges_feeling" in earned(statement, reply, "validation")


def test_a_listed_word_after_make_is_no_feeling() -> None:
    statement = "I spent the whole evening at his parents' place."
    reply = "You made dinner and small talk with them all evening."
    assert "acknowledges_feeling" not in earned(statement, reply, "validation")


# --- self-anger said as what they do to themselves ---------------------------------------------


def test_blaming_yourself_names_their_anger_at_themselves() -> None:
    statement = (
        "I left the back door open and the dog got out onto the road. I'm so angry at myself."
    )
    reply = "You're blaming yourself for the back door being left open. Makes sense."
    assert "names_main_feeling" in earned(statement, reply, "accuracy")


def test_furious_with_yourself_is_their_feeling_when_they_call_themselves_names() -> None:
    statement = "I forgot to post the tax form before the deadline and now there's a fine. Idiot. Complete idiot."
    reply = (
        "You missed the tax deadline and you're furious with yourself, calling yourself an idiot."
    )
    assert "wrong_feeling" not in costs(statement, reply)
    assert passes(statement, reply, "accuracy")


def test_a_strong_guess_at_plain_facts_is_still_wrong_beside_self_insult() -> None:
    statement = "I forgot to post the tax form before the deadline and now there's a fine. Idiot. Complete idiot."
    reply = "You missed the tax deadline and you're terrified."
    assert "wrong_feeling" in costs(statement, reply)


# --- the listener's own reaction with "I" left out ---------------------------------------------


def test_glad_yours_opens_the_listeners_own_reaction() -> None:
    statement = "The lump was a cyst. Harmless. Though I keep going back over those ten days."
    reply = "Glad yours was harmless though."
    assert "acknowledges_feeling" not in earned(statement, reply, "validation")


def test_their_feeling_beside_the_listeners_pride_still_counts() -> None:
    statement = "I passed my theory test! Third go!"
    reply = "Third go and you did it, you must be buzzing. Proud of you."
    assert "names_main_feeling" in earned(statement, reply, "accuracy")


# --- a generalisation is not their point said back ---------------------------------------------


def test_a_claim_about_everyone_with_a_check_is_not_accurate() -> None:
    statement = "I covered every bank holiday this year because the others have families, and now I'm told I'm not flexible."
    reply = "Everyone gets told that sometimes. Yeah?"
    assert not passes(statement, reply, "accuracy")


# --- news of being left out --------------------------------------------------------------------


def test_calm_is_the_wrong_feeling_for_not_being_invited() -> None:
    statement = "The whole office went to Dev's leaving drinks. I wasn't invited."
    reply = "Everyone went to Dev's drinks without you, and you felt relaxed and calm about it."
    assert "wrong_feeling" in costs(statement, reply)


# --- a softened feeling said back strong in a neighbouring family ------------------------------


def test_a_little_disappointed_said_back_as_devastated_is_overstated() -> None:
    statement = "I'm a little disappointed the gallery didn't take my prints. It's fine, there are other galleries."
    reply = "You must be devastated the gallery turned your prints down."
    assert "wrong_feeling" in costs(statement, reply)


def test_a_neighbour_is_not_overstated_when_they_named_a_strong_feeling_too() -> None:
    statement = "I come home from seeing them feeling kind of empty, and then so guilty for it."
    reply = "You come home hollow and then the guilt lands, like you're betraying them."
    assert "wrong_feeling" not in costs(statement, reply)


# --- the cause they disowned said back as the cause --------------------------------------------


@pytest.mark.parametrize(
    ("statement", "reply"),
    [
        (
            "I'm not angry that you sold the car. I'm angry that you did it without a word to me.",
            "You're angry because I sold the car.",
        ),
        (
            "I'm not upset about missing the gig. I'm upset that nobody told me it had moved.",
            "You're upset about missing the gig.",
        ),
    ],
)
def test_the_cause_they_disowned_said_back_distorts(statement: str, reply: str) -> None:
    assert "distorts_facts" in costs(statement, reply), reply


def test_the_real_cause_said_back_is_not_distorted() -> None:
    statement = "I'm not upset about missing the gig. I'm upset that nobody told me it had moved."
    reply = "You're upset that nobody told you the gig had moved."
    assert "distorts_facts" not in costs(statement, reply)
