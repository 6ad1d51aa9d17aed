"""Exporting the next change batch for the central system (R-SYN-1, R-AUD-3).

A batch is the next envelope of this device's own stream (seq 1, 2, ...; `prev` names the last
batch's file hash). It carries, since the last batch: the claims filed, the local changes of voter
status, and the audit segment (every event, every field) with the signed chain head it leads to, so
the central side can tell whether this device's log continues the one it saw last (truncation,
rewriting and forks are detected there). It is encrypted to the central `receive` key of the trust
bundle and signed by the device key. The claims and changes are marked as sent in the same
transaction that records the batch; the central side acknowledges each batch in its next update.
Anomaly alerts will travel here too once the anomaly rules exist.
"""

from __future__ import annotations

import base64
import datetime as dt
import errno
import hashlib
import os
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.clock import iso
from app.errors import AppError, Defect, Part, Reason
from app.models.alerts import AlertRepository, StoredAlert
from app.models.attachments import AttachmentRepository
from app.models.claims import ClaimRepository, Informed, UnsentClaim
from app.models.db import Connection
from app.models.sync_state import BatchRepository, StreamRepository
from app.models.vocabulary import ClaimStatus
from app.models.voter_changes import VoterChange, VoterChangeRepository
from app.security.atomic import atomic_write_bytes, fsync_dir
from app.security.audit import AuditAction
from app.security.permissions import Action
from app.security.session import Session
from app.services.anomalies import AnomalyService
from app.services.claims import ClaimService
from app.services.guard import authorize
from app.services.import_apply import medium_error, stored_bundle
from app.services.ports import ExportStore
from app.sync.avsig import PART_BYTES
from app.sync.envelope import EnvelopeWriter, file_sha256
from app.sync.header import HeaderFields
from app.sync.payloads import KIND_BATCH, batch_registry
from app.sync.recipient_keys import RecipientPublicKey
from app.sync.streams import ZERO_HASH
from app.sync.trust import TrustView

BATCH_VALIDITY = dt.timedelta(days=30)
PENDING = ".pending"  # the suffix of a batch written but not yet recorded


@dataclass
class ExportSummary:
    seq: int
    file_name: str
    sha256: str
    claims: int
    changes: int
    audit_events: int
    alerts: int = 0

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class ResentSummary:
    """The unacknowledged batches written again, oldest first (the order the central side takes them)."""

    batches: list[ExportSummary]

    def to_json(self) -> dict[str, Any]:
        return {"batches": [b.to_json() for b in self.batches]}


def batch_file_name(precinct: str, seq: int) -> str:
    return f"{precinct}-batch-{seq:06d}.pecenv"


class BatchExport:
    def __init__(self, ctx: ExportStore, session: Session) -> None:
        self._ctx = ctx
        self._session = session

    def last_acknowledged(self) -> tuple[int, str] | None:
        """The newest batch the central system acknowledged: (seq, when), or None."""
        return BatchRepository(self._ctx.precinct).last_acknowledged()

    def unacknowledged(self) -> list[int]:
        return BatchRepository(self._ctx.precinct).unacknowledged()

    def export(self, out_dir: Path) -> ExportSummary:
        return self._on_medium(out_dir, lambda: self._export(Path(out_dir)))

    def _on_medium(self, out_dir: Path, write: Callable[[], ExportSummary], **details: Any) -> ExportSummary:
        """A write to the drive; an OS error (pulled out, read-only, full) is audited as failed
        and refused as `medium-error`."""
        try:
            return write()
        except OSError as exc:
            self._ctx.audit.append(self._session.actor, AuditAction.EXPORT, obj=str(out_dir)[-100:], outcome="failed",
                                   details={"reason": Reason.MEDIUM_ERROR.value, **details})  # fmt: skip
            raise medium_error(exc) from exc

    def _export(self, out_dir: Path) -> ExportSummary:
        """R-SYN-2: the stream position is read under the store's write lock (BEGIN IMMEDIATE), so a
        second export waits for the first (or is refused as `store-in-use`) and takes the next
        number; the batch is written under a pending name and gets its own name only after the
        commit that records it, so no file of the stream exists that the store does not know."""
        ctx, session = self._ctx, self._session
        authorize(ctx, session, Action.SYNC_EXPORT)
        out_dir = Path(out_dir)
        if not out_dir.is_dir():
            raise AppError(Reason.USAGE, defect=Defect.NOT_A_DIRECTORY, part=Part.FILE, path=str(out_dir))
        now = ctx.clock.now()
        recipient = TrustView(ctx.trust_root(), stored_bundle(ctx)).central_recipient(now)
        signing, _kem = ctx.device_keys()
        ClaimService(ctx).refresh_overdue()  # claims past their answer date raise their alert first
        AnomalyService(ctx).refresh()  # every alert up to the chain head goes along (new links checked)
        with ctx.transaction() as conn:
            _settle_pending(conn, out_dir, ctx.meta.get("precinct"))
            summary = self._write_next(conn, out_dir, recipient, signing)
        os.replace(out_dir / pending_name(summary.file_name), out_dir / summary.file_name)
        fsync_dir(out_dir)
        return summary

    def _write_next(
        self, conn: Connection, out_dir: Path, recipient: RecipientPublicKey, signing: Ed25519PrivateKey
    ) -> ExportSummary:
        """Inside the transaction: the next batch written under its pending name and recorded."""
        ctx, session, now = self._ctx, self._session, self._ctx.clock.now()
        precinct, election = ctx.meta.get("precinct"), ctx.meta.get("election_id")
        last = BatchRepository(conn).last()
        seq, prev, audit_from = (last.seq + 1, last.sha256, last.audit_to) if last else (1, ZERO_HASH, 0)
        name = batch_file_name(precinct, seq)
        staged = out_dir / pending_name(name)
        if (out_dir / name).exists() and not (out_dir / name).is_file():  # the rename after the commit would fail
            raise IsADirectoryError(errno.EISDIR, "the batch's file name is taken on the drive", str(out_dir / name))
        fields = HeaderFields(KIND_BATCH, election, precinct, seq, prev, now, now + BATCH_VALIDITY)
        checkpoint = ctx.write_checkpoint()
        unsent = _Unsent.read(conn)
        events = ctx.audit.events(after=audit_from, limit=checkpoint.seq - audit_from)
        try:
            with EnvelopeWriter(staged, fields, signing_key=signing, recipient_public=recipient,
                                registry=batch_registry()) as writer:  # fmt: skip
                for record in unsent.records(conn):
                    writer.write_record(record)
                for event in events:
                    writer.write_record({"t": "audit", **vars(event)})
                for record in unsent.alert_records():
                    writer.write_record(record)
                writer.write_record({"t": "audit_head", **checkpoint.to_json()})
            sha = writer.sha256
            assert sha is not None  # set when the writer closed without an error
            envelope = _read_back(staged, sha)
        except BaseException:
            staged.unlink(missing_ok=True)
            raise
        unsent.mark_sent(conn, seq)
        BatchRepository(conn).add(seq, sha, name, created_at=iso(now), audit_to=checkpoint.seq, envelope=envelope)
        summary = ExportSummary(seq, name, sha, len(unsent.claims), len(unsent.changes), len(events),
                                len(unsent.alerts))  # fmt: skip
        ctx.audit.append(session.actor, AuditAction.EXPORT, obj=name,
                         details={k: v for k, v in asdict(summary).items() if k != "file_name"})  # fmt: skip
        return summary

    def resend(self, seq: int, out_dir: Path) -> ExportSummary:
        """Writes batch `seq` again, byte for byte, for a batch lost on the way (a drive lost or
        broken before the central side ingested it). Only a batch the central side has not
        acknowledged is kept; the central side ingests it as the next of the stream, or reports
        it as already applied. Nothing in the store changes; the copy is audited."""
        return self._on_medium(out_dir, lambda: self._resend(seq, Path(out_dir)), resent=seq)

    def resend_unacknowledged(self, out_dir: Path) -> ResentSummary:
        """Every batch the central side has not acknowledged, written again (`resend`)."""
        authorize(self._ctx, self._session, Action.SYNC_EXPORT)
        waiting = self.unacknowledged()
        if not waiting:
            raise AppError(Reason.DUPLICATE, defect=Defect.ALL_ACKNOWLEDGED)
        return ResentSummary([self.resend(seq, out_dir) for seq in waiting])

    def _resend(self, seq: int, out_dir: Path) -> ExportSummary:
        ctx, session = self._ctx, self._session
        authorize(ctx, session, Action.SYNC_EXPORT)
        if not out_dir.is_dir():
            raise AppError(Reason.USAGE, defect=Defect.NOT_A_DIRECTORY, part=Part.FILE, path=str(out_dir))
        row = BatchRepository(ctx.precinct).get(seq)
        if row is None:
            raise AppError(Reason.USAGE, defect=Defect.UNKNOWN_BATCH, seq=seq, written=self._written())
        sha, name, acked_at, envelope = row.sha256, row.file_name, row.acked_at, row.envelope
        if acked_at:
            raise AppError(Reason.DUPLICATE, defect=Defect.ALREADY_ACKNOWLEDGED, seq=seq, at=acked_at)
        if not envelope:
            raise AppError(Reason.USAGE, defect=Defect.NO_KEPT_COPY, seq=seq)
        if hashlib.sha256(envelope).hexdigest() != sha:
            raise AppError(Reason.STORE_DAMAGED, defect=Defect.HASH_MISMATCH, part=Part.BATCH, seq=seq)
        atomic_write_bytes(out_dir / name, envelope)
        _read_back(out_dir / name, sha)
        ctx.audit.append(session.actor, AuditAction.EXPORT, obj=name, outcome="resent", details={"seq": seq})
        return ExportSummary(seq, name, sha, 0, 0, 0)

    def _written(self) -> str:
        span = BatchRepository(self._ctx.precinct).span()
        return "-" if span is None else f"{span[0]}–{span[1]}"


@dataclass(frozen=True)
class _Unsent:
    """What has not travelled to the central side yet: the rows a batch carries and then marks sent."""

    claims: list[UnsentClaim]
    informed: list[Informed]
    attachments: list[int]
    changes: list[VoterChange]
    alerts: list[StoredAlert]

    @classmethod
    def read(cls, conn: Connection) -> _Unsent:
        claims = ClaimRepository(conn)
        return cls(claims.unsent(), claims.informed_unsent(), claims.attachments.unsent(),
                   VoterChangeRepository(conn).unsent(), AlertRepository(conn).unsent())  # fmt: skip

    def records(self, conn: Connection) -> Iterator[dict[str, Any]]:
        """The claims with their attachments, "informed" and the status changes, as batch records."""
        for c in self.claims:
            yield {"t": "claim", "number": c.number, "type": c.type, "pin": c.pin, "fields": c.fields,
                   "contact": c.contact, "filed_at": c.filed_at, "filed_by": c.filed_by, "place": c.place,
                   "status": ClaimStatus.SENT.value, "institution": c.institution,
                   "contact_check": c.contact_check}  # fmt: skip
        for attachment_id in self.attachments:
            yield from _attachment_records(AttachmentRepository(conn), attachment_id)
        for i in self.informed:
            yield {"t": "informed", "claim": i.number, "at": i.at, "how": i.how, "by": i.by}
        for ch in self.changes:
            yield {"t": "status", "pin": ch.pin, "status": ch.status, "reason": ch.reason, "claim": ch.claim,
                   "at": ch.at, "login": ch.login}  # fmt: skip

    def alert_records(self) -> Iterator[dict[str, Any]]:
        for a in self.alerts:
            yield {"t": "alert", "rule": a.rule, "at": a.at, "subject": a.subject, "detail": a.detail,
                   "first_seq": a.first_seq, "last_seq": a.last_seq}  # fmt: skip

    def mark_sent(self, conn: Connection, seq: int) -> None:
        claims = ClaimRepository(conn)
        claims.mark_sent(seq, [i.number for i in self.informed])
        VoterChangeRepository(conn).mark_sent(seq)
        claims.attachments.mark_sent(seq, self.attachments)
        AlertRepository(conn).mark_sent(seq, [a.id for a in self.alerts])


def pending_name(name: str) -> str:
    """A batch's name until the commit that records it: hidden, and no envelope's name (.pecenv)."""
    return f".{name}{PENDING}"


def _settle_pending(conn: Connection, out_dir: Path, precinct: str) -> None:
    """Under the write lock: what a killed export of this precinct left in `out_dir`. A batch the
    store recorded (same name, same hash) gets its name; anything else was never recorded (or is a
    half-written part) and is removed, so it can never reach the central side."""
    for staged in out_dir.glob(f".{precinct}-batch-*.pecenv{PENDING}*"):
        name = staged.name[1:].split(PENDING)[0]
        sha = BatchRepository(conn).sha_of(name)
        final = out_dir / name
        if staged.name.endswith(PENDING) and sha is not None and not final.exists() and file_sha256(staged) == sha:
            os.replace(staged, final)
        else:
            staged.unlink(missing_ok=True)


def _read_back(path: Path, sha: str) -> bytes:
    """The file as it now stands on the medium; a write the medium did not keep is an OS error
    (`medium-error`), so nothing is marked as sent."""
    data = path.read_bytes()
    if hashlib.sha256(data).hexdigest() != sha:
        raise OSError(errno.EIO, "the file on the drive differs from what was written")
    return data


def _attachment_records(rows: AttachmentRepository, attachment_id: int) -> Iterator[dict[str, Any]]:
    """One attachment as parts of PART_BYTES (base64), read from the store in slices (blob I/O)."""
    info = rows.info(attachment_id)
    parts = max(1, -(-info.size // PART_BYTES))
    for part in range(parts):
        data = rows.slice(attachment_id, part * PART_BYTES, PART_BYTES)
        yield {"t": "attachment", "claim": info.claim, "name": info.name, "kind": info.kind, "part": part + 1,
               "parts": parts, "size": info.size, "sha256": info.sha256,
               "data": base64.b64encode(data).decode("ascii")}  # fmt: skip


def sync_status(ctx: ExportStore) -> dict[str, Any]:
    """What the window shows: the last import, the last batch and whether it was acknowledged."""
    stream = StreamRepository(ctx.precinct).position()
    batch = BatchRepository(ctx.precinct).last()
    return {
        "imported_seq": stream.last_seq if stream else 0,
        "imported_at": stream.last_at if stream else "",
        "exported_seq": batch.seq if batch else 0,
        "exported_at": batch.created_at if batch else "",
        "acknowledged": bool(batch and batch.acked_at),
        "acknowledged_at": batch.acked_at if batch else "",
    }
