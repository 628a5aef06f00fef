"""Linguistic detectors: each answers one checklist item and says which words decided it.

Pure functions over normalised text (text.py), one module per rubric; checklist.py runs them all.
Context rules live here: questions versus statements, negated advice, quoted speech (masked
before matching), who is upset with whom, whether the partner asked for advice, and sarcasm.
"""

from trainer.grading.offline.detectors.checklist import analyze
from trainer.grading.offline.detectors.context import Analysis, Hit

__all__ = ["Analysis", "Hit", "analyze"]
