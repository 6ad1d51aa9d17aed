"""The rows of the audit chain (`audit_event` in the device store); the chain's rules (hashes,
checkpoints, verification) are `app.security.audit`'s."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from app.models.db import Connection

_COLUMNS = "seq, at, session_id, login, full_name, role, workstation, action, object, outcome, details, prev_hash, hash"


@dataclass(frozen=True)
class AuditEvent:
    seq: int
    at: str
    session_id: str
    login: str
    full_name: str
    role: str
    workstation: str
    action: str
    object: str
    outcome: str
    details: str
    prev_hash: str
    hash: str

    def content(self) -> list[Any]:
        return [
            self.seq, self.at, self.session_id, self.login, self.full_name, self.role,
            self.workstation, self.action, self.object, self.outcome, self.details, self.prev_hash,
        ]  # fmt: skip


class AuditStore:
    """Appends and reads events in `schema` ("main" or an attached name) of `conn`."""

    def __init__(self, conn: Connection, schema: str = "main") -> None:
        self._conn = conn
        self._t = f"{schema}.audit_event"

    @property
    def connection(self) -> Connection:
        return self._conn

    def add(self, event: AuditEvent) -> None:
        self._conn.execute(
            f"INSERT INTO {self._t} ({_COLUMNS}) VALUES ({', '.join('?' * 13)})", [*event.content(), event.hash]
        )

    def head(self) -> tuple[int, str] | None:
        row = self._conn.execute(f"SELECT seq, hash FROM {self._t} ORDER BY seq DESC LIMIT 1").fetchone()
        return None if row is None else (int(row[0]), str(row[1]))

    def hash_at(self, seq: int) -> str | None:
        row = self._conn.execute(f"SELECT hash FROM {self._t} WHERE seq = ?", (seq,)).fetchone()
        return None if row is None else str(row[0])

    def events(self, after: int = 0, limit: int | None = None, newest_first: bool = False) -> list[AuditEvent]:
        order = "DESC" if newest_first else "ASC"
        sql = f"SELECT {_COLUMNS} FROM {self._t} WHERE seq > ? ORDER BY seq {order} LIMIT ?"
        return [AuditEvent(*row) for row in self._conn.execute(sql, (after, limit or -1))]

    def iter_events(self) -> Iterator[AuditEvent]:
        for row in self._conn.execute(f"SELECT {_COLUMNS} FROM {self._t} ORDER BY seq"):
            yield AuditEvent(*row)

    def count(self, action: str, since: str = "") -> int:
        sql = f"SELECT count(*) FROM {self._t} WHERE action = ? AND at >= ?"
        return int(self._conn.execute(sql, (action, since)).fetchone()[0])
