"""One offline grade of one reply, and its not-hijacking costs: the helpers the grader's kind
tests share (they were copied into ten files)."""

from __future__ import annotations

from trainer.grading.offline.grader import grade_offline
from trainer.grading.schema import Grade, GradeRequest, RubricKey


def grade_reply(statement: str, response: str) -> Grade:
    return grade_offline(GradeRequest(statement=statement, response=response))


def hijack_costs(grade: Grade) -> set[str]:
    """The not-hijacking items the reply paid for (notes such as a brief me-too left out)."""
    return {e.item for e in grade.rubrics.not_hijacking.evidence if e.effect == "cost"}


def items(statement: str, reply: str, rubric: RubricKey, effect: str) -> set[str]:
    """The checklist items of one rubric with one effect ("cost", "earned") in a reply's grade."""
    grade = grade_reply(statement, reply)
    return {e.item for e in grade.rubrics.get(rubric).evidence if e.effect == effect}


def costs(statement: str, reply: str, rubric: RubricKey = "accuracy") -> set[str]:
    """The items of one rubric a reply paid for."""
    return items(statement, reply, rubric, "cost")


def earned(statement: str, reply: str, rubric: RubricKey) -> set[str]:
    """The items of one rubric a reply earned."""
    return items(statement, reply, rubric, "earned")


def passes(statement: str, reply: str, rubric: RubricKey) -> bool:
    return grade_reply(statement, reply).rubrics.get(rubric).passed
