"""Creating a precinct on this device: keys, stores, accounts with one-time passwords.

Until the central tool exists (the sync issue), the demo and the tests build a
precinct through this service directly; the accounts get one-time passwords that
must be changed at first login (R-SEC-1, R-SEC-3).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from app.clock import iso
from app.errors import AppError, Reason
from app.models.db import new_key, transaction
from app.models.records import VoterRow
from app.security.audit import AuditAction
from app.security.permissions import Role
from app.services.auth import issue_account
from app.services.context import DeskContext


@dataclass(frozen=True)
class NewAccount:
    login: str
    full_name: str
    role: Role


@dataclass(frozen=True)
class IssuedAccount:
    login: str
    full_name: str
    role: Role
    password: str  # one-time; shown once, never stored


@dataclass(frozen=True)
class PrecinctInfo:
    number: str
    election_id: str
    election_name: str
    voting_day: str  # YYYY-MM-DD


def create_precinct(
    ctx: DeskContext,
    info: PrecinctInfo,
    accounts: Sequence[NewAccount],
    voters: Iterable[VoterRow],
    *,
    recovery_public: X25519PublicKey | None = None,
    idle_minutes: int = 5,
) -> list[IssuedAccount]:
    if ctx.has_precinct():
        raise AppError(Reason.DATA_DIR_IN_USE, path=str(ctx.paths.root))
    if not any(a.role is Role.SYSADMIN for a in accounts):
        raise AppError(Reason.MALFORMED, detail="a precinct needs a sysadmin account")
    signing = ctx.create_device()
    store_key = new_key()
    conn = ctx.open_precinct(store_key, create=True)
    actor, now = ctx.system_actor(), iso(ctx.clock.now())
    raw = signing.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    with transaction(conn):
        conn.execute("INSERT INTO device_key VALUES (1, ?, ?)", (raw, now))
        for key, value in (("precinct", info.number), ("election_id", info.election_id),
                           ("election_name", info.election_name), ("voting_day", info.voting_day),
                           ("created_at", now), ("idle_minutes", str(idle_minutes))):  # fmt: skip
            ctx.meta.set(key, value)
        ctx.audit.append(actor, AuditAction.PRECINCT_CREATED, obj=info.number, details={"election": info.election_id})
        count = ctx.voters.add_many(voters, now)
        ctx.audit.append(actor, AuditAction.VOTERS_LOADED, obj=info.number, details={"count": count})
    issued = [_issue(ctx, a) for a in accounts]
    if recovery_public is not None:
        ctx.slots.set_recovery(store_key, recovery_public)
        ctx.audit.append(actor, AuditAction.KEY_SLOT_ADDED, obj="recovery")
    ctx.write_checkpoint()
    return issued


def _issue(ctx: DeskContext, account: NewAccount) -> IssuedAccount:
    password = issue_account(ctx, ctx.system_actor(), account.login, account.full_name, account.role)
    return IssuedAccount(account.login, account.full_name, account.role, password)
