"""Options shared by several commands, defined once so their wording and limits agree."""

from __future__ import annotations

import click

timeout_option = click.option(
    "--timeout",
    "timeout_s",
    type=click.FloatRange(min=0, min_open=True),
    help="Seconds the LLM may take per grade, retries included (overrides TRAINER_LLM_TIMEOUT "
    "and [llm].timeout_s; default 30).",
)
