"""What the practice window needs from below, filled in by the composition root."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from ehbc_desktop.services.session import VaultSession
    from ehbc_desktop.ui.backend import Backend


class PracticeProvider(Protocol):
    """The practice vault beside the real one; every call except the first two on the worker."""

    def backend(self) -> Backend:
        """The backend of the practice vault's folder (for the practice window)."""

    def settings_file(self) -> Path:
        """The practice window's own settings file (never the real one's)."""

    def open(self, today: date) -> tuple[VaultSession, str]:
        """Open the practice vault (made on first use); the session and the practice case."""

    def reset(self, today: date) -> tuple[VaultSession, str]:
        """Throw the practice vault away and make a new one."""

    def fill_in_example(self, session: VaultSession, case_id: str, today: date) -> str | None:
        """Record a worked example for the case's current step; the step's value, or None."""

    def move_back(self, session: VaultSession, case_id: str) -> None:
        """Practice time: move the case a week back, as if a week had passed."""
