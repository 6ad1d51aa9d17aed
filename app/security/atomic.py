"""Atomic file writes with owner-only permissions set before any byte is written."""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path


def atomic_write_bytes(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Write to a temporary name in the same directory, fsync, then rename over `path`."""
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    fsync_dir(path.parent)


def fsync_dir(directory: Path) -> None:
    """Makes a rename in `directory` durable (POSIX; a no-op elsewhere)."""
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NEW_FILE_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0)


def reserve_new_file(path: Path, mode: int = 0o600, *, room: int = 0) -> None:
    """Claims the name `path` with an empty owner-only file; anything already there (a file, a
    device such as /dev/full, a link, even a dangling one) raises FileExistsError and is left
    untouched (O_CREAT|O_EXCL never writes through a link). With `room`, that many bytes are
    allocated first (POSIX), so a full disk is found before the caller commits to anything; the
    reservation is removed again when they are not there."""
    fd = os.open(path, _NEW_FILE_FLAGS, mode)
    try:
        if room and hasattr(os, "posix_fallocate"):
            os.posix_fallocate(fd, 0, room)
    except BaseException:
        os.close(fd)
        with contextlib.suppress(OSError):
            path.unlink()
        raise
    os.close(fd)


def fill_reserved(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Puts `data` into the name `reserve_new_file` claimed: written to a new private temporary file
    (O_EXCL, fsynced) and renamed over the reservation, so a crash leaves the empty reservation or
    the whole file, never a torn one. On failure the reservation is removed too."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(8)}.tmp")
    try:
        _release_room(path)
        with os.fdopen(os.open(tmp, _NEW_FILE_FLAGS, mode), "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        for leftover in (tmp, path):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise
    fsync_dir(path.parent)


def _release_room(path: Path) -> None:
    """The room `reserve_new_file` set aside, given back for the file written now (never through a link)."""
    fd = os.open(path, os.O_WRONLY | O_NOFOLLOW)
    try:
        os.ftruncate(fd, 0)
    finally:
        os.close(fd)


def write_new_file(path: Path, data: bytes, mode: int = 0o600) -> None:
    """A new file at `path` holding `data`, never replacing anything (FileExistsError if the name
    is taken): `reserve_new_file` then `fill_reserved` (R-SEC-10: owner-only from the first byte)."""
    reserve_new_file(path, mode)
    fill_reserved(path, data, mode)
