"""The services one running desk offers its window, over one data dir.

The composition root (`app.main.build_app`) builds this once and hands it to the views (`UiDeps`).
The window reaches the stores only through these calls: every read of confidential data is
checked against the permission table and audited by the service that makes it. Each call runs on
the task runner's worker, never on the UI thread; the factories make a service per call, as the
services are light and hold nothing between calls. What reaches a removable drive is given the
window's volume source (`UiDeps.volumes`), so the window's drives are the services' drives.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.models.accounts import Account
from app.security.scanner.volumes import VolumeSource
from app.security.session import Session
from app.services.accounts import AccountService
from app.services.anomalies import AnomalyService
from app.services.audit import AuditService
from app.services.audit_export import NistExport
from app.services.auth import AuthService
from app.services.backup import BackupService, RestoreJob, RestoreResult
from app.services.claims import Attachment, ClaimService, read_attachment
from app.services.context import DeskContext
from app.services.dashboard import DashboardService
from app.services.destruction import DestructionService
from app.services.documents import DocumentService
from app.services.media import MediaService
from app.services.receipts import ReceiptService
from app.services.scanning import ScanService
from app.services.signatures import SignatureState, signature_state
from app.services.sync_export import BatchExport, sync_status
from app.services.sync_import import EnvelopeImport, Progress
from app.services.transfer import MediaTransfer
from app.services.voters import VoterService

DEFAULT_IDLE_MINUTES = 5.0


@dataclass(frozen=True)
class SessionSettings:
    """The precinct's policy for a session: its number and the idle minutes before the lock."""

    precinct: str
    idle_minutes: float


class DeskServices:
    def __init__(self, ctx: DeskContext) -> None:
        self._ctx = ctx
        self.auth = AuthService(ctx)
        self.voters = VoterService(ctx)

    def claims(self) -> ClaimService:
        return ClaimService(self._ctx)

    def receipts(self) -> ReceiptService:
        return ReceiptService(self._ctx)

    def documents(self) -> DocumentService:
        return DocumentService(self._ctx)

    def media(self, volumes: VolumeSource) -> MediaService:
        return MediaService(self._ctx, volumes)

    def scans(self, volumes: VolumeSource) -> ScanService:
        return ScanService(self._ctx, volumes)

    def transfer(self, volumes: VolumeSource) -> MediaTransfer:
        return MediaTransfer(self._ctx, self.scans(volumes))

    def envelope_import(self, session: Session, *, progress: Progress | None = None) -> EnvelopeImport:
        return EnvelopeImport(self._ctx, session, progress=progress)

    def batch_export(self, session: Session) -> BatchExport:
        return BatchExport(self._ctx, session)

    def sync_status(self) -> dict[str, Any]:
        return sync_status(self._ctx)

    def read_attachment(self, session: Session, path: Path, volumes: VolumeSource) -> Attachment:
        return read_attachment(self._ctx, session, path, volumes)

    def signature_state(self) -> SignatureState:
        return signature_state(self._ctx)

    def session_settings(self) -> SessionSettings:
        """The precinct number and its idle minutes (a broken value: the default, never no lock)."""
        meta = self._ctx.meta
        try:
            minutes = float(meta.get("idle_minutes", str(DEFAULT_IDLE_MINUTES)))
        except ValueError:
            minutes = DEFAULT_IDLE_MINUTES
        if not 0 < minutes <= 24 * 60:
            minutes = DEFAULT_IDLE_MINUTES
        return SessionSettings(meta.get("precinct", ""), minutes)

    def has_precinct(self) -> bool:
        """The data dir holds a precinct (the window has something to open)."""
        return self._ctx.has_precinct()

    def close(self) -> None:
        """Closes the stores (the app is ending)."""
        self._ctx.close()

    def accounts(self) -> AccountService:
        return AccountService(self._ctx)

    def account_list(self, session: Session) -> list[tuple[Account, bool]]:
        """The accounts (`account.admin`), each with whether wrong passwords locked it out."""
        accounts = self.accounts().list(session)
        guards = self._ctx.guards
        return [(account, guards.get(account.login).locked) for account in accounts]

    def audit(self) -> AuditService:
        return AuditService(self._ctx)

    def destruction(self) -> DestructionService:
        return DestructionService(self._ctx)

    def backups(self, volumes: VolumeSource) -> BackupService:
        return BackupService(self._ctx, self.media(volumes))

    def restore(self, session: Session, source: Path, password: str, *, accept_older: bool) -> RestoreResult:
        """A restore by the logged-in `session` over the store it has open: the restore takes the
        store for itself, so it is closed first. Refused, the store is opened again with the key it
        had and the session goes on; done, the session is logged out (audited, reason "restore": the
        restored store has the same key) and the window logs out too (its pages showed the data
        replaced)."""
        ctx, key = self._ctx, self._ctx.store_key
        ctx.close_precinct()
        try:
            result = RestoreJob(ctx, session.login, accept_older=accept_older).run(source, password)
        except BaseException:
            if ctx.precinct_if_open() is None and key:
                ctx.open_precinct(key)
            raise
        ctx.open_precinct(key)
        self.auth.logout(session, "restore")
        return result

    def anomalies(self) -> AnomalyService:
        return AnomalyService(self._ctx)

    def audit_export(self, volumes: VolumeSource) -> NistExport:
        return NistExport(self._ctx, self.media(volumes))

    def dashboard(self) -> DashboardService:
        return DashboardService(self._ctx)

    def display_settings_file(self) -> Path:
        """The device's display settings (the text size; no personal data): app/ui/settings/store.py."""
        return self._ctx.paths.root / "display.json"
