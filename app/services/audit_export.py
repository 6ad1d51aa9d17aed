"""The audit log in the NIST SP 1500-101 election event log format (issue 12 point 5; R-AUD-5, R-AUD-6).

`NistExport.export` writes the precinct's whole audit chain, as it stands when the export starts,
as one JSON `ElectionEventLog` (NIST SP 1500-101 Version 1, the JSON schema of NIST's UML model
V1-8; vendored in tests/data/nist_1500_101/): one `Device` block for this workstation holding
every event in order. The mapping (docs/decisions.md "NIST 1500-101 export"):

- `Event.Id` is the event id (`session.login`, `voter.view-confidential` ... `AuditAction`),
  `Event.Type` its subject (the part before the dot), `Event.Sequence` the chain's number,
  `Event.TimeStamp` the stored UTC time, `Event.UserId` the login, `Event.Disposition` from the
  outcome (`ok` success; a refusal or failure failure; anything else `other` with the outcome in
  `OtherDisposition`), `Event.Description` the event id with its object and outcome.
- `Event.Details` is exactly the text the chain hashes: the JSON array `[seq, at, session_id,
  login, full_name, role, workstation, action, object, outcome, details, prev_hash]` written with
  no spaces and non-ASCII characters as themselves (`app.security.audit.event_hash`).
  `Event.Hash` is the SHA-256, lower-case hex, of that text's UTF-8 bytes, as stored in the chain:
  anyone recomputes it from the event alone, and each `prev_hash` is the previous event's `Hash`
  (the first event's is `SHA-256("pec-desk/audit/genesis/" + Device.Id)`). A stored hash that does
  not recompute is exported as stored: it is the evidence that the event was edited afterwards.
- `Device.Details` (JSON text) carries what checks the chain from outside: the genesis hash, the
  last number and head hash, and the newest signed checkpoint the export covers with the device's
  Ed25519 public key (`app.security.audit.Checkpoint.message` is the signed text).

Nothing is added to what the log holds: events name voters by internal record id only, and the
export writes no other field of the stores. The file is a new name only (never overwritten),
owner-only (0600) from its first byte, written to a temporary name and renamed when complete, and
streamed (a log of 100,000s of events is never held whole in memory). To a removable drive only
when the drive is registered, as for a backup (R-SEC-6). The export is audited (`data.export`).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app import __version__
from app.clock import iso
from app.errors import AppError, Defect, Part, Reason, os_failure
from app.models.audit_store import AuditEvent
from app.security.atomic import O_NOFOLLOW, fsync_dir, reserve_new_file
from app.security.audit import AuditAction, Checkpoint, genesis_hash
from app.security.permissions import Action
from app.security.session import Session
from app.services.guard import authorize
from app.services.media import MediaService
from app.services.ports import ChainStore

FORMAT = "nist-1500-101"
MANUFACTURER = "PEC Desk project"
MODEL = "PEC Desk"
OTHER_TYPE = "precinct-voter-list-workstation"
_SUCCESS = frozenset({"ok", "clean", "resent"})
_FAILURE = frozenset({"failed", "refused", "broken", "damaged", "wrong-password", "policy", "locked",
                      "unavailable", "not-in-store", "disabled", "infected"}) | {r.value for r in Reason}  # fmt: skip
_TMP_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    events: int
    last_seq: int
    size: int
    sha256: str

    def to_json(self) -> dict[str, Any]:
        return {"file": str(self.path), "format": FORMAT, "events": self.events, "last_seq": self.last_seq,
                "size": self.size, "sha256": self.sha256}  # fmt: skip


def hashed_text(event: AuditEvent) -> str:
    """The exact text whose UTF-8 bytes the chain's SHA-256 covers (`event_hash`)."""
    return json.dumps(event.content(), ensure_ascii=False, separators=(",", ":"))


def disposition(outcome: str) -> dict[str, str]:
    if outcome in _SUCCESS:
        return {"Disposition": "success"}
    if not outcome:
        return {"Disposition": "na"}
    if outcome in _FAILURE:
        return {"Disposition": "failure"}
    return {"Disposition": "other", "OtherDisposition": outcome}


def nist_event(event: AuditEvent) -> dict[str, Any]:
    """One event of the chain as a NIST `Event`."""
    description = " ".join(part for part in (event.action, event.object) if part)
    if event.outcome not in ("ok", ""):
        description += f" ({event.outcome})"
    record: dict[str, Any] = {
        "@type": "EventLogging.Event", "Id": event.action, "Sequence": str(event.seq), "TimeStamp": event.at,
        "Type": event.action.split(".", 1)[0], "Description": description, **disposition(event.outcome),
    }  # fmt: skip
    if event.login:
        record["UserId"] = event.login
    record["Hash"] = event.hash
    record["Details"] = hashed_text(event)
    return record


def document_chunks(log: dict[str, Any], device: dict[str, Any], events: Iterable[AuditEvent]) -> Iterator[str]:
    """The JSON document, written piece by piece: the log and device fields, then one event per line."""
    whole = json.dumps({**log, "Device": [{**device, "Event": []}]}, ensure_ascii=False, separators=(",", ":"))
    closing = "]}]}"
    if not whole.endswith('"Event":[' + closing):
        raise AssertionError("the Event list is not the document's last member")
    yield whole[: -len(closing)] + "\n"
    for number, event in enumerate(events):
        yield ("," if number else "") + json.dumps(nist_event(event), ensure_ascii=False, separators=(",", ":"))
        yield "\n"
    yield closing + "\n"


class NistExport:
    def __init__(self, ctx: ChainStore, media: MediaService) -> None:
        """`media` is required: a removable drive must be registered (R-SEC-6), as for a backup."""
        self._ctx = ctx
        self._media = media

    def export(self, session: Session, out: Path) -> ExportResult:
        ctx = self._ctx
        authorize(ctx, session, Action.AUDIT_VIEW)
        if out.is_dir() or not out.parent.is_dir():
            raise AppError(Reason.USAGE, defect=Defect.NEW_FILE_NEEDED, part=Part.FILE, path=str(out))
        volume = self._media.volume_of(out.parent)
        medium = None if volume is None else self._media.require_registered(session, volume, "audit-export").id
        last_seq, head_hash = ctx.audit.head()
        counted = _Counted(ctx.audit.store.iter_through(last_seq))
        chunks = document_chunks(self._log_fields(), self._device_fields(last_seq, head_hash), counted)
        try:
            size, digest = write_new(out, chunks)
        except OSError as exc:
            ctx.audit.append(session.actor, AuditAction.EXPORT, obj=FORMAT, outcome="failed",
                             details={"file": out.name, "reason": Reason.MEDIUM_ERROR.value})  # fmt: skip
            raise os_failure(exc, str(out)) from exc
        result = ExportResult(out, counted.count, last_seq, size, digest)
        try:
            ctx.audit.append(session.actor, AuditAction.EXPORT, obj=FORMAT,
                             details={"file": out.name, "events": counted.count, "last_seq": last_seq,
                                      "sha256": digest, "medium": medium})  # fmt: skip
        except BaseException:
            out.unlink(missing_ok=True)  # no unaudited export is left behind
            raise
        return result

    def _log_fields(self) -> dict[str, Any]:
        ctx = self._ctx
        details = {"source": "pec-desk audit chain", "precinct": ctx.meta.get("precinct", "")}
        return {"@type": "EventLogging.ElectionEventLog", "GeneratedTime": iso(ctx.clock.now()),
                "ElectionId": ctx.meta.get("election_id", ""), "Details": _json(details)}  # fmt: skip

    def _device_fields(self, last_seq: int, head_hash: str) -> dict[str, Any]:
        ctx = self._ctx
        covered = [c for c in ctx.checkpoints() if c.seq <= last_seq]
        newest: Checkpoint | None = max(covered, key=lambda c: c.seq) if covered else None
        public = ctx.device_public_key.public_bytes_raw().hex()
        details = {
            "hash": "sha-256 of the UTF-8 bytes of each Event's Details: [seq, at, session_id, login, full_name, "
                    "role, workstation, action, object, outcome, details, prev_hash]",
            "genesis_hash": genesis_hash(ctx.device_id), "last_seq": last_seq, "head_hash": head_hash,
            "public_key": public, "checkpoint": None if newest is None else newest.to_json(),
        }  # fmt: skip
        return {"@type": "EventLogging.Device", "Id": ctx.device_id, "Manufacturer": MANUFACTURER, "Model": MODEL,
                "Version": __version__, "Type": "other", "OtherType": OTHER_TYPE, "HashType": "sha-256",
                "Details": _json(details)}  # fmt: skip


class _Counted:
    """The events as they pass into the file, counted."""

    def __init__(self, events: Iterator[AuditEvent]) -> None:
        self._events = events
        self.count = 0

    def __iter__(self) -> Iterator[AuditEvent]:
        for event in self._events:
            self.count += 1
            yield event


def write_new(path: Path, chunks: Iterable[str]) -> tuple[int, str]:
    """A new owner-only file at `path` (FILE_EXISTS for a taken name, even a link), filled from
    `chunks` under a temporary name and renamed over the reservation when complete and synced:
    a crash leaves the empty reservation or the whole file. Returns its size and SHA-256."""
    try:
        reserve_new_file(path)
    except FileExistsError as exc:
        raise AppError(Reason.FILE_EXISTS, path=str(path)) from exc
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(8)}.tmp")
    digest, size = hashlib.sha256(), 0
    try:
        with os.fdopen(os.open(tmp, _TMP_FLAGS, 0o600), "wb") as handle:
            for chunk in chunks:
                data = chunk.encode("utf-8")
                handle.write(data)
                digest.update(data)
                size += len(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        for leftover in (tmp, path):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise
    fsync_dir(path.parent)
    return size, digest.hexdigest()


def _json(value: dict[str, Any]) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
