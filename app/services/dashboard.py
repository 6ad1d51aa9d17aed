"""What the Home page shows (issue 12 point 2), in one call: `DashboardService.overview(session)`.

Every role gets an overview; each block in it is filled only for the roles the permission table
(R-SEC-4) allows its data, and is None for the others:

- everyone: where the precinct stands in the R-CAL-1 calendar (the stage, the next step with its
  days left, every step for the timeline), how long the data is kept (R-DATA-5, the date
  `pec-desk selfcheck` shows) and the age of the antivirus signatures (R-SEC-6). None of it is
  personal data;
- `claim.intake`: claims by status, the undecided ones past or near their answer date (R-CLM-5)
  with the oldest of them, and the claims per day of intake by status for the chart;
- `sync.import`, `sync.export` or `audit.view`: the last envelope imported and the last batch with
  its acknowledgement (R-SYN-1). Sequence numbers and times only; the auditor and the system
  administrator see them because every batch carries the audit log's segment and its signed head;
- `audit.view` or `anomaly.review`: how many alerts nobody has reviewed yet (R-AUD-3, R-AUD-5).
  A reviewer's overview first runs the anomaly rules over the new events, as opening the alerts does.

A locked session or one that must change its password is refused, as by every service. The block
methods (`claims`, `exchange`, `open_alerts`) refuse a role without the permission, audited.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol

from app.clock import iso
from app.errors import AppError, Reason
from app.models.calendar import BISHKEK, ElectionCalendar, Stage, Step, local_date
from app.models.claim_stats import ClaimStats, DayCount, OpenClaim
from app.models.vocabulary import ClaimStatus, Role
from app.security.permissions import Action, allowed
from app.security.session import Session
from app.services.anomalies import AnomalyService
from app.services.claims import ClaimService
from app.services.destruction import Retention, retention_of
from app.services.guard import authorize
from app.services.ports import ExportStore, ScanHost
from app.services.signatures import SignatureState, signature_state
from app.services.sync_export import sync_status

CHART_DAYS = 14  # the claims chart covers the last two weeks, today included
MAX_CHART_DAYS = 92
URGENT_SHOWN = 3  # the oldest undecided claims named on the page (the flags line gives the count)
EXCHANGE_ACTIONS = (Action.SYNC_IMPORT, Action.SYNC_EXPORT, Action.AUDIT_VIEW)
ALERT_ACTIONS = (Action.ANOMALY_REVIEW, Action.AUDIT_VIEW)


class DashboardStore(ExportStore, ScanHost, Protocol):
    """The precinct store, the batches, the audit chain and the scanner's signatures."""


@dataclass(frozen=True)
class Timeline:
    """The election calendar (R-CAL-1) on today: every step, voting day and the stage reached."""

    steps: list[Step]
    voting_day: dt.date
    stage: Stage


@dataclass(frozen=True)
class UrgentClaim:
    number: str
    type: str
    answer_by: dt.date
    overdue: bool


@dataclass(frozen=True)
class ClaimSummary:
    """Claims by status, the undecided ones late or nearly so, and the claims per day (R-CLM-5)."""

    by_status: dict[ClaimStatus, int]
    overdue: int
    due_soon: int
    urgent: list[UrgentClaim]
    days: list[dt.date]  # the chart's days, oldest first, today last
    per_day: dict[ClaimStatus, list[int]]  # for each status, the claims filed on each of `days`

    @property
    def total(self) -> int:
        return sum(self.by_status.values())


@dataclass(frozen=True)
class ExchangeState:
    """The last envelope imported and the last batch made (R-SYN-1); 0 and "" for none yet."""

    imported_seq: int
    imported_at: str
    exported_seq: int
    exported_at: str
    acknowledged: bool
    acknowledged_at: str


@dataclass(frozen=True)
class Overview:
    today: dt.date
    signatures: SignatureState
    timeline: Timeline | None = None
    calendar_error: AppError | None = None
    retention: Retention | None = None
    claims: ClaimSummary | None = None
    exchange: ExchangeState | None = None
    open_alerts: int | None = None


class DashboardService:
    def __init__(self, ctx: DashboardStore) -> None:
        self._ctx = ctx

    def overview(self, session: Session, *, days: int = CHART_DAYS) -> Overview:
        """Everything the session's role may see on the Home page."""
        _require_ready(session)
        role = session.role
        timeline, error = self._timeline()
        claims = self.claims(session, days=days) if allowed(role, Action.CLAIM_INTAKE) else None
        exchange = self.exchange(session) if _any(role, EXCHANGE_ACTIONS) else None
        alerts = self.open_alerts(session) if _any(role, ALERT_ACTIONS) else None
        return Overview(
            today=self._today(), signatures=signature_state(self._ctx), timeline=timeline, calendar_error=error,
            retention=self._retention(), claims=claims, exchange=exchange, open_alerts=alerts,
        )  # fmt: skip

    # ---- the blocks ----------------------------------------------------------------------
    def claims(self, session: Session, *, days: int = CHART_DAYS) -> ClaimSummary:
        """Claims by status, the late and nearly late ones, and `days` days of intake by status."""
        authorize(self._ctx, session, Action.CLAIM_INTAKE)
        service = ClaimService(self._ctx)
        service.refresh_overdue()  # as the claims list does: the chair's alerts include them
        calendar = service.calendar()
        stats, today = ClaimStats(self._ctx.precinct), self._today()
        overdue_cut = _day_start(today - dt.timedelta(days=calendar.decision_days))
        due_cut = _day_start(today - dt.timedelta(days=max(0, calendar.decision_days - 2) - 1))
        counts = stats.counts(overdue_cut, due_cut)
        urgent = [_urgent(c, calendar, today) for c in stats.oldest_open(due_cut, URGENT_SHOWN)]
        span = min(max(1, days), MAX_CHART_DAYS)
        chart_days = [today - dt.timedelta(days=n) for n in range(span - 1, -1, -1)]
        return ClaimSummary(
            by_status={s: counts.by_status.get(s.value, 0) for s in ClaimStatus}, overdue=counts.before_overdue_cut,
            due_soon=counts.before_due_cut - counts.before_overdue_cut, urgent=urgent,
            days=chart_days, per_day=_per_day(stats.per_day(_day_start(chart_days[0])), chart_days),
        )  # fmt: skip

    def exchange(self, session: Session) -> ExchangeState:
        """The last import and the last batch with its acknowledgement."""
        _authorize_any(self._ctx, session, EXCHANGE_ACTIONS)
        status = sync_status(self._ctx)
        return ExchangeState(
            int(status["imported_seq"]), str(status["imported_at"]), int(status["exported_seq"]),
            str(status["exported_at"]), bool(status["acknowledged"]), str(status["acknowledged_at"]),
        )  # fmt: skip

    def open_alerts(self, session: Session) -> int:
        """Alerts not reviewed yet; a reviewer's call runs the anomaly rules over the new events first."""
        _authorize_any(self._ctx, session, ALERT_ACTIONS)
        if allowed(session.role, Action.ANOMALY_REVIEW):
            AnomalyService(self._ctx).refresh()
        return ClaimStats(self._ctx.precinct).open_alerts()

    # ---- for everyone --------------------------------------------------------------------
    def _today(self) -> dt.date:
        return local_date(self._ctx.clock.now())

    def _timeline(self) -> tuple[Timeline | None, AppError | None]:
        """The calendar on today; a missing or broken calendar is shown as its refusal, not fatal."""
        try:
            calendar = ElectionCalendar.from_meta(self._ctx.meta)
        except AppError as error:
            return None, error
        return Timeline(calendar.steps(), calendar.voting_day, calendar.stage(self._today())), None

    def _retention(self) -> Retention | None:
        meta = self._ctx.meta
        try:
            return retention_of(meta.get("voting_day", ""), meta.get("retention_days"), self._today())
        except AppError:
            return None  # the calendar's refusal already says what is wrong with the voting day


def _require_ready(session: Session) -> None:
    """The checks `authorize` makes before the permission table: no locked or unfinished session."""
    if session.must_change:
        raise AppError(Reason.PASSWORD_CHANGE_REQUIRED, login=session.login)
    if session.locked:
        raise AppError(Reason.SESSION_LOCKED, login=session.login)


def _any(role: Role, actions: tuple[Action, ...]) -> bool:
    return any(allowed(role, a) for a in actions)


def _authorize_any(ctx: DashboardStore, session: Session, actions: tuple[Action, ...]) -> None:
    """Allowed by any of `actions`; a refusal is audited under the first."""
    granted = next((a for a in actions if allowed(session.role, a)), actions[0])
    authorize(ctx, session, granted)


def _day_start(day: dt.date) -> str:
    """The stored UTC timestamp of 00:00 in Bishkek on `day` (claims before it were filed earlier)."""
    return iso(dt.datetime.combine(day, dt.time(), BISHKEK))


def _urgent(claim: OpenClaim, calendar: ElectionCalendar, today: dt.date) -> UrgentClaim:
    answer_by = calendar.answer_by(local_date(dt.datetime.fromisoformat(claim.filed_at)))
    return UrgentClaim(claim.number, claim.type, answer_by, today > answer_by)


def _per_day(counts: list[DayCount], days: list[dt.date]) -> dict[ClaimStatus, list[int]]:
    index = {day: n for n, day in enumerate(days)}
    series = {status: [0] * len(days) for status in ClaimStatus}
    for row in counts:
        if row.day in index and row.status in series:
            series[ClaimStatus(row.status)][index[row.day]] += row.count
    return series
