"""The media register (R-SEC-6, R-SEC-11) and the kept report of every scan."""

from __future__ import annotations

from dataclasses import dataclass

from app.models.db import Connection

_COLUMNS = "id, serial, volume_id, label, holder, registered_at, registered_by, status"


@dataclass(frozen=True)
class Medium:
    id: int
    serial: str
    volume_id: str
    label: str
    holder: str
    registered_at: str
    registered_by: str
    status: str


@dataclass(frozen=True)
class ScanReportRow:
    id: int
    at: str
    login: str
    task: str
    medium_id: int | None
    outcome: str
    report: str  # JSON


class MediumRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def add(self, serial: str, volume_id: str, label: str, holder: str, *, at: str, by: str) -> int:
        cursor = self._conn.execute(
            "INSERT INTO medium (serial, volume_id, label, holder, registered_at, registered_by) VALUES (?,?,?,?,?,?)",
            (serial, volume_id, label, holder, at, by),
        )
        return int(cursor.lastrowid or 0)

    def unregister(self, medium_id: int, at: str) -> bool:
        """False when there is no active registration `medium_id`."""
        return bool(
            self._conn.execute(
                "UPDATE medium SET status = 'unregistered', unregistered_at = ? WHERE id = ? AND status = 'active'",
                (at, medium_id),
            ).rowcount
        )

    def all(self, *, include_unregistered: bool = False) -> list[Medium]:
        where = "" if include_unregistered else "WHERE status = 'active'"
        return [Medium(*r) for r in self._conn.execute(f"SELECT {_COLUMNS} FROM medium {where} ORDER BY id")]

    def get(self, medium_id: int) -> Medium:
        return Medium(*self._conn.execute(f"SELECT {_COLUMNS} FROM medium WHERE id = ?", (medium_id,)).fetchone())

    def active(self, volume_id: str, serial: str) -> Medium | None:
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM medium WHERE status = 'active' AND volume_id = ? AND serial = ?",
            (volume_id, serial),
        ).fetchone()
        return None if row is None else Medium(*row)


class ScanReportRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def add(self, at: str, login: str, task: str, medium_id: int | None, *, outcome: str, report: str) -> None:
        self._conn.execute(
            "INSERT INTO scan_report (at, login, task, medium_id, outcome, report) VALUES (?,?,?,?,?,?)",
            (at, login, task, medium_id, outcome, report),
        )

    def recent(self, limit: int) -> list[ScanReportRow]:
        rows = self._conn.execute(
            "SELECT id, at, login, task, medium_id, outcome, report FROM scan_report ORDER BY id DESC LIMIT ?", (limit,)
        )
        return [ScanReportRow(*r) for r in rows]
