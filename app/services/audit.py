"""Verifying and reading the audit chain (R-AUD-3, R-AUD-4, R-AUD-6)."""

from __future__ import annotations

import bisect
import itertools
import json
import secrets
from collections.abc import Callable
from dataclasses import dataclass

from app.errors import AppError, Defect, Reason
from app.models.alerts import AlertRepository, StoredAlert
from app.models.audit_store import AuditEvent, AuditFilter
from app.models.bounds import AUDIT, DETAILS, NOTE, bound, check_text, cut, json_text
from app.models.db import SelfCheck, self_check, transaction
from app.models.vocabulary import Role
from app.security.audit import AuditAction, Problem, VerifyReport, verify
from app.security.high_water import HighWaterStore, rollback_detail
from app.security.permissions import Action
from app.security.session import Session
from app.services.guard import authorize
from app.services.ports import AuditStore
from app.sync.records import INT_MAX

PAGE_MAX = 500  # the most events one call returns (the log may hold 100,000s)
LOGINS_MAX = 500


@dataclass(frozen=True)
class EventPage:
    """A page of the log, newest first; `more`: older matching events exist (ask with
    `before=events[-1].seq`)."""

    events: list[AuditEvent]
    more: bool


class AuditService:
    def __init__(self, ctx: AuditStore) -> None:
        self._ctx = ctx

    def verify(self) -> VerifyReport:
        """Needs only this device (the keyring), no login: scripts and auditors run it."""
        ctx = self._ctx
        ctx.open_device(check_rollback=False)  # a rollback is reported here as one of the problems
        report = verify(ctx.audit, ctx.device_id, ctx.checkpoints(), ctx.device_public_key)
        record = HighWaterStore(ctx.secrets).load(ctx.device_id)
        if rollback_detail(record, ctx.audit) is not None:
            report.problems.append((record.audit_seq, Problem.ROLLED_BACK))  # R-SEC-10, R-AUD-6
        outcome = "ok" if report.ok else "broken"
        ctx.audit.append(ctx.system_actor(), AuditAction.AUDIT_VERIFIED, outcome=outcome, details=report.to_json())
        return report

    def self_check(self, session: Session, *, integrity: bool) -> SelfCheck:
        """SQLCipher version and, on demand, every page's HMAC (`cipher_integrity_check`)."""
        authorize(self._ctx, session, Action.AUDIT_VIEW)
        check = self_check(self._ctx.precinct, integrity=integrity)
        details = {"cipher": check.cipher_version, "integrity": integrity, "errors": len(check.integrity_errors)}
        outcome = "ok" if check.ok else "damaged"
        self._ctx.audit.append(session.actor, AuditAction.SELF_CHECK, outcome=outcome, details=details)
        return check

    def tail(self, session: Session, count: int = 20) -> list[AuditEvent]:
        authorize(self._ctx, session, Action.AUDIT_VIEW)
        events = self._ctx.audit.events(limit=max(1, count), newest_first=True)
        self._ctx.audit.append(session.actor, AuditAction.AUDIT_VIEWED, details={"count": len(events)})
        return list(reversed(events))

    def verify_as(self, session: Session) -> VerifyReport:
        """`verify` for a logged-in reader (the window): the same check, after the permission."""
        authorize(self._ctx, session, Action.AUDIT_VIEW)
        return self.verify()

    def events(self, session: Session, wanted: AuditFilter, *, before: int = 0, limit: int = 100) -> EventPage:
        """The events matching `wanted`, newest first, below number `before` (0: the newest), at most
        `limit` (capped at PAGE_MAX): a reader pages through any size of log. Audited, with the filter."""
        ctx = self._ctx
        authorize(ctx, session, Action.AUDIT_VIEW)
        size = min(max(1, limit), PAGE_MAX)
        found = ctx.audit.store.page(wanted, before, size + 1)
        shown = {"count": min(len(found), size), "before": before, "login": bound(wanted.login, AUDIT["login"]),
                 "action": bound(wanted.action, AUDIT["action"]), "since": bound(wanted.since, AUDIT["at"]),
                 "until": bound(wanted.until, AUDIT["at"])}  # fmt: skip
        ctx.audit.append(session.actor, AuditAction.AUDIT_VIEWED, details=shown)
        return EventPage(found[:size], len(found) > size)

    def between(self, session: Session, first: int, last: int, *, limit: int = 200) -> list[AuditEvent]:
        """The events numbered first..last (an alert's), oldest first, at most `limit` (≤ PAGE_MAX)."""
        ctx = self._ctx
        authorize(ctx, session, Action.AUDIT_VIEW)
        events = ctx.audit.store.between(first, last, min(max(1, limit), PAGE_MAX))
        ctx.audit.append(session.actor, AuditAction.AUDIT_VIEWED,
                         details={"first": first, "last": last, "count": len(events)})  # fmt: skip
        return events

    def logins(self, session: Session) -> list[str]:
        """Who appears in the log (for the reader's filter), sorted."""
        authorize(self._ctx, session, Action.AUDIT_VIEW)
        return self._ctx.audit.store.logins(LOGINS_MAX)

    def alerts(self, session: Session, *, unreviewed_only: bool = False) -> list[StoredAlert]:
        """The stored anomaly alerts, read only, for a reader of the log who does not review them
        (the auditor, the administrator): `AnomalyService.alerts` runs the rules and needs
        ANOMALY_REVIEW. As of the rules' last run (a reviewer's reading, a batch export, `pec-desk
        alerts`); newest first."""
        authorize(self._ctx, session, Action.AUDIT_VIEW)
        return AlertRepository(self._ctx.precinct).all(unreviewed_only=unreviewed_only)

    def admin_sample(self, session: Session, count: int = 10) -> list[AuditEvent]:
        """R-AUD-4: a random sample of the system administrators' actions not reviewed yet, for a
        periodic review. Drawn with the OS's randomness (so nobody can predict which actions are
        looked at); a sysadmin never reviews their own. Returns the sample; `record_review` closes it."""
        ctx = self._ctx
        authorize(ctx, session, Action.AUDIT_VIEW)
        if session.role is Role.SYSADMIN:
            raise AppError(Reason.NOT_PERMITTED, defect=Defect.SELF_REVIEW)
        reviewed = self._reviewed()
        pool = [e for e in ctx.audit.iter_events() if e.role == Role.SYSADMIN.value and not reviewed(e.seq)]
        picked = sorted(secrets.SystemRandom().sample(pool, min(max(1, count), len(pool))), key=lambda e: e.seq)
        ctx.audit.append(session.actor, AuditAction.AUDIT_VIEWED,
                         details={"sample": [e.seq for e in picked], "pool": len(pool)})  # fmt: skip
        return picked

    def record_review(self, session: Session, seqs: list[int], note: str) -> None:
        """The reviewer's finding on sampled events (R-AUD-4, R-AUD-5: documented). The events are
        kept as ranges of sequence numbers; a review too long for one event's details (R-SYN-1:
        `bounds.DETAILS`) is recorded as several parts, each with the note, never refused for its size."""
        ctx = self._ctx
        authorize(ctx, session, Action.AUDIT_VIEW)
        if session.role is Role.SYSADMIN:
            raise AppError(Reason.NOT_PERMITTED, defect=Defect.SELF_REVIEW)
        if not seqs or not note.strip():
            raise AppError(Reason.MALFORMED, defect=Defect.REVIEW_INCOMPLETE)
        if not all(1 <= s <= INT_MAX for s in seqs):
            raise AppError(Reason.MALFORMED, defect=Defect.BAD_EVENT_NUMBER)
        text = cut(check_text(note.strip(), "note"), NOTE)
        parts = _review_parts(_ranges(seqs), text)
        with transaction(ctx.precinct):
            for number, part in enumerate(parts, start=1):
                details = {"ranges": part, "note": text, "part": number, "parts": len(parts)}
                ctx.audit.append(session.actor, AuditAction.ADMIN_REVIEWED, details=details)

    def _reviewed(self) -> Callable[[int], bool]:
        """Whether an event was reviewed: by its number in a review's `seqs` (older reviews) or `ranges`."""
        done: set[int] = set()
        spans: list[tuple[int, int]] = []
        for event in self._ctx.audit.iter_events():
            if event.action == AuditAction.ADMIN_REVIEWED.value:
                details = json.loads(event.details)
                done.update(int(s) for s in details.get("seqs", []))
                spans.extend((int(a), int(b)) for a, b in details.get("ranges", []))
        spans.sort()
        starts, reach = [a for a, _ in spans], list(itertools.accumulate((b for _, b in spans), max))

        def reviewed(seq: int) -> bool:
            at = bisect.bisect_right(starts, seq) - 1
            return seq in done or (at >= 0 and reach[at] >= seq)

        return reviewed


def _ranges(seqs: list[int]) -> list[list[int]]:
    """Sorted, distinct numbers as [first, last] runs: 1..1500 is one range."""
    runs: list[list[int]] = []
    for seq in sorted(set(seqs)):
        if runs and runs[-1][1] == seq - 1:
            runs[-1][1] = seq
        else:
            runs.append([seq, seq])
    return runs


def _review_parts(runs: list[list[int]], note: str) -> list[list[list[int]]]:
    """The runs split so that each part's details fit an audit event (the part numbers counted at
    their widest)."""
    room = DETAILS - len(json_text({"ranges": [], "note": note, "part": INT_MAX, "parts": INT_MAX}))
    parts: list[list[list[int]]] = [[]]
    used = 0
    for run in runs:
        size = len(json_text(run)) + (1 if parts[-1] else 0)
        if parts[-1] and used + size > room:
            parts.append([])
            size, used = size - 1, 0
        parts[-1].append(run)
        used += size
    return parts
