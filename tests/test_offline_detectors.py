"""Every offline detector, with the traps the issue names: negation, questions, non-advice
"should", quoted speech, sarcasm, lowercase and typos. Each row could fail."""

from __future__ import annotations

import pytest

from trainer.grading.offline.detectors import analyze
from trainer.grading.schema import HiddenTruth

BOSS = "My boss dumped another project on me and you didn't even ask how my day was."
MOM = "My mom called again to tell me how to raise the kids, and I'm so tired of it."
NEWS = "I got the job!! I can't believe it, I'm so excited."
MONEY = "I'm scared we won't make rent this month."

# (statement, response, item, expected)
CASES: list[tuple[str, str, str, bool]] = [
    # advice and directives, with and without "should"
    (BOSS, "You should tell your boss no.", "gives_advice", True),
    (BOSS, "Just tell him you're at capacity.", "gives_advice", True),
    (BOSS, "Why don't you talk to HR?", "gives_advice", True),
    (BOSS, "Have you tried blocking off your calendar?", "gives_advice", True),
    (MOM, "maybe set some boundaries with her", "gives_advice", True),
    (MOM, "honestly id just stop picking up when she calls", "gives_advice", True),
    (MONEY, "Make a budget tonight and cut the takeout.", "gives_advice", True),
    (MONEY, "u shoud talk to ur landlord", "gives_advice", True),
    # negation and non-advice "should"
    (BOSS, "I'm not going to tell you what to do. That sounds exhausting.", "gives_advice", False),
    (
        BOSS,
        "I'm not saying you should quit. I just hear how worn down you are.",
        "gives_advice",
        False,
    ),
    (NEWS, "You should be so proud of yourself!", "gives_advice", False),
    (BOSS, "You shouldn't have to carry all of that alone.", "gives_advice", False),
    (BOSS, "Tell me more about what happened.", "gives_advice", False),
    (BOSS, "You don't have to figure anything out tonight.", "gives_advice", False),
    # quoted speech is someone else's advice
    (
        BOSS,
        'Your boss basically said "just deal with it" and that landed hard.',
        "gives_advice",
        False,
    ),
    (
        BOSS,
        'Your boss basically said "just deal with it" and that landed hard.',
        "minimizes",
        False,
    ),
    # solution-seeking questions versus curious ones
    (BOSS, "What are you going to do about it?", "solution_question", True),
    (BOSS, "can't you just say no to him", "solution_question", True),
    (BOSS, "Did you tell your boss you're swamped?", "solution_question", True),
    (BOSS, "What was the hardest part of today?", "solution_question", False),
    (BOSS, "What do you need from me right now?", "solution_question", False),
    # plans
    (MONEY, "Let's sit down and make a budget this weekend.", "proposes_plan", True),
    (BOSS, "I'll email your boss tomorrow.", "proposes_plan", True),
    # permission asking
    (BOSS, "Do you want ideas, or do you just need to vent?", "asks_permission", True),
    (
        BOSS,
        "Would it help if I brainstormed with you, or should I just listen?",
        "asks_permission",
        True,
    ),
    (BOSS, "Do you want ideas, or do you just need to vent?", "gives_advice", False),
    # silver linings and rushing reassurance
    (MONEY, "At least we have savings.", "silver_lining", True),
    (MONEY, "At least we have savings.", "minimizes", True),
    (
        MONEY,
        "We've got at least a week before it's due, and I can hear how scared you are.",
        "silver_lining",
        False,
    ),
    (MONEY, "Don't worry, it'll all work out.", "rushing_reassurance", True),
    (MONEY, "you'll be fine babe", "rushing_reassurance", True),
    (MONEY, "I won't pretend it'll all work out. It's scary.", "rushing_reassurance", False),
    (NEWS, "You've got this, you're going to crush it!", "rushing_reassurance", False),
    (MONEY, "It's okay to feel scared about this.", "rushing_reassurance", False),
    # minimizing and judging
    (BOSS, "It's not a big deal, it's just one project.", "minimizes", True),
    (BOSS, "This is a big deal, of course it hit you hard.", "minimizes", False),
    (MOM, "you're being way too sensitive about her", "judges_or_argues", True),
    (MOM, "you're overreacting", "judges_or_argues", True),
    (MOM, "She probably didn't mean anything by it.", "judges_or_argues", True),
    (MOM, "You're not overreacting at all.", "judges_or_argues", False),
    # sarcasm
    (BOSS, "Oh no, poor baby has to do his job 🙄", "sarcasm_or_contempt", True),
    (BOSS, "wow what a tragedy. welcome to the real world", "sarcasm_or_contempt", True),
    (BOSS, "That sounds like a brutal day.", "sarcasm_or_contempt", False),
    # acknowledgement, legitimizing, links
    (BOSS, "That sounds like so much.", "acknowledges_feeling", True),
    (BOSS, "You seem really worn out.", "acknowledges_feeling", True),
    (BOSS, "No wonder you're fed up.", "legitimizes_feeling", True),
    (BOSS, "Anyone would be frustrated after a day like that.", "legitimizes_feeling", True),
    (BOSS, "You're hurt because I didn't ask about your day.", "links_feeling_to_cause", True),
    (BOSS, "You're hurt.", "links_feeling_to_cause", False),
    (BOSS, "youre so frustated with the new projct", "acknowledges_feeling", True),
    # echo
    (
        BOSS,
        "Your boss dumped another project on you and I didn't even ask how your day was.",
        "near_verbatim_echo",
        True,
    ),
    (
        BOSS,
        "You're carrying a new project on top of everything and I wasn't there for you.",
        "near_verbatim_echo",
        False,
    ),
    # accuracy
    (
        BOSS,
        "So your boss loaded another project on you and I never even checked in.",
        "reflects_main_point",
        True,
    ),
    (BOSS, "You sound overwhelmed.", "reflects_main_point", False),
    # a check counts once something has been said back; alone it checks nothing (issue 12)
    (BOSS, "Did I get that right?", "captures_need_or_checks", False),
    (BOSS, "You sound swamped at work. Did I get that right?", "captures_need_or_checks", True),
    (
        BOSS,
        "You just wanted me to notice what kind of day you'd had.",
        "captures_need_or_checks",
        True,
    ),
    (NEWS, "You sound really worried about the new job.", "wrong_feeling", True),
    (NEWS, "You're thrilled! You got it!", "names_main_feeling", True),
    (BOSS, "Your boss is trying to get rid of you.", "imputes_motive", True),
    (BOSS, "You just want attention.", "imputes_motive", True),
    (BOSS, "So he always dumps everything on you.", "distorts_facts", True),
    # hijacking
    (
        BOSS,
        "Me too, my boss did the same thing last month and I ended up working every weekend "
        "until it was done.",
        "me_too_story",
        True,
    ),
    (BOSS, "Ugh, been there. What was the worst part for you?", "brief_me_too", True),
    (BOSS, "Ugh, been there. What was the worst part for you?", "me_too_story", False),
    (BOSS, "But I was busy, I didn't have time to ask.", "defends_self", True),
    (BOSS, "I didn't mean to ignore you.", "defends_self", True),
    (BOSS, "I didn't ask about your day, and that hurt.", "defends_self", False),
    (BOSS, "Well you never ask about my day either.", "counter_complaint", True),
    (BOSS, "I had a rough day too, you know.", "counter_complaint", True),
    (BOSS, "Anyway, did you pay the electric bill?", "changes_subject", True),
    (BOSS, "I feel terrible, I'm the worst partner ever.", "centers_self", True),
    (BOSS, "I hear you. That sounds exhausting.", "centers_self", False),
    (BOSS, "That sounds exhausting, and I'm sorry I didn't ask.", "me_too_story", False),
    # empathic guesses and relative clauses are not orders
    (BOSS, "You must be completely wiped.", "gives_advice", False),
    (BOSS, "Nobody made room for you in a conversation you could join.", "gives_advice", False),
    (BOSS, "You feel like you have to carry all of it.", "gives_advice", False),
    (BOSS, "I feel like you should say no to him.", "gives_advice", True),
    (BOSS, "Then take a different road?", "gives_advice", True),
    (
        BOSS,
        "Would it help to plan it together, or would you rather just talk?",
        "gives_advice",
        False,
    ),
    (
        BOSS,
        "Would it help to plan it together, or would you rather just talk?",
        "asks_permission",
        True,
    ),
    (BOSS, "Maybe talking to HR would take some pressure off.", "gives_advice", True),
    (BOSS, "I'd set a hard limit on projects.", "gives_advice", True),
    (BOSS, "I'd be furious too.", "gives_advice", False),
    # yes-but and arguing with the feeling
    (BOSS, "I hear you, but honestly it's one project.", "judges_or_argues", True),
    (MOM, "Don't feel guilty about it!", "judges_or_argues", True),
    # a short me-too that stays short versus a story
    (
        BOSS,
        "When my grandpa died I couldn't get out of bed for a month. How are you holding up?",
        "me_too_story",
        True,
    ),
    (BOSS, "I know how you feel. What was the worst part?", "brief_me_too", True),
    # defending that stands in any context
    (MONEY, "I'm not hiding anything, you can check the account.", "defends_self", True),
    (BOSS, "The meeting ran over and my phone was dead, so I couldn't.", "defends_self", True),
    # topic change only at the start of a clause, or nothing of theirs at all
    (BOSS, "Thanks for telling me anyway. That sounds like a long day.", "changes_subject", False),
    (BOSS, "Did you know octopuses have three hearts?", "changes_subject", True),
    (BOSS, "Everything happens for a reason.", "changes_subject", False),
    # a framed parrot is still a parrot
    (
        "My best friend forgot my birthday and I feel invisible.",
        "So what I'm hearing is your best friend forgot your birthday and you feel invisible.",
        "near_verbatim_echo",
        True,
    ),
]


@pytest.mark.parametrize(("statement", "response", "item", "expected"), CASES)
def test_detector(statement: str, response: str, item: str, expected: bool) -> None:
    analysis = analyze(response, statement, None, None)
    answers = {k: v for rubric in analysis.answers.values() for k, v in rubric.items()}
    assert answers[item] is expected, (item, response, sorted(h.item for h in analysis.hits))


def test_partner_upset_with_listener_is_recognised() -> None:
    assert analyze("ok", BOSS, None, None).upset_with_listener
    assert not analyze("ok", MONEY, None, None).upset_with_listener


def test_defending_only_counts_when_the_partner_is_upset_with_you() -> None:
    a = analyze("I was busy too, honestly.", MONEY, None, None)
    assert not a.answers["not_hijacking"]["defends_self"]


def test_advice_is_fine_when_the_partner_asked_for_it() -> None:
    hidden = HiddenTruth(primary_feelings=["scared"], asked_for_advice=True)
    a = analyze("You could call the landlord and ask for a week.", MONEY, None, hidden)
    assert not a.answers["not_fixing"]["gives_advice"]
    b = analyze("You could call the landlord and ask for a week.", MONEY, None, None)
    assert b.answers["not_fixing"]["gives_advice"]


def test_hidden_truth_decides_the_feeling() -> None:
    hidden = HiddenTruth(primary_feelings=["hurt"], secondary_feelings=["lonely"])
    right = analyze("You felt hurt and alone.", BOSS, None, hidden)
    assert right.answers["accuracy"]["names_main_feeling"]
    wrong = analyze("You sound so excited about it.", BOSS, None, hidden)
    assert wrong.answers["accuracy"]["wrong_feeling"]


def test_hidden_need_counts_toward_the_need_item() -> None:
    hidden = HiddenTruth(primary_feelings=["hurt"], need="to feel that I care about their day")
    a = analyze("You want to know I care.", BOSS, None, hidden)
    assert a.answers["accuracy"]["captures_need_or_checks"]
