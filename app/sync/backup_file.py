"""The backup file: an SQLCipher snapshot of the precinct store inside an authenticated wrapper.

Layout (R-SEC-10; decisions in docs/decisions.md, "Backup, restore, destruction"):

    MAGIC (16 bytes) | header length (4 bytes, big-endian) | header (canonical JSON) | chunks

The snapshot is itself an SQLCipher 4 database under the precinct's store key. The chunks wrap it
once more with AES-256-GCM (`app.sync.chunks`, the envelopes' STREAM construction) under a key
derived per file with HKDF-SHA256 from the store key and a random salt; every chunk's AAD binds the
SHA-256 of MAGIC + length + header, so a changed header, a changed, missing, repeated or reordered
chunk, a cut at any byte, or bytes after the end, are all refused. The header holds no personal
data: ids, counts, times, hashes, the salt, a key id and the central recovery slot (already public
in `keyslots.json`). User key slots are *not* in the file: a backup opens only where the slots of
this precinct still exist (this device) or with the central recovery key, and destroying the
slots destroys every backup's readability on the device too.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
import os
import struct
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.errors import AppError, Defect, Part, Reason
from app.sync.chunks import chunk_count, open_chunks, seal_chunk

MAGIC = b"PEC-DESK-BACKUP\x01"
FORMAT = "pec-desk-backup"
VERSION = 1
CHUNK_SIZE = 1 << 20
MAX_HEADER = 64 * 1024
_LENGTH = struct.Struct(">I")
_KEY_INFO = b"pec-desk/backup/v1\0"
_KEY_ID_INFO = b"pec-desk/backup/key-id/v1\0"
_FIELDS: dict[str, type | tuple[type, ...]] = {
    "format": str, "version": int, "precinct": str, "election_id": str, "device_id": str, "created_at": str,
    "schema": int, "payload_size": int, "chunk_size": int, "salt": str, "key_id": str, "snapshot_sha256": str,
    "central_seq": int, "batch_seq": int, "audit_seq": int, "recovery": (dict, type(None)),
}  # fmt: skip


def invalid(defect: Defect | str, **params: Any) -> AppError:
    """`backup-invalid` with what is wrong (`defect`, a `part=` and verbatim values); a `str` is
    the old English detail that app/central still passes until its branch converts it."""
    if isinstance(defect, Defect):
        return AppError(Reason.BACKUP_INVALID, defect=defect, **params)
    return AppError(Reason.BACKUP_INVALID, detail=defect)


def key_id(store_key: bytes) -> str:
    """Names the store key without revealing it: backups of another store are told apart."""
    return hmac.new(store_key, _KEY_ID_INFO, "sha256").hexdigest()[:32]


def _file_key(store_key: bytes, salt: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=_KEY_INFO).derive(store_key)


@dataclass(frozen=True)
class BackupHeader:
    precinct: str
    election_id: str
    device_id: str
    created_at: str
    schema: int
    payload_size: int
    salt: str
    key_id: str
    snapshot_sha256: str
    central_seq: int
    batch_seq: int
    audit_seq: int
    recovery: dict[str, str] | None = None
    chunk_size: int = CHUNK_SIZE

    def to_bytes(self) -> bytes:
        data = {"format": FORMAT, "version": VERSION, **self.__dict__}
        return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")

    @classmethod
    def from_bytes(cls, raw: bytes) -> BackupHeader:
        """The header, every field checked for type, form and range (R-SEC-10, R-SEC-11): it is
        read before the chunks authenticate it, so nothing in it is used unchecked."""
        try:
            data: Any = json.loads(raw.decode("ascii"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise invalid(Defect.NOT_JSON, part=Part.HEADER) from exc
        if not isinstance(data, dict) or set(data) != set(_FIELDS):
            raise invalid(Defect.BAD_FIELDS, part=Part.HEADER)
        for name, kind in _FIELDS.items():
            if not isinstance(data[name], kind) or isinstance(data[name], bool):
                raise invalid(Defect.BAD_FIELD, part=Part.HEADER, key=name)
        if data.pop("format") != FORMAT or data.pop("version") != VERSION:
            raise invalid(Defect.BAD_VERSION, part=Part.BACKUP, version=str(data.get("version"))[:8])
        for name in data:
            if not _field_ok(name, data[name]):
                raise invalid(Defect.BAD_FIELD, part=Part.HEADER, key=name)
        return cls(**data)


_HEX = {"salt": 64, "snapshot_sha256": 64, "key_id": 32}
_INT_RANGE = {"schema": (0, 1_000_000), "payload_size": (0, 1 << 40), "chunk_size": (1, 16 * CHUNK_SIZE),
              "central_seq": (0, 1 << 62), "batch_seq": (0, 1 << 62), "audit_seq": (0, 1 << 62)}  # fmt: skip
_RECOVERY_KEYS = {"suite", "recipient", "sealed"}


def _is_hex(value: str, length: int) -> bool:
    return len(value) == length and all(c in "0123456789abcdef" for c in value)


def _field_ok(name: str, value: Any) -> bool:
    if name in _HEX:
        return _is_hex(value, _HEX[name])
    if name in _INT_RANGE:
        low, high = _INT_RANGE[name]
        return bool(low <= value <= high)
    checks: dict[str, Callable[[Any], bool]] = {
        "precinct": _text_ok, "election_id": _text_ok, "device_id": _uuid_ok, "created_at": _time_ok,
        "recovery": lambda slot: slot is None or _recovery_ok(slot),
    }  # fmt: skip
    return name in checks and checks[name](value)


def _text_ok(value: str) -> bool:
    return len(value) <= 100 and value.isprintable()


def _uuid_ok(value: str) -> bool:
    try:
        return str(uuid.UUID(value)) == value
    except ValueError:
        return False


def _time_ok(value: str) -> bool:
    try:
        return dt.datetime.fromisoformat(value).tzinfo is not None
    except ValueError:
        return False


def _recovery_ok(slot: dict[Any, Any]) -> bool:
    """The central recovery slot as `keyslots.json` writes it: three strings, a hex recipient, base64."""
    if set(slot) != _RECOVERY_KEYS or not all(isinstance(v, str) and len(v) <= 4096 for v in slot.values()):
        return False
    try:
        base64.b64decode(slot["sealed"], validate=True)
    except ValueError:
        return False
    return _is_hex(slot["recipient"], 64) and slot["suite"].isprintable()


def header_hash(header_bytes: bytes) -> bytes:
    return hashlib.sha256(MAGIC + _LENGTH.pack(len(header_bytes)) + header_bytes).digest()


def new_salt() -> str:
    return os.urandom(32).hex()


def write_backup(out: BinaryIO, header: BackupHeader, store_key: bytes, snapshot: Path) -> None:
    """Writes the whole file; `snapshot` is the SQLCipher file the header describes."""
    raw = header.to_bytes()
    out.write(MAGIC + _LENGTH.pack(len(raw)) + raw)
    aead = AESGCM(_file_key(store_key, bytes.fromhex(header.salt)))
    count = chunk_count(header.payload_size, header.chunk_size)
    bound = header_hash(raw)
    with snapshot.open("rb") as source:
        for index in range(count):
            out.write(seal_chunk(aead, bound, index, index == count - 1, source.read(header.chunk_size)))


def read_header(stream: BinaryIO) -> tuple[BackupHeader, bytes]:
    """The header and its bytes (the chunks' binding), read strictly."""
    if stream.read(len(MAGIC)) != MAGIC:
        raise invalid(Defect.WRONG_MAGIC, part=Part.BACKUP)
    length_raw = stream.read(_LENGTH.size)
    if len(length_raw) != _LENGTH.size:
        raise invalid(Defect.TRUNCATED, part=Part.HEADER)
    (length,) = _LENGTH.unpack(length_raw)
    if length > MAX_HEADER:
        raise invalid(Defect.OVER_LIMIT, part=Part.HEADER, limit=MAX_HEADER)
    raw = stream.read(length)
    if len(raw) != length:
        raise invalid(Defect.TRUNCATED, part=Part.HEADER)
    return BackupHeader.from_bytes(raw), raw


def open_payload(stream: BinaryIO, header: BackupHeader, raw: bytes, store_key: bytes) -> Iterator[bytes]:
    """The snapshot's bytes, each chunk authenticated first; the file must end after the last one."""
    key = _file_key(store_key, bytes.fromhex(header.salt))
    digest = hashlib.sha256()
    try:
        for plain in open_chunks(stream, key, header_hash(raw), header.payload_size, header.chunk_size):
            digest.update(plain)
            yield plain
    except AppError as exc:
        raise (
            invalid(**exc.params) if "defect" in exc.params else invalid(Defect.DAMAGED, code=exc.reason.value)
        ) from exc
    if stream.read(1):
        raise invalid(Defect.TRAILING_DATA, part=Part.BACKUP)
    if digest.hexdigest() != header.snapshot_sha256:
        raise invalid(Defect.HASH_MISMATCH, part=Part.SNAPSHOT)
