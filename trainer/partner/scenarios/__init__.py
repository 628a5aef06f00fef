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
    HIJACK_KINDS,
    THEMES,
    TRAPS,
    Difficulty,
    HijackedLines,
    HijackKind,
    PartnerLines,
    Scenario,
    ScenarioLines,
    Theme,
    Trap,
)

__all__ = [
    "DIFFICULTIES",
    "HIJACK_KINDS",
    "THEMES",
    "TRAPS",
    "Bank",
    "Difficulty",
    "HijackKind",
    "HijackedLines",
    "NoMatchingScenario",
    "PartnerLines",
    "Scenario",
    "ScenarioBankError",
    "ScenarioLines",
    "Theme",
    "Trap",
    "UnknownScenario",
    "choose",
    "load_bank",
    "load_files",
]
