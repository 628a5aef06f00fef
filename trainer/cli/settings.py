"""`trainer settings`: which grader grades, where its settings came from, and the validity card
of the configured model (or the one command that measures it). What the Settings page shows."""

from __future__ import annotations

import click

from trainer.cli.options import base_url_option, model_option
from trainer.cli.output import echo


@click.command("settings")
@model_option
@base_url_option
def settings(model: str | None, base_url: str | None) -> None:
    """Show the grader settings and the configured model's validity card."""
    from trainer.evals.card_files import load_card
    from trainer.evals.card_words import card_lines, not_measured
    from trainer.grading.offline.grader import MODEL_NAME
    from trainer.settings import describe_sources, is_openai_url, mask_userinfo
    from trainer.settings import resolve_llm_settings as resolve

    llm = resolve(model=model, base_url=base_url)
    if llm is None:
        echo("Grader: the offline rules (no LLM is configured: set OPENAI_API_KEY, or "
             "OPENAI_BASE_URL and TRAINER_MODEL, to add one).")  # fmt: skip
        offline = load_card(MODEL_NAME)
        echo("")
        echo("\n".join(card_lines(offline)) if offline else not_measured(MODEL_NAME))
        return
    url = mask_userinfo(llm.base_url or "https://api.openai.com/v1")
    provider = "OpenAI" if is_openai_url(llm.base_url) else "an OpenAI-compatible server"
    echo(f"Grader: auto, with {llm.model} at {url} ({provider}) and the offline rules, item "
         "by item as the model's validity card says.")  # fmt: skip
    for line in describe_sources(llm, flag="a command-line flag"):
        echo(f"  {line}")
    echo("")
    card = load_card(llm.model)
    if card is None:
        echo(not_measured(llm.model))
        echo("Until then, --grader auto takes only the meaning items from the model (feeling "
             "named, distortion, imputed motive, legitimizing, defending).")  # fmt: skip
        return
    echo("\n".join(card_lines(card, base_url=url)))
