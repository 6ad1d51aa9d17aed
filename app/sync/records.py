"""Records: the plaintext payload is JSON lines, one typed object per line (docs/envelope.md).

Every line is one JSON object with a record type `"t"` and the fields its `RecordSchema` declares,
parsed strictly: duplicate keys, NaN/Infinity, floats, wrong types (a bool is not an int), unknown
types, unknown fields, missing required fields, over-long strings, NUL characters, lone surrogates
and over-long lines are refused, each naming the record's number (1-based). The envelope checks
only shape and size; what a value means (a valid PIN, a known role) is the importer's business.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from types import MappingProxyType
from typing import Any, NamedTuple

import msgspec

from app.errors import Defect, Part
from app.models import bounds
from app.sync.strict import MALFORMED, TOO_LARGE, StrictJsonError, canonical, loads_object, refusal

Value = str | int | bool
Record = dict[str, Value]
Problem = dict[str, Any]  # a refusal's `defect=` with its verbatim values (`app.errors`)

TYPE_KEY = "t"
INT_MIN, INT_MAX = -(2**63), 2**63 - 1
_TYPE_NAME = re.compile(r"[a-z][a-z0-9_-]{0,31}")
_FIELD_NAME = re.compile(r"[a-z][a-z0-9_]{0,63}")
_BAD_CHARS = re.compile("[\x00\ud800-\udfff]")
_VALUE_TYPES = (str, int, bool)


class Field(NamedTuple):
    """One field of a record type: its exact Python type, a length limit for strings, required."""

    type: type
    max_len: int | None = None
    required: bool = True


@dataclass(frozen=True)
class RecordSchema:
    """A record type: `fields` maps each field name to a `Field` or a `(type, max_len, required)` tuple."""

    type_name: str
    fields: Mapping[str, Field | tuple[type, int | None, bool]]
    _specs: Mapping[str, Field] = dataclass_field(init=False, repr=False, compare=False)
    _required: frozenset[str] = dataclass_field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not _TYPE_NAME.fullmatch(self.type_name):
            raise ValueError(f"bad record type name {self.type_name!r}")
        specs = MappingProxyType({name: _field(name, spec) for name, spec in self.fields.items()})
        object.__setattr__(self, "fields", specs)
        object.__setattr__(self, "_specs", specs)
        object.__setattr__(self, "_required", frozenset(n for n, f in specs.items() if f.required))
        # Plain (type, limit) pairs: this check runs for every record of every envelope (bench/sync.py).
        checks = {name: (f.type, f.max_len if f.max_len is not None else INT_MAX) for name, f in specs.items()}
        object.__setattr__(self, "_checks", checks)

    def problem(self, record: Mapping[str, object]) -> Problem | None:
        """Why `record` (which has this type in "t") does not fit, or None."""
        checks: dict[str, tuple[type, int]] = self._checks  # type: ignore[attr-defined]
        for name, value in record.items():
            check = checks.get(name)
            if check is None:
                if name == TYPE_KEY:
                    continue
                return {"defect": Defect.UNKNOWN_FIELD, "key": str(name)[:64]}
            kind, limit = check
            found = type(value)
            if found is not kind:
                return {"defect": Defect.WRONG_TYPE, "key": name}
            if found is str:
                if len(value) > limit:  # type: ignore[arg-type]
                    return {"defect": Defect.FIELD_TOO_LONG, "key": name, "limit": limit}
            elif found is int and not INT_MIN <= value <= INT_MAX:  # type: ignore[operator]
                return {"defect": Defect.OUT_OF_RANGE, "key": name}
        if not record.keys() >= self._required:
            return {"defect": Defect.MISSING_FIELD, "key": sorted(self._required - record.keys())[0]}
        return None


def _field(name: str, spec: Field | tuple[type, int | None, bool]) -> Field:
    field = Field(*spec)
    if name == TYPE_KEY or not _FIELD_NAME.fullmatch(name):
        raise ValueError(f"bad field name {name!r}")
    if field.type not in _VALUE_TYPES:
        raise ValueError(f"field {name!r}: type must be str, int or bool")
    if field.max_len is not None and (field.type is not str or field.max_len < 0):
        raise ValueError(f"field {name!r}: max_len applies to strings only")
    return field


class SchemaRegistry:
    """The record types an envelope may carry. Built per use (no global registry)."""

    def __init__(self, schemas: Iterable[RecordSchema] = ()) -> None:
        self._schemas: dict[str, RecordSchema] = {}
        for schema in schemas:
            self.register(schema)

    def register(self, schema: RecordSchema) -> None:
        if schema.type_name in self._schemas:
            raise ValueError(f"record type {schema.type_name!r} is already registered")
        self._schemas[schema.type_name] = schema

    def names(self) -> tuple[str, ...]:
        return tuple(sorted(self._schemas))

    def problem(self, record: Mapping[str, object]) -> Problem | None:
        """Why `record` is not a valid record of a registered type, or None."""
        kind = record.get(TYPE_KEY)
        if type(kind) is not str:
            return {"defect": Defect.NO_KIND}
        schema = self._schemas.get(kind)
        if schema is None:
            return {"defect": Defect.UNKNOWN_KIND, "kind": kind[:32]}
        return schema.problem(record)


def base_registry() -> SchemaRegistry:
    """A fresh registry with the common types: voter (the CLI.md voter CSV), account, meta."""
    text = (str, bounds.TEXT, True)
    voter = RecordSchema(
        "voter",
        {
            "pin": (str, bounds.PIN, True),
            "last_name": text,
            "first_name": text,
            "patronymic": text,
            "birth_date": (str, 10, True),
            "sex": (str, 1, True),
            "address": text,
            "precinct": (str, 32, True),
            "special_category": (str, 16, False),
        },
    )
    account = RecordSchema(
        "account",
        {
            "login": (str, bounds.LOGIN, True),
            "full_name": text,
            "role": (str, bounds.CODE, True),
            "password": (str, 128, False),
        },
    )
    meta = RecordSchema("meta", {"key": (str, 64, True), "value": (str, 4096, True)})
    return SchemaRegistry((voter, account, meta))


def _string_problem(record: Mapping[str, object]) -> Problem | None:
    for key, value in record.items():
        for text in (key, value):
            if isinstance(text, str) and _BAD_CHARS.search(text):
                return {"defect": Defect.BAD_CHARACTERS, "key": key[:64]}
    return None


def encode_record(record: Mapping[str, object], registry: SchemaRegistry, max_line: int, number: int) -> bytes:
    """The canonical line (with its newline) for a valid record; refuses what a reader would refuse."""
    problem = registry.problem(record)  # a key that is not a string is an unknown field
    try:
        line = canonical(record if type(record) is dict else dict(record)) if problem is None else b""
    except UnicodeEncodeError:
        problem = {"defect": Defect.BAD_CHARACTERS}
    if problem is None and b"\\u0000" in line:  # a NUL is escaped; the check is exact only here
        problem = _string_problem(record)
    if problem:
        raise refusal(MALFORMED, part=Part.RECORD, record=number, **problem)
    if len(line) > max_line:
        raise refusal(TOO_LARGE, Defect.OVER_LIMIT, part=Part.RECORD, record=number, limit=max_line)
    return line + b"\n"


_FAST = msgspec.json.Decoder()


def parse_line(line: bytes, number: int, registry: SchemaRegistry) -> Record:
    """One line (without its newline) as a record, or a refusal naming `number`."""
    if not (line.startswith(b"{") and line.endswith(b"}")):
        raise refusal(MALFORMED, Defect.NOT_OBJECT, part=Part.RECORD, record=number)
    record = _fast(line, registry)
    return record if record is not None else _strict(line, number, registry)


def _fast(line: bytes, registry: SchemaRegistry) -> Record | None:
    """The record when msgspec's decoder reads it as the strict parser would, else None.

    msgspec accepts duplicate keys (the last wins), floats, integers of any size and `\\u0000`,
    which the format refuses. So its answer is taken only for a line
    - with no backslash: no escape, so no NUL or surrogate, and no quote inside a string;
    - with no tab, no carriage return and no space before a colon: every key's closing quote is
      then followed at once by its colon, so each key makes one `":` and only a string that
      begins with a colon makes another;
    - whose count of `":` equals the keys decoded: no key came twice;
    - whose record fits its schema: no float, no integer out of range, every type exact.
    Any other line, valid or not, goes to `_strict`, which alone words the refusals
    (tests/sync/test_records_fast.py)."""
    if b"\\" in line or b"\t" in line or b"\r" in line or b" :" in line:
        return None
    try:
        record = _FAST.decode(line)
    except Exception:  # any doubt (even a RecursionError) is for the strict parser
        return None
    if type(record) is not dict or len(record) != line.count(b'":') or registry.problem(record) is not None:
        return None
    return record


def _strict(line: bytes, number: int, registry: SchemaRegistry) -> Record:
    try:
        record = loads_object(line)
    except StrictJsonError as exc:
        raise refusal(MALFORMED, exc.defect, part=Part.RECORD, record=number, **exc.params) from exc
    problem = registry.problem(record)
    if problem is None and b"\\u" in line:  # NUL and surrogates can only arrive escaped
        problem = _string_problem(record)
    if problem:
        raise refusal(MALFORMED, part=Part.RECORD, record=number, **problem)
    return record


def split_lines(chunks: Iterable[bytes], max_line: int) -> Iterator[bytes]:
    """Lines (without "\\n") from a byte stream cut anywhere; every line must end with "\\n".

    Memory: the current chunk, the current line and at most `max_line` bytes carried over."""
    pending, count = b"", 0
    for chunk in chunks:
        start = 0
        while (end := chunk.find(b"\n", start)) >= 0:
            line, pending = pending + chunk[start:end], b""
            count += 1
            if len(line) > max_line:
                raise refusal(TOO_LARGE, Defect.OVER_LIMIT, part=Part.RECORD, record=count, limit=max_line)
            yield line
            start = end + 1
        pending += chunk[start:]
        if len(pending) > max_line:
            raise refusal(TOO_LARGE, Defect.OVER_LIMIT, part=Part.RECORD, record=count + 1, limit=max_line)
    if pending:
        raise refusal(MALFORMED, Defect.TRUNCATED, part=Part.RECORD, record=count + 1)


def parse_records(chunks: Iterable[bytes], registry: SchemaRegistry, max_line: int) -> Iterator[Record]:
    """Records from plaintext chunks, streaming: memory holds one chunk and one line at a time."""
    for number, line in enumerate(split_lines(chunks, max_line), start=1):
        yield parse_line(line, number, registry)
