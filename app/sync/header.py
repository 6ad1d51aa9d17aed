"""The envelope header: its fields, their strict rules and the reader's limits (docs/envelope.md).

The header is canonical JSON (sorted keys, no spaces, ASCII by the field rules below, integers
only), so one header has exactly one byte string; any other spelling is refused.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from app.errors import Defect, Part
from app.sync.chunks import TAG_SIZE, chunk_count
from app.sync.strict import MALFORMED, TOO_LARGE, StrictJsonError, canonical, loads_object, refusal

MAGIC = b"PECENV1\n"
SIGNATURE_PREFIX = b"pec-desk/envelope-header/v1\0"
KEY_COMMIT_PREFIX = b"pec-desk/content-key/v1\0"
VERSION = 1
MAX_HEADER = 65536
SIGNATURE_SIZE = 64
ZERO_HASH = "0" * 64
MAX_SEQ = 2**53 - 1
TIME_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
DEFAULT_CHUNK_SIZE = 1 << 20

_HEX64 = re.compile(r"[0-9a-f]{64}")
_TEXT_RULES = MappingProxyType(
    {
        "kind": re.compile(r"[a-z][a-z0-9-]{0,31}"),
        "election": re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}"),
        "precinct": re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}"),
        "sender": _HEX64,
        "recipient": _HEX64,
        "suite": re.compile(r"x25519|mlkem768-x25519"),
        "prev": _HEX64,
        "created": re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z"),
        "expires": re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z"),
        "payload_sha256": _HEX64,
        "key_commit": _HEX64,
    }
)
_INT_FIELDS = ("v", "seq", "payload_size", "records", "chunk_size", "chunks")
FIELD_NAMES = frozenset(_TEXT_RULES) | frozenset(_INT_FIELDS)


@dataclass(frozen=True, slots=True)
class Limits:
    """What a reader accepts (and a writer produces). Sizes are in bytes."""

    max_file: int = 4 << 30
    max_header: int = MAX_HEADER
    max_line: int = 64 << 10
    min_chunk: int = 64
    max_chunk: int = 16 << 20

    def __post_init__(self) -> None:
        if not 0 < self.max_header <= MAX_HEADER:
            raise ValueError(f"max_header must be 1..{MAX_HEADER}")
        if not 0 < self.min_chunk <= self.max_chunk or self.max_line < 1 or self.max_file < 1:
            raise ValueError("limits must be positive and min_chunk <= max_chunk")


@dataclass(frozen=True, slots=True)
class HeaderFields:
    """The header fields the writer's caller decides; the writer adds keys, sizes and hashes."""

    kind: str
    election: str
    precinct: str
    seq: int
    prev: str
    created: dt.datetime
    expires: dt.datetime


@dataclass(frozen=True, slots=True)
class Header:
    """A parsed header with the bytes that travel with it: the signed JSON, signature, capsule."""

    v: int
    kind: str
    election: str
    precinct: str
    sender: str
    recipient: str
    suite: str
    seq: int
    prev: str
    created: str
    expires: str
    payload_sha256: str
    payload_size: int
    records: int
    chunk_size: int
    chunks: int
    key_commit: str
    raw: bytes = field(repr=False)
    signature: bytes = field(repr=False)
    capsule: bytes = field(repr=False)

    @property
    def hash(self) -> bytes:
        """SHA-256 of the header JSON: bound into the capsule and every chunk."""
        return hashlib.sha256(self.raw).digest()

    @property
    def created_at(self) -> dt.datetime:
        return parse_time(self.created)

    @property
    def expires_at(self) -> dt.datetime:
        return parse_time(self.expires)

    @property
    def payload_offset(self) -> int:
        return len(MAGIC) + 4 + len(self.raw) + 2 + len(self.signature) + 2 + len(self.capsule)

    @property
    def file_size(self) -> int:
        return self.payload_offset + self.chunks * (4 + TAG_SIZE) + self.payload_size


def stamp(moment: dt.datetime) -> str:
    """A header timestamp: UTC, whole seconds (fractions are dropped)."""
    if moment.tzinfo is None:
        raise ValueError("header times must be timezone-aware")
    return moment.astimezone(dt.UTC).strftime(TIME_FORMAT)


def parse_time(text: str) -> dt.datetime:
    return dt.datetime.strptime(text, TIME_FORMAT).replace(tzinfo=dt.UTC)


def key_commitment(content_key: bytes) -> str:
    return hashlib.sha256(KEY_COMMIT_PREFIX + content_key).hexdigest()


def header_dict(fields: HeaderFields, **computed: Any) -> dict[str, Any]:
    """All header fields: the caller's, formatted, plus the writer's `computed` ones."""
    times = {"created": stamp(fields.created), "expires": stamp(fields.expires)}
    chosen = {"kind": fields.kind, "election": fields.election, "precinct": fields.precinct}
    return {"v": VERSION, **chosen, "seq": fields.seq, "prev": fields.prev, **times, **computed}


def parse_header(raw: bytes, limits: Limits) -> dict[str, Any]:
    """The header's fields after every rule below, or a refusal (malformed / too-large)."""
    try:
        obj = loads_object(raw)
    except StrictJsonError as exc:
        raise refusal(MALFORMED, exc.defect, part=Part.HEADER, **exc.params) from exc
    _check_shape(obj)
    if canonical(obj) != raw:
        raise refusal(MALFORMED, Defect.NOT_CANONICAL, part=Part.HEADER)
    _check_values(obj, limits)
    return obj


def _check_shape(obj: dict[str, Any]) -> None:
    unknown, missing = sorted(obj.keys() - FIELD_NAMES), sorted(FIELD_NAMES - obj.keys())
    if unknown:
        raise refusal(MALFORMED, Defect.UNKNOWN_FIELD, part=Part.HEADER, key=str(unknown[0])[:64])
    if missing:
        raise refusal(MALFORMED, Defect.MISSING_FIELD, part=Part.HEADER, key=missing[0])
    for name, rule in _TEXT_RULES.items():
        if type(obj[name]) is not str or not rule.fullmatch(obj[name]):
            raise refusal(MALFORMED, Defect.BAD_FIELD, part=Part.HEADER, key=name)
    for name in _INT_FIELDS:
        if type(obj[name]) is not int or obj[name] < 0:
            raise refusal(MALFORMED, Defect.BAD_FIELD, part=Part.HEADER, key=name)


def _check_values(obj: dict[str, Any], limits: Limits) -> None:
    if obj["v"] != VERSION:
        raise refusal(MALFORMED, Defect.BAD_VERSION, part=Part.HEADER, version=obj["v"])
    if not 1 <= obj["seq"] <= MAX_SEQ or (obj["seq"] == 1) != (obj["prev"] == ZERO_HASH):
        raise refusal(MALFORMED, Defect.BAD_FIELD, part=Part.HEADER, key="seq")
    try:
        created, expires = parse_time(obj["created"]), parse_time(obj["expires"])
    except ValueError as exc:
        raise refusal(MALFORMED, Defect.BAD_TIME, part=Part.HEADER) from exc
    if expires <= created:
        raise refusal(MALFORMED, Defect.BAD_TIME, part=Part.HEADER)
    _check_sizes(obj, limits)


def _check_sizes(obj: dict[str, Any], limits: Limits) -> None:
    if obj["chunk_size"] > limits.max_chunk or obj["payload_size"] > limits.max_file:
        key = "chunk_size" if obj["chunk_size"] > limits.max_chunk else "payload_size"
        raise refusal(TOO_LARGE, Defect.OUT_OF_RANGE, part=Part.HEADER, key=key)
    if obj["chunk_size"] < limits.min_chunk:
        raise refusal(MALFORMED, Defect.OUT_OF_RANGE, part=Part.HEADER, key="chunk_size")
    if obj["chunks"] != chunk_count(obj["payload_size"], obj["chunk_size"]):
        raise refusal(MALFORMED, Defect.BAD_FIELD, part=Part.HEADER, key="chunks")


def make_header(obj: dict[str, Any], raw: bytes, signature: bytes, capsule: bytes) -> Header:
    return Header(**obj, raw=raw, signature=signature, capsule=capsule)
