"""Asks why a plaintext copy of evidence leaves the vault, warns, and offers to delete it later."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ehbc_desktop.services.evidence.evidence import ExportReason
from ehbc_desktop.ui.message_boxes import ask


class ExportToOpenDialog(QDialog):
    """The reason (a kind and a required text) for an unencrypted copy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export to open"))
        warning = QLabel(
            self.tr(
                "The copy is NOT encrypted. Anyone with access to the folder can read it. "
                "Only make it when it is really needed, keep it off shared folders and "
                "delete it as soon as it has served its purpose. The reason is kept in the "
                "vault."
            )
        )
        warning.setWordWrap(True)
        self.kind = QComboBox()
        for value, label in (
            (ExportReason.POLICE, self.tr("For the police")),
            (ExportReason.CLB, self.tr("For the CLB")),
            (ExportReason.LAWYER, self.tr("For a lawyer")),
            (ExportReason.PLATFORM_REPORT, self.tr("To report it to the platform")),
            (ExportReason.OTHER, self.tr("Other reason")),
        ):
            self.kind.addItem(label, value)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("Why is a copy needed, and for whom?"))
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.kind)
        form.addRow(self.tr("Explanation"), self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _accept_if_valid(self) -> None:
        if not self.reason.toPlainText().strip():
            self.reason.setFocus()
            return
        self.accept()

    def reason_kind(self) -> ExportReason:
        """The chosen kind of reason."""
        return ExportReason(self.kind.currentData())

    def reason_text(self) -> str:
        """The explanation typed."""
        return self.reason.toPlainText().strip()


def offer_to_delete_copy(parent: QWidget, path: Path) -> QMessageBox:
    """After the copy was used: offer to delete it now (the box returns at once)."""

    def delete() -> None:
        with contextlib.suppress(OSError):
            path.unlink()

    return ask(
        parent,
        QCoreApplication.translate("ExportToOpenDialog", "Delete the copy?"),
        QCoreApplication.translate("ExportToOpenDialog", "Done with the copy? Delete it now.")
        + "\n"
        + str(path),
        delete,
        object_name="deleteCopyBox",
    )
