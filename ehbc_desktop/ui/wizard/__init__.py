"""The generic form wizard: renders any form definition of forms/*.toml.

wizard = FormWizard(spec, "nl", draft_or_empty, WizardContext(participants=..., guard=...))
wizard.sig_draft_changed.connect(save_draft)      # debounced; also on close
wizard.sig_finished.connect(record_conversation)  # every page valid, the guard agreed
wizard.sig_cancelled.connect(close_tab)           # after "Save and close later"
"""

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
