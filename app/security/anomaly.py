"""Anomaly rules over the audit log (R-AUD-2, R-AUD-3; DESIGN.md "Audit log").

The rules read audit events in order (only what is new since the last run) and raise alerts; the
chair sees them, and each batch carries them to the central system. Rules and thresholds:
  voter-changed-repeatedly  one voter's record changed (changed, blocked, unblocked, deleted) 3+
                            times within 7 days, or by 2+ different users
  failed-login-burst        5+ failed logins or unlocks for one login within 10 minutes
  bulk-access               50+ views of confidential fields, prints or copies by one user within an
                            hour; a copy counts once per record copied (`records` in its details)
  outside-hours             a person's action outside 07:00–21:00 Bishkek time (UTC+6); one alert
                            per person and day
  unregistered-medium       an import or export attempted with a drive that is not registered
  infected-medium           a scan found malware (R-SEC-6)
  older-backup-restored     a restore gave up changes made after the backup (R-SEC-11: data
                            changed back; `--accept-older`)
  chain-break               `audit verify` found the log altered, truncated or reordered
                            (deletion of logs), raised by the caller with the verify report
Events by the system itself (role "system" with a reserved login, `app.models.accounts`) count for
no rule but chain-break; a person's event is never exempt, whatever the login (R-AUD-3).
"""

from __future__ import annotations

import datetime as dt
import json
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field

from app.models.accounts import RESERVED_LOGINS, SYSTEM_ROLE
from app.models.audit_store import AuditEvent
from app.models.calendar import BISHKEK
from app.security.audit import AuditAction

WORK_HOURS = (7, 21)
CHANGE_ACTIONS = frozenset(
    {AuditAction.VOTER_CHANGED, AuditAction.VOTER_BLOCKED, AuditAction.VOTER_UNBLOCKED, AuditAction.VOTER_DELETED}
)
FAILED_ACTIONS = frozenset({AuditAction.LOGIN_FAILED, AuditAction.UNLOCK_FAILED})
ACCESS_ACTIONS = frozenset({AuditAction.VIEW_CONFIDENTIAL, AuditAction.PRINT, AuditAction.COPY})


@dataclass(frozen=True)
class Alert:
    rule: str
    at: str  # the time of the event that raised it
    subject: str  # a login, a voter record id, a drive ...
    detail: str
    first_seq: int
    last_seq: int


@dataclass
class Thresholds:
    changes: int = 3
    change_window: dt.timedelta = dt.timedelta(days=7)
    failures: int = 5
    failure_window: dt.timedelta = dt.timedelta(minutes=10)
    access: int = 50
    access_window: dt.timedelta = dt.timedelta(hours=1)


@dataclass
class RuleState:
    """What the rules remember between runs (kept as JSON beside the alerts)."""

    changes: dict[str, list[tuple[int, str, str]]] = field(default_factory=dict)  # voter -> (seq, at, login)
    failures: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    access: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    outside: list[str] = field(default_factory=list)  # "login/date" already alerted
    raised: list[str] = field(default_factory=list)  # "rule/subject/window start" already alerted

    def to_json(self) -> str:
        return json.dumps(self.__dict__, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> RuleState:
        if not text:
            return cls()
        data = json.loads(text)
        return cls(
            {k: [tuple(x) for x in v] for k, v in data.get("changes", {}).items()},
            {k: [tuple(x) for x in v] for k, v in data.get("failures", {}).items()},
            {k: [tuple(x) for x in v] for k, v in data.get("access", {}).items()},
            list(data.get("outside", [])),
            list(data.get("raised", [])),
        )


def _time(event: AuditEvent) -> dt.datetime:
    return dt.datetime.fromisoformat(event.at)


class AnomalyRules:
    def __init__(self, thresholds: Thresholds | None = None, state: RuleState | None = None) -> None:
        self.t = thresholds or Thresholds()
        self.state = state or RuleState()

    def run(self, events: Iterable[AuditEvent]) -> list[Alert]:
        alerts: list[Alert] = []
        for event in events:
            alerts.extend(self._event(event))
        return alerts

    def _event(self, event: AuditEvent) -> list[Alert]:
        if event.role == SYSTEM_ROLE and event.login in RESERVED_LOGINS:
            return []
        action = event.action
        found: list[Alert] = []
        if action in CHANGE_ACTIONS:
            found += self._changes(event)
        if action in FAILED_ACTIONS:
            found += self._window(
                self.state.failures,
                event.login,
                event,
                count=self.t.failures,
                window=self.t.failure_window,
                rule="failed-login-burst",
                what="failed logins",
            )
        if action in ACCESS_ACTIONS:
            found += self._window(
                self.state.access,
                event.login,
                event,
                count=self.t.access,
                window=self.t.access_window,
                rule="bulk-access",
                what="views, prints or copies",
                weight=_records(event, self.t.access),
            )
        if action == AuditAction.MEDIA_REFUSED:
            found.append(Alert("unregistered-medium", event.at, event.object, event.details, event.seq, event.seq))
        if action == AuditAction.MEDIA_SCANNED and '"infected"' in event.details:
            found.append(Alert("infected-medium", event.at, event.object, event.details, event.seq, event.seq))
        if action == AuditAction.BACKUP_RESTORED and _gave_up_changes(event.details):
            found.append(Alert("older-backup-restored", event.at, event.object, event.details, event.seq, event.seq))
        found += self._hours(event)
        return found

    def _changes(self, event: AuditEvent) -> list[Alert]:
        history = self.state.changes.setdefault(event.object, [])
        history.append((event.seq, event.at, event.login))
        start = _time(event) - self.t.change_window
        history[:] = [h for h in history if dt.datetime.fromisoformat(h[1]) >= start]
        users = {h[2] for h in history}
        if len(history) < self.t.changes and len(users) < 2:
            return []
        key = f"voter-changed-repeatedly/{event.object}/{history[0][0]}"
        if key in self.state.raised:
            return []
        self.state.raised.append(key)
        detail = f"{len(history)} changes by {', '.join(sorted(users))} within {self.t.change_window.days} days"
        return [Alert("voter-changed-repeatedly", event.at, event.object, detail, history[0][0], event.seq)]

    def _window(
        self, table: dict[str, list[tuple[int, str]]], subject: str, event: AuditEvent, *, count: int,
        window: dt.timedelta, rule: str, what: str, weight: int = 1,
    ) -> list[Alert]:  # fmt: skip
        history = deque(table.get(subject, []))
        history.extend([(event.seq, event.at)] * weight)
        start = _time(event) - window
        while history and dt.datetime.fromisoformat(history[0][1]) < start:
            history.popleft()
        table[subject] = list(history)
        if len(history) < count:
            return []
        key = f"{rule}/{subject}/{history[0][0]}"
        if key in self.state.raised:
            return []
        self.state.raised.append(key)
        return [Alert(rule, event.at, subject, f"{len(history)} {what} within {window}", history[0][0], event.seq)]

    def _hours(self, event: AuditEvent) -> list[Alert]:
        local = _time(event).astimezone(BISHKEK)
        if WORK_HOURS[0] <= local.hour < WORK_HOURS[1]:
            return []
        key = f"{event.login}/{local.date().isoformat()}"
        if key in self.state.outside:
            return []
        self.state.outside.append(key)
        detail = f"{event.action} at {local.strftime('%H:%M')} Bishkek time"
        return [Alert("outside-hours", event.at, event.login, detail, event.seq, event.seq)]


def _records(event: AuditEvent, cap: int) -> int:
    """How many records an access event touched: a copy names its count, anything else is one.
    Capped at the rule's threshold, so the kept window never grows past what the rule needs."""
    if event.action != AuditAction.COPY:
        return 1
    try:
        records = json.loads(event.details or "{}").get("records", 1)
    except (ValueError, AttributeError):
        return 1
    return max(1, min(int(records), cap)) if isinstance(records, int) else 1


def chain_break_alert(at: str, problems: list[tuple[int, str]]) -> Alert:
    first = min((s for s, _ in problems), default=0)
    last = max((s for s, _ in problems), default=0)
    detail = ", ".join(f"{p}@{s}" for s, p in problems[:10])
    return Alert("chain-break", at, "audit-log", detail, first, last)


def _gave_up_changes(details: str) -> bool:
    try:
        lost = json.loads(details).get("changes_lost", 0)
    except (ValueError, AttributeError):
        return False
    return isinstance(lost, int) and lost > 0
