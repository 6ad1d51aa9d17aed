"""Voter search (public fields only, R-DATA-3), audited by count, never by terms.

A copy of search results to the clipboard (R-SEC-8) is audited here too, by the number of records
copied, never their names; the window copies only after this call succeeded.

A voter's record (issue 12 point 3): `namesakes` gives the public fields of every listed voter with
exactly the same name (the record view tells them apart by record number and status; audited like a
search, by count); `confidential` gives the confidential fields (R-DATA-3: PIN, date of birth, sex,
address) in one call and one `voter.view-confidential` event naming the record and the fields shown,
never their values. The special category (R-DATA-2) is in it only for a role allowed
`VOTER_VIEW_SPECIAL` (docs/decisions.md "The Voters page").
"""

from __future__ import annotations

from dataclasses import dataclass

from app.errors import AppError, Defect, Reason
from app.models.records import PublicVoter
from app.models.voters import SearchResult
from app.security.audit import AuditAction
from app.security.permissions import Action, allowed
from app.security.session import Session
from app.services.guard import authorize
from app.services.ports import PrecinctStore

MAX_LIMIT = 500
CONFIDENTIAL_FIELDS = ("pin", "birth_date", "sex", "address")
SPECIAL_FIELD = "special_category"


@dataclass(frozen=True)
class ConfidentialFields:
    """A voter's confidential fields as stored (R-DATA-3); `special_category` is None when the role
    may not see special categories (R-DATA-2), "" when the voter is in none."""

    voter_id: int
    pin: str
    birth_date: str  # YYYY-MM-DD
    sex: str  # "F" or "M"
    address: str
    special_category: str | None


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

    def namesakes(self, session: Session, voter_id: int) -> list[PublicVoter]:
        """The public fields of the listed voters named exactly as `voter_id` (it included), in list
        order; audited as a search, by count."""
        authorize(self._ctx, session, Action.VOTER_SEARCH)
        try:
            found = self._ctx.voters.namesakes(voter_id)
        except KeyError as exc:
            raise AppError(Reason.MALFORMED, defect=Defect.NOTHING_SELECTED) from exc
        details = {"results": len(found), "more": False, "what": "namesakes"}
        self._ctx.audit.append(session.actor, AuditAction.SEARCH, details=details)
        return found

    def confidential(self, session: Session, voter_id: int) -> ConfidentialFields:
        """The confidential fields of `voter_id` (the record view's "Show"): one permission check and
        one audit event naming the record and which fields were shown (R-DATA-3, R-AUD-1)."""
        authorize(self._ctx, session, Action.VOTER_VIEW_CONFIDENTIAL)
        special = allowed(session.role, Action.VOTER_VIEW_SPECIAL)  # R-DATA-2: its own permission
        try:
            row = self._ctx.voters.get(voter_id).row
        except KeyError as exc:
            raise AppError(Reason.MALFORMED, defect=Defect.NOTHING_SELECTED) from exc
        fields = [*CONFIDENTIAL_FIELDS, SPECIAL_FIELD] if special else list(CONFIDENTIAL_FIELDS)
        details = {"what": "record", "fields": fields}
        self._ctx.audit.append(session.actor, AuditAction.VIEW_CONFIDENTIAL, obj=str(voter_id), details=details)
        category = row.special_category if special else None
        return ConfidentialFields(voter_id, row.pin, row.birth_date, row.sex, row.address, category)

    def count(self, session: Session) -> int:
        authorize(self._ctx, session, Action.VOTER_SEARCH)
        return self._ctx.voters.count()
