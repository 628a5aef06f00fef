"""Grading: the public Grade schema, checklist scoring, grade assembly, the offline detectors
and the LLM grader. `grade()` is the entry point both graders share."""

from trainer.grading.grader import grade, validate_request

__all__ = ["grade", "validate_request"]
