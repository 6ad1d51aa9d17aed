"""Importing an envelope through a registered drive (R-SEC-6, R-SEC-11), for `SyncPanel`.

`stage` scans and stages the drive on the worker (`MediaTransfer.stage`: the drive must be
registered; the scan's stage, progress and Cancel are shown; its refusal otherwise) → one of the
staged envelopes (`choose`), or the one the member picked in the file chooser → its preview →
`apply`, from the staged copy only. The staged copies are discarded (on the worker, after any call
still using them) when the exchange ends in any way: applied, refused, cancelled, closed, or the
window locked (`forget`). Outcomes of calls started before the panel's generation changed are not
shown.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from app.errors import AppError
from app.security.scanner.pipeline import ScanResult
from app.security.scanner.volumes import Volume
from app.security.session import Session
from app.services.sync_import import ImportSummary
from app.services.transfer import MediaTransfer
from app.ui.common.task_runner import TaskRunner
from app.ui.exchange.scan_dialog import ScanProgressRelay, drive_name
from app.ui.exchange.sync_dialog import (
    APPLYING,
    CANCELLED,
    CHECKING,
    CHOOSE_ENVELOPE,
    NO_ENVELOPES,
    PREVIEW,
    STAGING,
    DialogState,
    SyncDialog,
)

Progress = Callable[[int, int], None]


class DriveImport(QObject):
    """The staged copies of the drive being imported from, and the envelope being previewed."""

    applied = Signal(object, int)  # ImportSummary, the generation it was started in
    refused = Signal(object, str, int)  # AppError, the name shown, the generation
    cancelled = Signal()  # the scan was cancelled: the panel reads its status line again

    def __init__(
        self,
        dialog: SyncDialog,
        runner: TaskRunner,
        *,
        session: Session,
        transfer: Callable[[], MediaTransfer],
        generation: Callable[[], int],
        relays: tuple[ScanProgressRelay, Progress],
    ) -> None:
        super().__init__(dialog)
        self._dialog, self._runner, self._session = dialog, runner, session
        self._transfer, self._generation = transfer, generation
        self._scan_progress, self._progress = relays
        self._staged: ScanResult | None = None
        self._envelopes: list[str] = []
        self._pending: str | None = None
        self._cancel = threading.Event()  # asks the running scan of a drive to stop

    @property
    def pending(self) -> bool:
        """An envelope of the drive is previewed and may be applied."""
        return self._pending is not None

    def cancel(self) -> None:
        self._cancel.set()

    def forget(self) -> None:
        """The exchange ended: nothing previewed any more, the staged copies discarded."""
        self._pending = None
        result, self._staged, self._envelopes = self._staged, None, []
        if result is not None:
            self._runner.run(result.discard, _ignore)

    def stage(self, volume: Volume, wanted: str = "") -> None:
        """Scan and stage the drive; then offer its envelopes, or preview `wanted` when given."""
        cancel = self._cancel = threading.Event()
        name = drive_name(volume)
        self._dialog.show_state(DialogState(STAGING, name))
        session, relay, generation, transfer = self._session, self._scan_progress, self._generation(), self._transfer

        def job() -> tuple[ScanResult, list[str]]:
            mover = transfer()
            result = mover.stage(session, volume, progress=relay.report, cancelled=cancel.is_set)
            return result, mover.envelopes(result)

        self._runner.run(
            job,
            lambda staged: self._on_staged(staged, name, generation, cancel, wanted),
            lambda error: self._on_stage_refused(error, name, generation, cancel),
            long=self.tr("the import"),  # a lock waits for it (R-SEC-5)
        )

    def choose(self, row: int) -> None:
        if 0 <= row < len(self._envelopes):
            self._preview(self._envelopes[row])

    def apply(self) -> None:
        result, envelope = self._staged, self._pending
        self._pending = None
        if result is None or envelope is None:
            return
        self._dialog.show_state(DialogState(APPLYING, envelope))
        session, generation, progress, transfer = self._session, self._generation(), self._progress, self._transfer
        self._runner.run(
            lambda: transfer().import_staged(session, result, envelope, progress=progress),
            lambda summary: self.applied.emit(summary, generation),
            lambda error: self.refused.emit(error, envelope, generation),
            long=self.tr("the import"),  # a lock waits for it (R-SEC-5)
        )

    def _on_staged(
        self, staged: tuple[ScanResult, list[str]], name: str, generation: int, cancel: threading.Event, wanted: str
    ) -> None:
        result, envelopes = staged
        current = generation == self._generation() and self._dialog.state.kind == STAGING
        if wanted and wanted not in envelopes:
            envelopes = []
        if not current or cancel.is_set() or not envelopes:
            self._runner.run(result.discard, _ignore)
            if current:
                kind = CANCELLED if cancel.is_set() else NO_ENVELOPES
                self._dialog.show_state(DialogState(kind, name))
            return
        self._staged, self._envelopes = result, list(envelopes)
        if wanted:
            self._preview(wanted)
        else:
            self._dialog.show_state(DialogState(CHOOSE_ENVELOPE, name, choices=tuple(envelopes)))

    def _on_stage_refused(self, error: AppError, name: str, generation: int, cancel: threading.Event) -> None:
        if generation == self._generation() and cancel.is_set():
            self.cancelled.emit()
            self._dialog.show_state(DialogState(CANCELLED, name))
        else:
            self.refused.emit(error, name, generation)

    def _preview(self, envelope: str) -> None:
        result = self._staged
        if result is None:
            return
        self._pending = envelope
        self._dialog.show_state(DialogState(CHECKING, envelope))
        session, generation, progress, transfer = self._session, self._generation(), self._progress, self._transfer
        self._runner.run(
            lambda: transfer().import_staged(session, result, envelope, preview=True, progress=progress),
            lambda summary: self._on_previewed(summary, generation),
            lambda error: self.refused.emit(error, envelope, generation),
        )

    def _on_previewed(self, summary: ImportSummary, generation: int) -> None:
        if generation != self._generation():
            return
        if summary.already_applied:
            self._pending = None
        self._dialog.show_state(DialogState(PREVIEW, summary.file_name, summary))


def _ignore(_result: object) -> None:
    """Discarding the staged copies has nothing to show."""
