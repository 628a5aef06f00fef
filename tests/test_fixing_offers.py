"""Not fixing on unseen writing, fifth pass (issue 12, items 4 and 5): read by grammar and by who
is the subject, not by phrase.

Costing not fixing: the listener's offer or the couple's plan said sideways ("how about I...",
"what if I took...", "let's not...", "we won't... again", "we could do it together"), "can't
you just <any verb>?", advice under a pile of hedges, the loss rated as fine ("not bad at all",
"good going", "saves you..."), reassurance in folk idiom ("you'll be right", "everything's
grand", "nothing's wrong"), a third party explained away ("I'm sure she didn't mean it"), a
practical question with "we" as its subject. Clear of it: a noun heading a subject ("rent hikes
are everywhere", "talk between us has narrowed"), "lets on", a plan inside a reported question,
"could you say a bit more...", "if it were me I'd be livid", a retort naming the listener ("don't
put that on me"). The sentences are written for these tests; eval cases for the same kinds are
in evals/cases/cases_meaning_nf5.yaml, gated below.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.evals.cases import load_cases
from trainer.evals.runner import build_report, grade_cases
from trainer.grading.offline.detectors import analyze
from trainer.grading.offline.grader import grade_offline

CASES = Path(__file__).resolve().parent.parent / "evals" / "cases" / "cases_meaning_nf5.yaml"


def _fixing(response: str, statement: str) -> set[str]:
    answers = analyze(response, statement, None, None).answers["not_fixing"]
    return {item for item, yes in answers.items() if yes} - {"asks_permission"}


FIXING = [
    # the listener's offer or the couple's plan, said sideways
    ("I hate walking home from the station in the dark.", "How about I meet you off the train?"),
    ("Mornings with the twins are carnage.", "What if I took them to nursery on Fridays?"),
    (
        "Your cousin was rude to me all through the wedding.",
        "Let's not seat her near us at the party.",
    ),
    (
        "Your mate borrowed the car and brought it back empty.",
        "Right, we won't lend it to him again.",
    ),
    (
        "I can't face the paperwork from the funeral.",
        "We could do it together on Sunday, a bit at a time.",
    ),
    # "can't you just <verb>?", in any verb
    ("The neighbours' kids keep kicking balls at our fence.", "Can't you just chat to their mum?"),
    # hedges piled inside advice
    (
        "I'm spending a fortune on lunches at work.",
        "It might be worth, if you fancied it, maybe bringing something in from home?",
    ),
    (
        "My sister keeps borrowing clothes and not returning them.",
        "You might think about not lending any more?",
    ),
    # the loss rated as fine
    ("I only got to the second round.", "The second round isn't bad at all, to be fair."),
    ("The holiday got cancelled.", "Oh well, saves you the packing."),
    # folk idiom and blanket reassurance
    ("I'm scared the scan will show something.", "You'll be right, I'm sure."),
    ("I think I've really upset my best friend.", "Nah, everything's sweet, honestly."),
    # a third party explained away
    ("My neighbour called my garden a jungle.", "I'm sure she didn't mean it that way."),
    # a practical question with "we" as its subject
    ("The car failed its MOT.", "Do we have to book it back in this week?"),
    # a light verb naming the step, a worry predicted small
    ("I can't work out how to fill in this visa form.", "Have a look on the forums, maybe?"),
    ("I'm dreading giving the eulogy.", "These things are never as bad as you think."),
    # bare instructions in a row, in verbs no table names
    ("My match from the app keeps sending me weird voice notes.", "ghost him, unmatch him. easy"),
]


@pytest.mark.parametrize(("statement", "response"), FIXING)
def test_fixing_said_sideways_costs_not_fixing(statement: str, response: str) -> None:
    assert _fixing(response, statement), response


CLEAR = [
    # a noun heading a subject, "no" as a determiner
    ("My gas bill doubled.", "Energy prices are hitting everyone this winter."),
    ("We never go out any more.", "Time together has shrunk to the school run, and you miss us."),
    ("No bonus again this year.", "No bonus again? After the year you've had."),
    # "lets on", a reported question
    ("My dad's being weird.", "He never lets on when something's bothering him, does he?"),
    (
        "My gran keeps nagging me.",
        "She asks when I'll visit every single call, and it wears you down.",
    ),
    # questions that invite more
    ("I felt like a spare part at the party.", "Could you say a bit more about that?"),
    # the listener's feeling in their place
    ("They lost my luggage on the way out.", "If it were me I'd be fuming."),
    # a retort naming the listener, to a partner upset with them
    ("You forgot the bins again.", "Don't put that on me, it was your week."),
    # look-alikes of the new patterns
    ("My boss ignored my email.", "It's good that you told me about it."),
    ("I'm worried about the interview.", "Let's not rush past that, what's the worry?"),
    ("I'm dreading the results.", "Are we talking about the blood test from Monday?"),
    ("I felt fine until the phone call.", "Everything was fine, and then one call changed it."),
    ("I finally finished the marathon!", "Smashed it, loved it, so proud of you!"),
]


@pytest.mark.parametrize(("statement", "response"), CLEAR)
def test_look_alikes_stay_clear_of_not_fixing(statement: str, response: str) -> None:
    assert _fixing(response, statement) == set(), response


def test_nf5_cases_reach_their_not_fixing_floor() -> None:
    report = build_report(grade_cases(load_cases(CASES), grade_offline))
    nf = report.rubric("not_fixing")
    assert nf.kappa >= 0.85, nf
