"""Counts for the Home page (issue 12 point 2): claims by status, by day of intake, the oldest
undecided ones, and the alerts not reviewed yet. Every figure is aggregated here, in SQL.

Bounds: the claim table is read by a plain scan (no index on `status` or `filed_at` exists; the
claims of a precinct are thousands, not the voter list's million) and nothing here touches the
voter table. `filed_at` is the stored UTC timestamp (`app.clock.iso`), so a cut-off given as such a
string compares as a time; the Bishkek date of intake is `date(filed_at, '+6 hours')`
(`app.models.calendar`: UTC+6 without daylight saving time).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.models.db import Connection

OPEN = "status IN ('received', 'sent')"
LOCAL_DAY = "date(filed_at, '+6 hours')"  # the Bishkek date of intake (app.models.calendar.BISHKEK)


@dataclass(frozen=True)
class DayCount:
    """Claims filed on one Bishkek day with one status."""

    day: dt.date
    status: str
    count: int


@dataclass(frozen=True)
class OpenClaim:
    """An undecided claim: what the Home page lists of it (no personal data)."""

    number: str
    type: str
    filed_at: str


@dataclass(frozen=True)
class ClaimCounts:
    by_status: dict[str, int]
    before_overdue_cut: int  # undecided, filed before the first cut-off
    before_due_cut: int  # undecided, filed before the second


class ClaimStats:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def counts(self, overdue_cut: str, due_cut: str) -> ClaimCounts:
        """In one pass: claims by status, and the undecided ones filed before each cut-off."""
        rows = self._conn.execute(
            f"SELECT status, count(*), sum({OPEN} AND filed_at < ?), sum({OPEN} AND filed_at < ?)"
            " FROM claim GROUP BY status",
            (overdue_cut, due_cut),
        ).fetchall()
        return ClaimCounts(
            {str(status): int(count) for status, count, _o, _d in rows},
            sum(int(o or 0) for _s, _c, o, _d in rows),
            sum(int(d or 0) for _s, _c, _o, d in rows),
        )

    def oldest_open(self, cutoff: str, limit: int) -> list[OpenClaim]:
        """At most `limit` undecided claims filed before `cutoff`, oldest first."""
        rows = self._conn.execute(
            f"SELECT number, type, filed_at FROM claim WHERE {OPEN} AND filed_at < ? ORDER BY filed_at, number LIMIT ?",
            (cutoff, limit),
        ).fetchall()
        return [OpenClaim(str(n), str(t), str(f)) for n, t, f in rows]

    def per_day(self, since: str) -> list[DayCount]:
        """Claims filed from `since` on, by Bishkek day of intake and status, in day order."""
        rows = self._conn.execute(
            f"SELECT {LOCAL_DAY} AS day, status, count(*) FROM claim WHERE filed_at >= ?"
            " GROUP BY day, status ORDER BY day, status",
            (since,),
        ).fetchall()
        return [DayCount(dt.date.fromisoformat(str(d)), str(s), int(c)) for d, s, c in rows]

    def open_alerts(self) -> int:
        """Alerts nobody has reviewed yet (R-AUD-5)."""
        return int(self._conn.execute("SELECT count(*) FROM alert WHERE reviewed_by = ''").fetchone()[0])
