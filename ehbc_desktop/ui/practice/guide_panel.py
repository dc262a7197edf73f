"""The practice guide's widgets: where you are in the walk-through and what to do next."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ehbc_desktop.ui.practice.guide_texts import DONE, INTRO, REPORT, WALK, GuideTexts

PRACTICE_COLOUR = "#c2570c"


class PracticeGuideView(QWidget):
    """Shows one step of the walk-through; the controller wires the buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practiceGuide")
        self._texts = GuideTexts(self)
        self.step = INTRO
        banner = QLabel(self.tr("PRACTICE — invented school, no real pupils"))
        banner.setObjectName("practiceBanner")
        banner.setWordWrap(True)
        banner.setStyleSheet(f"background: {PRACTICE_COLOUR}; color: white; font-weight: bold; "
                             "padding: 8px; border-radius: 4px;")  # fmt: skip
        self.position = 0  # how far along WALK the guide is
        self.progress_label = QLabel()
        self.progress_label.setObjectName("hintLabel")
        self.progress_label.setAccessibleName(self.tr("Progress through the practice case"))
        self.title_label = QLabel()
        self.title_label.setObjectName("sectionTitle")
        self.title_label.setWordWrap(True)
        self.method_label = QLabel()
        self.method_label.setWordWrap(True)
        self.where_label = QLabel()
        self.where_label.setObjectName("hintLabel")
        self.where_label.setWordWrap(True)
        self.message_label = QLabel()
        self.message_label.setObjectName("errorLabel")
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self.next_button = QPushButton()
        self.show_button = QPushButton(self.tr("&Show me where"))
        self.example_button = QPushButton(self.tr("&Fill it in for me (example)"))
        self.week_button = QPushButton(self.tr("A &week later"))
        self.week_button.setToolTip(self.tr("Practice only: the case moves a week back in time, "
                                             "as if a week had passed"))  # fmt: skip
        self.reset_button = QPushButton(self.tr("Start &over (clears the practice case)"))
        layout = QVBoxLayout(self)
        layout.addWidget(banner)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.title_label)
        layout.addWidget(self.method_label)
        layout.addWidget(self.where_label)
        layout.addWidget(self.message_label)
        for button in (self.next_button, self.show_button, self.example_button,
                       self.week_button):  # fmt: skip
            layout.addWidget(button)
        layout.addStretch(1)
        layout.addWidget(self.reset_button)
        self.show_step(INTRO)

    def show_step(self, step: str) -> None:
        """Show the texts and the buttons of one step of `WALK`."""
        self.step = step
        text = self._texts.text(step)
        self.position = WALK.index(step)
        self.progress_label.setText(self.tr("Step %1 of %2").replace("%1", str(self.position))
                                    .replace("%2", str(len(WALK) - 1)))  # fmt: skip
        self.progress_label.setVisible(step != INTRO)
        self.title_label.setText(text.title)
        self.method_label.setText(text.method)
        self.where_label.setText(text.where)
        manual = step in (INTRO, REPORT)
        self.next_button.setVisible(manual)
        self.next_button.setText(self.tr("&Begin") if step == INTRO else self.tr("I have &read it"))
        self.show_button.setVisible(step not in (INTRO, DONE))
        self.example_button.setVisible(not manual and step != DONE)
        self.week_button.setVisible(step == "evaluation")
        self.message_label.hide()

    def show_message(self, text: str) -> None:
        """Show an error under the step."""
        self.message_label.setText(text)
        self.message_label.show()
