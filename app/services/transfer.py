"""Moving envelopes through registered drives (R-SEC-6, R-SEC-11): an import only from a registered
drive, scanned clean, from the staged copy; an export or a resend only onto a registered drive.

Apart from `scanning` so that the scan (which a claim's attachments need too) does not depend on
the batch export, which depends on the claims (no import cycle).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.errors import AppError, Defect, Reason
from app.security.scanner.pipeline import Progress, ScanResult
from app.security.scanner.types import ScanReport
from app.security.scanner.volumes import Volume
from app.security.session import Session
from app.services.ports import TransferStore
from app.services.scanning import ScanService, refusal_of
from app.services.sync_export import BatchExport, ExportSummary, ResentSummary
from app.services.sync_import import EnvelopeImport, ImportSummary


class MediaTransfer:
    """Import from and export to registered drives only."""

    def __init__(self, ctx: TransferStore, scans: ScanService) -> None:
        self._ctx = ctx
        self._scans = scans

    def stage(
        self, session: Session, volume: Volume, *, progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ScanResult:  # fmt: skip
        """Registered drive → scan → staged copies (or the refusal of the scan). The caller
        previews/imports with `import_staged` and then calls `result.discard()`."""
        self._scans.media.require_registered(session, volume, "import")
        result = self._scans.scan(session, volume.mount_point, progress=progress, cancelled=cancelled).result
        if not result.clean:
            result.discard()
            raise refusal_of(result.report)
        return result

    def envelopes(self, result: ScanResult) -> list[str]:
        """The staged files that are envelopes (what the person may choose to import)."""
        return [s.relative for s in result.staged if s.relative.endswith(".pecenv")]

    def import_staged(
        self, session: Session, result: ScanResult, relative: str, *, preview: bool = False,
        progress: Callable[[int, int], None] | None = None,
    ) -> ImportSummary:  # fmt: skip
        staged = next((s for s in result.staged if s.relative == relative), None)
        if staged is None:
            raise AppError(Reason.USAGE, defect=Defect.NOT_ON_DRIVE, name=str(relative))
        job = EnvelopeImport(self._ctx, session, progress=progress)
        return job.preview(staged.path) if preview else job.apply(staged.path)

    def import_envelope(
        self, session: Session, volume: Volume, relative: str, *, progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None, preview: bool = False,
    ) -> tuple[ImportSummary, ScanReport]:  # fmt: skip
        """Registered drive → scan → the staged copy of `relative` is verified and imported."""
        result = self.stage(session, volume, progress=progress, cancelled=cancelled)
        try:
            return self.import_staged(session, result, relative, preview=preview), result.report
        finally:
            result.discard()

    def export_batch(self, session: Session, volume: Volume, folder: str = "", resend: int = 0) -> ExportSummary:
        """The next batch (or, with `resend`, that unacknowledged batch again), written straight
        to a registered drive (temp name, fsync, rename)."""
        batches, target = self._batches_to(session, volume, folder)
        return batches.resend(resend, target) if resend else batches.export(target)

    def resend_batches(self, session: Session, volume: Volume, folder: str = "") -> ResentSummary:
        """Every unacknowledged batch again, onto a registered drive."""
        batches, target = self._batches_to(session, volume, folder)
        return batches.resend_unacknowledged(target)

    def _batches_to(self, session: Session, volume: Volume, folder: str) -> tuple[BatchExport, Path]:
        self._scans.media.require_registered(session, volume, "export")
        return BatchExport(self._ctx, session), volume.mount_point / folder if folder else volume.mount_point
