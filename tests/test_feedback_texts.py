"""Texts offered as better words pass their own grader (issue 12, items 2 and 3).

Minimal edits keep the learner's good words, lose what cost points and are regraded before they
are shown; model reflections are a bank scenario's hand-written exemplars, or a written one that
reads as English and passes, or none. Figures: `python -m trainer.evals.feedback`.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trainer.evals.feedback import (
    BAD,
    CHECKS,
    GOOD,
    Figures,
    case_requests,
    generated_replies,
    tally,
)
from trainer.grading.feedback import first_passing, offline_check
from trainer.grading.feedback.fluency import fluency_problems, punctuation_problems
from trainer.grading.offline.grader import grade_offline
from trainer.grading.report import render_report
from trainer.grading.schema import GradeRequest
from trainer.partner.conversation import grade_request, start
from trainer.partner.scenarios.bank import load_bank
from trainer.partner.scenarios.models import Scenario

CASE_FILES = sorted(Path("evals/cases").glob("*.yaml"))
BANK = load_bank().scenarios
MIN_PASS_SHOWN = 0.95  # the floor; by construction it is 100%


def _regrade(request: GradeRequest, text: str) -> bool:
    return offline_check(request.model_copy(update={"response": text}))


# ---- exemplars ------------------------------------------------------------------------------


def test_every_bank_scenario_has_a_short_and_a_fuller_exemplar_with_a_check_in() -> None:
    for scenario in BANK:
        styles = [e.style for e in scenario.exemplars]
        assert sorted(set(styles)) == ["full", "short"], scenario.scenario_id
        full = [e.text for e in scenario.exemplars if e.style == "full"]
        assert all(t.rstrip().endswith("?") for t in full), scenario.scenario_id


@pytest.mark.parametrize("scenario", BANK, ids=lambda s: s.scenario_id)
def test_bank_exemplars_pass_the_grader(scenario: Scenario) -> None:
    for exemplar in scenario.exemplars:
        request = GradeRequest(
            statement=scenario.statement,
            response=exemplar.text,
            context=scenario.context,
            hidden_truth=scenario.hidden_truth,
        )
        grade = grade_offline(request)
        assert grade.passed, (exemplar.text, [r.rationale for _, r in grade.rubrics.items()])
        assert offline_check(request), exemplar.text  # and no cost item fires in it
        assert not punctuation_problems(exemplar.text), exemplar.text


def test_first_turn_grade_offers_the_scenarios_own_exemplar() -> None:
    scenario = BANK[0]
    grade = grade_offline(grade_request(start(scenario), "ok"))
    assert grade.model_reflection in [e.text for e in scenario.exemplars]


def test_written_reflections_never_splice_the_hidden_truth() -> None:
    """Free text (no exemplars) with a hidden truth: its need and facts are never pasted in."""
    for scenario in BANK:
        truth = scenario.hidden_truth
        grade = grade_offline(
            GradeRequest(statement=scenario.statement, response="ok", hidden_truth=truth)
        )
        text = (grade.model_reflection or "").lower()
        stmt = " ".join(re.findall(r"[a-z']+", scenario.statement.lower()))
        for source in [truth.need, *truth.key_facts]:
            words = re.findall(r"[a-z']+", source.lower())
            for i in range(len(words) - 3):
                run = " ".join(words[i : i + 4])
                assert run in stmt or run not in text, (scenario.scenario_id, run, text)


@pytest.mark.parametrize(
    "text",
    [
        "It sounds like you're feeling sinking, because you're sinking at work. Did I get that right?",
        "You're upset because honestly the landlord never called back. Did I get that right?",
        "It sounds like the partner's sister was rude to you. Did I get that right?",
        "It sounds like you're hurt, because I was left out of the listener's plans. Is that it?",
        "So you was waiting all night, and that's been hard. Did I get that right?",
        "That sounds hard. . Did I get that right?",
        "Did I get that right?",
        "you sound tired. Did I get that right?",
    ],
)
def test_fluency_check_refuses_template_english(text: str) -> None:
    statement = "My landlord never called back and I waited in all day for nothing."
    assert fluency_problems(text, statement)


def test_fluency_check_accepts_a_plain_reflection() -> None:
    statement = "My landlord never called back and I waited in all day for nothing."
    good = "It sounds like you're feeling let down, because you waited in all day. Is that it?"
    assert fluency_problems(good, statement) == []


@pytest.fixture(scope="module")
def case_figures() -> Figures:
    """Every eval case graded once (free text: eval cases carry no exemplars)."""
    return tally(case_requests(CASE_FILES))


def test_written_reflections_for_free_text_read_as_english_and_pass(
    case_figures: Figures,
) -> None:
    figures = case_figures.reflections
    print(figures.line("written reflections (free text)"))
    assert figures.share_passed() >= MIN_PASS_SHOWN, figures.failures[:5]
    assert figures.share_shown() >= 0.8  # a floor, so the feature cannot silently vanish


# ---- minimal edits --------------------------------------------------------------------------


def test_shown_edits_of_eval_cases_pass_on_regrade(case_figures: Figures) -> None:
    figures = case_figures.edits
    print(figures.line("minimal edits of failed eval-case replies"))
    assert figures.due > 400
    assert figures.share_passed() >= MIN_PASS_SHOWN, figures.failures[:5]
    assert figures.share_shown() >= 0.25


def test_shown_edits_of_generated_replies_pass_on_regrade() -> None:
    statements = [(s.statement, s.hidden_truth) for s in BANK]
    figures = tally(generated_replies(statements, 120, seed=7)).edits
    print(figures.line("minimal edits of generated replies"))
    assert figures.share_passed() >= MIN_PASS_SHOWN, figures.failures[:5]
    assert figures.shown > 0


_PIECES = st.sampled_from([*GOOD, *CHECKS, *(p for pieces in BAD.values() for p in pieces)])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    scenario=st.sampled_from(BANK),
    pieces=st.lists(_PIECES, min_size=1, max_size=3),
    joiner=st.sampled_from([" ", ", but ", " and "]),
)
def test_any_edit_shown_passes_differs_and_reads_clean(
    scenario: Scenario, pieces: list[str], joiner: str
) -> None:
    request = GradeRequest(
        statement=scenario.statement,
        response=joiner.join(pieces),
        hidden_truth=scenario.hidden_truth,
    )
    grade = grade_offline(request)
    if grade.passed:
        assert grade.minimal_edit is None and grade.no_edit_reason is None
        return
    if grade.minimal_edit is None:
        assert grade.no_edit_reason and grade.no_edit_reason.startswith("No small edit")
        return
    edit = grade.minimal_edit
    assert " ".join(edit.split()) != " ".join(request.response.split())
    assert punctuation_problems(edit) == []
    assert _regrade(request, edit)


@pytest.mark.parametrize(
    ("statement", "reply", "kept", "gone"),
    [
        (
            "I've covered three night shifts in a row and now they want me in on Sunday too.",
            "Three nights on the trot, you must be running on empty. You should tell them no.",
            "Three nights on the trot",
            "tell them no",
        ),
        (
            "You didn't come to my recital. I kept looking at the empty seat.",
            "You kept looking at the empty seat and it hurt. I had a work thing though, it's not like I chose it.",
            "empty seat",
            "work thing",
        ),
    ],
)
def test_an_edit_keeps_the_good_words_and_drops_what_cost(
    statement: str, reply: str, kept: str, gone: str
) -> None:
    request = GradeRequest(statement=statement, response=reply)
    grade = grade_offline(request)
    assert not grade.passed
    assert grade.minimal_edit, grade.no_edit_reason
    assert kept in grade.minimal_edit and gone not in grade.minimal_edit
    assert _regrade(request, grade.minimal_edit)


@pytest.mark.parametrize(
    ("reply", "reason"),
    [
        ("You should just quit. Find somewhere that pays on time.", "advice"),
        ("Did I get that right?", "nothing in it says back"),
        ("ok", "nothing in it says back"),
    ],
)
def test_no_edit_when_nothing_of_the_reply_can_be_kept_and_the_reason_is_words(
    reply: str, reason: str
) -> None:
    request = GradeRequest(statement="My boss hasn't paid me for two months.", response=reply)
    grade = grade_offline(request)
    assert grade.minimal_edit is None
    assert grade.no_edit_reason and reason in grade.no_edit_reason
    assert "No small edit" in render_report(grade, color=False)


def test_first_passing_skips_broken_identical_and_failing_candidates() -> None:
    request = GradeRequest(
        statement="My sister cancelled on my birthday again.", response="That sucks."
    )
    good = "You're hurt because your sister cancelled on your birthday again. Did I get that right?"
    chosen = first_passing(
        ["That sucks.", ". Did I get that right?", "You should call her.", good],
        request,
        shape=punctuation_problems,
        not_equal_to=request.response,
    )
    assert chosen == good
    assert first_passing(["You should call her."], request) is None


@pytest.mark.parametrize(
    "statement",
    [
        "I got the job at the museum, I start in March.",
        "She said yes. We're getting married in the spring.",
        "My sister got through the operation fine.",
    ],
)
def test_a_written_reflection_of_plain_good_news_does_not_call_it_hard(statement: str) -> None:
    """Good news told with no feeling word or '!' is still good news: 'and that's been really
    hard' would teach the learner to hear a loss where there is none."""
    grade = grade_offline(GradeRequest(statement=statement, response="ok"))
    text = grade.model_reflection or ""
    assert text, "a model reflection is expected for plain news"
    assert not re.search(r"\b(hard|a lot to carry|frustrating|hurtful|scary)\b", text), text


@pytest.mark.parametrize(
    "statement",
    [
        "Oh, it's fine that you forgot our anniversary, honestly, it's just a date.",
        "Whatever. I didn't even want to go to your work party anyway.",
        "It doesn't matter that nobody came to my talk. I'm used to it.",
    ],
)
def test_a_written_reflection_never_gives_their_brush_off_as_the_reason(statement: str) -> None:
    """'It's fine', 'whatever', 'it doesn't matter' is the surface the partner hides behind; a
    model reflection built on it ('you're hurt, because it's fine that I forgot') teaches the
    learner to take the shrug at its word. Show a reflection of the rest, or none."""
    grade = grade_offline(GradeRequest(statement=statement, response="ok"))
    text = (grade.model_reflection or "").lower()
    assert not re.search(
        r"\b(?:it's fine|whatever|it doesn't matter|doesn't even matter)\b", text
    ), text


@pytest.mark.parametrize(
    ("statement", "word"),
    [
        ("The mortgage finally went through!", "through"),
        ("Honestly the last month at work has been rough", "rough"),
        ("I finally finished writing my first book!", "book"),
    ],
)
def test_a_written_reflection_keeps_their_last_word_whole(statement: str, word: str) -> None:
    """Trailing "ugh", "tho" or "ok" is dropped as a filler only when it is a word of its own:
    "went through" must not become "went thro"."""
    grade = grade_offline(GradeRequest(statement=statement, response="ok"))
    text = grade.model_reflection or ""
    assert text, "a model reflection is expected"
    assert re.search(rf"\b{word}\b", text), text


BOSS = "My boss piled another project on me today and didn't even say thanks. I'm fed up."


@pytest.mark.parametrize(
    ("statement", "text", "offered"),
    [
        (BOSS, "That sounds so frustrating. That's rough. Did I get that right?", False),
        (
            BOSS,
            "Another project from your boss and not even a thanks. That's so frustrating.",
            True,
        ),
        ("I'm so anxious about tomorrow I can't settle.", "You sound really on edge.", True),
    ],
)
def test_offered_words_say_what_happened_not_only_the_feeling(
    statement: str, text: str, offered: bool
) -> None:
    """The grader lets a feeling that fits stand for the point; words we offer must also say
    what happened when the turn tells an event, or they teach generic sympathy."""
    assert offline_check(GradeRequest(statement=statement, response=text)) is offered


def test_an_edit_of_generic_sympathy_adds_their_point() -> None:
    reply = "That's rough. Same thing happened to me last year, my boss was a nightmare."
    grade = grade_offline(GradeRequest(statement=BOSS, response=reply))
    edit = (grade.minimal_edit or "").lower()
    assert edit, "an edit is expected: 'That's rough' is worth keeping"
    assert "project" in edit or "thanks" in edit, edit


@pytest.mark.parametrize(
    "statement",
    [
        "You walk in at six and you're finished. I'm not blaming you, I just... I don't know.",
        "The boiler's gone again and the landlord won't answer. It's like, I mean\u2026 whatever.",
        "My sister got the house in the will. I'm happy for her, it's just\u2026 I dunno.",
    ],
)
def test_feedback_never_says_back_a_thought_they_trailed_off(statement: str) -> None:
    """'I just...' trails off: said back it becomes 'you just.', a broken sentence. Edits and
    model reflections leave an unfinished thought out (and 'I don't know' is no reason)."""
    grade = grade_offline(GradeRequest(statement=statement, response="Ugh, that's rough."))
    for text in (grade.model_reflection or "", grade.minimal_edit or ""):
        assert not re.search(
            r"\b(?:you|I)\s+just\s*[.,:;]|\bit's\s+just\s*[.,:;]|\byou\s+mean\b|\bdon't know\b|"
            r"\bdunno\b",
            text,
        ), text


@pytest.mark.parametrize(
    ("statement", "focus_word", "set_aside"),
    [
        (
            "Honestly the move went okay, the van was late but fine. What got me was that you "
            "spent the whole evening texting your ex while I unpacked on my own.",
            "texting",
            r"\bvan\b|went okay",
        ),
        (
            "I'm not bothered that Priya forgot my birthday. I'm hurt that she remembered Sam's "
            "the same week and threw him a party.",
            "party",
            r"not bothered",
        ),
        (
            "I don't mind the longer commute. The thing is, they moved my desk next to the "
            "manager who reported me last year.",
            "desk",
            r"don't mind|commute",
        ),
    ],
)
def test_a_written_reflection_says_back_the_part_they_singled_out(
    statement: str, focus_word: str, set_aside: str
) -> None:
    """'What got me was...', 'the thing is...': the reflection we offer must teach saying back
    what they said matters, not the part they waved away."""
    grade = grade_offline(GradeRequest(statement=statement, response="ok"))
    text = grade.model_reflection or ""
    assert focus_word in text, text
    assert not re.search(set_aside, text, re.I), text


@pytest.mark.parametrize(
    ("statement", "tail"),
    [
        ("I'm a bit annoyed you forgot to book the restaurant, that's all.", "that's all"),
        ("I'm just tired of doing every school run, I guess.", "I guess"),
        ("I'm gutted they picked someone else for the team, anyway.", "anyway"),
    ],
)
def test_a_written_reflection_drops_the_tail_that_waves_it_off(statement: str, tail: str) -> None:
    # "you're a bit annoyed I forgot to book the restaurant, that's all, and that makes sense"
    reflection = grade_offline(GradeRequest(statement=statement, response="ok")).model_reflection
    assert reflection and tail.lower() not in reflection.lower(), reflection
