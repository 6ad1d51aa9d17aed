"""The voter CSV of CLI.md: strict parsing, refused whole with line numbers and reasons.

Each row is held to the rules of its fields (`app.models.field_rules`, the same as a claim's
corrections and a package's voter records): a valid PIN agreeing with the birth date and sex,
names in letters, a real birth date of someone 18 on voting day (`Days`: the election's voting
day, or today without one), sex and special category from the vocabulary, lengths. Every problem
of a line is reported, for the first `REPORTED_LINES` bad lines, with how many more there are;
`VoterCsvError.app_error` gives them as one `malformed` refusal (`lines=`, worded per line).
"""

from __future__ import annotations

import csv
import datetime as dt
import enum
import io
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from app.errors import AppError, Reason
from app.models import bounds
from app.models.calendar import local_date
from app.models.field_rules import (
    Days,
    birth_date_problems,
    choice_problems,
    name_problems,
    pin_field_problems,
    text_problems,
)
from app.models.fields import FieldProblem, Problem
from app.models.records import VoterRow
from app.models.vocabulary import Field, Sex, SpecialCategory

HEADER = (
    "pin",
    "last_name",
    "first_name",
    "patronymic",
    "birth_date",
    "sex",
    "address",
    "precinct",
    "special_category",
)
MAX_FIELD = 300
MAX_BYTES = 2 * 1024**3
REPORTED_LINES = 20  # the first bad lines are reported with every problem; the rest are counted


class FileProblem(enum.StrEnum):
    """A problem of the file itself rather than of one field (worded in `app.field_messages`)."""

    TOO_LARGE = "file-too-large"  # params: maximum (bytes)
    NOT_UTF8 = "not-utf8"  # params: column
    HEADER = "bad-header"  # params: header (the expected one)
    FIELD_COUNT = "field-count"  # params: count, expected
    SYNTAX = "csv-syntax"  # quoting that RFC 4180 does not allow


@dataclass(frozen=True)
class RowError:
    """What is wrong with one line: its field problems, or a problem of the file at that line."""

    line: int
    problems: tuple[FieldProblem, ...] = ()
    file_problem: FileProblem | None = None
    params: dict[str, int | str] = field(default_factory=dict)

    @property
    def reason(self) -> str:
        """In codes, for logs and tests: `not-utf8`, or `last_name:bad-characters; pin:duplicate`."""
        if self.file_problem is not None:
            return self.file_problem.value
        return "; ".join(f"{p.field.value}:{p.problem.value}" for p in self.problems)

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


class VoterCsvError(ValueError):
    """The bad lines of a voter CSV (the first `REPORTED_LINES`) and how many more there were."""

    def __init__(self, errors: list[RowError], more: int = 0) -> None:
        super().__init__("; ".join(str(e) for e in errors) + (f" (+{more} lines)" if more else ""))
        self.errors = errors
        self.more = more

    def app_error(self, file: str) -> AppError:
        """One `malformed` refusal naming the file, each reported line with its problems."""
        return AppError(Reason.MALFORMED, file=file, lines=tuple(self.errors), more=self.more,
                        problems=tuple(p for e in self.errors for p in e.problems))  # fmt: skip


def row_problems(values: Mapping[str, str], days: Days | None = None) -> list[FieldProblem]:
    """Every problem of one voter's fields (a CSV row or a package's voter record)."""
    days = days or today_only()
    dated, born = birth_date_problems(values["birth_date"], days)
    problems = pin_field_problems(values["pin"], born, values["sex"])
    problems += name_problems(Field.LAST_NAME, values["last_name"], required=True)
    problems += name_problems(Field.FIRST_NAME, values["first_name"], required=True)
    problems += name_problems(Field.PATRONYMIC, values["patronymic"], required=False)
    problems += dated
    problems += choice_problems(Field.SEX, values["sex"], Sex, required=True)
    problems += text_problems(Field.ADDRESS, values["address"], bounds.ADDRESS, required=True)
    problems += text_problems(Field.PRECINCT, values["precinct"], bounds.CODE, required=True)
    problems += choice_problems(Field.SPECIAL_CATEGORY, values["special_category"], SpecialCategory, required=False)
    return problems


def today_only() -> Days:
    """The days of a list read without an election: of age today (Bishkek)."""
    return Days(local_date(dt.datetime.now(dt.UTC)))


def read_voters_csv(path: Path, days: Days | None = None) -> list[VoterRow]:
    """Every row, or VoterCsvError listing the bad lines (nothing partial)."""
    if path.stat().st_size > MAX_BYTES:
        raise VoterCsvError([RowError(1, file_problem=FileProblem.TOO_LARGE, params={"maximum": MAX_BYTES})])
    decoded = decode_csv(path.read_bytes())
    if isinstance(decoded, RowError):
        raise VoterCsvError([decoded])
    return list(_parse(decoded, days or today_only()))


def decode_csv(data: bytes) -> str | RowError:
    """The text of a UTF-8 CSV file (a byte-order mark is fine), or the error naming the line of
    the first byte that is not UTF-8 (R-DATA-7: every CSV error names its line)."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raw, at = bytes(exc.object), exc.start  # without the byte-order mark, if there was one
        column = at - raw.rfind(b"\n", 0, at)
        return RowError(raw.count(b"\n", 0, at) + 1, file_problem=FileProblem.NOT_UTF8, params={"column": column})


class _Collector:
    """The bad lines: the first REPORTED_LINES kept whole, the others counted."""

    def __init__(self) -> None:
        self.errors: list[RowError] = []
        self.more = 0

    def add(self, error: RowError) -> None:
        if len(self.errors) < REPORTED_LINES:
            self.errors.append(error)
        else:
            self.more += 1

    def raise_if_any(self) -> None:
        if self.errors:
            raise VoterCsvError(self.errors, self.more)


def _parse(text: str, days: Days) -> Iterator[VoterRow]:
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    bad = _Collector()
    rows: list[VoterRow] = []
    seen: dict[str, int] = {}
    try:
        header = next(reader, None)
        if header is None or tuple(h.strip() for h in header) != HEADER:
            raise VoterCsvError([RowError(1, file_problem=FileProblem.HEADER, params={"header": ",".join(HEADER)})])
        for fields in reader:
            line = reader.line_num
            if len(fields) != len(HEADER):
                bad.add(RowError(line, file_problem=FileProblem.FIELD_COUNT,
                                 params={"count": len(fields), "expected": len(HEADER)}))  # fmt: skip
                continue
            values = {k: v.strip() for k, v in zip(HEADER, fields, strict=True)}
            problems = row_problems(values, days)
            if values["pin"] in seen:
                problems.append(FieldProblem(Field.PIN, Problem.DUPLICATE, {"line": seen[values["pin"]]}))
            seen.setdefault(values["pin"], line)
            if problems:
                bad.add(RowError(line, tuple(problems)))
            rows.append(VoterRow(**values))
    except csv.Error:
        bad.add(RowError(reader.line_num, file_problem=FileProblem.SYNTAX))
    bad.raise_if_any()
    yield from rows
