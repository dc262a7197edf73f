"""The evidence gallery of one case: thumbnails, add (dialog or drag and drop), view, export.

Every service call is an operation (`ui/ops.py`) on the app's single database worker
(`BackgroundRunner`; a private one when the gallery stands alone), so the vault's one connection
is never used by two threads at once; while thumbnails are made the gallery's actions are
disabled. Thumbnails are made in memory from the decrypted picture and kept in memory only.
Adding and deleting publish `Changes` of kind EVIDENCE; the gallery reloads on those of its case.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ehbc_desktop.domain.entities import EvidenceItem
from ehbc_desktop.services.evidence.evidence import (
    EvidenceInput,
    EvidenceService,
    ExportReason,
)
from ehbc_desktop.ui import file_dialogs
from ehbc_desktop.ui.background import BackgroundRunner
from ehbc_desktop.ui.evidence.evidence_model import (
    THUMBNAIL_SIZE,
    EvidenceListModel,
    is_image,
    make_thumbnail,
)
from ehbc_desktop.ui.evidence.export_dialog import ExportToOpenDialog, offer_to_delete_copy
from ehbc_desktop.ui.evidence.messages import error_message
from ehbc_desktop.ui.evidence.metadata_dialog import EvidenceMetadataDialog
from ehbc_desktop.ui.evidence.nude_image_dialog import NudeImageDialog
from ehbc_desktop.ui.evidence.viewer import EvidenceViewer
from ehbc_desktop.ui.message_boxes import Icon, ask, open_dialog, tell
from ehbc_desktop.ui.ops import ChangeKind, Changes, Op, Progress

THUMBNAIL_MAX_BYTES = 32 * 1024 * 1024


def _offset(progress: Progress, base: int, total: int) -> Any:
    """Progress of one file as progress of all files."""
    return lambda done: progress.report(base + done, total)


class EvidenceGallery(QWidget):
    """The evidence of one case, as a grid of thumbnails with its actions."""

    sig_viewer_opened = Signal(object)
    """The in-memory viewer of an item is on screen (the `EvidenceViewer`)."""

    sig_exported = Signal(object)
    """A plaintext copy was written (its path); the teacher was offered to delete it."""

    sig_verified = Signal(object)
    """Every item was re-hashed: a list of (item, matches)."""

    sig_nude_recorded = Signal(object)
    """Nude images of a minor were recorded without any file (the `EvidenceItem`)."""

    def __init__(
        self,
        service: EvidenceService,
        case_id: str,
        parent: QWidget | None = None,
        *,
        runner: BackgroundRunner | None = None,
    ):
        super().__init__(parent)
        self._service = service
        self._case_id = case_id
        self._runner = runner if runner is not None else BackgroundRunner(self)
        self._thumbs: threading.Event | None = None  # the running thumbnail job's cancel flag
        self.model = EvidenceListModel(self)
        self.view = QListView()
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setIconSize(QSize(THUMBNAIL_SIZE, THUMBNAIL_SIZE))
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setWordWrap(True)
        self.view.setModel(self.model)
        self.view.doubleClicked.connect(lambda index: self.view_item(index.row()))
        self.setAcceptDrops(True)
        self.empty_label = QLabel(self.tr("No evidence yet. Add screenshots, photos or chat "
                                          "exports with Add…, or drag files onto this list."))
        self.empty_label.setObjectName("hintLabel")
        self.empty_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_buttons())
        layout.addWidget(self.empty_label)
        layout.addWidget(self.view)
        self.model.modelReset.connect(self._update_actions)
        self.model.rowsInserted.connect(self._update_actions)
        self.model.rowsRemoved.connect(self._update_actions)
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        self._update_actions()
        self._runner.sig_changes_published.connect(self._on_runner_changes_published)
        self.reload()

    def _build_buttons(self) -> QVBoxLayout:
        """Two rows of actions, so the tab fits a 1366-pixel screen in every language."""
        self._actions: list[QPushButton] = []
        rows = QVBoxLayout()
        for actions in (
            ((self.tr("Add…"), self._on_add_clicked),
             (self.tr("View"), lambda: self._with_row(self.view_item)),
             (self.tr("Export to open…"), lambda: self._with_row(self.export_item))),
            ((self.tr("Nude images of a minor…"), self._on_nude_images_clicked),
             (self.tr("Check fingerprints"), self.verify),
             (self.tr("Delete"), lambda: self._with_row(self.delete_item))),
        ):  # fmt: skip
            row = QHBoxLayout()
            for label, slot in actions:
                button = QPushButton(label)
                button.clicked.connect(slot)
                row.addWidget(button)
                self._actions.append(button)
            row.addStretch()
            rows.addLayout(row)
        self.view_button, self.export_button = self._actions[1], self._actions[2]
        self.nude_button, self.delete_button = self._actions[3], self._actions[5]
        self.nude_button.setObjectName("nudeImagesButton")
        return rows

    # --- state -------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """True while thumbnails are being made on the worker."""
        return self._thumbs is not None

    def _set_busy(self, busy: bool) -> None:
        for button in self._actions:
            button.setEnabled(not busy)
        self.view.setEnabled(not busy)
        self._update_actions()

    def _update_actions(self, *_args: object) -> None:
        """The actions on one item need a picked item; an empty list says so."""
        picked = self.view.selectionModel().hasSelection() and self.view.currentIndex().isValid()
        for button in (self.view_button, self.export_button, self.delete_button):
            button.setEnabled(picked and not self.busy)
        self.empty_label.setVisible(self.model.rowCount() == 0)

    def reload(self) -> None:
        """Reload the list on the worker, then make the missing thumbnails."""
        self._wait_for_thumbnails()
        service, case_id = self._service, self._case_id
        Op(self, lambda: service.list_for_case(case_id)).success(self._on_listed).failure(
            self._show_error
        ).run(self._runner)

    def _on_runner_changes_published(self, changes: Changes, _initiator: object) -> None:
        if changes.touches(self._case_id) and changes.any_of(ChangeKind.EVIDENCE):
            self.reload()

    def _on_listed(self, items: list[EvidenceItem]) -> None:
        self.model.set_items(items)
        self._load_thumbnails()

    def _load_thumbnails(self) -> None:
        wanted = [
            i for i in self.model.items() if is_image(i) and not self.model.has_thumbnail(i.id)
        ]
        if not wanted:
            return
        service = self._service
        stop = threading.Event()

        def work() -> dict[str, Any]:
            images: dict[str, Any] = {}
            for item in wanted:
                if stop.is_set():
                    break
                try:
                    image = make_thumbnail(service.read_for_view(item.id, THUMBNAIL_MAX_BYTES))
                except Exception:  # no thumbnail; viewing the item reports the error
                    image = None
                if image is not None:
                    images[item.id] = image
            return images

        self._thumbs = stop
        self._set_busy(True)
        Op(self, work).success(lambda images: self._on_thumbnails(stop, images)).failure(
            lambda _error: self._on_thumbnails(stop, {})
        ).run(self._runner)

    def _on_thumbnails(self, job: threading.Event, images: object) -> None:
        if isinstance(images, dict) and not job.is_set():
            for item_id, image in images.items():
                self.model.set_thumbnail(item_id, image)
        if self._thumbs is job:
            self._thumbs = None
            self._set_busy(False)

    def _wait_for_thumbnails(self) -> None:
        # The runner does one job at a time: a cancelled job ends before the next one starts.
        if self._thumbs is not None:
            self._thumbs.set()
            self._thumbs = None
            self._set_busy(False)

    # --- adding ------------------------------------------------------------------------------

    def _on_add_clicked(self) -> None:
        names = file_dialogs.open_file_names(self, self.tr("Add evidence"), "evidenceFileDialog")
        if names:
            self.add_files(names)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept files dragged from the file manager."""
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Add the dropped files (one or many)."""
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        paths = [p for p in paths if p.is_file()]
        if paths:
            event.acceptProposedAction()
            self.add_files(paths)

    def add_files(self, paths: list[Path], info: EvidenceInput | None = None) -> None:
        """Encrypt ``paths`` into the case; asks the metadata unless ``info`` is given."""
        if not paths or self.busy:
            return
        if info is not None:
            self._add(paths, [info for _p in paths])
            return
        dialog = EvidenceMetadataDialog([p.name for p in paths], self)

        def described() -> None:
            if dialog.sexual_minor.isChecked():
                # The file is not imported and not even opened (no fingerprint is made of it).
                self.record_nude_images(", ".join(p.name for p in paths))
                return
            self._add(paths, [dialog.evidence_input(p.name) for p in paths])

        open_dialog(dialog, described)

    def _add(self, paths: list[Path], inputs: list[EvidenceInput]) -> None:
        Op(self, self._adder(paths, inputs)).with_progress(
            self.tr("Encrypting the evidence…"), cancellable=True
        ).changes(self._evidence_changed).failure(self._show_error).run(self._runner)

    def _evidence_changed(self, _result: object = None) -> Changes:
        return Changes.of(self._case_id, ChangeKind.EVIDENCE)

    def _adder(self, paths: list[Path], inputs: list[EvidenceInput]) -> Any:
        service, case_id = self._service, self._case_id
        sizes = [p.stat().st_size if p.is_file() else 0 for p in paths]
        total = max(1, sum(sizes))

        def work(progress: Progress) -> list[EvidenceItem]:
            added: list[EvidenceItem] = []
            before = 0
            for path, info, size in zip(paths, inputs, sizes, strict=True):
                added.append(
                    service.add_file(
                        case_id,
                        path,
                        info,
                        progress=_offset(progress, before, total),
                        cancel=progress.cancelled,
                    )
                )
                before += size
            return added

        return work

    def _on_nude_images_clicked(self) -> None:
        self.record_nude_images()

    def record_nude_images(self, chosen_file: str = "") -> None:
        """Record nude images of a minor without a file (`chosen_file`: a picked file's name,
        which is neither imported nor opened); nothing happens when the teacher cancels."""
        dialog = NudeImageDialog(chosen_file, self)
        service, case_id = self._service, self._case_id

        def described() -> None:
            info = dialog.not_imported_input()
            Op(self, lambda: service.record_not_imported(case_id, info)).success(
                self.sig_nude_recorded.emit
            ).changes(self._evidence_changed).failure(self._show_error).run(self._runner)

        open_dialog(dialog, described)

    # --- actions on one item -----------------------------------------------------------------

    def _with_row(self, action: Any) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            action(index.row())

    def view_item(self, row: int) -> None:
        """Open the in-memory viewer of the item in ``row`` (audited by the service)."""
        item, service = self.model.item_at(row), self._service

        def show(data: bytes) -> None:
            viewer = EvidenceViewer(item, data, self)
            viewer.show()
            self.sig_viewer_opened.emit(viewer)

        Op(self, lambda: service.read_for_view(item.id)).success(show).failure(
            self._show_error
        ).run(self._runner)

    def export_item(self, row: int, target: Path | None = None) -> None:
        """Ask the reason, then write a plaintext copy; offers to delete it afterwards.

        A target chosen in the save dialog may replace an existing file (the dialog asked);
        a `target` handed in never does.
        """
        item = self.model.item_at(row)
        dialog = ExportToOpenDialog(self)
        open_dialog(dialog, lambda: self._export(item, dialog.reason_kind(),
                                                 dialog.reason_text(), target))

    def _export(
        self, item: EvidenceItem, kind: ExportReason, why: str, target: Path | None
    ) -> None:
        overwrite = False
        if target is None:
            # Never the original name: it may hold a pupil's name.
            suggested = self.tr("evidence") + f"-{item.id[:8]}{Path(item.original_name).suffix}"
            target = file_dialogs.save_file_name(
                self, self.tr("Save an unencrypted copy"), suggested
            )
            if target is None:
                return
            overwrite = True
        where = target
        service = self._service

        def exported(_log_id: object) -> None:
            offer_to_delete_copy(self, where)
            self.sig_exported.emit(where)

        Op(
            self, lambda: service.export_to_open(item.id, where, kind, why, overwrite=overwrite)
        ).success(
            exported
        ).failure(self._show_error).run(self._runner)

    def verify(self) -> None:
        """Re-hash every stored item and say which ones are damaged."""
        service, case_id = self._service, self._case_id
        Op(self, lambda: service.verify_case(case_id)).success(self._on_verified).failure(
            self._show_error
        ).run(self._runner)

    def _on_verified(self, results: list[tuple[EvidenceItem, bool]]) -> None:
        bad = [item.description for item, ok in results if not ok]
        if bad:
            tell(
                self,
                self.tr("Damaged evidence"),
                self.tr("These items no longer match their fingerprint:") + "\n" + "\n".join(bad),
                object_name="evidenceDamagedBox",
            )
        else:
            tell(self, self.tr("Evidence checked"), self.tr("Every item matches its fingerprint."),
                 icon=Icon.Information, object_name="evidenceCheckedBox")
        self.sig_verified.emit(results)

    def delete_item(self, row: int, confirm: bool = True) -> None:
        """Delete the item (file and key) after confirmation."""
        item, service = self.model.item_at(row), self._service

        def delete() -> None:
            Op(self, lambda: service.delete(item.id)).changes(self._evidence_changed).failure(
                self._show_error
            ).run(self._runner)

        if not confirm:
            delete()
            return
        ask(self, self.tr("Delete evidence"),
            self.tr("Delete this item for good? This cannot be undone."), delete,
            object_name="deleteEvidenceBox")

    def _show_error(self, error: BaseException) -> None:
        tell(self, self.tr("Evidence"), error_message(error), object_name="evidenceErrorBox")

    def closeEvent(self, event: Any) -> None:
        """Stop the thumbnail worker before the widget goes."""
        self._wait_for_thumbnails()
        super().closeEvent(event)
