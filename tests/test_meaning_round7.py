"""Round 7 (cases_meaning_r7, from the errors of cases_fresh_v7b): a story told on about the
listener's people says nothing back; "mine ... too" is a me-too; a reflection undercut by blaming
their nature is not validation; anger guessed for sadness is the wrong feeling; tears of joy are
joy; a form of address invents nobody; a defence says nothing back; and the part they single out
("what got me was...") is the point a reply must say back."""

from __future__ import annotations

import pytest

from tests.offline_grade import grade_reply, items


def test_a_story_told_on_about_the_listeners_people_says_nothing_back() -> None:
    statement = "My manager cut my hours without warning and I've got rent due on Friday."
    reply = (
        "Ugh, rough. Reminds me of my uncle's boss. He cut everyone's shifts one winter. "
        "Then he sold the whole business and the staff found out from the local paper."
    )
    grade = grade_reply(statement, reply)
    assert not grade.rubrics.accuracy.passed
    assert not grade.rubrics.not_hijacking.passed
    # nothing from inside the tale ("cut", "shifts") is shown as their point said back
    tale_start = reply.index("He cut")
    assert not [
        e
        for e in grade.rubrics.accuracy.evidence
        if e.item == "reflects_main_point" and e.start >= tale_start
    ]


def test_sentences_about_their_people_without_a_story_still_say_back() -> None:
    statement = "My manager cut my hours without warning and I've got rent due on Friday."
    reply = (
        "Your manager cut your hours with no warning, and rent's due Friday. "
        "He left you scrambling, no wonder you're panicking."
    )
    assert grade_reply(statement, reply).rubrics.accuracy.passed


def test_mine_too_is_a_me_too() -> None:
    """Only "mine ... too" marks this as the listener's own story (no "I", no "me"): it passed
    not hijacking before that pattern."""
    statement = "They took my poem for the anthology! I've been checking my inbox for a month."
    reply = (
        "Nice. Mine got picked last spring too, and honestly the editing was a slog, every "
        "week another round of notes."
    )
    assert not grade_reply(statement, reply).rubrics.not_hijacking.passed


@pytest.mark.parametrize(
    "undercut",
    [
        "Mind you, you are a bit of a worrier.",
        "You do get worked up quite easily though.",
        "To be fair, you did forget his birthday, so you can't be that surprised.",
        "But you're taking it way too seriously.",
        "Mind you, most people would sleep through that.",
    ],
)
def test_a_reflection_undercut_by_blaming_them_fails_validation(undercut: str) -> None:
    statement = "My friend didn't invite me to his leaving do. I only heard about it afterwards."
    reflection = "You found out about his leaving do after it happened, that really stings."
    assert grade_reply(statement, reflection).rubrics.validation.passed
    assert not grade_reply(statement, f"{reflection} {undercut}").rubrics.validation.passed


def test_mind_you_that_allows_the_feeling_is_not_an_undercut() -> None:
    statement = "My friend didn't invite me to his leaving do. I only heard about it afterwards."
    reply = (
        "You found out about his leaving do after it happened, that really stings. "
        "Mind you, anyone would feel shut out by that."
    )
    assert grade_reply(statement, reply).rubrics.validation.passed


@pytest.mark.parametrize(
    ("statement", "reply"),
    [
        (
            "My best mate's moving to Perth. I'm happy for him, honestly, but I keep tearing up "
            "at the daftest things.",
            "You must be so angry at him for leaving you behind, that's completely understandable.",
        ),
        (
            "Our old dog went to live with my parents. I feel so sad coming home to the quiet.",
            "You sound angry that he's gone, and that makes sense.",
        ),
    ],
)
def test_anger_guessed_for_sadness_is_the_wrong_feeling(statement: str, reply: str) -> None:
    """Both earned no accuracy cost on 81d4422 (anger was only skipped, never wrong)."""
    assert "wrong_feeling" in items(statement, reply, "accuracy", "cost")


def test_tears_of_joy_are_joy() -> None:
    statement = "Dad walked me down the aisle after all. I was crying the whole way. Tears of joy!"
    reply = "That must have been so upsetting for you, crying all the way down the aisle."
    assert "wrong_feeling" in items(statement, reply, "accuracy", "cost")


@pytest.mark.parametrize(
    "reply",
    [
        "Oh pal, you waited all night and not one of them came. That must have stung.",
        "You waited all night and not one of them came, Dad, that must have stung.",
    ],
)
def test_a_form_of_address_invents_nobody(reply: str) -> None:
    statement = "Not one of my old friends came to my party. I waited all night."
    assert "distorts_facts" not in items(statement, reply, "accuracy", "cost")


def test_a_counter_complaint_costs_hijacking_not_accuracy() -> None:
    statement = "You had your music on till two and I've got an interview at nine."
    reply = (
        "You were trying to sleep before a big interview and my music kept you up till two, "
        "that's so frustrating. Though your sister was round shouting last week and I said nothing."
    )
    grade = grade_reply(statement, reply)
    assert "distorts_facts" not in items(statement, reply, "accuracy", "cost")
    assert not grade.rubrics.not_hijacking.passed


def test_a_counter_complaint_says_nothing_back() -> None:
    """The counter-complaint repeats their words ("cleaned", "shop") but says back nothing of
    theirs: it passed accuracy on 81d4422."""
    statement = "I cleaned the whole flat on Saturday and you didn't even notice."
    reply = "Right, and who cleaned the bathroom and did the whole food shop last week? Me."
    grade = grade_reply(statement, reply)
    assert not grade.rubrics.accuracy.passed
    assert not grade.rubrics.not_hijacking.passed


def test_the_part_they_single_out_is_the_point() -> None:
    statement = (
        "The party itself was fine, the food was late but whatever. What got to me was that "
        "you laughed when your brother mocked my accent."
    )
    set_aside = "The food being late must have been so annoying, parties are stressful."
    focus = "You laughed along when your brother mocked your accent, that must have hurt."
    assert not grade_reply(statement, set_aside).rubrics.accuracy.passed
    assert grade_reply(statement, focus).rubrics.accuracy.passed


@pytest.mark.parametrize(
    "tail",
    [
        "It's probably just nerves though.",
        "Everyone gets palpitations now and then.",
        "Bit dramatic though.",
        "But it's not healthy to still be thinking about it.",
    ],
)
def test_hedged_minimising_and_judging_fail_validation(tail: str) -> None:
    statement = "They want to repeat my blood test and I've thought about nothing else all week."
    reflection = (
        "Waiting on a repeat test all week, no wonder you can't think about anything else, "
        "that's so stressful."
    )
    assert grade_reply(statement, reflection).rubrics.validation.passed
    assert not grade_reply(statement, f"{reflection} {tail}").rubrics.validation.passed


def test_just_a_matter_of_time_set_aside_is_not_minimising() -> None:
    statement = "Fifty applications and no interviews. I'm starting to think nobody wants me."
    reply = (
        "Fifty applications and nothing back, that's crushing and I can see it's knocking you. "
        "I won't say it's just a matter of time, because that isn't how it feels right now."
    )
    items = {e.item for e in grade_reply(statement, reply).rubrics.validation.evidence}
    assert "minimizes" not in items


def test_offering_a_medal_is_sarcasm() -> None:
    statement = "I've cooked every meal this week and you haven't once said thanks."
    grade = grade_reply(statement, "Do you want a medal for it?")
    assert grade.rubrics.validation.checklist["sarcasm_or_contempt"]


@pytest.mark.parametrize(
    "tail",
    [
        "In the long run it might be the push you needed to start your own thing.",
        "I've already found you a baking course.",
    ],
)
def test_a_bright_side_later_or_a_step_already_taken_is_fixing(tail: str) -> None:
    statement = "The bakery's closing after fifteen years and I'm out of a job in January."
    reply = f"Fifteen years and it's ending in January, that's a real loss. {tail}"
    grade = grade_reply(statement, reply)
    assert not grade.rubrics.not_fixing.passed
    assert grade.rubrics.not_hijacking.passed


def test_a_feeling_they_plainly_disown_is_wrong_even_beside_a_right_one() -> None:
    statement = "They all went to the gig without me. I'm not even angry, I just feel forgotten."
    reply = "Left out while they all went, that must hurt. You must be livid with them."
    assert "wrong_feeling" in items(statement, reply, "accuracy", "cost")
    # "I can't stop crying" denies nothing
    statement = "I can't stop crying about the dog. The house is so quiet."
    reply = "The quiet must be the worst part. Of course you're crying, she was family."
    assert "wrong_feeling" not in items(statement, reply, "accuracy", "cost")


def test_a_laugh_at_the_listeners_own_story_is_not_contempt() -> None:
    statement = (
        "My sister said my new glasses make me look like a headmistress. I've felt rubbish all day."
    )
    reply = (
        "What a rotten thing to say, no wonder you've felt rubbish. Someone said that about my "
        "braces once and I didn't smile for a year lol"
    )
    assert not grade_reply(statement, reply).rubrics.validation.checklist["sarcasm_or_contempt"]


def test_what_they_go_through_named_as_the_subject_acknowledges_it() -> None:
    statement = "They won't tell me if I've got the job until after Christmas. I can't think about anything else."
    reply = "Waiting all through Christmas not knowing is horrible."
    assert grade_reply(statement, reply).rubrics.validation.checklist["acknowledges_feeling"]


@pytest.mark.parametrize(
    "tail",
    [
        "I'm sure your job's safe though.",
        "You're not a useless manager though.",
        "Loads of people get a bad review and turn out fine.",
        "At least you'll never see him again.",
        "Just ignore him though.",
    ],
)
def test_comfort_that_rushes_past_is_fixing(tail: str) -> None:
    statement = "A client shouted at me in front of my team and I feel like a useless manager."
    reply = f"Being shouted at in front of your team, that's humiliating. {tail}"
    assert not grade_reply(statement, reply).rubrics.not_fixing.passed


def test_you_are_not_imagining_it_is_no_comfort() -> None:
    statement = "A client shouted at me in front of my team and I feel like a useless manager."
    reply = "Being shouted at in front of your team is humiliating. You're not imagining how much it stung."
    assert grade_reply(statement, reply).rubrics.not_fixing.passed


def test_a_mocking_call_the_papers_is_sarcasm_not_advice() -> None:
    statement = "I'm so nervous about my driving test, I've practised parallel parking ten times."
    grade = grade_reply(statement, "ten whole times?? call the papers")
    assert grade.rubrics.validation.checklist["sarcasm_or_contempt"]
    assert grade.rubrics.not_fixing.passed


@pytest.mark.parametrize(
    ("statement", "reply"),
    [
        (
            "I'm not cross any more. I'm just worn out by it.",
            "The crossness has gone, and now it's mostly being worn out.",
        ),
        (
            "You were away in Glasgow for five days and I had the kids on my own.",
            "You said I could go, but five days was far more than you signed up for, and you "
            "felt left on your own.",
        ),
        (
            "Grandad died in the spring. I'll never see him again.",
            "You'll never see him again, and that hurts so much.",
        ),
        (
            "I can't let my patients down, so I keep taking extra shifts.",
            "You can't let them down, so the extra shifts all land on you, and you're shattered.",
        ),
        (
            "The man at the bus stop shouted at me about my pram.",
            "A bit over the top of him, shouting at you over a pram. That must have rattled you.",
        ),
        (
            "My ankle still hurts two months after the sprain.",
            "It's not normal to still be sore after two months, no wonder you're worried.",
        ),
        (
            "The wait at A&E was three hours and twenty minutes.",
            "Nearly three and a half hours in A&E, that's draining.",
        ),
        (
            "The vet bill was one and a half grand and I had no warning.",
            "£1,500 at the vet with no warning, no wonder you're rattled.",
        ),
        (
            "The train was meant to take two hours and ended up taking six.",
            "Six hours instead of two, that's exhausting.",
        ),
    ],
)
def test_good_reflections_in_the_new_shapes_still_pass(statement: str, reply: str) -> None:
    """From a review of this round: the new rules must not catch these ordinary reflections."""
    grade = grade_reply(statement, reply)
    costs = {
        k: [e.item for e in v.evidence if e.effect == "cost"] for k, v in grade.rubrics.items()
    }
    assert not any(costs.values()), costs
