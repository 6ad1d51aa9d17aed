"""An advisory lock on a file in the data dir, held by one process at a time (never waited for).

Used where no store's write lock can serialise the work: the first package builds its store under
a staging name before the device store may take part (docs/decisions.md, "Crash-atomic writes")."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from app.errors import AppError, Reason

if sys.platform == "win32":  # pragma: no cover - Windows only
    import msvcrt
else:
    import fcntl


@contextlib.contextmanager
def exclusive(path: Path) -> Iterator[None]:
    """Holds the lock on `path` (created owner-only) for the block; `store-in-use` if another
    process holds it. The OS drops the lock when its holder dies, so a kill leaves no stale lock."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            _lock(fd)
        except OSError as exc:
            raise AppError(Reason.STORE_IN_USE, path=str(path.parent)) from exc
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock


def _lock(fd: int) -> None:
    if sys.platform == "win32":  # pragma: no cover - Windows only
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    else:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
