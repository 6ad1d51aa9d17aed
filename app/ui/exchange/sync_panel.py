"""Exchange with the central system in the window (R-SYN-1, R-SYN-2): import, export, status.

Import: choose a .pecenv file -> `EnvelopeImport.preview` on the worker, with a progress bar ->
the summary of what would change (Apply / Cancel) -> `apply` on the worker, with the progress bar
-> what was applied. A refusal shows its explanation and its reason code; the services guarantee
that nothing changed. Export: choose a folder (the flash drive) -> `BatchExport.export` -> the
file name and what the batch carries. The status line (last import, last batch, acknowledged or
not, `SyncStatusLines`) is read again after every import and export.

Through a registered drive (R-SEC-6, R-SEC-11): "Import from a registered drive" chooses one of
the drives connected now -> its scan, one of its envelopes, the preview and Apply as above, from
the staged copy only (`DriveImport`, sync_drive.py). "Export the batch to a registered drive"
chooses the drive -> `MediaTransfer.export_batch`. An unregistered drive is refused
(`unregistered-medium`, audited by the service). "Write the unacknowledged batches again" (a batch
lost on the way) chooses a folder -> `BatchExport.resend_unacknowledged`, or on a drive
`MediaTransfer.resend_batches`: the same files, byte for byte.

The dialog (`sync_dialog.py`) is window-modal and never blocks the event loop. Locking the
window closes it: whatever it showed is cancelled, and the outcome of a call still running only
refreshes the status line.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.errors import AppError
from app.messages import explain
from app.security.permissions import Action, allowed
from app.security.scanner.volumes import Volume
from app.security.session import Session
from app.services.media import path_on_drive
from app.services.sync_export import ExportSummary, ResentSummary
from app.services.sync_import import EnvelopeImport, ImportSummary
from app.services.transfer import MediaTransfer
from app.ui.common.deps import UiDeps
from app.ui.exchange.scan_dialog import ScanProgressRelay, drive_name
from app.ui.exchange.sync_dialog import (
    APPLIED,
    APPLYING,
    CHECKING,
    CHOOSE_DRIVE,
    CHOOSE_ENVELOPE,
    EXPORT,
    EXPORTED,
    EXPORTING,
    FAILED,
    IMPORT,
    PREVIEW,
    REFUSED,
    DialogState,
    SyncDialog,
)
from app.ui.exchange.sync_drive import DriveImport
from app.ui.exchange.sync_status import SyncStatusLines, local_time

__all__ = ["ProgressRelay", "SyncPanel", "local_time"]  # local_time: where the media panel reads it


class ProgressRelay(QObject):
    """Carries a service's `progress(done, total)` calls from the worker thread to the UI thread."""

    progressed = Signal(int, int)

    def report(self, done: int, total: int) -> None:  # worker thread; delivered queued
        self.progressed.emit(done, total)


class SyncPanel(QWidget):
    """The status line and the two actions; the main window puts the actions in its menu."""

    list_changed = Signal()  # an import changed the voter list
    status_loaded = Signal()

    def __init__(self, deps: UiDeps, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._deps = deps
        self._session = session
        self._generation = 0  # bumped by clear(): outcomes of older calls only refresh the status
        self._pending_path: Path | None = None
        self._status: dict[str, Any] | None = None
        self._drives: list[Volume] = []  # the drives offered by the dialog
        self._build_ui()
        self._connect_signals()
        self._retranslate_ui()

    def _build_ui(self) -> None:
        self.setObjectName("syncPanel")
        self.status_lines = SyncStatusLines()
        self.import_status_label = self.status_lines.import_label
        self.batch_status_label = self.status_lines.batch_label
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status_lines)
        role = self._session.role
        self.import_action = QAction(self)
        self.import_action.setObjectName("syncImportAction")
        self.import_action.setVisible(allowed(role, Action.SYNC_IMPORT))
        self.export_action = QAction(self)
        self.export_action.setObjectName("syncExportAction")
        self.export_action.setVisible(allowed(role, Action.SYNC_EXPORT))
        self.drive_import_action = QAction(self)
        self.drive_import_action.setObjectName("syncDriveImportAction")
        self.drive_import_action.setVisible(allowed(role, Action.SYNC_IMPORT))
        self.drive_export_action = QAction(self)
        self.drive_export_action.setObjectName("syncDriveExportAction")
        self.drive_export_action.setVisible(allowed(role, Action.SYNC_EXPORT))
        self.resend_action = QAction(self)
        self.resend_action.setObjectName("syncResendAction")
        self.resend_action.setVisible(allowed(role, Action.SYNC_EXPORT))
        self.dialog = SyncDialog(lambda: self._deps.translations.lang, self)
        self.progress = ProgressRelay(self)
        self.scan_progress = ScanProgressRelay(self)
        relays = (self.scan_progress, self.progress.report)
        self.drive = DriveImport(self.dialog, self._deps.runner, session=self._session, transfer=self._transfer,
                                 generation=self._current, relays=relays)  # fmt: skip

    def _connect_signals(self) -> None:
        self.import_action.triggered.connect(self._on_import_triggered)
        self.export_action.triggered.connect(self._on_export_triggered)
        self.drive_import_action.triggered.connect(self._on_drive_import_triggered)
        self.drive_export_action.triggered.connect(self._on_drive_export_triggered)
        self.resend_action.triggered.connect(self._on_resend_triggered)
        self.dialog.apply_requested.connect(self._on_apply_requested)
        self.dialog.chosen.connect(self._on_chosen)
        self.dialog.cancel_requested.connect(self.drive.cancel)
        self.drive.applied.connect(self._on_applied)
        self.drive.refused.connect(self._on_refused)
        self.drive.cancelled.connect(self._refresh_status)
        self.scan_progress.progressed.connect(self.dialog.set_stage_progress)
        self.dialog.finished.connect(self._on_dialog_finished)
        self.progress.progressed.connect(self.dialog.set_progress)
        self._deps.runner.became_idle.connect(self._on_runner_idle)

    def _retranslate_ui(self) -> None:
        self.import_action.setText(self.tr("&Import from central..."))
        self.export_action.setText(self.tr("&Export batch..."))
        self.drive_import_action.setText(self.tr("Import from a registered &drive..."))
        self.drive_export_action.setText(self.tr("Export the batch to a registered d&rive..."))
        self.resend_action.setText(self.tr("Write the &unacknowledged batches again..."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_ui()
        super().changeEvent(event)

    # ---- public ------------------------------------------------------------------------
    @staticmethod
    def permitted(session: Session) -> bool:
        """Whether the role may import or export at all (the window hides the panel otherwise)."""
        return allowed(session.role, Action.SYNC_IMPORT) or allowed(session.role, Action.SYNC_EXPORT)

    @property
    def status(self) -> dict[str, Any] | None:
        """The last `sync_status` read, or None before the first."""
        return self._status

    def start(self) -> None:
        """Read the status line."""
        self._refresh_status()

    def clear(self) -> None:
        """The window locks or closes: cancel what the dialog shows, forget the chosen file."""
        self._generation += 1
        self._pending_path = None
        self.drive.cancel()
        self.drive.forget()
        self.dialog.hide()

    def _current(self) -> int:
        """The generation: outcomes of calls started before the last `clear` only refresh the status."""
        return self._generation

    # ---- import ------------------------------------------------------------------------
    def _on_import_triggered(self) -> None:
        path = self._deps.chooser.open_file(
            self.window(), self.tr("Choose an envelope from the central system"), self.tr("Envelopes (*.pecenv)")
        )
        if path is None:
            return
        volume = self._volume_of(path)
        if volume is not None:  # a file on a removable drive is read only through its scan (R-SEC-11)
            wanted = self._place(path, volume)
            if wanted is not None:
                self.drive.stage(volume, wanted=wanted)
            return
        self._pending_path = path
        self.dialog.show_state(DialogState(CHECKING, path.name))
        importer = self._importer()
        generation = self._generation
        self._deps.runner.run(
            lambda: importer.preview(path),
            lambda summary: self._on_previewed(summary, generation),
            lambda error: self._on_refused(error, path.name, generation),
        )

    def _on_previewed(self, summary: ImportSummary, generation: int) -> None:
        if generation != self._generation:
            return
        if summary.already_applied:
            self._pending_path = None
        self.dialog.show_state(DialogState(PREVIEW, summary.file_name, summary))

    def _on_apply_requested(self) -> None:
        if self.dialog.state.kind == PREVIEW and self.drive.pending:
            self.drive.apply()
            return
        path = self._pending_path
        if path is None or self.dialog.state.kind != PREVIEW:
            return
        self._pending_path = None
        self.dialog.show_state(DialogState(APPLYING, path.name))
        importer = self._importer()
        generation = self._generation
        self._deps.runner.run(
            lambda: importer.apply(path),
            lambda summary: self._on_applied(summary, generation),
            lambda error: self._on_refused(error, path.name, generation),
            long=self.tr("the import"),  # a lock waits for it (R-SEC-5)
        )

    def _on_applied(self, summary: ImportSummary, generation: int) -> None:
        self.drive.forget()
        self._refresh_status()
        if not summary.already_applied:
            self.list_changed.emit()
        if generation == self._generation:
            self.dialog.show_state(DialogState(APPLIED, summary.file_name, summary))

    def _importer(self) -> EnvelopeImport:
        return self._deps.services.envelope_import(self._session, progress=self.progress.report)

    # ---- through a registered drive ---------------------------------------------------
    def _on_drive_import_triggered(self) -> None:
        self._choose_drive(IMPORT)

    def _on_drive_export_triggered(self) -> None:
        self._choose_drive(EXPORT)

    def _choose_drive(self, purpose: str) -> None:
        self.drive.forget()
        self._pending_path = None
        self._drives = self._deps.volumes.volumes()  # /proc and /sys (or the test's folders): quick
        choices = tuple(f"{drive_name(v)} — {v.mount_point}" for v in self._drives)
        self.dialog.show_state(DialogState(CHOOSE_DRIVE, choices=choices, purpose=purpose))

    def _on_chosen(self, row: int) -> None:
        state = self.dialog.state
        if state.kind == CHOOSE_DRIVE and 0 <= row < len(self._drives):
            volume = self._drives[row]
            if state.purpose == EXPORT:
                self._export_to(volume)
            else:
                self.drive.stage(volume)
        elif state.kind == CHOOSE_ENVELOPE:
            self.drive.choose(row)

    def _transfer(self) -> MediaTransfer:  # made and used on the worker only
        return self._deps.services.transfer(self._deps.volumes)

    def _place(self, path: Path, volume: Volume) -> str | None:
        """`path` on the drive, or None once a link on the way has been shown as refused (R-SEC-11)."""
        try:
            return path_on_drive(volume, path)
        except AppError as error:
            self.dialog.show_state(DialogState(REFUSED, path.name, error=error))
            return None

    def _volume_of(self, path: Path) -> Volume | None:
        """The removable drive `path` lies on (the source's mount points only; the store is not used)."""
        return self._deps.services.media(self._deps.volumes).volume_of(path)

    def _export_to(self, volume: Volume, folder: str = "") -> None:
        session = self._session
        self._write(drive_name(volume), lambda: self._transfer().export_batch(session, volume, folder))

    # ---- export ------------------------------------------------------------------------
    def _on_export_triggered(self) -> None:
        folder = self._deps.chooser.directory(
            self.window(), self.tr("Choose the folder for the batch (the flash drive to the central system)")
        )
        if folder is None:
            return
        volume = self._volume_of(folder)
        if volume is not None:  # onto a removable drive only if it is registered (R-SEC-11)
            place = self._place(folder, volume)
            if place is not None:
                self._export_to(volume, place)
            return
        services, session = self._deps.services, self._session
        self._write(folder.name, lambda: services.batch_export(session).export(folder))

    def _on_resend_triggered(self) -> None:
        """The batches the central system has not acknowledged (one was lost on the way), again."""
        folder = self._deps.chooser.directory(
            self.window(), self.tr("Choose the folder for the batches (the flash drive to the central system)")
        )
        if folder is None:
            return
        services, session, volume = self._deps.services, self._session, self._volume_of(folder)
        place = None if volume is None else self._place(folder, volume)
        if volume is not None:  # onto a removable drive only if it is registered (R-SEC-11)
            if place is not None:
                self._write(drive_name(volume), partial(self._resend_to_drive, volume, place))
        else:
            self._write(folder.name, lambda: services.batch_export(session).resend_unacknowledged(folder))

    def _resend_to_drive(self, volume: Volume, folder: str) -> ResentSummary:  # on the worker
        return self._transfer().resend_batches(self._session, volume, folder)

    def _write(self, name: str, job: Callable[[], ExportSummary | ResentSummary]) -> None:
        self.dialog.show_state(DialogState(EXPORTING, name))
        generation = self._generation
        self._deps.runner.run(
            job,
            lambda summary: self._on_exported(summary, generation),
            lambda error: self._on_refused(error, name, generation),
            long=self.tr("the export"),  # a lock waits for it (R-SEC-5)
        )

    def _on_exported(self, summary: ExportSummary | ResentSummary, generation: int) -> None:
        self._refresh_status()
        if generation == self._generation:
            name = summary.file_name if isinstance(summary, ExportSummary) else ""
            self.dialog.show_state(DialogState(EXPORTED, name, summary))

    # ---- both --------------------------------------------------------------------------
    def _on_refused(self, error: AppError, name: str, generation: int) -> None:
        self.drive.forget()
        self._refresh_status()  # a refusal changes nothing; the line is read again all the same
        if generation == self._generation:
            self.dialog.show_state(DialogState(REFUSED, name, error=error))

    def _on_runner_idle(self) -> None:
        """Every call is done, yet the dialog still waits: its call crashed (no outcome came back).
        Show that instead of a progress bar nobody can close."""
        if self.dialog.isVisible() and self.dialog.busy:
            self.drive.forget()
            self.dialog.show_state(DialogState(FAILED, self.dialog.state.file_name))
            self._refresh_status()

    def _on_dialog_finished(self, _result: int) -> None:
        self._pending_path = None  # Cancel, Close, Escape: the preview is forgotten
        self.drive.forget()

    def _refresh_status(self) -> None:
        services = self._deps.services
        self._deps.runner.run(services.sync_status, self._on_status_loaded, self._on_status_failed)

    def _on_status_loaded(self, status: dict[str, Any]) -> None:
        self._status = status
        self.status_lines.show_status(status)
        self.status_loaded.emit()

    def _on_status_failed(self, error: AppError) -> None:
        self.status_lines.show_error(explain(error, self._deps.translations.lang))


def _ignore(_result: object) -> None:
    """Discarding the staged copies has nothing to show."""
