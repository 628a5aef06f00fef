"""Round 13 (cases_meaning_r13): kinds of error found in development sets (v14a) and written
here in new words, not the cases': sizes and one-offs said back bigger, motives guessed with a
hedge, a feeling aimed at someone else, the part they single out after "I don't care what...",
swapped people and roles, person words that invent no one, irregular verbs as paraphrase; and on
not hijacking, a me-too handed straight back, a pivot to the evening's jobs, "you do it too" and
excuses by circumstance."""

from __future__ import annotations

import pytest

from tests.offline_grade import costs, grade_reply, hijack_costs, passes

# --- sizes and one-offs said back bigger ---------------------------------------------------------


@pytest.mark.parametrize(
    "statement, reply",
    [
        (
            "The GP kept me on hold for fifteen minutes and then the line went dead.",
            "An hour on hold and then cut off, that's infuriating.",
        ),
        (
            "I lent my cousin sixty quid and she's acting like she never had it.",
            "You lent her a few hundred and now she's pretending it never happened, no wonder you're cross.",
        ),
        (
            "We've been waiting two months for the council to fix the damp.",
            "Nearly a year of waiting on them for the damp, that's exhausting.",
        ),
        (
            "I spent all afternoon on the spreadsheet and it crashed without saving.",
            "The whole week on that spreadsheet and it crashed? That's gutting.",
        ),
        (
            "My brother missed my birthday. He's never missed it before, so it stung.",
            "He misses your birthday every year, no wonder it stung.",
        ),
    ],
)
def test_a_size_or_a_one_off_said_back_bigger_distorts(statement: str, reply: str) -> None:
    assert "distorts_facts" in costs(statement, reply), reply


@pytest.mark.parametrize(
    "statement, reply",
    [
        (
            "The bus was forty minutes late and I missed the start of the play.",
            "Nearly an hour waiting and then you missed the start, that's so frustrating.",
        ),
        (
            "I spent all afternoon on the spreadsheet and it crashed without saving.",
            "A whole afternoon gone and it crashed without saving, that's gutting.",
        ),
        (
            "My anxiety's been awful this week, I sat in the car park for ten minutes and went home.",
            "Getting all the way there and turning back, no wonder you're low after a week like this.",
        ),
    ],
)
def test_a_fair_round_up_or_their_own_span_is_no_change(statement: str, reply: str) -> None:
    assert "distorts_facts" not in costs(statement, reply), reply


# --- a motive or a state guessed with a hedge -------------------------------------------------


@pytest.mark.parametrize(
    "statement, reply",
    [
        (
            "My best friend hasn't answered my calls since Friday. I'm worried.",
            "She's probably embarrassed to be seen with you, no wonder you're worried.",
        ),
        (
            "My neighbour still hasn't paid for his half of the fence.",
            "He's probably hoping you'll forget about it, that's so annoying.",
        ),
        (
            "My landlord ignored my email about the mould again. I'm so fed up.",
            "He knows you won't make a fuss, that's why. No wonder you're fed up.",
        ),
        (
            "My flatmate used my milk again without asking. So annoying.",
            "She's clearly just lazy and can't be bothered to shop, so annoying.",
        ),
    ],
)
def test_a_motive_guessed_with_a_hedge_is_imputed(statement: str, reply: str) -> None:
    assert "imputes_motive" in costs(statement, reply), reply


@pytest.mark.parametrize(
    "statement, reply",
    [
        (
            "My sister says she's staying away because she's still angry about Christmas.",
            "So she's keeping her distance because she's still angry about Christmas. That hurts.",
        ),
        (
            "My manager moved my deadline up again. I'm stressed.",
            "Work is obviously mad right now, and that's so stressful.",
        ),
    ],
)
def test_a_reason_they_gave_or_a_remark_on_the_situation_imputes_nothing(
    statement: str, reply: str
) -> None:
    assert "imputes_motive" not in costs(statement, reply), reply


# --- a feeling aimed at someone else ----------------------------------------------------------


@pytest.mark.parametrize(
    "statement, reply",
    [
        (
            "I left the oven on and the kitchen filled with smoke. I'm so cross with myself.",
            "You must be so cross with the landlord for that dodgy oven.",
        ),
        (
            "I'm furious with my dad for reading my messages.",
            "You're furious at yourself for leaving your phone out.",
        ),
    ],
)
def test_a_feeling_aimed_at_someone_else_changes_their_point(statement: str, reply: str) -> None:
    assert "distorts_facts" in costs(statement, reply), reply


def test_a_feeling_aimed_where_they_aimed_it_passes() -> None:
    statement = "I'm so cross with myself for missing the deadline."
    assert "distorts_facts" not in costs(statement, "You're cross with yourself for missing it.")


# --- the part they single out -------------------------------------------------------------------


@pytest.mark.parametrize(
    "statement, reply",
    [
        (
            "I really don't care what she wrote, it's that she posted it where my boss could see.",
            "You're upset about what she wrote, that's so mean.",
        ),
        (
            "The new school is lovely and the teachers are great, but I miss my friends so much.",
            "Lovely school and great teachers, you must be so relieved!",
        ),
        (
            "I don't care that we lost the match. I care that the ref laughed at me.",
            "Losing the match after all that training, that's rough.",
        ),
    ],
)
def test_a_reply_of_only_the_part_they_set_aside_misses_their_point(
    statement: str, reply: str
) -> None:
    assert not passes(statement, reply, "accuracy"), reply


def test_the_part_they_singled_out_said_back_passes() -> None:
    statement = (
        "I really don't care what she wrote, it's that she posted it where my boss could see."
    )
    reply = (
        "It's not what she wrote, it's her putting it where your boss could see. That's exposing."
    )
    assert passes(statement, reply, "accuracy")


# --- people and roles -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "statement, reply",
    [
        (
            "Sam's dad had a stroke last night and Sam's in bits. I'm so worried about him.",
            "You must be terrified about your dad.",
        ),
        ("I got the job! Trainee accountant, finally.", "Trainee solicitor, you must be buzzing!"),
        (
            "My daughter's teacher shouted at her in front of everyone. I'm livid.",
            "The headteacher shouting at her in front of everyone, no wonder you're livid.",
        ),
    ],
)
def test_a_person_or_a_role_swapped_distorts(statement: str, reply: str) -> None:
    assert "distorts_facts" in costs(statement, reply), reply


@pytest.mark.parametrize(
    "statement, reply",
    [
        (
            "We had to give Bramble away today. The flat's so quiet.",
            "Bramble was your little buddy, no wonder the flat feels quiet.",
        ),
        (
            "Everyone in my class passed the mock except me. I feel stupid.",
            "All your mates passing and you not, no wonder you feel stupid.",
        ),
    ],
)
def test_a_person_word_for_someone_they_spoke_of_invents_no_one(statement: str, reply: str) -> None:
    assert "distorts_facts" not in costs(statement, reply), reply


def test_an_irregular_verb_says_back_their_word() -> None:
    statement = (
        "You told your mum about the loan before I'd decided. It felt like my say was taken away."
    )
    reply = "I told her before you'd made up your mind, and I took that choice from you."
    said = grade_reply(statement, reply).rubrics.accuracy.evidence
    assert ("took", "reflects_main_point") in {(e.text, e.item) for e in said}


# --- not hijacking ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "statement, reply",
    [
        (
            "My dog's having an operation tomorrow and I can't stop shaking.",
            "When our cat had hers I felt a bit of that dread, but this is yours, and of course "
            "you're shaking.",
        ),
        (
            "I start chemo next month and I'm scared stiff.",
            "When my aunt went through it I saw a bit of that fear, but this is yours, and it "
            "makes sense you're scared.",
        ),
    ],
)
def test_a_me_too_handed_straight_back_is_not_a_story(statement: str, reply: str) -> None:
    assert passes(statement, reply, "not_hijacking"), hijack_costs(grade_reply(statement, reply))


@pytest.mark.parametrize(
    "statement, reply",
    [
        (
            "My nan didn't know who I was when I visited today.",
            "That must have cut deep, her looking at you like a stranger. Right, shall I get the "
            "tea on? We need to book the car in too.",
        ),
        (
            "The hoovering never gets done unless I do it.",
            "You're tired of being the only one who hoovers. But you do it too, you leave your "
            "shoes everywhere.",
        ),
        (
            "It hurts when you joke about my cooking in front of people.",
            "I get it, it feels like I'm mocking you. Though you're just as bad about my driving.",
        ),
        (
            "My cousin smashed my phone and never said sorry.",
            "That's awful, no wonder you're hurt. Mind you, you cracked Dad's tablet once and "
            "said nothing.",
        ),
        (
            "You've been late getting the kids three times this week.",
            "Three times, I know, and they were waiting. The motorway's been a nightmare though.",
        ),
        (
            "I rang you four times about the leak and got nothing back.",
            "Soz, was on the train! Someone's coming about the leak at five.",
        ),
    ],
)
def test_turning_away_from_them_costs_not_hijacking(statement: str, reply: str) -> None:
    assert not passes(statement, reply, "not_hijacking"), reply


def test_a_cuppa_and_their_story_is_no_pivot() -> None:
    statement = "I didn't get the flat, someone outbid us at the last minute."
    reply = "Gutting, you'd already pictured yourself there. Right, I'll make us a cuppa and you can tell me all of it."
    assert "changes_subject" not in hijack_costs(grade_reply(statement, reply))


def test_a_plan_for_their_news_is_not_a_change_of_subject() -> None:
    statement = "I GOT INTO THE ACADEMY!!! I can't believe it."
    reply = "Amazing! Right, we need to sort your accommodation, I'll look at halls tonight."
    assert "changes_subject" not in hijack_costs(grade_reply(statement, reply))


# --- second pass, after the round 13 probes (cases_probe_r13) --------------------------------


@pytest.mark.parametrize(
    "statement, reply",
    [
        (
            "My sister borrowed the van overnight and brought it back empty. I'm so cross.",
            "She had the van for the whole week and gave it back empty, no wonder you're cross.",
        ),
        (
            "My flatmate keeps eating my food and my partner always laughs it off.",
            "He knows your partner will never back you, so he keeps at it. That's maddening.",
        ),
        (
            "I left the back door open and Pickle got out. He's fine, but I'm so cross with myself.",
            "You're so cross at Pickle for running off, that's understandable.",
        ),
    ],
)
def test_second_pass_accuracy_kinds(statement: str, reply: str) -> None:
    assert not passes(statement, reply, "accuracy"), reply


@pytest.mark.parametrize(
    "statement, reply",
    [
        (
            "My review said I'm 'not a team player'. I've felt two inches tall all day.",
            "That's a horrible thing to carry round, no wonder you feel small. Right, I'll make us "
            "a cuppa and you can tell me all of it.",
        ),
        (
            "The school rang about Maya again. I feel like a useless mum.",
            "No wonder you feel useless after another call. Come and sit down, I'll put the kettle on and "
            "we can talk it through.",
        ),
    ],
)
def test_a_comfort_offered_is_not_a_plan(statement: str, reply: str) -> None:
    assert passes(statement, reply, "not_fixing"), reply


def test_their_own_admission_said_back_is_no_counter_complaint() -> None:
    statement = "I know I'm just as bad, but it drives me mad when you leave cups everywhere."
    reply = (
        "Even though you do it too sometimes, it drives you mad finding my cups everywhere. Fair."
    )
    assert passes(statement, reply, "not_hijacking")


def test_a_me_too_set_aside_with_but_leave_that_is_brief() -> None:
    statement = (
        "My mother-in-law has moved all my furniture round. I feel like a guest in my own home."
    )
    reply = (
        "Same thing happened with my own mum once when we moved in, but leave that - you're "
        "feeling pushed out of your own home, and that makes complete sense."
    )
    assert passes(statement, reply, "not_hijacking")


# --- third pass, after the second round 13 probes (cases_probe_r13b) -------------------------


@pytest.mark.parametrize(
    "statement, reply",
    [
        (
            "My aunt made a comment about my cooking at Christmas. She's never said anything "
            "like that to me before and it stung.",
            "So your aunt's always having a go at your cooking, no wonder it stung.",
        ),
        (
            "My boss cancelled my day off at the last minute. I'm so annoyed.",
            "He must be trying to show you who's in charge, no wonder you're annoyed.",
        ),
        (
            "cant believe sam told everyone about my exam results. im so mad at him",
            "ugh no wonder ur mad at urself for telling sam, thats awful",
        ),
        (
            "I'm no bothered that you were late, honestly. It's that you never said sorry.",
            "You're annoyed because I turned up late. Fair enough, I'd be narked too.",
        ),
        (
            "The waiting I can handle. What truly upsets me is that nobody tells me anything.",
            "All that waiting around, no wonder you're upset, anyone would be.",
        ),
        (
            "My flatmate's dad died on Sunday and I've no idea how to help her. I feel useless.",
            "Oh, I'm so sorry about your dad. No wonder you feel useless.",
        ),
        (
            "The charge nurse shouted at me in front of a patient today. I'm mortified.",
            "The consultant shouting at you in front of a patient, no wonder you're mortified.",
        ),
    ],
)
def test_third_pass_accuracy_kinds(statement: str, reply: str) -> None:
    assert not passes(statement, reply, "accuracy"), reply


def test_a_motive_asked_about_is_not_imputed() -> None:
    statement = "My landlord has ignored my repair request three times now. I'm fed up."
    reply = "Three times, no wonder you're fed up. Do you think he's doing it on purpose?"
    assert "imputes_motive" not in costs(statement, reply), reply


@pytest.mark.parametrize(
    "statement, reply",
    [
        (
            "The scan came back clear but they want another in six months. I'm relieved and "
            "still a bit scared.",
            "Relieved and still scared, both at once, that makes sense. Right, shall I take the "
            "recycling out before the six o'clock lorry?",
        ),
        (
            "You spent the whole of my work do on your phone. I felt like I'd come on my own.",
            "You felt like you were there alone while I scrolled, I get why that hurt. Mind you, "
            "you're never off yours at my parents' either.",
        ),
    ],
)
def test_third_pass_hijacking_kinds(statement: str, reply: str) -> None:
    assert not passes(statement, reply, "not_hijacking"), reply


def test_a_me_too_turned_back_with_this_is_about_you_is_brief() -> None:
    statement = "I didn't get picked for the county team. Everyone else from our club did."
    reply = (
        "ugh i got dropped from a squad once too but this is about u. being the only one from "
        "the club left out, that stings so bad, course it does."
    )
    assert passes(statement, reply, "not_hijacking")


def test_look_whos_talking_is_a_counter_complaint_not_advice() -> None:
    statement = "It annoys me that you're always on your laptop in bed. I feel shut out."
    reply = (
        "Fair, you feel shut out. But look who's talking - you scroll till midnight most nights."
    )
    grade = grade_reply(statement, reply)
    assert grade.rubrics.not_fixing.passed
    assert "counter_complaint" in hijack_costs(grade)
