"""Texts that teach: the minimal edit of the learner's words and the model reflection.

Every text offered as better words is graded before it is shown (`regrade.first_passing`); when
none passes, none is shown and the grade says why in words.
"""

from trainer.grading.feedback.regrade import Check, first_passing, offline_check

__all__ = ["Check", "first_passing", "offline_check"]
