"""Do the teaching texts pass their own grader? Minimal edits and model reflections, counted.

Over eval cases and replies generated from a seeded mix of good and bad pieces (advice, defence,
sarcasm, minimizing, me-too, a change of subject), each reply is graded once; the edit and the
reflection the grade offers are regraded as replies to the same statement. Run it:
`python -m trainer.evals.feedback` (prints the figures the tests hold to).
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from trainer.errors import InvalidInput
from trainer.grading.feedback.fluency import fluency_problems, punctuation_problems
from trainer.grading.feedback.regrade import offline_check
from trainer.grading.offline.grader import grade_offline
from trainer.grading.schema import GradeRequest, HiddenTruth

# Pieces of replies, written for this generator; a reply joins one to three of them.
GOOD = (
    "That sounds really hard.",
    "No wonder you're upset about it.",
    "You sound worn out.",
    "I can hear how much that hurt.",
    "That must have been awful.",
    "Of course you feel that way.",
)
CHECKS = ("Did I get that right?", "Is that it?")
BAD = {
    "advice": (
        "You should talk to them about it.",
        "Maybe try going for a long walk tonight.",
        "Have you thought about asking for help?",
        "Just tell them no next time.",
    ),
    "defence": (
        "That's not fair, I was busy all day.",
        "I didn't mean to, I've had a long week too.",
    ),
    "sarcasm": ("Wow, great, another drama.", "Oh sure, poor you."),
    "minimizing": (
        "At least it's not worse.",
        "It's not a big deal really.",
        "Don't worry about it.",
    ),
    "me_too": (
        "The same thing happened to me last year and my boss was awful about it.",
        "I know exactly, I had that with my sister.",
    ),
    "subject": ("Anyway, what do you want for dinner?", "Did you see the match last night?"),
    "interjection": ("Ugh.", "Oh no.", "Wow."),
}


@dataclass
class Tally:
    """How many texts were due, shown, and passed on regrade; what failed, for reading."""

    due: int = 0
    shown: int = 0
    passed: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)  # (reply, offered text)

    def share_shown(self) -> float:
        return self.shown / self.due if self.due else 0.0

    def share_passed(self) -> float:
        return self.passed / self.shown if self.shown else 1.0

    def line(self, name: str) -> str:
        return (
            f"{name}: shown {self.shown}/{self.due} ({self.share_shown():.0%}), "
            f"pass on regrade {self.passed}/{self.shown} ({self.share_passed():.0%})"
        )


@dataclass
class Figures:
    edits: Tally = field(default_factory=Tally)
    reflections: Tally = field(default_factory=Tally)


def offered_ok(request: GradeRequest, text: str, *, written: bool) -> bool:
    """Passes its grader, differs from the reply, clean punctuation (and fluent if written)."""
    if " ".join(text.split()).casefold() == " ".join(request.response.split()).casefold():
        return False
    shape = fluency_problems(text, request.statement) if written else punctuation_problems(text)
    return not shape and offline_check(request.model_copy(update={"response": text}))


def tally(requests: Iterable[GradeRequest]) -> Figures:
    """Grade each reply once; regrade the edit (failed replies) and the model reflection."""
    figures = Figures()
    for request in requests:
        try:
            grade = grade_offline(request)
        except InvalidInput:  # a reply the offline grader refuses (another language) has none
            continue
        written = not request.exemplars
        figures.reflections.due += 1
        if grade.model_reflection:
            figures.reflections.shown += 1
            if offered_ok(request, grade.model_reflection, written=written):
                figures.reflections.passed += 1
            else:
                figures.reflections.failures.append((request.response, grade.model_reflection))
        if grade.passed:
            continue
        figures.edits.due += 1
        if grade.minimal_edit:
            figures.edits.shown += 1
            if offered_ok(request, grade.minimal_edit, written=False):
                figures.edits.passed += 1
            else:
                figures.edits.failures.append((request.response, grade.minimal_edit))
    return figures


def generated_replies(
    statements: Sequence[tuple[str, HiddenTruth | None]], count: int, seed: int = 12
) -> list[GradeRequest]:
    """Replies mixing good pieces, bad pieces and check-ins, in a repeatable order."""
    rng = random.Random(seed)
    kinds = sorted(BAD)
    out: list[GradeRequest] = []
    for _ in range(count):
        statement, hidden = rng.choice(statements)
        pieces: list[str] = []
        for _ in range(rng.randint(1, 3)):
            roll = rng.random()
            if roll < 0.45:
                pieces.append(rng.choice(GOOD))
            elif roll < 0.55:
                pieces.append(rng.choice(CHECKS))
            else:
                pieces.append(rng.choice(BAD[rng.choice(kinds)]))
        text = " ".join(pieces)
        if rng.random() < 0.3:  # joined with a comma and 'but', as people type
            text = text.replace(". ", ", but ", 1)
        if rng.random() < 0.2:
            text = text.lower()
        out.append(GradeRequest(statement=statement, response=text, hidden_truth=hidden))
    return out


def case_requests(paths: Sequence[Path]) -> list[GradeRequest]:
    from trainer.evals.cases import load_cases

    return [case.request() for path in paths for case in load_cases(path)]


def main() -> None:  # pragma: no cover - prints the figures for a person
    from trainer.evals.paths import evals_dir
    from trainer.partner.scenarios.bank import load_bank

    paths = sorted((evals_dir() / "cases").glob("*.yaml"))
    cases = case_requests(paths)
    bank = load_bank().scenarios
    statements = [(r.statement, r.hidden_truth) for r in cases]
    statements += [(s.statement, s.hidden_truth) for s in bank]
    on_cases = tally(cases)
    on_generated = tally(generated_replies(statements, 300))
    free_bank = tally(
        GradeRequest(statement=s.statement, response="ok", hidden_truth=s.hidden_truth)
        for s in bank
    )
    print(f"eval cases ({', '.join(p.name for p in paths)}): {len(cases)} replies")
    print("  " + on_cases.edits.line("minimal edits of failed replies"))
    print("  " + on_cases.reflections.line("written reflections (free text)"))
    print("generated replies (seed 12): 300")
    print("  " + on_generated.edits.line("minimal edits of failed replies"))
    print("  " + on_generated.reflections.line("written reflections (free text)"))
    print("bank statements as free text (no exemplars):")
    print("  " + free_bank.reflections.line("written reflections"))
    exemplars = [
        GradeRequest(statement=s.statement, response=e.text, context=s.context,
                     hidden_truth=s.hidden_truth)
        for s in bank for e in s.exemplars
    ]  # fmt: skip
    passing = sum(offline_check(r) for r in exemplars)
    print(f"bank exemplars: {passing}/{len(exemplars)} pass the offline grader")


if __name__ == "__main__":  # pragma: no cover
    main()
