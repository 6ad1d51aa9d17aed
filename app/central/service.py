"""The central side: keys, enrolled devices, issued envelopes, received batches, claims.

Layout of a central data dir (owner-only):
  keys/root.key         the root signing key (Ed25519). In production it lives offline (an HSM
                        or an air-gapped machine); this reference tool keeps it here.
  keys/signer.key       the central signing key (certified `sign`)
  keys/receive.key      the central KEM key batches are encrypted to (certified `receive`)
  keys/recovery.key     the X25519 recovery key of precinct stores (certified `recovery`)
  root.json             the root public key, as pinned into a precinct build
  central-trust.json    the current trust bundle (certificates and revocations)
  central.db            SQLite: devices, streams, the last issued list per precinct, claims, findings
"""

from __future__ import annotations

import base64
import binascii
import csv
import datetime as dt
import hashlib
import io
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from app.central.election import Election, demo_election
from app.clock import Clock, SystemClock, iso
from app.errors import AppError, Reason
from app.models.accounts import login_reserved
from app.models.controls import has_unsafe
from app.models.records import CLAIM_TYPES, VoterRow
from app.models.vocabulary import Role
from app.models.voter_csv import RowError, VoterCsvError, decode_csv, read_voters_csv
from app.models.voters import list_order
from app.security.atomic import atomic_write_bytes
from app.security.audit import Checkpoint, event_hash, genesis_hash
from app.security.passwords import one_time_password
from app.sync.avsig import signature_records
from app.sync.enrollment import read_request
from app.sync.envelope import EnvelopeWriter, file_sha256, open_payload, read_header, verify_signature
from app.sync.header import Header, HeaderFields, Limits, stamp
from app.sync.payloads import KIND_BATCH, KIND_PACKAGE, KIND_UPDATE, batch_registry, central_registry
from app.sync.recipient_keys import RecipientPrivateKey, RecipientPublicKey, signer_id
from app.sync.streams import ZERO_HASH, StreamState, check_sequence, check_times
from app.sync.trust import (
    BUNDLE_FILE,
    ROLE_RECEIVE,
    ROLE_RECOVERY,
    ROLE_SIGN,
    Revocation,
    TrustBundle,
    certify,
    fingerprint,
    parse_bundle,
    root_file_bytes,
    sign_bundle,
)

ENVELOPE_VALIDITY = dt.timedelta(days=30)
KEY_VALIDITY = dt.timedelta(days=3 * 365)

_SCHEMA = """
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
    id INTEGER PRIMARY KEY, precinct TEXT NOT NULL, batch_seq INTEGER NOT NULL, at TEXT NOT NULL, detail TEXT NOT NULL)
"""


@dataclass(frozen=True)
class IssuedAccount:
    login: str
    full_name: str
    role: str
    password: str


@dataclass
class Issued:
    path: Path
    seq: int
    voters: int = 0
    removed: int = 0
    decisions: int = 0
    acks: int = 0
    accounts: list[IssuedAccount] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["path"] = str(self.path)
        return data


@dataclass
class Ingested:
    precinct: str
    seq: int
    claims: int = 0
    changes: int = 0
    audit_events: int = 0
    alerts: int = 0
    audit_ok: bool = True
    problems: list[str] = field(default_factory=list)
    already_applied: bool = False

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def read_users_csv(path: Path) -> list[tuple[str, str, str]]:
    """`login,full_name,role` rows; refused whole with line numbers (CLI.md "Users CSV")."""
    try:
        text = decode_csv(path.read_bytes())
    except OSError as exc:
        raise AppError(Reason.USAGE, detail=f"users file {path}: {exc.strerror}") from exc
    if isinstance(text, RowError):
        raise AppError(Reason.MALFORMED, detail=f"users file {path.name}: {text}")
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows: list[tuple[str, str, str]] = []
    problems: list[str] = []
    reserved: list[str] = []
    seen: set[str] = set()
    try:
        header = next(reader, None)
        if header is None or [h.strip() for h in header] != ["login", "full_name", "role"]:
            raise AppError(Reason.MALFORMED, detail="users file: line 1: header must be login,full_name,role")
        for fields in reader:
            line = reader.line_num
            if len(fields) != 3:
                problems.append(f"line {line}: {len(fields)} fields")
                continue
            login, name, role = (f.strip() for f in fields)
            problems += [f"line {line}: {p}" for p in _user_problems(login, name, role, seen)]
            if login_reserved(login):
                reserved.append(f"{login} (line {line})")
            seen.add(login)
            rows.append((login, name, role))
    except csv.Error as exc:
        problems.append(f"line {reader.line_num}: CSV syntax: {exc}")
    if problems:
        raise AppError(Reason.MALFORMED, detail="users file: " + "; ".join(problems[:20]))
    if reserved:
        raise AppError(Reason.RESERVED_LOGIN, login=", ".join(reserved[:5]))
    if not any(r[2] == Role.SYSADMIN.value for r in rows):
        raise AppError(Reason.MALFORMED, detail="users file: a precinct needs a sysadmin account")
    return rows


def _user_problems(login: str, name: str, role: str, seen: set[str]) -> list[str]:
    problems = []
    if not (login.isascii() and login.isidentifier() and len(login) <= 64):
        problems.append("login must be Latin letters, digits or _")
    if not name or len(name) > 300 or has_unsafe(name):
        problems.append("full_name empty, too long or with control characters or bidi marks")
    if role not in {r.value for r in Role}:
        problems.append(f"unknown role {role[:20]!r}")
    if login in seen:
        problems.append(f"login {login} repeats")
    return problems


def _voters(path: Path) -> list[VoterRow]:
    """The voters of a CSV file; one with its header only is refused (it would empty the list)."""
    try:
        rows = read_voters_csv(path)
        if not rows:
            raise AppError(Reason.EMPTY_VOTER_LIST, file=path.name)
        return rows
    except VoterCsvError as exc:
        raise AppError(Reason.MALFORMED, detail=f"voters file {path.name}: {exc}") from exc
    except OSError as exc:
        raise AppError(Reason.USAGE, detail=f"voters file {path}: {exc.strerror}") from exc


def _remember(db: sqlite3.Connection, remembered: list[tuple[str, str, str]], keys: list[tuple[bytes, str]]) -> None:
    db.executemany("INSERT INTO list_voter VALUES (?, ?, ?)", remembered)
    db.executemany("INSERT INTO temp.package_order VALUES (?, ?)", keys)
    remembered.clear()
    keys.clear()


def _voter_record(row: VoterRow) -> dict[str, str]:
    return {"t": "voter", "pin": row.pin, "last_name": row.last_name, "first_name": row.first_name,
            "patronymic": row.patronymic, "birth_date": row.birth_date, "sex": row.sex, "address": row.address,
            "precinct": row.precinct, "special_category": row.special_category}  # fmt: skip


class Central:
    def __init__(self, root: Path, clock: Clock | None = None) -> None:
        self.root = Path(root)
        self.clock: Clock = clock or SystemClock()
        self._db: sqlite3.Connection | None = None
        self._parts: dict[tuple[str, str], tuple[int, bytes]] = {}  # attachments being reassembled
        self._audit_rows: list[tuple[object, ...]] = []  # audit events waiting for one executemany

    # ---- keys -------------------------------------------------------------------------
    @property
    def keys(self) -> Path:
        return self.root / "keys"

    def is_initialised(self) -> bool:
        return (self.keys / "root.key").is_file()

    def init(self) -> str:
        """Root, signing, receiving and recovery keys, and the first trust bundle; the root fingerprint."""
        if self.is_initialised():
            raise AppError(Reason.DATA_DIR_IN_USE, path=str(self.root))
        self.keys.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(self.root, 0o700)
        root, signer = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
        receive, recovery = RecipientPrivateKey.generate(), X25519PrivateKey.generate()
        for name, raw in (("root", root.private_bytes_raw()), ("signer", signer.private_bytes_raw()),
                          ("receive", receive.to_bytes()), ("recovery", recovery.private_bytes_raw())):  # fmt: skip
            atomic_write_bytes(self.keys / f"{name}.key", raw)
        now = self.clock.now()
        certs = [
            certify(signer.public_key().public_bytes_raw(), ROLE_SIGN, now, now + KEY_VALIDITY),
            certify(receive.public_key().to_bytes(), ROLE_RECEIVE, now, now + KEY_VALIDITY),
            certify(recovery.public_key().public_bytes_raw(), ROLE_RECOVERY, now, now + KEY_VALIDITY),
        ]
        self._save_bundle(sign_bundle(root, 1, now, certs))
        atomic_write_bytes(self.root / "root.json", root_file_bytes(root.public_key(), "pec-central root"))
        self.db  # noqa: B018 - creates the store
        return fingerprint(root.public_key().public_bytes_raw())

    def _key(self, name: str) -> bytes:
        path = self.keys / f"{name}.key"
        if not path.is_file():
            raise AppError(Reason.NOT_SET_UP, detail=f"no central keys in {self.root}: run pec-central init")
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

    def revoke(self, key_id: str, reason: str) -> TrustBundle:
        """A new bundle with `key_id` revoked (it travels beside and inside the next envelopes)."""
        old = self.bundle()
        revoked = (*old.revoked, Revocation(key_id, stamp(self.clock.now()), reason))
        bundle = sign_bundle(self.root_key(), old.serial + 1, self.clock.now(), old.certs, revoked)
        self._save_bundle(bundle)
        return bundle

    # ---- the store --------------------------------------------------------------------
    @property
    def db(self) -> sqlite3.Connection:
        if self._db is None:
            if not self.is_initialised():
                raise AppError(Reason.NOT_SET_UP, detail=f"no central keys in {self.root}: run pec-central init")
            path = self.root / "central.db"
            if not path.exists():
                path.touch(mode=0o600)
            self._db = sqlite3.connect(path, isolation_level=None)
            self._db.execute("PRAGMA journal_mode = WAL")
            self._db.executescript(_SCHEMA)
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def _begin(self) -> sqlite3.Connection:
        self.db.execute("BEGIN IMMEDIATE")
        return self.db

    # ---- enrollment -------------------------------------------------------------------
    def enroll(self, request_bytes: bytes) -> tuple[str, str]:
        """Registers a device for its precinct; returns (precinct, fingerprint)."""
        request = read_request(request_bytes)
        known = self.db.execute("SELECT device_id FROM device WHERE precinct = ?", (request.precinct,)).fetchone()
        if known is not None and known[0] != request.device_id:
            raise AppError(Reason.DUPLICATE, detail=f"precinct {request.precinct} already has an enrolled device")
        self.db.execute(
            "INSERT OR REPLACE INTO device VALUES (?, ?, ?, ?, ?, ?, ?)",
            (request.precinct, request.device_id, request.workstation, request.signing_public.hex(),
             request.kem_public.hex(), request.fingerprint, iso(self.clock.now())),
        )  # fmt: skip
        return request.precinct, request.fingerprint

    def _device(self, precinct: str) -> tuple[str, RecipientPublicKey, bytes]:
        row = self.db.execute(
            "SELECT device_id, kem_public, signing_public FROM device WHERE precinct = ?", (precinct,)
        ).fetchone()
        if row is None:
            raise AppError(Reason.NOT_SET_UP, detail=f"precinct {precinct} has no enrolled device")
        return row[0], RecipientPublicKey.from_bytes(bytes.fromhex(row[1])), bytes.fromhex(row[2])

    # ---- central → PEC ----------------------------------------------------------------
    def issue_package(
        self, precinct: str, voters_csv: Path, users_csv: Path, election: Election | None, out_dir: Path, *,
        signatures: Path | None = None,
    ) -> Issued:  # fmt: skip
        voters = _voters(voters_csv)
        users = read_users_csv(users_csv)
        return self.issue_package_rows(
            precinct, voters, users, election or demo_election(), out_dir, signatures=signatures
        )

    def issue_package_rows(
        self, precinct: str, voters: Iterable[VoterRow], users: list[tuple[str, str, str]], election: Election,
        out_dir: Path, *, signatures: Path | None = None,
    ) -> Issued:  # fmt: skip
        """The package, streaming: each voter is checked and remembered as it passes, then all are
        written in Kyrgyz order, so a list of any size needs memory for one batch of rows only."""
        if self.db.execute("SELECT 1 FROM out_stream WHERE precinct = ?", (precinct,)).fetchone():
            raise AppError(Reason.DUPLICATE, detail=f"precinct {precinct} already has its package: issue an update")
        accounts = [IssuedAccount(login, name, role, one_time_password()) for login, name, role in users]
        bundle = self.bundle()
        db = self._begin()
        count = 0

        def records() -> Iterator[dict[str, Any]]:
            nonlocal count
            yield {"t": "trust", "bundle": bundle.to_bytes().decode()}
            for key, value in election.meta():
                yield {"t": "meta", "key": key, "value": value}
            for point in election.registration_points:
                yield {"t": "regpoint", **point}
            for a in accounts:
                yield {"t": "account", "login": a.login, "full_name": a.full_name, "role": a.role,
                       "password": a.password}  # fmt: skip
            if signatures is not None:
                yield from signature_records(signatures)
            # Remembered first, then sent in Kyrgyz order (name sort key, then PIN): the precinct
            # writes voters as they come, so its voter ids follow the alphabet and one search's
            # results sit on neighbouring pages. Memory: one batch; SQLite sorts the rest.
            db.execute("CREATE TEMP TABLE IF NOT EXISTS package_order (sort_key BLOB NOT NULL, pin TEXT NOT NULL)")
            db.execute("DELETE FROM temp.package_order")
            remembered: list[tuple[str, str, str]] = []
            keys: list[tuple[bytes, str]] = []
            for row in voters:
                if row.precinct != precinct:
                    raise AppError(Reason.MALFORMED, detail=f"voter {row.pin[:4]}… belongs to precinct {row.precinct}")
                remembered.append((precinct, row.pin, json.dumps(_voter_record(row), ensure_ascii=False)))
                keys.append(list_order(row))
                if len(remembered) >= 10000:
                    _remember(db, remembered, keys)
                count += 1
            _remember(db, remembered, keys)
            ordered = db.execute(
                "SELECT l.data FROM temp.package_order o JOIN list_voter l ON l.precinct = ? AND l.pin = o.pin"
                " ORDER BY o.sort_key, o.pin",
                (precinct,),
            )
            for (data,) in ordered:
                yield json.loads(data)
            db.execute("DELETE FROM temp.package_order")

        try:
            issued = self._write(precinct, election.id, KIND_PACKAGE, records(), out_dir)
            db.execute("INSERT OR REPLACE INTO election VALUES (?, ?)", (precinct, json.dumps(election.to_json())))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        issued.voters, issued.accounts = count, accounts
        return issued

    def issue_update(
        self, precinct: str, voters_csv: Path | None, out_dir: Path, signatures: Path | None = None
    ) -> Issued:
        """List changes against the last issued list, decisions, acknowledgements, the trust bundle."""
        row = self.db.execute("SELECT data FROM election WHERE precinct = ?", (precinct,)).fetchone()
        if row is None:
            raise AppError(Reason.NOT_SET_UP, detail=f"precinct {precinct} has no package yet")
        election_id = json.loads(row[0])["id"]
        new_list = _voters(voters_csv) if voters_csv is not None else None
        db = self._begin()
        try:
            counts = {"voters": 0, "removed": 0, "decisions": 0, "acks": 0}
            changed: dict[str, dict[str, Any]] = {}
            removed: list[tuple[str, str]] = []
            if new_list is not None:
                changed, removed = self._diff(precinct, new_list)
            decisions = db.execute(
                "SELECT number, decision, reason, decided_at, pin, fields, type, destroy FROM claim"
                " WHERE precinct = ? AND status = 'decided' AND sent_in = 0 ORDER BY number",
                (precinct,),
            ).fetchall()
            for _n, decision, _r, _d, pin, fields, kind, _destroy in decisions:
                if decision == "accepted" and kind in ("correction", "address") and pin not in changed:
                    corrected = self._corrected(precinct, pin, json.loads(fields))
                    if corrected is not None:
                        changed[pin] = corrected
            acks = db.execute(
                "SELECT seq, sha256, received_at FROM batch WHERE precinct = ? AND acked_in = 0 ORDER BY seq",
                (precinct,),
            ).fetchall()
            bundle = self.bundle()

            def records() -> Iterator[dict[str, Any]]:
                yield {"t": "trust", "bundle": bundle.to_bytes().decode()}
                yield from changed.values()
                for pin, reason in removed:
                    yield {"t": "removed", "pin": pin, "reason": reason}
                for number, decision, reason, decided_at, *_, destroy in decisions:
                    yield {"t": "decision", "claim": number, "decision": decision, "reason": reason,
                           "decided_at": decided_at, "destroy": bool(destroy)}  # fmt: skip
                yield from _ack_records(db, precinct, acks)
                if signatures is not None:
                    yield from signature_records(signatures)

            issued = self._write(precinct, election_id, KIND_UPDATE, records(), out_dir)
            for pin, record in changed.items():
                db.execute("INSERT OR REPLACE INTO list_voter VALUES (?, ?, ?)",
                           (precinct, pin, json.dumps(record, ensure_ascii=False)))  # fmt: skip
            db.executemany("DELETE FROM list_voter WHERE precinct = ? AND pin = ?", [(precinct, p) for p, _ in removed])
            db.executemany("UPDATE claim SET sent_in = ? WHERE number = ?", [(issued.seq, d[0]) for d in decisions])
            db.executemany("UPDATE batch SET acked_in = ? WHERE sha256 = ?", [(issued.seq, a[1]) for a in acks])
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        counts.update(voters=len(changed), removed=len(removed), decisions=len(decisions), acks=len(acks))
        issued.voters, issued.removed, issued.decisions, issued.acks = (
            counts["voters"],
            counts["removed"],
            counts["decisions"],
            counts["acks"],
        )
        return issued

    def _diff(self, precinct: str, rows: list[VoterRow]) -> tuple[dict[str, dict[str, Any]], list[tuple[str, str]]]:
        wrong = [v.pin[:4] for v in rows if v.precinct != precinct][:5]
        if wrong:
            raise AppError(Reason.MALFORMED, detail=f"voters of another precinct in the list ({', '.join(wrong)}…)")
        old = {pin: data for pin, data in self.db.execute(
            "SELECT pin, data FROM list_voter WHERE precinct = ?", (precinct,))}  # fmt: skip
        changed: dict[str, dict[str, Any]] = {}
        for row in rows:
            record = _voter_record(row)
            if old.get(row.pin) != json.dumps(record, ensure_ascii=False):
                changed[row.pin] = record
        present = {row.pin for row in rows}
        removed = [(pin, "not on the new list") for pin in old if pin not in present]
        return changed, removed

    def _corrected(self, precinct: str, pin: str, fields: dict[str, str]) -> dict[str, Any] | None:
        row = self.db.execute("SELECT data FROM list_voter WHERE precinct = ? AND pin = ?", (precinct, pin)).fetchone()
        if row is None or not fields:
            return None
        record: dict[str, Any] = json.loads(row[0])
        record.update({k: v for k, v in fields.items() if k in record and k != "pin"})
        return record

    def _write(
        self, precinct: str, election: str, kind: str, records: Iterator[dict[str, Any]], out_dir: Path
    ) -> Issued:
        _device_id, recipient, _signing = self._device(precinct)
        out_dir = Path(out_dir)
        if not out_dir.is_dir():
            raise AppError(Reason.USAGE, detail=f"{out_dir} is not a directory")
        last = self.db.execute("SELECT seq, sha256 FROM out_stream WHERE precinct = ?", (precinct,)).fetchone()
        seq, prev = (int(last[0]) + 1, str(last[1])) if last else (1, ZERO_HASH)
        now = self.clock.now()
        name = f"{precinct}-{kind}-{seq:06d}.pecenv"
        fields = HeaderFields(kind, election, precinct, seq, prev, now, now + ENVELOPE_VALIDITY)
        with EnvelopeWriter(out_dir / name, fields, signing_key=self.signer(), recipient_public=recipient,
                            registry=central_registry()) as writer:  # fmt: skip
            for record in records:
                writer.write_record(record)
        atomic_write_bytes(out_dir / BUNDLE_FILE, self.bundle().to_bytes())
        self.db.execute("INSERT OR REPLACE INTO out_stream VALUES (?, ?, ?)", (precinct, seq, writer.sha256))
        self.db.execute(
            "INSERT INTO issued VALUES (?, ?, ?, ?, ?, ?)", (precinct, seq, kind, writer.sha256, name, iso(now))
        )
        return Issued(out_dir / name, seq)

    # ---- PEC → central ----------------------------------------------------------------
    def ingest(self, path: Path, limits: Limits | None = None, *, accept_expired: str = "") -> Ingested:
        """Verifies a change batch (the same order as the precinct's import) and applies it; the
        audit segment must continue the chain seen so far, or the break is recorded and reported.

        `accept_expired` (the TEC's reason) takes a batch whose validity has ended, as when a lost
        batch was written again too late: everything else is checked as always (signer, signature,
        addressing, the next number of the stream, hashes), and the acceptance is kept as a finding."""
        path = Path(path)
        if not path.exists():
            raise AppError(Reason.USAGE, detail=f"{path} does not exist")
        limits = limits or Limits()
        header, _raw = read_header(path, limits)
        device_id, device_key, receiver = self._check_batch_header(header)
        sha = file_sha256(path)
        stream = self.db.execute(
            "SELECT seq, sha256, audit_seq, audit_hash FROM in_stream WHERE precinct = ?", (header.precinct,)
        ).fetchone()
        state = StreamState(int(stream[0]), str(stream[1])) if stream else StreamState()
        audit_seq, audit_hash = (int(stream[2]), str(stream[3])) if stream else (0, genesis_hash(device_id))
        applied = self.db.execute("SELECT 1 FROM batch WHERE sha256 = ?", (sha,)).fetchone() is not None
        result = Ingested(header.precinct, header.seq)
        if not check_sequence(header, state, sha, applied):
            result.already_applied = True
            return result
        reason = accept_expired.strip()[:200]
        late = bool(reason) and header.expires_at <= self.clock.now()
        if not late:
            check_times(header, self.clock.now())
        chain = _ChainCheck(audit_seq, audit_hash)
        now = iso(self.clock.now())
        self._parts = {}
        self._audit_rows = []
        db = self._begin()
        try:
            for record in open_payload(path, header, receiver, batch_registry(), limits):
                if record["t"] == "audit_head":
                    chain.head(record, device_id, device_key)
                elif record["t"] == "alert":
                    db.execute("INSERT INTO alert VALUES (?,?,?,?,?,?,?,?)",
                               (header.precinct, header.seq, record["rule"], record["at"], record["subject"],
                                record["detail"], record["first_seq"], record["last_seq"]))  # fmt: skip
                    result.alerts += 1
                else:
                    self._ingest_record(record, header.precinct, chain, result)
            chain.finish()
            self._flush_audit()
            if self._parts:
                raise AppError(Reason.MALFORMED, detail="an attachment ends before its last part")
            late_note = [f"accepted after its validity ended ({header.expires}): {reason}"] if late else []
            for problem in chain.problems + late_note:
                db.execute("INSERT INTO finding (precinct, batch_seq, at, detail) VALUES (?,?,?,?)",
                           (header.precinct, header.seq, now, problem))  # fmt: skip
            db.execute("INSERT OR REPLACE INTO in_stream VALUES (?,?,?,?,?)",
                       (header.precinct, header.seq, sha, chain.seq, chain.hash))  # fmt: skip
            db.execute("INSERT INTO batch (sha256, precinct, seq, received_at) VALUES (?,?,?,?)",
                       (sha, header.precinct, header.seq, stamp(self.clock.now())))  # fmt: skip
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        result.problems = chain.problems
        result.audit_ok = not chain.problems
        return result

    def _check_batch_header(self, header: Header) -> tuple[str, Ed25519PublicKey, RecipientPrivateKey]:
        """A batch, signed by the precinct's enrolled device, to our receive key, for its election:
        the device id, its key, and our receive key."""
        if header.kind != KIND_BATCH:
            raise AppError(Reason.MALFORMED, detail=f"a {header.kind!r} envelope is not a change batch")
        device_id, device_key = self._batch_signer(header)
        receiver = self.receiver()
        if header.recipient != receiver.public_key().key_id:
            raise AppError(Reason.WRONG_RECIPIENT, detail="the batch is encrypted to another central key")
        election = self.db.execute("SELECT data FROM election WHERE precinct = ?", (header.precinct,)).fetchone()
        if election is None or json.loads(election[0])["id"] != header.election:
            raise AppError(Reason.WRONG_RECIPIENT, detail=f"election {header.election} is not this precinct's")
        return device_id, device_key, receiver

    def _batch_signer(self, header: Header) -> tuple[str, Ed25519PublicKey]:
        """The enrolled device of the batch's precinct, whose key must have signed it."""
        row = self.db.execute(
            "SELECT device_id, signing_public FROM device WHERE precinct = ?", (header.precinct,)
        ).fetchone()
        if row is None:
            raise AppError(Reason.UNTRUSTED_SIGNER, detail=f"precinct {header.precinct} has no enrolled device")
        device_key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(row[1]))
        if signer_id(device_key) != header.sender:
            raise AppError(Reason.UNTRUSTED_SIGNER, detail="not signed by the precinct's enrolled device key")
        verify_signature(header, device_key)
        return str(row[0]), device_key

    def _ingest_record(self, record: dict[str, Any], precinct: str, chain: _ChainCheck, result: Ingested) -> None:
        db, kind = self.db, record["t"]
        if kind == "claim":
            if not str(record["number"]).startswith(f"{precinct}-") or record["type"] not in CLAIM_TYPES:
                raise AppError(Reason.MALFORMED, detail=f"claim {str(record['number'])[:40]}: not this precinct's")
            db.execute(
                "INSERT OR IGNORE INTO claim (number, precinct, type, pin, fields, contact, filed_at,"
                " filed_by, place, status) VALUES (?,?,?,?,?,?,?,?,?, 'received')",
                (record["number"], precinct, record["type"], record["pin"], record["fields"],
                 record["contact"], record["filed_at"], record["filed_by"], record["place"]),
            )  # fmt: skip
            db.execute("INSERT OR REPLACE INTO claim_detail VALUES (?,?,?)",
                       (record["number"], record.get("institution", ""), record.get("contact_check", "")))  # fmt: skip
            result.claims += 1
        elif kind == "informed":
            db.execute("INSERT OR REPLACE INTO claim_informed VALUES (?,?,?,?)",
                       (record["claim"], record["at"], record["how"], record["by"]))  # fmt: skip
            db.execute(
                "UPDATE claim SET status = 'informed' WHERE number = ? AND precinct = ?", (record["claim"], precinct)
            )
        elif kind == "attachment":
            self._attachment_part(record, precinct)
        elif kind == "status":
            db.execute("INSERT INTO status_change VALUES (?,?,?,?,?,?,?)",
                       (precinct, record["pin"], record["status"], record["reason"], record["claim"],
                        record["at"], record["login"]))  # fmt: skip
            result.changes += 1
        elif kind == "audit":
            chain.event(record)
            self._audit_rows.append((precinct, record["seq"], record["at"], record["login"], record["action"],
                                     record["object"], record["outcome"], record["hash"]))  # fmt: skip
            if len(self._audit_rows) >= 5000:
                self._flush_audit()
            result.audit_events += 1

    def _flush_audit(self) -> None:
        self.db.executemany("INSERT OR REPLACE INTO audit_event VALUES (?,?,?,?,?,?,?,?)", self._audit_rows)
        self._audit_rows = []

    def _attachment_part(self, record: dict[str, Any], precinct: str) -> None:
        """Parts arrive in order; the whole file's size and hash are checked at its last part."""
        if not str(record["claim"]).startswith(f"{precinct}-"):
            raise AppError(Reason.MALFORMED, detail="an attachment of another precinct's claim")
        state = self._parts.get((record["claim"], record["name"]))
        expected = 1 if state is None else state[0] + 1
        if record["part"] != expected or not 1 <= record["part"] <= record["parts"]:
            raise AppError(Reason.MALFORMED, detail=f"attachment {record['name']}: parts out of order")
        try:
            data = base64.b64decode(str(record["data"]), validate=True)
        except (binascii.Error, ValueError) as exc:
            raise AppError(Reason.MALFORMED, detail=f"attachment {record['name']}: not base64") from exc
        collected = (state[1] if state else b"") + data
        if len(collected) > record["size"]:
            raise AppError(Reason.MALFORMED, detail=f"attachment {record['name']}: longer than declared")
        self._parts[(record["claim"], record["name"])] = (record["part"], collected)
        if record["part"] == record["parts"]:
            del self._parts[(record["claim"], record["name"])]
            if len(collected) != record["size"] or hashlib.sha256(collected).hexdigest() != record["sha256"]:
                raise AppError(Reason.SIGNATURE_INVALID, detail=f"attachment {record['name']}: size or hash differs")
            self.db.execute("INSERT OR REPLACE INTO claim_attachment VALUES (?,?,?,?,?,?)",
                            (record["claim"], record["name"], record["kind"], record["size"], record["sha256"],
                             collected))  # fmt: skip

    def attachments(self, number: str) -> list[tuple[str, str, bytes]]:
        rows = self.db.execute("SELECT name, kind, data FROM claim_attachment WHERE claim = ? ORDER BY name", (number,))
        return [(r[0], r[1], bytes(r[2])) for r in rows]

    def decide(self, number: str, accept: bool, reason: str, *, destroy: bool = False) -> None:
        """The TEC's decision; `destroy`: the listed data was collected unlawfully and must be
        destroyed at the precinct, with a notice to the voter (R-CLM-4)."""
        if not reason.strip():
            raise AppError(Reason.MALFORMED, detail="a decision needs its reason")
        row = self.db.execute("SELECT status FROM claim WHERE number = ?", (number,)).fetchone()
        if row is None:
            raise AppError(Reason.MALFORMED, detail=f"no claim {number} has been received")
        if row[0] == "decided":
            raise AppError(Reason.DUPLICATE, detail=f"claim {number} is already decided")
        self.db.execute(
            "UPDATE claim SET status = 'decided', decision = ?, reason = ?, decided_at = ?, destroy = ?"
            " WHERE number = ?",
            ("accepted" if accept else "rejected", reason.strip(), stamp(self.clock.now()), int(destroy), number),
        )
        if destroy:  # the central copy of the entry goes too
            self.db.execute(
                "DELETE FROM list_voter WHERE (precinct, pin) IN (SELECT precinct, pin FROM claim WHERE number = ?)",
                (number,),
            )

    def alerts(self, precinct: str) -> list[dict[str, Any]]:
        cursor = self.db.execute(
            "SELECT batch_seq, rule, at, subject, detail FROM alert WHERE precinct = ? ORDER BY rowid", (precinct,)
        )
        return [dict(zip(("batch_seq", "rule", "at", "subject", "detail"), r, strict=True)) for r in cursor]

    def findings(self, precinct: str) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT detail FROM finding WHERE precinct = ? ORDER BY id", (precinct,))]

    def claims(self, precinct: str) -> list[dict[str, Any]]:
        cursor = self.db.execute(
            "SELECT number, type, pin, status, decision FROM claim WHERE precinct = ? ORDER BY number", (precinct,)
        )
        return [dict(zip(("number", "type", "pin", "status", "decision"), r, strict=True)) for r in cursor]


def _ack_records(db: sqlite3.Connection, precinct: str, acks: list[Any]) -> Iterator[dict[str, Any]]:
    """The acks, each with the newest claim number held here for the precinct, and the newest one
    with the audit seq the stream has reached: a precinct put back to an older store learns from
    them where to resume its numbering and its stream (R-SYN-2; docs/decisions.md)."""
    stream = db.execute("SELECT seq, audit_seq FROM in_stream WHERE precinct = ?", (precinct,)).fetchone()
    top = db.execute("SELECT max(number) FROM claim WHERE precinct = ?", (precinct,)).fetchone()[0]
    for seq, sha, received in acks:
        record: dict[str, Any] = {"t": "ack", "seq": seq, "sha256": sha, "received_at": received}
        if top:
            record["claims_to"] = top
        if stream is not None and int(stream[0]) == seq:
            record["audit_seq"] = int(stream[1])
        yield record


class _ChainCheck:
    """The audit segment of a batch must continue the chain the central side saw last."""

    def __init__(self, seq: int, last_hash: str) -> None:
        self.seq, self.hash = seq, last_hash
        self.problems: list[str] = []
        self._head_seen = False

    def event(self, record: dict[str, Any]) -> None:
        content = [record[k] for k in ("seq", "at", "session_id", "login", "full_name", "role", "workstation",
                                        "action", "object", "outcome", "details", "prev_hash")]  # fmt: skip
        if record["seq"] != self.seq + 1:
            self.problems.append(f"audit event {record['seq']} follows {self.seq}: events missing or repeated")
        if record["prev_hash"] != self.hash:
            self.problems.append(f"audit event {record['seq']} does not continue the chain (rewritten or forked)")
        if event_hash(content) != record["hash"]:
            self.problems.append(f"audit event {record['seq']} was altered after it was written")
        self.seq, self.hash = int(record["seq"]), str(record["hash"])

    def head(self, record: dict[str, Any], device_id: str, key: Any) -> None:
        checkpoint = Checkpoint(
            int(record["seq"]), str(record["head_hash"]), str(record["at"]), str(record["signature"])
        )
        self._head_seen = True
        if not checkpoint.verifies(device_id, key):
            self.problems.append("the signed chain head does not verify")
        elif (checkpoint.seq, checkpoint.head_hash) != (self.seq, self.hash):
            self.problems.append(f"the signed chain head ({checkpoint.seq}) is not where the events end ({self.seq})")

    def finish(self) -> None:
        if not self._head_seen:
            self.problems.append("the batch carries no signed chain head")
