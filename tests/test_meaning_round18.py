"""Round 18 (cases_meaning_r18, then the released blind set v18a): kinds of error written here in
the lead's own words, not the cases': a feeling listed after a word the lexicon lacks, self-anger
said as blame of oneself, a reaction of the listener's own with "I" left out, a generalisation
taken for their point, news of being left out, a softened feeling said back strong in a
neighbouring family, and the cause they disowned said back as the cause."""

from __future__ import annotations

import pytest

from tests.offline_grade import costs, earned, grade_reply, hijack_costs, passes

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


# --- a lapse of theirs set against their complaint -----------------------------------------------


@pytest.mark.parametrize(
    "reply",
    [
        "You're sick of reminding me about the bins, fair. Though you did leave the hob on last night.",
        "You felt abandoned at that party, I get it. It's tricky because you never want to meet my friends anyway.",
    ],
)
def test_a_lapse_of_theirs_after_hearing_them_is_a_counter_complaint(reply: str) -> None:
    statement = (
        "You left me on my own at the party all night and then forgot to put the bins out again."
    )
    assert "counter_complaint" in hijack_costs(grade_reply(statement, reply)), reply


@pytest.mark.parametrize(
    "reply",
    [
        "You did ask me twice and I still forgot. No wonder you're fed up.",
        "You did nothing wrong by asking, and I left you on your own all night.",
    ],
)
def test_their_own_effort_said_with_did_is_no_counter_complaint(reply: str) -> None:
    statement = (
        "You left me on my own at the party all night and then forgot to put the bins out again."
    )
    assert "counter_complaint" not in hijack_costs(grade_reply(statement, reply)), reply


# --- the listener's side named only to be set aside ----------------------------------------------


def test_a_side_set_aside_for_now_is_no_defence() -> None:
    statement = "You let your sister mock my accent all through lunch and laughed along."
    reply = "You felt mocked and alone at that table, and I laughed. There's stuff from my end, but it can wait. What hurt most?"
    assert "defends_self" not in hijack_costs(grade_reply(statement, reply))


def test_reasons_given_are_still_a_defence() -> None:
    statement = "You let your sister mock my accent all through lunch and laughed along."
    reply = "You felt mocked, I know. But I had my reasons, she's been going through a lot."
    assert "defends_self" in hijack_costs(grade_reply(statement, reply))


# --- guards from the review of this round's diff ---------------------------------------------------


def test_an_act_listed_after_a_feeling_word_is_no_feeling() -> None:
    statement = "I ran my first half marathon today!"
    reply = "You felt unstoppable and crushed it!"
    assert "acknowledges_feeling" not in earned(statement, reply, "validation")


def test_a_reaction_guessed_for_them_keeps_them_as_its_owner() -> None:
    statement = "I handed in my thesis this morning!"
    reply = "Chuffed it's finally done, I bet."
    assert "acknowledges_feeling" in earned(statement, reply, "validation")


def test_no_one_said_back_is_their_point_not_a_generalisation() -> None:
    statement = "No one at the surgery answered the phone all morning."
    reply = "No one picked up the whole morning."
    # a factual turn said back faithfully owes no feeling; a generalisation would not earn it
    assert {"reflects_main_point", "names_main_feeling"} <= earned(statement, reply, "accuracy")


def test_more_than_a_little_is_no_softener() -> None:
    statement = "I'm more than a little disappointed I didn't get the part."
    reply = "You didn't get the part and you must be devastated."
    assert "wrong_feeling" not in costs(statement, reply)


@pytest.mark.parametrize(
    ("statement", "reply"),
    [
        (
            "I'm not upset about the money but about the lying.",
            "You're upset about the lying, more than the money.",
        ),
        (
            "I'm not bothered about the mess, I just want you to ask before having people over.",
            "You want me to ask before I have people over, because the mess isn't the issue.",
        ),
        (
            "My mum keeps saying 'I'm not upset that you moved away' but she clearly is.",
            "You're worried she's hurt about you moving away.",
        ),
    ],
)
def test_the_real_cause_or_a_set_aside_one_is_not_distorted(statement: str, reply: str) -> None:
    assert "distorts_facts" not in costs(statement, reply), reply


@pytest.mark.parametrize(
    "statement",
    [
        "My brother called me an idiot at dinner in front of everyone.",
        "The new printer at work is useless.",
    ],
)
def test_names_from_someone_else_do_not_make_self_anger_theirs(statement: str) -> None:
    assert "wrong_feeling" in costs(statement, "You're furious with yourself.")


# --- validation kinds from v18a ------------------------------------------------------------------


def test_unless_you_just_want_to_vent_asks_and_reads_no_motive() -> None:
    statement = "My flatmate's stopped speaking to me since the party. It's been weeks."
    reply = "Weeks of silence from her, that's horrible to live with. I've got ideas if you want them, unless you just want to vent?"
    assert "judges_or_argues" not in costs(statement, reply, "validation")
    assert "imputes_motive" not in costs(statement, reply)


def test_not_entirely_fair_argues_with_their_complaint() -> None:
    statement = "You never plan anything for us. It's always me sorting out the weekends."
    reply = "You're sick of doing all the planning. But that's not entirely fair, I sorted the cinema last month."
    assert "judges_or_argues" in costs(statement, reply, "validation")


def test_how_the_listener_came_across_is_no_verdict() -> None:
    statement = "You smirked when I said I'm applying for the head of department job."
    reply = "That smirk made it feel like I think it's silly of you to go for it. That must have really hurt."
    assert "judges_or_argues" not in costs(statement, reply, "validation")


def test_id_hate_that_too_in_the_same_sentence_is_no_story() -> None:
    statement = (
        "Your brother keeps texting me at work about the stag do. I feel like he's hounding me."
    )
    reply = "You feel hounded by him even at work, and I'd hate that too."
    assert "me_too_story" not in hijack_costs(grade_reply(statement, reply))
    assert "acknowledges_feeling" in earned(statement, reply, "validation")


# --- guards from the second review (parts two and three) ---------------------------------------


@pytest.mark.parametrize(
    "reply",
    [
        "You felt invisible while I was on my phone all dinner. But you did look gorgeous and I should have said so.",
        "You felt invisible all through dinner. You're exhausted because you never stop, and I've left you to it anyway.",
    ],
)
def test_praise_or_owning_after_a_turn_is_no_counter_complaint(reply: str) -> None:
    statement = (
        "You were on your phone the whole dinner and never asked about my day. I felt invisible."
    )
    assert "counter_complaint" not in hijack_costs(grade_reply(statement, reply)), reply


def test_not_really_fair_that_you_had_to_agrees() -> None:
    statement = "You left me to sort out the whole move on my own while you were at your mate's."
    reply = "I left all of it to you, and it's not entirely fair that you had to carry the whole move alone."
    assert "judges_or_argues" not in costs(statement, reply, "validation")


def test_an_excuse_then_but_that_can_wait_is_still_a_defence() -> None:
    statement = "You were late again and we missed the start of the film."
    reply = "The traffic was terrible and the car park was full, but that can wait."
    assert "defends_self" in hijack_costs(grade_reply(statement, reply))


def test_if_you_just_want_sympathy_still_reads_a_motive() -> None:
    statement = "My sister hasn't called me since the funeral."
    reply = "If you just want sympathy, call your mum."
    assert "imputes_motive" in costs(statement, reply)


def test_the_listeners_own_verdict_after_came_across_is_judging() -> None:
    statement = "I panicked in the interview and said something stupid."
    reply = "You felt stupid. It's like I think it's silly because it kind of is, it's just an interview."
    assert "judges_or_argues" in costs(statement, reply, "validation")
