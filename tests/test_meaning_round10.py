"""Round 10 (cases_meaning_r10, from the accuracy false passes of the development sets): what the
partner ruled out said back as what they want; a motive read into someone else; an event blown
up into a stronger one; tears at good news read as distress."""

from __future__ import annotations

import pytest

from tests.offline_grade import items


def _costs(statement: str, reply: str) -> set[str]:
    return items(statement, reply, "accuracy", "cost")


@pytest.mark.parametrize(
    "statement, reply",
    [
        (
            "I'm not saying I want to leave the choir, I just wish they'd let me sing a solo.",
            "So you want to leave the choir. Fair enough, being passed over again is grim.",
        ),
        (
            "I don't want to stop seeing my mum, I just can't do every single Sunday.",
            "Sounds like you're ready to stop seeing your mum altogether.",
        ),
        (
            "I'm not asking you to sell the bike. I'm just scared every time you ride it.",
            "So you want me to sell the bike. I get that you're scared.",
        ),
        (
            "It's not about the money. I just hate that you didn't ask.",
            "You're upset about the money.",
        ),
    ],
)
def test_what_they_ruled_out_said_back_as_theirs_distorts(statement: str, reply: str) -> None:
    assert "distorts_facts" in _costs(statement, reply), reply


@pytest.mark.parametrize(
    "statement, reply",
    [
        (
            "I'm not saying I want to leave the choir, I just wish they'd let me sing a solo.",
            "You're not looking to leave, you just want a turn at a solo. That makes sense.",
        ),
        (
            "I don't want to stop seeing my mum, I just can't do every single Sunday.",
            "You don't want to stop seeing her, it's every single Sunday that's too much.",
        ),
    ],
)
def test_what_they_ruled_out_said_back_as_ruled_out_is_faithful(statement: str, reply: str) -> None:
    assert "distorts_facts" not in _costs(statement, reply), reply


@pytest.mark.parametrize(
    "statement, reply",
    [
        (
            "My neighbour parks across our drive most mornings.",
            "He's doing it deliberately to wind you up. No wonder you're annoyed.",
        ),
        (
            "The estate agent barely looked at me and talked to my brother the whole viewing.",
            "She ignored you because you're a woman. That's infuriating.",
        ),
        (
            "My sister announced her engagement at my birthday dinner.",
            "She did it to steal your thunder, no wonder you're hurt.",
        ),
    ],
)
def test_a_motive_read_into_someone_is_imputed(statement: str, reply: str) -> None:
    assert "imputes_motive" in _costs(statement, reply), reply


def test_a_prejudice_the_partner_named_is_theirs() -> None:
    statement = "The new director thinks anyone my age is past it. I've been left off the panel."
    reply = "Left off the panel, and you sense it's because of your age. That really stings."
    assert "imputes_motive" not in _costs(statement, reply)


@pytest.mark.parametrize(
    "statement, reply",
    [
        (
            "The wedding venue postponed our date to October.",
            "They cancelled your wedding date? That's awful.",
        ),
        (
            "My flatmate borrowed my laptop charger again without asking.",
            "So she nicked your charger again. No wonder you're fed up.",
        ),
        (
            "My manager made a few comments on my draft in the meeting.",
            "She tore your draft apart in front of everyone? That's humiliating.",
        ),
        (
            "The plumber turned up late again this morning.",
            "So the plumber didn't turn up again. That's so frustrating.",
        ),
        (
            "I've had this cough for a fortnight and I'm exhausted.",
            "A whole month of coughing? No wonder you're exhausted.",
        ),
    ],
)
def test_an_event_blown_up_distorts(statement: str, reply: str) -> None:
    assert "distorts_facts" in _costs(statement, reply), reply


@pytest.mark.parametrize(
    "statement, reply",
    [
        (
            "The wedding venue cancelled on us, after postponing twice.",
            "They cancelled it after putting it off twice? That's awful.",
        ),
        (
            "The wedding venue postponed our date to October.",
            "Did they cancel it or just move it? Either way it's a shock.",
        ),
        (
            "The wedding venue postponed our date to October.",
            "So it wasn't cancelled, but pushed to October. That's a lot to rearrange.",
        ),
        (
            "I've had this cough for a fortnight and I'm exhausted.",
            "Two weeks of coughing, no wonder you're exhausted.",
        ),
    ],
)
def test_the_event_as_told_is_faithful(statement: str, reply: str) -> None:
    assert "distorts_facts" not in _costs(statement, reply), reply


def test_tears_at_good_news_are_not_distress() -> None:
    statement = "My sister's biopsy came back clear! I cried all the way home."
    worried = "Oh no, all the way home? Are you worried it could come back?"
    grade = items(statement, worried, "accuracy", "cost")
    assert "wrong_feeling" in grade
    # "oh no" to good news hears bad news nobody told: it acknowledges nothing
    assert "acknowledges_feeling" not in items(statement, worried, "validation", "earned")
    relieved = "It came back clear! Of course you cried all the way home, that's so much relief."
    assert "wrong_feeling" not in items(statement, relieved, "accuracy", "cost")


def test_missing_time_together_is_their_feeling() -> None:
    statement = "I just miss having dinner together like we used to."
    reply = "You miss our dinners together, and that makes sense."
    assert "names_main_feeling" in items(statement, reply, "accuracy", "earned")
    assert "acknowledges_feeling" in items(statement, reply, "validation", "earned")
    # the listener missing something is not the partner's feeling
    assert "names_main_feeling" not in items(
        statement, "I miss our dinners too.", "accuracy", "earned"
    )


@pytest.mark.parametrize(
    "statement, reply",
    [
        ("I finally passed my theory test, on the fifth go!", "Fifth go and you never gave up!"),
        (
            "Somehow I'm the one ringing the landlord about the boiler again.",
            "You're always the one left chasing the landlord, no wonder you're fed up.",
        ),
        (
            "My gran told me I was fat when I was nine and I still think about it.",
            "She said that when you were only a kid, and it still sticks with you.",
        ),
        (
            "My daughter said I'm always on my phone at dinner.",
            "Hearing that about your phone made you feel like a rubbish mum.",
        ),
    ],
)
def test_their_own_grit_habit_or_role_adds_no_fact(statement: str, reply: str) -> None:
    assert "distorts_facts" not in _costs(statement, reply), reply


@pytest.mark.parametrize(
    "statement, reply",
    [
        ("My brother forgot my birthday this year.", "He never remembers anything about you."),
        ("My sister was late to my party.", "Your sister's always late for everything."),
    ],
)
def test_a_habit_pinned_on_someone_else_still_distorts(statement: str, reply: str) -> None:
    assert "distorts_facts" in _costs(statement, reply), reply


def test_a_fuss_pinned_on_them_as_a_habit_judges_the_feeling() -> None:
    statement = "The dentist wants to take the tooth out on Friday and I'm dreading it."
    for reply in ("You're always worrying about something.", "You're constantly stressing, love."):
        assert "judges_or_argues" in items(statement, reply, "validation", "cost"), reply


@pytest.mark.parametrize(
    "statement, reply",
    [
        (
            "I don't want to let the kids down, and I'm scared I already have.",
            "You care so much about the kids, and you want to give them the best.",
        ),
        ("I don't want to lose my flat.", "You really need that flat."),
    ],
)
def test_the_thing_they_care_about_is_not_the_act_they_ruled_out(
    statement: str, reply: str
) -> None:
    assert "distorts_facts" not in _costs(statement, reply), reply


def test_doing_something_on_purpose_yourself_is_no_motive() -> None:
    statement = "I can't switch off at night. What am I supposed to do?"
    reply = "It sounds exhausting. Some people purposely slow their breathing at bedtime."
    assert "imputes_motive" not in _costs(statement, reply)


def test_anger_guessed_for_loneliness_is_the_wrong_feeling() -> None:
    statement = "Nobody from my old team came to my leaving do. I just felt forgotten."
    assert "wrong_feeling" in _costs(statement, "You're angry that none of them showed up.")
    both = "Of course you felt forgotten, and maybe a bit angry too."
    assert "wrong_feeling" not in _costs(statement, both)
    # a hurt of disrespect alone may well be anger
    disrespected = ("My sister read my diary. I feel so disrespected.", "You're angry she read it.")
    assert "wrong_feeling" not in _costs(*disrespected)


def test_their_own_word_said_back_is_no_guess() -> None:
    statement = "I've felt so low since. My best friend told me she hated me."
    assert "wrong_feeling" not in _costs(
        statement, "Hate is such a strong word from a best friend."
    )


@pytest.mark.parametrize(
    "statement, reply",
    [
        (
            "I felt stupid when you corrected me in front of your parents.",
            "I get that it stung. You're making a lot of it though.",
        ),
        (
            "My manager keeps emailing me at midnight and I can't switch off.",
            "That's draining. You're letting him get to you way too much, honestly.",
        ),
        (
            "I got into Leeds but I feel flat about it.",
            "You feel flat about it, but you should be happy, it's a great uni.",
        ),
        (
            "I've got my driving test tomorrow and I'm a wreck.",
            "You're a wreck about tomorrow. Stop worrying, you'll walk it.",
        ),
        ("I miss my old flat so much.", "You miss it a lot. That sounds a bit dramatic though."),
    ],
)
def test_the_size_of_the_feeling_judged_costs_validation(statement: str, reply: str) -> None:
    assert "judges_or_argues" in items(statement, reply, "validation", "cost"), reply


@pytest.mark.parametrize(
    "statement, reply",
    [
        (
            "Our cat was put down yesterday and I can't stop crying.",
            "You're heartbroken. Still, it's not like losing a person.",
        ),
        (
            "I passed but I feel nothing about it.",
            "You feel nothing. Loads of people would give anything for that pass.",
        ),
    ],
)
def test_ranking_the_loss_below_others_minimizes(statement: str, reply: str) -> None:
    assert "minimizes" in items(statement, reply, "validation", "cost"), reply


def test_praise_and_insistent_feelings_are_not_shrunk() -> None:
    statement = "I finally finished my first marathon, four years after my knee op."
    reply = "You ran the whole thing! You should be so proud of yourself."
    assert "judges_or_argues" not in items(statement, reply, "validation", "cost")
    # "can't stop crying" insists on the feeling: heartbroken is that feeling, not a wrong one
    grief = ("Our cat was put down yesterday and I can't stop crying.", "You're heartbroken.")
    assert "wrong_feeling" not in _costs(*grief)
    # "he was your little buddy" describes the cat they spoke of; it adds no person
    buddy = ("Our cat was put down yesterday.", "He was your little buddy, of course it hurts.")
    assert "distorts_facts" not in _costs(*buddy)


@pytest.mark.parametrize(
    "statement, reply",
    [
        (
            "Your son told me I'm not his real dad, right in front of my mates.",
            "That must have cut so deep, hearing it from him.",
        ),
        (
            "Your brother told the kids they don't have to listen to me.",
            "You feel undermined after everything you do for them, and hurt that he'd say it.",
        ),
        (
            "They gave my team to someone half my age after twenty years.",
            "After twenty years, that's a real wound.",
        ),
    ],
)
def test_the_hurt_in_other_words_is_acknowledged(statement: str, reply: str) -> None:
    assert "acknowledges_feeling" in items(statement, reply, "validation", "earned"), reply


def test_an_object_before_a_clause_break_does_not_own_the_feeling() -> None:
    from trainer.grading.offline.feelings import feelings_in

    after_break = feelings_in("all you've put in with him, and hurt that he'd say it")
    assert [f.owner for f in after_break if f.word == "hurt"] == ["partner"]
    # "seeing him so stressed": the feeling is still his
    shown = feelings_in("seeing him so stressed must be hard")
    assert [f.owner for f in shown if f.word == "stressed"] == ["other"]


@pytest.mark.parametrize(
    "statement, reply",
    [
        ("A thief cut my bike lock outside the gym.", "Infuriating. Is there any CCTV at the gym?"),
        ("My brother hasn't spoken to me since the wedding.", "That hurts. Have you messaged him?"),
        (
            "Your dad keeps calling me at work.",
            "That's a lot. Would it help if we asked him to ring in the evenings?",
        ),
        (
            "I didn't get the job after the final round.",
            "That's gutting. What did they say you'd need to show next time?",
        ),
        ("Our rabbit died this morning.", "I'm so sorry. Will you get another rabbit?"),
    ],
)
def test_a_step_asked_as_a_question_seeks_a_solution(statement: str, reply: str) -> None:
    assert "solution_question" in items(statement, reply, "not_fixing", "cost"), reply


def test_an_offer_for_next_time_is_a_plan() -> None:
    statement = "I feel invisible at your work parties."
    reply = "That sounds lonely. Maybe next time I could stay with you all evening."
    assert "proposes_plan" in items(statement, reply, "not_fixing", "cost")


@pytest.mark.parametrize(
    "statement, reply",
    [
        (
            "I keep dreaming about the crash.",
            "That sounds terrifying. Have you been able to sleep?",
        ),
        (
            "My sister's baby came early and they're both in hospital.",
            "That must be such a worry. Is there any news on how they're doing?",
        ),
    ],
)
def test_asking_how_they_are_or_for_news_is_no_step(statement: str, reply: str) -> None:
    assert not items(statement, reply, "not_fixing", "cost"), reply


def test_what_someone_else_would_have_to_do_explores() -> None:
    statement = "I think he has his own reasons for helping us."
    reply = "What would he have to do to prove himself to you?"
    assert "solution_question" not in items(statement, reply, "not_fixing", "cost")


def test_the_worry_they_claim_after_setting_one_aside_is_the_point() -> None:
    statement = "I'm not stressed about the move. I'm stressed that the cat won't settle."
    aside = "Moving house is so stressful, no wonder you're feeling it."
    assert "reflects_main_point" not in items(statement, aside, "accuracy", "earned")
    claimed = "It's the cat settling you're stressed about, not the move itself."
    assert "reflects_main_point" in items(statement, claimed, "accuracy", "earned")


def test_a_reason_read_into_their_decision_is_imputed() -> None:
    statement = "The letting agent gave the flat to another couple."
    reply = "They picked them because they think you'd be trouble. That stings."
    assert "imputes_motive" in _costs(statement, reply)


def test_fine_about_one_part_sets_it_aside() -> None:
    statement = (
        "Honestly I'm fine about Dad selling the house. I'm just worried he won't cope "
        "with the flat stairs."
    )
    grief = "It must be so sad seeing the house go. Of course you're grieving."
    assert "reflects_main_point" not in items(statement, grief, "accuracy", "earned")


def test_a_warrant_to_do_what_they_complain_of_is_sarcasm() -> None:
    statement = "Mum, you read my messages. They're private."
    reply = "Sorry, I didn't realise I needed permission to look at my own daughter's phone."
    assert "sarcasm_or_contempt" in items(statement, reply, "validation", "cost")


@pytest.mark.parametrize(
    "statement, reply, item",
    [
        (
            "I didn't get the grant.",
            "These things have a way of working out, you'll see.",
            "rushing_reassurance",
        ),
        ("I lost the match.", "You're being way too hard on yourself.", "rushing_reassurance"),
        (
            "The flat fell through.",
            "There are plenty of other flats out there.",
            "silver_lining",
        ),
        (
            "I'm tired of the weekly goodbyes.",
            "We need a plan to close the distance.",
            "proposes_plan",
        ),
    ],
)
def test_soothing_past_it_and_naming_a_plan_cost_not_fixing(
    statement: str, reply: str, item: str
) -> None:
    assert item in items(statement, reply, "not_fixing", "cost"), reply


def test_someone_elses_verdict_is_no_denial_of_theirs() -> None:
    statement = "The GP said it's nothing to worry about, but I keep checking the mole."
    reply = "You keep checking it even after the GP. That sounds scary, of course you're worried."
    assert "wrong_feeling" not in _costs(statement, reply)
    own = ("I'm not worried about the move, just tired.", "You must be so worried about the move.")
    assert "wrong_feeling" in _costs(*own)


@pytest.mark.parametrize(
    "phrase, family",
    [
        ("that must make your blood boil", "anger"),
        ("your stomach must be in knots", "anxiety"),
        ("you must have wanted the ground to swallow you", "shame"),
        ("you must be dead on your feet", "overwhelm"),
        ("that must be doing your head in", "frustration"),
        ("it must have knocked you for six", "surprise"),
        ("you must be in bits", "sadness"),
        ("you must feel like a spare part", "loneliness"),
        ("you must be beside yourself", "distress"),
        ("your heart must have been in your mouth", "anxiety"),
        ("you must have felt like a fish out of water", "insecurity"),
        ("my heart sank when i read it", "disappointment"),
        ("you must be run off your feet", "overwhelm"),
        ("that must make your skin crawl", "disgust"),
        ("you must be flabbergasted", "surprise"),
        ("you don't know whether you're coming or going", "confusion"),
    ],
)
def test_feelings_in_common_idioms(phrase: str, family: str) -> None:
    from trainer.grading.offline.feeling_matcher import find_feelings

    assert family in {h.family for h in find_feelings(phrase)}, phrase


@pytest.mark.parametrize(
    "literal",
    [
        "the vase is in pieces",
        "the work is done in a day",
        "papers all over the place",
        "he shook my hand",
        "the jelly was set",
        "we drove through berlin naked",
    ],
)
def test_the_idioms_literal_senses_are_no_feeling(literal: str) -> None:
    from trainer.grading.offline.feeling_matcher import find_feelings

    assert find_feelings(literal) == [], literal


def test_a_list_of_what_they_face_summed_up_is_no_order() -> None:
    statement = "Double shifts all week and now the baby's teething."
    summed = "Double shifts and a teething baby on top, you must be dead on your feet."
    assert "gives_advice" not in items(statement, summed, "not_fixing", "cost")
    order = "Take a break and have a bath, you must be exhausted."
    assert "gives_advice" in items(statement, order, "not_fixing", "cost")


def test_a_reason_they_reported_is_said_back_not_read_in() -> None:
    statement = "She ended it and she says I'm not ambitious enough for her."
    reply = "So she broke it off because she thinks you're not ambitious enough. That hurts."
    assert "imputes_motive" not in _costs(statement, reply)


@pytest.mark.parametrize(
    "allowed",
    [
        "You've every right to be hurt.",
        "You've good reason to feel that way.",
        "That's perfectly understandable.",
        "Small wonder you're worn out.",
        "Course you're gutted.",
        "Can't say I blame you.",
        "It stings, and rightly so.",
        "That's a really understandable reaction.",
        "I'm not surprised you're shaken.",
        "It's only natural.",
    ],
)
def test_the_feeling_made_understandable_in_other_words(allowed: str) -> None:
    statement = "My landlord kept my whole deposit over a scuffed skirting board and I'm so upset."
    reply = "Your whole deposit gone over one scuffed board. " + allowed
    assert "legitimizes_feeling" in items(statement, reply, "validation", "earned"), reply


@pytest.mark.parametrize(
    "ack",
    [
        "That's grim.",
        "What an ordeal.",
        "You've been through the wringer.",
        "That can't have been easy.",
        "That's the pits.",
        "How dreadful.",
    ],
)
def test_how_hard_it_is_acknowledged_in_everyday_words(ack: str) -> None:
    statement = "The boiler's broken again and the landlord won't answer his phone."
    reply = "Broken again and the landlord ignoring your calls. " + ack
    assert "acknowledges_feeling" in items(statement, reply, "validation", "earned"), reply


@pytest.mark.parametrize(
    "literal",
    [
        "a milestone birthday",
        "the pits of the fruit",
        "my cousin's physio is ace",
        "i tend to get in trouble",
        "i'm really trying to help",
    ],
)
def test_acknowledgement_words_in_their_literal_sense_are_no_feeling(literal: str) -> None:
    from trainer.grading.offline.feeling_matcher import find_feelings

    assert find_feelings(literal) == [], literal


def test_a_motive_read_into_the_partner_costs_validation_too() -> None:
    statement = "I've done every bedtime this week and I'm exhausted."
    reply = "Every bedtime, you must be exhausted. I think really you just want me to feel guilty."
    assert "judges_or_argues" in items(statement, reply, "validation", "cost")
    # one read into someone else costs accuracy only
    other = ("My boss moved my meeting again.", "She's doing it deliberately. That's so annoying.")
    assert "judges_or_argues" not in items(*other, "validation", "cost")
