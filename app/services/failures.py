"""The last line of defence: whatever reached the top of a command or of the window becomes a
reason code with what to do, never a traceback (issue 10, point 5).

The core raises the right `AppError` itself where it knows better (a lock in `transaction`, a
replaced device secret in `open_store`); this maps the rest: the database driver's errors (a lock
still held, a full disk, a read-only file), OS errors by errno, text that cannot be encoded, and
anything else as `internal-error`. Nothing here writes the exception's values anywhere: only its
type goes into the message, because a traceback's values may hold a voter's data.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.errors import AppError, Defect, Reason, os_failure
from app.models.db import store_failure


def as_app_error(exc: BaseException, where: Path | None = None) -> AppError:
    """The reason code of any exception; `where` is the data dir when the error names no path."""
    if isinstance(exc, AppError):
        return exc
    mapped = store_failure(exc, where)
    if mapped is not None:
        return mapped
    if isinstance(exc, OSError):
        return os_failure(exc, None if where is None else str(where))
    if isinstance(exc, UnicodeError):
        return AppError(Reason.MALFORMED, defect=Defect.BAD_CHARACTERS, encoding=_encoding(exc))
    return internal_error(exc)


def internal_error(exc: BaseException) -> AppError:
    """A bug: its type and the local time to report, nothing of its values."""
    at = dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M:%S %z")
    return AppError(Reason.INTERNAL_ERROR, kind=type(exc).__name__, at=at)


def _encoding(exc: UnicodeError) -> str:
    """Which encoding failed, without the offending text itself."""
    if isinstance(exc, UnicodeEncodeError | UnicodeDecodeError):
        return exc.encoding
    return "unicode"
