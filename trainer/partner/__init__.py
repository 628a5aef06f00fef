"""The simulated partner: the scenario bank, how the partner reacts (scripted, or worded by an
LLM), conversations of several turns, and the practice flow the page and the CLI share."""
