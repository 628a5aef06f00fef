"""A practice conversation: several turns with one partner, then a summary. Pure state.

The grading function is passed in (offline or LLM), so the conversation logic is testable with
plain data. Modes are the classic exercises from the field notes: plain reflecting, mirroring
(reflect, then check "did I get that right?"), empathy mapping (name their feelings and need
before replying) and the post-conflict check-in.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Literal

from pydantic import Field

from trainer.grading.learner_words import learner_words
from trainer.grading.offline.feelings import feelings_in
from trainer.grading.offline.partner_felt import partner_feelings
from trainer.grading.offline.text import content_stems, normalize
from trainer.grading.schema import (
    MAX_CONTEXT_CHARS,
    RUBRIC_KEYS,
    Frozen,
    Grade,
    GradeRequest,
    RubricKey,
)
from trainer.partner.reactions import Mood, PartnerReply, react
from trainer.partner.scenarios.models import Difficulty, Scenario
from trainer.prompts import load_rubrics
from trainer.safety import SafetyResult, screen

Mode = Literal["reflect", "mirroring", "empathy_mapping", "check_in"]
MODES: tuple[Mode, ...] = ("reflect", "mirroring", "empathy_mapping", "check_in")
# Times the partner must feel heard before the conversation closes well, and the turn limit.
NEEDED_HEARD: dict[Difficulty, int] = {"easy": 1, "medium": 2, "hard": 2}
MAX_TURNS = 5
MIRROR_NUDGE = "...Is that what you think I said? You didn't check it with me."
CHECK_IN_OPENING = "Can we talk about earlier? I've calmed down a bit, but it's still with me. "


class EmpathyMap(Frozen):
    """The learner's guess, before replying, at what the partner feels and needs."""

    feelings: list[str] = Field(default_factory=list)
    need: str = ""


class MapCheck(Frozen):
    matched: list[str]
    missed: list[str]
    need_matched: bool
    feedback: str


class Turn(Frozen):
    partner_said: str
    response: str
    grade: Grade
    reply: PartnerReply
    empathy_map: EmpathyMap | None = None
    map_check: MapCheck | None = None
    closing: str | None = Field(
        None, description="the partner's closing line when they felt heard: a line of its own"
    )


class Conversation(Frozen):
    scenario: Scenario
    mode: Mode = "reflect"
    turns: list[Turn] = Field(default_factory=list)
    mood: Mood = "open"
    done: bool = False
    safety: SafetyResult | None = None

    @property
    def heard(self) -> int:
        return sum(1 for t in self.turns if t.reply.felt_heard)

    def partner_line(self) -> str:
        """What the partner is saying now, the line the learner answers."""
        if self.turns:
            return self.turns[-1].reply.text
        if self.mode == "check_in":
            return CHECK_IN_OPENING + self.scenario.statement
        return self.scenario.statement


def start(scenario: Scenario, mode: Mode = "reflect") -> Conversation:
    return Conversation(scenario=scenario, mode=mode)


def grade_request(conversation: Conversation, response: str) -> GradeRequest:
    """Grade against what they just said, with the earlier turns as context, and the truth."""
    earlier = [conversation.scenario.statement] + [t.reply.text for t in conversation.turns[:-1]]
    context = None
    if conversation.turns:
        context = earlier_context(earlier)
    elif conversation.scenario.context:
        context = conversation.scenario.context
    return GradeRequest(
        statement=conversation.partner_line(),
        response=response,
        context=context,
        hidden_truth=conversation.scenario.hidden_truth,
        exemplars=[e.text for e in conversation.scenario.exemplars if not conversation.turns],
    )


EARLIER = "Earlier the partner said: "


def earlier_context(earlier: list[str]) -> str:
    """The partner's earlier turns as context, newest kept when a long session runs past the
    context limit (the grader refuses a longer one)."""
    kept: list[str] = []
    size = len(EARLIER)
    for line in reversed(earlier):
        size += len(line) + (3 if kept else 0)
        if size > MAX_CONTEXT_CHARS:
            break
        kept.append(line)
    if not kept:  # the newest turn alone is too long: keep its end
        return EARLIER + "\u2026" + earlier[-1][-(MAX_CONTEXT_CHARS - len(EARLIER) - 1) :]
    return EARLIER + " / ".join(reversed(kept))


def check_map(scenario: Scenario, empathy_map: EmpathyMap) -> MapCheck:
    """Compare the learner's named feelings and need with the hidden truth, by feeling family."""
    truth = partner_feelings("", scenario.hidden_truth)
    named = feelings_in(normalize(", ".join(empathy_map.feelings)).text)
    matched = [f.word for f in named if truth.judge(f) == "match"]
    wanted = [*scenario.hidden_truth.primary_feelings, *scenario.hidden_truth.secondary_feelings]
    missed = [
        w for w in wanted
        if not any(f.family in {h.family for h in feelings_in(w.lower())} for f in named)
    ]  # fmt: skip
    need_words = set(content_stems(normalize(scenario.hidden_truth.need).text))
    need_matched = bool(need_words & set(content_stems(normalize(empathy_map.need).text)))
    if matched and need_matched:
        feedback = "You named what they feel and what they need. Now say it back to them."
    elif matched:
        feedback = f"The feelings fit. Underneath, they need: {scenario.hidden_truth.need}"
    else:
        feedback = f"Look again: they feel {', '.join(wanted[:2])}."
    return MapCheck(matched=matched, missed=missed, need_matched=need_matched, feedback=feedback)


def safety_stop(conversation: Conversation, response: str) -> Conversation | None:
    """The conversation ended with a safety notice, if what was said needs real help."""
    safety = screen(conversation.partner_line(), response)
    return (
        conversation.model_copy(update={"done": True, "safety": safety}) if safety.flagged else None
    )


# How the partner words a reaction: scripted (`react`) or an LLM (trainer.partner.llm_lines).
Reactor = Callable[[Scenario, Grade, str, int, Mood], PartnerReply]


def scripted_reactor(
    scenario: Scenario, grade: Grade, _response: str, turn: int, mood: Mood
) -> PartnerReply:
    return react(scenario, grade, turn, mood)


def take_turn(
    conversation: Conversation,
    response: str,
    grade: Callable[[GradeRequest], Grade],
    empathy_map: EmpathyMap | None = None,
    reactor: Reactor = scripted_reactor,
) -> Conversation:
    """Screen for safety, grade, let the partner react, and decide whether it is over."""
    if conversation.done:
        raise ValueError("this conversation has ended; start a new one")
    stopped = safety_stop(conversation, response)
    if stopped is not None:
        return stopped
    result = grade(grade_request(conversation, response))
    reply = reactor(
        conversation.scenario, result, response, len(conversation.turns), conversation.mood
    )
    checked = result.rubrics.accuracy.checklist.get("captures_need_or_checks")
    if conversation.mode == "mirroring" and reply.felt_heard and not checked:
        reply = reply.model_copy(update={"text": MIRROR_NUDGE, "felt_heard": False})
    check = check_map(conversation.scenario, empathy_map) if empathy_map else None
    turns = [*conversation.turns, Turn(
        partner_said=conversation.partner_line(), response=response, grade=result, reply=reply,
        empathy_map=empathy_map, map_check=check,
    )]  # fmt: skip
    heard = sum(1 for t in turns if t.reply.felt_heard)
    done = heard >= NEEDED_HEARD[conversation.scenario.difficulty] or len(turns) >= MAX_TURNS
    if done and heard >= NEEDED_HEARD[conversation.scenario.difficulty]:
        # Their closing is a line of its own, and someone who says thanks for listening is
        # open now, whatever their mood was a turn ago.
        reply = reply.model_copy(update={"mood": "open"})
        closing = conversation.scenario.lines.closing[0]
        turns[-1] = turns[-1].model_copy(update={"reply": reply, "closing": closing})
    return conversation.model_copy(update={"turns": turns, "mood": reply.mood, "done": done})


def partner_lines(turn: Turn) -> list[str]:
    """What the partner said after this turn, one entry per line (their reply, then any
    closing), so pages and the CLI never run two lines together."""
    return [turn.reply.text, *([turn.closing] if turn.closing else [])]


def mood_caption(turn: Turn) -> str:
    """How the partner is now, in words that agree with what they just said: a partner who
    felt heard is never called guarded in the same breath."""
    words = learner_words().moods
    if turn.closing:
        return words.closed_heard
    side = words.heard if turn.reply.felt_heard else words.not_heard
    return side[turn.reply.mood]


class ConversationSummary(Frozen):
    turns: int
    felt_heard: bool
    mean_scores: dict[str, float]
    went_well: str = Field(description="what this learner's replies did well, with their words")
    habit_to_work_on: str = Field(description="empty when there is nothing left to work on")


def summarize(conversation: Conversation) -> ConversationSummary:
    """What went well in the learner's own replies, and the one habit to work on: the cost
    that came up most often (none when every reply scored 100)."""
    if not conversation.turns:
        return ConversationSummary(
            turns=0, felt_heard=False, mean_scores={}, went_well="", habit_to_work_on=""
        )
    turns = conversation.turns
    means = {key: sum(t.grade.rubrics.get(key).score for t in turns) / len(turns)
             for key in RUBRIC_KEYS}  # fmt: skip
    heard = conversation.heard >= NEEDED_HEARD[conversation.scenario.difficulty]
    return ConversationSummary(
        turns=len(turns),
        felt_heard=heard,
        mean_scores={k: round(v, 2) for k, v in means.items()},
        went_well=went_well(turns),
        habit_to_work_on=habit_to_work_on(turns),
    )


QUOTE_CHARS = 60


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1].rstrip() + "\u2026"


def went_well(turns: list[Turn]) -> str:
    """The best reply (highest score, the later on a tie) in plain words: what it did, each
    with the learner's own words that did it. Nothing earned, nothing claimed: avoiding advice
    in a reply with no listening in it is not something that went well."""
    rubrics = load_rubrics()
    index, best = max(enumerate(turns), key=lambda it: (it[1].grade.score, it[0]))
    did: list[str] = []
    quoted: set[str] = set()
    for key, result in best.grade.rubrics.items():
        for item in rubrics.rubrics[key].items:
            if item.effect != "earn" or not result.checklist.get(item.id):
                continue
            said = [e.text for e in result.evidence if e.item == item.id]
            fresh = [t for t in said if t.casefold() not in quoted]
            if said and not fresh:
                continue  # the same words already earned an item named before this one
            quoted |= {t.casefold() for t in said}
            did.append(f"{item.label} (\u201c{_quote(fresh[0])}\u201d)" if fresh else item.label)
    if not did:
        return ""
    words = learner_words().summary
    clear = [text for key, text in words.kept_clear.items()
             if not any(rubrics.rubrics[key].item(i).effect == "cost" and yes
                        for i, yes in best.grade.rubrics.get(key).checklist.items())]  # fmt: skip
    subject = words.one_reply if len(turns) == 1 else words.best_reply.format(turn=index + 1)
    text = f"{subject} {_join(did)}"
    return text + (f"; it also {_join(clear)}." if clear else ".")


def habit_to_work_on(turns: list[Turn]) -> str:
    """The tip for the cost that came up most often; without one, the last reply's tip unless
    it scored 100 (then there is no habit to name)."""
    rubrics = load_rubrics()
    costs: Counter[tuple[RubricKey, str]] = Counter()
    for t in turns:
        for key, result in t.grade.rubrics.items():
            for item, yes in result.checklist.items():
                if yes and rubrics.rubrics[key].item(item).effect == "cost":
                    costs[(key, item)] += 1
    if costs:
        (worst, item), _ = costs.most_common(1)[0]
        return rubrics.rubrics[worst].item(item).tip
    last = turns[-1].grade
    return "" if last.score == 100 else last.tip


def _join(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]
