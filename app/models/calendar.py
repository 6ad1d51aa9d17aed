"""The election calendar of R-CAL-1, from the settings the package brought (precinct meta).

Each step is a number of days before voting day (`deadline.<name>` in the meta; the defaults are
the law's: 80, 75, 70, 30, 15, 12, 10, 7). The date of a step is `voting_day - days`. A step that
is a *last day* (claims_close, institution_forms_close) includes that whole day: a claim is taken
on the day itself and refused from the next day on.

"Today" is the date in Bishkek (UTC+6, no daylight saving time since 2005), never the date of the
machine's UTC clock: a claim at 23:30 local time on the last day is still on time, although UTC
already shows that day at 17:30.

The same defaults are written in `app.central.election` (the central side must not be imported
from the models); a test keeps the two equal.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol

from app.errors import AppError, Defect, Part, Reason

BISHKEK = dt.timezone(dt.timedelta(hours=6), "Asia/Bishkek")

DEFAULT_DEADLINES: Mapping[str, int] = {
    "preliminary_on_portal": 80,
    "preliminary_to_pec": 75,
    "posted_for_review": 70,
    "control_list_posted": 30,
    "claims_close": 15,
    "institution_forms_close": 12,
    "final_on_portal": 10,
    "final_published_by_pec": 7,
}
DEFAULT_DECISION_DAYS = 7

# Which last day applies to a claim of each type (R-CLM-8): every claim about the list closes with
# claims_close; a form from the head of an institution has its own, later, last day.
CLAIM_DEADLINE: Mapping[str, str] = {
    "correction": "claims_close",
    "missing": "claims_close",
    "address": "claims_close",
    "disability": "claims_close",
    "institution": "institution_forms_close",
}


class _Meta(Protocol):
    def get(self, key: str, default: str = "") -> str: ...


def local_date(t: dt.datetime) -> dt.date:
    """The calendar date in Bishkek at the (timezone-aware) instant `t`."""
    return t.astimezone(BISHKEK).date()


@dataclass(frozen=True)
class Step:
    name: str
    days_before: int
    date: dt.date


@dataclass(frozen=True)
class Stage:
    """Where the precinct stands on `today`: the step reached last, the next one and the days to it."""

    today: dt.date
    current: Step | None  # None before the first step
    next: Step | None  # None once every step has passed
    days_left: int | None  # days from today to the next step's date
    days_to_voting: int  # negative after voting day

    def to_json(self) -> dict[str, object]:
        return {
            "today": self.today.isoformat(),
            "current": self.current.name if self.current else None,
            "current_date": self.current.date.isoformat() if self.current else None,
            "next": self.next.name if self.next else None,
            "next_date": self.next.date.isoformat() if self.next else None,
            "days_left": self.days_left,
            "days_to_voting": self.days_to_voting,
        }


@dataclass(frozen=True)
class ElectionCalendar:
    voting_day: dt.date
    deadlines: Mapping[str, int] = field(default_factory=lambda: dict(DEFAULT_DEADLINES))
    decision_days: int = DEFAULT_DECISION_DAYS
    hotline: str = ""

    @classmethod
    def from_meta(cls, meta: _Meta) -> ElectionCalendar:
        """The calendar of the precinct's election; a missing or broken voting day is refused."""
        raw = meta.get("voting_day")
        try:
            voting_day = dt.date.fromisoformat(raw)
        except ValueError as exc:
            raise AppError(
                Reason.MALFORMED, defect=Defect.NO_VOTING_DAY, part=Part.CALENDAR, value=str(raw)[:40]
            ) from exc
        deadlines = {name: _days(meta.get(f"deadline.{name}"), days) for name, days in DEFAULT_DEADLINES.items()}
        decision_days = _days(meta.get("decision_days"), DEFAULT_DECISION_DAYS)
        return cls(voting_day, deadlines, decision_days, meta.get("hotline"))

    def date_of(self, name: str) -> dt.date:
        return self.voting_day - dt.timedelta(days=self.deadlines[name])

    def steps(self) -> list[Step]:
        """Every step in date order (the law's order where two fall on one day)."""
        order = list(DEFAULT_DEADLINES)
        named = sorted(self.deadlines, key=lambda n: (-self.deadlines[n], order.index(n) if n in order else 99))
        return [Step(n, self.deadlines[n], self.date_of(n)) for n in named]

    def stage(self, today: dt.date) -> Stage:
        steps = self.steps()
        reached = [s for s in steps if s.date <= today]
        coming = [s for s in steps if s.date > today]
        current = reached[-1] if reached else None
        upcoming = coming[0] if coming else None
        days_left = (upcoming.date - today).days if upcoming else None
        return Stage(today, current, upcoming, days_left, (self.voting_day - today).days)

    def claim_deadline(self, claim_type: str) -> dt.date:
        """The last day a claim of this type is taken (R-CLM-8)."""
        return self.date_of(CLAIM_DEADLINE[claim_type])

    def claim_open(self, claim_type: str, today: dt.date) -> bool:
        return today <= self.claim_deadline(claim_type)

    def answer_by(self, filed: dt.date) -> dt.date:
        """The day the TEC's answer is due: `decision_days` calendar days after intake (R-CLM-5)."""
        return filed + dt.timedelta(days=self.decision_days)


def _days(raw: str, default: int) -> int:
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError as exc:
        raise AppError(Reason.MALFORMED, defect=Defect.NOT_WHOLE_NUMBER, part=Part.CALENDAR, value=raw[:40]) from exc
    if not 0 <= value <= 366:
        raise AppError(Reason.MALFORMED, defect=Defect.NOT_WHOLE_NUMBER, part=Part.CALENDAR, value=value)
    return value


__all__ = ["BISHKEK", "CLAIM_DEADLINE", "DEFAULT_DEADLINES", "ElectionCalendar", "Stage", "Step", "local_date"]
