"""Not fixing hears advice in everyday words (issue 12, item 5), and keeps look-alikes clear.

Advice without "should" (information that pushes a step, the listener's own remedy, softened
proposals, spoken fillers inside the advice, an imperative after a first clause, future-plan
questions, offers to take the task over) costs not_fixing; a need or a wish said back, a sound
such as "hang on", curiosity and permission questions do not, and telling someone how to take it
("don't take it so personally") is validation's cost, not fixing. The sentences are written for
these tests; eval cases for the same kinds are in evals/cases/cases_meaning_nf.yaml, gated below.
"""

from __future__ import annotations

import pytest

from trainer.grading.offline.detectors import analyze
from trainer.grading.offline.grader import grade_offline
from trainer.grading.schema import GradeRequest

STATEMENT = "We had another row about money last night and I barely slept."


def _fixing_items(response: str, statement: str = STATEMENT) -> set[str]:
    answers = analyze(response, statement, None, None).answers["not_fixing"]
    return {item for item, yes in answers.items() if yes} - {"asks_permission"}


@pytest.mark.parametrize(
    "response",
    [
        # information that pushes a step
        "A shared spreadsheet has been shown to cut down on those arguments.",
        "There are some free budgeting apps for exactly this.",
        "Plenty of couples find that a monthly money date really helps.",
        "It's much better to talk about bills in the morning.",
        "The sooner you two sit down with it, the better.",
        # the listener's own remedy
        "What worked for me was a walk before bed.",
        "It really helps me to write the worries down before I sleep.",
        # softened proposals
        "Maybe a separate account for bills would ease things.",
        "Perhaps you might bring it up again at the weekend.",
        "It might be worth looking at the statements together.",
        # spoken fillers and stutters inside the advice
        "So you could, um, like, set a budget for the month.",
        "And then maybe, you know, leaving the cards at home?",
        # an imperative after a first clause
        "I know it was horrible, ring the bank first thing.",
        "Ugh, rows are the worst. Next time though, grab a notebook and write it down.",
        "You two need some peace, give yourselves a night off from it.",
        # future-plan and solution questions
        "What do you think would help the two of you stop fighting about it?",
        "Are you going to talk to him about the overdraft?",
        "What's one thing you could change this week?",
        "Have you ever heard of the envelope method?",
        "What about a money coach?",
        # offers and plans that take the task over
        "I'd be happy to help you sort the receipts tonight.",
        "Let's draw up a budget on Sunday.",
    ],
)
def test_advice_in_everyday_words_costs_not_fixing(response: str) -> None:
    assert _fixing_items(response), response


@pytest.mark.parametrize(
    "response",
    [
        # a need of the listener or a wish, said back
        "You need to be able to count on me to stay calm about money.",
        "You'd love one evening where money never comes up and you can just relax.",
        "Part of you wants to let it go and part of you can't stop going over it.",
        "Walking it off with your sister is what helped you last time.",
        "You've thought about giving up on the joint account more than once.",
        # sounds, not instructions
        "Hang on, he said that in front of your mum? That must have stung.",
        "Wait, you were up all night? You sound wiped out.",
        # curiosity and permission
        "What was the worst moment of the row for you?",
        "That sounds draining. Would it help to think it through together, or do you mostly "
        "want me to listen?",
        "What do you need from me right now?",
        "Let's unpack that a bit: what did she actually say?",
    ],
)
def test_look_alikes_stay_clear_of_fixing(response: str) -> None:
    grade = grade_offline(GradeRequest(statement=STATEMENT, response=response))
    assert grade.rubrics.not_fixing.passed, grade.rubrics.not_fixing.checklist


@pytest.mark.parametrize(
    "response",
    ["Don't take it so personally.", "Don't take it to heart, he was tired.", "Calm down."],
)
def test_telling_them_how_to_take_it_is_not_fixing(response: str) -> None:
    """The rubric's minimizing and judging items are validation's cost; no step is offered."""
    grade = grade_offline(
        GradeRequest(
            statement="Your brother laughed at my new haircut at dinner.", response=response
        )
    )
    assert "gives_advice" not in _fixing_items(response), response
    assert grade.rubrics.not_fixing.passed
    assert not grade.rubrics.validation.passed


def test_a_story_with_a_comma_is_not_an_imperative() -> None:
    assert not _fixing_items(
        "When I was off work I was on the sofa for a month, put on weight, the lot."
    )
    assert not _fixing_items("What was I meant to say, tell him off in front of everyone?")
