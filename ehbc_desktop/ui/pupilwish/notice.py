"""A notice with every pupil's standing wish about the parents, shown beside parent actions."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ehbc_desktop.services.rights.pupil_wish import PupilWishStatus
from ehbc_desktop.ui.pupilwish.texts import wish_line


class ParentWishNotice(QFrame):
    """The wishes of the case's pupils; with `with_override`, a reason field to go ahead anyway.

    Hidden while no pupil of the case has a recorded wish.
    """

    sig_override_given = Signal(list, str)
    """The user gave a reason to involve the parents of these pupils (participant ids) anyway."""

    def __init__(self, with_override: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("parent_wish_notice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._blocked: list[str] = []
        layout = QVBoxLayout(self)
        self.text = QLabel(self)
        self.text.setObjectName("parent_wish_text")
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        self.override_row = QWidget(self)
        row = QHBoxLayout(self.override_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.reason = QLineEdit(self.override_row)
        self.reason.setObjectName("parent_wish_reason")
        self.reason.setPlaceholderText(
            self.tr("Only for a serious reason, such as the duty to report: write it down"))
        self.reason.setAccessibleName(self.tr("Reason to involve the parents anyway"))
        self.override_button = QPushButton(self.tr("Involve the parents &anyway"), self)
        self.override_button.setObjectName("parent_wish_override")
        self.override_button.setEnabled(False)
        self.reason.textChanged.connect(
            lambda text: self.override_button.setEnabled(bool(text.strip())))
        self.override_button.clicked.connect(self._on_override_button_clicked)
        row.addWidget(self.reason, 1)
        row.addWidget(self.override_button)
        layout.addWidget(self.override_row)
        self._with_override = with_override
        self.override_row.hide()
        self.hide()

    def set_statuses(self, statuses: Sequence[PupilWishStatus]) -> None:
        """Show the pupils that have a recorded wish; offer the override while one blocks."""
        shown = [s for s in statuses if s.latest is not None]
        self._blocked = [s.participant_id for s in shown if s.verdict.blocked]
        self.text.setText("".join(f"<p>{escape(wish_line(s))}</p>" for s in shown))
        colour = "#fdecea" if self._blocked else "#eef5fb"
        self.setStyleSheet(f"#parent_wish_notice {{ background: {colour}; }}")
        self.override_row.setVisible(self._with_override and bool(self._blocked))
        self.setVisible(bool(shown))

    def blocked_pupils(self) -> list[str]:
        """The participant ids of the pupils whose wish blocks parent actions now."""
        return list(self._blocked)

    def _on_override_button_clicked(self) -> None:
        reason = self.reason.text().strip()
        if reason and self._blocked:
            self.override_button.setEnabled(False)
            self.sig_override_given.emit(list(self._blocked), reason)
            self.reason.clear()
