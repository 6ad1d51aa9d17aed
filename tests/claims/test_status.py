"""Statuses and the 7-day answer (R-CLM-5), with the manual clock: received → sent → decided →
informed; due soon from day 5, overdue past day 7, one alert per overdue claim into the batch."""

from __future__ import annotations

import json

import pytest

from app.errors import AppError, Reason
from app.security.audit import AuditAction
from app.services.anomalies import AnomalyService
from app.services.claims import OVERDUE_RULE, ClaimService, Flag
from app.services.sync_export import BatchExport
from app.services.sync_import import EnvelopeImport
from tests.claims.conftest import at_bishkek, file_claim
from tests.conftest import Precinct
from tests.exchange.conftest import Exchange

DAY = 86400


def test_flags_by_the_day_of_intake(precinct: Precinct) -> None:
    """R-CLM-5: filed 2026-09-01 (Bishkek), the answer is due 2026-09-08; flagged from 09-06,
    overdue from 09-09; a decided claim is never flagged."""
    ctx = precinct.ctx
    member = precinct.ready_session("member1")
    at_bishkek(precinct.clock, "2026-09-01 17:30:00")
    number = file_claim(ctx, member)
    service = ClaimService(ctx)
    state = service.state(service.get(number))
    assert (state.answer_by.isoformat(), state.flag, state.days_since) == ("2026-09-08", Flag.NONE, 0)
    expected = {"2026-09-05 23:59:59": Flag.NONE, "2026-09-06 00:00:00": Flag.DUE_SOON,
                "2026-09-08 23:59:59": Flag.DUE_SOON, "2026-09-09 00:00:00": Flag.OVERDUE}  # fmt: skip
    for when, flag in expected.items():
        at_bishkek(precinct.clock, when)
        assert service.state(service.get(number)).flag is flag, when
    assert [s.claim.number for s in service.overdue(member)] == [number]
    assert [s.claim.number for s in service.states(member, flagged_only=True)] == [number]
    ctx.precinct.execute("UPDATE claim SET status = 'decided', decision = 'accepted' WHERE number = ?", (number,))
    assert service.state(service.get(number)).flag is Flag.NONE
    assert service.overdue(member) == []


def test_an_overdue_claim_raises_one_alert(precinct: Precinct) -> None:
    """R-CLM-5, R-AUD-3: the chair sees one claim-overdue alert per claim, raised once."""
    ctx = precinct.ctx
    member = precinct.ready_session("member1")
    late = file_claim(ctx, member)
    precinct.clock.advance(3 * DAY)
    on_time = file_claim(ctx, member, claim_type="missing")
    service = ClaimService(ctx)
    assert service.refresh_overdue() == []
    precinct.clock.advance(6 * DAY)  # day 9 for the first, day 6 for the second
    flags = {s.claim.number: s.flag for s in service.states(member)}  # the listing raises the alert
    assert flags == {late: Flag.OVERDUE, on_time: Flag.DUE_SOON}
    assert service.refresh_overdue() == []  # once only
    alerts = [a for a in AnomalyService(ctx).alerts(precinct.ready_session("chair")) if a.rule == OVERDUE_RULE]
    assert [(a.subject, a.batch_seq) for a in alerts] == [(late, 0)]
    assert "2026-09-08" in alerts[0].detail
    raised = [e for e in ctx.audit.events(after=0) if e.action == AuditAction.ALERT_RAISED and e.object == OVERDUE_RULE]
    assert len(raised) == 1


def test_informed_only_after_the_decision(precinct: Precinct) -> None:
    """R-CLM-5: the last status is recorded with how the voter was told, and audited."""
    ctx = precinct.ctx
    member = precinct.ready_session("member1")
    number = file_claim(ctx, member)
    service = ClaimService(ctx)
    with pytest.raises(AppError) as err:
        service.mark_informed(member, number, "paper")
    assert err.value.reason is Reason.MALFORMED
    ctx.precinct.execute("UPDATE claim SET status = 'decided', decision = 'rejected' WHERE number = ?", (number,))
    with pytest.raises(AppError) as err:
        service.mark_informed(member, number, "pigeon")
    assert err.value.reason is Reason.USAGE
    precinct.clock.advance(60)
    claim = service.mark_informed(member, number, "phone")
    assert (claim.status, claim.informed_how, claim.informed_by) == ("informed", "phone", "member1")
    assert claim.informed_at.startswith("2026-09-01T09:01")
    events = [e for e in ctx.audit.events(after=0) if e.action == AuditAction.CLAIM_INFORMED]
    assert [(e.object, json.loads(e.details)) for e in events] == [(number, {"how": "phone"})]


def test_the_whole_status_path_and_the_overdue_alert_in_the_batch(exchange: Exchange) -> None:
    """R-CLM-5, R-SYN-1: received → sent with the batch → decided from central → informed; an
    overdue claim's alert travels in the next batch and central stores it."""
    ctx, central = exchange.ctx, exchange.central
    member = exchange.desk.ready_session("member1")
    secretary = exchange.desk.ready_session("secretary")
    service = ClaimService(ctx)
    decided = file_claim(ctx, member)
    forgotten = file_claim(ctx, member, claim_type="missing")
    assert service.get(decided).status == "received"
    batch = BatchExport(ctx, secretary).export(exchange.upbox)
    assert service.get(decided).status == service.get(forgotten).status == "sent"
    central.ingest(exchange.upbox / batch.file_name)
    central.decide(decided, False, "маалымат туура")
    exchange.clock.advance(8 * DAY)
    EnvelopeImport(ctx, secretary).apply(central.issue_update("1001", None, exchange.outbox).path)
    assert service.get(decided).status == "decided"
    assert [s.claim.number for s in service.overdue(member)] == [forgotten]
    second = BatchExport(ctx, secretary).export(exchange.upbox)
    assert second.alerts >= 1
    central.ingest(exchange.upbox / second.file_name)
    assert any(a["rule"] == OVERDUE_RULE and a["subject"] == forgotten for a in central.alerts("1001"))
    assert service.mark_informed(member, decided, "paper").status == "informed"
