"""The validity-card part of `trainer settings` (trainer/cli/me.py): the configured model's
card in words and numbers, or the one command that measures it. What the Settings page shows."""

from __future__ import annotations

from trainer.cli.output import echo
from trainer.settings import LLMSettings, mask_userinfo


def echo_card(llm: LLMSettings | None) -> None:
    from trainer.evals.card_files import load_card
    from trainer.evals.card_words import card_lines, not_measured
    from trainer.grading.offline.grader import MODEL_NAME

    echo("")
    if llm is None:
        offline = load_card(MODEL_NAME)
        echo("\n".join(card_lines(offline)) if offline else
             f"{MODEL_NAME}: no validity card here — run: trainer eval run")  # fmt: skip
        echo("")
        return
    url = mask_userinfo(llm.base_url or "https://api.openai.com/v1")
    card = load_card(llm.model)
    if card is None:
        echo(not_measured(llm.model))
        echo("Until then, --grader auto takes only the meaning items from the model (feeling "
             "named, distortion, imputed motive, legitimizing, defending).")  # fmt: skip
    else:
        echo("\n".join(card_lines(card, base_url=url)))
    echo("")
