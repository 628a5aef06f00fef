"""Grading: the public Grade schema, checklist scoring, grade assembly, the offline detectors
and the LLM grader. `grade()` is the entry point both graders share.

`grade` and `validate_request` are loaded on first use, not when the package is: a module that
needs only the schema should not pull in the whole grader. (The foundation types the lower
modules need live in `trainer/values.py`, so those no longer import grading at all.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from trainer.grading.grader import grade, validate_request

__all__ = ["grade", "validate_request"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from trainer.grading import grader

        return getattr(grader, name)
    raise AttributeError(f"module 'trainer.grading' has no attribute {name!r}")
