"""The voter CSV of CLI.md: strict parsing, refused whole with line numbers and reasons."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from app.models.controls import has_unsafe
from app.models.pin import pin_problems
from app.models.records import SPECIAL_CATEGORIES, VoterRow

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


@dataclass(frozen=True)
class RowError:
    line: int
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


class VoterCsvError(ValueError):
    def __init__(self, errors: list[RowError]) -> None:
        super().__init__("; ".join(str(e) for e in errors[:20]) + (" ..." if len(errors) > 20 else ""))
        self.errors = errors


def row_problems(values: dict[str, str]) -> list[str]:
    """Why one voter's fields (CSV or envelope record) are not acceptable; empty when they are."""
    problems = [f"{k} too long" for k, v in values.items() if len(v) > MAX_FIELD]
    for key in ("last_name", "first_name", "address", "precinct"):
        if not values[key].strip():
            problems.append(f"{key} empty")
    try:
        born = dt.date.fromisoformat(values["birth_date"])
        if born.year < 1900 or len(values["birth_date"]) != 10:
            problems.append("birth_date out of range")
    except ValueError:
        problems.append("birth_date not YYYY-MM-DD")
    if values["sex"] not in ("F", "M"):
        problems.append("sex not F or M")
    if values["special_category"] not in SPECIAL_CATEGORIES:
        problems.append("special_category unknown")
    pin = pin_problems(values["pin"], values["birth_date"], values["sex"] if values["sex"] in ("F", "M") else None)
    problems += [f"pin {p.value}" for p in pin]
    unsafe = [k for k, v in values.items() if has_unsafe(v)]
    if unsafe:  # terminal sequences and bidi marks (R-SEC-11 input control); the message never repeats them
        problems.append(f"control characters or bidi marks in {', '.join(unsafe)}")
    return problems


def read_voters_csv(path: Path) -> list[VoterRow]:
    """Every row, or VoterCsvError listing every bad line (nothing partial)."""
    if path.stat().st_size > MAX_BYTES:
        raise VoterCsvError([RowError(1, f"file too large (over {MAX_BYTES} bytes)")])
    decoded = decode_csv(path.read_bytes())
    if isinstance(decoded, RowError):
        raise VoterCsvError([decoded])
    return list(_parse(decoded))


def decode_csv(data: bytes) -> str | RowError:
    """The text of a UTF-8 CSV file (a byte-order mark is fine), or the error naming the line of
    the first byte that is not UTF-8 (R-DATA-7: every CSV error names its line)."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raw, at = bytes(exc.object), exc.start  # without the byte-order mark, if there was one
        column = at - raw.rfind(b"\n", 0, at)
        return RowError(raw.count(b"\n", 0, at) + 1, f"not UTF-8 (byte {raw[at]:#04x} at column {column})")


def _parse(text: str) -> Iterator[VoterRow]:
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    errors: list[RowError] = []
    rows: list[VoterRow] = []
    seen: dict[str, int] = {}
    try:
        header = next(reader, None)
        if header is None or tuple(h.strip() for h in header) != HEADER:
            raise VoterCsvError([RowError(1, "header must be " + ",".join(HEADER))])
        for fields in reader:
            line = reader.line_num
            if len(fields) != len(HEADER):
                errors.append(RowError(line, f"{len(fields)} fields, expected {len(HEADER)}"))
                continue
            values = {k: v.strip() for k, v in zip(HEADER, fields, strict=True)}
            problems = row_problems(values)
            if values["pin"] in seen:
                problems.append(f"pin repeats line {seen[values['pin']]}")
            seen.setdefault(values["pin"], line)
            errors += [RowError(line, p) for p in problems]
            rows.append(VoterRow(**values))
    except csv.Error as exc:
        errors.append(RowError(reader.line_num, f"CSV syntax: {exc}"))
    if errors:
        raise VoterCsvError(errors)
    yield from rows
