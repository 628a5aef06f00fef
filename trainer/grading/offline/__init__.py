"""Offline grader building blocks: pure, deterministic, English-only text analysis, no model."""
