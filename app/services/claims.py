"""Claims about the voter list, as filed at the PEC (R-CLM-1..4).

This is the part the exchange with the central system needs: a claim is recorded with its type,
the voter, the corrections asked for field by field, the voter's contact, who took it, when and
where, and both confirmations of R-CLM-2 (passport checked, person identified). A claim about a
listed voter's data blocks that voter until the decision arrives (R-CLM-4); the block is a local
change that travels in the next batch. Receipts, deadlines and the window flow build on this.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from app.clock import iso
from app.errors import AppError, Reason
from app.models.db import transaction
from app.models.pin import pin_problems
from app.models.records import CLAIM_TYPES, VoterStatus
from app.security.audit import AuditAction
from app.security.permissions import Action
from app.security.session import Session
from app.services.context import DeskContext
from app.services.guard import authorize

BLOCKING_TYPES = ("correction", "address")
CORRECTABLE = ("last_name", "first_name", "patronymic", "birth_date", "sex", "address", "special_category")


@dataclass(frozen=True)
class Claim:
    number: str
    type: str
    pin: str
    fields: dict[str, str]
    contact: str
    filed_at: str
    filed_by: str
    status: str
    decision: str
    decision_reason: str


class ClaimService:
    def __init__(self, ctx: DeskContext) -> None:
        self._ctx = ctx

    def file(
        self,
        session: Session,
        *,
        claim_type: str,
        pin: str,
        fields: dict[str, str],
        contact: str,
        passport_checked: bool,
        identified: bool,
        place: str = "PEC",
    ) -> str:
        """Records a claim and returns its number (precinct-year-sequence)."""
        ctx = self._ctx
        authorize(ctx, session, Action.CLAIM_INTAKE)
        if claim_type not in CLAIM_TYPES:
            raise AppError(Reason.MALFORMED, detail=f"claim type must be one of {', '.join(CLAIM_TYPES)}")
        if not (passport_checked and identified):
            raise AppError(Reason.MALFORMED, detail="confirm the passport check and the identification (R-CLM-2)")
        if not contact.strip() or len(contact) > 300:
            raise AppError(Reason.MALFORMED, detail="the voter's contact for the answer is required (max 300)")
        unknown = sorted(set(fields) - set(CORRECTABLE))
        if unknown or any(len(v) > 300 for v in fields.values()):
            raise AppError(
                Reason.MALFORMED, detail=f"fields that cannot be corrected: {', '.join(unknown) or 'too long'}"
            )
        if place not in ("PEC", "TEC"):
            raise AppError(Reason.MALFORMED, detail="place is PEC or TEC")
        voter = ctx.voters.find_pin(pin)
        if voter is None and claim_type not in ("missing", "disability"):
            raise AppError(Reason.MALFORMED, detail="no voter with this PIN on the list")
        if voter is None and (len(pin) != 14 or not pin.isdigit() or pin_problems(pin, None, None)):
            raise AppError(Reason.MALFORMED, detail="the PIN is not a valid 14-digit personal number")
        now = iso(ctx.clock.now())
        precinct, year = ctx.meta.get("precinct"), now[:4]
        with transaction(ctx.precinct):
            prefix = f"{precinct}-{year}-"
            last = ctx.precinct.execute(
                "SELECT max(number) FROM claim WHERE number >= ? AND number < ?", (prefix, prefix + "~")
            ).fetchone()[0]
            number = f"{prefix}{(int(last.rsplit('-', 1)[1]) if last else 0) + 1:05d}"
            ctx.precinct.execute(
                "INSERT INTO claim (number, type, pin, voter_id, fields, contact, filed_at, filed_by, place)"
                " VALUES (?,?,?,?,?,?,?,?,?)",
                (number, claim_type, pin, voter.id if voter else None,
                 json.dumps(fields, ensure_ascii=False, sort_keys=True), contact, now, session.login, place),
            )  # fmt: skip
            ctx.audit.append(session.actor, AuditAction.CLAIM_FILED, obj=number, details={"type": claim_type})
            if voter is not None and claim_type in BLOCKING_TYPES and voter.status is VoterStatus.ACTIVE:
                ctx.voters.set_status(
                    voter.id, VoterStatus.BLOCKED, at=now, login=session.login, reason="claim", claim=number
                )
                ctx.precinct.execute(
                    "INSERT INTO voter_change (pin, status, reason, claim, at, login) VALUES (?,?,?,?,?,?)",
                    (pin, VoterStatus.BLOCKED.value, "claim", number, now, session.login),
                )
                ctx.audit.append(session.actor, AuditAction.VOTER_BLOCKED, obj=str(voter.id), details={"claim": number})
        return number

    def get(self, number: str) -> Claim:
        row = self._ctx.precinct.execute(
            "SELECT number, type, pin, fields, contact, filed_at, filed_by, status, decision, decision_reason"
            " FROM claim WHERE number = ?",
            (number,),
        ).fetchone()
        if row is None:
            raise AppError(Reason.MALFORMED, detail=f"no claim {number}")
        return Claim(row[0], row[1], row[2], json.loads(row[3]), *row[4:])
