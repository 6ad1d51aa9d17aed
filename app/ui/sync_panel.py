"""Exchange with the central system in the window (R-SYN-1, R-SYN-2): import, export, status.

Import: choose a .pecenv file -> `EnvelopeImport.preview` on the worker, with a progress bar ->
the summary of what would change (Apply / Cancel) -> `apply` on the worker, with the progress bar
-> what was applied. A refusal shows its explanation and its reason code; the services guarantee
that nothing changed. Export: choose a folder (the flash drive) -> `BatchExport.export` -> the
file name and what the batch carries. The status line (last import, last batch, acknowledged or
not) is read again after every import and export.

The dialog (`sync_dialog.py`) is window-modal and never blocks the event loop. Locking the
window closes it: whatever it showed is cancelled, and the outcome of a call still running only
refreshes the status line.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.errors import AppError
from app.messages import explain
from app.security.permissions import Action, allowed
from app.security.session import Session
from app.services.sync_export import BatchExport, ExportSummary, sync_status
from app.services.sync_import import EnvelopeImport, ImportSummary
from app.ui.deps import UiDeps
from app.ui.sync_dialog import (
    APPLIED,
    APPLYING,
    CHECKING,
    EXPORTED,
    EXPORTING,
    FAILED,
    PREVIEW,
    REFUSED,
    DialogState,
    SyncDialog,
)


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
        self._build_ui()
        self._connect_signals()
        self._retranslate_ui()

    def _build_ui(self) -> None:
        self.setObjectName("syncPanel")
        self.import_status_label = QLabel(wordWrap=True)
        self.import_status_label.setObjectName("syncImportStatus")
        self.batch_status_label = QLabel(wordWrap=True)
        self.batch_status_label.setObjectName("syncBatchStatus")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.import_status_label)
        layout.addWidget(self.batch_status_label)
        role = self._session.role
        self.import_action = QAction(self)
        self.import_action.setObjectName("syncImportAction")
        self.import_action.setVisible(allowed(role, Action.SYNC_IMPORT))
        self.export_action = QAction(self)
        self.export_action.setObjectName("syncExportAction")
        self.export_action.setVisible(allowed(role, Action.SYNC_EXPORT))
        self.dialog = SyncDialog(lambda: self._deps.translations.lang, self)
        self.progress = ProgressRelay(self)

    def _connect_signals(self) -> None:
        self.import_action.triggered.connect(self._on_import_triggered)
        self.export_action.triggered.connect(self._on_export_triggered)
        self.dialog.apply_requested.connect(self._on_apply_requested)
        self.dialog.finished.connect(self._on_dialog_finished)
        self.progress.progressed.connect(self.dialog.set_progress)
        self._deps.runner.became_idle.connect(self._on_runner_idle)

    def _retranslate_ui(self) -> None:
        self.import_action.setText(self.tr("&Import from central..."))
        self.export_action.setText(self.tr("&Export batch..."))
        self.import_status_label.setText(self._import_status_text())
        self.batch_status_label.setText(self._batch_status_text())

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
        self.dialog.hide()

    # ---- import ------------------------------------------------------------------------
    def _on_import_triggered(self) -> None:
        path = self._deps.chooser.open_file(
            self.window(), self.tr("Choose an envelope from the central system"), self.tr("Envelopes (*.pecenv)")
        )
        if path is None:
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
        )

    def _on_applied(self, summary: ImportSummary, generation: int) -> None:
        self._refresh_status()
        if not summary.already_applied:
            self.list_changed.emit()
        if generation == self._generation:
            self.dialog.show_state(DialogState(APPLIED, summary.file_name, summary))

    def _importer(self) -> EnvelopeImport:
        return EnvelopeImport(self._deps.ctx, self._session, progress=self.progress.report)

    # ---- export ------------------------------------------------------------------------
    def _on_export_triggered(self) -> None:
        folder = self._deps.chooser.directory(
            self.window(), self.tr("Choose the folder for the batch (the flash drive to the central system)")
        )
        if folder is None:
            return
        self.dialog.show_state(DialogState(EXPORTING, folder.name))
        ctx, session, generation = self._deps.ctx, self._session, self._generation
        self._deps.runner.run(
            lambda: BatchExport(ctx, session).export(folder),
            lambda summary: self._on_exported(summary, generation),
            lambda error: self._on_refused(error, folder.name, generation),
        )

    def _on_exported(self, summary: ExportSummary, generation: int) -> None:
        self._refresh_status()
        if generation == self._generation:
            self.dialog.show_state(DialogState(EXPORTED, summary.file_name, summary))

    # ---- both --------------------------------------------------------------------------
    def _on_refused(self, error: AppError, name: str, generation: int) -> None:
        self._refresh_status()  # a refusal changes nothing; the line is read again all the same
        if generation == self._generation:
            self.dialog.show_state(DialogState(REFUSED, name, error=error))

    def _on_runner_idle(self) -> None:
        """Every call is done, yet the dialog still waits: its call crashed (no outcome came back).
        Show that instead of a progress bar nobody can close."""
        if self.dialog.isVisible() and self.dialog.busy:
            self.dialog.show_state(DialogState(FAILED, self.dialog.state.file_name))
            self._refresh_status()

    def _on_dialog_finished(self, _result: int) -> None:
        self._pending_path = None  # Cancel, Close, Escape: the preview is forgotten

    def _refresh_status(self) -> None:
        ctx = self._deps.ctx
        self._deps.runner.run(lambda: sync_status(ctx), self._on_status_loaded, self._on_status_failed)

    def _on_status_loaded(self, status: dict[str, Any]) -> None:
        self._status = status
        self._retranslate_ui()
        self.status_loaded.emit()

    def _on_status_failed(self, error: AppError) -> None:
        self.import_status_label.setText(explain(error, self._deps.translations.lang))
        self.batch_status_label.setText("")

    def _import_status_text(self) -> str:
        status = self._status
        if status is None:
            return ""
        if not status["imported_seq"]:
            return self.tr("Nothing has been imported from the central system yet.")
        return (
            self.tr("Last envelope from the central system: no. %1, imported %2")
            .replace("%1", str(status["imported_seq"]))
            .replace("%2", local_time(status["imported_at"]))
        )

    def _batch_status_text(self) -> str:
        status = self._status
        if status is None:
            return ""
        if not status["exported_seq"]:
            return self.tr("No batch has been made for the central system yet.")
        if status["acknowledged"]:
            text = self.tr("Last batch: no. %1, made %2; acknowledged by the central system %3")
            text = text.replace("%3", local_time(status["acknowledged_at"]))
        else:
            text = self.tr("Last batch: no. %1, made %2; not yet acknowledged by the central system")
        return text.replace("%1", str(status["exported_seq"])).replace("%2", local_time(status["exported_at"]))


def local_time(stamp: str) -> str:
    """A stored UTC timestamp as this computer's local date and time, to the minute."""
    try:
        when = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone().strftime("%Y-%m-%d %H:%M")
