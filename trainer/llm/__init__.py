"""The one LLM layer: the model protocol and its adapters, prompt rendering, asking with one re-ask.

Every LLM feature (grader, partner, scenario generator) goes through here; nothing here knows
about grades, scenarios or partners.
"""
