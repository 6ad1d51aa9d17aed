"""The rules of each kind of field from outside, in one place (issue 11, point 3).

A voter CSV row, a voter record of a package, the corrections a claim asks and the claims the
central side ingests are all held to these rules, so what one door lets in every other door takes:
- a name (surname, name, patronymic): letters of the Kyrgyz and Russian Cyrillic alphabets with
  hyphen, apostrophe and space, at least one letter, at most `bounds.NAME` characters;
- a free text (an address, an institution): no control, bidirectional or separator character, a
  letter or digit somewhere, at most its limit;
- a birth date: a real `YYYY-MM-DD` date (not `31.12.1990`, not `2099-13-45`), not before 1900,
  not after today, and 18 years old on voting day (the election's, or today without an election);
- sex and special category: one of the vocabulary's values;
- the PIN: 14 digits that parse (`app.models.pin`) and agree with the given birth date and sex.
Each rule returns every `FieldProblem` it sees; nothing here raises.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import dataclass

from app.models import bounds
from app.models.controls import has_unsafe
from app.models.fields import FieldProblem, Problem
from app.models.pin import PinError, pin_birth_date, pin_problems
from app.models.vocabulary import Field, Sex, values

VOTING_AGE = 18
FIRST_YEAR = 1900
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
NAME_RE = re.compile(r"[А-ЯЁҢӨҮа-яёңөү'’ʼ -]+")
LETTER_RE = re.compile(r"[А-ЯЁҢӨҮа-яёңөү]")
SENSE_RE = re.compile(r"\w")  # a free text holds at least one letter or digit
_PIN_SHAPE = (PinError.LENGTH, PinError.NOT_DIGITS, PinError.SEX_DIGIT, PinError.BIRTH_DATE)


@dataclass(frozen=True)
class Days:
    """The days a birth date is measured against: today (Bishkek) and the election's voting day."""

    today: dt.date
    voting_day: dt.date | None = None

    @property
    def age_day(self) -> dt.date:
        """The day a voter must be of age on: voting day, or today without an election."""
        return self.voting_day or self.today

    @classmethod
    def of(cls, today: dt.date, voting_day: str | dt.date | None) -> Days:
        """`voting_day` as stored (ISO text) or typed; a missing or broken one counts as none."""
        day = parse_date(voting_day) if isinstance(voting_day, str) else voting_day
        return cls(today, day)


def parse_date(text: str) -> dt.date | None:
    """A real calendar date written `YYYY-MM-DD`, or None (`31.12.1990`, `2099-13-45`, `1990-1-5`)."""
    if not _ISO_DATE.fullmatch(text):
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def age_on(born: dt.date, day: dt.date) -> int:
    """Full years of a person born on `born` on `day` (born 29 February: of age on 1 March)."""
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def text_problems(field: Field, value: str, limit: int, *, required: bool = False) -> list[FieldProblem]:
    """A free text: required when asked, no unsafe character, some letter or digit, within `limit`."""
    if not value:
        return [FieldProblem(field, Problem.REQUIRED)] if required else []
    problems = []
    if has_unsafe(value) or bounds.text_problem(value) is not None or not SENSE_RE.search(value):
        problems.append(FieldProblem(field, Problem.BAD_CHARACTERS))
    if len(value) > limit:
        problems.append(FieldProblem(field, Problem.TOO_LONG, {"maximum": limit}))
    return problems


def name_problems(field: Field, value: str, *, required: bool) -> list[FieldProblem]:
    """A surname, name or patronymic as in the passport (module docstring)."""
    if not value:
        return [FieldProblem(field, Problem.REQUIRED)] if required else []
    problems = []
    if not NAME_RE.fullmatch(value) or not LETTER_RE.search(value):
        problems.append(FieldProblem(field, Problem.BAD_CHARACTERS))
    if len(value) > bounds.NAME:
        problems.append(FieldProblem(field, Problem.TOO_LONG, {"maximum": bounds.NAME}))
    return problems


def birth_date_problems(value: str, days: Days, *, required: bool = True) -> tuple[list[FieldProblem], dt.date | None]:
    """The problems of a birth date, and the date when it is a real one."""
    field = Field.BIRTH_DATE
    if not value:
        return ([FieldProblem(field, Problem.REQUIRED)] if required else []), None
    born = parse_date(value)
    if born is None:
        return [FieldProblem(field, Problem.NOT_A_DATE)], None
    if born.year < FIRST_YEAR:
        return [FieldProblem(field, Problem.TOO_OLD)], born
    if born > days.today:
        return [FieldProblem(field, Problem.IN_FUTURE)], born
    if age_on(born, days.age_day) < VOTING_AGE:
        return [FieldProblem(field, Problem.UNDER_AGE, {"age": VOTING_AGE, "on": days.age_day})], born
    return [], born


def choice_problems(field: Field, value: str, kind: type[enum.StrEnum], *, required: bool) -> list[FieldProblem]:
    """A value of the vocabulary `kind` (sex, special category, claim type, contact check)."""
    if not value and required:
        return [FieldProblem(field, Problem.REQUIRED)]
    if value not in values(kind):
        return [FieldProblem(field, Problem.NOT_ALLOWED, {"allowed": tuple(v for v in values(kind) if v)})]
    return []


def pin_field_problems(pin: str, born: dt.date | None = None, sex: str | None = None) -> list[FieldProblem]:
    """The PIN's own problems (one `pin-invalid` naming the first), then its disagreements with a
    valid birth date (on the birth date) and sex (on the sex)."""
    if not pin:
        return [FieldProblem(Field.PIN, Problem.REQUIRED)]
    sex = sex if sex in values(Sex) else None
    found = pin_problems(pin, None, sex)
    shape = [p for p in found if p in _PIN_SHAPE]
    if shape:
        return [FieldProblem(Field.PIN, Problem.PIN_INVALID, {"why": shape[0].value})]
    problems = []
    if born is not None and pin_birth_date(pin) != born:
        problems.append(FieldProblem(Field.BIRTH_DATE, Problem.PIN_BIRTH_MISMATCH))
    if PinError.SEX_MISMATCH in found:
        problems.append(FieldProblem(Field.SEX, Problem.PIN_SEX_MISMATCH))
    return problems
