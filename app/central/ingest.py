"""PEC → central: a change batch verified (the same order as the precinct's import) and applied.

The audit segment must continue the chain seen so far, or the break is kept as a finding. Each
claim is checked with the precinct's claim rules; a bad one is held back in quarantine
(`app.central.quarantine`) and the rest of the batch is applied.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from app.central.chain import ChainCheck
from app.central.quarantine import problems_json, record_problems
from app.central.store import CentralBase
from app.clock import iso
from app.errors import AppError, Defect, Part, Reason
from app.models.calendar import local_date
from app.models.field_rules import Days
from app.models.vocabulary import ClaimStatus
from app.security.audit import genesis_hash
from app.sync.envelope import file_sha256, open_payload, read_header, verify_signature
from app.sync.header import Header, Limits, stamp
from app.sync.payloads import KIND_BATCH, batch_registry
from app.sync.recipient_keys import RecipientPrivateKey, signer_id
from app.sync.streams import StreamState, check_sequence, check_times

Record = dict[str, Any]
_AUDIT_ROWS = 5000


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
    quarantined: list[dict[str, Any]] = field(default_factory=list)  # claims held back, with their problems

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class _Batch:
    """One batch being applied: where it comes from and what it has met so far."""

    header: Header
    chain: ChainCheck
    days: Days
    result: Ingested
    parts: dict[tuple[str, str], tuple[int, bytes]] = field(default_factory=dict)  # attachments being reassembled
    audit_rows: list[tuple[object, ...]] = field(default_factory=list)  # audit events for one executemany

    @property
    def precinct(self) -> str:
        return self.header.precinct


class CentralIngest(CentralBase):
    def ingest(self, path: Path, limits: Limits | None = None, *, accept_expired: str = "") -> Ingested:
        """Verifies a change batch and applies it (module docstring).

        `accept_expired` (the TEC's reason) takes a batch whose validity has ended, as when a lost
        batch was written again too late: everything else is checked as always (signer, signature,
        addressing, the next number of the stream, hashes), and the acceptance is kept as a finding."""
        path = Path(path)
        if not path.exists():
            raise AppError(Reason.USAGE, defect=Defect.NOT_FOUND, part=Part.FILE, path=str(path))
        limits = limits or Limits()
        header, _raw = read_header(path, limits)
        device_id, device_key, receiver = self._check_batch_header(header)
        sha = file_sha256(path)
        state, chain = self._in_stream(header.precinct, device_id)
        applied = self.db.execute("SELECT 1 FROM batch WHERE sha256 = ?", (sha,)).fetchone() is not None
        result = Ingested(header.precinct, header.seq)
        if not check_sequence(header, state, sha, applied):
            result.already_applied = True
            return result
        late_note = self._late_note(header, accept_expired)
        days = Days.of(local_date(self.clock.now()), self.voting_day(header.precinct))
        batch = _Batch(header, chain, days, result)
        db = self._begin()
        try:
            self._apply_batch(path, batch, (device_id, device_key), receiver, limits)
            self._close_batch(batch, sha, late_note)
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        result.problems = batch.chain.problems
        result.audit_ok = not batch.chain.problems
        return result

    def _in_stream(self, precinct: str, device_id: str) -> tuple[StreamState, ChainCheck]:
        """Where the precinct's stream of batches and its audit chain stand."""
        stream = self.db.execute(
            "SELECT seq, sha256, audit_seq, audit_hash FROM in_stream WHERE precinct = ?", (precinct,)
        ).fetchone()
        if stream is None:
            return StreamState(), ChainCheck(0, genesis_hash(device_id))
        return StreamState(int(stream[0]), str(stream[1])), ChainCheck(int(stream[2]), str(stream[3]))

    def _late_note(self, header: Header, accept_expired: str) -> list[str]:
        """The finding of a batch taken after its validity ended (with the TEC's reason), or a
        refusal of an expired one without a reason."""
        reason = accept_expired.strip()[:200]
        if not (reason and header.expires_at <= self.clock.now()):
            check_times(header, self.clock.now())
            return []
        return [f"accepted after its validity ended ({header.expires}): {reason}"]

    def _apply_batch(
        self, path: Path, batch: _Batch, device: tuple[str, Ed25519PublicKey], receiver: RecipientPrivateKey,
        limits: Limits,
    ) -> None:  # fmt: skip
        for record in open_payload(path, batch.header, receiver, batch_registry(), limits):
            if record["t"] == "audit_head":
                batch.chain.head(record, *device)
            else:
                self._ingest_record(record, batch)
        batch.chain.finish()
        self._flush_audit(batch)
        if batch.parts:
            raise AppError(
                Reason.MALFORMED, defect=Defect.TRUNCATED, part=Part.ATTACHMENT, name=next(iter(batch.parts))[1]
            )

    def _close_batch(self, batch: _Batch, sha: str, late_note: list[str]) -> None:
        db, header, now = self.db, batch.header, iso(self.clock.now())
        for problem in batch.chain.problems + late_note:
            db.execute("INSERT INTO finding (precinct, batch_seq, at, detail) VALUES (?,?,?,?)",
                       (header.precinct, header.seq, now, problem))  # fmt: skip
        db.execute("INSERT OR REPLACE INTO in_stream VALUES (?,?,?,?,?)",
                   (header.precinct, header.seq, sha, batch.chain.seq, batch.chain.hash))  # fmt: skip
        db.execute("INSERT INTO batch (sha256, precinct, seq, received_at) VALUES (?,?,?,?)",
                   (sha, header.precinct, header.seq, stamp(self.clock.now())))  # fmt: skip

    def _check_batch_header(self, header: Header) -> tuple[str, Ed25519PublicKey, RecipientPrivateKey]:
        """A batch, signed by the precinct's enrolled device, to our receive key, for its election:
        the device id, its key, and our receive key."""
        if header.kind != KIND_BATCH:
            raise AppError(Reason.MALFORMED, defect=Defect.KIND_NOT_HERE, part=Part.ENVELOPE, kind=header.kind)
        device_id, device_key = self._batch_signer(header)
        receiver = self.receiver()
        if header.recipient != receiver.public_key().key_id:
            raise AppError(Reason.WRONG_RECIPIENT, defect=Defect.OTHER_CENTRAL_KEY)
        election = self.db.execute("SELECT data FROM election WHERE precinct = ?", (header.precinct,)).fetchone()
        expected = "-" if election is None else str(json.loads(election[0])["id"])
        if expected != header.election:
            raise AppError(
                Reason.WRONG_RECIPIENT, defect=Defect.OTHER_ELECTION, found=header.election, expected=expected
            )
        return device_id, device_key, receiver

    def _batch_signer(self, header: Header) -> tuple[str, Ed25519PublicKey]:
        """The enrolled device of the batch's precinct, whose key must have signed it."""
        row = self.db.execute(
            "SELECT device_id, signing_public FROM device WHERE precinct = ?", (header.precinct,)
        ).fetchone()
        if row is None:
            raise AppError(Reason.UNTRUSTED_SIGNER, defect=Defect.NO_ENROLLED_DEVICE, precinct=header.precinct)
        device_key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(row[1]))
        if signer_id(device_key) != header.sender:
            raise AppError(Reason.UNTRUSTED_SIGNER, defect=Defect.OTHER_SIGNER)
        verify_signature(header, device_key)
        return str(row[0]), device_key

    # ---- the records ------------------------------------------------------------------
    def _ingest_record(self, record: Record, batch: _Batch) -> None:
        db, kind, precinct = self.db, record["t"], batch.precinct
        if kind == "claim":
            self._ingest_claim(record, batch)
        elif kind == "alert":
            db.execute("INSERT INTO alert VALUES (?,?,?,?,?,?,?,?)",
                       (precinct, batch.header.seq, record["rule"], record["at"], record["subject"],
                        record["detail"], record["first_seq"], record["last_seq"]))  # fmt: skip
            batch.result.alerts += 1
        elif kind == "informed":
            db.execute("INSERT OR REPLACE INTO claim_informed VALUES (?,?,?,?)",
                       (record["claim"], record["at"], record["how"], record["by"]))  # fmt: skip
            db.execute("UPDATE claim SET status = ? WHERE number = ? AND precinct = ?",
                       (ClaimStatus.INFORMED.value, record["claim"], precinct))  # fmt: skip
        elif kind == "attachment":
            self._attachment_part(record, batch)
        elif kind == "status":
            db.execute("INSERT INTO status_change VALUES (?,?,?,?,?,?,?)",
                       (precinct, record["pin"], record["status"], record["reason"], record["claim"],
                        record["at"], record["login"]))  # fmt: skip
            batch.result.changes += 1
        elif kind == "audit":
            self._audit_event(record, batch)

    def _ingest_claim(self, record: Record, batch: _Batch) -> None:
        """A claim that passes the claim rules is received; any other is held back (quarantine)."""
        problems = record_problems(record, batch.precinct, batch.days)
        if problems:
            number = str(record["number"])
            self.db.execute("DELETE FROM quarantine WHERE precinct = ? AND number = ?", (batch.precinct, number))
            self.db.execute(
                "INSERT INTO quarantine (precinct, batch_seq, at, number, record, problems) VALUES (?,?,?,?,?,?)",
                (batch.precinct, batch.header.seq, iso(self.clock.now()), number,
                 json.dumps(record, ensure_ascii=False), problems_json(problems)),
            )  # fmt: skip
            batch.result.quarantined.append({"number": number, "problems": [p.to_json() for p in problems]})
            return
        self.db.execute(
            "INSERT OR IGNORE INTO claim (number, precinct, type, pin, fields, contact, filed_at,"
            " filed_by, place, status) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (record["number"], batch.precinct, record["type"], record["pin"], record["fields"], record["contact"],
             record["filed_at"], record["filed_by"], record["place"], ClaimStatus.RECEIVED.value),
        )  # fmt: skip
        self.db.execute("INSERT OR REPLACE INTO claim_detail VALUES (?,?,?)",
                        (record["number"], record.get("institution", ""), record.get("contact_check", "")))  # fmt: skip
        batch.result.claims += 1

    def _audit_event(self, record: Record, batch: _Batch) -> None:
        batch.chain.event(record)
        batch.audit_rows.append((batch.precinct, record["seq"], record["at"], record["login"], record["action"],
                                 record["object"], record["outcome"], record["hash"]))  # fmt: skip
        if len(batch.audit_rows) >= _AUDIT_ROWS:
            self._flush_audit(batch)
        batch.result.audit_events += 1

    def _flush_audit(self, batch: _Batch) -> None:
        self.db.executemany("INSERT OR REPLACE INTO audit_event VALUES (?,?,?,?,?,?,?,?)", batch.audit_rows)
        batch.audit_rows = []

    def _attachment_part(self, record: Record, batch: _Batch) -> None:
        """Parts arrive in order; the whole file's size and hash are checked at its last part."""
        if not str(record["claim"]).startswith(f"{batch.precinct}-"):
            raise AppError(Reason.MALFORMED, defect=Defect.OTHER_PRECINCT_CLAIM, claim=str(record["claim"]))
        key = (str(record["claim"]), str(record["name"]))
        state = batch.parts.get(key)
        expected = 1 if state is None else state[0] + 1
        if record["part"] != expected or not 1 <= record["part"] <= record["parts"]:
            raise AppError(Reason.MALFORMED, defect=Defect.BAD_PARTS, part=Part.ATTACHMENT, name=str(record["name"]))
        try:
            data = base64.b64decode(str(record["data"]), validate=True)
        except (binascii.Error, ValueError) as exc:
            raise AppError(
                Reason.MALFORMED, defect=Defect.NOT_BASE64, part=Part.ATTACHMENT, name=str(record["name"])
            ) from exc
        collected = (state[1] if state else b"") + data
        if len(collected) > record["size"]:
            raise AppError(Reason.MALFORMED, defect=Defect.OVER_LIMIT, part=Part.ATTACHMENT, name=str(record["name"]),
                           limit=record["size"])  # fmt: skip
        batch.parts[key] = (record["part"], collected)
        if record["part"] == record["parts"]:
            del batch.parts[key]
            if len(collected) != record["size"] or hashlib.sha256(collected).hexdigest() != record["sha256"]:
                raise AppError(Reason.SIGNATURE_INVALID, defect=Defect.HASH_MISMATCH, part=Part.ATTACHMENT,
                               name=str(record["name"]))  # fmt: skip
            self.db.execute("INSERT OR REPLACE INTO claim_attachment VALUES (?,?,?,?,?,?)",
                            (record["claim"], record["name"], record["kind"], record["size"], record["sha256"],
                             collected))  # fmt: skip
