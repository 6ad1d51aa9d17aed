"""One running app per data dir (issue 12 point 7): a lock file in the data dir, held while it runs.

The composition root (`app.main.build_app`) takes it before anything else opens the data dir and
gives it to the `DeskFlow`, which lets it go at shutdown. The lock is the OS's own
(`app.security.filelock.exclusive`): one holder at a time, dropped by the OS when its holder dies,
so a crash leaves no stale lock. Two apps in one process (tests) on different data dirs hold
different files; a second app on the same data dir is refused with `AlreadyOpen`, as a second
process is.
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.errors import AppError
from app.security.filelock import exclusive

LOCK_NAME = "pec-desk-app.lock"


class AlreadyOpen(Exception):
    """Another PEC Desk holds the data dir."""


class InstanceLock:
    """The lock file of one data dir, held from `acquire()` to `release()`."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_NAME
        self._held = contextlib.ExitStack()

    def acquire(self) -> None:
        """Take the lock; `AlreadyOpen` when another app holds it. A data dir that cannot hold the
        file (missing, read-only) is not refused here: opening it says what is wrong."""
        try:
            self._held.enter_context(exclusive(self.path))
        except AppError as error:
            raise AlreadyOpen(str(self.path.parent)) from error
        except OSError as error:
            logging.getLogger(__name__).warning("no instance lock in %s: %s", self.path.parent, error.strerror)

    def release(self) -> None:
        self._held.close()


def already_open_text() -> str:
    """The message of a second start, in the language installed now."""
    return QCoreApplication.translate(
        "InstanceLock",
        "PEC Desk is already open on this computer for this data folder. Switch to its window (it may "
        "be locked or minimised) instead of starting it again.",
    )
