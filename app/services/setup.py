"""Setting up a device, and creating a precinct store.

`set_up_device` is the first step of the real path (`pec-desk setup`): the device's keys and the
enrollment request for the central system; the precinct then arrives in a signed package
(`app.services.sync_import`). `create_precinct` builds a store directly from given voters and
accounts; it serves unit tests that need a precinct in a fraction of a second, and is not
reachable from the command line or the window.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from app.build_info import TEST_ROOT, refuse_in_production
from app.clock import iso
from app.errors import AppError, Defect, Reason
from app.models.accounts import MetaRepository
from app.models.db import new_key, transaction
from app.models.device_store import DeviceKeyRepository, PendingDeviceRepository
from app.models.records import VoterRow
from app.models.vocabulary import Role
from app.security.audit import AuditAction
from app.services.auth import issue_account
from app.services.ports import SetupStore
from app.services.staging import staged_slots
from app.sync.enrollment import EnrollmentRequest, write_request
from app.sync.recipient_keys import RecipientPrivateKey


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
    ctx: SetupStore,
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
        raise AppError(Reason.MALFORMED, defect=Defect.NO_SYSADMIN)
    signing = ctx.create_device()
    store_key = new_key()
    conn = ctx.open_precinct(store_key, create=True)
    actor, now = ctx.system_actor(), iso(ctx.clock.now())
    raw = signing.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    kem = RecipientPrivateKey.generate().to_bytes()
    with transaction(conn):
        DeviceKeyRepository(conn).put(raw, kem, now)
        for key, value in (("precinct", info.number), ("election_id", info.election_id),
                           ("election_name", info.election_name), ("voting_day", info.voting_day),
                           ("created_at", now), ("idle_minutes", str(idle_minutes))):  # fmt: skip
            ctx.meta.set(key, value)
        ctx.audit.append(actor, AuditAction.PRECINCT_CREATED, obj=info.number, details={"election": info.election_id})
        count = ctx.voters.add_many(voters, now)
        ctx.audit.append(actor, AuditAction.VOTERS_LOADED, obj=info.number, details={"count": count})
    issued = [_issue(ctx, a) for a in accounts]
    with ctx.transaction():  # the slot and checkpoint files follow the commit (staging.py)
        if recovery_public is not None:
            staged_slots(ctx).set_recovery(store_key, recovery_public)
            ctx.audit.append(actor, AuditAction.KEY_SLOT_ADDED, obj="recovery")
        ctx.write_checkpoint()
    return issued


def _issue(ctx: SetupStore, account: NewAccount) -> IssuedAccount:
    password = issue_account(ctx, ctx.system_actor(), account.login, account.full_name, account.role)
    return IssuedAccount(account.login, account.full_name, account.role, password)


@dataclass(frozen=True)
class SetupResult:
    request: bytes
    fingerprint: str
    device_id: str


def set_up_device(ctx: SetupStore, precinct: str, *, test_root: bytes | None = None) -> SetupResult:
    """New device keys waiting for the precinct's package, and the enrollment request.

    `test_root` (a raw Ed25519 public key) replaces the pinned central root for a demo or a test
    installation; the window and `pec-desk selfcheck` say so. A production build refuses it."""
    if test_root is not None:
        refuse_in_production(TEST_ROOT)
    if ctx.paths.device_json.exists():
        raise AppError(Reason.DATA_DIR_IN_USE, path=str(ctx.paths.root))
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}", precinct):
        raise AppError(Reason.USAGE, defect=Defect.BAD_PRECINCT_NUMBER)
    signing = ctx.create_device()
    ctx.paths.package_lock.touch(mode=0o600)  # the first package's lock (staging.py), there from the start
    kem = RecipientPrivateKey.generate()
    now = iso(ctx.clock.now())
    with ctx.device_transaction() as conn:
        PendingDeviceRepository(conn).put(precinct, signing.private_bytes_raw(), kem.to_bytes(), now)
        if test_root is not None:
            MetaRepository(conn).set("test_root", test_root.hex())
        request = EnrollmentRequest(
            precinct, ctx.device_id, ctx.workstation[:128], signing.public_key().public_bytes_raw(),
            kem.public_key().to_bytes(), now,
        )  # fmt: skip
        ctx.audit.append(ctx.system_actor(), AuditAction.DEVICE_SET_UP, obj=precinct,
                         details={"fingerprint": request.fingerprint, "test_root": test_root is not None})  # fmt: skip
    return SetupResult(write_request(request, signing), request.fingerprint, ctx.device_id)
