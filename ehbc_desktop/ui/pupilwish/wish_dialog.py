"""Records a new dated entry of a pupil's wish about the parents; earlier entries stay listed."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from html import escape

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ehbc_desktop.domain.enums import Competence, JudgeRole
from ehbc_desktop.services.errors import InvalidInputError
from ehbc_desktop.services.rights.pupil_wish import PupilWishStatus, WishInput, check_wish
from ehbc_desktop.ui.base_dialog import GeometryDialog
from ehbc_desktop.ui.labels import format_date
from ehbc_desktop.ui.pupilwish.texts import competence_label, judge_role_label, wish_line
from ehbc_desktop.ui.screen_fit import fit_to_screen
from ehbc_desktop.ui.settings import AppSettings


class PupilWishDialog(GeometryDialog):
    """Pick a pupil, read the history of the wish, record a new judgement."""

    def __init__(
        self,
        settings: AppSettings,
        statuses: Sequence[PupilWishStatus],
        today: date,
        pupil_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(settings, "pupil_wish_dialog", parent)
        self.setObjectName("pupil_wish_dialog")
        self.setWindowTitle(self.tr("The pupil's wish about the parents"))
        fit_to_screen(self, 720, 640)
        self._statuses = {s.participant_id: s for s in statuses}
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "From 12, a pupil may ask that their own parents are not involved. Record the wish, "
            "who judged whether the pupil can make that choice, and why. A change is a new dated "
            "entry; earlier entries stay."), self)  # fmt: skip
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.pupil = QComboBox(self)
        self.pupil.setObjectName("wish_pupil")
        self.pupil.setAccessibleName(self.tr("Pupil"))
        for status in statuses:
            age = f" ({status.age})" if status.age is not None else ""
            self.pupil.addItem(status.name + age, status.participant_id)
        self.history = QTextBrowser(self)
        self.history.setObjectName("wish_history")
        self.history.setAccessibleName(self.tr("Earlier entries"))
        self.history.setMaximumHeight(150)
        layout.addWidget(self.pupil)
        layout.addWidget(QLabel(self.tr("Earlier entries"), self))
        layout.addWidget(self.history)
        layout.addLayout(self._build_form(today))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("wish_save")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.pupil.currentIndexChanged.connect(self._show_history)
        if pupil_id is not None and self.pupil.findData(pupil_id) >= 0:
            self.pupil.setCurrentIndex(self.pupil.findData(pupil_id))
        self._show_history()
        self._update()

    def _build_form(self, today: date) -> QFormLayout:
        form = QFormLayout()
        self.wishes = QCheckBox(self.tr("The pupil asks that the &parents are not involved"), self)
        self.wishes.setObjectName("wish_no_parents")
        self.others = QLineEdit(self)
        self.others.setObjectName("wish_others")
        self.others.setAccessibleName(self.tr("Who else may or may not know"))
        self.competence = QButtonGroup(self)
        box = QHBoxLayout()
        for competence in (Competence.COMPETENT, Competence.NOT_COMPETENT, Competence.NOT_JUDGED):
            button = QRadioButton(competence_label(competence), self)
            button.setObjectName(f"wish_competence_{competence.value}")
            button.setProperty("value", competence.value)
            self.competence.addButton(button)
            box.addWidget(button)
            if competence is Competence.NOT_JUDGED:
                button.setChecked(True)
        self.judged_by = QLineEdit(self)
        self.judged_by.setObjectName("wish_judged_by")
        self.judged_by.setAccessibleName(self.tr("Who judged"))
        self.judge_role = QComboBox(self)
        self.judge_role.setObjectName("wish_judge_role")
        self.judge_role.setAccessibleName(self.tr("In which role"))
        for role in JudgeRole:
            self.judge_role.addItem(judge_role_label(role), role.value)
        self.judged_on = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.judged_on.setObjectName("wish_judged_on")
        self.judged_on.setCalendarPopup(True)
        self.judged_on.setAccessibleName(self.tr("Judged on"))
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("wish_reason")
        self.reason.setAccessibleName(self.tr("What the judgement is based on"))
        self.reason.setMaximumHeight(80)
        self.reason.setTabChangesFocus(True)
        form.addRow(self.wishes)
        form.addRow(self.tr("Who else may or may not know"), self.others)
        form.addRow(self.tr("Can the pupil make this choice?"), box)
        form.addRow(self.tr("Who judged"), self.judged_by)
        form.addRow(self.tr("In which role"), self.judge_role)
        form.addRow(self.tr("Judged on"), self.judged_on)
        form.addRow(self.tr("What the judgement is based on"), self.reason)
        self.wishes.toggled.connect(self._update)
        self.competence.buttonToggled.connect(lambda *_a: self._update())
        self.judged_by.textChanged.connect(self._update)
        return form

    def _show_history(self) -> None:
        status = self._statuses.get(str(self.pupil.currentData() or ""))
        if status is None:
            self.history.clear()
            return
        lines = [f"<p><b>{escape(wish_line(status))}</b></p>"]
        for wish in reversed(status.history):
            competence = competence_label(wish.effective_competence)
            who = ", ".join(filter(None, [wish.judged_by, judge_role_label(wish.judge_role)]))
            parts = [format_date(wish.recorded_at.date()),
                     self.tr("no parents") if wish.wishes_no_parents else self.tr("parents may "
                                                                                  "be involved"),
                     competence, who, wish.reason, wish.others_note]  # fmt: skip
            lines.append("<p>" + escape(" · ".join(p for p in parts if p)) + "</p>")
        self.history.setHtml("".join(lines))

    def _chosen_competence(self) -> Competence:
        button = self.competence.checkedButton()
        return Competence(str(button.property("value"))) if button else Competence.NOT_JUDGED

    def wish(self) -> WishInput:
        """The entry as filled in."""
        judged = self.judged_on.date()
        return WishInput(
            wishes_no_parents=self.wishes.isChecked(),
            competence=self._chosen_competence(),
            judged_by=self.judged_by.text().strip(),
            judge_role=JudgeRole(str(self.judge_role.currentData())),
            judged_on=date(judged.year(), judged.month(), judged.day()),
            reason=self.reason.toPlainText().strip(),
            others_note=self.others.text().strip(),
        )

    def pupil_id(self) -> str:
        """The participant id of the chosen pupil."""
        return str(self.pupil.currentData() or "")

    def _update(self) -> None:
        try:
            check_wish(self.wish())
            ok = bool(self.pupil_id())
        except InvalidInputError:
            ok = False
        self.save_button.setEnabled(ok)
