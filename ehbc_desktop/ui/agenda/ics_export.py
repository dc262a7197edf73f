"""Exporting agenda lines as an .ics file: warn first, then ask where, then write in background."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ehbc_desktop.ui import file_dialogs
from ehbc_desktop.ui.background import BackgroundRunner
from ehbc_desktop.ui.followup.texts import step_words

if TYPE_CHECKING:
    from ehbc_desktop.services.followup.followups import FollowUpService
    from ehbc_desktop.store.agenda import AgendaRow


def step_labels(rows: Sequence[AgendaRow]) -> dict[str, str]:
    """Translated words for the step codes of the rows (codes only: never a row's own text)."""
    from ehbc_desktop.services.followup.followups import safe_step

    labels: dict[str, str] = {}
    for row in rows:
        code = safe_step(row)
        labels[code] = step_words(code, row.kind)
    return labels


class IcsExportFlow(QObject):
    """Warning, file dialog, export. Both dialogs are children of `parent` (found by name)."""

    def __init__(
        self,
        parent: QWidget,
        followups: FollowUpService,
        runner: BackgroundRunner,
        on_done: Callable[[int], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._followups = followups
        self._runner = runner
        self._on_done = on_done
        self._on_error = on_error
        self._rows: list[AgendaRow] = []

    def start(self, rows: Sequence[AgendaRow]) -> None:
        """Show the warning about what leaves the vault; continue on "Export"."""
        self._rows = list(rows)
        box = QMessageBox(self._parent)
        box.setObjectName("icsWarning")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Export to a calendar file"))
        box.setText(
            self.tr("%n line(s) will be written to a calendar file (.ics).", "", len(self._rows))
        )
        box.setInformativeText(
            self.tr("The file holds only the case reference, the date and the step, never the name "
               "of a pupil. It is not protected: it leaves the vault, so keep it on a school "
               "computer or calendar only.")
        )  # fmt: skip
        export = box.addButton(self.tr("Export"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(export)

        def on_finished(_result: int) -> None:
            box.deleteLater()
            if box.clickedButton() is export:
                self._ask_path()

        box.finished.connect(on_finished)
        box.open()

    def _ask_path(self) -> None:
        dialog = file_dialogs.make_dialog(
            self._parent, self.tr("Save the calendar file"), QFileDialog.FileMode.AnyFile,
            save=True, object_name="icsFileDialog",
        )
        dialog.setNameFilter(self.tr("Calendar files (*.ics)"))
        dialog.setDefaultSuffix("ics")
        dialog.selectFile("ehbc-agenda.ics")
        dialog.fileSelected.connect(self._export)
        dialog.finished.connect(lambda _code: file_dialogs.forget(dialog))
        dialog.open()

    def _export(self, path: str) -> None:
        rows, followups = list(self._rows), self._followups
        labels = step_labels(rows)
        self._runner.run_in_background(
            # The save dialog asked before an existing file could be chosen.
            lambda: followups.export_ics(rows, Path(path), labels, overwrite=True),
            self._on_done,
            self._on_error,
            owner=self._parent,
        )
