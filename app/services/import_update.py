"""The records of an update from the central system, applied one by one inside its transaction:
voters added, changed or removed, decisions, acknowledgements, trust, settings, registration
points, accounts (R-SYN-1)."""

from __future__ import annotations

from app.errors import AppError, Defect, Reason
from app.models.accounts import CENTRAL_LOGIN
from app.models.positions import apply_ack
from app.models.records import VoterStatus
from app.security.audit import Actor, AuditAction
from app.security.passwords import make_verifier
from app.services.import_apply import apply_decision, bundle_serial, insert_regpoint, store_bundle
from app.services.import_checks import Checked, ImportSummary, voter_row
from app.services.ports import PrecinctStore
from app.sync.records import Record
from app.sync.trust import parse_bundle


def apply_record(
    ctx: PrecinctStore, actor: Actor, record: Record, *, checked: Checked, summary: ImportSummary, now: str,
    new_accounts: list[tuple[str, str]],
) -> None:  # fmt: skip
    """One record of an update, inside its transaction."""
    kind = record["t"]
    if kind == "voter":
        _apply_voter(ctx, record, summary, now)
    elif kind == "removed":
        _apply_removal(ctx, record, summary, now)
    elif kind == "decision":
        apply_decision(ctx, record, now)
        summary.decisions += 1
    elif kind == "ack":
        summary.acks += apply_ack(ctx.precinct, record)  # also what the central side holds (R-SYN-2)
    elif kind == "trust":
        bundle = parse_bundle(str(record["bundle"]).encode(), checked.trust.root)
        if bundle.serial > max(bundle_serial(ctx.precinct), summary.trust_serial):
            store_bundle(ctx.precinct, bundle)
            summary.trust_serial = bundle.serial
    elif kind == "meta":
        ctx.meta.set(str(record["key"]), str(record["value"]))
        summary.settings += 1
    elif kind == "regpoint":
        insert_regpoint(ctx.precinct, record)
        summary.regpoints += 1
    elif kind == "account":
        _apply_account(ctx, actor, record, summary, now=now, new_accounts=new_accounts)
    elif kind == "avsig":
        checked.extra["sink"].feed(record)


def _apply_voter(ctx: PrecinctStore, record: Record, summary: ImportSummary, now: str) -> None:
    voters = ctx.voters
    row = voter_row(record)
    found = voters.find_pin(row.pin)
    if found is None:
        voters.add_many([row], now)
        summary.new_voters += 1
    elif (
        voters.update_row(found.id, row, at=now, login=CENTRAL_LOGIN, before=found.row)
        or found.status is VoterStatus.REMOVED
    ):
        if found.status is VoterStatus.REMOVED:
            voters.set_status(found.id, VoterStatus.ACTIVE, at=now, login=CENTRAL_LOGIN, reason="restored")
        summary.changed_voters += 1


def _apply_removal(ctx: PrecinctStore, record: Record, summary: ImportSummary, now: str) -> None:
    voters = ctx.voters
    found = voters.find_pin(str(record["pin"]))
    if found is None:
        raise AppError(Reason.MALFORMED, defect=Defect.UNKNOWN_VOTER)
    if found.status is not VoterStatus.REMOVED:
        voters.set_status(found.id, VoterStatus.REMOVED, at=now, login=CENTRAL_LOGIN, reason=str(record["reason"]))
        summary.removed_voters += 1


def _apply_account(
    ctx: PrecinctStore, actor: Actor, record: Record, summary: ImportSummary, *, now: str,
    new_accounts: list[tuple[str, str]],
) -> None:  # fmt: skip
    login = str(record["login"])
    if ctx.accounts.get(login) is not None:
        return
    password = str(record["password"])
    ctx.accounts.add(login, str(record["full_name"]), str(record["role"]), now)
    entry = make_verifier(password)
    ctx.accounts.push_history(login, now, entry.params.to_json(), entry.params.salt, entry.verifier)
    ctx.accounts.set_password_state(login, must_change=True, at=now)
    ctx.audit.append(actor, AuditAction.ACCOUNT_CREATED, obj=login,
                     details={"role": record["role"], "by": "central"})  # fmt: skip
    new_accounts.append((login, password))
    summary.accounts += 1
