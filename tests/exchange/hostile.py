"""Helpers of the hostile-envelope suite (R-SYN-1, R-SYN-2, R-SEC-11).

- `Snapshot`: everything an import could change on a device (every table of the precinct and
  device stores except the audit log, and every file of the data directory), plus the audit head;
- `refused_import`: preview and apply must both refuse with the expected reason code, the snapshot
  must be unchanged, and the only new thing is the refusal's audit event (apply) or nothing at
  all (preview);
- `Template` / `clone`: one precinct built through the real path (central init → setup → enroll →
  package → a claim → an applied update) copied per test, so that each case starts from the same
  state without paying for key generation and password hashing again;
- `Forge`: envelopes made with tests/sync/forge.py (built from docs/envelope.md alone) with any
  header, records, signer, recipient, trust sidecar or chunk edit, and byte-level edits of files.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import struct
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.central.service import Central
from app.clock import ManualClock
from app.models.records import VoterRow
from app.models.sync_state import CENTRAL_STREAM
from app.security.audit import AuditAction, AuditEvent
from app.security.high_water import HighWater, HighWaterStore
from app.security.session import Session
from app.services.claims import ClaimService
from app.services.context import DeskContext
from app.services.setup import IssuedAccount
from app.services.sync_import import EnvelopeImport, ImportSummary
from app.sync.envelope import open_payload, read_header
from app.sync.header import stamp
from app.sync.payloads import central_registry
from app.sync.recipient_keys import RecipientPrivateKey
from app.sync.strict import reason_code
from app.sync.trust import BUNDLE_FILE
from tests.conftest import PLANTED, Precinct
from tests.exchange.conftest import Exchange, build_exchange
from tests.sync import forge
from tests.sync.support import Keys

Record = dict[str, Any]
_VOLATILE = ("-wal", "-shm", "-journal")
_STORES = ("precinct.db", "device.db")


# ---- what an import may change -------------------------------------------------------------
@dataclass(frozen=True)
class Snapshot:
    tables: dict[str, str]  # "schema.table" -> digest of its rows (any order)
    files: dict[str, str]  # data-dir file -> digest of its bytes ("store" for the encrypted stores)
    audit_seq: int

    def changed(self, other: Snapshot) -> list[str]:
        tables = sorted(
            k for k in self.tables.keys() | other.tables.keys() if self.tables.get(k) != other.tables.get(k)
        )
        files = sorted(k for k in self.files.keys() | other.files.keys() if self.files.get(k) != other.files.get(k))
        return tables + [f"file {name}" for name in files]


def _digest(rows: Iterable[object]) -> str:
    lines = sorted(repr(row) for row in rows)
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()


def snapshot(ctx: DeskContext) -> Snapshot:
    """Every table of every store the device has open (the audit log aside) and every file."""
    ctx.open_device()
    tables: dict[str, str] = {}
    with ctx.device_transaction() as conn:
        schemas = [str(row[1]) for row in conn.execute("PRAGMA database_list") if row[1] != "temp"]
        audit_schema = "device" if "device" in schemas else "main"
        for schema in schemas:
            names = [r[0] for r in conn.execute(f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table'")]
            for name in names:
                if (schema, name) == (audit_schema, "audit_event"):
                    continue
                tables[f"{schema}.{name}"] = _digest(conn.execute(f'SELECT * FROM {schema}."{name}"'))
    files: dict[str, str] = {}
    for path in sorted(ctx.paths.root.rglob("*")):
        name = str(path.relative_to(ctx.paths.root))
        if path.is_dir() or name.endswith(_VOLATILE):
            continue
        files[name] = "store" if name in _STORES else hashlib.sha256(path.read_bytes()).hexdigest()
    return Snapshot(tables, files, ctx.audit.head()[0])


def new_events(ctx: DeskContext, before: Snapshot) -> list[AuditEvent]:
    return ctx.audit.events(after=before.audit_seq)


def refused_import(ctx: DeskContext, session: Session | None, path: Path, code: str) -> None:
    """`preview` and `apply` refuse with `code`; nothing changes but the one audit event of the
    refused apply (R-SYN-2: "any failure … nothing changed"; preview logs nothing)."""
    before = snapshot(ctx)
    _expect_code(lambda: EnvelopeImport(ctx, session).preview(path), code)
    assert before.changed(snapshot(ctx)) == [], "preview changed the device"
    assert new_events(ctx, before) == [], "preview wrote to the audit log"
    _expect_code(lambda: EnvelopeImport(ctx, session).apply(path), code)
    after = snapshot(ctx)
    assert before.changed(after) == [], f"a refused import ({code}) changed the device"
    events = new_events(ctx, before)
    assert [(e.action, e.outcome, json.loads(e.details)) for e in events] == [
        (AuditAction.IMPORT.value, "refused", {"reason": code})
    ], events
    assert events[0].object == path.name[:200]


def _expect_code(call: Callable[[], ImportSummary], code: str) -> None:
    with pytest.raises(Exception) as caught:  # any exception; its reason code is checked below
        call()
    got = reason_code(caught.value)
    assert got is not None, f"not a refusal: {type(caught.value).__name__}: {caught.value}"
    assert got == code, f"{got} instead of {code}: {caught.value}"


def already_applied(ctx: DeskContext, session: Session, path: Path) -> None:
    """The same file again: a summary saying so, no error, and only the audit event changes."""
    before = snapshot(ctx)
    summary = EnvelopeImport(ctx, session).apply(path)
    assert summary.already_applied
    assert before.changed(snapshot(ctx)) == []
    events = new_events(ctx, before)
    assert [(e.action, e.outcome) for e in events] == [(AuditAction.IMPORT.value, "already-applied")]


# ---- one precinct, built once through the real path, copied per test -----------------------
@dataclass(frozen=True)
class Template:
    root: Path
    device_id: str
    accounts: dict[str, IssuedAccount]
    now: dt.datetime
    claim: str  # filed at the precinct, not decided yet
    package: str  # file names in the outbox
    update: str  # seq 2, applied
    fingerprints: tuple[str, str]
    high_water: HighWater  # the device's keyring record as the template left it


def build_template(root: Path, voters: list[VoterRow]) -> Template:
    """Package (seq 1) imported, passwords changed, a claim filed, update 2 applied."""
    ex = build_exchange(root, voters)
    secretary = ex.desk.ready_session("secretary")
    member = ex.desk.ready_session("member1")
    claim = ClaimService(ex.ctx).file(
        member, claim_type="correction", pin=PLANTED.pin, fields={"first_name": "Айгерим"},
        contact="+996 555 000 111", passport_checked=True, identified=True,
    )  # fmt: skip
    ex.clock.advance(600)
    update = ex.central.issue_update("1001", None, ex.outbox)
    EnvelopeImport(ex.ctx, secretary).apply(update.path)
    ex.clock.advance(600)
    template = Template(root, ex.ctx.device_id, dict(ex.desk.accounts), ex.clock.now(), claim, ex.package.name,
                        update.path.name, ex.fingerprints,
                        HighWaterStore(ex.ctx.secrets).load(ex.ctx.device_id))  # fmt: skip
    ex.central.close()
    ex.ctx.close()
    return template


def drop_template(template: Template) -> None:
    ctx = DeskContext(template.root / "data")
    ctx.secrets.delete(template.device_id)


def clone(template: Template, dest: Path) -> Exchange:
    """A copy of the template's central side and device (the device secret in the keyring is
    shared: it is looked up by device id, and the copy has the same one). The keyring's high-water
    record is put back to the template's too: the copy is of the whole device, or it would be a
    rolled-back data dir (refused as such, app/security/high_water.py)."""
    shutil.copytree(template.root, dest)
    clock = ManualClock(template.now)
    central = Central(dest / "central", clock)
    ctx = DeskContext(dest / "data", clock=clock)
    HighWaterStore(ctx.secrets).replace(template.device_id, template.high_water)
    desk = Precinct(ctx, clock, dict(template.accounts), dest / "data")
    outbox = dest / "to-pec"
    return Exchange(central, desk, outbox, dest / "to-central", outbox / template.package, template.fingerprints)


# ---- making envelopes ----------------------------------------------------------------------
def payload_of(records: Iterable[Mapping[str, Any]]) -> bytes:
    return b"".join(forge.canonical(dict(r)) + b"\n" for r in records)


def records_of(path: Path, kem: RecipientPrivateKey) -> list[Record]:
    """The records of a genuine envelope (to forge variants of it)."""
    header, _raw = read_header(path)
    return [dict(r) for r in open_payload(path, header, kem, central_registry())]


def split_file(data: bytes) -> tuple[bytes, bytes]:
    """(header JSON, everything after it)."""
    (length,) = struct.unpack(">I", data[8:12])
    return data[12 : 12 + length], data[12 + length :]


def with_header(data: bytes, raw: bytes) -> bytes:
    """The file with its header JSON replaced (length prefix fixed, signature kept)."""
    _old, rest = split_file(data)
    return data[:8] + struct.pack(">I", len(raw)) + raw + rest


def chunks(path: Path) -> tuple[bytes, list[bytes]]:
    """The head and the stored chunks (each with its length prefix) of an envelope."""
    header, _raw = read_header(path)
    data = path.read_bytes()
    body, found = data[header.payload_offset :], []
    while body:
        (length,) = struct.unpack(">I", body[:4])
        found.append(body[: 4 + length])
        body = body[4 + length :]
    return data[: header.payload_offset], found


@dataclass
class Forge:
    """Envelopes for one device, each in its own directory (with its own trust sidecar)."""

    ctx: DeskContext
    central: Central
    work: Path
    sidecar: bytes = b""
    _count: int = field(default=0, init=False)

    def __post_init__(self) -> None:
        self.work.mkdir(parents=True, exist_ok=True)
        self.sidecar = self.sidecar or self.central.bundle().to_bytes()

    def signer(self) -> Ed25519PrivateKey:
        return self.central.signer()

    def kem(self) -> RecipientPrivateKey:
        pending = self.ctx.pending_keys() if not self.ctx.has_precinct() else None
        return pending[2] if pending is not None else self.ctx.device_keys()[1]

    def last(self) -> tuple[int, str]:
        if not self.ctx.has_precinct():
            return 0, "0" * 64
        row = self.ctx.precinct.execute(
            "SELECT last_seq, last_hash FROM sync_stream WHERE stream = ?", (CENTRAL_STREAM,)
        ).fetchone()
        return int(row[0]), str(row[1])

    def place(self, name: str, data: bytes, *, sidecar: bytes | None = None) -> Path:
        """`data` as `name` in a directory of its own, with the genuine trust bundle beside it
        (or `sidecar`; b"" for none)."""
        self._count += 1
        folder = self.work / f"{self._count:03d}-{name}"
        folder.mkdir()
        side = self.sidecar if sidecar is None else sidecar
        if side:
            (folder / BUNDLE_FILE).write_bytes(side)
        path = folder / name
        path.write_bytes(data)
        return path

    def envelope(
        self,
        name: str,
        records: Iterable[Mapping[str, Any]],
        /,
        *,
        payload: bytes | None = None,
        sender: Ed25519PrivateKey | None = None,
        sign_with: Ed25519PrivateKey | None = None,
        recipient: RecipientPrivateKey | None = None,
        sidecar: bytes | None = None,
        chunk_size: int = 64,
        edit_chunks: forge.ChunkEdit | None = None,
        **header: Any,
    ) -> Path:
        """An update continuing the stream (by default), signed by the central signing key and
        encrypted to this device; `sender` is the key the header names, `sign_with` the key that
        actually signs (default: the sender)."""
        seq, prev = self.last()
        now = self.ctx.clock.now()
        fields: dict[str, Any] = {
            "kind": "update", "seq": seq + 1, "prev": prev, "created": stamp(now),
            "expires": stamp(now + dt.timedelta(days=30)),
        }  # fmt: skip
        fields.update(header)
        keys = Keys(sender or self.signer(), recipient or self.kem())
        data = payload_of(records) if payload is None else payload
        target = self.place(name, b"", sidecar=sidecar)
        forge.forge(target, data, keys, chunk_size=chunk_size, signer=sign_with, edit_chunks=edit_chunks, **fields)
        return target

    def edit(self, source: Path, name: str, change: Callable[[bytes], bytes], *, sidecar: bytes | None = None) -> Path:
        """A copy of `source` with its bytes changed."""
        return self.place(name, change(source.read_bytes()), sidecar=sidecar)
