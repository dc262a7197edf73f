"""Builds the wizard's screen: steps on the left, questions in the middle, tips on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ehbc_desktop.formspec import FormSpec
from ehbc_desktop.ui.screen_fit import scrolling
from ehbc_desktop.ui.wizard.context import WizardContext
from ehbc_desktop.ui.wizard.guard_banner import GuardBanner
from ehbc_desktop.ui.wizard.page_view import PageView
from ehbc_desktop.ui.wizard.side_panels import GuidancePanel, StepListWidget
from ehbc_desktop.ui.wizard.texts import approach_text

_SIDE_WIDTH = 210
_TIPS_WIDTH = 280


class WizardView(QWidget):
    """The widgets of a form wizard; `FormWizard` gives them behaviour."""

    def __init__(
        self, spec: FormSpec, lang: str, context: WizardContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.steps = StepListWidget([page.title.get(lang) for page in spec.pages], self)
        self.steps.setMinimumWidth(_SIDE_WIDTH * 3 // 4)  # side panels give way on small screens
        self.steps.setMaximumWidth(_SIDE_WIDTH)
        center = self._build_center(spec, lang, context)
        self.guidance = GuidancePanel(lang, spec.intro, self)
        self.guidance.setMinimumWidth(_TIPS_WIDTH * 3 // 4)
        self.guidance.setMaximumWidth(_TIPS_WIDTH)
        self._compact = False
        self._tips_area: QScrollArea | None = None
        self._left = QVBoxLayout()
        self._left.addWidget(self.steps, 1)
        self._content = QHBoxLayout()
        self._content.addLayout(self._left)
        self._content.addWidget(center, 1)
        self._content.addWidget(self.guidance)
        outer = QVBoxLayout(self)
        outer.addLayout(self._content, 1)
        self._bar = self._build_buttons()
        outer.addWidget(self._bar)

    def is_compact(self) -> bool:
        """Whether the tips sit under the steps and the buttons take two rows."""
        return self._compact

    def set_compact(self, compact: bool) -> None:
        """Narrow screens: the tips go under the list of steps (scrolling when long) and the
        buttons take two rows, so the wizard needs about 200 px less width."""
        if compact == self._compact:
            return
        self._compact = compact
        if compact:
            self._content.removeWidget(self.guidance)
            self.guidance.setMinimumWidth(0)
            self.guidance.setMaximumWidth(_SIDE_WIDTH)
            self._tips_area = scrolling(self.guidance)
            self._tips_area.setMaximumWidth(_SIDE_WIDTH)
            self._left.addWidget(self._tips_area, 1)
            self._tips_area.show()  # at once, also when the wizard is on screen already
        elif self._tips_area is not None:
            self._left.removeWidget(self._tips_area)
            self._tips_area.takeWidget()
            self._tips_area.deleteLater()
            self._tips_area = None
            self.guidance.setMinimumWidth(_TIPS_WIDTH * 3 // 4)
            self.guidance.setMaximumWidth(_TIPS_WIDTH)
            self._content.addWidget(self.guidance)
        self.guidance.show()
        self._button_rows.setDirection(
            QBoxLayout.Direction.TopToBottom if compact else QBoxLayout.Direction.LeftToRight
        )
        for widget in (self._bar, self):  # at once, not when Qt's next layout request comes
            layout = widget.layout()
            if layout is not None:
                layout.activate()
            widget.updateGeometry()  # the layouts around ask for the new minimum size

    def _build_center(self, spec: FormSpec, lang: str, context: WizardContext) -> QWidget:
        center = QWidget(self)
        layout = QVBoxLayout(center)
        layout.setContentsMargins(12, 0, 12, 0)
        self.form_title = QLabel(spec.title.get(lang), center)
        self.form_title.setTextFormat(Qt.TextFormat.PlainText)
        self.form_title.setObjectName("wizard_form_title")
        self.form_title.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(self.form_title)
        self.page_title = QLabel(center)
        self.page_title.setTextFormat(Qt.TextFormat.PlainText)
        self.page_title.setObjectName("wizard_page_title")
        self.page_title.setWordWrap(True)
        self.page_title.setStyleSheet("font-size: 18pt; font-weight: bold;")
        layout.addWidget(self.page_title)
        self.step_counter = QLabel(center)
        self.step_counter.setObjectName("wizard_step_counter")
        self.step_counter.setWordWrap(True)
        self.step_counter.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(self.step_counter)
        self.page_notice = QLabel(center)
        self.page_notice.setObjectName("wizard_page_notice")
        self.page_notice.setWordWrap(True)
        self.page_notice.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.page_notice.hide()
        layout.addWidget(self.page_notice)
        self.approach = QLabel(center)
        self.approach.setObjectName("wizard_approach")
        self.approach.setStyleSheet(
            "background: #fff3e0; border: 1px solid #ffb74d; border-radius: 4px; padding: 4px;"
        )
        self.approach.setVisible(context.current_approach is not None)
        if context.current_approach is not None:
            self.approach.setText(
                self.tr("Approach chosen at the choice moment: %1").replace(
                    "%1", approach_text(context.current_approach)
                )
            )
        layout.addWidget(self.approach)
        self.banner = GuardBanner(center)
        layout.addWidget(self.banner)
        line = QFrame(center)
        line.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(line)
        self.stack = QStackedWidget(center)
        self.pages: list[PageView] = []
        for page in spec.pages:
            view = PageView(spec, page, lang, context, self.stack)
            self.pages.append(view)
            self.stack.addWidget(view)
        layout.addWidget(self.stack, 1)
        return center

    def _build_buttons(self) -> QWidget:
        bar = QFrame(self)
        bar.setFrameShape(QFrame.Shape.NoFrame)
        column = QVBoxLayout(bar)
        column.setContentsMargins(0, 6, 0, 0)
        self.status = QLabel(bar)
        self.status.setObjectName("wizard_status")
        self.status.setWordWrap(True)
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        column.addWidget(self.status)
        self._button_rows = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        column.addLayout(self._button_rows)
        layout = QHBoxLayout()
        self._button_rows.addLayout(layout, 1)
        self.save_button = QPushButton(self.tr("Save and close &later"), bar)
        self.save_button.setObjectName("wizard_save")
        self.save_button.setToolTip(
            self.tr("Keeps what you filled in; you can go on with it later.")
        )
        layout.addWidget(self.save_button)
        layout.addStretch(1)
        self.missing_button = QPushButton(self.tr("Show what is &missing"), bar)
        self.missing_button.setObjectName("wizard_show_missing")
        layout.addWidget(self.missing_button)
        layout = QHBoxLayout()
        layout.addStretch(1)
        self._button_rows.addLayout(layout)
        self.back_button = QPushButton(self.tr("< &Back"), bar)
        self.back_button.setObjectName("wizard_back")
        self.next_button = QPushButton(self.tr("&Next >"), bar)
        self.next_button.setObjectName("wizard_next")
        self.next_button.setToolTip(self.tr("Next page (Alt+N or Ctrl+Enter)"))
        self.finish_button = QPushButton(self.tr("&Finish"), bar)
        self.finish_button.setObjectName("wizard_finish")
        for button in (self.back_button, self.next_button, self.finish_button):
            button.setMinimumWidth(110)
            layout.addWidget(button)
        return bar
