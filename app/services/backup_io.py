"""The files and checks of a backup and a restore: the hashing writer and reader, the owner-only
temporary file renamed in place, the snapshot's page check, and what the store being replaced knew."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from pathlib import Path
from typing import BinaryIO, cast

from app.errors import AppError, Defect, Part
from app.models.db import (
    Connection,
    DatabaseError,
    open_store,
    quick_check,
    remove_db,
    self_check,
)
from app.models.sync_state import CENTRAL_STREAM, BatchRepository, StreamRepository, TrustBundleRepository
from app.security.atomic import fsync_dir
from app.sync import backup_file
from app.sync.backup_file import BackupHeader, invalid


class HashingWriter:
    def __init__(self, target: BinaryIO) -> None:
        self._target = target
        self.digest = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes) -> int:
        self.digest.update(data)
        self.size += len(data)
        return self._target.write(data)


class HashingReader:
    def __init__(self, source: BinaryIO, digest: hashlib._Hash) -> None:
        self._source = source
        self._digest = digest

    def read(self, size: int = -1) -> bytes:
        data = self._source.read(size)
        self._digest.update(data)
        return data


def current_trust(path: Path, key: bytes) -> tuple[int, bytes] | None:
    """The trust bundle of the store about to be replaced, if that store still opens."""
    try:
        conn = open_store(path, key)
    except AppError:
        return None
    try:
        return TrustBundleRepository(conn).get()
    except DatabaseError:
        return None
    finally:
        conn.close()


def trust_serial(conn: Connection) -> int:
    return TrustBundleRepository(conn).serial()


def restored_seq(details: str) -> int | None:
    try:
        value = json.loads(details).get("backup_audit_seq")
    except (ValueError, AttributeError):
        return None
    return value if isinstance(value, int) else None


def check_pages(conn: Connection) -> None:
    check = self_check(conn, integrity=True)
    problems = list(check.integrity_errors)
    problems += quick_check(conn)
    if problems:
        raise invalid(Defect.DAMAGED, part=Part.SNAPSHOT, code="integrity_check")


def stream_positions(conn: Connection) -> tuple[int, int]:
    central = StreamRepository(conn).position(CENTRAL_STREAM)
    batch = BatchRepository(conn).last()
    return (central.last_seq if central else 0, batch.seq if batch else 0)


def write_file(out: Path, header: BackupHeader, key: bytes, snapshot: Path) -> HashingWriter:
    """The file written beside `out` and renamed in place; an OSError goes to the caller (audited)."""
    tmp = out.with_name(f".{out.name}.tmp-{os.getpid()}")
    try:
        with private_file(tmp).open("wb") as handle:
            writer = HashingWriter(handle)
            backup_file.write_backup(cast(BinaryIO, writer), header, key, snapshot)  # writes only
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, out)
        fsync_dir(out.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise
    return writer


def private_file(path: Path) -> Path:
    """An empty owner-only file at `path` (a leftover of a crashed run is replaced)."""
    remove_db(path)
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    return path
