"""The case's access log: a table of who did what when, and a printout through the preview."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ehbc_desktop.services.rights.access_log import AccessLogEntry, AccessLogService
from ehbc_desktop.ui.accesslog.event_texts import event_sentence
from ehbc_desktop.ui.background import BackgroundRunner
from ehbc_desktop.ui.base_dialog import GeometryDialog
from ehbc_desktop.ui.errors import message_for
from ehbc_desktop.ui.noop import QT_TRANSLATE_NOOP
from ehbc_desktop.ui.screen_fit import fit_to_screen
from ehbc_desktop.ui.settings import AppSettings
from ehbc_desktop.ui.table_model import Column, RowTableModel, read_only_table

_WHEN = QT_TRANSLATE_NOOP("AccessLog", "When")
_USER = QT_TRANSLATE_NOOP("AccessLog", "User")
_WHAT = QT_TRANSLATE_NOOP("AccessLog", "What happened")


def _tr(text: str) -> str:
    return QCoreApplication.translate("AccessLog", text)


class AccessLogTableModel(RowTableModel[AccessLogEntry]):
    """The access log's rows: time, user, and what happened in a sentence (first names)."""

    def __init__(self, parent: Any = None, lang: str = "nl") -> None:
        super().__init__([
            Column(lambda: _tr(_WHEN), lambda e: e.at.astimezone().strftime("%d-%m-%Y %H:%M")),
            Column(lambda: _tr(_USER), lambda e: e.user),
            Column(lambda: _tr(_WHAT), lambda e: event_sentence(e.event, lang=lang)),
        ], parent)  # fmt: skip


class AccessLogDialog(GeometryDialog):
    """Shows the case's access log; Print opens the PDF in the print preview."""

    sig_loaded = Signal()
    """The log is on screen."""

    def __init__(
        self,
        settings: AppSettings,
        service: AccessLogService,
        case_id: str,
        runner: BackgroundRunner,
        *,
        open_pdf: Any,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(settings, "access_log_dialog", parent)
        self.setObjectName("access_log_dialog")
        self.setWindowTitle(self.tr("Who looked at this case"))
        fit_to_screen(self, 860, 560)
        self._service, self._case_id, self._runner = service, case_id, runner
        self._open_pdf = open_pdf
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Every view, change, export and print of this case, with who did it and when. Use it "
            "when a pupil or a parent asks who saw the file. It holds no notes. On the printout, "
            "pupils are named only by their role in the case, so you can hand it to a parent."),
            self)  # fmt: skip
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = AccessLogTableModel(self, self._lang())
        self.table = read_only_table("access_log_table", self.model, self)
        self.table.setAccessibleName(self.tr("Access log"))
        layout.addWidget(self.table, 1)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setObjectName("access_log_print")
        self.print_button.clicked.connect(self._on_print_button_clicked)
        close = QPushButton(self.tr("&Close"), self)
        close.clicked.connect(self.accept)
        row.addStretch(1)
        row.addWidget(self.print_button)
        row.addWidget(close)
        layout.addLayout(row)

    def refresh(self) -> None:
        """Load the log on the worker."""
        service, case_id = self._service, self._case_id
        self._runner.run_in_background(
            lambda: service.entries(case_id), self._on_loaded, self._show_error, owner=self)

    def _on_loaded(self, entries: list[AccessLogEntry]) -> None:
        self.model.set_rows(list(reversed(entries)))
        self.sig_loaded.emit()

    def _show_error(self, exc: BaseException) -> None:
        self.message.setText(message_for(exc))
        self.message.show()

    def _on_print_button_clicked(self) -> None:
        service, case_id = self._service, self._case_id
        lang = self._lang()
        self.print_button.setEnabled(False)

        def done(pdf: bytes) -> None:
            self.print_button.setEnabled(True)
            self._open_pdf(pdf)

        def failed(exc: BaseException) -> None:
            self.print_button.setEnabled(True)
            self._show_error(exc)

        def on_paper(entry: AccessLogEntry) -> str:
            return event_sentence(entry.event, with_names=False, lang=lang)

        self._runner.run_in_background(lambda: service.render_pdf(case_id, on_paper, lang), done,
                                       failed, owner=self)

    def _lang(self) -> str:
        return "en" if self._settings.language == "en" else "nl"
