"""The import's fast check of a voter (`app.models.voter_fast`) never says yes where the rules
see a problem (R-DATA-1, R-DATA-7: every voter record from outside is held to the field rules).

`row_ok` is only a shortcut: True must mean `row_problems` finds nothing. Hypothesis breaks valid
voters field by field (characters of every class, lengths at the bounds, dates around today, the
age day and 29 February, PINs that disagree with the date or the sex by a digit, dates that are
not real with a PIN to match) on days around a voting day, and each time the shortcut is held to
the rules. Each check of `row_ok` was taken out once and this test failed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict

from hypothesis import example, given, settings
from hypothesis import strategies as st

from app.models import bounds
from app.models.controls import UNSAFE_RE
from app.models.field_rules import Days
from app.models.synthetic import generate_voters
from app.models.voter_csv import row_problems
from app.models.voter_fast import FastRules, row_ok

VALID = [asdict(v) for v in generate_voters(400, seed=21)]
TODAY = dt.date(2026, 12, 4)
_CHARS = "АаҢңӨөҮүЁёZz09 -'’ʼ.,№/\t\x00\x7f\u202e\u2028\u00a0\u200b\u061c\ud800_"
_DAYS = st.dates(min_value=dt.date(1899, 12, 25), max_value=dt.date(2030, 3, 5))
_ODD = ["2008-02-29", "2007-02-29", "1900-01-01", "1899-12-31", "2099-13-45", "1990-1-5", "31.12.1990", "",
        "１９９０-01-01", "1990-02-30", "1990-04-31", "1990-00-10"]  # fmt: skip


def _pin_for(born: str, sex_digit: str, serial: str = "00042") -> str:
    return sex_digit + born[8:10] + born[5:7] + born[0:4] + serial


def _shift(iso: str, days: int) -> str:
    try:
        return (dt.date.fromisoformat(iso) + dt.timedelta(days=days)).isoformat()
    except ValueError:  # an odd date from an earlier change stays as it is
        return iso


@st.composite
def voters(draw: st.DrawFn) -> dict[str, str]:
    v = dict(draw(st.sampled_from(VALID)))
    digit = v["pin"][0]
    for change in draw(st.lists(st.integers(0, 12), max_size=3)):
        if change == 0:  # the birth date moved, the PIN kept (a disagreement of one field)
            v["birth_date"] = _shift(v["birth_date"], draw(st.sampled_from([-366, -31, -1, 1, 31])))
        elif change == 1:  # both moved together: still agreeing, maybe no longer of age or born
            v["birth_date"] = draw(_DAYS).isoformat()
            v["pin"] = _pin_for(v["birth_date"], digit)
        elif change == 2:  # a date that is not one, and a PIN that spells it
            v["birth_date"] = draw(st.sampled_from(_ODD))
            v["pin"] = _pin_for(v["birth_date"].ljust(10, "0"), digit)
        elif change == 3:
            v["pin"] = draw(st.sampled_from("0123")) + v["pin"][1:]
        elif change == 4:
            v["pin"] = v["pin"][: draw(st.integers(0, 14))] + draw(st.text("0123456789٣x", max_size=2))
        elif change == 5:
            v["sex"] = draw(st.sampled_from(["F", "M", "", "f", "X"]))
        elif change == 6:
            v["special_category"] = draw(st.sampled_from(["", "military", "abroad", "x", " "]))
        elif change == 7:  # one odd character in an otherwise good text
            key = draw(st.sampled_from(["address", "precinct", "last_name", "first_name", "patronymic"]))
            at = draw(st.integers(0, len(v[key])))
            v[key] = v[key][:at] + draw(st.sampled_from(_CHARS)) + v[key][at:]
        elif change == 9:  # a good text one character too long, or a name of no letter
            key = draw(st.sampled_from(["address", "precinct", "last_name", "first_name", "patronymic"]))
            limit = {"address": bounds.ADDRESS, "precinct": bounds.CODE}.get(key, bounds.NAME)
            v[key] = draw(st.sampled_from(["а" * (limit + 1), "а" * limit, "-", "'", " "]))
        elif change == 10:  # a serial digit that is a digit, but not an ASCII one
            at = draw(st.integers(9, 13))
            v["pin"] = v["pin"][:at] + draw(st.sampled_from("٣x５")) + v["pin"][at + 1 :]
        else:
            key = draw(st.sampled_from(["address", "precinct", "last_name", "first_name", "patronymic"]))
            limit = {"address": bounds.ADDRESS, "precinct": bounds.CODE}.get(key, bounds.NAME)
            v[key] = draw(st.text(_CHARS, max_size=draw(st.sampled_from([3, limit - 1, limit + 1]))))
    return v


@settings(max_examples=3000, deadline=None)
@given(v=voters(), today=_DAYS, voting=st.one_of(st.none(), _DAYS))
@example(v={**VALID[0], "birth_date": "2008-02-29", "pin": _pin_for("2008-02-29", "1")}, today=TODAY,
         voting=dt.date(2026, 2, 28))  # fmt: skip
def test_the_fast_yes_is_never_wrong(v: dict[str, str], today: dt.date, voting: dt.date | None) -> None:
    days = Days(today, voting)
    if row_ok(v, FastRules.of(days)):
        assert row_problems(v, days) == []


def test_the_unsafe_characters_hold_the_forbidden_ones() -> None:
    """`row_ok` checks a text against `UNSAFE_RE` alone: it must refuse all `bounds` refuses."""
    assert all(UNSAFE_RE.match(chr(c)) for c in range(0x110000) if bounds.FORBIDDEN_RE.match(chr(c)))


def test_valid_voters_take_the_fast_path() -> None:
    days = Days(TODAY, dt.date(2027, 1, 10))
    assert all(row_problems(v, days) == [] for v in VALID)
    assert all(row_ok(v, FastRules.of(days)) for v in VALID)
