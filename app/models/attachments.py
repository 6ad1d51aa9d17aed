"""Claim attachments (R-CLM-3): scanned files stored as BLOBs in the encrypted precinct store."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

from app.models.db import Connection


@dataclass(frozen=True)
class StoredAttachment:
    id: int
    name: str
    kind: str
    size: int
    sha256: str
    added_at: str


@dataclass(frozen=True)
class AttachmentInfo:
    """An attachment as a batch describes it (without the bytes)."""

    claim: str
    name: str
    kind: str
    size: int
    sha256: str


class AttachmentRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def add(self, claim: str, name: str, kind: str, data: bytes, *, at: str, by: str) -> None:
        self._conn.execute(
            "INSERT INTO claim_attachment (claim, name, kind, size, sha256, data, added_at, added_by)"
            " VALUES (?,?,?,?,?,?,?,?)",
            (claim, name, kind, len(data), hashlib.sha256(data).hexdigest(), data, at, by),
        )

    def of_claim(self, claim: str) -> list[StoredAttachment]:
        rows = self._conn.execute(
            "SELECT id, name, kind, size, sha256, added_at FROM claim_attachment WHERE claim = ? ORDER BY id",
            (claim,),
        )
        return [StoredAttachment(int(i), str(n), str(k), int(s), str(h), str(a)) for i, n, k, s, h, a in rows]

    def data(self, attachment_id: int) -> tuple[str, bytes] | None:
        """The claim number and the bytes of one attachment, or None."""
        row = self._conn.execute("SELECT claim, data FROM claim_attachment WHERE id = ?", (attachment_id,)).fetchone()
        return None if row is None else (str(row[0]), bytes(row[1]))

    def info(self, attachment_id: int) -> AttachmentInfo:
        claim, name, kind, size, sha = self._conn.execute(
            "SELECT claim, name, kind, size, sha256 FROM claim_attachment WHERE id = ?", (attachment_id,)
        ).fetchone()
        return AttachmentInfo(str(claim), str(name), str(kind), int(size), str(sha))

    def slice(self, attachment_id: int, offset: int, length: int) -> bytes:
        """`length` bytes from `offset` (0-based), read in place (blob I/O)."""
        data = self._conn.execute(
            "SELECT substr(data, ?, ?) FROM claim_attachment WHERE id = ?", (offset + 1, length, attachment_id)
        ).fetchone()[0]
        return bytes(data)

    def unsent(self) -> list[int]:
        rows = self._conn.execute("SELECT id FROM claim_attachment WHERE batch_seq = 0 ORDER BY id")
        return [int(r[0]) for r in rows]

    def mark_sent(self, seq: int, ids: Iterable[int]) -> None:
        self._conn.executemany("UPDATE claim_attachment SET batch_seq = ? WHERE id = ?", [(seq, i) for i in ids])
