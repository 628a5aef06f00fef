"""Not fixing reads the KIND of language (issue 12): who the subject is, the tense and mood of
the modal, what a question asks for. Each kind is checked in several wordings written for these
tests (different from the eval cases in evals/cases/cases_meaning_nf3.yaml, gated below), and
with the look-alikes that must stay clear.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.evals.cases import load_cases
from trainer.evals.runner import build_report, grade_cases
from trainer.grading.offline.grader import grade_offline
from trainer.grading.schema import Grade, GradeRequest

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "evals" / "cases" / "cases_meaning_nf3.yaml"
UPSET = "You forgot to book the vet and now Biscuit can't be seen until next Thursday."


def _grade(response: str, statement: str) -> Grade:
    return grade_offline(GradeRequest(statement=statement, response=response))


def _fixing(response: str, statement: str) -> dict[str, list[str]]:
    """Each not-fixing cost that fired, with the exact words shown for it."""
    result = _grade(response, statement).rubrics.not_fixing
    shown: dict[str, list[str]] = {}
    for ev in result.evidence:
        assert response[ev.start : ev.end] == ev.text  # the span is the learner's own words
        shown.setdefault(ev.item, []).append(ev.text)
    fired = {k for k, v in result.checklist.items() if v} - {"asks_permission"}
    return {item: shown.get(item, []) for item in fired}


# ------------------------------------------------------------------ past-tense blame


@pytest.mark.parametrize(
    "response",
    [
        "You could have put a reminder in the shared calendar like I do.",
        "Well, you might have mentioned it was urgent when you asked.",
        "You should've said it had to be this week, I'm not a mind reader.",
        "Honestly you ought to have booked it yourself if it mattered that much.",
        "You could of just rung them on your lunch break.",
    ],
)
def test_past_modal_blame_is_a_counter_complaint_not_advice(response: str) -> None:
    """A modal in the perfect speaks of the past: to a partner upset with the listener it is
    blame thrown back (not hijacking's cost), never a step still to take."""
    grade = _grade(response, UPSET)
    assert _fixing(response, UPSET) == {}
    assert grade.rubrics.not_hijacking.checklist["counter_complaint"], response
    assert not grade.rubrics.validation.passed


@pytest.mark.parametrize(
    "response",
    [
        "You must have been so worried about her all weekend.",
        "You feel you should have pushed me harder to book it, and now she's waiting.",
        "I should have booked it on Monday. I'm sorry, you're right to be cross.",
    ],
)
def test_guesses_and_their_own_regret_are_not_blame(response: str) -> None:
    grade = _grade(response, UPSET)
    assert not grade.rubrics.not_hijacking.checklist["counter_complaint"], response
    assert _fixing(response, UPSET) == {}


def test_hindsight_about_their_own_problem_still_reads_as_advice() -> None:
    """'You should have...' about a problem the listener has no part in carries the lesson for
    next time (cases_v1 labels it so); the listener named in it makes it a reproach."""
    statement = "The garage charged me four hundred quid for a job they quoted at ninety."
    assert "gives_advice" in _fixing("You should have got the quote in writing.", statement)
    assert "gives_advice" in _fixing("You should have a word with trading standards.", statement)
    assert _fixing("You should have told me, I'd have come with you.", statement) == {}


def test_their_own_obligation_said_back_is_not_an_instruction() -> None:
    statement = "I know I have to ring my dad about the money, but I keep putting it off."
    assert (
        _fixing("You'll have to ring him sooner or later, and that's what you dread.", statement)
        == {}
    )
    assert "gives_advice" in _fixing("You should email him instead.", statement)


def test_the_listeners_would_inside_a_clause_is_not_advice() -> None:
    """ "where I'd see it" is a clause about the listener, not "I'd (do X)" as advice."""
    assert (
        _fixing(
            "You tucked the letter behind the kettle where I'd find it, and it got binned.", UPSET
        )
        == {}
    )
    assert "gives_advice" in _fixing("I'd ring the emergency vet tonight.", UPSET)


def test_the_kinds_cases_meet_their_floors() -> None:
    """Measured before the changes (cases_meaning_nf3): not fixing BA 0.50, kappa 0.01."""
    report = build_report(grade_cases(load_cases(CASES), grade_offline))
    figures = {r.rubric: r for r in report.rubrics}
    assert figures["not_fixing"].balanced_accuracy >= 0.6


# ------------------------------------------------------------------ fixing without a marker

STUCK = "The nursery's closing for a fortnight in August and we've both got work."


@pytest.mark.parametrize(
    ("response", "item"),
    [
        # a step for someone else, asked as a question
        ("Could your cousin take her for a few mornings?", "solution_question"),
        ("Can one of the grandparents cover the Tuesdays?", "solution_question"),
        ("Isn't there a neighbour who could have her for a day?", "solution_question"),
        # a service the partner never named, brought in by a question about now
        ("Does the council run a holiday club?", "solution_question"),
        ("Has your manager got any flexibility over the summer?", "solution_question"),
        # the listener offering to act, asked as a question
        ("Shall I ring round the other mums about it tonight?", "proposes_plan"),
        ("Should we book a week off work together?", "proposes_plan"),
        ("Do you want me to give the nursery a ring?", "proposes_plan"),
        # a remedy stated as a fact, a right named, a hypothetical step
        ("Holiday clubs at the leisure centre make a huge difference.", "gives_advice"),
        ("Apparently the sports camp is meant to be brilliant for that age.", "gives_advice"),
        ("Most employers will let you swap shifts for childcare.", "gives_advice"),
        ("You're entitled to ask for unpaid parental leave, you know.", "gives_advice"),
        ("Supposing you worked from home on the Fridays?", "gives_advice"),
    ],
)
def test_fixing_without_a_marker_is_heard(response: str, item: str) -> None:
    flags = _fixing(response, STUCK)
    assert item in flags, flags


@pytest.mark.parametrize(
    "response",
    [
        "Did the nursery give you any warning at all?",  # what happened, not what to do
        "Shall I put the kettle on and you can tell me all of it?",  # comfort, not a fix
        "Can I ask what worries you most about those two weeks?",
        "Do you want me to just listen for now, or give you some ideas?",
        "So you feel your manager won't budge on the dates?",  # a check of what they said
        "A fortnight with no cover, and both of you working. That's a real squeeze.",
        "You have every right to be fed up about it.",
        "Could she be feeling as stuck as you are?",
        "Nothing helps when it lands this late, does it.",
    ],
)
def test_look_alikes_of_the_unmarked_kinds_stay_clear(response: str) -> None:
    assert _fixing(response, STUCK) == {}


def test_their_own_remedy_said_back_is_not_a_fact_offered() -> None:
    statement = "The only thing that calms me down is swimming, and the pool's shut for repairs."
    assert _fixing("Swimming helps you switch off, and now even that's gone.", statement) == {}


# ------------------------------------------------------------------ reassurance and bright sides

SLIP = "I messed up the handover at work today and my boss has gone really quiet on me."


@pytest.mark.parametrize(
    ("response", "item"),
    [
        # a good outcome foretold, as a future perfect, a rule or a habit
        ("She'll have calmed down by teatime.", "rushing_reassurance"),
        ("Things usually work out in the end.", "rushing_reassurance"),
        ("You always land on your feet.", "rushing_reassurance"),
        ("They'd be mad to let you go over one handover.", "rushing_reassurance"),
        ("Your going to be fine by next week.", "rushing_reassurance"),
        # the worry ruled out, time declared enough, the feeling waved off
        ("Nobody even noticed, honestly.", "rushing_reassurance"),
        ("A month is loads of time to put it right.", "rushing_reassurance"),
        ("Don't be daft, it was one slip.", "rushing_reassurance"),
        ("You're massively overthinking this.", "rushing_reassurance"),
        ("It's only for another fortnight anyway.", "rushing_reassurance"),
        # a verdict on them that overrides their doubt
        ("You're a fantastic manager, one wobble doesn't undo that.", "rushing_reassurance"),
        ("You did nothing wrong.", "rushing_reassurance"),
        ("You're more than capable of running that team.", "rushing_reassurance"),
        # a bright side stated as a gain
        ("Still, one less headache for the weekend.", "silver_lining"),
        ("More evenings for yourself while he's sulking.", "silver_lining"),
        ("It's all good experience in the end.", "silver_lining"),
        ("His silence just means he's busy, that's a good sign.", "silver_lining"),
        # a plan, a steer to a service, a remedy sworn by
        ("I'll have it out with him on Monday.", "proposes_plan"),
        ("Let's sit down tonight and rewrite the handover notes.", "proposes_plan"),
        ("What did HR say about the new process?", "solution_question"),
        ("What about askin' him for ten minutes tomorrow?", "solution_question"),
        ("My old mentor swears by a written checklist for handovers.", "gives_advice"),
        ("Apparently you can ask for a debrief with him.", "gives_advice"),
    ],
)
def test_reassurance_bright_sides_and_steers_are_heard(response: str, item: str) -> None:
    flags = _fixing(response, SLIP)
    assert item in flags, flags


@pytest.mark.parametrize(
    "response",
    [
        "Would it help to tell me about the worst moment of it?",
        "And when he said 'it's fine', you could tell it wasn't.",
        "Did the union ever get back to you about the last one?",
        "You're a new manager and nobody showed you how they do handovers.",
        "You said a walk usually helps you think, and tonight even that won't shift it.",
        "You're not sure it'll be ok, and the quiet is the worst part.",
        "It just means so much to you to get this right.",
    ],
)
def test_look_alikes_of_reassurance_and_steers_stay_clear(response: str) -> None:
    assert _fixing(response, SLIP) == {}
