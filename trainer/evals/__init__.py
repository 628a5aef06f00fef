"""Measuring graders: labelled cases and real-world data."""
