"""The Home page's one call (issue 12 point 2): `DashboardService.overview`.

Counts by status, late and nearly late claims and the claims per day are checked on the manual
clock at the days the flags change, against `ClaimService.state` (the rule the claims list uses);
each role gets exactly the blocks the permission table allows, and the block calls refuse the
others (audited); the queries read the claim and alert tables only, never the voter list.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from app.errors import AppError, Reason
from app.models.claim_stats import ClaimStats
from app.models.db import Connection
from app.models.records import VoterRow
from app.models.vocabulary import ClaimStatus
from app.security.audit import AuditAction
from app.services.anomalies import AnomalyService
from app.services.auth import AuthService
from app.services.claims import ClaimService, Flag
from app.services.dashboard import DashboardService
from app.services.sync_export import BatchExport
from app.services.sync_import import EnvelopeImport
from tests.claims.conftest import at_bishkek, file_claim
from tests.conftest import Precinct
from tests.exchange.conftest import Exchange, exchange  # noqa: F401 (the fixture)

RECEIVED, DECIDED = ClaimStatus.RECEIVED, ClaimStatus.DECIDED


def _four_claims(precinct: Precinct, other: VoterRow) -> list[str]:
    """A at 23:30 and B at 00:30 the next day (one UTC date, two Bishkek days), then C and a decided D."""
    ctx, member = precinct.ctx, precinct.ready_session("member1")
    at_bishkek(precinct.clock, "2026-09-01 23:30:00")
    a = file_claim(ctx, member)
    at_bishkek(precinct.clock, "2026-09-02 00:30:00")
    b = file_claim(ctx, member, claim_type="missing")
    at_bishkek(precinct.clock, "2026-09-04 10:00:00")
    c = file_claim(ctx, member, claim_type="institution")
    d = file_claim(ctx, member, pin=other.pin)
    ctx.precinct.execute("UPDATE claim SET status = 'decided', decision = 'accepted' WHERE number = ?", (d,))
    return [a, b, c, d]


def _flags(precinct: Precinct) -> dict[Flag, int]:
    states = ClaimService(precinct.ctx).states(precinct.ready_session("member1"))
    return {flag: sum(1 for s in states if s.flag is flag) for flag in (Flag.OVERDUE, Flag.DUE_SOON)}


def test_claims_by_status_and_by_day(precinct: Precinct, sample_voters: list[VoterRow]) -> None:
    """R-CLM-5: the counts by status, and each claim on the chart's Bishkek day of intake."""
    _four_claims(precinct, sample_voters[1])
    at_bishkek(precinct.clock, "2026-09-09 12:00:00")
    summary = DashboardService(precinct.ctx).claims(precinct.ready_session("member1"), days=14)
    assert summary.by_status == {RECEIVED: 3, ClaimStatus.SENT: 0, DECIDED: 1, ClaimStatus.INFORMED: 0}
    assert summary.total == 4
    assert (summary.days[0], summary.days[-1], len(summary.days)) == (dt.date(2026, 8, 27), dt.date(2026, 9, 9), 14)
    filed = {day: (summary.per_day[RECEIVED][n], summary.per_day[DECIDED][n]) for n, day in enumerate(summary.days)}
    assert filed[dt.date(2026, 9, 1)] == (1, 0)  # A, at 17:30 UTC
    assert filed[dt.date(2026, 9, 2)] == (1, 0)  # B, at 18:30 UTC on the same UTC date
    assert filed[dt.date(2026, 9, 4)] == (1, 1)  # C and the decided D
    assert sum(sum(v) for v in summary.per_day.values()) == 4
    short = DashboardService(precinct.ctx).claims(precinct.ready_session("member1"), days=3)
    assert short.days == [dt.date(2026, 9, 7), dt.date(2026, 9, 8), dt.date(2026, 9, 9)]
    assert sum(sum(v) for v in short.per_day.values()) == 0


MOMENTS = [  # (Bishkek time, overdue, due soon), in the order the clock passes them
    ("2026-09-05 23:59:59", 0, 0),
    ("2026-09-06 00:00:00", 0, 1),  # A on its 5th day
    ("2026-09-07 00:00:00", 0, 2),  # and B
    ("2026-09-08 23:59:59", 0, 2),  # A's answer is due today
    ("2026-09-09 00:00:00", 1, 2),  # A late; C on its 5th day; D decided, never flagged
    ("2026-09-10 00:00:00", 2, 1),
    ("2026-09-12 00:00:00", 3, 0),
]


def test_overdue_and_due_soon_at_the_day_boundaries(precinct: Precinct, sample_voters: list[VoterRow]) -> None:
    """R-CLM-5: the same counts as the flags of the claims list, on Bishkek days."""
    _four_claims(precinct, sample_voters[1])
    service, member = DashboardService(precinct.ctx), precinct.ready_session("member1")
    for when, overdue, due_soon in MOMENTS:
        at_bishkek(precinct.clock, when)
        summary = service.claims(member)
        assert (summary.overdue, summary.due_soon) == (overdue, due_soon), when
        assert _flags(precinct) == {Flag.OVERDUE: overdue, Flag.DUE_SOON: due_soon}, when
        assert [u.overdue for u in summary.urgent] == [True] * overdue + [False] * due_soon, when


def test_the_urgent_claims_oldest_first(precinct: Precinct, sample_voters: list[VoterRow]) -> None:
    a, b, c, _d = _four_claims(precinct, sample_voters[1])
    at_bishkek(precinct.clock, "2026-09-09 08:00:00")
    urgent = DashboardService(precinct.ctx).claims(precinct.ready_session("member1")).urgent
    assert [(u.number, u.answer_by.isoformat(), u.overdue) for u in urgent] == [
        (a, "2026-09-08", True), (b, "2026-09-09", False), (c, "2026-09-11", False)
    ]  # fmt: skip
    assert [u.type for u in urgent] == ["correction", "missing", "institution"]


def test_each_role_gets_only_its_blocks(precinct: Precinct) -> None:
    """R-SEC-4: claims for the roles that take them, the exchange and the alerts for those who run
    or audit them; the calendar, the retention date and the signatures for everyone."""
    service = DashboardService(precinct.ctx)
    seen = {}
    for login in ("member1", "secretary", "chair", "sysadmin", "auditor"):
        view = service.overview(precinct.ready_session(login))
        assert view.timeline is not None and view.retention is not None and view.signatures.kind
        seen[login] = (view.claims is not None, view.exchange is not None, view.open_alerts is not None)
    assert seen == {
        "member1": (True, False, False), "secretary": (True, True, True), "chair": (True, True, True),
        "sysadmin": (False, True, True), "auditor": (False, True, True),
    }  # fmt: skip


def test_the_calendar_and_the_retention_for_everyone(precinct: Precinct) -> None:
    """R-CAL-1, R-DATA-5: voting day 2026-11-29; on 2026-11-10 the control list is posted and the
    claims close in 4 days; the data is kept a year after voting day."""
    at_bishkek(precinct.clock, "2026-11-10 09:00:00")
    view = DashboardService(precinct.ctx).overview(precinct.ready_session("auditor"))
    assert view.timeline is not None and view.retention is not None
    stage = view.timeline.stage
    assert stage.current is not None and stage.next is not None
    assert (stage.current.name, stage.next.name, stage.days_left, stage.days_to_voting) == (
        "control_list_posted", "claims_close", 4, 19
    )  # fmt: skip
    assert view.timeline.steps[0].name == "preliminary_on_portal"
    assert view.timeline.voting_day == dt.date(2026, 11, 29)
    assert (view.retention.until, view.today) == (dt.date(2027, 11, 29), dt.date(2026, 11, 10))


def test_blocks_refused_without_the_permission(precinct: Precinct) -> None:
    """R-SEC-4: asking for a block the role may not see is refused and audited."""
    service = DashboardService(precinct.ctx)
    sysadmin, member = precinct.ready_session("sysadmin"), precinct.ready_session("member1")
    refusals = [(service.claims, sysadmin), (service.exchange, member), (service.open_alerts, member)]
    for call, session in refusals:
        before = precinct.ctx.audit.head()[0]
        with pytest.raises(AppError) as err:
            call(session)
        assert err.value.reason is Reason.NOT_PERMITTED
        events = precinct.ctx.audit.events(after=before)
        assert [e.action for e in events] == [AuditAction.PERMISSION_DENIED]


def test_a_locked_or_unfinished_session_is_refused(precinct: Precinct) -> None:
    """R-SEC-5, R-SEC-3: nothing is shown behind the lock or before the first password change."""
    service = DashboardService(precinct.ctx)
    fresh = AuthService(precinct.ctx).login("member2", precinct.password("member2"))
    assert fresh.must_change
    with pytest.raises(AppError) as err:
        service.overview(fresh)
    assert err.value.reason is Reason.PASSWORD_CHANGE_REQUIRED
    session = precinct.ready_session("auditor")
    AuthService(precinct.ctx).lock(session)
    with pytest.raises(AppError) as err:
        service.overview(session)
    assert err.value.reason is Reason.SESSION_LOCKED


def test_open_alerts_until_reviewed(precinct: Precinct) -> None:
    """R-AUD-3, R-AUD-5: an overdue claim's alert is counted for the chair and the auditor until
    the chair reviews it."""
    ctx = precinct.ctx
    file_claim(ctx, precinct.ready_session("member1"))
    chair, auditor = precinct.ready_session("chair"), precinct.ready_session("auditor")
    service = DashboardService(ctx)
    before = service.overview(chair).open_alerts
    precinct.clock.advance(9 * 86400)
    assert service.overview(chair).open_alerts == (before or 0) + 1  # the chair's claims block raised it
    assert service.overview(auditor).open_alerts == (before or 0) + 1
    for alert in AnomalyService(ctx).alerts(chair, unreviewed_only=True):
        AnomalyService(ctx).review(chair, alert.id, "TEC-ке телефон аркылуу кабарланды")
    assert service.overview(auditor).open_alerts == 0


def test_the_last_import_and_batch(exchange: Exchange) -> None:  # noqa: F811 (the fixture)
    """R-SYN-1: the package imported, then a batch made, then acknowledged by the central side."""
    ctx, central = exchange.ctx, exchange.central
    secretary = exchange.desk.ready_session("secretary")
    service = DashboardService(ctx)
    first = service.exchange(secretary)
    assert (first.imported_seq, first.exported_seq, first.acknowledged) == (1, 0, False)
    batch = BatchExport(ctx, secretary).export(exchange.upbox)
    made = service.exchange(exchange.desk.ready_session("auditor"))
    assert (made.exported_seq, made.acknowledged, made.exported_at != "") == (batch.seq, False, True)
    central.ingest(exchange.upbox / batch.file_name)
    exchange.clock.advance(3600)
    EnvelopeImport(ctx, secretary).apply(central.issue_update("1001", None, exchange.outbox).path)
    acked = service.exchange(secretary)
    assert (acked.imported_seq, acked.exported_seq, acked.acknowledged) == (2, batch.seq, True)


class _Recording:
    """The precinct connection, keeping every statement run through it."""

    def __init__(self, conn: Connection) -> None:
        self.conn, self.sql = conn, list[str]()

    def execute(self, sql: str, args: Any = ()) -> Any:
        self.sql.append(sql)
        return self.conn.execute(sql, args)


def test_the_queries_read_claims_and_alerts_only(precinct: Precinct) -> None:
    """Bounded at 1,000,000 voters: no statement of the Home page's counts touches the voter
    list or its search index (the plans name only the claim and alert tables)."""
    recording = _Recording(precinct.ctx.precinct)
    stats = ClaimStats(recording)  # type: ignore[arg-type]
    cut = "2026-09-01T00:00:00.000000+00:00"
    stats.counts(cut, cut), stats.oldest_open(cut, 5), stats.per_day(cut), stats.open_alerts()
    assert len(recording.sql) == 4
    for sql in recording.sql:
        args = (cut, cut if "sum(" in sql else 5)[: sql.count("?")]
        plan = " ".join(str(row[-1]) for row in precinct.ctx.precinct.execute(f"EXPLAIN QUERY PLAN {sql}", args))
        tables = {word for word in plan.replace("(", " ").split() if word in ("claim", "alert", "voter")}
        assert tables and tables <= {"claim", "alert"}, plan
