"""The runtime of one data directory: paths, device secret, stores and the audit log.

Layout of a data dir (all files owner-only):
  device.json            device id and workstation name (no secrets)
  device.db              SQLCipher: audit chain, checkpoints, login guards (key from the device secret)
  precinct.db            SQLCipher: voters, accounts, device signing key (key in the slots)
  keyslots.json          the store key wrapped per user and for central recovery
  audit-checkpoint.json  the newest signed chain head, outside the chain itself
and, only for a moment or after a crash (docs/decisions.md, "Crash-atomic writes"):
  keyslots.json.next     the slot file a transaction staged; published once its hash is committed
  .precinct.db.new       the first package's store while it is built (services/staging.py)
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.clock import Clock, SystemClock, iso
from app.errors import AppError, Defect, Part, Reason
from app.models.accounts import SYSTEM_LOGIN, SYSTEM_ROLE, AccountRepository, LoginGuardRepository, MetaRepository
from app.models.bounds import typed_login_tag
from app.models.db import Connection, migrate, open_store, schema_version, self_check, transaction
from app.models.schema import DEVICE_MIGRATIONS, PRECINCT_MIGRATIONS
from app.models.text import register_collation
from app.models.voters import VoterRepository
from app.security.atomic import atomic_write_bytes
from app.security.audit import Actor, AuditAction, AuditLog, Checkpoint, sign_checkpoint
from app.security.device_secret import DeviceSecretStore
from app.security.keyslots import KeySlots
from app.security.passwords import load_common_passwords
from app.security.throttle import ThrottlePolicy
from app.services.high_water import check_high_water, check_precinct_high_water, note_high_water
from app.services.restore_journal import settle_restore
from app.services.staging import settle_package, settle_slots
from app.sync.recipient_keys import RecipientPrivateKey
from app.sync.trust import load_root, pinned_root_file


@dataclass(frozen=True)
class Paths:
    root: Path

    @property
    def device_json(self) -> Path:
        return self.root / "device.json"

    @property
    def device_db(self) -> Path:
        return self.root / "device.db"

    @property
    def precinct_db(self) -> Path:
        return self.root / "precinct.db"

    @property
    def keyslots(self) -> Path:
        return self.root / "keyslots.json"

    @property
    def keyslots_next(self) -> Path:
        return self.root / "keyslots.json.next"

    @property
    def staged_precinct(self) -> Path:
        return self.root / ".precinct.db.new"

    @property
    def package_lock(self) -> Path:
        return self.root / ".package.lock"

    @property
    def checkpoint(self) -> Path:
        return self.root / "audit-checkpoint.json"

    def store_files(self) -> list[Path]:
        names = ("device.json", "device.db", "precinct.db", "keyslots.json", "audit-checkpoint.json")
        files = [self.root / n for n in names]
        return files + [self.root / f"{db}-{s}" for db in ("device.db", "precinct.db") for s in ("wal", "shm")]


def device_store_key(secret: bytes, device_id: str) -> bytes:
    hkdf = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"pec-desk/device-store/v1\0" + device_id.encode()
    )
    return hkdf.derive(secret)


class DeskContext:
    """Owns the connections of one data dir; services borrow them for a unit of work."""

    def __init__(
        self,
        data_dir: Path,
        *,
        secrets: DeviceSecretStore | None = None,
        clock: Clock | None = None,
        throttle: ThrottlePolicy | None = None,
    ) -> None:
        self.paths = Paths(data_dir)
        self.secrets = secrets or DeviceSecretStore()
        self.clock: Clock = clock or SystemClock()
        self.throttle = throttle or ThrottlePolicy()
        self.workstation = socket.gethostname()
        self.device_id = ""
        self._device_secret = b""
        self._device_public: Ed25519PublicKey | None = None
        self._device_conn: Connection | None = None
        self._rollback_checked = False
        self._precinct: Connection | None = None
        self._store_key = b""
        self._common: frozenset[str] | None = None
        self._checkpoint_due = False
        self.cipher_version = ""

    # ---- the device side (no login needed) -----------------------------------------
    def has_precinct(self) -> bool:
        return self.paths.precinct_db.is_file() and self.paths.device_json.is_file()

    def is_set_up(self) -> bool:
        """A device exists here (keys made by setup), with or without its precinct yet."""
        return self.paths.device_json.is_file() and self.paths.device_db.is_file()

    def open_device(self, *, check_rollback: bool = True) -> None:
        """Opens the device store; one behind this device's high-water record in the keyring is
        refused as `rollback-detected` (`check_rollback=False`: `audit verify` and the recovery)."""
        if self._device_conn is not None:
            if check_rollback and not self._rollback_checked:
                check_high_water(self.audit, self.secrets.load(self.device_id)[1])
                self._rollback_checked = True
            return
        if not self.is_set_up():
            raise AppError(Reason.NO_PRECINCT, path=str(self.paths.root))
        self.device_id = _read_device_id(self.paths.device_json)
        secret, public = self.secrets.load(self.device_id)
        try:
            signing_public = Ed25519PublicKey.from_public_bytes(bytes.fromhex(str(public["signing_public"])))
        except (KeyError, ValueError) as exc:
            raise AppError(Reason.DEVICE_SECRET_MISSING, device=self.device_id) from exc
        self._adopt_device(secret, signing_public)
        # A secret that does not open device.db was replaced in the keyring or belongs to another
        # computer's copy of this data dir: said so, not "restore a backup" (issue 10).
        key = device_store_key(secret, self.device_id)
        conn = open_store(self.paths.device_db, key, wrong_key=Reason.DEVICE_SECRET_MISMATCH)
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

    def _adopt_device(self, secret: bytes, public: Ed25519PublicKey) -> None:
        self._device_secret, self._device_public = secret, public

    def create_device(self) -> Ed25519PrivateKey:
        """A new device: id, signing key, secret in the keyring, empty device store."""
        self.paths.root.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(self.paths.root, 0o700)
        self.device_id = str(uuid.uuid4())
        signing = Ed25519PrivateKey.generate()
        public = signing.public_key()
        secret = self.secrets.create(self.device_id, signing_public=public.public_bytes_raw().hex())
        self._adopt_device(secret, public)
        info = {"device_id": self.device_id, "workstation": self.workstation, "created_at": iso(self.clock.now())}
        atomic_write_bytes(self.paths.device_json, json.dumps(info, indent=1).encode())
        self._device_conn = open_store(self.paths.device_db, device_store_key(secret, self.device_id), create=True)
        self._rollback_checked = True
        migrate(self._device_conn, DEVICE_MIGRATIONS)
        MetaRepository(self._device_conn).set("device_id", self.device_id)
        return signing

    @property
    def device_public_key(self) -> Ed25519PublicKey:
        assert self._device_public is not None, "open_device() first"
        return self._device_public

    def _device(self) -> tuple[Connection, str]:
        if self._precinct is not None:
            return self._precinct, "device"
        if self._device_conn is None:
            raise AppError(Reason.NO_PRECINCT, path=str(self.paths.root))
        return self._device_conn, "main"

    def device_connection(self) -> Connection:
        """Whichever connection reaches the device store now (the precinct's, with it attached)."""
        return self._device()[0]

    def device_transaction(self) -> contextlib.AbstractContextManager[Connection]:
        return self.transaction()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One transaction on the open stores; the slot and checkpoint files it changed (staged
        inside) are published after its COMMIT, dropped on a rollback (R-AUD-1, R-AUD-3)."""
        try:
            with transaction(self._device()[0]) as conn:
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
        conn, schema = self._device()
        return AuditLog(conn, schema, self.device_id, self.clock)

    @property
    def guards(self) -> LoginGuardRepository:
        return LoginGuardRepository(*self._device())

    @property
    def slots(self) -> KeySlots:
        """The slot file as published (to read; changes go through `staging.staged_slots`)."""
        return self.slot_file()

    def slot_file(self, *, save: Callable[[bytes], None] | None = None, empty: bool = False) -> KeySlots:
        return KeySlots(self.paths.keyslots, self._device_secret, save=save, empty=empty)

    @property
    def common_passwords(self) -> frozenset[str]:
        if self._common is None:
            self._common = load_common_passwords()
        return self._common

    def system_actor(self) -> Actor:
        return Actor("-", SYSTEM_LOGIN, "", SYSTEM_ROLE, self.workstation)

    def typed_login_tag(self, login: str) -> str:
        """How a login that names no account here is counted and audited (keyed by the device secret)."""
        return typed_login_tag(self._device_secret, login)

    # ---- the precinct side (after a valid login) -----------------------------------
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
            conn.execute(
                f"ATTACH DATABASE ? AS device KEY \"x'{self._device_key_hex()}'\"", (str(self.paths.device_db),)
            )
            if check_rollback and not create:  # a store put back on its own is behind the keyring's record
                try:
                    check_precinct_high_water(self, conn)
                except BaseException:
                    conn.close()
                    raise
            self._precinct, self._store_key = conn, store_key
        return self._precinct

    def trust_root(self) -> Ed25519PublicKey:
        """The pinned central root, or the test root this device was set up with (demo, tests)."""
        conn, schema = self._device()
        row = conn.execute(f"SELECT value FROM {schema}.meta WHERE key = 'test_root'").fetchone()
        if row is not None:
            return Ed25519PublicKey.from_public_bytes(bytes.fromhex(row[0]))
        return load_root(pinned_root_file())

    def device_meta(self, key: str) -> str | None:
        """A value of the device store's meta table (e.g. `destroyed_at`, `last_backup`)."""
        conn, schema = self._device()
        row = conn.execute(f"SELECT value FROM {schema}.meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_device_meta(self, key: str, value: str) -> None:
        conn, schema = self._device()
        conn.execute(f"INSERT OR REPLACE INTO {schema}.meta VALUES (?, ?)", (key, value))

    def uses_test_root(self) -> bool:
        conn, schema = self._device()
        return conn.execute(f"SELECT 1 FROM {schema}.meta WHERE key = 'test_root'").fetchone() is not None

    def pending_keys(self) -> tuple[str, Ed25519PrivateKey, RecipientPrivateKey] | None:
        """The precinct and keys of a device set up and waiting for its package, or None."""
        conn, schema = self._device()
        row = conn.execute(f"SELECT precinct, signing_private, kem_private FROM {schema}.pending_device").fetchone()
        if row is None:
            return None
        return (
            row[0],
            Ed25519PrivateKey.from_private_bytes(bytes(row[1])),
            RecipientPrivateKey.from_bytes(bytes(row[2])),
        )

    def device_keys(self) -> tuple[Ed25519PrivateKey, RecipientPrivateKey]:
        """The device's signing and KEM keys, from the open precinct store."""
        row = self.precinct.execute("SELECT signing_private, kem_private FROM device_key WHERE id = 1").fetchone()
        return Ed25519PrivateKey.from_private_bytes(bytes(row[0])), RecipientPrivateKey.from_bytes(bytes(row[1]))

    def _device_key_hex(self) -> str:
        return device_store_key(self._device_secret, self.device_id).hex()

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
        return VoterRepository(self.precinct)

    @property
    def accounts(self) -> AccountRepository:
        return AccountRepository(self.precinct)

    @property
    def meta(self) -> MetaRepository:
        return MetaRepository(self.precinct)

    def close_precinct(self) -> None:
        if self._precinct is not None:
            self._precinct.close()
            self._precinct, self._store_key = None, b""

    def close(self) -> None:
        self.close_precinct()
        if self._device_conn is not None:
            self._device_conn.close()
            self._device_conn, self._rollback_checked = None, False

    # ---- checkpoints ---------------------------------------------------------------
    def write_checkpoint(self) -> Checkpoint:
        """Sign the chain head with the device key (needs the precinct store open) and record it.
        The file follows after the COMMIT (`publish_checkpoint`): written before, a rollback or a
        kill would leave it ahead of the chain, which `audit verify` reports as truncation."""
        raw = self.precinct.execute("SELECT signing_private FROM device_key WHERE id = 1").fetchone()[0]
        key = Ed25519PrivateKey.from_private_bytes(bytes(raw))
        seq, head = self.audit.head()
        cp = sign_checkpoint(key, self.device_id, seq, head, iso(self.clock.now()))
        conn, schema = self._device()
        conn.execute(
            f"INSERT OR REPLACE INTO {schema}.audit_checkpoint VALUES (?, ?, ?, ?)",
            (cp.seq, cp.head_hash, cp.at, cp.signature),
        )
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
        conn, schema = self._device()
        row = conn.execute(
            f"SELECT seq, head_hash, at, signature FROM {schema}.audit_checkpoint ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        if row is None:
            return None
        cp = Checkpoint(*row)
        atomic_write_bytes(self.paths.checkpoint, json.dumps(cp.to_json(), indent=1).encode())
        return cp

    def checkpoints(self) -> list[Checkpoint]:
        conn, schema = self._device()
        rows = conn.execute(f"SELECT seq, head_hash, at, signature FROM {schema}.audit_checkpoint").fetchall()
        found = [Checkpoint(*row) for row in rows]
        if self.paths.checkpoint.is_file():
            found.append(_read_checkpoint_file(self.paths.checkpoint))
        return found


def _read_device_id(path: Path) -> str:
    """The device id from device.json; a damaged file is reported, never guessed around."""
    try:
        info = json.loads(path.read_text(encoding="utf-8"))
        device_id = info["device_id"]
        uuid.UUID(device_id)
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise AppError(Reason.STORE_DAMAGED, defect=Defect.DAMAGED, part=Part.DEVICE_FILE, name=path.name,
                       code=type(exc).__name__) from exc  # fmt: skip
    return str(device_id)


def _read_checkpoint_file(path: Path) -> Checkpoint:
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        return Checkpoint.from_json(data)
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError):
        # An unreadable checkpoint counts as forged: verification fails, nothing is trusted.
        return Checkpoint(0, "", "", "")


__all__ = ["AuditAction", "DeskContext", "Paths"]
