"""Reflective-listening trainer: grade a reflection on four rubrics, offline or with an LLM."""

__version__ = "0.1.0"
