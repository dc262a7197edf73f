"""The "Agreements" navigation page: every agreement of every case, overdue ones standing out."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ehbc_desktop.domain.enums import AgreementStatus
from ehbc_desktop.ui.agenda.agenda_view import make_table
from ehbc_desktop.ui.agenda.rows_model import RowsTableModel
from ehbc_desktop.ui.background import BackgroundRunner
from ehbc_desktop.ui.caselist.case_table_model import CASE_ID_ROLE
from ehbc_desktop.ui.errors import message_for
from ehbc_desktop.ui.followup.columns import agreement_columns, fit_agreement_columns

if TYPE_CHECKING:
    from ehbc_desktop.ui.backend import CaseServices
    from ehbc_desktop.ui.main.nav_pages import NavPage, NavPageContext

SHOW_OPEN, SHOW_ALL, SHOW_ALL_WITH_CLOSED = range(3)


class AgreementsPage(QWidget):
    """Agreements across cases; change one's status; Enter or double-click opens the case."""

    sig_case_requested = Signal(str)
    """The teacher asked to open the case with this id."""

    sig_loaded = Signal()
    """The list is on screen."""

    def __init__(
        self, services: CaseServices, runner: BackgroundRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        from ehbc_desktop.services.followup.agreements import AgreementService

        self.agreements = AgreementService(services.session)
        self._runner = runner
        self.today_override: date | None = None
        title = QLabel(self.tr("Agreements"))
        title.setObjectName("screenTitle")
        intro = QLabel(self.tr("Who does what, by when: the agreements made in the "
                               "conversations of every case."))  # fmt: skip
        intro.setObjectName("hintLabel")
        self.filter_combo = QComboBox()
        self.filter_combo.setAccessibleName(self.tr("Show"))
        self.filter_combo.addItems([
            self.tr("Open agreements"),
            self.tr("All agreements of open cases"),
            self.tr("All agreements, closed cases included"),
        ])  # fmt: skip
        self.status_button = QPushButton(self.tr("Change status..."))
        self.open_button = QPushButton(self.tr("Open case"))
        self.table = make_table(self.tr("Agreements"))
        self.model = RowsTableModel(agreement_columns(with_case=True), parent=self)
        self.table.setModel(self.model)
        fit_agreement_columns(self.table, with_case=True)
        self.empty_label = QLabel(self.tr("No agreements to show."))
        self.empty_label.setObjectName("hintLabel")
        self.empty_label.hide()
        help_label = QLabel(self.tr("Double-click a line or press Enter to open the case."))
        help_label.setObjectName("hintLabel")
        self.message_label = QLabel()
        self.message_label.setObjectName("errorLabel")
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.filter_combo)
        top.addWidget(self.status_button)
        top.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(intro)
        layout.addWidget(self.message_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(help_label)
        self.filter_combo.currentIndexChanged.connect(self.refresh)
        self.table.activated.connect(self._on_table_activated)
        self.status_button.clicked.connect(self._on_status_button_clicked)
        self.open_button.clicked.connect(self._on_open_button_clicked)

    def today(self) -> date:
        """The day "overdue" is counted from."""
        return self.today_override or date.today()

    def refresh(self, *_args: Any) -> None:
        """Load the agreements in the background."""
        choice = self.filter_combo.currentIndex()
        statuses = {AgreementStatus.OPEN} if choice == SHOW_OPEN else None
        with_closed = choice == SHOW_ALL_WITH_CLOSED
        service, today = self.agreements, self.today()
        self._runner.run_in_background(
            lambda: service.across_cases(today, statuses, with_closed),
            self._on_loaded, self._show_error, owner=self,
        )  # fmt: skip

    def _on_loaded(self, rows: Any) -> None:
        self.message_label.hide()
        self.model.set_rows(rows)
        self.empty_label.setVisible(not rows)
        self.status_button.setEnabled(bool(rows))
        self.open_button.setEnabled(bool(rows))
        self.sig_loaded.emit()

    def _show_error(self, exc: BaseException) -> None:
        self.message_label.setText(message_for(exc))
        self.message_label.show()

    def _current_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else 0

    def _on_table_activated(self, index: QModelIndex) -> None:
        case_id = index.data(CASE_ID_ROLE)
        if case_id:
            self.sig_case_requested.emit(str(case_id))

    def _on_open_button_clicked(self) -> None:
        self._on_table_activated(self.model.index(self._current_row(), 0))

    def _on_status_button_clicked(self) -> None:
        from ehbc_desktop.ui.followup.status_dialog import AgreementStatusDialog

        agreement = self.model.row_at(self._current_row())
        if agreement is None:
            return
        dialog = AgreementStatusDialog(self.agreements.set_status, self._runner, agreement,
                                       self.today(), self)  # fmt: skip
        dialog.sig_saved.connect(self.refresh)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()


def make_agreements_page(ctx: NavPageContext) -> NavPage:
    """The navigation-page factory registered in `nav_pages.py`."""
    from ehbc_desktop.ui.main.nav_pages import NavPage

    page = AgreementsPage(ctx.services, ctx.runner)
    page.sig_case_requested.connect(ctx.open_case)
    return NavPage(page, QCoreApplication.translate("AgreementsPage", "Agreements"), page.refresh)

