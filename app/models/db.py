"""Opening the SQLCipher stores, their pragmas, self-check and migrations.

Every store is an SQLCipher 4 database opened with a random 256-bit raw key (no
per-open KDF), `temp_store=MEMORY` and WAL. `cipher_memory_security` stays at SQLCipher's default,
off (DESIGN.md "Keys and the encrypted store", updated for issue 14: memory is protected by no core
dumps and by the window dropping its views on lock). Schema versions live in `PRAGMA user_version`.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

import sqlcipher3

from app.errors import AppError, Defect, Part, Reason, os_failure

# sqlcipher3's connection has the API of the standard library's; typed as that one.
Connection = sqlite3.Connection
KEY_BYTES = 32
DatabaseError = sqlcipher3.DatabaseError
# How long a write waits for another process's write transaction before `store-in-use`
# (a claim, a login event or an export takes well under a second; an update import a few).
BUSY_TIMEOUT_MS = 10_000
# SQLite's primary result codes (sqlite3.h) that are not bugs but the environment.
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB, _PERM = 5, 6, 8, 10, 11, 13, 14, 26, 3
_REASON_OF_CODE = {
    _BUSY: Reason.STORE_IN_USE,
    _LOCKED: Reason.STORE_IN_USE,
    _FULL: Reason.DISK_FULL,
    _IOERR: Reason.DISK_FULL,
    _READONLY: Reason.NOT_WRITABLE,
    _CANTOPEN: Reason.NOT_WRITABLE,
    _PERM: Reason.NOT_WRITABLE,
    _CORRUPT: Reason.STORE_DAMAGED,
    _NOTADB: Reason.STORE_DAMAGED,
}
_FOLDER_REASONS = (Reason.DISK_FULL, Reason.NOT_WRITABLE)  # what to free or fix is the directory
_CODE_OF_TEXT = {
    "database is locked": _BUSY,
    "is locked": _LOCKED,
    "database or disk is full": _FULL,
    "readonly database": _READONLY,
    "unable to open database": _CANTOPEN,
    "disk i/o error": _IOERR,
    "file is not a database": _NOTADB,
    "malformed": _CORRUPT,
}


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    apply: Callable[[Connection], None]
    rebuilds: bool = False  # rebuilds a table others refer to: foreign keys off, checked before commit


def sql_migration(version: int, description: str, script: str, *, rebuilds: bool = False) -> Migration:
    def apply(conn: Connection) -> None:
        for statement in script.split(";\n"):
            if statement.strip():
                conn.execute(statement)

    return Migration(version, description, apply, rebuilds)


def engine_versions() -> tuple[str, str]:
    """(SQLCipher's version, its SQLite's version), asked of the library itself (`--version`)."""
    conn = sqlcipher3.connect(":memory:")
    try:
        return str(conn.execute("PRAGMA cipher_version").fetchone()[0]), sqlcipher3.sqlite_version
    finally:
        conn.close()


def new_key() -> bytes:
    return os.urandom(KEY_BYTES)


def busy_timeout_s() -> float:
    """Seconds a statement waits for another connection's lock (PEC_DESK_BUSY_MS overrides it)."""
    given = os.environ.get("PEC_DESK_BUSY_MS", "")
    return (int(given) if given.isdigit() else BUSY_TIMEOUT_MS) / 1000


def open_store(path: Path, key: bytes, *, create: bool = False, wrong_key: Reason = Reason.STORE_DAMAGED) -> Connection:
    """Open (or create) an encrypted store; a wrong key or a plain file is refused (`wrong_key`:
    the code of a key that does not open a whole, well-formed file, e.g. a replaced device secret)."""
    if len(key) != KEY_BYTES:
        raise ValueError("store keys are 32 bytes")
    if not create and not path.is_file():
        raise AppError(Reason.NO_PRECINCT, path=str(path))
    if create and not path.exists():
        # SQLite gives the -wal and -shm files the permissions of the database file.
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except OSError as exc:
            raise os_failure(exc) from exc
    conn: Connection = sqlcipher3.connect(
        str(path), isolation_level=None, check_same_thread=False, timeout=busy_timeout_s()
    )
    try:
        _configure(conn, key)
    except DatabaseError as exc:
        conn.close()
        raise _open_failure(exc, path, wrong_key) from exc
    return conn


def _open_failure(exc: BaseException, path: Path, wrong_key: Reason) -> AppError:
    """A key that does not decrypt page 1 of a file made of whole pages is a wrong key; a cut or
    empty file is damage (SQLCipher cannot tell the two apart by itself)."""
    if _primary_code(exc) == _NOTADB and wrong_key is not Reason.STORE_DAMAGED and _whole_pages(path):
        return AppError(wrong_key, path=str(path.parent), name=path.name)
    return store_failure(exc, path) or AppError(Reason.STORE_DAMAGED, path=str(path), **_driver_defect(exc))


def _whole_pages(path: Path) -> bool:
    try:
        size = path.stat().st_size
    except OSError:
        return False
    return size > 0 and size % 4096 == 0


def store_failure(exc: BaseException, path: Path | str | None = None) -> AppError | None:
    """The reason code of a driver error caused by the environment, not by a bug: a lock another
    process holds, a full disk, a read-only or forbidden file, a damaged file; None otherwise."""
    if not isinstance(exc, sqlite3.Error | sqlcipher3.Error):
        return None
    code = _primary_code(exc)
    where = str(path) if path else "-"
    folder = str(Path(path).parent) if path and not Path(path).is_dir() else where
    # SQLite hides the errno of an I/O error; a disk with (almost) no space left is the usual cause.
    if code == _IOERR and not _nearly_full(folder):
        return AppError(Reason.MEDIUM_ERROR, part=Part.FILE, path=where, **_driver_defect(exc))
    reason = None if code is None else _REASON_OF_CODE.get(code)
    if reason is None:
        return None
    return AppError(reason, path=folder if reason in _FOLDER_REASONS else where, **_driver_defect(exc))


def _driver_defect(exc: BaseException) -> dict[str, object]:
    """What the driver says is wrong, as a `defect=` and its code name (SQLITE_CORRUPT ...)."""
    code = _primary_code(exc)
    name = getattr(exc, "sqlite_errorname", None) or type(exc).__name__
    defect = {_READONLY: Defect.READ_ONLY, _CANTOPEN: Defect.PERMISSION, _PERM: Defect.PERMISSION,
              _FULL: Defect.NO_SPACE, _IOERR: Defect.OS_ERROR}.get(code or 0, Defect.DAMAGED)  # fmt: skip
    return {"defect": defect, "code": str(name)}


def _nearly_full(folder: str) -> bool:
    try:
        stats = os.statvfs(folder)
    except (OSError, AttributeError):  # no such place, or no statvfs (Windows)
        return False
    return stats.f_bavail * stats.f_frsize < 1024 * 1024


def _primary_code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF
    text = str(exc).lower()
    return next((c for fragment, c in _CODE_OF_TEXT.items() if fragment in text), None)


def _configure(conn: Connection, key: bytes) -> None:
    # SQLCipher's own log (WARN to stderr by default) would print "hmac check failed" lines to the
    # user; every failure reaches the caller as an exception and becomes a reason code instead.
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("PRAGMA temp_store = MEMORY")
    # The first read decrypts page 1: a wrong key or a plaintext file fails here.
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.execute("PRAGMA journal_mode = WAL").fetchone()
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")  # deleted records are overwritten, not left in free pages
    # Up to 256 MiB of decrypted pages (grows only as pages are read: a precinct of a few
    # thousand voters stays at a few MiB; a 1,000,000-voter list keeps its indexes hot).
    conn.execute("PRAGMA cache_size = -262144")


def hold_exclusive(path: Path, key: bytes) -> Connection | None:
    """An exclusive lock on the store, held by the returned connection until it is closed
    (R-SEC-10: a restore holds it from its check to its swap, so no window opens the old store in
    between). `store-in-use` when another connection (another process: a running window) has the
    store open; None when there is no store or it does not open (in no one's use)."""
    if not path.is_file():
        return None
    conn: Connection = sqlcipher3.connect(str(path), isolation_level=None, timeout=0.5, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("PRAGMA locking_mode = EXCLUSIVE").fetchone()
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("ROLLBACK")  # in EXCLUSIVE locking mode the file lock stays until close
    except sqlcipher3.OperationalError as exc:
        conn.close()
        if "locked" in str(exc) or "busy" in str(exc):
            raise AppError(Reason.STORE_IN_USE, path=str(path)) from exc
        return None
    except DatabaseError:
        conn.close()
        return None
    return conn


def remove_db(path: Path) -> None:
    """Deletes a database file and its WAL, SHM and journal (a staging copy or a temporary one)."""
    for extra in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{extra}").unlink()


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """One atomic unit of work (BEGIN IMMEDIATE ... COMMIT, ROLLBACK on error). BEGIN IMMEDIATE takes
    the write lock of every attached store at once: writers of other processes wait for it (the busy
    timeout), and one that waits in vain is refused as `store-in-use`, nothing changed; a full disk is
    `disk-full`, etc."""
    try:
        conn.execute("BEGIN IMMEDIATE")
    except DatabaseError as exc:
        _raise_mapped(exc, conn)
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException as exc:
        if conn.in_transaction:  # SQLite itself rolls back after some errors (a full disk)
            with contextlib.suppress(DatabaseError):
                conn.execute("ROLLBACK")
        if isinstance(exc, DatabaseError):
            _raise_mapped(exc, conn)
        raise


def _raise_mapped(exc: BaseException, conn: Connection) -> NoReturn:
    mapped = store_failure(exc, _main_file(conn))
    if mapped is None:
        raise exc
    raise mapped from exc


def _main_file(conn: Connection) -> str | None:
    with contextlib.suppress(DatabaseError):
        for _seq, name, file in conn.execute("PRAGMA database_list"):
            if name == "main" and file:
                return str(file)
    return None


def attach(conn: Connection, name: str, path: Path, key: bytes) -> None:
    """Attaches the encrypted store at `path` (raw `key`) to `conn` as `name`."""
    conn.execute(f"ATTACH DATABASE ? AS {name} KEY \"x'{key.hex()}'\"", (str(path),))


def detach(conn: Connection, name: str) -> None:
    conn.execute(f"DETACH DATABASE {name}")


def export_copy(conn: Connection, name: str) -> None:
    """The main store copied whole into the attached (empty) store `name`, with its schema version."""
    conn.execute(f"SELECT sqlcipher_export('{name}')").fetchone()
    conn.execute(f"PRAGMA {name}.user_version = {schema_version(conn)}")


def quick_check(conn: Connection) -> list[str]:
    """The problems SQLite's quick check finds (none: an empty list)."""
    return [str(r[0]) for r in conn.execute("PRAGMA quick_check") if str(r[0]) != "ok"]


def schema_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: Connection, migrations: Sequence[Migration], target: int | None = None) -> int:
    """Bring the schema up to `target` (default: the newest), one transaction per step."""
    current = schema_version(conn)
    newest = migrations[-1].version
    if current > newest:
        raise AppError(Reason.STORE_DAMAGED, defect=Defect.NEWER_SCHEMA, version=current)
    for migration in migrations:
        if current < migration.version <= (target or newest):
            _apply(conn, migration)
            current = migration.version
    return current


def _apply(conn: Connection, migration: Migration) -> None:
    """One step in one transaction. A rebuild follows SQLite's procedure for changing a table:
    foreign keys off (they cannot be switched inside a transaction), checked before the commit."""
    enforced = migration.rebuilds and conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    if enforced:
        conn.execute("PRAGMA foreign_keys = OFF")
    try:
        with transaction(conn):
            migration.apply(conn)
            if migration.rebuilds and conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
                raise AppError(Reason.STORE_DAMAGED, defect=Defect.BROKEN_REFERENCE, version=migration.version)
            conn.execute(f"PRAGMA user_version = {migration.version}")
    finally:
        if enforced:
            conn.execute("PRAGMA foreign_keys = ON")


@dataclass(frozen=True)
class SelfCheck:
    cipher_version: str
    cipher_provider: str
    sqlite_version: str
    integrity_errors: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.cipher_version.startswith("4.") and not self.integrity_errors


def self_check(conn: Connection, *, integrity: bool = False) -> SelfCheck:
    """The startup check: SQLCipher 4 is really there; optionally every page's HMAC."""
    version = str(conn.execute("PRAGMA cipher_version").fetchone()[0])
    provider = str(conn.execute("PRAGMA cipher_provider").fetchone()[0])
    errors: tuple[str, ...] = ()
    if integrity:
        errors = tuple(str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check"))
    return SelfCheck(version, provider, sqlcipher3.sqlite_version, errors)
