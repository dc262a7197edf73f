"""Export cases to one archive: pick the cases and the file, see the proposed passphrase."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ehbc_desktop.services.archive.archive_export import (
    ArchiveExportService,
    ExportResult,
    propose_passphrase,
)
from ehbc_desktop.ui import file_dialogs
from ehbc_desktop.ui.background import BackgroundRunner
from ehbc_desktop.ui.evidence.messages import error_message
from ehbc_desktop.ui.message_boxes import tell
from ehbc_desktop.ui.ops import Op, Progress
from ehbc_desktop.ui.vault.case_choice_model import CaseChoiceModel


class ArchiveExportDialog(QDialog):
    """Choose cases (id, label) and a target; the archive is written on a worker thread."""

    def __init__(
        self,
        service: ArchiveExportService,
        cases: Sequence[tuple[str, str]],
        preselected: Sequence[str] = (),
        parent: QWidget | None = None,
        *,
        runner: BackgroundRunner | None = None,
    ) -> None:
        """With `runner` (the app's) the archive is written on the app's database worker."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export cases to an archive"))
        self._service = service
        self._runner = runner if runner is not None else BackgroundRunner(self)
        self.result_info: ExportResult | None = None
        self._confirmed = ""  # a path the save dialog confirmed replacing
        self.work_factor: int | None = None  # None: the archive format's default
        # A model, not a widget per case: the list may hold every case of the school.
        self.case_model = CaseChoiceModel(cases, preselected, self)
        self.cases = QListView()
        self.cases.setUniformItemSizes(True)
        # Laid out a batch at a time between events: the view asks the model for every row.
        self.cases.setLayoutMode(QListView.LayoutMode.Batched)
        self.cases.setBatchSize(200)
        self.cases.setModel(self.case_model)
        self.target = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target)
        target_row.addWidget(browse)
        self.passphrase = QLineEdit(propose_passphrase())
        self.passphrase.setReadOnly(True)
        font = QFont(self.passphrase.font())
        font.setPointSize(font.pointSize() + 3)
        self.passphrase.setFont(font)
        # Wide enough for a whole passphrase: the teacher copies it from the screen.
        metrics = self.passphrase.fontMetrics()
        self.passphrase.setMinimumWidth(metrics.averageCharWidth() * 42)
        another = QPushButton(self.tr("Another passphrase"))
        another.clicked.connect(lambda: self.passphrase.setText(propose_passphrase()))
        pass_row = QHBoxLayout()
        pass_row.addWidget(self.passphrase)
        pass_row.addWidget(another)
        advice = QLabel(
            self.tr(
                "Write this passphrase down and pass it on by phone or in person, never in "
                "the same mail or on the same USB stick as the archive. Without it the "
                "archive cannot be opened; with it, anyone can."
            )
        )
        advice.setWordWrap(True)
        self.documents = QCheckBox(self.tr("Add the case summaries (PDF)"))
        self.documents.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("Cases"), self.cases)
        form.addRow(self.tr("Archive file"), target_row)
        form.addRow(self.tr("Passphrase"), pass_row)
        form.addRow(advice)
        form.addRow(self.documents)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        path = file_dialogs.save_file_name(
            self, self.tr("Save the archive"), "", self.tr("Case archive (*.ehbc)"), "ehbc",
            object_name="archiveFileDialog",
        )
        if path is not None:
            # The dialog asked before an existing file was chosen: that one may be replaced.
            self._confirmed = str(path)
            self.target.setText(str(path))

    def selected_case_ids(self) -> list[str]:
        """The ids of the checked cases, in list order."""
        return self.case_model.checked_ids()

    def export(self) -> None:
        """Write the archive (progress and cancel); accept the dialog when it succeeded."""
        ids = self.selected_case_ids()
        target = self.target.text().strip()
        if not ids or not target:
            tell(self, self.windowTitle(), self.tr("Choose cases and a file."))
            return
        service, secret, documents = self._service, self.passphrase.text(), self.documents
        extra = {} if self.work_factor is None else {"work_factor": self.work_factor}
        include = documents.isChecked()
        overwrite = target == self._confirmed

        def work(progress: Progress) -> ExportResult:
            return service.export(
                ids, Path(target), secret, include_documents=include,
                progress=progress.report, cancel=progress.cancelled, overwrite=overwrite, **extra,
            )  # fmt: skip

        def written(result: ExportResult) -> None:
            self.result_info = result
            self.accept()

        Op(self, work).with_progress(self.tr("Writing the archive…"), cancellable=True).success(
            written
        ).failure(
            lambda error: tell(self, self.windowTitle(), error_message(error))
        ).run(self._runner)
