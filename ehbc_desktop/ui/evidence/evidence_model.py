"""The list model of a case's evidence: description, icon (an in-memory thumbnail), tooltip."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

from ehbc_desktop.domain.entities import EvidenceItem

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
THUMBNAIL_SIZE = 128

Index = QModelIndex | QPersistentModelIndex


def make_thumbnail(data: bytes) -> QImage | None:
    """A scaled copy of an image held in memory (safe on a worker thread); None if no image."""
    image = QImage.fromData(data)
    if image.isNull():
        return None
    return image.scaled(
        THUMBNAIL_SIZE,
        THUMBNAIL_SIZE,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )


def is_image(item: EvidenceItem) -> bool:
    """True for evidence whose type says it is a picture."""
    return item.media_type.startswith("image/") and not item.not_imported_sexual_content


def is_text(item: EvidenceItem) -> bool:
    """True for evidence that can be shown as plain text."""
    return item.media_type.startswith("text/") or item.media_type in (
        "application/json",
        "message/rfc822",
    )


class EvidenceListModel(QAbstractListModel):
    """Evidence items with thumbnails kept in memory only (never written to disk)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[EvidenceItem] = []
        self._icons: dict[str, QIcon] = {}

    def set_items(self, items: list[EvidenceItem]) -> None:
        """Replace the list (thumbnails of items still present are kept)."""
        self.beginResetModel()
        self._items = list(items)
        keep = {item.id for item in items}
        self._icons = {k: v for k, v in self._icons.items() if k in keep}
        self.endResetModel()

    def set_thumbnail(self, item_id: str, image: QImage) -> None:
        """Show ``image`` as the item's icon."""
        self._icons[item_id] = QIcon(QPixmap.fromImage(image))
        for row, item in enumerate(self._items):
            if item.id == item_id:
                index = self.index(row)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def has_thumbnail(self, item_id: str) -> bool:
        """True when a thumbnail is shown for the item."""
        return item_id in self._icons

    def items(self) -> list[EvidenceItem]:
        """The items, in order."""
        return list(self._items)

    def item_at(self, row: int) -> EvidenceItem:
        """The item in ``row``."""
        return self._items[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Number of items."""
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Description, icon, tooltip or the item itself."""
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item.description
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icons.get(item.id) or self._standard_icon(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [item.original_name, item.platform, item.provided_by, f"SHA-256 {item.sha256}"]
            return "\n".join(p for p in parts if p)
        if role == ITEM_ROLE:
            return item
        return None

    @staticmethod
    def _standard_icon(item: EvidenceItem) -> QIcon:
        style = QApplication.style()
        if item.not_imported_sexual_content:
            return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return style.standardIcon(QStyle.StandardPixmap.SP_FileIcon)
