"""The chain of custody of the selected evidence item: fingerprint, who added it, every event."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ehbc_desktop import vocabulary
from ehbc_desktop.domain.custody import CustodyEvent, CustodyEventKind, CustodyRecord
from ehbc_desktop.ui.labels import format_datetime
from ehbc_desktop.ui.noop import QT_TRANSLATE_NOOP
from ehbc_desktop.ui.table_model import Column, RowTableModel

_CONTEXT = "CustodyPanel"
_REASONS = {
    "police": QT_TRANSLATE_NOOP("CustodyPanel", "for the police"),
    "clb": QT_TRANSLATE_NOOP("CustodyPanel", "for the CLB"),
    "lawyer": QT_TRANSLATE_NOOP("CustodyPanel", "for a lawyer"),
    "platform_report": QT_TRANSLATE_NOOP("CustodyPanel", "to report it to the platform"),
    "other": QT_TRANSLATE_NOOP("CustodyPanel", "other reason"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def moment_text(event: CustodyEvent) -> str:
    """Day and local time of an event."""
    return format_datetime(event.at)


def event_text(event: CustodyEvent) -> str:
    """What happened, in the interface's words."""
    if event.kind is CustodyEventKind.EXPORTED:
        why = _tr(_REASONS.get(event.reason_kind, _REASONS["other"]))
        if event.reason:
            why = f"{why}: {event.reason}"
        text = QCoreApplication.translate(
            "CustodyPanel", "copied out of the vault unencrypted (%1)"
        )
        return text.replace("%1", why)
    if event.kind is CustodyEventKind.VERIFIED:
        return (
            QCoreApplication.translate("CustodyPanel", "checked: unchanged")
            if event.ok
            else QCoreApplication.translate("CustodyPanel", "checked: CHANGED OR DAMAGED")
        )
    return vocabulary.label(event.kind)


class CustodyTableModel(RowTableModel[CustodyEvent]):
    """The events of one item's chain: when, who, what."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column(lambda: QCoreApplication.translate("CustodyPanel", "When"), moment_text),
                Column(lambda: QCoreApplication.translate("CustodyPanel", "Who"), lambda e: e.user),
                Column(lambda: QCoreApplication.translate("CustodyPanel", "What"), event_text),
            ],
            parent,
        )


class CustodyPanel(QWidget):
    """Shows the chain of one item; "Print…" asks its owner for the one-page record."""

    sig_print_requested = Signal(str)
    """The user wants the printable chain of custody of this evidence item (its id)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("custodyPanel")
        self.record: CustodyRecord | None = None
        self.title = QLabel(self.tr("<b>Chain of custody</b>"), self)
        self.empty = QLabel(self.tr("Pick an item to see who added it and everything that "
                                    "happened to it since."), self)  # fmt: skip
        self.empty.setWordWrap(True)
        self.description = QLabel(self)
        self.fingerprint = QLabel(self)
        self.fingerprint.setObjectName("custodyFingerprint")
        self.fingerprint.setWordWrap(True)
        self.fingerprint.setStyleSheet("font-family: monospace;")
        self.added = QLabel(self)
        self.added.setObjectName("custodyAdded")
        self.counts = QLabel(self)
        self.counts.setObjectName("custodyCounts")
        for label in (self.description, self.added, self.counts):
            label.setWordWrap(True)
        self.model = CustodyTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("custodyTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Chain of custody"))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.print_button = QPushButton(self.tr("&Print the chain of custody…"), self)
        self.print_button.setObjectName("custodyPrintButton")
        self.print_button.clicked.connect(self._on_print_button_clicked)
        facts = QFormLayout()
        facts.addRow(self.tr("Item"), self.description)
        facts.addRow(self.tr("Check code (SHA-256)"), self.fingerprint)
        facts.addRow(self.tr("Added by"), self.added)
        facts.addRow(self.tr("In the log"), self.counts)
        self._facts = QWidget(self)
        self._facts.setLayout(facts)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.empty)
        layout.addWidget(self._facts)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.print_button)
        self.set_record(None)

    def set_record(self, record: CustodyRecord | None) -> None:
        """Show `record` (None: nothing picked)."""
        self.record = record
        shown = record is not None
        self.empty.setVisible(not shown)
        for widget in (self._facts, self.table, self.print_button):
            widget.setVisible(shown)
        if record is None:
            self.model.set_rows([])
            return
        item = record.item
        self.description.setText(item.description)
        self.fingerprint.setText(
            item.sha256 or self.tr("none: the file never entered the vault")
        )
        added = record.added
        self.added.setText(f"{added.user} · {moment_text(added)}" if added else "?")
        self.counts.setText(
            self.tr("viewed %1 times · copied out %2 times · checked %3 times")
            .replace("%1", str(record.count(CustodyEventKind.VIEWED)))
            .replace("%2", str(record.count(CustodyEventKind.EXPORTED)))
            .replace("%3", str(record.count(CustodyEventKind.VERIFIED)))
        )  # fmt: skip
        self.model.set_rows(record.events)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()

    def _on_print_button_clicked(self) -> None:
        if self.record is not None:
            self.sig_print_requested.emit(self.record.item.id)

