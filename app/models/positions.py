"""How far the precinct store has gone: claim numbers per year prefix, the floor under them after
a rollback or an older restore, and the rows of the outgoing batch stream (`sync_export`).

Claim numbers are `PRECINCT-YEAR-NNNNN`; the prefix is `PRECINCT-YEAR-`. A floor (meta key
`claim_floor:PREFIX`) is the highest number this device ever issued under that prefix, when the
store no longer holds it: numbering resumes past it, so a number is never given twice.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.errors import AppError
from app.models.accounts import MetaRepository
from app.models.db import Connection, DatabaseError, open_store

_FLOOR = "claim_floor:"
_EXPORT_COLUMNS = "seq, sha256, file_name, created_at, audit_to, acked_at, envelope"


@dataclass(frozen=True)
class BatchRow:
    seq: int
    sha256: str
    file_name: str
    created_at: str
    audit_to: int
    acked_at: str
    envelope: bytes


@dataclass(frozen=True)
class StoreClaims:
    """The claim numbers a store holds, each with the batch that sent it (0: never sent)."""

    sent_in: dict[str, int]


def claim_prefix(number: str) -> str:
    return number.rsplit("-", 1)[0] + "-"


def claim_seq(number: str) -> int:
    try:
        return int(number.rsplit("-", 1)[1])
    except (IndexError, ValueError):
        return 0


def _floor(conn: Connection, prefix: str) -> int:
    value = MetaRepository(conn).get(_FLOOR + prefix, "0")
    return int(value) if value.isdigit() else 0


def highest_claim(conn: Connection, prefix: str) -> int:
    """The highest number under `prefix` in the store or its floor."""
    last = conn.execute(
        "SELECT max(number) FROM claim WHERE number >= ? AND number < ?", (prefix, prefix + "~")
    ).fetchone()[0]
    return max(claim_seq(str(last)) if last else 0, _floor(conn, prefix))


def next_claim_number(conn: Connection, prefix: str) -> str:
    return f"{prefix}{highest_claim(conn, prefix) + 1:05d}"


def highest_claims(conn: Connection) -> dict[str, int]:
    """Per prefix, the highest number issued (store or floor)."""
    prefixes = {str(r[0]) for r in conn.execute("SELECT DISTINCT rtrim(number, '0123456789') FROM claim")}
    prefixes |= {str(r[0])[len(_FLOOR) :] for r in conn.execute("SELECT key FROM meta WHERE key >= ? AND key < ?",
                                                                 (_FLOOR, _FLOOR + "~"))}  # fmt: skip
    found = {p: highest_claim(conn, p) for p in prefixes if p.count("-") >= 2}
    return {p: n for p, n in found.items() if n > 0}


def raise_claim_floors(conn: Connection, floors: dict[str, int]) -> None:
    meta = MetaRepository(conn)
    for prefix, number in floors.items():
        if number > _floor(conn, prefix):
            meta.set(_FLOOR + prefix, str(number))


def store_claims(conn: Connection) -> StoreClaims:
    return StoreClaims({str(r[0]): int(r[1]) for r in conn.execute("SELECT number, batch_seq FROM claim")})


def mark_claims_sent(conn: Connection, sent_in: dict[str, int]) -> int:
    """Claims of this store not sent here but sent in batch N (as another copy of the store knew)."""
    rows = [(seq, number) for number, seq in sent_in.items() if seq > 0]
    before = conn.total_changes
    conn.executemany(
        "UPDATE claim SET batch_seq = ?, status = CASE status WHEN 'received' THEN 'sent' ELSE status END"
        " WHERE number = ? AND batch_seq = 0",
        rows,
    )
    return conn.total_changes - before


def last_batch(conn: Connection) -> BatchRow | None:
    row = conn.execute(f"SELECT {_EXPORT_COLUMNS} FROM sync_export ORDER BY seq DESC LIMIT 1").fetchone()
    return None if row is None else _batch(row)


def batch(conn: Connection, seq: int) -> BatchRow | None:
    row = conn.execute(f"SELECT {_EXPORT_COLUMNS} FROM sync_export WHERE seq = ?", (seq,)).fetchone()
    return None if row is None else _batch(row)


def batches_after(conn: Connection, seq: int) -> list[BatchRow]:
    rows = conn.execute(f"SELECT {_EXPORT_COLUMNS} FROM sync_export WHERE seq > ? ORDER BY seq", (seq,))
    return [_batch(r) for r in rows]


def insert_batches(conn: Connection, rows: Iterable[BatchRow]) -> None:
    conn.executemany(
        f"INSERT INTO sync_export ({_EXPORT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(r.seq, r.sha256, r.file_name, r.created_at, r.audit_to, r.acked_at, r.envelope) for r in rows],
    )


def apply_ack(conn: Connection, ack: dict[str, Any]) -> int:
    """The central side received batch `seq` (an `ack` record of an update): the batch is marked
    acknowledged (its kept copy dropped). An ack also says what the central side holds: its newest
    claim number raises the floor of numbering, and a batch this store does not know (it was put
    back from an older copy) becomes the stream's position when the ack names its audit end."""
    seq, sha, at = int(ack["seq"]), str(ack["sha256"]), str(ack["received_at"])
    changed = conn.execute(
        "UPDATE sync_export SET acked_at = ?, envelope = x'' WHERE seq = ? AND sha256 = ? AND acked_at = ''",
        (at, seq, sha),
    ).rowcount
    claims_to = str(ack.get("claims_to") or "")
    if claim_seq(claims_to) > 0:
        raise_claim_floors(conn, {claim_prefix(claims_to): claim_seq(claims_to)})
    last = last_batch(conn)
    if not changed and isinstance(ack.get("audit_seq"), int) and seq > (last.seq if last is not None else 0):
        insert_batches(conn, [BatchRow(seq, sha, "", at, int(ack["audit_seq"]), at, b"")])
        changed = 1
    return int(changed)


def issued_here(conn: Connection, number: str) -> bool:
    """A number this device gave out (at or under its highest) although the store lacks the claim."""
    return 0 < claim_seq(number) <= highest_claim(conn, claim_prefix(number))


def _batch(row: tuple[object, ...]) -> BatchRow:
    seq, sha, name, created, audit_to, acked, envelope = row
    return BatchRow(int(str(seq)), str(sha), str(name), str(created), int(str(audit_to)), str(acked),
                    bytes(envelope) if isinstance(envelope, bytes | bytearray | memoryview) else b"")  # fmt: skip


@dataclass(frozen=True)
class ReplacedStore:
    """What a store about to be replaced by a restore knew of the streams and claims."""

    batches: list[BatchRow]
    claims: StoreClaims
    highest: dict[str, int]


def read_replaced(path: Path, key: bytes) -> ReplacedStore | None:
    """The batches and claims of the store at `path`, if it still opens (a damaged one: None)."""
    try:
        conn = open_store(path, key)
    except AppError:
        return None
    try:
        return ReplacedStore(batches_after(conn, 0), store_claims(conn), highest_claims(conn))
    except DatabaseError:
        return None
    finally:
        conn.close()
