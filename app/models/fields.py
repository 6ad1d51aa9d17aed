"""Field problems: the closed set of ways a field from outside can be wrong (issue 11, point 2).

A check never stops at the first problem: it returns every `FieldProblem` of a form, a voter
CSV row or a claim, each tied to its `Field`, and the caller raises them together as
`AppError(Reason.MALFORMED, problems=...)` (CLI.md's `[malformed]`, now field by field).
Parameters are typed values (a maximum length, the allowed values, a date), never sentences;
`app.messages` turns each problem into
words in ky/ru/en with what to do next, and the window marks each field.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from app.errors import AppError, Reason
from app.models.vocabulary import Field


class Problem(enum.StrEnum):
    REQUIRED = "required"  # empty
    TOO_LONG = "too-long"  # params: maximum (int)
    BAD_CHARACTERS = "bad-characters"  # letters a name or text may not hold
    NOT_A_DATE = "not-a-date"  # not a real YYYY-MM-DD date
    IN_FUTURE = "in-future"  # a birth date after today
    TOO_OLD = "too-old"  # a birth date before 1900
    UNDER_AGE = "under-age"  # params: age (int), on (date): younger than `age` on voting day
    NOT_ALLOWED = "not-allowed"  # params: allowed (tuple of vocabulary values)
    PIN_INVALID = "pin-invalid"  # params: why (a PIN problem code of app.models.pin)
    PIN_BIRTH_MISMATCH = "pin-birth-mismatch"  # the PIN's birth date differs from the field
    PIN_SEX_MISMATCH = "pin-sex-mismatch"  # the PIN's sex digit differs from the field
    DUPLICATE = "duplicate"  # params: line (int) of the first occurrence, when a file
    BAD_PHONE = "bad-phone"  # looks like a phone number but is not a Kyrgyz or international one
    NOTHING_REQUESTED = "nothing-requested"  # a correction claim that asks to change nothing
    NOT_CONFIRMED = "not-confirmed"  # a check the member must confirm (passport, identification)
    NOT_ON_LIST = "not-on-list"  # a claim about a listed voter names a PIN this list does not hold
    ON_LIST = "on-list"  # a claim about someone unlisted names a voter who is on the list
    NOT_FOR_TYPE = "not-for-type"  # params: type (str): the field belongs to another type of claim


Param = int | str | dt.date | tuple[str, ...]


@dataclass(frozen=True)
class FieldProblem:
    field: Field
    problem: Problem
    params: dict[str, Param] = dataclasses.field(default_factory=dict)

    def to_json(self) -> dict[str, object]:
        """The problem as `--json` and the exchange's findings give it (dates ISO, tuples lists)."""
        params = {k: v.isoformat() if isinstance(v, dt.date) else list(v) if isinstance(v, tuple) else v
                  for k, v in self.params.items()}  # fmt: skip
        return {"field": self.field.value, "problem": self.problem.value, "params": params}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> FieldProblem:
        """The problem as `to_json` wrote it (the `on` date typed again, lists as tuples)."""
        params: dict[str, Param] = {}
        for key, value in dict(data.get("params", {})).items():
            if isinstance(value, list):
                params[key] = tuple(str(v) for v in value)
            elif key == "on" and isinstance(value, str):
                params[key] = dt.date.fromisoformat(value)
            elif isinstance(value, int | str):
                params[key] = value
        return cls(Field(data["field"]), Problem(data["problem"]), params)


def problems_of(error: AppError) -> tuple[FieldProblem, ...]:
    """The field problems a refusal carries (none for any other refusal): what the window marks."""
    found = error.params.get("problems", ()) if error.reason is Reason.MALFORMED else ()
    return tuple(p for p in found if isinstance(p, FieldProblem))


def by_field(problems: Iterable[FieldProblem]) -> dict[Field, list[FieldProblem]]:
    """The problems grouped by their field, in the order they were found (one mark per field)."""
    grouped: dict[Field, list[FieldProblem]] = {}
    for problem in problems:
        grouped.setdefault(problem.field, []).append(problem)
    return grouped


def raise_problems(problems: Iterable[FieldProblem], **context: str | int) -> None:
    """Raise every problem at once (`context`: where, e.g. `line=3` of a file); nothing when none."""
    found = tuple(problems)
    if found:
        raise AppError(Reason.MALFORMED, problems=found, **context)
