"""Where the envelope streams stand in the precinct store: the batches sent (`sync_export`), the
central stream imported (`sync_stream`, `sync_applied`), the newest trust bundle and the
registration points a package brought.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.models import positions
from app.models.db import Connection
from app.models.positions import BatchRow

CENTRAL_STREAM = "central"


@dataclass(frozen=True)
class StreamPosition:
    last_seq: int
    last_hash: str
    last_at: str


@dataclass(frozen=True)
class BatchHead:
    """The newest batch written, without its kept copy."""

    seq: int
    sha256: str
    created_at: str
    audit_to: int
    acked_at: str


class BatchRepository:
    """The outgoing stream: one row per batch written (`positions` keeps the restore logic)."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def add(self, seq: int, sha256: str, file_name: str, *, created_at: str, audit_to: int, envelope: bytes) -> None:
        self._conn.execute(
            "INSERT INTO sync_export (seq, sha256, file_name, created_at, audit_to, envelope)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (seq, sha256, file_name, created_at, audit_to, envelope),
        )

    def last(self) -> BatchHead | None:
        row = self._conn.execute(
            "SELECT seq, sha256, created_at, audit_to, acked_at FROM sync_export ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        return None if row is None else BatchHead(int(row[0]), str(row[1]), str(row[2]), int(row[3]), str(row[4]))

    def get(self, seq: int) -> BatchRow | None:
        return positions.batch(self._conn, seq)

    def last_acknowledged(self) -> tuple[int, str] | None:
        row = self._conn.execute(
            "SELECT seq, acked_at FROM sync_export WHERE acked_at != '' ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        return None if row is None else (int(row[0]), str(row[1]))

    def unacknowledged(self) -> list[int]:
        return [int(r[0]) for r in self._conn.execute("SELECT seq FROM sync_export WHERE acked_at = '' ORDER BY seq")]

    def span(self) -> tuple[int, int] | None:
        """The first and last batch numbers written, or None."""
        row = self._conn.execute("SELECT min(seq), max(seq) FROM sync_export").fetchone()
        return None if row[0] is None else (int(row[0]), int(row[1]))

    def sha_of(self, file_name: str) -> str | None:
        row = self._conn.execute("SELECT sha256 FROM sync_export WHERE file_name = ?", (file_name,)).fetchone()
        return None if row is None else str(row[0])


class StreamRepository:
    """The incoming streams: their positions and every envelope applied."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def position(self, stream: str = CENTRAL_STREAM) -> StreamPosition | None:
        row = self._conn.execute(
            "SELECT last_seq, last_hash, last_at FROM sync_stream WHERE stream = ?", (stream,)
        ).fetchone()
        return None if row is None else StreamPosition(int(row[0]), str(row[1]), str(row[2]))

    def applied(self, sha256: str) -> bool:
        return self._conn.execute("SELECT 1 FROM sync_applied WHERE sha256 = ?", (sha256,)).fetchone() is not None

    def record(self, stream: str, seq: int, sha256: str, *, kind: str, at: str, summary: str) -> None:
        """Envelope `seq` of `stream` applied: the stream's new position and the applied file."""
        self._conn.execute(
            "INSERT INTO sync_stream VALUES (?, ?, ?, ?) ON CONFLICT (stream) DO UPDATE"
            " SET last_seq = excluded.last_seq, last_hash = excluded.last_hash, last_at = excluded.last_at",
            (stream, seq, sha256, at),
        )
        applied = (sha256, stream, seq, kind, at, summary)
        self._conn.execute("INSERT INTO sync_applied VALUES (?, ?, ?, ?, ?, ?)", applied)


class TrustBundleRepository:
    """The newest central trust bundle (one row)."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def get(self) -> tuple[int, bytes] | None:
        """(serial, data) or None."""
        row = self._conn.execute("SELECT serial, data FROM trust_bundle WHERE id = 1").fetchone()
        return None if row is None else (int(row[0]), bytes(row[1]))

    def serial(self) -> int:
        row = self._conn.execute("SELECT serial FROM trust_bundle WHERE id = 1").fetchone()
        return 0 if row is None else int(row[0])

    def put(self, serial: int, data: bytes) -> None:
        self._conn.execute("INSERT OR REPLACE INTO trust_bundle VALUES (1, ?, ?)", (serial, data))


class RegpointRepository:
    """The registration points a package names (R-CLM-6), in their order."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def add(self, name: str, address: str, phone: str) -> None:
        self._conn.execute("INSERT INTO regpoint (name, address, phone) VALUES (?, ?, ?)", (name, address, phone))

    def all(self) -> list[tuple[str, str, str]]:
        rows = self._conn.execute("SELECT name, address, phone FROM regpoint ORDER BY id")
        return [(str(n), str(a), str(p)) for n, a, p in rows]
