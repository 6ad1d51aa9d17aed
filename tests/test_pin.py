"""The personal identification number, ПИН (R-DATA-1: 14 digits; the voter CSV of CLI.md).

Digit 1 is the sex (1 female, 2 male), digits 2-9 the birth date DDMMYYYY, digits 10-14 a serial.
A voter CSV with a bad PIN is refused whole (CLI.md), so every corruption must be caught and named.
"""

from __future__ import annotations

import datetime

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from app.models.pin import PinError, is_valid_pin, make_pin, pin_birth_date, pin_problems

sexes = st.sampled_from(["F", "M"])
dates = st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2100, 12, 31))
serials = st.integers(min_value=0, max_value=99_999)
OTHER_SEX = {"F": "M", "M": "F"}


def _date_in_pin(digits: str) -> datetime.date | None:
    """An independent reading of DDMMYYYY, the oracle for the corruption tests."""
    try:
        parsed = datetime.datetime.strptime(digits, "%d%m%Y").date()
    except ValueError:
        return None
    return parsed if 1900 <= parsed.year <= 2100 and f"{parsed:%d%m}{parsed.year:04d}" == digits else None


@settings(max_examples=150, deadline=None)
@given(sexes, dates, serials)
def test_made_pins_are_valid_with_their_own_date_and_sex(sex: str, born: datetime.date, serial: int) -> None:
    pin = make_pin(sex, born, serial)
    assert len(pin) == 14 and pin.isdigit()
    assert pin[0] == {"F": "1", "M": "2"}[sex]
    assert pin[9:] == f"{serial:05d}"
    assert pin_birth_date(pin) == born
    assert pin_problems(pin, born.isoformat(), sex) == []
    assert pin_problems(pin) == []
    assert is_valid_pin(pin, born.isoformat(), sex)


@settings(max_examples=200, deadline=None)
@given(sexes, dates, serials, st.integers(min_value=1, max_value=8), st.integers(min_value=1, max_value=9))
def test_changing_a_date_digit_is_caught(sex: str, born: datetime.date, serial: int, spot: int, shift: int) -> None:
    pin = make_pin(sex, born, serial)
    changed = pin[:spot] + str((int(pin[spot]) + shift) % 10) + pin[spot + 1 :]
    encoded = _date_in_pin(changed[1:9])
    expected = [PinError.BIRTH_DATE] if encoded is None else [PinError.BIRTH_DATE_MISMATCH]
    assert pin_problems(changed, born.isoformat(), sex) == expected
    assert pin_problems(changed) == ([PinError.BIRTH_DATE] if encoded is None else [])
    assert not is_valid_pin(changed, born.isoformat(), sex)


@settings(max_examples=100, deadline=None)
@given(sexes, dates, dates, serials)
def test_another_real_date_is_a_mismatch(sex: str, born: datetime.date, other: datetime.date, serial: int) -> None:
    assume(other != born)
    pin = make_pin(sex, other, serial)
    assert pin_problems(pin, born.isoformat(), sex) == [PinError.BIRTH_DATE_MISMATCH]
    assert pin_problems(pin, other.isoformat(), sex) == []


@pytest.mark.parametrize(
    "date_digits",
    [
        "32012000",
        "00012000",
        "01002000",
        "01132000",
        "29022001",
        "31042000",
        "30021996",
        "01011899",
        "01012101",
        "01010000",
    ],
)
def test_impossible_dates_are_caught(date_digits: str) -> None:
    pin = "1" + date_digits + "00001"
    assert pin_problems(pin) == [PinError.BIRTH_DATE]
    assert pin_birth_date(pin) is None


def test_leap_day_and_range_ends_are_accepted() -> None:
    assert pin_problems("12902200000001", "2000-02-29", "F") == []
    assert pin_problems("20101190000000", "1900-01-01", "M") == []
    assert pin_problems("23112210099999", "2100-12-31", "M") == []


@settings(max_examples=100, deadline=None)
@given(sexes, dates, serials, st.integers(min_value=0, max_value=20).filter(lambda n: n != 14))
def test_wrong_length_is_caught(sex: str, born: datetime.date, serial: int, length: int) -> None:
    pin = (make_pin(sex, born, serial) * 2)[:length]
    assert pin_problems(pin, born.isoformat(), sex) == [PinError.LENGTH]
    assert pin_birth_date(pin) is None


@settings(max_examples=100, deadline=None)
@given(sexes, dates, serials, st.integers(min_value=0, max_value=13), st.sampled_from(list("aZЖ -.٣１")))
def test_a_non_digit_is_caught(sex: str, born: datetime.date, serial: int, spot: int, char: str) -> None:
    pin = make_pin(sex, born, serial)
    changed = pin[:spot] + char + pin[spot + 1 :]
    assert pin_problems(changed, born.isoformat(), sex) == [PinError.NOT_DIGITS]


def test_short_text_gets_both_shape_problems() -> None:
    assert pin_problems("abc") == [PinError.LENGTH, PinError.NOT_DIGITS]
    assert pin_problems("") == [PinError.LENGTH]


@settings(max_examples=100, deadline=None)
@given(sexes, dates, serials, st.sampled_from("03456789"))
def test_a_wrong_sex_digit_is_caught(sex: str, born: datetime.date, serial: int, digit: str) -> None:
    changed = digit + make_pin(sex, born, serial)[1:]
    assert pin_problems(changed, born.isoformat(), sex) == [PinError.SEX_DIGIT]
    assert pin_problems(changed) == [PinError.SEX_DIGIT]


@settings(max_examples=100, deadline=None)
@given(sexes, dates, serials)
def test_the_other_sex_is_a_mismatch(sex: str, born: datetime.date, serial: int) -> None:
    pin = make_pin(sex, born, serial)
    assert pin_problems(pin, born.isoformat(), OTHER_SEX[sex]) == [PinError.SEX_MISMATCH]
    assert pin_problems(pin, born.isoformat(), "X") == [PinError.SEX_MISMATCH]
    assert not is_valid_pin(pin, sex=OTHER_SEX[sex])


def test_problems_add_up() -> None:
    pin = make_pin("F", datetime.date(1990, 5, 17), 42)
    assert pin == "11705199000042"
    assert pin_problems(pin, "1990-05-18", "M") == [PinError.BIRTH_DATE_MISMATCH, PinError.SEX_MISMATCH]
    assert pin_problems(pin, "17.05.1990") == [PinError.BIRTH_DATE_MISMATCH]
    assert pin_problems("3" + pin[1:3] + "13" + pin[5:]) == [PinError.SEX_DIGIT, PinError.BIRTH_DATE]


def test_error_codes_are_stable() -> None:
    assert [e.value for e in PinError] == [
        "length", "not-digits", "sex-digit", "birth-date", "birth-date-mismatch", "sex-mismatch"
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("sex", "born", "serial"),
    [
        ("X", datetime.date(1990, 1, 1), 1),
        ("f", datetime.date(1990, 1, 1), 1),
        ("F", datetime.date(1990, 1, 1), -1),
        ("F", datetime.date(1990, 1, 1), 100_000),
        ("M", datetime.date(1899, 12, 31), 1),
        ("M", datetime.date(2101, 1, 1), 1),
    ],
)
def test_make_pin_refuses_what_cannot_be_encoded(sex: str, born: datetime.date, serial: int) -> None:
    with pytest.raises(ValueError):
        make_pin(sex, born, serial)
