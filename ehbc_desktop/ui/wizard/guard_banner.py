"""A notice above the questions: why the form can not go on, with a way past it if allowed."""

from __future__ import annotations

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


class GuardBanner(QFrame):
    """Shows the messages of a refusing rule; an overridable rule offers a reason box."""

    sig_override_given = Signal(str, str)
    """The teacher recorded a reason (rule name, reason) to go ahead anyway."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wizard_banner")
        self.setStyleSheet(
            "#wizard_banner { background: #fdecea; border: 1px solid #e57373; border-radius: 6px; }"
        )
        self._rule = ""
        layout = QVBoxLayout(self)
        self.text = QLabel(self)
        self.text.setObjectName("wizard_banner_text")
        self.text.setWordWrap(True)
        self.text.setAccessibleName(self.tr("Warning"))
        layout.addWidget(self.text)
        self.override_box = QWidget(self)
        override_layout = QHBoxLayout(self.override_box)
        override_layout.setContentsMargins(0, 0, 0, 0)
        self.reason = QLineEdit(self.override_box)
        self.reason.setObjectName("wizard_override_reason")
        self.reason.setPlaceholderText(self.tr("Reason to go ahead anyway (it is logged)"))
        self.reason.setAccessibleName(self.tr("Reason to go ahead anyway"))
        self.override_button = QPushButton(self.tr("Go ahead with this reason"), self.override_box)
        self.override_button.setObjectName("wizard_override_button")
        self.override_button.setEnabled(False)
        override_layout.addWidget(self.reason, 1)
        override_layout.addWidget(self.override_button)
        layout.addWidget(self.override_box)
        self.reason.textChanged.connect(self._on_reason_text_changed)
        self.override_button.clicked.connect(self._on_override_button_clicked)
        self.hide()

    def show_messages(self, messages: list[str], overridable_rule: str = "") -> None:
        """Show `messages`; with a rule name, also the box to record an override reason."""
        self._rule = overridable_rule
        lines = "".join(f"<p style='margin:2px'>⚠ {escape(m)}</p>" for m in messages)
        self.text.setText(lines)
        self.text.setAccessibleDescription(" ".join(messages))
        self.override_box.setVisible(bool(overridable_rule))
        self.show()

    def clear(self) -> None:
        """Hide the banner."""
        self._rule = ""
        self.reason.clear()
        self.hide()

    def _on_reason_text_changed(self, text: str) -> None:
        self.override_button.setEnabled(bool(text.strip()))

    def _on_override_button_clicked(self) -> None:
        reason = self.reason.text().strip()
        if reason and self._rule:
            self.sig_override_given.emit(self._rule, reason)
