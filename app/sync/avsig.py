"""Antivirus signature databases carried inside central envelopes (R-SEC-6; issue 4).

The PEC is offline, so ClamAV's databases (.cvd .cld .cud, and the plain signature formats) come
from the central system inside the signed package or an update, as `avsig` records: one file cut
into parts of 36,000 bytes (base64 in the record), numbered, with the whole file's size and SHA-256
on every part. The importer writes the parts into a fresh incoming directory as they stream,
checks each file's size and hash at its last part, and only after the envelope was applied swaps
the incoming directory in for the installed one; anything refused leaves the installed
signatures as they were. Signature files are not personal data.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from app.errors import AppError, Defect, Part, Reason

PART_BYTES = 36_000
MAX_FILE = 1 << 30
SUFFIXES = frozenset(
    {".cvd", ".cld", ".hdb", ".hsb", ".hdu", ".hsu", ".mdb", ".msb", ".ndb", ".ndu", ".ldb", ".ldu",
     ".idb", ".cdb", ".crb", ".cat", ".cbc", ".pdb", ".gdb", ".wdb", ".ftm", ".fp", ".sfp", ".ign", ".ign2",
     ".info", ".yar", ".yara"}
)  # fmt: skip
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")


TEST_MARKER_FILE = "PEC-DESK-TEST-SIGNATURES"  # marks the project's test databases (app/security/scanner/clamav.py)


def valid_name(name: str) -> bool:
    known = Path(name).suffix.lower() in SUFFIXES or name == TEST_MARKER_FILE
    return bool(_NAME.fullmatch(name)) and known and ".." not in name


def signature_records(directory: Path) -> Iterator[dict[str, Any]]:
    """The `avsig` records of every signature database file directly in `directory`."""
    directory = Path(directory)
    if not directory.is_dir():
        raise AppError(Reason.USAGE, defect=Defect.NOT_A_DIRECTORY, part=Part.FILE, path=str(directory))
    files = sorted(p for p in directory.iterdir() if p.is_file() and not p.is_symlink() and valid_name(p.name))
    if not files:
        raise AppError(Reason.MALFORMED, defect=Defect.NO_SIGNATURE_FILES, path=str(directory))
    for path in files:
        size = path.stat().st_size
        if size > MAX_FILE:
            raise AppError(
                Reason.TOO_LARGE, defect=Defect.OVER_LIMIT, part=Part.SIGNATURE_FILE, name=path.name, limit=MAX_FILE
            )
        with path.open("rb") as stream:
            digest = hashlib.file_digest(stream, "sha256").hexdigest()
        parts = max(1, -(-size // PART_BYTES))
        with path.open("rb") as stream:
            for part in range(1, parts + 1):
                data = stream.read(PART_BYTES)
                yield {"t": "avsig", "name": path.name, "part": part, "parts": parts, "size": size,
                       "sha256": digest, "data": base64.b64encode(data).decode("ascii")}  # fmt: skip


class SignatureSink:
    """Reassembles `avsig` records; `target` None checks them only (a preview)."""

    def __init__(self, target: Path | None) -> None:
        self._target = target
        self._current: tuple[str, int, int, str] | None = None  # name, parts, size, sha256
        self._next_part = 1
        self._digest = hashlib.sha256()
        self._written = 0
        self._stream: BinaryIO | None = None
        self.files: list[str] = []
        if target is not None:
            shutil.rmtree(target, ignore_errors=True)
            target.mkdir(mode=0o700, parents=True)

    def feed(self, record: dict[str, Any]) -> None:
        name, part, parts, size, sha = (record["name"], record["part"], record["parts"], record["size"],
                                        record["sha256"])  # fmt: skip
        if self._current is None:
            if not valid_name(name) or name in self.files:
                raise AppError(
                    Reason.MALFORMED, defect=Defect.BAD_FIELD, part=Part.SIGNATURE_FILE, name=name[:64], key="name"
                )
            if part != 1 or not 1 <= parts <= MAX_FILE // PART_BYTES + 1 or not 0 <= size <= MAX_FILE:
                raise AppError(Reason.MALFORMED, defect=Defect.BAD_PARTS, part=Part.SIGNATURE_FILE, name=name)
            self._current = (name, parts, size, sha)
            self._next_part, self._digest, self._written = 1, hashlib.sha256(), 0
            if self._target is not None:
                fd = os.open(
                    self._target / name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600
                )
                self._stream = os.fdopen(fd, "wb")
        if (name, parts, size, sha) != self._current or part != self._next_part:
            raise AppError(Reason.MALFORMED, defect=Defect.BAD_PARTS, part=Part.SIGNATURE_FILE, name=name[:64])
        try:
            data = base64.b64decode(str(record["data"]), validate=True)
        except (binascii.Error, ValueError) as exc:
            raise AppError(Reason.MALFORMED, defect=Defect.NOT_BASE64, part=Part.SIGNATURE_FILE, name=name) from exc
        if len(data) > PART_BYTES or (part < parts and len(data) != PART_BYTES):
            raise AppError(Reason.MALFORMED, defect=Defect.BAD_PARTS, part=Part.SIGNATURE_FILE, name=name)
        self._digest.update(data)
        self._written += len(data)
        if self._stream is not None:
            self._stream.write(data)
        self._next_part += 1
        if part == parts:
            self._close_file()

    def _close_file(self) -> None:
        assert self._current is not None
        name, _parts, size, sha = self._current
        if self._stream is not None:
            self._stream.flush()
            os.fsync(self._stream.fileno())
            self._stream.close()
            self._stream = None
        if self._written != size or self._digest.hexdigest() != sha:
            raise AppError(Reason.SIGNATURE_INVALID, defect=Defect.HASH_MISMATCH, part=Part.SIGNATURE_FILE, name=name)
        self.files.append(name)
        self._current = None

    def finish(self) -> None:
        if self._current is not None:
            raise AppError(Reason.MALFORMED, defect=Defect.TRUNCATED, part=Part.SIGNATURE_FILE, name=self._current[0])

    def install(self, installed: Path) -> None:
        """Swap the reassembled files in for the installed ones."""
        assert self._target is not None
        old = installed.with_name(installed.name + ".old")
        shutil.rmtree(old, ignore_errors=True)
        if installed.exists():
            installed.rename(old)
        self._target.rename(installed)
        shutil.rmtree(old, ignore_errors=True)

    def discard(self) -> None:
        if self._stream is not None:
            self._stream.close()
            self._stream = None
        if self._target is not None:
            shutil.rmtree(self._target, ignore_errors=True)
