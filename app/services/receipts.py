"""The claim receipt ticket (алуу талону, R-CLM-2, R-CLM-6, R-CLM-10), written as a PDF.

Writing a receipt is a deliberate act, audited as `data.print` with what was printed, the number
of pages, the language and whether it is a duplicate. The first receipt of a claim is the
original; every later one is marked DUPLICATE (the claim counts its receipts). The verification
code is the device key's signature over the claim number, the time of intake and the precinct
(`app.printing.verification`), so a reprint carries the same code.

Only what the voter gave and public fields are on it (R-DATA-3): the voter's name (ФИО), the
corrections the voter asked for, the contact the voter gave for the answer, and the precinct. The
PIN is not printed. The answer is due `decision_days` after the (Bishkek) day of intake. A claim
about someone missing from the list ("missing", or "disability" when the contact centre found the
person in no list, check B) lists the registration points from the package (R-CLM-6).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import BinaryIO

from app.clock import iso
from app.errors import AppError, Defect, Reason
from app.models.claims import Claim, ClaimRepository
from app.models.db import transaction
from app.models.sync_state import RegpointRepository
from app.models.vocabulary import ClaimType, ContactCheck, Place
from app.printing.base import Footer
from app.printing.destruction_notice import DestructionData, render_destruction_notice
from app.printing.receipt import ReceiptData, render_receipt
from app.printing.verification import receipt_code
from app.security.audit import AuditAction
from app.security.permissions import Action
from app.security.session import Session
from app.services.claims import ClaimService
from app.services.guard import authorize
from app.services.ports import SigningStore


@dataclass(frozen=True)
class PrintedReceipt:
    number: str
    pages: int
    duplicate: bool
    verification: str
    answer_by: str  # YYYY-MM-DD


def needs_registration_points(claim: Claim) -> bool:
    return claim.type == ClaimType.MISSING or (
        claim.type == ClaimType.DISABILITY and claim.contact_check == ContactCheck.B
    )


class ReceiptService:
    def __init__(self, ctx: SigningStore) -> None:
        self._ctx = ctx
        self._claims = ClaimService(ctx)

    def data(self, claim: Claim, *, duplicate: bool) -> ReceiptData:
        """What the receipt of `claim` shows (public and voter-given fields only)."""
        ctx = self._ctx
        precinct = ctx.meta.get("precinct")
        calendar = self._claims.calendar()
        member = ctx.accounts.get(claim.filed_by)
        points: tuple[tuple[str, str, str], ...] = ()
        if needs_registration_points(claim):
            points = tuple(RegpointRepository(ctx.precinct).all())
        return ReceiptData(
            number=claim.number,
            filed_at=claim.filed_at,
            claim_type=ClaimType(claim.type),
            precinct=precinct,
            place=Place(claim.place),
            member_name=member.full_name if member is not None else claim.filed_by,
            voter_name=self._voter_name(claim),
            requested=dict(claim.fields),
            contact=claim.contact,
            answer_by=calendar.answer_by(claim.filed_on).isoformat(),
            hotline=calendar.hotline,
            verification=receipt_code(ctx.device_keys()[0], claim.number, claim.filed_at, precinct),
            duplicate=duplicate,
            registration_points=points,
        )

    def _voter_name(self, claim: Claim) -> str:
        voter = self._ctx.voters.find_pin(claim.pin)
        if voter is not None:
            return voter.full_name
        given = (claim.fields.get(k, "") for k in ("last_name", "first_name", "patronymic"))
        return " ".join(p for p in given if p)

    def write(self, session: Session, number: str, out: BinaryIO, *, lang: str = "ky") -> PrintedReceipt:
        """Renders the receipt into `out` and records the print; a reprint is a DUPLICATE."""
        ctx = self._ctx
        authorize(ctx, session, Action.RECEIPT_PRINT)
        claim = self._claims.get(number)
        duplicate = claim.receipts > 0
        data = self.data(claim, duplicate=duplicate)
        footer = Footer(user=session.full_name, printed_at=iso(ctx.clock.now()), role=session.role)
        buffer = io.BytesIO()
        pages = render_receipt(data, buffer, lang=lang, footer=footer)
        out.write(buffer.getvalue())
        with transaction(ctx.precinct):
            self._claims.count_receipt(number)
            details = {"what": "receipt", "pages": pages, "lang": lang, "duplicate": duplicate}
            ctx.audit.append(session.actor, AuditAction.PRINT, obj=number, details=details)
        return PrintedReceipt(number, pages, duplicate, data.verification, data.answer_by)


def write_destruction_notice(
    ctx: SigningStore, session: Session, number: str, out: BinaryIO, *, lang: str = "ky"
) -> int:
    """The notice to a voter whose unlawfully collected data was destroyed (R-CLM-4); audited print."""
    authorize(ctx, session, Action.RECEIPT_PRINT)
    row = ClaimRepository(ctx.precinct).destruction(number)
    if row is None:
        raise AppError(Reason.MALFORMED, defect=Defect.NOT_DESTROYED, claim=number)
    destroyed_at, name, contact, decided_at = row.destroyed_at, row.destroyed_name, row.contact, row.decided_at
    data = DestructionData(
        number=number, precinct=ctx.meta.get("precinct"), voter_name=name, contact=contact,
        decided_by=Place.TEC, decided_on=str(decided_at), destroyed_at=str(destroyed_at),
        categories=("last_name", "first_name", "patronymic", "birth_date", "sex", "address", "pin"),
        signer_name=session.full_name,
    )  # fmt: skip
    footer = Footer(user=session.full_name, printed_at=iso(ctx.clock.now()), role=session.role)
    buffer = io.BytesIO()
    pages = render_destruction_notice(data, buffer, lang=lang, footer=footer)
    out.write(buffer.getvalue())
    ctx.audit.append(session.actor, AuditAction.PRINT, obj=number,
                     details={"what": "destruction-notice", "pages": pages, "lang": lang})  # fmt: skip
    return pages
