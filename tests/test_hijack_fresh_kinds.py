"""Not hijacking on the kinds a released blind set (cases_fresh_v1) showed the grader misread,
read by grammar (who is the subject, whose cost, who did what to whom) rather than by phrase.
Each row is a new wording, not taken from any case file; every row of the first two tests
failed on main before this change (checked against commit 4f3f441), as did the generic-"you" row
of the third; its other guards passed before and must still pass."""

from __future__ import annotations

import pytest
from offline_grade import grade_reply as _grade
from offline_grade import hijack_costs as _costs


@pytest.mark.parametrize(
    ("statement", "reply", "item"),
    [
        # a "so" restatement that makes the complaint a verdict on the listener or a motive
        (
            "You didn't put the bins out again.",
            "So I'm completely hopeless now. Brilliant.",
            "defends_self",
        ),
        (
            "I saw you'd read my messages.",
            "So you think I've been spying because I glanced at your screen once.",
            "defends_self",
        ),
        # the partner hinted at as someone else
        (
            "We can't afford the boiler repair this month.",
            "Maybe if a certain someone stopped ordering clothes online we could.",
            "counter_complaint",
        ),
        (
            "I'm so tired of the house being a mess.",
            "Some of us actually work all day, you know.",
            "counter_complaint",
        ),
        # the listener's own diary beside their trouble
        (
            "My mum's been taken into hospital with chest pains.",
            "Tonight? I'm supposed to be at five-a-side at seven.",
            "centers_self",
        ),
        # good news met with what it costs the listener
        (
            "I've been promoted to regional manager!",
            "Cool. So you'll be travelling all week and I'll barely see you.",
            "centers_self",
        ),
        # a one-up
        (
            "I've been on my feet all day at the shop.",
            "Try doing a twelve-hour shift on the ward, then talk to me about feet.",
            "me_too_story",
        ),
        # an apology, then the act's target denied and the listener's intent explained
        (
            "You smirked when I told your parents about my new job.",
            "Sorry I smirked, that must have felt awful. I was just flustered, it had nothing to "
            "do with you.",
            "defends_self",
        ),
        # after hearing them, the listener's own grievance with the same kind of person
        (
            "My boss remembered my work anniversary today!",
            "Aw, that's really nice that she noticed. My manager's forgotten mine two years in a "
            "row.",
            "me_too_story",
        ),
        # the listener's reason for their conduct, after an apology
        (
            "You never told me your ex was going to be at the wedding.",
            "I'm sorry you were blindsided. I didn't want to worry you before the day.",
            "defends_self",
        ),
        # someone doing the same to the listener
        (
            "Gran forgot my birthday again this year.",
            "She did exactly that to me last spring. Not even a card.",
            "me_too_story",
        ),
    ],
)
def test_a_turn_to_the_listener_costs_not_hijacking(statement: str, reply: str, item: str) -> None:
    grade = _grade(statement, reply)
    assert not grade.rubrics.not_hijacking.passed, reply
    assert item in _costs(grade), (reply, _costs(grade))


@pytest.mark.parametrize(
    ("statement", "reply"),
    [
        # owning a lapse as the cause of their trouble is no excuse
        (
            "You missed my brother's birthday drinks and everyone asked where you were.",
            "You were left explaining my absence to everyone because I didn't turn up. That's on "
            "me, and I'm sorry.",
        ),
        # asking how they want to be heard stays with them
        (
            "The landlord's putting the rent up again.",
            "Ugh, again? Would you rather have a moan about it, or shall we think it through "
            "together?",
        ),
        # a plan for their problem is fixing, not a story or a new subject
        (
            "Your cousin keeps posting photos of our kids without asking.",
            "I'll have a word with her this week.",
        ),
        (
            "Your cousin keeps posting photos of our kids without asking.",
            "Ugh, sorry. Let's just not send her any more pictures.",
        ),
        # the view they asked for, and a wish to decide it together
        (
            "Should we sell the car or keep it? I keep going round in circles. What do you think?",
            "Going round in circles is exhausting. If you want my view, I'd sell it. But I'd like "
            "us to make the call together.",
        ),
        # a one-clause me-too handed straight back with an open question
        (
            "My hands keep shaking before presentations and it's getting worse.",
            "That would rattle me too, I had the same thing in my first job. What goes through "
            "your mind just before you start?",
        ),
    ],
)
def test_owning_asking_planning_and_a_handed_back_me_too_pass(statement: str, reply: str) -> None:
    grade = _grade(statement, reply)
    assert grade.rubrics.not_hijacking.passed, (reply, _costs(grade))


@pytest.mark.parametrize(
    ("statement", "reply"),
    [
        # the guards beside the new kinds: a sincere restatement, checked
        (
            "You didn't put the bins out again.",
            "So you're fed up that I keep forgetting them, and it feels like it's all on you?",
        ),
        # imagining oneself in their place is no hint at the partner
        (
            "Your mate made a joke about my weight at the party.",
            "If someone said that about me I'd be mortified too. It must have hurt.",
        ),
        # blaming them for their own feeling about something that is not the listener's doing
        # is judging (validation), not a counter-complaint: the "you" of the statement is anyone
        (
            "Nobody at the new gym even says hello. They just stare past you.",
            "Well, you picked that gym. You knew it was a posh one.",
        ),
        # an offer that costs the listener something is for them
        (
            "My scan got moved to Friday morning and I'm dreading going alone.",
            "I'll have to move my shift so I can come with you, and I will. Dreading it makes sense.",
        ),
    ],
)
def test_guards_beside_the_new_kinds_pass(statement: str, reply: str) -> None:
    grade = _grade(statement, reply)
    assert grade.rubrics.not_hijacking.passed, (reply, _costs(grade))
