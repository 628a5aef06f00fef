"""Not hijacking read from sentence grammar, not stock phrases (issue 12, item 4): defences and
counter-complaints to a partner upset with the listener, changes of subject after a token
acknowledgement, and the look-alikes that must stay clear (owning the impact, "I love you too",
"sure, whatever"). Every parametrised row failed on main before patterns/narrative.py."""

from __future__ import annotations

import pytest
from offline_grade import grade_reply as _grade

from trainer.grading.schema import Grade


def _costs(grade: Grade) -> list[tuple[str, str]]:
    return [(e.item, e.text) for e in grade.rubrics.not_hijacking.evidence if e.effect == "cost"]


@pytest.mark.parametrize(
    ("statement", "reply", "item", "words"),
    [
        # the listener's own account of their conduct
        (
            "You didn't water my tomatoes while I was away and they're all dead.",
            "I watered them on Tuesday and Thursday, the heat just got to them.",
            "defends_self",
            "I watered them on Tuesday and Thursday, the heat just got to them",
        ),
        # a fact offered as the reason
        (
            "You kept the whole table waiting and never even called.",
            "The bus broke down on the ring road.",
            "defends_self",
            "The bus broke down on the ring road",
        ),
        # the partner's own lapse, no "you never"
        (
            "You didn't book the vet like you said you would.",
            "You lost the car keys twice last month.",
            "counter_complaint",
            "You lost the car keys twice last month",
        ),
        # "who ...?" pointing back at them
        (
            "You ate the last of the birthday cake I was saving for my mum.",
            "Who finished the ice cream on Sunday then?",
            "counter_complaint",
            "Who finished the ice cream on Sunday then",
        ),
        # the listener's own load
        (
            "You didn't help me with the garden at all this spring.",
            "I've been driving your dad to physio three times a week.",
            "counter_complaint",
            "I've been driving your dad to physio three times a week",
        ),
        # a turn after hearing them, with no "but I"
        (
            "You missed my match again, the one I told you about all week.",
            "I'm sorry you looked for me, that sounds rotten. The meeting though ran way over.",
            "defends_self",
            "The meeting though ran way over",
        ),
    ],
)
def test_defences_and_counter_complaints_without_a_marker(
    statement: str, reply: str, item: str, words: str
) -> None:
    grade = _grade(statement, reply)
    assert not grade.rubrics.not_hijacking.passed, reply
    assert (item, words) in _costs(grade), _costs(grade)


@pytest.mark.parametrize(
    ("statement", "reply", "words"),
    [
        (
            "My sister hasn't spoken to me since the wedding and it's eating me up.",
            "Oh no. Shall we repaint the hallway this weekend?",
            "Shall we repaint the hallway this weekend",
        ),
        (
            "I bombed the driving test again, third time now.",
            "Ugh. My cousin is visiting next month with her twins.",
            "My cousin is visiting next month with her twins",
        ),
    ],
)
def test_a_new_subject_after_a_token_acknowledgement(
    statement: str, reply: str, words: str
) -> None:
    grade = _grade(statement, reply)
    assert not grade.rubrics.not_hijacking.passed, reply
    # the new subject is what is shown ("my cousin is visiting" may read as the listener's life)
    assert words in [text for _, text in _costs(grade)], _costs(grade)


@pytest.mark.parametrize(
    ("statement", "reply"),
    [
        # owning the impact, in the first person and the past tense
        (
            "You didn't come to my exhibition opening, I kept looking for you.",
            "I didn't come, and you kept looking at the door for me. I'm sorry I let you down.",
        ),
        (
            "You made a crack about my driving in front of my boss.",
            "I mocked you in front of your boss and I'm sorry I did that, it made you look small.",
        ),
        # the partner comes first: their side told back, the listener's part owned
        (
            "You were texting the whole time I told you about the diagnosis.",
            "You were telling me something frightening and I was texting. You felt alone with it.",
        ),
        ("Thank you for tonight. I love you.", "I love you too."),
        (
            "My grandad fought in the war and never talked about it.",
            "Your grandad carried all that and kept it to himself. I can only imagine.",
        ),
        # a plan for their problem is fixing, not a new subject
        (
            "The bathroom is a state again and I'm the only one who cleans it.",
            "Ugh. Tonight we're writing a cleaning rota and I'll stick it up.",
        ),
    ],
)
def test_look_alikes_stay_clear_of_hijacking(statement: str, reply: str) -> None:
    grade = _grade(statement, reply)
    assert grade.rubrics.not_hijacking.passed, (reply, _costs(grade))


def test_a_shrug_is_dismissive_not_a_defence() -> None:
    grade = _grade(
        "You said you'd call the landlord weeks ago and you still haven't.", "Sure, whatever."
    )
    assert grade.rubrics.not_hijacking.passed, _costs(grade)
    assert not grade.rubrics.validation.passed
    assert grade.rubrics.validation.checklist["minimizes"]


@pytest.mark.parametrize(
    ("statement", "reply"),
    [
        ("You forgot to put the bins out.", "I was on a night shift, I got in at eight."),
        ("You forgot to put the bins out.", "Oh. Did you see the new series is out tonight?"),
        ("You never help with the shopping.", "You left the fridge door open twice this week."),
    ],
)
def test_every_flag_points_at_the_words_the_learner_sees(statement: str, reply: str) -> None:
    grade = _grade(statement, reply)
    evidence = [e for e in grade.rubrics.not_hijacking.evidence if e.effect == "cost"]
    assert evidence, reply
    for e in evidence:
        assert reply[e.start : e.end] == e.text and e.text.strip(), (e, reply)
