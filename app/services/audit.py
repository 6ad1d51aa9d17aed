"""Verifying and reading the audit chain (R-AUD-3, R-AUD-4, R-AUD-6)."""

from __future__ import annotations

from app.models.db import SelfCheck, self_check
from app.security.audit import AuditAction, AuditEvent, VerifyReport, verify
from app.security.permissions import Action
from app.security.session import Session
from app.services.context import DeskContext
from app.services.guard import authorize


class AuditService:
    def __init__(self, ctx: DeskContext) -> None:
        self._ctx = ctx

    def verify(self) -> VerifyReport:
        """Needs only this device (the keyring), no login: scripts and auditors run it."""
        ctx = self._ctx
        ctx.open_device()
        report = verify(ctx.audit, ctx.device_id, ctx.checkpoints(), ctx.device_public_key)
        outcome = "ok" if report.ok else "broken"
        ctx.audit.append(ctx.system_actor(), AuditAction.AUDIT_VERIFIED, outcome=outcome, details=report.to_json())
        return report

    def self_check(self, session: Session, *, integrity: bool) -> SelfCheck:
        """SQLCipher version and, on demand, every page's HMAC (`cipher_integrity_check`)."""
        authorize(self._ctx, session, Action.AUDIT_VIEW)
        check = self_check(self._ctx.precinct, integrity=integrity)
        details = {"cipher": check.cipher_version, "integrity": integrity, "errors": len(check.integrity_errors)}
        outcome = "ok" if check.ok else "damaged"
        self._ctx.audit.append(session.actor, AuditAction.SELF_CHECK, outcome=outcome, details=details)
        return check

    def tail(self, session: Session, count: int = 20) -> list[AuditEvent]:
        authorize(self._ctx, session, Action.AUDIT_VIEW)
        events = self._ctx.audit.events(limit=max(1, count), newest_first=True)
        self._ctx.audit.append(session.actor, AuditAction.AUDIT_VIEWED, details={"count": len(events)})
        return list(reversed(events))
