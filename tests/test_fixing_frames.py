"""Not fixing reads the frame a clause stands in (issue 12, items 4 and 5): who it is about,
which time it speaks of, whether it is said to the partner at all.

Clear of not fixing: a one-up retort ("try being me"), the listener's habit in their own story
("I'd sit in the car"), a counterfactual defence ("I'd have let them down"), an exclamation
("Stop it!"), "mind you", a purpose clause ("so you could..."), a mock plan with a tag, the
listener's doubt, a choice between listening and ideas, their right with the listener as its
object, the listener owning the blame. Costing not fixing: a step in a reflective frame ("sounds
like you need to..."), "it's time to <step>", a remedy from the listener's own past, a step
asked in the perfect, "next time, <order> me" to a partner upset with the listener, a good
outcome foretold of someone named, "could've been worse". The sentences are written for these
tests; eval cases for the same kinds are in evals/cases/cases_meaning_nf4.yaml, gated below.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.evals.cases import load_cases
from trainer.evals.runner import build_report, grade_cases
from trainer.grading.offline.detectors import analyze
from trainer.grading.offline.grader import grade_offline

CASES = Path(__file__).resolve().parent.parent / "evals" / "cases" / "cases_meaning_nf4.yaml"


def _fixing(response: str, statement: str) -> set[str]:
    answers = analyze(response, statement, None, None).answers["not_fixing"]
    return {item for item, yes in answers.items() if yes} - {"asks_permission"}


CLEAR = [
    # one-up retorts
    ("My shift ran two hours over and nobody said thanks.", "Try working my hours for a month."),
    ("I had three meetings back to back today.", "Three? Try six, and no lunch."),
    ("My ankle's swollen from the run.", "Try having my knees, then talk to me about sore."),
    # the listener's past "would", as a habit or a counterfactual
    (
        "I still can't go into the spare room since Mum's things went in there.",
        "After my aunt died her house was empty for a year and I'd drive past it every weekend.",
    ),
    (
        "You missed my brother's fortieth for a football match.",
        "I'd have lost my place on the team if I'd skipped it.",
    ),
    # exclamations and markers
    (
        "I got the flat! They picked us out of forty couples!",
        "Shut up! Out of forty? You must be thrilled.",
    ),
    (
        "You never thank me for cooking.",
        "You do cook most nights, that's true. Mind you, I do the washing up.",
    ),
    # a purpose clause, a mock plan, doubt
    ("You never come to parents' evening.", "I do the late shifts so you could drop to four days."),
    ("We're skint again and I'm sick of it.", "Oh, I'll just rob a bank then, shall I?"),
    (
        "Dad's scan showed the tumour has grown.",
        "Oh love. I don't think I can take this in, I'm shaking.",
    ),
    # a choice between listening and ideas
    (
        "My landlord is selling and we have two months to get out.",
        "Two months, that's so little time. Do you want to plan it out together, or just talk about how awful it is?",
    ),
    # their right with the listener as its object; the listener owning the blame
    (
        "You read my diary while I was at work.",
        "I read it without asking. You should be able to keep things private from me.",
    ),
    (
        "You said the money was safe and it's gone. I feel like an idiot for believing you.",
        "You're not an idiot, you trusted me and I lied.",
    ),
    # an order someone gave them, said back in their own words
    ("My brother told me to stop moping about it.", "Stop moping about it, as if it's that easy."),
    # their right to feel safe with someone, said back
    (
        "My sister told our parents my secret.",
        "She passed it on. You should be able to trust her with something like that.",
    ),
    # their own thought, or someone else's words, said back
    (
        "I think I should probably talk to someone about the panic attacks.",
        "You're wondering if it might be time to get some support with them.",
    ),
    (
        "Everyone keeps telling me it'll all work out.",
        "Your friends say it'll all work out, and it doesn't feel like that to you at all.",
    ),
    # the listener's sympathy in a progressive "would"
    (
        "I paid a parking fine I didn't even owe.",
        "Paid it and didn't owe it. I'd be kicking myself too.",
    ),
    # their grievance said back
    (
        "It was my birthday and everyone at home carried on like it was a normal Tuesday.",
        "Your birthday, and nobody noticed. That's lonely.",
    ),
]


@pytest.mark.parametrize(("statement", "response"), CLEAR)
def test_look_alikes_stay_clear_of_not_fixing(statement: str, response: str) -> None:
    assert _fixing(response, statement) == set(), response


FIXING = [
    ("My manager moved my deadline up a week.", "Sounds like you should email HR about it."),
    ("My old friends never ring me now.", "Seems like it's time to find a new group."),
    (
        "My shoulder's killing me again.",
        "Mine too last year. Yoga was the only thing that sorted it.",
    ),
    (
        "I can't stop checking my emails at night.",
        "Turning notifications off is what fixed it for me.",
    ),
    ("My skin's been breaking out all month.", "Have you had a dermatologist look at it?"),
    ("I'm shattered every single afternoon.", "Are you drinking enough water at work?"),
    ("The heating bill doubled.", "Couldn't we just turn it down two degrees?"),
    (
        "You forgot to pick up the kids again.",
        "I was swamped. Next time, text me at three.",
    ),
    ("Mum's going in for her hip operation on Friday.", "Your mum will be fine, honestly."),
    # imperatives with verbs of everyday chores, light verbs, present remedies, elided questions
    ("The twins keep fighting over the toys.", "Label the boxes, one each."),
    (
        "My landlord still hasn't fixed the boiler.",
        "Honestly I'd have a quiet word with the agency.",
    ),
    ("My shins ache after every run.", "A foam roller sorts mine out."),
    ("I dread Mondays at this job.", "Ever thought about going freelance?"),
    ("The flat fell through.", "Something better will come along."),
    ("My manager ignores my ideas.", "Time to polish the CV, love."),
    ("The upstairs kids stomp about at six.", "Earplugs. Best fiver I ever spent."),
    ("The man next door blocks our bins.", "A friendly note usually does the trick."),
    ("I can't concentrate since the accident.", "Physio really helped my brother with that."),
    ("I have to rewrite the whole grant bid.", "Wouldn't it be simpler to reuse last year's?"),
    ("My landlord kept my deposit.", "I'd be contacting the deposit scheme straight away."),
    ("I can't switch off at night.", "Meditation apps really work, ten minutes is enough."),
    ("The storm took half the fence down.", "Could've been worse, could've been the roof."),
]


@pytest.mark.parametrize(("statement", "response"), FIXING)
def test_disguised_fixing_costs_not_fixing(statement: str, response: str) -> None:
    assert _fixing(response, statement), response


def test_real_advice_in_the_same_shapes_is_still_flagged() -> None:
    """The look-alike rules leave the advice they resemble alone."""
    stmt = "My neighbour plays music till two every night."
    assert _fixing("Do you feel that maybe it's time to move house?", stmt)
    assert _fixing(
        "If he doesn't care how you feel maybe it would be best to call the council.", stmt
    )
    assert _fixing("Try earplugs and a white noise app.", stmt)
    assert _fixing("If I were you I'd knock on his door tonight.", stmt)
    assert _fixing("Stop answering the door to him.", stmt)
    assert _fixing("So you could just report him to the council.", stmt)
    assert _fixing("I'll ring the council in the morning.", stmt)


def test_a_one_up_costs_not_hijacking_instead() -> None:
    """The cost moves to the rubric it belongs to; the retort is never graded as clean."""
    from trainer.grading.schema import GradeRequest

    grade = grade_offline(
        GradeRequest(statement="My back's been agony since Sunday.", response="Try having my back.")
    )
    assert grade.rubrics.not_fixing.passed
    assert not grade.rubrics.not_hijacking.passed
    assert not grade.passed


def test_nf4_cases_reach_their_not_fixing_floor() -> None:
    report = build_report(grade_cases(load_cases(CASES), grade_offline))
    nf = report.rubric("not_fixing")
    assert nf.kappa >= 0.85, nf
