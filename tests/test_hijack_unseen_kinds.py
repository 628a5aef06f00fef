"""Not hijacking on unseen writing (issue 12, items 4 and 5): the kinds a blind set showed the
grader still got wrong, read by grammar (who is the subject, whose side, tense) rather than by
phrase. Each row is a new wording, not taken from any case file; every row failed on main before
this change (checked against commit a0dd849)."""

from __future__ import annotations

import pytest
from offline_grade import grade_reply as _grade
from offline_grade import hijack_costs as _costs


@pytest.mark.parametrize(
    ("statement", "reply", "item"),
    [
        # counter-complaints: the partner's own habit set beside a complaint about the listener
        (
            "You leave your gym bag in the hall every single day and I trip over it.",
            "Well you dump your shoes by the door every night, so.",
            "counter_complaint",
        ),
        (
            "You never ring my parents back when they leave a message.",
            "I'd ring them more if you didn't sigh every time I'm on the phone.",
            "counter_complaint",
        ),
        (
            "I'm worried we're eating takeaway four nights a week.",
            "rich coming from the one who ordered pizza twice yesterday",
            "counter_complaint",
        ),
        (
            "Can whoever used my good knife please wash it? It's been in the sink two days.",
            "sure but somebody keeps finishing my coffee and leaving the jar empty",
            "counter_complaint",
        ),
        # defending oneself to a partner upset with the listener, no stock phrase
        (
            "You told your mates about our row before we'd even made up.",
            "What was I supposed to say when they asked why I was quiet?",
            "defends_self",
        ),
        (
            "You took the car all weekend and I couldn't get to my mum's.",
            "I get why that was frustrating. I only took it because my bike had a puncture.",
            "defends_self",
        ),
        (
            "Why are you still following your ex on everything? It bothers me.",
            "it's honestly just a follow, you're overreacting",
            "defends_self",
        ),
        # a mock apology
        (
            "You were on the phone to your brother all through dinner.",
            "So sorry for caring about my family, I guess.",
            "defends_self",
        ),
        # the listener's hurt put in the middle, with "you" in the sentence
        (
            "Sometimes it feels like you'd rather be at work than with me.",
            "That really hurts me that you'd say that. I feel like a complete failure now.",
            "centers_self",
        ),
        # good news met with what it costs the listener
        (
            "I got into the Paris programme! Six months abroad!",
            "Wow. So that's me on my own all winter then.",
            "centers_self",
        ),
        # a token nod, then something else
        (
            "My manager said my job might be cut in the restructure.",
            "Yikes. How's the job hunt for your brother going anyway?",
            "changes_subject",
        ),
        (
            "I didn't get the part in the play. I really thought I had it.",
            "Oh no. The bins need putting out tonight, can you do it?",
            "changes_subject",
        ),
    ],
)
def test_kind_costs_not_hijacking(statement: str, reply: str, item: str) -> None:
    grade = _grade(statement, reply)
    assert item in _costs(grade), (reply, _costs(grade))
    assert not grade.rubrics.not_hijacking.passed


@pytest.mark.parametrize(
    ("statement", "reply"),
    [
        # a dated one-sentence me-too, handed straight back at more length
        (
            "My grandad went into a care home today. Mum cried the whole drive back.",
            "I went through something like that with my nan a few years ago. But today was your "
            "grandad, and seeing your mum in tears the whole way home must have been so hard on "
            "you. How are you feeling tonight?",
        ),
        # what the listener will do: fixing, not the listener's story
        (
            "The washing machine flooded the kitchen and I've got people coming at six.",
            "I'll leave work early tomorrow and we can sort it properly then.",
        ),
        (
            "My bike got nicked from outside the station this morning.",
            "Shall I ring the station tomorrow? I might be able to find out if anyone handed it in.",
        ),
        # a view they asked for
        (
            "I can't decide whether to go to Sam's wedding or my cousin's. Which would you pick?",
            "You sound really torn, like either way someone gets let down. My honest take is "
            "we go to Sam's, but it's your call.",
        ),
        # the listener's own words quoted back as the partner heard them
        (
            "Every time I bring up moving you say you're too busy to talk about it.",
            "You keep raising it and hearing 'I'm too busy' from me. That must feel like I don't "
            "care about our future.",
        ),
        # a sincere apology that owns a lapse
        (
            "You've worked late every night this week and I've barely seen you.",
            "Sorry for leaving you on your own so much. You've been missing me and I haven't "
            "been around.",
        ),
    ],
)
def test_look_alike_passes_not_hijacking(statement: str, reply: str) -> None:
    grade = _grade(statement, reply)
    assert grade.rubrics.not_hijacking.passed, (reply, _costs(grade))
