"""Encrypted backup and restore of the precinct store (R-SEC-10, R-SEC-11, R-AUD-1).

`backup` writes a consistent SQLCipher snapshot of `precinct.db` (`sqlcipher_export` inside one
transaction, so the snapshot, the stream positions and the audit sequence it names are of the same
moment) wrapped in the authenticated file of `app.sync.backup_file`. To a removable drive only
when the drive is registered (`unregistered-medium` otherwise, as for export). Nothing plain is
written: the snapshot is encrypted under the store key before it reaches the disk.

`restore` needs this device (the keyring's device secret) and a user's key slot: the password
unwraps the store key (throttled and audited like a login), the backup is verified whole into a
staging file beside the store (every chunk's tag, the snapshot's hash, SQLCipher's page HMACs, the
precinct and election inside it) and the user's role is taken from the verified snapshot. Only then
is the current store moved aside, the snapshot moved in and opened; if it does not open the old
store is moved back. A backup older than what the audit chain shows was changed since it was made
is refused with `backup-older` unless `accept_older`. Decisions: docs/decisions.md.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, cast

from app.clock import iso
from app.errors import AppError, Defect, Part, Reason, os_defect, os_failure
from app.models.accounts import Account, AccountRepository, MetaRepository
from app.models.db import (
    Connection,
    DatabaseError,
    attach,
    detach,
    export_copy,
    hold_exclusive,
    open_store,
    remove_db,
    schema_version,
    transaction,
)
from app.models.positions import ReplacedStore, read_replaced
from app.models.schema import PRECINCT_MIGRATIONS
from app.models.sync_state import TrustBundleRepository
from app.models.vocabulary import Role
from app.security.atomic import fsync_dir
from app.security.audit import Actor, AuditAction
from app.security.filelock import exclusive
from app.security.permissions import Action, allowed
from app.security.session import Session
from app.services import restore_journal
from app.services.auth import AuthService
from app.services.backup_io import (
    HashingReader,
    check_pages,
    current_trust,
    private_file,
    restored_seq,
    stream_positions,
    trust_serial,
    write_file,
)
from app.services.guard import authorize
from app.services.high_water import EVENT_LIST_LIMIT, Resumed, resume_after_restore
from app.services.media import MediaService
from app.services.ports import BackupStore, RestoreStore
from app.services.restore_journal import STORE_FILES
from app.sync import backup_file
from app.sync.backup_file import BackupHeader, invalid
from app.sync.envelope import file_sha256

# Events after which a backup made before them no longer holds the precinct's data as it is.
CHANGES = frozenset(
    {
        AuditAction.VOTERS_LOADED, AuditAction.VOTER_CHANGED, AuditAction.VOTER_BLOCKED,
        AuditAction.VOTER_UNBLOCKED, AuditAction.VOTER_DELETED, AuditAction.IMPORT, AuditAction.EXPORT,
        AuditAction.CLAIM_FILED, AuditAction.CLAIM_DECIDED, AuditAction.CLAIM_INFORMED,
        AuditAction.ACCOUNT_CREATED, AuditAction.ACCOUNT_DISABLED, AuditAction.PASSWORD_RESET,
        AuditAction.MEDIA_REGISTERED, AuditAction.MEDIA_UNREGISTERED, AuditAction.ALERT_REVIEWED,
        AuditAction.TRUST_UPDATED, AuditAction.SIGNATURES_INSTALLED, AuditAction.BACKUP_RESTORED,
        AuditAction.PASSWORD_CHANGED,  # the old password and its "not the last 5" history would return
    }
)  # fmt: skip


@dataclass(frozen=True)
class BackupResult:
    path: Path
    sha256: str
    size: int
    created_at: str
    audit_seq: int
    medium_id: int | None

    def to_json(self) -> dict[str, object]:
        return {"file": str(self.path), "sha256": self.sha256, "size": self.size, "created_at": self.created_at,
                "audit_seq": self.audit_seq, "medium": self.medium_id}  # fmt: skip


@dataclass(frozen=True)
class RestoreResult:
    file_sha256: str
    created_at: str
    audit_seq: int
    lost_changes: int
    login: str
    trust_reapplied: int = 0  # the serial of the newer trust bundle carried over from the store replaced
    resumed: Resumed | None = None  # claim numbering and the outgoing stream resumed (app.services.high_water)

    def to_json(self, limit: int | None = None) -> dict[str, object]:
        return {"sha256": self.file_sha256, "created_at": self.created_at, "backup_audit_seq": self.audit_seq,
                "changes_lost": self.lost_changes, "restored_by": self.login,
                "trust_reapplied": self.trust_reapplied,
                **(self.resumed.to_json(limit) if self.resumed is not None else {})}  # fmt: skip


class BackupService:
    def __init__(self, ctx: BackupStore, media: MediaService) -> None:
        """`media` is required (R-SEC-8, R-SEC-10): a backup to a removable drive is written only
        when the drive is registered, with no way for a caller to skip the check by omission."""
        self._ctx = ctx
        self._media = media

    def backup(
        self, session: Session, out: Path, *, progress: Callable[[int, int], None] | None = None
    ) -> BackupResult:
        """`progress(step, 3)` after the snapshot, the written file and the audit event (the Backup page)."""
        ctx, step = self._ctx, progress or (lambda _done, _total: None)
        authorize(ctx, session, Action.BACKUP)
        if out.exists() or out.is_symlink() or not out.parent.is_dir():
            raise AppError(Reason.USAGE, defect=Defect.NEW_FILE_NEEDED, part=Part.FILE, path=str(out))
        medium_id = self._registered_medium(session, out)
        snapshot = ctx.paths.root / f".backup-{os.getpid()}.db"
        try:
            header = self._snapshot(private_file(snapshot))
            step(1, 3)
            written = write_file(out, header, ctx.store_key, snapshot)
            step(2, 3)
        except OSError as exc:
            with contextlib.suppress(OSError):
                out.unlink(missing_ok=True)  # renamed in place but not synced: no half-made backup stays
            # R-AUD-1: like an export, a drive pulled out, full or read-only is a failed, audited backup.
            ctx.audit.append(session.actor, AuditAction.BACKUP_CREATED, obj=out.name, outcome="failed",
                             details={"reason": Reason.MEDIUM_ERROR.value, "file": out.name,
                                      "medium": medium_id})  # fmt: skip
            raise AppError(Reason.MEDIUM_ERROR, part=Part.FILE, path=str(out), **os_defect(exc)) from exc
        finally:
            remove_db(snapshot)
        result = BackupResult(out, written.digest.hexdigest(), written.size, header.created_at, header.audit_seq,
                              medium_id)  # fmt: skip
        try:
            with transaction(ctx.precinct):
                ctx.audit.append(session.actor, AuditAction.BACKUP_CREATED, obj=out.name,
                                 details={**result.to_json(), "file": out.name})  # fmt: skip
                ctx.set_device_meta("last_backup", f"{header.created_at} {header.audit_seq}")
        except BaseException:
            out.unlink(missing_ok=True)  # an unaudited backup is not left behind
            raise
        step(3, 3)
        return result

    def _registered_medium(self, session: Session, out: Path) -> int | None:
        volume = self._media.volume_of(out.parent)
        if volume is None:  # not on a removable drive (the data folder's disk)
            return None
        return self._media.require_registered(session, volume, "backup").id

    def _snapshot(self, target: Path) -> BackupHeader:
        """The store copied under its own key in one transaction, with the header naming that moment."""
        ctx, conn = self._ctx, self._ctx.precinct
        attach(conn, "snap", target, ctx.store_key)
        try:
            with transaction(conn):
                export_copy(conn, "snap")
                positions = stream_positions(conn)
                audit_seq = ctx.audit.head()[0]
        finally:
            detach(conn, "snap")
        meta = MetaRepository(conn)
        return BackupHeader(
            precinct=meta.get("precinct", ""), election_id=meta.get("election_id", ""), device_id=ctx.device_id,
            created_at=iso(ctx.clock.now()), schema=schema_version(conn), payload_size=target.stat().st_size,
            salt=backup_file.new_salt(), key_id=backup_file.key_id(ctx.store_key),
            snapshot_sha256=file_sha256(target), central_seq=positions[0], batch_seq=positions[1], audit_seq=audit_seq,
            recovery=ctx.slots.recovery,
        )  # fmt: skip


class RestoreJob:
    """One restore: verify everything, then swap the store atomically, audited in the device chain."""

    def __init__(
        self, ctx: RestoreStore, login: str, *, accept_older: bool = False,
        progress: Callable[[int, int], None] | None = None,
    ) -> None:  # fmt: skip
        """`progress(step, 3)` after the file is read and verified, checked, and swapped in."""
        self._progress = progress or (lambda _done, _total: None)
        self._ctx = ctx
        self._login = login
        self._accept_older = accept_older

    def run(self, source: Path, password: str) -> RestoreResult:
        ctx = self._ctx
        if not source.is_file():
            raise AppError(Reason.USAGE, defect=Defect.NOT_FOUND, part=Part.FILE, path=str(source))
        key = AuthService(ctx).store_key(self._login, password)
        staged = ctx.paths.root / f".restore-{os.getpid()}.db"
        try:
            header, digest = self._stage(source, key, staged)
            self._progress(1, 3)
            account = self._check_staged(staged, key, header)
            self._progress(2, 3)
            lost = self._changes_since(header)
            trust = current_trust(ctx.paths.precinct_db, key)
            replaced = read_replaced(ctx.paths.precinct_db, key)  # its batches and claim numbers (R-SYN-2)
            lock = hold_exclusive(ctx.paths.precinct_db, key)  # store-in-use if a window has it open
            try:
                result = self._swap(staged, key, lock, lambda journal: self._record(
                    source, header, digest, account, lost, trust=trust, replaced=replaced, journal=journal
                ))  # fmt: skip
                self._progress(3, 3)
                return result
            finally:
                if lock is not None:
                    lock.close()
        except AppError as exc:
            if exc.reason not in (Reason.WRONG_PASSWORD, Reason.THROTTLED, Reason.ACCOUNT_LOCKED):
                ctx.audit.append(Actor("-", self._login, "", "", ctx.workstation), AuditAction.RESTORE_REFUSED,
                                 obj=source.name, outcome=exc.reason.value)  # fmt: skip
            raise
        finally:
            remove_db(staged)

    def _stage(self, source: Path, key: bytes, staged: Path) -> tuple[BackupHeader, str]:
        """Reads the file once, verifying as it goes, into a staging copy (no check-then-use gap)."""
        digest = hashlib.sha256()
        try:
            with source.open("rb") as raw, private_file(staged).open("wb") as out:
                stream = cast(BinaryIO, HashingReader(raw, digest))  # reads only
                header, header_raw = backup_file.read_header(stream)
                self._check_header(header, key)
                for chunk in backup_file.open_payload(stream, header, header_raw, key):
                    out.write(chunk)
        except OSError as exc:
            raise AppError(Reason.MEDIUM_ERROR, part=Part.FILE, path=str(source), **os_defect(exc)) from exc
        return header, digest.hexdigest()

    def _check_header(self, header: BackupHeader, key: bytes) -> None:
        ctx = self._ctx
        if header.device_id != ctx.device_id:
            raise AppError(Reason.BACKUP_MISMATCH, defect=Defect.OTHER_DEVICE, found=header.device_id[:8],
                           expected=ctx.device_id[:8])  # fmt: skip
        if header.key_id != backup_file.key_id(key):
            raise AppError(Reason.BACKUP_MISMATCH, defect=Defect.OTHER_STORE)
        if header.audit_seq > ctx.audit.head()[0]:
            raise AppError(Reason.BACKUP_MISMATCH, defect=Defect.UNKNOWN_EVENTS)

    def _check_staged(self, staged: Path, key: bytes, header: BackupHeader) -> Account:
        """The snapshot opens, every page's HMAC and the B-trees are sound, it is the precinct the
        header names, and the user may restore (an active account whose role allows it)."""
        try:
            conn = open_store(staged, key)
        except AppError as exc:
            raise invalid(Defect.DAMAGED, part=Part.SNAPSHOT, code=exc.reason.value) from exc
        try:
            check_pages(conn)
            if schema_version(conn) > PRECINCT_MIGRATIONS[-1].version:
                raise invalid(Defect.NEWER_SCHEMA, part=Part.SNAPSHOT, version=schema_version(conn))
            meta = MetaRepository(conn)
            if (meta.get("precinct", ""), meta.get("election_id", "")) != (header.precinct, header.election_id):
                raise invalid(Defect.OTHER_STORE, part=Part.SNAPSHOT)
            account = AccountRepository(conn).get(self._login)
        finally:
            conn.close()
        if account is None or account.status != "active":
            raise AppError(Reason.ACCOUNT_DISABLED, login=self._login)
        if account.must_change:
            raise AppError(Reason.PASSWORD_CHANGE_REQUIRED, login=self._login)
        if not allowed(Role(account.role), Action.RESTORE):
            raise AppError(Reason.NOT_PERMITTED, role=account.role, action=Action.RESTORE.value)
        return account

    def _changes_since(self, header: BackupHeader) -> int:
        lost = 0
        for event in self._ctx.audit.events(after=header.audit_seq):
            if event.action == AuditAction.BACKUP_RESTORED and restored_seq(event.details) == header.audit_seq:
                lost = 0  # this very backup was restored since: the data is as it was then
            elif event.action in CHANGES and event.outcome in ("ok", ""):
                lost += 1
        if lost and not self._accept_older:
            raise AppError(Reason.BACKUP_OLDER, defect=Defect.OLDER_BACKUP, at=header.created_at, count=lost)
        return lost

    def _swap(
        self, staged: Path, key: bytes, lock: Connection | None, record: Callable[[str], RestoreResult]
    ) -> RestoreResult:
        """Current store aside, snapshot in, opened and the restore recorded (R-SEC-10, R-AUD-1).
        A journal names the swap before anything moves, and its id is committed with the record
        (`restore_journal`): a failure puts the old store back here, a kill at the next open; the
        store is never swapped without its audit event and never left missing. `lock` (no window
        has the store open) is held until the new file is in place, and closed before it is opened
        (closing it must not touch the new store's WAL)."""
        ctx, root = self._ctx, self._ctx.paths.root
        try:
            aside = Path(tempfile.mkdtemp(prefix=".restore-old-", dir=root))
        except OSError as exc:
            raise os_failure(exc, str(root)) from exc
        ctx.close_precinct()
        with exclusive(root / restore_journal.LOCK):
            journal = restore_journal.begin(root, aside, [n for n in STORE_FILES if (root / n).exists()])
            try:
                self._move_in(staged, aside, journal, lock)
                ctx.open_precinct(key, check_rollback=False)  # behind the record until `record` resumes it
                result = record(journal.id)
            except BaseException as exc:
                self._put_back(journal, lock, exc)
                raise
            restore_journal.finish(root, journal)
        return result

    def _move_in(
        self, staged: Path, aside: Path, journal: restore_journal.SwapJournal, lock: Connection | None
    ) -> None:
        root = self._ctx.paths.root
        for name in journal.existed:
            os.replace(root / name, aside / name)
        os.replace(staged, self._ctx.paths.precinct_db)
        fsync_dir(root)
        if lock is not None:
            lock.close()

    def _put_back(self, journal: restore_journal.SwapJournal, lock: Connection | None, exc: BaseException) -> None:
        """The old store back after a failure (raises the code to report), unless the record had
        committed already (a step after the commit failed): then the restore stands."""
        self._ctx.close_precinct()
        if lock is not None:
            lock.close()
        if self._ctx.device_meta(restore_journal.COMMITTED) == journal.id:
            restore_journal.finish(self._ctx.paths.root, journal)
            return
        try:
            restore_journal.undo(self._ctx.paths.root, journal)
        except OSError as lost:
            code = errno.errorcode.get(lost.errno or 0, type(lost).__name__)
            raise AppError(Reason.MEDIUM_ERROR, defect=Defect.PUT_BACK_FAILED, path=journal.aside, code=code) from exc
        if isinstance(exc, OSError):
            raise os_failure(exc, str(self._ctx.paths.root)) from exc
        if isinstance(exc, DatabaseError):
            raise AppError(Reason.STORE_DAMAGED, defect=Defect.DAMAGED, code=type(exc).__name__) from exc

    def _record(
        self, source: Path, header: BackupHeader, digest: str, account: Account, lost: int, *,
        trust: tuple[int, bytes] | None, replaced: ReplacedStore | None, journal: str,
    ) -> RestoreResult:  # fmt: skip
        """The restore as an audit event under a checkpoint. A newer trust bundle of the store just
        replaced is put back first (R-SEC-10: an older restore must not roll back revocations)."""
        ctx = self._ctx
        session = Session(account.login, account.full_name, Role(account.role), ctx.workstation,
                          iso(ctx.clock.now()))  # fmt: skip
        try:
            ctx.copy_checkpoint()  # the checkpoint file is known writable before the swap is recorded
            with ctx.transaction():
                restored = trust_serial(ctx.precinct)
                reapplied = trust[0] if trust is not None and trust[0] > restored else 0
                resumed = resume_after_restore(ctx, replaced)  # numbers never reissued, the stream re-based
                result = RestoreResult(digest, header.created_at, header.audit_seq, lost, account.login, reapplied,
                                       resumed)  # fmt: skip
                details = {**result.to_json(EVENT_LIST_LIMIT), "older_accepted": bool(lost)}
                ctx.audit.append(session.actor, AuditAction.BACKUP_RESTORED, obj=source.name, details=details)
                restore_journal.mark_committed(ctx, journal)
                if trust is not None and reapplied:
                    TrustBundleRepository(ctx.precinct).put(*trust)
                    ctx.audit.append(session.actor, AuditAction.TRUST_UPDATED,
                                     details={"serial": reapplied, "reapplied": "after restore"})  # fmt: skip
                ctx.write_checkpoint()
        finally:
            ctx.close_precinct()
        return result
