"""Field widgets made of rows: agreements (who / what / by when) and support figures."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ehbc_desktop.formspec import AnswerProblem, FieldSpec, FieldType
from ehbc_desktop.ui.wizard.context import WizardContext
from ehbc_desktop.ui.wizard.field_base import (
    FieldWidget,
    OptionalDateEdit,
    focusable_before,
    insert_in_tab_chain,
    mark_problem,
)

_STRETCH = {"who": 2, "what": 4, "by": 0, "name": 3, "role": 3}
_WHO_WIDTH = 120


class _Row:
    """The boxes of one row and its Remove button (they sit in the table's grid)."""

    def __init__(self, owner: RowsFieldWidget) -> None:
        self.cells: dict[str, QWidget] = {}
        for key, _header in owner.columns():
            self.cells[key] = owner.make_cell(key, owner.rows_box)
        self.remove_button = QPushButton("✕", owner.rows_box)
        self.remove_button.setFixedWidth(32)

    def widgets(self) -> list[QWidget]:
        """The row's widgets in column order."""
        return [*self.cells.values(), self.remove_button]

    def controls(self) -> list[QWidget]:
        """The focusable parts in Tab order."""
        widgets: list[QWidget] = []
        for cell in self.cells.values():
            if isinstance(cell, OptionalDateEdit):
                widgets += [cell.edit, cell.today_button]
            else:
                widgets.append(cell)
        return [*widgets, self.remove_button]


class RowsFieldWidget(FieldWidget):
    """A table the teacher grows row by row; every cell of a started row is required."""

    def __init__(
        self, field: FieldSpec, lang: str, context: WizardContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(field, lang, context, parent)
        self._rows: list[_Row] = []
        self._read_only = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.rows_box = QWidget(self)
        self._grid = QGridLayout(self.rows_box)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setVerticalSpacing(4)
        self.header = QLabel(f"<b>{self.columns()[0][1]}</b>", self.rows_box)
        self._grid.addWidget(self.header, 0, 0)
        for column, (key, text) in enumerate(self.columns()):
            if column:
                self._grid.addWidget(QLabel(f"<b>{text}</b>", self.rows_box), 0, column)
            self._grid.setColumnStretch(column, _STRETCH[key])
        layout.addWidget(self.rows_box)
        self.add_button = QPushButton(self._add_text(), self)
        self.add_button.setObjectName(f"field_{field.id}__add")
        add_line = QHBoxLayout()
        add_line.addWidget(self.add_button)
        add_line.addStretch(1)
        layout.addLayout(add_line)
        self.add_button.clicked.connect(self._on_add_button_clicked)

    def columns(self) -> list[tuple[str, str]]:
        """(cell key, column header) in screen order."""
        if self.field.type is FieldType.AGREEMENTS:
            return [
                ("who", self.tr("Who")),
                ("what", self.tr("Does what")),
                ("by", self.tr("By when")),
            ]
        return [("name", self.tr("Name")), ("role", self.tr("Who they are for the pupil"))]

    def _add_text(self) -> str:
        if self.field.type is FieldType.AGREEMENTS:
            return self.tr("+ Add an agreement")
        return self.tr("+ Add a support figure")

    def make_cell(self, key: str, parent: QWidget) -> QWidget:
        """A fresh editor for one cell."""
        if key == "by":
            cell = OptionalDateEdit(self.context.today, compact=True, parent=parent)
            cell.sig_changed.connect(self._on_cell_changed)
            return cell
        if key == "who":
            combo = QComboBox(parent)
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.setMinimumWidth(_WHO_WIDTH)
            combo.addItems(["", *(p.name for p in self.context.participants)])
            line = combo.lineEdit()
            assert line is not None  # an editable combo box always has one
            line.setPlaceholderText(self.tr("Name, or pick"))
            line.textChanged.connect(self._on_cell_changed)
            return combo
        edit = QLineEdit(parent)
        edit.textChanged.connect(self._on_cell_changed)
        return edit

    def add_row(self, row: dict[str, Any] | None = None) -> _Row:
        """Append a row (filled from `row`), keep the Tab order, and return it."""
        # The first row goes right before the Add button (an anchor must take the focus).
        anchor = self._rows[-1].controls()[-1] if self._rows else focusable_before(self.add_button)
        widget = _Row(self)
        self._name_row(widget, len(self._rows))
        for key, cell in widget.cells.items():
            self._set_cell(cell, (row or {}).get(key))
        widget.remove_button.clicked.connect(lambda: self._remove_row(widget))
        self._rows.append(widget)
        for column, part in enumerate(widget.widgets()):
            self._grid.addWidget(part, len(self._rows), column)
        if anchor is not None:
            insert_in_tab_chain(anchor, widget.controls())
        self._apply_read_only(widget)
        return widget

    def value(self) -> Any:
        """The rows with anything in them, as dicts; None when there are none."""
        rows = []
        for row in self._rows:
            content = {key: self._cell_text(cell) for key, cell in row.cells.items()}
            if any(text.strip() for text in content.values()):
                rows.append(content)
        return rows or None

    def set_value(self, value: Any) -> None:
        """Show the rows of `value`; an empty table starts with one blank row to type in."""
        for old in list(self._rows):
            self._drop(old)
        rows = [row for row in (value or []) if isinstance(row, dict)]
        for row in rows:
            self.add_row(row)
        if not rows and not self._read_only:
            self.add_row()

    def set_read_only(self, read_only: bool) -> None:
        """Show the rows without Add and Remove."""
        self._read_only = read_only
        self.add_button.setVisible(not read_only)
        if read_only:  # a blank row to type in means nothing to a reader
            for row in list(self._rows):
                if not any(self._cell_text(cell).strip() for cell in row.cells.values()):
                    self._drop(row)
        elif not self._rows:
            self.add_row()
        for row in self._rows:
            self._apply_read_only(row)

    def focus_widget(self) -> QWidget:
        """The first empty cell of a started row, else the first cell."""
        for row in self._rows:
            for cell in row.cells.values():
                if not self._cell_text(cell).strip():
                    return cell.edit if isinstance(cell, OptionalDateEdit) else cell
        return self._rows[0].controls()[0] if self._rows else self.add_button

    def show_problems(self, problems: tuple[AnswerProblem, ...]) -> None:
        """Frame the empty cells of every started row."""
        for row in self._rows:
            texts = [self._cell_text(cell) for cell in row.cells.values()]
            started = any(t.strip() for t in texts)
            for cell, text in zip(row.cells.values(), texts, strict=True):
                mark_problem(cell, bool(problems) and started and not text.strip())

    def _on_add_button_clicked(self) -> None:
        row = self.add_row()
        row.controls()[0].setFocus()

    def _on_cell_changed(self, *_args: object) -> None:
        self.sig_changed.emit()

    def _remove_row(self, row: _Row) -> None:
        self._drop(row)
        self.sig_changed.emit()
        (self._rows[-1].controls()[0] if self._rows else self.add_button).setFocus()

    def _drop(self, row: _Row) -> None:
        self._rows.remove(row)
        for part in row.widgets():
            self._grid.removeWidget(part)
            part.hide()
            part.deleteLater()
        for number, rest in enumerate(self._rows, start=1):  # close the gap in the grid
            self._name_row(rest, number - 1)
            for column, part in enumerate(rest.widgets()):
                self._grid.removeWidget(part)
                self._grid.addWidget(part, number, column)

    def _name_row(self, row: _Row, index: int) -> None:
        """Object and accessible names that follow the row's place in the table."""
        prefix = f"field_{self.field.id}__{index}"
        for (key, header), cell in zip(self.columns(), row.cells.values(), strict=True):
            cell.setObjectName(f"{prefix}_{key}")
            cell.setAccessibleName(f"{header} ({index + 1})")
            if isinstance(cell, OptionalDateEdit):
                cell.today_button.setObjectName(f"{prefix}_{key}_today")
                cell.edit.setAccessibleName(f"{header} ({index + 1})")
        row.remove_button.setObjectName(f"{prefix}_remove")
        row.remove_button.setToolTip(self.tr("Remove this row"))
        row.remove_button.setAccessibleName(self.tr("Remove row %1").replace("%1", str(index + 1)))

    def _apply_read_only(self, row: _Row) -> None:
        row.remove_button.setVisible(not self._read_only)
        for cell in row.cells.values():
            if isinstance(cell, OptionalDateEdit):
                cell.set_read_only(self._read_only)
            elif isinstance(cell, QComboBox):
                cell.setEnabled(not self._read_only)
            elif isinstance(cell, QLineEdit):
                cell.setReadOnly(self._read_only)

    @staticmethod
    def _cell_text(cell: QWidget) -> str:
        if isinstance(cell, OptionalDateEdit):
            return cell.iso()
        if isinstance(cell, QComboBox):
            return cell.currentText()
        return cell.text() if isinstance(cell, QLineEdit) else ""

    @staticmethod
    def _set_cell(cell: QWidget, value: Any) -> None:
        text = "" if value is None else str(value)
        cell.blockSignals(True)
        if isinstance(cell, OptionalDateEdit):
            cell.set_date(value if isinstance(value, date) else None)
        elif isinstance(cell, QComboBox):
            line = cell.lineEdit()
            if line is not None:
                line.blockSignals(True)
            cell.setEditText(text)
            if line is not None:
                line.blockSignals(False)
        elif isinstance(cell, QLineEdit):
            cell.setText(text)
        cell.blockSignals(False)
