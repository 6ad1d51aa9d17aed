"""`pec-desk` search and claims: voters found, claims taken with their receipts (R-CLM-1..8)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.desk_run import Desk, check_out_file, reserve
from app.cli.terminal import emit_json, row, shown
from app.cli.usage import UsageProblem, usage
from app.errors import os_failure
from app.security.atomic import fill_reserved
from app.security.session import Session
from app.services.voters import VoterService

if TYPE_CHECKING:
    from app.services.claims import Attachment, ClaimService
    from app.services.receipts import PrintedReceipt


def cmd_search(desk: Desk) -> int:
    def run(session: Session) -> int:
        result = VoterService(desk.ctx).search(session, desk.args.text, desk.args.limit)
        if desk.args.json:
            emit_json(
                [
                    {"id": v.id, "full_name": v.full_name, "precinct": v.precinct, "status": v.status.value}
                    for v in result.voters
                ]
            )
        for voter in [] if desk.args.json else result.voters:
            row(voter.full_name, voter.precinct, voter.status.value)
        return 0

    return desk.as_user(run)


def cmd_claims(desk: Desk) -> int:
    args = desk.args
    if args.claims_command == "add":
        return _claims_add(desk)

    def run(session: Session) -> int:
        from app.services.claims import ClaimService

        service = ClaimService(desk.ctx)
        if args.claims_command == "list":
            _list_claims(service, session, desk)
        elif args.claims_command == "show":
            _show_claim(service, session, desk)
        elif args.claims_command == "receipt":
            _receipt_again(desk, session)
        else:
            claim = service.mark_informed(session, args.number, args.how)
            print(shown(f"{claim.number}: {claim.status} ({claim.informed_how})"))
        return 0

    return desk.as_user(run)


def _list_claims(service: ClaimService, session: Session, desk: Desk) -> None:
    states = service.states(session, status=desk.args.status, flagged_only=desk.args.flagged)
    if desk.args.json:
        emit_json([s.to_json() for s in states])
        return
    for s in states:
        c = s.claim
        row(c.number, c.type, c.status, c.filed_at[:16], f"answer by {s.answer_by}", s.flag.value)


def _show_claim(service: ClaimService, session: Session, desk: Desk) -> None:
    data = service.show(session, desk.args.number).to_json(full=True)
    if desk.args.json:
        emit_json(data)
        return
    for key, value in data.items():
        print(f"{key}: {shown(value)}")


def _receipt_again(desk: Desk, session: Session) -> None:
    args = desk.args
    check_out_file(args.out)
    printed = write_receipt(desk, session, args.number, args.out, args.lang)
    if args.json:
        emit_json({"number": printed.number, "receipt": str(args.out), "pages": printed.pages,
                   "duplicate": printed.duplicate})  # fmt: skip
    else:
        print(f"{shown(args.out)}: {'DUPLICATE ' if printed.duplicate else ''}receipt of {printed.number}")


def requested_fields(items: list[str]) -> dict[str, str]:
    """The `--set FIELD=VALUE` options as a dict (a later one for the same field wins)."""
    fields: dict[str, str] = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise usage(UsageProblem.NOT_FIELD_VALUE, f"--set {item!r}")
        fields[name.strip()] = value
    return fields


def _claims_add(desk: Desk) -> int:
    from app.services.claims import read_attachment

    args = desk.args
    fields = requested_fields(args.set)
    check_out_file(args.receipt)

    def run(session: Session) -> int:
        attachments = [read_attachment(desk.ctx, session, path, desk.volumes) for path in args.attach]
        reserve(args.receipt)  # the receipt's name is claimed before the claim is filed (R-SEC-11)
        try:
            number = _file_claim(desk, session, fields, attachments)
        except BaseException:
            args.receipt.unlink(missing_ok=True)
            raise
        printed = write_receipt(desk, session, number, args.receipt, args.lang, reserved=True)
        if args.json:
            emit_json({"number": number, "receipt": str(args.receipt), "pages": printed.pages,
                       "answer_by": printed.answer_by, "attachments": len(attachments)})  # fmt: skip
        else:
            print(number)
        return 0

    return desk.as_user(run)


def _file_claim(desk: Desk, session: Session, fields: dict[str, str], attachments: list[Attachment]) -> str:
    from app.services.claims import ClaimService

    args = desk.args
    return ClaimService(desk.ctx).file(
        session, claim_type=args.claim_type, pin=args.voter, fields=fields, contact=args.contact,
        passport_checked=args.passport_checked, identified=args.identified, place=args.place,
        institution=args.institution, contact_check=args.check, attachments=attachments,
    )  # fmt: skip


def write_receipt(
    desk: Desk, session: Session, number: str, out: Path, lang: str, *, reserved: bool = False
) -> PrintedReceipt:
    """The deliberate, audited act of saving a receipt PDF to disk: into a new file only, never
    over an existing one (`reserved`: the name was claimed by `reserve` already)."""
    import io

    from app.services.receipts import ReceiptService

    if not reserved:
        reserve(out)
    buffer = io.BytesIO()
    try:
        printed = ReceiptService(desk.ctx).write(session, number, buffer, lang=lang)
    except BaseException:
        out.unlink(missing_ok=True)
        raise
    try:
        fill_reserved(out, buffer.getvalue())
    except OSError as exc:
        raise os_failure(exc, str(out)) from exc
    return printed
