"""The stores of one data dir and their lifecycle: the device store (opened without a login), the
precinct store with the device store attached (after a valid login), one transaction over them,
what is published after its COMMIT, and the signed checkpoints of the audit chain.

The runtime of a data dir (context.py) composes this with its paths and this device; services reach
it only through their narrow ports (ports.py). Crash-atomicity: docs/decisions.md, "Crash-atomic
writes"; the files staged inside a transaction are settled by staging.py.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.build_info import TEST_ROOT, is_production, refuse_in_production
from app.clock import Clock, iso
from app.errors import AppError, Defect, Reason
from app.models.accounts import AccountRepository, LoginGuardRepository, MetaRepository
from app.models.db import Connection, attach, migrate, open_store, schema_version, self_check, transaction
from app.models.device_store import CheckpointRepository, CheckpointRow, DeviceKeyRepository, PendingDeviceRepository
from app.models.schema import DEVICE_MIGRATIONS, PRECINCT_MIGRATIONS
from app.models.text import register_collation
from app.models.voters import VoterRepository
from app.security.atomic import atomic_write_bytes
from app.security.audit import AuditLog, Checkpoint, sign_checkpoint
from app.security.device_secret import DeviceSecretStore
from app.security.keyslots import KeySlots
from app.services.data_dir import Paths
from app.services.device import Device
from app.services.high_water import check_high_water, check_precinct_high_water, note_high_water
from app.services.restore_journal import settle_restore
from app.services.staging import settle_package, settle_slots
from app.sync.recipient_keys import RecipientPrivateKey
from app.sync.trust import load_root, pinned_root_file


class Store:
    """Owns the connections of one data dir; services borrow them for a unit of work."""

    def __init__(self, paths: Paths, device: Device, clock: Clock) -> None:
        self.paths = paths
        self.device = device
        self.clock = clock
        self._device_conn: Connection | None = None
        self._rollback_checked = False
        self._precinct: Connection | None = None
        self._voters: VoterRepository | None = None
        self._store_key = b""
        self._checkpoint_due = False
        self.cipher_version = ""

    # ---- what staging.py and high_water.py need of this device --------------------------
    @property
    def device_id(self) -> str:
        return self.device.id

    @property
    def secrets(self) -> DeviceSecretStore:
        return self.device.secrets

    def slot_file(self, *, save: Callable[[bytes], None] | None = None, empty: bool = False) -> KeySlots:
        return self.device.slot_file(save=save, empty=empty)

    # ---- the device store (no login needed) ---------------------------------------------
    def open_device(self, *, check_rollback: bool = True) -> None:
        """Opens the device store; one behind this device's high-water record in the keyring is
        refused as `rollback-detected` (`check_rollback=False`: `audit verify` and the recovery)."""
        if self._device_conn is not None:
            if check_rollback and not self._rollback_checked:
                check_high_water(self.audit, self.device.high_water_record())
                self._rollback_checked = True
            return
        if not self.device.is_set_up():
            raise AppError(Reason.NO_PRECINCT, path=str(self.paths.root))
        public = self.device.load()
        # A secret that does not open device.db was replaced in the keyring or belongs to another
        # computer's copy of this data dir: said so, not "restore a backup" (issue 10).
        conn = open_store(self.paths.device_db, self.device.store_key(), wrong_key=Reason.DEVICE_SECRET_MISMATCH)
        try:
            migrate(conn, DEVICE_MIGRATIONS)
            if check_rollback:
                check_high_water(AuditLog(conn, "main", self.device_id, self.clock), public)
        except BaseException:
            conn.close()
            raise
        self._device_conn, self._rollback_checked = conn, check_rollback
        settle_slots(self)  # a crash between a commit and its renames is finished now
        settle_package(self)
        settle_restore(self)

    def create_device(self) -> Ed25519PrivateKey:
        """A new device: id, signing key, secret in the keyring, empty device store."""
        signing = self.device.create(iso(self.clock.now()))
        self._device_conn = open_store(self.paths.device_db, self.device.store_key(), create=True)
        self._rollback_checked = True
        migrate(self._device_conn, DEVICE_MIGRATIONS)
        MetaRepository(self._device_conn).set("device_id", self.device_id)
        return signing

    def device_side(self) -> tuple[Connection, str]:
        """The connection that reaches the device store now and the schema it has there."""
        if self._precinct is not None:
            return self._precinct, "device"
        if self._device_conn is None:
            raise AppError(Reason.NO_PRECINCT, path=str(self.paths.root))
        return self._device_conn, "main"

    def device_connection(self) -> Connection:
        """Whichever connection reaches the device store now (the precinct's, with it attached)."""
        return self.device_side()[0]

    def device_transaction(self) -> contextlib.AbstractContextManager[Connection]:
        return self.transaction()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One transaction on the open stores; the slot and checkpoint files it changed (staged
        inside) are published after its COMMIT, dropped on a rollback (R-AUD-1, R-AUD-3)."""
        try:
            with transaction(self.device_side()[0]) as conn:
                yield conn
        except BaseException:
            self._checkpoint_due = False
            raise
        self.publish()

    def publish(self) -> None:
        """After a commit: the slot file it journaled, then the checkpoint it recorded."""
        settle_slots(self)
        self.publish_checkpoint()

    @property
    def audit(self) -> AuditLog:
        conn, schema = self.device_side()
        return AuditLog(conn, schema, self.device_id, self.clock)

    @property
    def guards(self) -> LoginGuardRepository:
        return LoginGuardRepository(*self.device_side())

    def device_meta(self, key: str) -> str | None:
        """A value of the device store's meta table (e.g. `destroyed_at`, `last_backup`)."""
        return MetaRepository(*self.device_side()).find(key)

    def set_device_meta(self, key: str, value: str) -> None:
        MetaRepository(*self.device_side()).set(key, value)

    def trust_root(self) -> Ed25519PublicKey:
        """The pinned central root, or the test root this device was set up with (demo, tests)."""
        test_root = self.device_meta("test_root")
        if test_root is not None:
            refuse_in_production(TEST_ROOT)  # a device a development build set up for a test
            return Ed25519PublicKey.from_public_bytes(bytes.fromhex(test_root))
        return load_root(pinned_root_file())

    def uses_test_root(self) -> bool:
        """A demo or test device: it may take the TEST antivirus signatures (never in production)."""
        return self.device_meta("test_root") is not None and not is_production()

    def pending_keys(self) -> tuple[str, Ed25519PrivateKey, RecipientPrivateKey] | None:
        """The precinct and keys of a device set up and waiting for its package, or None."""
        row = PendingDeviceRepository(*self.device_side()).get()
        if row is None:
            return None
        return (
            row.precinct,
            Ed25519PrivateKey.from_private_bytes(row.signing_private),
            RecipientPrivateKey.from_bytes(row.kem_private),
        )

    # ---- the precinct store (after a valid login) ---------------------------------------
    def open_precinct(
        self, store_key: bytes, *, create: bool = False, check_rollback: bool = True, path: Path | None = None
    ) -> Connection:
        """The precinct store with the device store attached; `path` another file than
        precinct.db (the first package's staging store)."""
        path = path or self.paths.precinct_db
        if self._precinct is None:
            conn = open_store(path, store_key, create=create)
            check = self_check(conn)  # the startup check: SQLCipher 4 really is underneath
            if not check.cipher_version.startswith("4."):
                conn.close()
                raise AppError(Reason.STORE_DAMAGED, defect=Defect.UNSUPPORTED_CIPHER, version=check.cipher_version)
            self.cipher_version = check.cipher_version
            version = schema_version(conn)
            if migrate(conn, PRECINCT_MIGRATIONS) != version:
                # A connection that has run DDL writes about twice as slowly afterwards (measured:
                # bench/sync.py, docs/decisions.md), so a store just created or migrated is reopened.
                conn.close()
                conn = open_store(path, store_key)
            register_collation(conn)
            attach(conn, "device", self.paths.device_db, self.device.store_key())
            if check_rollback and not create:  # a store put back on its own is behind the keyring's record
                try:
                    check_precinct_high_water(self, conn)
                except BaseException:
                    conn.close()
                    raise
            self._precinct, self._store_key = conn, store_key
        return self._precinct

    @property
    def precinct(self) -> Connection:
        if self._precinct is None:
            raise AppError(Reason.NOT_PERMITTED, defect=Defect.NOT_LOGGED_IN)
        return self._precinct

    def precinct_if_open(self) -> Connection | None:
        return self._precinct

    @property
    def store_key(self) -> bytes:
        return self._store_key

    @property
    def voters(self) -> VoterRepository:
        """One repository per open store: an update's batch of index writes lives in it."""
        conn = self.precinct
        if self._voters is None or not self._voters.uses(conn):
            self._voters = VoterRepository(conn)
        return self._voters

    @property
    def accounts(self) -> AccountRepository:
        return AccountRepository(self.precinct)

    @property
    def meta(self) -> MetaRepository:
        return MetaRepository(self.precinct)

    def device_keys(self) -> tuple[Ed25519PrivateKey, RecipientPrivateKey]:
        """The device's signing and KEM keys, from the open precinct store."""
        signing, kem = DeviceKeyRepository(self.precinct).get()
        return Ed25519PrivateKey.from_private_bytes(signing), RecipientPrivateKey.from_bytes(kem)

    def close_precinct(self) -> None:
        if self._precinct is not None:
            self._precinct.close()
            self._precinct, self._store_key = None, b""

    def close(self) -> None:
        self.close_precinct()
        if self._device_conn is not None:
            self._device_conn.close()
            self._device_conn, self._rollback_checked = None, False

    # ---- checkpoints --------------------------------------------------------------------
    def write_checkpoint(self) -> Checkpoint:
        """Sign the chain head with the device key (needs the precinct store open) and record it.
        The file follows after the COMMIT (`publish_checkpoint`): written before, a rollback or a
        kill would leave it ahead of the chain, which `audit verify` reports as truncation."""
        key = self.device_keys()[0]
        seq, head = self.audit.head()
        cp = sign_checkpoint(key, self.device_id, seq, head, iso(self.clock.now()))
        conn, schema = self.device_side()
        CheckpointRepository(conn, schema).put(CheckpointRow(cp.seq, cp.head_hash, cp.at, cp.signature))
        self._checkpoint_due = True
        if not conn.in_transaction:
            self.publish_checkpoint()
        return cp

    def publish_checkpoint(self) -> Checkpoint | None:
        """The one step after every commit that recorded a checkpoint: the newest one to the file.
        A file behind the chain is harmless for `audit verify`; an OS error here only lets it lag
        until the next checkpoint, it does not fail the committed command. Returns what it wrote."""
        if not self._checkpoint_due:
            return None
        self._checkpoint_due = False
        try:
            written = self.copy_checkpoint()
        except OSError:
            return None
        note_high_water(self)  # after the commit: the keyring's record is never ahead of the store
        return written

    def copy_checkpoint(self) -> Checkpoint | None:
        """The newest committed checkpoint written to audit-checkpoint.json (OSError if it cannot be)."""
        row = CheckpointRepository(*self.device_side()).newest()
        if row is None:
            return None
        cp = Checkpoint(row.seq, row.head_hash, row.at, row.signature)
        atomic_write_bytes(self.paths.checkpoint, json.dumps(cp.to_json(), indent=1).encode())
        return cp

    def checkpoints(self) -> list[Checkpoint]:
        rows = CheckpointRepository(*self.device_side()).all()
        found = [Checkpoint(r.seq, r.head_hash, r.at, r.signature) for r in rows]
        if self.paths.checkpoint.is_file():
            found.append(_read_checkpoint_file(self.paths.checkpoint))
        return found


def _read_checkpoint_file(path: Path) -> Checkpoint:
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        return Checkpoint.from_json(data)
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError):
        # An unreadable checkpoint counts as forged: verification fails, nothing is trusted.
        return Checkpoint(0, "", "", "")
