"""The election calendar (R-CAL-1): step dates from the package's settings, the current stage and
the days left, on Bishkek days."""

from __future__ import annotations

import datetime as dt

import pytest

from app.errors import AppError, Reason
from app.models.calendar import DEFAULT_DEADLINES, ElectionCalendar, local_date

VOTING = dt.date(2026, 11, 29)


class Meta(dict[str, str]):
    def get(self, key: str, default: str = "") -> str:  # type: ignore[override]
        return super().get(key, default)


def test_defaults_are_the_laws() -> None:
    """R-CAL-1: 80 · 75 · 70 · 30 · 15 · 12 · 10 · 7 days before voting day (the central tool uses
    these same defaults: app.central.election imports them)."""
    assert sorted(DEFAULT_DEADLINES.values(), reverse=True) == [80, 75, 70, 30, 15, 12, 10, 7]


def test_step_dates_and_order_from_the_meta() -> None:
    """R-CAL-1: each step is voting day minus its days; the package may override any of them."""
    calendar = ElectionCalendar.from_meta(Meta({"voting_day": "2026-11-29", "deadline.claims_close": "16",
                                                "decision_days": "5", "hotline": "1233"}))  # fmt: skip
    steps = calendar.steps()
    assert [s.name for s in steps] == list(DEFAULT_DEADLINES)
    assert steps[0].date == dt.date(2026, 9, 10)  # 80 days before
    assert calendar.date_of("claims_close") == dt.date(2026, 11, 13)  # overridden: 16
    assert calendar.date_of("institution_forms_close") == dt.date(2026, 11, 17)
    assert calendar.date_of("final_published_by_pec") == dt.date(2026, 11, 22)
    assert calendar.claim_deadline("correction") == dt.date(2026, 11, 13)
    assert calendar.claim_deadline("institution") == dt.date(2026, 11, 17)
    assert calendar.answer_by(dt.date(2026, 11, 1)) == dt.date(2026, 11, 6)
    assert calendar.hotline == "1233"


def test_the_stage_and_days_left() -> None:
    """R-CAL-1: where the precinct stands, and how many days to the next step."""
    calendar = ElectionCalendar(VOTING)
    before = calendar.stage(dt.date(2026, 9, 1))
    assert (before.current, before.next.name if before.next else None) == (None, "preliminary_on_portal")
    assert before.days_left == 9 and before.days_to_voting == 89
    posted = calendar.stage(dt.date(2026, 9, 20))  # the 70-day step is 2026-09-20
    assert posted.current is not None and posted.current.name == "posted_for_review"
    assert posted.next is not None and posted.next.name == "control_list_posted" and posted.days_left == 40
    last_day = calendar.stage(dt.date(2026, 11, 14))
    assert last_day.current is not None and last_day.current.name == "claims_close"
    assert last_day.days_left == 3  # to institution_forms_close on 2026-11-17
    after = calendar.stage(dt.date(2026, 11, 30))
    assert after.next is None and after.days_left is None and after.days_to_voting == -1
    assert after.to_json()["current"] == "final_published_by_pec"


def test_today_is_the_bishkek_date() -> None:
    """UTC+6: 18:00 UTC is already the next day in Bishkek."""
    assert local_date(dt.datetime(2026, 11, 14, 17, 59, 59, tzinfo=dt.UTC)) == dt.date(2026, 11, 14)
    assert local_date(dt.datetime(2026, 11, 14, 18, 0, 0, tzinfo=dt.UTC)) == dt.date(2026, 11, 15)


@pytest.mark.parametrize("meta", [{}, {"voting_day": "29.11.2026"},
                                  {"voting_day": "2026-11-29", "deadline.claims_close": "x"},
                                  {"voting_day": "2026-11-29", "decision_days": "-1"}])  # fmt: skip
def test_a_missing_or_broken_calendar_is_refused(meta: dict[str, str]) -> None:
    with pytest.raises(AppError) as err:
        ElectionCalendar.from_meta(Meta(meta))
    assert err.value.reason is Reason.MALFORMED
