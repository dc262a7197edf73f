"""Shows a picture or a text from memory; the bytes never touch the disk or the clipboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ehbc_desktop.domain.entities import EvidenceItem
from ehbc_desktop.ui.screen_fit import fit_to_screen


class EvidenceViewer(QDialog):
    """A read-only view of one piece of evidence held in memory."""

    def __init__(self, item: EvidenceItem, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(item.description)
        self.image_label: QLabel | None = None
        self.text_view: QPlainTextEdit | None = None
        layout = QVBoxLayout(self)
        image = QImage.fromData(data)
        if not image.isNull():
            self.image_label = QLabel()
            self.image_label.setPixmap(QPixmap.fromImage(image))
            self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            scroll = QScrollArea()
            scroll.setWidget(self.image_label)
            scroll.setWidgetResizable(True)
            layout.addWidget(scroll)
        elif (text := _as_text(data)) is not None:
            self.text_view = QPlainTextEdit(text)
            self.text_view.setReadOnly(True)
            # No copying out of the viewer: the clipboard is shared with every program.
            self.text_view.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
            self.text_view.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            layout.addWidget(self.text_view)
        else:
            note = QLabel(
                self.tr(
                    "This kind of file cannot be shown here. Use 'Export to open' to open a "
                    "copy with another program, and delete the copy afterwards."
                )
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        fingerprint = QLabel(self.tr("Fingerprint (SHA-256): %1").replace("%1", item.sha256))
        fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(fingerprint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, 800, 600)


def _as_text(data: bytes) -> str | None:
    if b"\x00" in data[:4096]:
        return None
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None
