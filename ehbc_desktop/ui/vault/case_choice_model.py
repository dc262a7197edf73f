"""The checkable list of cases of the archive export: a model, so 10,000 cases cost no widgets."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

AnyIndex = QModelIndex | QPersistentModelIndex
CASE_ID_ROLE = Qt.ItemDataRole.UserRole


class CaseChoiceModel(QAbstractListModel):
    """(case id, label) rows with a check box each; only the checked ids are kept as a set."""

    def __init__(
        self, cases: Sequence[tuple[str, str]], checked: Iterable[str] = (), parent: Any = None
    ) -> None:
        super().__init__(parent)
        self._rows = list(cases)
        self._checked = set(checked) & {case_id for case_id, _label in self._rows}

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of cases (a flat list has no children)."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The label, the check state and the case id."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        case_id, label = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return label
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if case_id in self._checked else Qt.CheckState.Unchecked
        if role == CASE_ID_ROLE:
            return case_id
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Every row can be checked."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemIsUserCheckable  # fmt: skip

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Check or uncheck a case."""
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        case_id = self._rows[index.row()][0]
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._checked.add(case_id)
        else:
            self._checked.discard(case_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def checked_ids(self) -> list[str]:
        """The ids of the checked cases, in list order."""
        return [case_id for case_id, _label in self._rows if case_id in self._checked]
