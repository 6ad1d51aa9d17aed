"""Local changes of a voter's status (a claim blocked the voter), as the next batch reports them."""

from __future__ import annotations

from dataclasses import dataclass

from app.models.db import Connection


@dataclass(frozen=True)
class VoterChange:
    id: int
    pin: str
    status: str
    reason: str
    claim: str
    at: str
    login: str


class VoterChangeRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def add(self, pin: str, status: str, reason: str, claim: str, *, at: str, login: str) -> None:
        self._conn.execute(
            "INSERT INTO voter_change (pin, status, reason, claim, at, login) VALUES (?,?,?,?,?,?)",
            (pin, status, reason, claim, at, login),
        )

    def unsent(self) -> list[VoterChange]:
        rows = self._conn.execute(
            "SELECT id, pin, status, reason, claim, at, login FROM voter_change WHERE batch_seq = 0 ORDER BY id"
        )
        return [VoterChange(int(r[0]), *(str(v) for v in r[1:])) for r in rows]

    def mark_sent(self, seq: int) -> None:
        self._conn.execute("UPDATE voter_change SET batch_seq = ? WHERE batch_seq = 0", (seq,))
