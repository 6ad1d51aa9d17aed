"""Retention and destruction of the precinct's personal data (R-DATA-5, R-DATA-4, R-AUD-6).

Retention: the data is kept until voting day + `retention_days` (from the signed package; 365
when a store has none, the central tool's default), counted on the Bishkek date. `retention`
says where the precinct stands; `pec-desk selfcheck` shows it.

Destruction is crypto-shredding: first the destruction event, `destroyed_at` and a signed
checkpoint are committed (R-AUD-1: if that write fails nothing is destroyed and the failed attempt
is recorded); then the key slots file (every user's wrapped store key and the central recovery slot)
is overwritten and deleted, then the store files are deleted (a failure there is recorded as a
failed `precinct.destroyed` event). Every refusal (wrong confirmation, malformed retention, ...) is
audited. Without a
slot nothing on this device can produce the store key again, so the store, its leftovers and every
backup made on this device stay unreadable here. The device store (audit chain, device secret in
the keyring) is kept: the destruction is an event in the chain, covered by a signed checkpoint,
and `pec-desk audit verify` still passes. Only the chair may destroy (`destroy` permission), after
typing the precinct number; before the retention end only with a written reason (audited); with
claims not yet sent to the TEC or batches not acknowledged only when told to give them up.
Decisions: docs/decisions.md, "Backup, restore, destruction".
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

from app.clock import iso
from app.errors import AppError, Defect, Reason, os_defect
from app.models.calendar import local_date
from app.models.claims import ClaimRepository
from app.models.db import DatabaseError
from app.models.sync_state import BatchRepository
from app.security.atomic import fsync_dir
from app.security.audit import AuditAction
from app.security.permissions import Action
from app.security.session import Session
from app.services.guard import authorize
from app.services.ports import DestructionStore
from app.services.restore_journal import STORE_FILES

DEFAULT_RETENTION_DAYS = 365


@dataclass(frozen=True)
class Retention:
    voting_day: dt.date
    retention_days: int
    until: dt.date  # the last day the data is kept
    today: dt.date

    @property
    def passed(self) -> bool:
        return self.today > self.until

    @property
    def days_left(self) -> int:
        return (self.until - self.today).days

    def to_json(self) -> dict[str, object]:
        return {"voting_day": self.voting_day.isoformat(), "retention_days": self.retention_days,
                "kept_until": self.until.isoformat(), "passed": self.passed, "days_left": self.days_left}  # fmt: skip


def retention_of(voting_day: str, retention_days: str | None, today: dt.date) -> Retention:
    try:
        day = dt.date.fromisoformat(voting_day)
        days = int(retention_days) if retention_days not in (None, "") else DEFAULT_RETENTION_DAYS
    except ValueError as exc:
        raise AppError(Reason.MALFORMED, defect=Defect.BAD_RETENTION, value=str(voting_day)[:40],
                       days=str(retention_days)[:40]) from exc  # fmt: skip
    days = max(0, days)
    return Retention(day, days, day + dt.timedelta(days=days), today)


@dataclass(frozen=True)
class Destroyed:
    precinct: str
    at: str
    voters: int
    claims: int
    backups: list[str]  # the backup files made on this device, to be collected and destroyed too
    early_reason: str

    def to_json(self) -> dict[str, object]:
        return dict(self.__dict__)


class DestructionService:
    def __init__(self, ctx: DestructionStore) -> None:
        self._ctx = ctx

    def retention(self) -> Retention:
        """Where the open precinct stands against R-DATA-5 (no permission: every role sees it)."""
        meta = self._ctx.meta
        return retention_of(meta.get("voting_day", ""), meta.get("retention_days"), local_date(self._ctx.clock.now()))

    def precinct_number(self, session: Session) -> str:
        authorize(self._ctx, session, Action.DESTROY)
        return self._ctx.meta.get("precinct", "")

    def destroy(
        self, session: Session, confirm: str, early_reason: str = "", *, discard_unsent: bool = False
    ) -> Destroyed:
        ctx = self._ctx
        number = self.precinct_number(session)
        if confirm.strip() != number:
            self._refuse(session, number, AppError(Reason.USAGE, defect=Defect.CONFIRMATION_MISMATCH, number=number))
        try:
            retention = self.retention()
        except AppError as exc:
            self._refuse(session, number, exc)
        early_reason = "" if retention.passed else early_reason.strip()[:1000]
        unsent = {
            "claims": ClaimRepository(ctx.precinct).count(unsent_only=True),
            "batches": len(BatchRepository(ctx.precinct).unacknowledged()),
        }
        if not retention.passed and not early_reason:
            self._refuse(session, number, AppError(Reason.RETENTION_NOT_PASSED, until=retention.until.isoformat()))
        if any(unsent.values()) and not discard_unsent:
            self._refuse(session, number, AppError(Reason.UNSENT_DATA, **unsent))
        done = Destroyed(number, iso(ctx.clock.now()), ctx.voters.count_all(), ClaimRepository(ctx.precinct).count(),
                         self._backups(), early_reason)  # fmt: skip
        details = {**done.to_json(), "retention": retention.to_json(), "unsent_given_up": unsent}
        self._commit(session, number, details, done.at)
        ctx.close_precinct()
        try:
            # R-DATA-5: from here on no slot file on this device gives the store key (the limits of
            # this on SSDs and of older renamed-over versions: docs/decisions.md).
            name = ctx.paths.keyslots.name  # and the staged ones (staging.py), if a crash left any
            staged = [*ctx.paths.root.glob(f"{name}.next"), *ctx.paths.root.glob(f".{name}*.tmp-*")]
            for slots in [ctx.paths.keyslots, *sorted(staged)]:
                _shred(slots)
            _remove_store(ctx)
        except BaseException as exc:
            ctx.audit.append(session.actor, AuditAction.PRECINCT_DESTROYED, obj=number, outcome="failed",
                             details={"stage": "shred", "error": f"{type(exc).__name__}: {exc}"[:500]})  # fmt: skip
            raise
        return done

    def _commit(self, session: Session, number: str, details: dict[str, object], at: str) -> None:
        """R-DATA-5, R-AUD-1: the event, `destroyed_at` and the signed checkpoint are committed
        before anything is shredded, so no data goes without its audit event. If this write fails
        nothing is destroyed and the failed attempt is recorded (if the device store takes it)."""
        ctx = self._ctx
        try:
            ctx.copy_checkpoint()  # the file outside the chain is known writable before the last step
            with ctx.transaction():
                ctx.audit.append(session.actor, AuditAction.PRECINCT_DESTROYED, obj=number, details=details)
                ctx.set_device_meta("destroyed_at", at)
                ctx.write_checkpoint()
        except (OSError, DatabaseError) as exc:
            cause = (
                os_defect(exc) if isinstance(exc, OSError) else {"defect": Defect.DAMAGED, "code": type(exc).__name__}
            )
            error = AppError(Reason.MEDIUM_ERROR, **cause)
            with contextlib.suppress(Exception):
                self._refuse(session, number, error)
            raise error from exc

    def _refuse(self, session: Session, number: str, error: AppError) -> NoReturn:
        self._ctx.audit.append(session.actor, AuditAction.DESTRUCTION_REFUSED, obj=number,
                               outcome=error.reason.value, details=error.params)  # fmt: skip
        raise error

    def _backups(self) -> list[str]:
        made = []
        for event in self._ctx.audit.iter_events():
            if event.action == AuditAction.BACKUP_CREATED.value:
                details = json.loads(event.details)
                made.append(f"{event.object} {details.get('sha256', '')[:16]} {details.get('created_at', '')}")
        return made


def _shred(path: Path) -> None:
    """Overwrite with random bytes, flush to the disk, delete."""
    if not path.is_file():
        return
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.write(os.urandom(max(size, 1)))
        handle.flush()
        os.fsync(handle.fileno())
    path.unlink()
    fsync_dir(path.parent)


def _remove_store(ctx: DestructionStore) -> None:
    """The store files (ciphertext whose key is gone) and any staging left behind."""
    root = ctx.paths.root
    for name in STORE_FILES:
        (root / name).unlink(missing_ok=True)
    for leftover in [*root.glob(".backup-*"), *root.glob(".restore-*"), root / "staging"]:
        if leftover.is_dir():
            shutil.rmtree(leftover, ignore_errors=True)
        else:
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
    fsync_dir(root)
