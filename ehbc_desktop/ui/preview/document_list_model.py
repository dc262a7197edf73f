"""The list of printable documents as a Qt item model; unavailable ones are greyed out."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ehbc_desktop.services.documents.document_catalog import DocumentChoice, Unavailable

ID_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex


def unavailable_text(why: Unavailable) -> str:
    """Why a document can not be made, for a tooltip."""
    texts = {
        Unavailable.NO_REPAIR_AGREEMENT: QCoreApplication.translate(
            "DocumentListModel", "This case has no repair agreement yet."),
        Unavailable.NO_CONVERSATION: QCoreApplication.translate(
            "DocumentListModel", "This case has no recorded conversation yet."),
        Unavailable.NOT_ADMIN: QCoreApplication.translate(
            "DocumentListModel", "Only an administrator can print this."),
    }
    return texts[why]


class DocumentListModel(QAbstractListModel):
    """One row per DocumentChoice, in the service's order."""

    def __init__(self, choices: Sequence[DocumentChoice], parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._choices = list(choices)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(self._choices)

    def choice(self, row: int) -> DocumentChoice:
        """The document on `row`."""
        return self._choices[row]

    def row_of(self, document_id: str) -> int:
        """The row of a document id, or -1."""
        return next((i for i, c in enumerate(self._choices) if c.id == document_id), -1)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._choices):
            return None
        choice = self._choices[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return choice.title
        if role == Qt.ItemDataRole.ToolTipRole and choice.unavailable is not None:
            return unavailable_text(choice.unavailable)
        if role == ID_ROLE:
            return choice.id
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._choices[index.row()].unavailable is not None:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
