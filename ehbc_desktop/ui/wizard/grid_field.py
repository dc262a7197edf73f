"""The restorative question grid: every party answers every question, in any order."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ehbc_desktop.formspec import AnswerProblem, FieldSpec
from ehbc_desktop.ui.wizard.context import WizardContext
from ehbc_desktop.ui.wizard.field_base import FieldWidget, insert_in_tab_chain

_CELL_HEIGHT = 64
_EMPTY_CELL_STYLE = "QPlainTextEdit { background: #fff8e1; }"
_PROBLEM_CELL_STYLE = "QPlainTextEdit { background: #fff8e1; border: 2px solid #c62828; }"

#: A party of the grid: (party id kept in the answers, name shown).
Party = tuple[str, str]


class GridFieldWidget(FieldWidget):
    """A table with a row per question and a column per party; each cell is a text box."""

    def __init__(
        self, field: FieldSpec, lang: str, context: WizardContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(field, lang, context, parent)
        self._answers: dict[str, dict[str, str]] = {}
        self._parties: list[Party] = []
        self._cells: dict[tuple[str, str], QPlainTextEdit] = {}
        self._headers: dict[str, QLabel] = {}
        self._read_only = False
        self._show_marks = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.status = QLabel(self)
        self.status.setObjectName(f"field_{field.id}__status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.table = QWidget(self)
        self._grid = QGridLayout(self.table)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(8)
        layout.addWidget(self.table)

    def parties(self) -> list[Party]:
        """The parties shown, in column order."""
        return list(self._parties)

    def stored_party_ids(self) -> list[str]:
        """Every party id with answers kept, shown or not."""
        return list(self._answers)

    def set_parties(self, parties: list[Party]) -> None:
        """Show a column per party; answers of parties taken away are kept for their return."""
        if parties == self._parties:
            return
        self._store_cells()
        self._parties = list(parties)
        self._rebuild()

    def value(self) -> Any:
        """{party id: {question id: answer}} for every shown party; None when all are empty."""
        self._store_cells()
        shown = {pid: dict(self._answers.get(pid, {})) for pid, _name in self._parties}
        return shown if any(shown.values()) else None

    def set_value(self, value: Any) -> None:
        """Keep the answers of `value`; the owner sets the parties to show afterwards."""
        self._answers = {}
        if isinstance(value, dict):
            for party, answers in value.items():
                if isinstance(answers, dict):
                    self._answers[str(party)] = {
                        str(q): str(a) for q, a in answers.items() if str(a).strip()
                    }
        self._load_cells()

    def set_read_only(self, read_only: bool) -> None:
        """Answers can be read, not changed."""
        self._read_only = read_only
        for cell in self._cells.values():
            cell.setReadOnly(read_only)

    def focus_widget(self) -> QWidget:
        """The first empty box, row by row."""
        for cell in self._cells.values():
            if not cell.toPlainText().strip():
                return cell
        return next(iter(self._cells.values()), self)

    def show_problems(self, problems: tuple[AnswerProblem, ...]) -> None:
        """Frame the empty boxes in red while the grid is not complete."""
        self._show_marks = bool(problems)
        self._refresh_marks()

    def _rebuild(self) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        self._cells.clear()
        self._headers.clear()
        heading = self.tr("Question")
        question_header = QLabel(f"<b>{heading}</b>", self.table)
        self._grid.addWidget(question_header, 0, 0)
        for column, (party, _name) in enumerate(self._parties, start=1):
            header = QLabel(self.table)
            header.setWordWrap(True)
            self._headers[party] = header
            self._grid.addWidget(header, 0, column)
            self._grid.setColumnStretch(column, 3)
        self._grid.setColumnStretch(0, 2)
        controls: list[QWidget] = []
        for row, question in enumerate(self.field.options, start=1):
            label = QLabel(question.label.get(self.lang), self.table)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            self._grid.addWidget(label, row, 0)
            for column, (party, name) in enumerate(self._parties, start=1):
                cell = self._make_cell(party, name, question.id, question.label.get(self.lang))
                self._grid.addWidget(cell, row, column)
                controls.append(cell)
        insert_in_tab_chain(self.status, controls)
        self._load_cells()

    def _make_cell(self, party: str, name: str, question: str, text: str) -> QPlainTextEdit:
        cell = QPlainTextEdit(self.table)
        cell.setObjectName(f"field_{self.field.id}__{party}__{question}")
        cell.setTabChangesFocus(True)
        cell.setFixedHeight(_CELL_HEIGHT)
        cell.setPlaceholderText(self.tr("Not answered yet"))
        cell.setAccessibleName(f"{name}: {text}")
        cell.setReadOnly(self._read_only)
        cell.textChanged.connect(self._on_cell_text_changed)
        self._cells[(party, question)] = cell
        return cell

    def _load_cells(self) -> None:
        for (party, question), cell in self._cells.items():
            cell.blockSignals(True)
            cell.setPlainText(self._answers.get(party, {}).get(question, ""))
            cell.blockSignals(False)
        self._refresh_marks()

    def _next_up(self) -> str:
        """A hint which party to ask which question next, in the method's order."""
        found = _first_empty(self._cells)
        if found is None:
            return ""
        party, question_id = found
        name = dict(self._parties).get(party, party)
        option = self.field.option(question_id)
        question = option.label.get(self.lang) if option else question_id
        return self.tr("Next up: ask %1: “%2”").replace("%1", name).replace("%2", question)

    def _store_cells(self) -> None:
        for (party, question), cell in self._cells.items():
            answers = self._answers.setdefault(party, {})
            text = cell.toPlainText()
            if text.strip():
                answers[question] = text
            else:
                answers.pop(question, None)

    def _on_cell_text_changed(self) -> None:
        self._refresh_marks()
        self.sig_changed.emit()

    def _refresh_marks(self) -> None:
        total = len(self.field.options)
        empty = 0
        for party, name in self._parties:
            done = 0
            for question in self.field.options:
                cell = self._cells[(party, question.id)]
                filled = bool(cell.toPlainText().strip())
                done += filled
                if self._show_marks and not filled:
                    _set_style(cell, _PROBLEM_CELL_STYLE)
                else:
                    _set_style(cell, "" if filled else _EMPTY_CELL_STYLE)
            empty += total - done
            mark = "✓" if done == total else "…"
            counted = self.tr("%1 of %2 answered").replace("%1", str(done))
            _set_text(
                self._headers[party], f"<b>{name}</b><br>{mark} {counted.replace('%2', str(total))}"
            )
        if not self._parties:
            text = self.tr("Pick the parties first (who took part).")
        elif empty:
            text = (
                self.tr("Still empty: %1 of %2 answers (tinted yellow). Any order is fine.")
                .replace("%1", str(empty))
                .replace("%2", str(total * len(self._parties)))
            )
            text += " " + self._next_up()
        else:
            text = self.tr("✓ Every party answered every question.")
        _set_text(self.status, text)


def _first_empty(cells: dict[tuple[str, str], QPlainTextEdit]) -> tuple[str, str] | None:
    for key, cell in cells.items():  # question by question, each party in turn
        if not cell.toPlainText().strip():
            return key
    return None


def _set_style(widget: QWidget, style: str) -> None:
    # Called on every key press: restyling only on change keeps typing cheap.
    if widget.styleSheet() != style:
        widget.setStyleSheet(style)


def _set_text(label: QLabel, text: str) -> None:
    if label.text() != text:
        label.setText(text)
