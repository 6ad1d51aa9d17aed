"""The personal identification number (ПИН) of a Kyrgyz citizen (R-DATA-1).

Fourteen ASCII digits: digit 1 is the sex (1 = female, 2 = male), digits 2-9 the birth date
as DDMMYYYY (a real calendar date, year 1900..2100), digits 10-14 a serial number.
`pin_problems` names every problem it can see; a PIN that cannot be parsed (wrong length or
not digits) is not checked further.
"""

from __future__ import annotations

import datetime
import enum

PIN_LENGTH = 14
SERIAL_LIMIT = 100_000
MIN_YEAR, MAX_YEAR = 1900, 2100
_SEX_DIGITS = {"F": "1", "M": "2"}


class PinError(enum.StrEnum):
    LENGTH = "length"
    NOT_DIGITS = "not-digits"
    SEX_DIGIT = "sex-digit"
    BIRTH_DATE = "birth-date"
    BIRTH_DATE_MISMATCH = "birth-date-mismatch"
    SEX_MISMATCH = "sex-mismatch"


def pin_problems(pin: str, birth_date: str | None = None, sex: str | None = None) -> list[PinError]:
    """The problems of `pin`, and its disagreements with `birth_date` (YYYY-MM-DD) and `sex` (F/M)."""
    problems = _shape_problems(pin)
    if problems:
        return problems
    sex_digit_valid = pin[0] in _SEX_DIGITS.values()
    if not sex_digit_valid:
        problems.append(PinError.SEX_DIGIT)
    encoded = pin_birth_date(pin)
    if encoded is None:
        problems.append(PinError.BIRTH_DATE)
    elif birth_date is not None and encoded.isoformat() != birth_date:
        problems.append(PinError.BIRTH_DATE_MISMATCH)
    if sex is not None and sex_digit_valid and _SEX_DIGITS.get(sex) != pin[0]:
        problems.append(PinError.SEX_MISMATCH)
    return problems


def _shape_problems(pin: str) -> list[PinError]:
    problems = []
    if len(pin) != PIN_LENGTH:
        problems.append(PinError.LENGTH)
    if pin and not (pin.isascii() and pin.isdigit()):
        problems.append(PinError.NOT_DIGITS)
    return problems


def pin_birth_date(pin: str) -> datetime.date | None:
    """The birth date encoded in a 14-digit PIN, or None if it is not a date of 1900..2100."""
    if _shape_problems(pin):
        return None
    day, month, year = int(pin[1:3]), int(pin[3:5]), int(pin[5:9])
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def is_valid_pin(pin: str, birth_date: str | None = None, sex: str | None = None) -> bool:
    """True when `pin` has no problems and agrees with the given birth date and sex."""
    return not pin_problems(pin, birth_date, sex)


def make_pin(sex: str, birth_date: datetime.date, serial: int) -> str:
    """The PIN for `sex` (F/M), `birth_date` and a serial 0..99999."""
    if sex not in _SEX_DIGITS:
        raise ValueError(f"sex must be F or M, not {sex!r}")
    if not 0 <= serial < SERIAL_LIMIT:
        raise ValueError(f"serial must be 0..{SERIAL_LIMIT - 1}, not {serial}")
    if not MIN_YEAR <= birth_date.year <= MAX_YEAR:
        raise ValueError(f"birth year must be {MIN_YEAR}..{MAX_YEAR}, not {birth_date.year}")
    # One integer, as the sex digit is never 0: str() of it is several times faster than
    # formatting five fields, which matters when millions of voters are generated.
    head = (int(_SEX_DIGITS[sex]) * 100 + birth_date.day) * 100 + birth_date.month
    return str((head * 10_000 + birth_date.year) * SERIAL_LIMIT + serial)
