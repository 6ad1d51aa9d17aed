"""Anomaly rules over the audit log (R-AUD-2, R-AUD-3) and their alerts in the batch."""

from __future__ import annotations

import datetime as dt

from app.security.anomaly import AnomalyRules, RuleState, Thresholds
from app.security.audit import AuditAction, AuditEvent

T0 = dt.datetime(2026, 9, 1, 4, 0, tzinfo=dt.UTC)  # 10:00 in Bishkek


def ev(seq: int, action: AuditAction, login: str = "member1", obj: str = "", *, minutes: float = 0,
       details: str = "{}", role: str = "member") -> AuditEvent:  # fmt: skip
    at = (T0 + dt.timedelta(minutes=minutes)).isoformat(timespec="microseconds")
    return AuditEvent(seq, at, "s", login, "N", role, "ws", action.value, obj, "ok", details, "p", "h")


def test_one_voter_changed_by_two_users_or_three_times_is_an_alert() -> None:
    """R-AUD-3: "one voter's data changed several times or by different users"."""
    rules = AnomalyRules()
    assert rules.run([ev(1, AuditAction.VOTER_BLOCKED, "member1", "17")]) == []
    alerts = rules.run([ev(2, AuditAction.VOTER_UNBLOCKED, "member2", "17", minutes=5)])
    assert [(a.rule, a.subject, a.first_seq, a.last_seq) for a in alerts] == [("voter-changed-repeatedly", "17", 1, 2)]
    again = AnomalyRules()
    same_user = [ev(i, AuditAction.VOTER_CHANGED, "member1", "40", minutes=i) for i in range(1, 4)]
    assert [a.rule for a in again.run(same_user)] == ["voter-changed-repeatedly"]
    # Changes by the system itself (the central list, applied by the "-" actor) and a single change
    # are not suspicious.
    quiet = AnomalyRules()
    assert quiet.run([ev(1, AuditAction.VOTER_CHANGED, "-", "9", role="system"),
                      ev(2, AuditAction.VOTER_CHANGED, "-", "9", role="system"),
                      ev(3, AuditAction.VOTER_CHANGED, "member1", "9")]) == []  # fmt: skip


def test_failed_login_burst_bulk_access_and_outside_hours() -> None:
    """R-AUD-3: failed-login bursts, bulk printing/copying, work at night."""
    rules = AnomalyRules(Thresholds(failures=5, access=4))
    fails = [ev(i, AuditAction.LOGIN_FAILED, "chair", minutes=i) for i in range(1, 6)]
    assert [a.rule for a in rules.run(fails)] == ["failed-login-burst"]
    spread = AnomalyRules(Thresholds(failures=5))
    assert spread.run([ev(i, AuditAction.LOGIN_FAILED, "chair", minutes=i * 11) for i in range(1, 6)]) == []
    prints = [ev(10 + i, AuditAction.PRINT, "member2", minutes=i) for i in range(4)]
    assert [a.rule for a in rules.run(prints)] == ["bulk-access"]
    night = rules.run([ev(20, AuditAction.SEARCH, "member2", minutes=15 * 60),  # 01:00 in Bishkek
                       ev(21, AuditAction.SEARCH, "member2", minutes=15 * 60 + 5)])  # fmt: skip
    assert [(a.rule, a.subject) for a in night] == [("outside-hours", "member2")]  # once per person and day


def test_a_copy_counts_once_per_record_copied() -> None:
    """R-SEC-8, R-AUD-3: "printing or copying of data": one copy of many records is bulk access,
    a few small copies are not; a damaged count counts as one record."""
    copy = AuditAction.COPY
    assert AnomalyRules().run([ev(1, copy, details='{"records": 3}'), ev(2, copy, details='{"records": 2}')]) == []
    alerts = AnomalyRules().run([ev(1, copy, details='{"records": 60, "what": "search-results"}')])
    assert [(a.rule, a.subject, a.first_seq, a.last_seq) for a in alerts] == [("bulk-access", "member1", 1, 1)]
    rules = AnomalyRules(Thresholds(access=4))
    state_before = rules.state.to_json()
    assert rules.run([ev(1, copy, details='{"records": "many"}'), ev(2, copy, details="[]")]) == []
    assert rules.state.to_json() != state_before  # counted, as one record each
    mixed = [ev(3, AuditAction.VIEW_CONFIDENTIAL, minutes=1), ev(4, copy, details='{"records": 1}', minutes=2)]
    assert [a.rule for a in rules.run(mixed)] == ["bulk-access"]
    assert len(RuleState.from_json(rules.state.to_json()).access["member1"]) == 4  # capped, restartable


def test_media_refusals_and_infections_are_alerts_and_the_state_survives_a_restart() -> None:
    """R-AUD-3, R-SEC-6, R-SEC-11: export attempts to unregistered media; infected drives."""
    rules = AnomalyRules()
    first = rules.run([ev(1, AuditAction.VOTER_CHANGED, "member1", "5")])
    assert first == []
    restored = AnomalyRules(state=RuleState.from_json(rules.state.to_json()))
    alerts = restored.run([
        ev(2, AuditAction.VOTER_CHANGED, "member2", "5", minutes=1),
        ev(3, AuditAction.MEDIA_REFUSED, "chair", "HOLIDAY", minutes=2),
        ev(4, AuditAction.MEDIA_SCANNED, "chair", "USB", minutes=3, details='{"infected":1}'),
    ])  # fmt: skip
    assert [a.rule for a in alerts] == ["voter-changed-repeatedly", "unregistered-medium", "infected-medium"]


def test_a_restore_that_gave_up_changes_is_an_alert() -> None:
    """R-AUD-3, R-SEC-11: data changed back by an older backup is a deviation for the chair to review."""
    rules = AnomalyRules()
    alerts = rules.run([
        ev(1, AuditAction.BACKUP_RESTORED, "sysadmin", "a.pecbak", details='{"changes_lost":0}'),
        ev(2, AuditAction.BACKUP_RESTORED, "sysadmin", "b.pecbak", minutes=1, details='{"changes_lost":3}'),
    ])  # fmt: skip
    assert [(a.rule, a.subject) for a in alerts] == [("older-backup-restored", "b.pecbak")]
