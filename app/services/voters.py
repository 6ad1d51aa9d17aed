"""Voter search (public fields only, R-DATA-3), audited by count, never by terms.

A copy of search results to the clipboard (R-SEC-8) is audited here too, by the number of records
copied, never their names; the window copies only after this call succeeded."""

from __future__ import annotations

from app.errors import AppError, Defect, Reason
from app.models.voters import SearchResult
from app.security.audit import AuditAction
from app.security.permissions import Action
from app.security.session import Session
from app.services.guard import authorize
from app.services.ports import PrecinctStore

MAX_LIMIT = 500


class VoterService:
    def __init__(self, ctx: PrecinctStore) -> None:
        self._ctx = ctx

    def search(self, session: Session, text: str, limit: int = 50) -> SearchResult:
        authorize(self._ctx, session, Action.VOTER_SEARCH)
        result = self._ctx.voters.search(text[:200], max(1, min(limit, MAX_LIMIT)))
        details = {"results": len(result.voters), "more": result.more}
        self._ctx.audit.append(session.actor, AuditAction.SEARCH, details=details)
        return result

    def record_copy(self, session: Session, records: int) -> None:
        """R-SEC-8, R-AUD-1: `records` search results are about to be copied to the clipboard."""
        authorize(self._ctx, session, Action.VOTER_SEARCH)
        if records < 1:
            raise AppError(Reason.MALFORMED, defect=Defect.NOTHING_SELECTED)
        details = {"records": records, "what": "search-results"}
        self._ctx.audit.append(session.actor, AuditAction.COPY, details=details)

    def pin(self, session: Session, voter_id: int) -> str:
        """The PIN of the voter `voter_id` (a confidential field, R-DATA-3): only for a role allowed
        to view confidential fields, and the view is audited (by record id, never the PIN)."""
        authorize(self._ctx, session, Action.VOTER_VIEW_CONFIDENTIAL)
        try:
            pin = self._ctx.voters.get(voter_id).row.pin
        except KeyError as exc:
            raise AppError(Reason.MALFORMED, defect=Defect.NOTHING_SELECTED) from exc
        details = {"what": "pin"}
        self._ctx.audit.append(session.actor, AuditAction.VIEW_CONFIDENTIAL, obj=str(voter_id), details=details)
        return pin

    def count(self, session: Session) -> int:
        authorize(self._ctx, session, Action.VOTER_SEARCH)
        return self._ctx.voters.count()
