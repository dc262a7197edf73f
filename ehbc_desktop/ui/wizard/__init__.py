"""The generic form wizard: renders any form definition of forms/*.toml."""

from __future__ import annotations

from ehbc_desktop.ui.wizard.context import (
    OVERRIDES_KEY,
    START_RULES,
    Guard,
    ParticipantOption,
    WizardContext,
)
from ehbc_desktop.ui.wizard.wizard import FormWizard

__all__ = [
    "OVERRIDES_KEY",
    "START_RULES",
    "FormWizard",
    "Guard",
    "ParticipantOption",
    "WizardContext",
]
