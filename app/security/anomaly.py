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
import re
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

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
    params: dict[str, Any] = field(default_factory=dict, compare=False)  # typed facts: see `alert_params`


def _raised(rule: str, at: str, subject: str, first: int, last: int, **params: Any) -> Alert:
    """An alert whose detail is the English text of its parameters (what is stored and sent)."""
    return Alert(rule, at, subject, english_detail(rule, params), first, last, params)


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
            )
        if action in ACCESS_ACTIONS:
            found += self._window(
                self.state.access,
                event.login,
                event,
                count=self.t.access,
                window=self.t.access_window,
                rule="bulk-access",
                weight=_records(event, self.t.access),
            )
        for rule in _event_rules(event):
            found.append(Alert(rule, event.at, event.object, event.details, event.seq, event.seq,
                               alert_params(rule, event.details) or {}))  # fmt: skip
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
        return [_raised("voter-changed-repeatedly", event.at, event.object, history[0][0], event.seq,
                        count=len(history), users=sorted(users), days=self.t.change_window.days)]  # fmt: skip

    def _window(
        self, table: dict[str, list[tuple[int, str]]], subject: str, event: AuditEvent, *, count: int,
        window: dt.timedelta, rule: str, weight: int = 1,
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
        minutes = int(window.total_seconds()) // 60
        return [_raised(rule, event.at, subject, history[0][0], event.seq, count=len(history), minutes=minutes)]

    def _hours(self, event: AuditEvent) -> list[Alert]:
        local = _time(event).astimezone(BISHKEK)
        if WORK_HOURS[0] <= local.hour < WORK_HOURS[1]:
            return []
        key = f"{event.login}/{local.date().isoformat()}"
        if key in self.state.outside:
            return []
        self.state.outside.append(key)
        return [_raised("outside-hours", event.at, event.login, event.seq, event.seq, action=event.action,
                        time=local.strftime("%H:%M"))]  # fmt: skip


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
    return _raised("chain-break", at, "audit-log", first, last, problems=[[s, p] for s, p in problems[:10]])


def _gave_up_changes(details: str) -> bool:
    try:
        lost = json.loads(details).get("changes_lost", 0)
    except (ValueError, AttributeError):
        return False
    return isinstance(lost, int) and lost > 0


# ---- the alert's code and parameters ---------------------------------------------------------
# The rule id is the alert's code. Its parameters are stored as the English `detail` (the text
# `pec-desk alerts` prints and a batch carries); `alert_params` reads them back, so an alert stored
# before the parameters existed is worded in the reader's language as well (`app.security.alert_words`).
#   failed-login-burst, bulk-access  count: int, minutes: int
#   voter-changed-repeatedly         count: int, users: list[str] (logins), days: int
#   outside-hours                    action: str (an AuditAction value), time: "HH:MM" (Bishkek)
#   chain-break                      problems: list[[seq: int, problem: str]] (a `Problem` value)
#   unregistered-medium, infected-medium, older-backup-restored: the event's own details (JSON object)
#   claim-overdue (raised by `ClaimService`, R-CLM-5)  days: int, filed_on, answer_by: ISO dates
WINDOW_WHAT = {"failed-login-burst": "failed logins", "bulk-access": "views, prints or copies"}
JSON_RULES = ("unregistered-medium", "infected-medium", "older-backup-restored")
_WINDOW = re.compile(r"(\d+) (failed logins|views, prints or copies) within (?:(\d+) days?, )?(\d+):(\d\d):(\d\d)")
_CHANGES = re.compile(r"(\d+) changes by (.*) within (\d+) days")
_HOURS = re.compile(r"(\S+) at (\d\d:\d\d) Bishkek time")
_PROBLEM = re.compile(r"([a-z-]+)@(\d+)")
_OVERDUE = re.compile(r"no decision (\d+) days after intake on (\S+); the answer was due (\S+)")


def _event_rules(event: AuditEvent) -> list[str]:
    """The rules a single event raises by itself (its details are the alert's detail)."""
    action, rules = event.action, []
    if action == AuditAction.MEDIA_REFUSED:
        rules.append("unregistered-medium")
    if action == AuditAction.MEDIA_SCANNED and '"infected"' in event.details:
        rules.append("infected-medium")
    if action == AuditAction.BACKUP_RESTORED and _gave_up_changes(event.details):
        rules.append("older-backup-restored")
    return rules


def english_detail(rule: str, params: dict[str, Any]) -> str:
    """The stored text of an alert's parameters (unchanged since the first release)."""
    if rule in WINDOW_WHAT:
        return f"{params['count']} {WINDOW_WHAT[rule]} within {dt.timedelta(minutes=params['minutes'])}"
    if rule == "voter-changed-repeatedly":
        return f"{params['count']} changes by {', '.join(params['users'])} within {params['days']} days"
    if rule == "outside-hours":
        return f"{params['action']} at {params['time']} Bishkek time"
    if rule == "chain-break":
        return ", ".join(f"{p}@{s}" for s, p in params["problems"])
    return json.dumps(params, ensure_ascii=False)


def _window_params(rule: str, detail: str) -> dict[str, Any] | None:
    if not (m := _WINDOW.fullmatch(detail)) or m[2] != WINDOW_WHAT[rule]:
        return None
    return {"count": int(m[1]), "minutes": int(m[3] or 0) * 1440 + int(m[4]) * 60 + int(m[5])}


def _changes_params(_rule: str, detail: str) -> dict[str, Any] | None:
    m = _CHANGES.fullmatch(detail)
    return {"count": int(m[1]), "users": m[2].split(", "), "days": int(m[3])} if m else None


def _hours_params(_rule: str, detail: str) -> dict[str, Any] | None:
    m = _HOURS.fullmatch(detail)
    return {"action": m[1], "time": m[2]} if m else None


def _chain_params(_rule: str, detail: str) -> dict[str, Any] | None:
    found = [_PROBLEM.fullmatch(p) for p in (detail.split(", ") if detail else [])]
    return {"problems": [[int(m[2]), m[1]] for m in found if m]} if all(found) else None


def _overdue_params(_rule: str, detail: str) -> dict[str, Any] | None:
    m = _OVERDUE.fullmatch(detail)
    return {"days": int(m[1]), "filed_on": m[2], "answer_by": m[3]} if m else None


def _json_params(_rule: str, detail: str) -> dict[str, Any] | None:
    try:
        data = json.loads(detail or "{}")
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


_PARSERS = {
    **dict.fromkeys(WINDOW_WHAT, _window_params),
    "voter-changed-repeatedly": _changes_params,
    "outside-hours": _hours_params,
    "chain-break": _chain_params,
    **dict.fromkeys(JSON_RULES, _json_params),
    "claim-overdue": _overdue_params,
}
RULES = tuple(_PARSERS)


def alert_params(rule: str, detail: str) -> dict[str, Any] | None:
    """The parameters of a stored alert, read back from its detail; None when it cannot be read
    (a rule this program does not know, or a detail cut short by the batch limits)."""
    parse = _PARSERS.get(rule)
    return parse(rule, detail) if parse else None
