"""Offline scenario bank: partner statements with hidden truths and scripted partner replies."""

from trainer.partner.scenarios.bank import (
    Bank,
    NoMatchingScenario,
    ScenarioBankError,
    UnknownScenario,
    choose,
    load_bank,
    load_files,
)
from trainer.partner.scenarios.models import (
    DIFFICULTIES,
    THEMES,
    TRAPS,
    Difficulty,
    PartnerLines,
    Scenario,
    Theme,
    Trap,
)

__all__ = [
    "DIFFICULTIES",
    "THEMES",
    "TRAPS",
    "Bank",
    "Difficulty",
    "NoMatchingScenario",
    "PartnerLines",
    "Scenario",
    "ScenarioBankError",
    "Theme",
    "Trap",
    "UnknownScenario",
    "choose",
    "load_bank",
    "load_files",
]
