"""Check an archive and import it (all or nothing), with a choice for cases already present."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ehbc_desktop.services.archive.archive_import import (
    ArchiveImportService,
    ArchiveSummary,
    Conflict,
    ImportResult,
)
from ehbc_desktop.ui import file_dialogs
from ehbc_desktop.ui.background import BackgroundRunner
from ehbc_desktop.ui.evidence.messages import error_message
from ehbc_desktop.ui.message_boxes import tell
from ehbc_desktop.ui.ops import ChangeKind, Changes, Op, Progress


class ArchiveImportDialog(QDialog):
    """Pick an archive and its passphrase; Check reads it all; Import brings it into the vault.

    With ``allow_import=False`` it is the stand-alone "check an archive" dialog.
    """

    sig_checked = Signal(object)
    """A check ended: the `ArchiveSummary`, or None when the archive was refused."""

    def __init__(
        self,
        service: ArchiveImportService,
        allow_import: bool = True,
        parent: QWidget | None = None,
        *,
        runner: BackgroundRunner | None = None,
    ) -> None:
        """With `runner` (the app's) the archive is read on the app's database worker."""
        super().__init__(parent)
        self._service = service
        self._runner = runner if runner is not None else BackgroundRunner(self)
        self.summary: ArchiveSummary | None = None
        self.result_info: ImportResult | None = None
        self.setWindowTitle(
            self.tr("Import an archive") if allow_import else self.tr("Check an archive")
        )
        self.path = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path)
        row.addWidget(browse)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.skip = QRadioButton(self.tr("Skip cases that are already here"))
        self.copy = QRadioButton(self.tr("Import them as a copy (new reference)"))
        self.skip.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.skip)
        group.addButton(self.copy)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Archive file"), row)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        if allow_import:
            form.addRow(self.skip)
            form.addRow(self.copy)
        form.addRow(self.summary_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        check = buttons.addButton(self.tr("Check"), QDialogButtonBox.ButtonRole.ActionRole)
        check.clicked.connect(self.verify)
        if allow_import:
            run = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
            run.clicked.connect(self.run_import)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        path = file_dialogs.open_file_name(
            self, self.tr("Open an archive"), self.tr("Case archive (*.ehbc);;All files (*)")
        )
        if path is not None:
            self.path.setText(str(path))

    def _inputs(self) -> tuple[Path, str] | None:
        if not self.path.text().strip() or not self.passphrase.text():
            tell(self, self.windowTitle(), self.tr("Choose a file and type its passphrase."))
            return None
        return Path(self.path.text().strip()), self.passphrase.text()

    def verify(self) -> None:
        """Read and check the whole archive; show what it holds (`sig_checked` tells the end)."""
        inputs = self._inputs()
        if inputs is None:
            return
        path, secret = inputs
        service = self._service

        def work(progress: Progress) -> ArchiveSummary:
            return service.verify(path, secret, progress.report, progress.cancelled)

        Op(self, work).with_progress(self.tr("Checking the archive…"), cancellable=True).success(
            self._on_verified
        ).failure(self._on_failed).run(self._runner)

    def _on_failed(self, error: BaseException) -> None:
        self.summary_label.setText(error_message(error))
        self.sig_checked.emit(None)

    def _on_verified(self, summary: ArchiveSummary) -> None:
        self.summary = summary
        lines = [self.tr("The archive is complete and unchanged. It holds:")]
        for case in summary.cases:
            lines.append(
                self.tr("%1: %2 piece(s) of evidence")
                .replace("%1", case.reference)
                .replace("%2", str(case.evidence_count))
            )
        self.summary_label.setText("\n".join(lines))
        self.sig_checked.emit(summary)

    def conflict(self) -> Conflict:
        """The chosen way to handle cases that exist already."""
        return Conflict.COPY if self.copy.isChecked() else Conflict.SKIP

    def run_import(self) -> None:
        """Import everything or nothing; accept the dialog when it succeeded.

        The imported cases are published as a change (the lists reload).
        """
        inputs = self._inputs()
        if inputs is None:
            return
        path, secret = inputs
        service, mode = self._service, self.conflict()

        def work(progress: Progress) -> ImportResult:
            return service.import_archive(path, secret, mode, progress.report, progress.cancelled)

        def imported(result: ImportResult) -> None:
            self.result_info = result
            self.accept()

        Op(self, work).with_progress(self.tr("Importing the archive…"), cancellable=True).success(
            imported
        ).changes(
            lambda result: Changes.of_cases((new for _old, new, _ref in result.imported),
                                            ChangeKind.CASES)
        ).failure(lambda error: self.summary_label.setText(error_message(error))).run(
            self._runner
        )
