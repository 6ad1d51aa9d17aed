"""A fast yes to a valid voter (the bulk import's check of a million records; issue 14).

`row_ok` says True only when `voter_csv.row_problems` would find no problem; any False sends the
row to `row_problems`, which alone words what is wrong. It applies the same rules as
`field_rules` with the work done once per envelope (`FastRules`: the day bounds of the birth
date as ISO text) and per field one precompiled test:
- the PIN `[12]` and 13 ASCII digits, its sex digit that of `sex`, its date digits those of the
  birth date (a real date of 1900 to today, so the PIN's own date is real and in range);
- the birth date an ISO date (the shape is checked although the PIN's digits and `fromisoformat`
  already pin it) whose text lies between 1900-01-01, today and the day 18 years
  before the age day (ISO text compares as the date: `age_on` >= 18 is exactly born <= that day);
- names, free texts and choices by the rules' own patterns and vocabularies.
tests/test_voter_fast.py holds it to `row_problems` on valid, generated and broken rows.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass

from app.models import bounds
from app.models.controls import UNSAFE_RE
from app.models.field_rules import FIRST_YEAR, LETTER_RE, NAME_RE, SENSE_RE, VOTING_AGE, Days
from app.models.vocabulary import Sex, SpecialCategory, values

_PIN = re.compile(r"[12][0-9]{13}")
_ISO = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_SEX_DIGIT = {"F": "1", "M": "2"}


@dataclass(frozen=True)
class FastRules:
    earliest: str  # ISO text of the first birth date allowed
    latest: str  # the last: today, or 18 years before the age day if earlier

    @classmethod
    def of(cls, days: Days) -> FastRules:
        day = days.age_day
        adult = f"{day.year - VOTING_AGE:04d}-{day.month:02d}-{day.day:02d}"
        return cls(f"{FIRST_YEAR:04d}-01-01", min(days.today.isoformat(), adult))


def row_ok(v: Mapping[str, str], rules: FastRules) -> bool:
    """True only if the voter's fields have no problem at all (else ask `row_problems`)."""
    born, pin, sex = v["birth_date"], v["pin"], v["sex"]
    return (
        rules.earliest <= born <= rules.latest
        and _ISO.fullmatch(born) is not None
        and _real(born)
        and _PIN.fullmatch(pin) is not None
        and sex in _SEXES
        and pin[0] == _SEX_DIGIT[sex]
        and pin[1:3] == born[8:10]
        and pin[3:5] == born[5:7]
        and pin[5:9] == born[0:4]
        and _name(v["last_name"])
        and _name(v["first_name"])
        and (not v["patronymic"] or _name(v["patronymic"]))
        and _text(v["address"], bounds.ADDRESS)
        and _text(v["precinct"], bounds.CODE)
        and v["special_category"] in _CATEGORIES
    )


def _real(iso: str) -> bool:
    try:
        dt.date.fromisoformat(iso)
    except ValueError:
        return False
    return True


def _name(value: str) -> bool:
    return (
        0 < len(value) <= bounds.NAME and NAME_RE.fullmatch(value) is not None and LETTER_RE.search(value) is not None
    )


def _text(value: str, limit: int) -> bool:
    return (
        0 < len(value) <= limit
        and UNSAFE_RE.search(value) is None  # (it holds every character bounds.FORBIDDEN_RE does)
        and SENSE_RE.search(value) is not None
    )


_SEXES = frozenset(values(Sex)) & set(_SEX_DIGIT)
_CATEGORIES = frozenset(values(SpecialCategory))
