"""A list of colleagues with a tick each: who may read a confidential case (you always may)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem


def add_colleagues(view: QListWidget, colleagues: Iterable[str], me: str) -> None:
    """One tickable row per colleague; `me` ticked and fixed (you keep access to your case)."""
    for name in colleagues:
        item = QListWidgetItem(name, view)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if name == me else Qt.CheckState.Unchecked)
        if name == me:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)


def ticked_colleagues(view: QListWidget) -> list[str]:
    """The ticked colleagues, in the list's order."""
    items = [view.item(row) for row in range(view.count())]
    return [item.text() for item in items if item.checkState() == Qt.CheckState.Checked]
