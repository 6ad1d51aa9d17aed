"""The tamper-evident audit log (R-AUD-1, R-AUD-3, R-AUD-6).

Append-only events in the device store, each carrying the SHA-256 of the previous
event (hash chain) and a sequence number. Checkpoints sign the chain head with the
device's Ed25519 key; the newest is also kept in a file beside the stores, so a
tail cut back below it is detected. `verify` reports an edited, deleted, inserted
or reordered event and a truncated tail. Events never carry a voter's personal
data: voters are named by internal record id, searches by result count only.
"""

from __future__ import annotations

import dataclasses
import enum
import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.clock import Clock, iso
from app.models.audit_store import AuditEvent, AuditStore
from app.models.bounds import AUDIT, bound, bound_json
from app.models.db import Connection, transaction

CHECKPOINT_DOMAIN = b"pec-desk/audit-checkpoint/v1\0"


class AuditAction(enum.StrEnum):
    """Event ids (R-AUD-1). Stable: the central side and the anomaly rules read them."""

    PRECINCT_CREATED = "precinct.created"
    STORE_OPENED = "store.opened"
    SELF_CHECK = "store.self-check"
    LOGIN = "session.login"
    LOGIN_FAILED = "session.login-failed"
    LOGIN_THROTTLED = "session.login-throttled"
    LOGIN_REFUSED_LOCKED = "session.login-refused-locked"
    ACCOUNT_LOCKED_OUT = "account.locked-out"
    LOGOUT = "session.logout"
    LOCK = "session.lock"
    UNLOCK = "session.unlock"
    UNLOCK_FAILED = "session.unlock-failed"
    PASSWORD_CHANGED = "account.password-changed"
    PASSWORD_REFUSED = "account.password-refused"
    ACCOUNT_CREATED = "account.created"
    ACCOUNT_DISABLED = "account.disabled"
    ACCOUNT_UNLOCKED = "account.unlocked"
    PASSWORD_RESET = "account.password-reset"
    KEY_SLOT_ADDED = "key.slot-added"
    KEY_SLOT_REMOVED = "key.slot-removed"
    PERMISSION_DENIED = "access.denied"
    VOTERS_LOADED = "voter.loaded"
    SEARCH = "voter.search"
    VIEW_CONFIDENTIAL = "voter.view-confidential"
    VOTER_CHANGED = "voter.changed"
    VOTER_BLOCKED = "voter.blocked"
    VOTER_UNBLOCKED = "voter.unblocked"
    VOTER_DELETED = "voter.deleted"
    COPY = "data.copy"
    PRINT = "data.print"
    EXPORT = "data.export"
    IMPORT = "data.import"
    AUDIT_VIEWED = "audit.viewed"
    AUDIT_VERIFIED = "audit.verified"
    CHECKPOINT = "audit.checkpoint"
    DEVICE_SET_UP = "device.set-up"
    TRUST_UPDATED = "key.trust-updated"
    CLAIM_FILED = "claim.filed"
    CLAIM_DECIDED = "claim.decided"
    CLAIM_INFORMED = "claim.informed"
    MEDIA_CONNECTED = "media.connected"
    MEDIA_DISCONNECTED = "media.disconnected"
    MEDIA_DEVICE = "media.non-storage-device"
    MEDIA_REGISTERED = "media.registered"
    MEDIA_UNREGISTERED = "media.unregistered"
    MEDIA_REFUSED = "media.refused"
    MEDIA_SCANNED = "media.scanned"
    SIGNATURES_INSTALLED = "av.signatures-installed"
    PRINT_APPROVED = "data.print-approved"
    PRINT_APPROVAL_FAILED = "data.print-approval-failed"
    ADMIN_REVIEWED = "audit.admin-reviewed"
    ALERT_RAISED = "anomaly.raised"
    ALERT_REVIEWED = "anomaly.reviewed"
    BACKUP_CREATED = "backup.created"
    BACKUP_RESTORED = "backup.restored"
    RESTORE_REFUSED = "backup.restore-refused"
    DESTRUCTION_REFUSED = "precinct.destruction-refused"
    PRECINCT_DESTROYED = "precinct.destroyed"
    ROLLBACK_ACCEPTED = "store.rollback-accepted"


@dataclass(frozen=True)
class Actor:
    session_id: str
    login: str
    full_name: str
    role: str
    workstation: str


def event_hash(content: list[Any]) -> str:
    canonical = json.dumps(content, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def genesis_hash(device_id: str) -> str:
    return hashlib.sha256(f"pec-desk/audit/genesis/{device_id}".encode()).hexdigest()


class AuditLog:
    """Appends to and reads the chain in `schema` ("main" or an attached name) of `conn`."""

    def __init__(self, conn: Connection, schema: str, device_id: str, clock: Clock) -> None:
        self._conn = conn
        self._store = AuditStore(conn, schema)
        self._device_id = device_id
        self._clock = clock

    def append(
        self,
        actor: Actor,
        action: AuditAction,
        obj: str = "",
        outcome: str = "ok",
        details: dict[str, Any] | None = None,
    ) -> AuditEvent:
        if not self._conn.in_transaction:
            with transaction(self._conn):
                return self.append(actor, action, obj, outcome, details)
        seq, prev = self.head()
        event = self._build(seq + 1, prev, actor, action, obj=obj, outcome=outcome, details=details or {})
        self._store.add(event)
        return event

    def _build(
        self, seq: int, prev: str, actor: Actor, action: AuditAction, *, obj: str, outcome: str, details: dict[str, Any]
    ) -> AuditEvent:
        # Every field is bounded here, by the limits of the batch that will carry the event (R-SYN-1):
        # escaped and cut with a marker, so no event can ever stop an export.
        who = {name: bound(value, AUDIT[name]) for name, value in dataclasses.asdict(actor).items()}
        event = AuditEvent(
            seq, iso(self._clock.now()), who["session_id"], who["login"], who["full_name"], who["role"],
            who["workstation"], bound(action.value, AUDIT["action"]), bound(obj, AUDIT["object"]),
            bound(outcome, AUDIT["outcome"]), bound_json(details, AUDIT["details"]), prev, "",
        )  # fmt: skip
        return dataclasses.replace(event, hash=event_hash(event.content()))

    @property
    def store(self) -> AuditStore:
        """The rows, for read-only queries (a filtered page, a range, an export)."""
        return self._store

    def head(self) -> tuple[int, str]:
        return self._store.head() or (0, genesis_hash(self._device_id))

    def hash_at(self, seq: int) -> str | None:
        """The hash of event `seq`, or None when the chain has no such event."""
        return self._store.hash_at(seq)

    def events(self, after: int = 0, limit: int | None = None, newest_first: bool = False) -> list[AuditEvent]:
        return self._store.events(after, limit, newest_first)

    def iter_events(self) -> Iterator[AuditEvent]:
        """Every event in order, streamed (a long log is never held whole in memory)."""
        return self._store.iter_events()

    def count(self, action: AuditAction, since: str = "") -> int:
        return self._store.count(action.value, since)


@dataclass(frozen=True)
class Checkpoint:
    seq: int
    head_hash: str
    at: str
    signature: str

    def message(self, device_id: str) -> bytes:
        return CHECKPOINT_DOMAIN + f"{device_id}\0{self.seq}\0{self.head_hash}\0{self.at}".encode()

    def to_json(self) -> dict[str, Any]:
        return {"seq": self.seq, "head_hash": self.head_hash, "at": self.at, "signature": self.signature}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Checkpoint:
        return cls(int(data["seq"]), str(data["head_hash"]), str(data["at"]), str(data["signature"]))

    def verifies(self, device_id: str, public_key: Ed25519PublicKey) -> bool:
        try:
            public_key.verify(bytes.fromhex(self.signature), self.message(device_id))
        except (InvalidSignature, ValueError):
            return False
        return True


def sign_checkpoint(key: Ed25519PrivateKey, device_id: str, seq: int, head: str, at: str) -> Checkpoint:
    unsigned = Checkpoint(seq, head, at, "")
    return Checkpoint(seq, head, at, key.sign(unsigned.message(device_id)).hex())


class Problem(enum.StrEnum):
    EDITED = "edited"  # an event's content no longer matches its hash
    BROKEN_LINK = "broken-link"  # prev_hash does not match: deleted, inserted or reordered
    SEQUENCE_GAP = "sequence-gap"  # a sequence number is missing
    TRUNCATED = "truncated"  # the chain ends before a signed checkpoint
    CHECKPOINT_MISMATCH = "checkpoint-mismatch"  # the chain differs from a signed head
    CHECKPOINT_FORGED = "checkpoint-forged"  # a checkpoint whose signature fails
    ROLLED_BACK = "rolled-back"  # the chain is behind the head recorded outside the data dir (keyring)


@dataclass
class VerifyReport:
    events: int = 0
    head_seq: int = 0
    head_hash: str = ""
    checkpoint_seq: int = 0
    problems: list[tuple[int, Problem]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "events": self.events,
            "head_seq": self.head_seq,
            "head_hash": self.head_hash,
            "checkpoint_seq": self.checkpoint_seq,
            "problems": [{"seq": s, "problem": p.value} for s, p in self.problems],
        }


def verify_chain(
    events: Iterable[AuditEvent], device_id: str, *, after: int = 0, prev_hash: str | None = None
) -> tuple[VerifyReport, dict[int, str]]:
    """Walk the chain once; returns the report and the hash stored at every sequence. With
    `after`/`prev_hash` the events continue a part already checked (an empty `prev_hash`: the link
    of the first one is not known and not checked)."""
    report = VerifyReport()
    expected_prev = genesis_hash(device_id) if prev_hash is None else prev_hash
    expected_seq = after + 1
    hashes: dict[int, str] = {}
    for event in events:
        report.events += 1
        if event.seq != expected_seq:
            report.problems.append((event.seq, Problem.SEQUENCE_GAP))
        if event_hash(event.content()) != event.hash:
            report.problems.append((event.seq, Problem.EDITED))
        if expected_prev and event.prev_hash != expected_prev:
            report.problems.append((event.seq, Problem.BROKEN_LINK))
        hashes[event.seq] = event.hash
        expected_prev, expected_seq = event.hash, event.seq + 1
        report.head_seq, report.head_hash = event.seq, event.hash
    return report, hashes


def verify(
    log: AuditLog, device_id: str, checkpoints: Iterable[Checkpoint], public_key: Ed25519PublicKey
) -> VerifyReport:
    report, hashes = verify_chain(log.iter_events(), device_id)
    for cp in sorted(checkpoints, key=lambda c: c.seq):
        if not cp.verifies(device_id, public_key):
            report.problems.append((cp.seq, Problem.CHECKPOINT_FORGED))
            continue
        report.checkpoint_seq = max(report.checkpoint_seq, cp.seq)
        if cp.seq > report.head_seq:
            report.problems.append((cp.seq, Problem.TRUNCATED))
        elif hashes.get(cp.seq) != cp.head_hash:
            report.problems.append((cp.seq, Problem.CHECKPOINT_MISMATCH))
    return report
