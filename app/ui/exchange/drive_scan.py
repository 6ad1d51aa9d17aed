"""The scan of one drive from the Drives area (R-SEC-6): run on the worker, its progress and its
report shown in the scan dialog, cancelled on request or when the panel forgets what it showed.
An outcome that arrives after the panel was cleared (`current()` moved on) is dropped."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from app.errors import AppError
from app.security.scanner.types import ScanReport
from app.security.scanner.volumes import Volume
from app.security.session import Session
from app.ui.common.deps import UiDeps
from app.ui.exchange.scan_dialog import (
    CANCELLING,
    REPORT,
    SCANNING,
    STOPPED,
    ScanDialog,
    ScanProgressRelay,
    ScanState,
    drive_name,
)


class DriveScan(QObject):
    def __init__(self, deps: UiDeps, session: Session, current: Callable[[], int], parent: QWidget) -> None:
        super().__init__(parent)
        self._deps = deps
        self._session = session
        self._current = current
        self._cancel = threading.Event()
        self.dialog = ScanDialog(lambda: deps.translations.lang, parent)
        self.progress = ScanProgressRelay(self)
        self.dialog.cancel_requested.connect(self.cancel)
        self.progress.progressed.connect(self.dialog.set_progress)
        deps.runner.became_idle.connect(self._on_runner_idle)

    def start(self, volume: Volume) -> None:
        if self.dialog.busy:
            return
        cancel = self._cancel = threading.Event()
        name = drive_name(volume)
        self.dialog.show_state(ScanState(SCANNING, name))
        services, source, session, relay = self._deps.services, self._deps.volumes, self._session, self.progress
        generation = self._current()

        def job() -> ScanReport:
            scanned = services.scans(source).scan(
                session, volume.mount_point, progress=relay.report, cancelled=cancel.is_set
            )
            scanned.result.discard()  # this scan only reports; an import stages its own copies
            return scanned.result.report

        self._deps.runner.run(
            job,
            lambda report: self._on_scanned(report, name, generation),
            lambda error: self._on_failed(error, name, generation),
            long=self.tr("the scan of a drive"),  # a lock waits for it (R-SEC-5)
        )

    def cancel(self) -> None:
        self._cancel.set()

    def _on_scanned(self, report: ScanReport, name: str, generation: int) -> None:
        if generation == self._current():
            self.dialog.show_state(ScanState(REPORT, name, report))

    def _on_failed(self, error: AppError, name: str, generation: int) -> None:
        if generation == self._current():
            self.dialog.show_state(ScanState(STOPPED, name, error=error))

    def _on_runner_idle(self) -> None:
        """Every call is done, yet the scan dialog still waits: the scan crashed (re-raised)."""
        if self.dialog.isVisible() and self.dialog.state.kind in (SCANNING, CANCELLING):
            self.dialog.show_state(ScanState(STOPPED, self.dialog.state.drive))
