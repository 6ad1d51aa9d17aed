"""Anomaly and overdue alerts (R-AUD-3, R-CLM-5): raised, reviewed by the chair, sent in batches."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.models.db import Connection

_COLUMNS = "id, rule, at, subject, detail, first_seq, last_seq, batch_seq, reviewed_by, reviewed_at, review_note"


@dataclass(frozen=True)
class StoredAlert:
    id: int
    rule: str
    at: str
    subject: str
    detail: str
    first_seq: int
    last_seq: int
    batch_seq: int
    reviewed_by: str
    reviewed_at: str
    review_note: str


class AlertRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def add(self, rule: str, at: str, subject: str, detail: str, *, first_seq: int, last_seq: int) -> None:
        self._conn.execute(
            "INSERT INTO alert (rule, at, subject, detail, first_seq, last_seq) VALUES (?,?,?,?,?,?)",
            (rule, at, subject, detail, first_seq, last_seq),
        )

    def all(self, *, unreviewed_only: bool = False) -> list[StoredAlert]:
        """Newest first."""
        where = "WHERE reviewed_by = ''" if unreviewed_only else ""
        rows = self._conn.execute(f"SELECT {_COLUMNS} FROM alert {where} ORDER BY id DESC").fetchall()
        return [StoredAlert(*r) for r in rows]

    def unsent(self) -> list[StoredAlert]:
        """Not carried by a batch yet, oldest first."""
        rows = self._conn.execute(f"SELECT {_COLUMNS} FROM alert WHERE batch_seq = 0 ORDER BY id").fetchall()
        return [StoredAlert(*r) for r in rows]

    def review(self, alert_id: int, by: str, at: str, note: str) -> bool:
        """Records the review of an alert not reviewed yet; False otherwise."""
        return bool(
            self._conn.execute(
                "UPDATE alert SET reviewed_by = ?, reviewed_at = ?, review_note = ? WHERE id = ? AND reviewed_by = ''",
                (by, at, note, alert_id),
            ).rowcount
        )

    def mark_sent(self, seq: int, ids: Iterable[int]) -> None:
        self._conn.executemany("UPDATE alert SET batch_seq = ? WHERE id = ?", [(seq, i) for i in ids])
