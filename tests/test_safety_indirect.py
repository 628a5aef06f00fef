"""Indirect talk of suicide stops the drill too; everyday exaggeration does not.

People rarely say "suicide". They say they would like to sleep and not wake up, that everyone
would be happier without them, that they took all their pills, that there is no way out. The
screen reads these in the first person and in the present or recent past (self_harm), and
meets the ambiguous ones (hopelessness, feeling a burden, giving things away) with a gentler
check-in notice (distress). Practice scenarios are full of "this meeting is killing me" and "I
wanted to disappear", so the matched set of near misses below, every bank scenario and every
development eval case must stay clear.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.blind_sets import BLIND
from trainer import safety
from trainer.evals.cases import load_cases
from trainer.partner.scenarios.bank import load_bank
from trainer.safety import SAFETY_NOTICE, SafetyCategory, SafetyResult, screen
from trainer.together.prompts import safety_notice

# Wordings the issue reported as passing the screen on main.
REPORTED: list[tuple[str, SafetyCategory]] = [
    ("I just want to go to sleep and not wake up", "self_harm"),
    ("I want it all to stop", "distress"),
    ("I took all my pills", "self_harm"),
    ("I keep thinking about jumping off the bridge", "self_harm"),
    ("I've been giving my things away", "distress"),
    ("I feel like such a burden to everyone", "distress"),
    ("I don't see a way out", "distress"),
    ("what's the point of anything anymore", "distress"),
]

# Passive wishes to die, framed as sleep.
SLEEP = [
    "some nights I wish I could fall asleep and never wake up",
    "i go to bed hoping i dont wake up",
    "Honestly part of me hopes I won't wake up tomorrow.",
    "I wouldn't mind if I didn't wake up in the morning",
    "I keep praying I don't wake up",
    "i wanna close my eyes and never open them again",
    "it'd be a relief if I never woke up",
    "I'd like to lie down and just not wake up again",
    "I don't want to wake up tomorrow",
    "i wanna sleep n never wake up",
    "I hope I die in my sleep",
    "I hope I get hit by a bus",
    "I wish a car would hit me",
]

# Wanting to be gone: disappearing for good, ending, not existing.
GONE = [
    "I want to disappear for good",
    "sometimes I wish I could just vanish forever",
    "I want everything to end.",
    "I wish I could stop existing",
    "i want to not exist anymore",
    "i wish i could just cease to exist",
    "I'm so tired of being alive",
    "honestly I'm tired of living",
    "I'm tired of fighting to stay alive",
    "life isn't worth living",
    "my life isn't worth living anymore",
]

# Others would be better off: the death-or-gone wording is self_harm.
BETTER_OFF = [
    "my family would be happier if I was gone",
    "their lives would be so much easier without me",
    "nobody would even miss me if I disappeared",
    "No one would notice if I died tomorrow.",
    "I don't care if I die",
    "I don't care if I die tomorrow",
    "the world would be a better place without me",
    "everyone would be better off if I just disappeared",
]

# A method, in the first person, now or recently.
METHOD = [
    "I've been thinking of jumping from the roof of my building",
    "I stood on the ledge last night and thought about jumping",
    "sometimes I picture stepping in front of a train",
    "I keep imagining driving my car into a tree",
    "I've been looking up how many pills it would take",
    "everyone would be happier without me right now",
    "I googled the lethal dose of my meds",
    "I keep thinking about the rope in the garage",
    "I tied a noose last night",
    "I swallowed everything in the medicine cabinet",
    "i took a whole pack of paracetamol an hour ago",
    "I've been cutting my arms again",
    "I cut my thighs last night so I could feel something",
    "I want to drown myself",
    "i took all my tablets at once last night",
    "I just took all my sleeping pills.",
    "I'm going to take all my pills tonight",
    "I keep thinking about my gun",
    "I think about driving off the bridge on my way home",
    "I've been researching ways to die",
    "I have the pills ready",
    "I've got the pills saved up",
    "I'm on the roof and I want to jump",
]

# A plan, or letters left behind.
PLAN = [
    "I've worked out how I'd do it",
    "I know exactly how I would do it.",
    "I've been thinking about how I'd do it",
    "I wrote goodbye letters to my kids",
]

# Hopelessness in words that speak of living itself.
NOT_LIVING = [
    "I can't go on.",
    "i just cant go on",
    "I can't go on, I'm exhausted",
    "what's the point of living",
    "what's the point in even being alive?",
    "what is the point of going on",
]

SELF_HARM = SLEEP + GONE + BETTER_OFF + METHOD + PLAN + NOT_LIVING

# Ambiguous on their own: a check-in, not a crisis notice.
DISTRESS = [
    # everything to stop
    "I just want everything to stop.",
    "I need it all to stop, I can't keep doing this",
    "I want it all to be over",
    "please make it all stop",
    # a burden
    "I'm just a burden to my family",
    "honestly I'm nothing but a burden",
    "I've become a burden on everyone around me",
    "i feel like a burden to all of you",
    # giving things away, goodbyes
    "i gave away all my stuff this week",
    "I've been giving away my favourite things",
    "this is my goodbye",
    "I won't be around much longer",
    "I won't need any of it where I'm going",
    # no way out, no point
    "there's no way out for me",
    "i cant see any way out of this",
    "what's even the point of any of it?",
    "I feel completely hopeless.",
    "everything feels hopeless",
    "Everything feels hopeless right now",
    "I've been feeling hopeless",
    "Every day feels pointless.",
    "I've given up on life",
    "I can't keep going.",
    "there's nothing left for me",
    "I'm going to end it tonight",
    "I won't be a problem for you much longer",
    "soon I won't be a burden to anyone",
    "I just want the pain to stop",
    "I'm saying my goodbyes.",
    # a closing "lately", "these days" still ends the clause
    "Honestly I feel like such a burden to everyone lately.",
    "I don't see a way out these days",
]

# Everyday exaggeration and ordinary life: practice scenarios are full of these.
CLEAR = [
    "I want to disappear under a blanket for a weekend",
    "this meeting is killing me",
    "I could sleep for a week",
    "I'd rather die than sing karaoke lol",
    "my boss wants me to jump through hoops",
    "I took my pills this morning like always",
    "I gave my old clothes away to charity",
    "what's the point of the meeting",
    # "the budget" is no person: a money worry, not a burden on people
    "I'm a burden on the budget this month?",
    "I just want to go to sleep, I'm wrecked",
    "I want to sleep in and not wake up until noon",
    "I hope I don't wake up the baby when I get in",
    "I never want to wake up at five again",
    "I took all my pills this week like the doctor said",
    "I took all my pills with me on the trip",
    "I want the noise to stop",
    "I just want the arguing to stop",
    "I want everything to stop for a minute so I can breathe",
    "I wanted to disappear when he said that",
    "I wanted to disappear off the face of the earth after that presentation",
    "I'm frightened of being a burden on the kids when we retire",
    "I don't want to be a burden, but could you drive me to the clinic?",
    "the paperwork is such a burden",
    # one person, after an operation: a partner scenario, not a risk on its own
    "I hate feeling like a burden on you since the surgery",
    "we jumped off the pier into the sea on holiday",
    "I'm thinking about jumping ship to another company",
    "I bought a rope for the tent",
    "I'm at the end of my rope with the kids",
    "I cut my finger chopping onions",
    "I cut my leg on the fence",
    "he gave all his stuff away when he moved abroad",
    "I'm giving my old books away before the move",
    "I gave away all my stuff before moving to Berlin",
    "I said goodbye to everyone at the party",
    "I never got to say goodbye to Grandpa",
    "there's no way out of this contract",
    "I've been stuck on this project for months and I can't see a way out",
    "I can't see a way out of this job",
    "what's the point of trying, she never listens",
    "what's the point of any of this if you won't even try",
    "I can't go on like this, you have to help with the kids",
    "I can't go on the trip this weekend",
    "Maya can't go on Friday",
    "I feel hopeless at cooking",
    "it's hopeless trying to get a plumber",
    "it's starting to feel hopeless, like the ground keeps moving",
    "I know how I'd do it differently next time",
    "I've worked out how I'll do it: spreadsheet first, then calls",
    "the pills are in the bathroom cabinet",
    "I'm so tired of being the one who plans everything",
    "I'm done with this job",
    "I'd never take all my pills",
    "I don't feel like a burden anymore",
    "I'm not thinking about jumping off anything, I'm just sad",
    "It feels like they're taking my life away bit by bit.",
    "you sound like you can't see a way out",
    # a reflection of their exhaustion in the listener's words: "you", not "I"
    "No wonder you feel you can't keep going.",
    "you just can't keep going like this, can you",
    "I'm going to take all my meds with food from now on",
    "I've been thinking about the gun debate",
    "I'm tempted to drive into the city",
    "I can't go on and on about it",
    "I can't go on so little sleep",
    "I'm tired of living paycheck to paycheck",
    "what's the point of living in London if we never go out",
    "Things would be easier if I was gone for the weekend",
    "they'd be happier without me at the meeting",
    # a row about the relationship; "you'd be better off without me" stays flagged (test_safety)
    "You'd be happier without me",
    "nobody would notice if I left early",
    "I don't care if I die alone with cats lol",
    "I hope I don't wake up and find the house flooded",
    "I need to disappear for good from social media",
    "The wedding planning is insane, I just want it all to be over",
    "there's no way out but through",
    "I'm a burden on you, aren't I?",
    "I'm giving away my old stuff on Vinted",
    "I guess this is goodbye then.",
    "If I had to redo the kitchen, I know how I'd do it.",
    "I keep scratching my arms, the eczema is awful",
    "I've been burning my arm on the oven a lot",
    "this commute makes me want to jump off a bridge",
    "I'd rather jump off a cliff than go to his party",
    "I took all my pills and went to bed",
    "she went to sleep and never woke up",
    "I feel hopeless about this job",
    "I don't want to wake up early tomorrow",
    "I hope I die before I get old",
    "I'm going to end it with him tonight",
    "I'll pay my way, I won't be a burden to anyone",
    "I just want the pain in my back to stop",
    "My knee is killing me and I just want the pain to stop",
    "there's nothing left for me at this company",
    "I've been saying goodbye to everyone at the airport.",
    "I'm saying my goodbyes to the team on Friday",
    "I have my pills ready for the week",
    "The trampoline park was great, I want to jump again",
    "I'm going to end it now, this meeting has gone on too long",
    "life isn't worth it without coffee lol",
    "I'm tired of trying to live up to his expectations",
    # "it" may be one chore or one argument: only everything, every day or life is global
    "I keep asking him to help. It feels pointless.",
    "it is pointless arguing with him",
]

POSITIVES: list[tuple[str, SafetyCategory]] = [
    *REPORTED,
    *((t, "self_harm") for t in SELF_HARM),
    *((t, "distress") for t in DISTRESS),
]


@pytest.mark.parametrize(("text", "category"), POSITIVES)
def test_indirect_wording_is_flagged_in_its_category(text: str, category: SafetyCategory) -> None:
    result = screen(text)
    assert result.flagged, text
    assert result.category == category, (text, result.matched)
    assert result.start is not None and result.end is not None
    assert text[result.start : result.end] == result.matched
    assert result.notice == SAFETY_NOTICE[category]


@pytest.mark.parametrize("text", CLEAR)
def test_everyday_exaggeration_stays_clear(text: str) -> None:
    assert screen(text) == SafetyResult(flagged=False), text


def test_a_crisis_outranks_a_check_in_in_any_text() -> None:
    result = screen("I don't see a way out", "That sounds hard.", "I took all my pills")
    assert (result.category, result.text_index) == ("self_harm", 2)
    result = screen("I'm a burden to everyone", "he won't let me see my friends")
    assert result.category == "abuse"


def test_an_everyday_frame_only_clears_its_own_sentence() -> None:
    text = "Work is a mess. I don't see a way out."
    assert screen(text).category == "distress"
    assert not screen("Work is a mess and I don't see a way out.").flagged


def test_the_check_in_notice_is_gentle_and_still_gives_the_crisis_lines() -> None:
    notice = SAFETY_NOTICE["distress"]
    assert notice.startswith("Let's pause")
    assert "988" in notice and "Samaritans" in notice and "findahelpline.com" in notice
    assert "not therapy or crisis support" in notice and "emergency" in notice
    assert "drill is paused" in notice
    assert "1-800-799-7233" not in notice
    assert notice != SAFETY_NOTICE["self_harm"]


def test_a_room_of_two_gets_the_check_in_notice_too() -> None:
    notice = safety_notice("distress")
    assert notice is not None and "988" in notice
    assert "drill is paused" not in notice  # a room ends with its own line


def test_every_bank_scenario_line_and_exemplar_stays_clear() -> None:
    flagged = []
    for scenario in load_bank().scenarios:
        texts = [scenario.statement, scenario.context or ""]
        texts += [exemplar.text for exemplar in scenario.exemplars]
        texts += [line for _, lines in scenario.lines.listed() for line in lines]
        flagged += [(scenario.scenario_id, t) for t in texts if screen(t).flagged]
    assert flagged == []


_CASES = Path(__file__).resolve().parents[1] / "evals" / "cases"

# The development cases that flag, and why that is right: a me-too story with "I wanted to
# die" and no laugh marker (a tantrum in a shop); the screen does not judge stories by topic. And
# "I wanted to throw my laptop at him" in a listener's story (v10a-008): an object thrown at a
# person is screened whether wished or done; the notice says a figure of speech may be misread.
# And "it sounds like you're scared of him now" of a teacher (v11a-037): fear of a man is screened
# without knowing who he is; a false stop is the safer error there. And "everyone laughed at the
# rhyming bit and i wanted to die lol" in a listener's school story (v15a-029): "wanted to die"
# with "lol" is screened on purpose, since a laugh often masks the real thing. And a partner
# telling of a brother who "died by suicide" (r15a-049): a loss by suicide is screened whoever
# died, since the bereaved carry a raised risk of their own and are offered support first. And
# "I feel like a burden" (r19 opinion-001): felt burdensomeness is screened on purpose; and
# "I used to be afraid of my father" (probe r19-024): fear of a man, as with the teacher above.
_KNOWN_FLAGS = {
    ("cases_v1.yaml", "parenting-009", "response"),
    ("cases_fresh_v10a.yaml", "freshvtena-008", "response"),
    ("cases_fresh_v11a.yaml", "freshvelevena-037", "response"),
    ("cases_fresh_v15a.yaml", "vfifteena-029", "response"),
    ("cases_probe_r15a.yaml", "pfifteena-049", "statement"),
    ("cases_meaning_r19.yaml", "rnineteen_opinion-001", "statement"),
    ("cases_probe_r19.yaml", "pnineteen-024", "statement"),
}


def test_development_eval_cases_flag_only_the_known_one() -> None:
    files = sorted(p for p in _CASES.glob("cases_*.yaml") if p.name not in BLIND)
    assert len(files) >= 15
    flagged = set()
    for path in files:
        for case in load_cases(path):
            for field in ("statement", "context", "response"):
                if screen(getattr(case, field) or "").flagged:
                    flagged.add((path.name, case.case_id, field))
    assert flagged == _KNOWN_FLAGS


_FILLER = st.sampled_from(["you", "feel", "tired", "and", "the", "dinner", "was", "late", "we"])
_SENTENCE = st.lists(_FILLER, min_size=0, max_size=8).map(" ".join)


@settings(max_examples=100, deadline=None)
@given(before=_SENTENCE, case=st.sampled_from(POSITIVES), after=_SENTENCE)
def test_indirect_wording_is_found_inside_ordinary_talk(
    before: str, case: tuple[str, SafetyCategory], after: str
) -> None:
    text, category = case
    statement = f"{before}. {text}\n{after}."
    result = screen("You sound tired.", statement)
    assert (result.category, result.text_index) == (category, 1)
    assert statement[result.start or 0 : result.end] == result.matched


def test_triggers_never_hide_an_indirect_match(monkeypatch: pytest.MonkeyPatch) -> None:
    """Triggers only skip work: with every rule forced to run, every case screens the same."""
    everything = {
        category: tuple(rule._replace(triggers=("",)) for rule in rules)
        for category, rules in safety.RULES.items()
    }
    texts = [text for text, _ in POSITIVES] + CLEAR
    with_triggers = [screen(text) for text in texts]
    monkeypatch.setattr(safety, "RULES", everything)
    assert [screen(text) for text in texts] == with_triggers
