"""One error family for the whole core: a stable reason code plus parameters.

The core raises `AppError` with a code from `Reason`; the CLI prints
``[code] explanation`` and the window shows the same explanation, both taken from
`app.messages` in the user's language. Scripts rely on the codes (CLI.md).
"""

from __future__ import annotations

import enum
import errno
import os
from typing import Any


class Reason(enum.StrEnum):
    # Contract codes from CLI.md.
    WRONG_PASSWORD = "wrong-password"
    THROTTLED = "throttled"
    ACCOUNT_LOCKED = "account-locked"
    PASSWORD_POLICY = "password-policy"
    PASSWORD_CHANGE_REQUIRED = "password-change-required"
    NOT_PERMITTED = "not-permitted"
    DEADLINE_PASSED = "deadline-passed"
    MALFORMED = "malformed"  # with `problems=` (app.models.fields.FieldProblem ...): field by field
    TOO_LARGE = "too-large"
    KEYRING_UNAVAILABLE = "keyring-unavailable"
    UNTRUSTED_SIGNER = "untrusted-signer"
    SIGNATURE_INVALID = "signature-invalid"
    WRONG_RECIPIENT = "wrong-recipient"
    REPLAYED = "replayed"
    SEQUENCE_GAP = "sequence-gap"
    EXPIRED = "expired"
    INFECTED = "infected"
    POLICY_VIOLATION = "policy-violation"
    UNREGISTERED_MEDIUM = "unregistered-medium"
    SCAN_UNAVAILABLE = "scan-unavailable"
    # Codes added by this project.
    KEYRING_LOCKED = "keyring-locked"
    DEVICE_SECRET_MISSING = "device-secret-missing"
    NO_PRECINCT = "no-precinct"
    DATA_DIR_IN_USE = "data-dir-in-use"
    STORE_DAMAGED = "store-damaged"
    UNKNOWN_USER = "unknown-user"
    ACCOUNT_DISABLED = "account-disabled"
    DUPLICATE = "duplicate"
    AUDIT_BROKEN = "audit-broken"
    SESSION_LOCKED = "session-locked"
    USAGE = "usage"
    NOT_YET_VALID = "not-yet-valid"
    NOT_SET_UP = "not-set-up"
    MEDIUM_ERROR = "medium-error"
    VOTER_BLOCKED = "voter-blocked"
    BACKUP_INVALID = "backup-invalid"
    BACKUP_MISMATCH = "backup-mismatch"
    BACKUP_OLDER = "backup-older"
    RETENTION_NOT_PASSED = "retention-not-passed"
    PRECINCT_DESTROYED = "precinct-destroyed"
    STORE_IN_USE = "store-in-use"
    UNSENT_DATA = "unsent-data"
    # Failures of the environment and last-resort codes (issue 10, point 5).
    DISK_FULL = "disk-full"
    NOT_WRITABLE = "not-writable"
    DEVICE_SECRET_MISMATCH = "device-secret-mismatch"
    INTERNAL_ERROR = "internal-error"
    FILE_EXISTS = "file-exists"
    RESERVED_LOGIN = "reserved-login"
    EMPTY_VOTER_LIST = "empty-voter-list"
    ROLLBACK_DETECTED = "rollback-detected"


# Refusals exit 1; environment and usage problems exit 2 (CLI.md).
ENVIRONMENT_REASONS = frozenset(
    {
        Reason.KEYRING_UNAVAILABLE,
        Reason.KEYRING_LOCKED,
        Reason.DEVICE_SECRET_MISSING,
        Reason.NO_PRECINCT,
        Reason.STORE_DAMAGED,
        Reason.SCAN_UNAVAILABLE,
        Reason.USAGE,
        Reason.MEDIUM_ERROR,
        Reason.STORE_IN_USE,
        Reason.DISK_FULL,
        Reason.NOT_WRITABLE,
        Reason.DEVICE_SECRET_MISMATCH,
        Reason.INTERNAL_ERROR,
        Reason.FILE_EXISTS,
    }
)


class AppError(Exception):
    """A refusal or failure with a stable reason code and message parameters."""

    def __init__(self, reason: Reason, **params: Any) -> None:
        super().__init__(f"[{reason.value}] {params}" if params else f"[{reason.value}]")
        self.reason = reason
        self.params = params

    @property
    def exit_code(self) -> int:
        return 2 if self.reason in ENVIRONMENT_REASONS else 1


def os_failure(exc: OSError, where: str | None = None) -> AppError:
    """The reason code of an operating-system failure (by errno): a full disk says which
    directory to free space in, a read-only or forbidden place says so, anything else is an
    unreadable or unwritable file. `where`: the path when the error does not name one."""
    path = str(exc.filename) if exc.filename is not None else (where or "-")
    detail = exc.strerror or type(exc).__name__
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return AppError(Reason.DISK_FULL, path=_folder(path))
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return AppError(Reason.NOT_WRITABLE, path=_folder(path), detail=detail)
    return AppError(Reason.MEDIUM_ERROR, detail=f"{path}: {detail}")


def _folder(path: str) -> str:
    """The directory of a file named in an error (the place to free or fix), or the path itself."""
    if path == "-" or os.path.isdir(path):
        return path
    return os.path.dirname(path) or path
