"""A dialog base that remembers its geometry and splitter states between runs."""

from __future__ import annotations

from PySide6.QtGui import QCloseEvent, QHideEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QSplitter, QWidget

from ehbc_desktop.ui.screen_fit import keep_on_screen
from ehbc_desktop.ui.settings import AppSettings


class GeometryDialog(QDialog):
    """A QDialog that restores its size and splitters on show and saves them on close."""

    def __init__(self, settings: AppSettings, state_key: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._settings = settings
        self._state_key = state_key
        self._restored = False

    def showEvent(self, event: QShowEvent) -> None:
        """Restore the saved geometry the first time the dialog shows."""
        if not self._restored:
            self._restored = True
            geometry = self._settings.window_state(f"{self._state_key}/geometry")
            if geometry is not None:
                self.restoreGeometry(geometry)
                keep_on_screen(self)  # remembered on a bigger screen than this one
            for splitter in self.findChildren(QSplitter):
                state = self._settings.window_state(f"{self._state_key}/{splitter.objectName()}")
                if state is not None:
                    splitter.restoreState(state)
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        """Save the geometry whenever the dialog goes away (accept, reject or close)."""
        self._save_state()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save the geometry on close as well."""
        self._save_state()
        super().closeEvent(event)

    def _save_state(self) -> None:
        self._settings.set_window_state(f"{self._state_key}/geometry", self.saveGeometry())
        for splitter in self.findChildren(QSplitter):
            if splitter.objectName():
                self._settings.set_window_state(
                    f"{self._state_key}/{splitter.objectName()}", splitter.saveState()
                )
