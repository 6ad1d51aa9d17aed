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
    # A production build (issue 13 point 4).
    PRODUCTION_BUILD = "production-build"  # `switch`: the test switch it refuses
    ROOT_NOT_PINNED = "root-not-pinned"  # `path`: the pinned root file; `defect`: what is wrong with it


class Defect(enum.StrEnum):
    """What is wrong with a file, a record, a request or a stored thing (issue 11, point 2).

    A refusal's `defect=` parameter; `part=` (a `Part`) says which thing, and the verbatim
    parameters (`VERBATIM`) say where and how much. `app.defect_messages` holds the words of
    every code in ky/ru/en; the message of the reason code shows them in place of `{detail}`."""

    # The file itself
    NOT_FOUND = "not-found"  # no such file, or not readable
    NOT_A_DIRECTORY = "not-a-directory"
    NOT_A_FILE = "not-a-file"  # a directory, a device, a pipe ...
    SYMLINK = "symlink"  # a symbolic link (never followed)
    NOT_PRIVATE = "not-private"  # a directory that is not this user's own
    NOT_ON_DRIVE = "not-on-drive"  # `name` is not among the files scanned on the drive
    NEW_FILE_NEEDED = "new-file-needed"  # a new file name in an existing folder
    OS_ERROR = "os-error"  # `code`: the errno name (EIO, ENOSPC ...)
    PERMISSION = "permission"  # the system refuses access
    NO_SPACE = "no-space"
    READ_ONLY = "read-only"
    # Size and shape
    OVER_LIMIT = "over-limit"  # `limit` bytes
    TOO_SHORT = "too-short"  # `size` bytes
    WRONG_MAGIC = "wrong-magic"  # not a PEC Desk file of this kind
    TRUNCATED = "truncated"  # ends early
    SIZE_MISMATCH = "size-mismatch"  # `size` bytes, `expected`
    COUNT_MISMATCH = "count-mismatch"  # `count` records, `expected`
    TRAILING_DATA = "trailing-data"
    CHANGED = "changed"  # the file changed while it was read
    # Strict JSON and records
    NOT_UTF8 = "not-utf8"  # at `offset`
    NOT_JSON = "not-json"
    NOT_OBJECT = "not-object"
    DUPLICATE_KEY = "duplicate-key"  # `key`
    NOT_INTEGER = "not-integer"  # a fraction, NaN/Infinity or a 20+ digit number
    NOT_CANONICAL = "not-canonical"
    UNKNOWN_FIELD = "unknown-field"  # `key`
    MISSING_FIELD = "missing-field"  # `key`
    WRONG_TYPE = "wrong-type"  # `key`
    FIELD_TOO_LONG = "field-too-long"  # `key`, `limit` characters
    OUT_OF_RANGE = "out-of-range"  # `key`
    BAD_FIELD = "bad-field"  # `key`
    BAD_FIELDS = "bad-fields"  # some of its fields
    BAD_CHARACTERS = "bad-characters"  # NUL, lone surrogates, text not valid in `encoding`
    NO_KIND = "no-kind"  # a record without its type
    UNKNOWN_KIND = "unknown-kind"  # `kind`
    KIND_NOT_HERE = "kind-not-here"  # a record or envelope of `kind` that does not belong here
    OUT_OF_ORDER = "out-of-order"  # `kind`
    BAD_VERSION = "bad-version"  # `version`
    BAD_TIME = "bad-time"
    NOT_BASE64 = "not-base64"
    BAD_PARTS = "bad-parts"  # parts numbered or sized wrongly
    # Integrity and origin
    HASH_MISMATCH = "hash-mismatch"
    BAD_SIGNATURE = "bad-signature"
    ALTERED = "altered"  # encryption or authentication fails
    OTHER_SIGNER = "other-signer"
    ROOT_KEY_MISUSED = "root-key-misused"  # the root signs trust bundles only
    NO_CENTRAL_KEYS = "no-central-keys"  # `name`: the trust file to put beside the envelope
    KEY_REVOKED = "key-revoked"  # `key`: its first hex digits
    KEY_NOT_CERTIFIED = "key-not-certified"  # `key`
    KEY_WRONG_USE = "key-wrong-use"  # `key`
    KEY_NOT_VALID = "key-not-valid"  # `key`, `at`
    NO_VALID_KEY = "no-valid-key"
    OTHER_RECIPIENT = "other-recipient"
    OTHER_PRECINCT = "other-precinct"  # `found`, `expected`
    OTHER_ELECTION = "other-election"  # `found`, `expected`
    OTHER_DEVICE = "other-device"  # `found`, `expected`
    OTHER_STORE = "other-store"
    UNKNOWN_EVENTS = "unknown-events"  # audit events this device does not have
    NEWER_SCHEMA = "newer-schema"  # `version`
    BROKEN_REFERENCE = "broken-reference"  # `version`
    DAMAGED = "damaged"  # optional `code`: the driver's error code
    UNSUPPORTED_CIPHER = "unsupported-cipher"  # `version`
    # Order in time
    ALREADY_APPLIED = "already-applied"  # `seq`, `last`
    MISSING_BEFORE = "missing-before"  # `seq`, `first`, `last`
    NOT_CONTINUING = "not-continuing"  # `seq`
    VALID_UNTIL = "valid-until"  # `until`, `now`
    CREATED_AT = "created-at"  # `created`, `now`
    AUDIT_ENDS_EARLY = "audit-ends-early"  # `found`, `seq`
    AUDIT_REPLACED = "audit-replaced"  # `seq`
    CLAIMS_BEHIND = "claims-behind"  # `prefix`, `found`, `expected`
    BATCHES_BEHIND = "batches-behind"  # `found`, `expected`
    NOT_BEHIND = "not-behind"
    OLDER_BACKUP = "older-backup"  # `at`, `count`
    # What a package, an update or a request says
    UNKNOWN_SETTING = "unknown-setting"  # `key`
    NOT_WHOLE_NUMBER = "not-whole-number"  # `key` or `value`
    NO_VOTING_DAY = "no-voting-day"  # `value`
    UNKNOWN_ROLE = "unknown-role"  # `login`
    SHORT_PASSWORD = "short-password"  # `login`, `minimum`
    BAD_LOGIN = "bad-login"  # `login`
    DUPLICATE_ACCOUNT = "duplicate-account"  # `login`
    NO_SYSADMIN = "no-sysadmin"
    BAD_DECISION = "bad-decision"
    BAD_VOTER = "bad-voter"  # `pin` (its first digits), `keys`
    UNKNOWN_VOTER = "unknown-voter"
    UNKNOWN_CLAIM = "unknown-claim"  # `claim`
    MISSING_RECORDS = "missing-records"  # `keys`
    BAD_PRECINCT_NUMBER = "bad-precinct-number"
    NO_SIGNATURE_FILES = "no-signature-files"  # `path`
    NOT_A_SCAN = "not-a-scan"  # `name`: not a PDF, JPEG or PNG
    SCAN_FINDING = "scan-finding"  # `path`, `rule`: a scanner rule (app.defect_messages.SCAN_RULES)
    VIRUS_FOUND = "virus-found"  # `path`, `virus`: the signature's name
    # What the user asked for
    NOT_ONE_OF = "not-one-of"  # `allowed`: vocabulary values
    NOTHING_SELECTED = "nothing-selected"
    REASON_REQUIRED = "reason-required"
    NAME_REQUIRED = "name-required"  # `limit` characters
    NOT_LOGGED_IN = "not-logged-in"
    SECOND_PERSON = "second-person"
    SELF_DISABLE = "self-disable"
    SELF_REVIEW = "self-review"
    REVIEW_INCOMPLETE = "review-incomplete"
    BAD_EVENT_NUMBER = "bad-event-number"
    CONFIRMATION_MISMATCH = "confirmation-mismatch"  # `number`
    NO_DEVICE_KEYS = "no-device-keys"
    NO_DECISION_YET = "no-decision-yet"  # `claim`
    NOT_DECIDED = "not-decided"  # `claim`, `status`
    NOT_DESTROYED = "not-destroyed"  # `claim`
    UNKNOWN_ATTACHMENT = "unknown-attachment"  # `number`
    NO_VOLUME_ID = "no-volume-id"
    ALREADY_REGISTERED = "already-registered"  # `label`
    UNKNOWN_MEDIUM = "unknown-medium"  # `number`
    ALL_ACKNOWLEDGED = "all-acknowledged"
    UNKNOWN_BATCH = "unknown-batch"  # `seq`, `written`
    ALREADY_ACKNOWLEDGED = "already-acknowledged"  # `seq`, `at`
    NO_KEPT_COPY = "no-kept-copy"  # `seq`
    PUT_BACK_FAILED = "put-back-failed"  # `path`, `code`
    BAD_RETENTION = "bad-retention"  # `value`, `days`
    ALREADY_EXISTS = "already-exists"
    # The central tool (pec-central)
    NO_CENTRAL_STORE = "no-central-store"  # `path`: no central keys there
    NO_RECOVERY_SLOT = "no-recovery-slot"
    OTHER_RECOVERY_KEY = "other-recovery-key"
    OTHER_CENTRAL_KEY = "other-central-key"
    PACKAGE_ISSUED = "package-issued"  # `precinct`
    NO_PACKAGE_YET = "no-package-yet"  # `precinct`
    OTHER_PRECINCT_VOTER = "other-precinct-voter"  # `pin` (first digits), `found`
    NO_ENROLLED_DEVICE = "no-enrolled-device"  # `precinct`
    DEVICE_ENROLLED = "device-enrolled"  # `precinct`
    OTHER_PRECINCT_CLAIM = "other-precinct-claim"  # `claim`
    ALREADY_DECIDED = "already-decided"  # `claim`
    BAD_HEADER = "bad-header"  # `expected`
    FIELD_COUNT = "field-count"  # `count`, `expected`
    BAD_FULL_NAME = "bad-full-name"  # `limit`
    BAD_ROLE = "bad-role"  # `allowed`
    BAD_CSV = "bad-csv"
    AUDIT_EVENT = "audit-event"  # `seq`, `audit` (an app.security.audit.Problem), `count`
    INTEGRITY_ERRORS = "integrity-errors"  # `count`
    ENGINE = "engine"  # `engine`: an app.security.scanner.types.EngineProblem, with its values


class Part(enum.StrEnum):
    """Which thing a `Defect` is in (a refusal's `part=`); its words may name a verbatim value."""

    FILE = "file"  # `path` or `name`
    ENVELOPE = "envelope"
    HEADER = "header"
    SIGNATURE = "signature"  # the signature block of a file
    RECORD = "record"  # `record`: its number
    CHUNK = "chunk"  # `chunk`: its number
    PAYLOAD = "payload"
    CONTENT_KEY = "content-key"
    RECIPIENT_KEY = "recipient-key"
    TRUST_BUNDLE = "trust-bundle"
    CERTIFICATE = "certificate"
    REVOCATION = "revocation"
    ROOT_KEY_FILE = "root-key-file"  # `name`
    ENROLLMENT_REQUEST = "enrollment-request"
    SIGNATURE_FILE = "signature-file"  # `name`: an antivirus database file
    PACKAGE = "package"
    ACCOUNT = "account"  # `login`
    SETTING = "setting"  # `key`
    CALENDAR = "calendar"
    BACKUP = "backup"
    SNAPSHOT = "snapshot"
    STORE = "store"  # the precinct store
    KEY_SLOTS = "key-slots"
    DEVICE_FILE = "device-file"  # `name`
    RESTORE_JOURNAL = "restore-journal"  # `name`
    BATCH = "batch"  # `seq`
    ATTACHMENT = "attachment"  # `name`
    VOLUMES_FILE = "volumes-file"  # `name`: the environment variable naming the volumes file
    USERS_FILE = "users-file"  # `name`
    USERS_LINE = "users-line"  # `name`, `line`
    ELECTION_FILE = "election-file"  # `name`


# Parameters that are data, not words: shown as they are (a path, a number, a login ...). Any
# other parameter is a `Defect`, a `Part`, a vocabulary value or a tuple of them, turned into
# words by `app.messages.explain`; a `detail=` sentence is the old form the test refuses.
VERBATIM = frozenset(
    {
        "path", "name", "file", "line", "record", "chunk", "key", "keys", "login", "claim", "claims",
        "batches", "count", "limit", "minimum", "size", "expected", "found", "seq", "last", "first",
        "number", "value", "days", "version", "device", "precinct", "election", "at", "until", "now",
        "created", "date", "kind", "backend", "label", "seconds", "offset", "encoding", "code",
        "prefix", "written", "virus", "pin", "token", "reply", "where", "hresult", "switch",
    }
)  # fmt: skip


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
        Reason.PRODUCTION_BUILD,
        Reason.ROOT_NOT_PINNED,
    }
)


class AppError(Exception):
    """A refusal or failure with a stable reason code and message parameters."""

    def __init__(self, reason: Reason, **params: Any) -> None:
        # For logs and tests: the code and the typed values (`key=value`), never a sentence.
        super().__init__(" ".join([f"[{reason.value}]", *(f"{k}={_plain(v)}" for k, v in params.items())]))
        self.reason = reason
        self.params = params

    @property
    def exit_code(self) -> int:
        return 2 if self.reason in ENVIRONMENT_REASONS else 1


def _plain(value: object) -> str:
    """A parameter as a log shows it: an enum by its code, a tuple by its items."""
    if isinstance(value, tuple | list):
        return ",".join(_plain(v) for v in value)
    return str(value.value) if isinstance(value, enum.Enum) else str(value)


def os_failure(exc: OSError, where: str | None = None) -> AppError:
    """The reason code of an operating-system failure (by errno): a full disk says which
    directory to free space in, a read-only or forbidden place says so, anything else is an
    unreadable or unwritable file. `where`: the path when the error does not name one."""
    path = str(exc.filename) if exc.filename is not None else (where or "-")
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return AppError(Reason.DISK_FULL, path=_folder(path))
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return AppError(Reason.NOT_WRITABLE, path=_folder(path), **os_defect(exc))
    return AppError(Reason.MEDIUM_ERROR, part=Part.FILE, path=path, **os_defect(exc))


def os_defect(exc: OSError) -> dict[str, Any]:
    """The `defect=` (and `code=`, the errno name) of an operating-system failure."""
    known = {errno.ENOENT: Defect.NOT_FOUND, errno.ENOTDIR: Defect.NOT_A_DIRECTORY, errno.EISDIR: Defect.NOT_A_FILE,
             errno.ELOOP: Defect.SYMLINK, errno.EACCES: Defect.PERMISSION, errno.EPERM: Defect.PERMISSION,
             errno.ENOSPC: Defect.NO_SPACE, errno.EDQUOT: Defect.NO_SPACE,
             errno.EROFS: Defect.READ_ONLY}  # fmt: skip
    defect = known.get(exc.errno or 0)
    if defect is not None:
        return {"defect": defect}
    return {"defect": Defect.OS_ERROR, "code": errno.errorcode.get(exc.errno or 0, type(exc).__name__)}


def _folder(path: str) -> str:
    """The directory of a file named in an error (the place to free or fix), or the path itself."""
    if path == "-" or os.path.isdir(path):
        return path
    return os.path.dirname(path) or path
