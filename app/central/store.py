"""The central side's data dir: its keys and its SQLite store (see `app.central.service`).

`CentralBase` holds what every part of the central tool shares: the paths, the clock, the keys
read from `keys/`, the current trust bundle and the store, opened (and created) on first use.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from app.clock import Clock, SystemClock
from app.errors import AppError, Defect, Reason
from app.security.atomic import atomic_write_bytes
from app.sync.recipient_keys import RecipientPrivateKey, RecipientPublicKey
from app.sync.trust import BUNDLE_FILE, TrustBundle, parse_bundle

SCHEMA = """
CREATE TABLE IF NOT EXISTS device (
    precinct TEXT PRIMARY KEY, device_id TEXT NOT NULL, workstation TEXT NOT NULL,
    signing_public TEXT NOT NULL, kem_public TEXT NOT NULL, fingerprint TEXT NOT NULL, enrolled_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS election (precinct TEXT PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS out_stream (precinct TEXT PRIMARY KEY, seq INTEGER NOT NULL, sha256 TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS issued (
    precinct TEXT NOT NULL, seq INTEGER NOT NULL, kind TEXT NOT NULL, sha256 TEXT NOT NULL,
    file_name TEXT NOT NULL, created_at TEXT NOT NULL, PRIMARY KEY (precinct, seq));
CREATE TABLE IF NOT EXISTS list_voter (
    precinct TEXT NOT NULL, pin TEXT NOT NULL, data TEXT NOT NULL, PRIMARY KEY (precinct, pin)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS in_stream (
    precinct TEXT PRIMARY KEY, seq INTEGER NOT NULL, sha256 TEXT NOT NULL,
    audit_seq INTEGER NOT NULL, audit_hash TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS batch (
    sha256 TEXT PRIMARY KEY, precinct TEXT NOT NULL, seq INTEGER NOT NULL, received_at TEXT NOT NULL,
    acked_in INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS claim (
    number TEXT PRIMARY KEY, precinct TEXT NOT NULL, type TEXT NOT NULL, pin TEXT NOT NULL, fields TEXT NOT NULL,
    contact TEXT NOT NULL, filed_at TEXT NOT NULL, filed_by TEXT NOT NULL, place TEXT NOT NULL,
    status TEXT NOT NULL, decision TEXT NOT NULL DEFAULT '', reason TEXT NOT NULL DEFAULT '',
    decided_at TEXT NOT NULL DEFAULT '', sent_in INTEGER NOT NULL DEFAULT 0, destroy INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS claim_detail (
    number TEXT PRIMARY KEY, institution TEXT NOT NULL, contact_check TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS claim_informed (
    number TEXT PRIMARY KEY, at TEXT NOT NULL, how TEXT NOT NULL, login TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS claim_attachment (
    claim TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL, size INTEGER NOT NULL, sha256 TEXT NOT NULL,
    data BLOB NOT NULL, PRIMARY KEY (claim, name, sha256));
CREATE TABLE IF NOT EXISTS status_change (
    precinct TEXT NOT NULL, pin TEXT NOT NULL, status TEXT NOT NULL, reason TEXT NOT NULL, claim TEXT NOT NULL,
    at TEXT NOT NULL, login TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS audit_event (
    precinct TEXT NOT NULL, seq INTEGER NOT NULL, at TEXT NOT NULL, login TEXT NOT NULL, action TEXT NOT NULL,
    object TEXT NOT NULL, outcome TEXT NOT NULL, hash TEXT NOT NULL, PRIMARY KEY (precinct, seq));
CREATE TABLE IF NOT EXISTS alert (
    precinct TEXT NOT NULL, batch_seq INTEGER NOT NULL, rule TEXT NOT NULL, at TEXT NOT NULL, subject TEXT NOT NULL,
    detail TEXT NOT NULL, first_seq INTEGER NOT NULL, last_seq INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS finding (
    id INTEGER PRIMARY KEY, precinct TEXT NOT NULL, batch_seq INTEGER NOT NULL, at TEXT NOT NULL, detail TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS quarantine (
    id INTEGER PRIMARY KEY, precinct TEXT NOT NULL, batch_seq INTEGER NOT NULL, at TEXT NOT NULL,
    number TEXT NOT NULL, record TEXT NOT NULL, problems TEXT NOT NULL)
"""


class CentralBase:
    """The data dir, the clock, the keys and the store of the central tool."""

    def __init__(self, root: Path, clock: Clock | None = None) -> None:
        self.root = Path(root)
        self.clock: Clock = clock or SystemClock()
        self._db: sqlite3.Connection | None = None

    # ---- keys -------------------------------------------------------------------------
    @property
    def keys(self) -> Path:
        return self.root / "keys"

    def is_initialised(self) -> bool:
        return (self.keys / "root.key").is_file()

    def _key(self, name: str) -> bytes:
        path = self.keys / f"{name}.key"
        if not path.is_file():
            raise AppError(Reason.NOT_SET_UP, defect=Defect.NO_CENTRAL_STORE, path=str(self.root))
        return path.read_bytes()

    def root_key(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(self._key("root"))

    def signer(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(self._key("signer"))

    def receiver(self) -> RecipientPrivateKey:
        return RecipientPrivateKey.from_bytes(self._key("receive"))

    def recovery_private(self) -> X25519PrivateKey:
        return X25519PrivateKey.from_private_bytes(self._key("recovery"))

    def bundle(self) -> TrustBundle:
        return parse_bundle((self.root / BUNDLE_FILE).read_bytes(), self.root_key().public_key())

    def _save_bundle(self, bundle: TrustBundle) -> None:
        atomic_write_bytes(self.root / BUNDLE_FILE, bundle.to_bytes())

    # ---- the store --------------------------------------------------------------------
    @property
    def db(self) -> sqlite3.Connection:
        if self._db is None:
            if not self.is_initialised():
                raise AppError(Reason.NOT_SET_UP, defect=Defect.NO_CENTRAL_STORE, path=str(self.root))
            path = self.root / "central.db"
            if not path.exists():
                path.touch(mode=0o600)
            self._db = sqlite3.connect(path, isolation_level=None)
            self._db.execute("PRAGMA journal_mode = WAL")
            self._db.executescript(SCHEMA)
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def _begin(self) -> sqlite3.Connection:
        self.db.execute("BEGIN IMMEDIATE")
        return self.db

    def _device(self, precinct: str) -> tuple[str, RecipientPublicKey, bytes]:
        row = self.db.execute(
            "SELECT device_id, kem_public, signing_public FROM device WHERE precinct = ?", (precinct,)
        ).fetchone()
        if row is None:
            raise AppError(Reason.NOT_SET_UP, defect=Defect.NO_ENROLLED_DEVICE, precinct=precinct)
        return row[0], RecipientPublicKey.from_bytes(bytes.fromhex(row[1])), bytes.fromhex(row[2])

    def voting_day(self, precinct: str) -> str | None:
        """The voting day of the precinct's election (ISO), once its package is issued."""
        row = self.db.execute("SELECT json_extract(data, '$.voting_day') FROM election WHERE precinct = ?",
                              (precinct,)).fetchone()  # fmt: skip
        return None if row is None else str(row[0])
