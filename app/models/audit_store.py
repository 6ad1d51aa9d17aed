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


@dataclass(frozen=True)
class AuditFilter:
    """Which events a reader asks for: a login, an action, a time range [since, until) in the stored
    ISO form (empty: no bound)."""

    login: str = ""
    action: str = ""
    since: str = ""
    until: str = ""

    def where(self) -> tuple[str, list[Any]]:
        clauses, values = [], []
        for column, op, value in (("login", "=", self.login), ("action", "=", self.action),
                                  ("at", ">=", self.since), ("at", "<", self.until)):  # fmt: skip
            if value:
                clauses.append(f"{column} {op} ?")
                values.append(value)
        return "".join(f" AND {c}" for c in clauses), values


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

    def page(self, wanted: AuditFilter, before: int, limit: int) -> list[AuditEvent]:
        """At most `limit` events matching `wanted` with a number below `before` (0: from the newest),
        newest first: keyset paging over the primary key, so no page ever reads more than it returns
        plus the rows it skips, and nothing unbounded is held."""
        where, values = wanted.where()
        sql = f"SELECT {_COLUMNS} FROM {self._t} WHERE seq < ?{where} ORDER BY seq DESC LIMIT ?"
        upper = before if before > 0 else 1 << 62
        return [AuditEvent(*row) for row in self._conn.execute(sql, (upper, *values, limit))]

    def between(self, first: int, last: int, limit: int) -> list[AuditEvent]:
        """The events numbered first..last, oldest first, at most `limit` of them."""
        sql = f"SELECT {_COLUMNS} FROM {self._t} WHERE seq BETWEEN ? AND ? ORDER BY seq LIMIT ?"
        return [AuditEvent(*row) for row in self._conn.execute(sql, (first, last, limit))]

    def logins(self, limit: int) -> list[str]:
        """The distinct logins in the log (the people and `system`), sorted, at most `limit`."""
        sql = f"SELECT DISTINCT login FROM {self._t} ORDER BY login LIMIT ?"
        return [str(row[0]) for row in self._conn.execute(sql, (limit,))]

    def iter_through(self, last: int) -> Iterator[AuditEvent]:
        """Every event up to number `last`, in order, streamed."""
        for row in self._conn.execute(f"SELECT {_COLUMNS} FROM {self._t} WHERE seq <= ? ORDER BY seq", (last,)):
            yield AuditEvent(*row)
