"""The restore's swap as a journal (R-SEC-10, R-AUD-1): a kill anywhere in it leaves either the old
store or the restored one with its audit event, never no store and never an unrecorded swap.

Before the first file moves, `restore-journal.json` names the swap (an id, the folder the old store
files go aside to, which of them existed). The transaction that records the restore also writes the
journal's id into the device store (meta `restore_committed`), beside the audit event. At the next
open (`settle_restore`): a journal whose id was committed is finished (the old files go); any other
is undone (what the restore put in place goes, the old files come back). A restore running in
another process holds the journal's lock, and its journal is left alone.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import AppError, Defect, Part, Reason
from app.security.atomic import atomic_write_bytes, fsync_dir
from app.security.filelock import exclusive

if TYPE_CHECKING:
    from app.services.ports import DeviceFiles

STORE_FILES = ("precinct.db", "precinct.db-wal", "precinct.db-shm")
JOURNAL = "restore-journal.json"
LOCK = ".restore.lock"
COMMITTED = "restore_committed"  # device meta: the id of the last swap whose record committed


@dataclass(frozen=True)
class SwapJournal:
    id: str
    aside: str  # a folder in the data dir holding the old store's files
    existed: list[str]  # which of STORE_FILES were there before the swap

    def aside_dir(self, root: Path) -> Path:
        return root / self.aside


def begin(root: Path, aside: Path, existed: list[str]) -> SwapJournal:
    """Written (and durable) before anything moves."""
    journal = SwapJournal(secrets.token_hex(16), aside.name, existed)
    atomic_write_bytes(root / JOURNAL, json.dumps(asdict(journal)).encode())
    return journal


def mark_committed(ctx: DeviceFiles, journal_id: str) -> None:
    """Inside the transaction that records the restore: the swap is then done, whatever follows."""
    ctx.set_device_meta(COMMITTED, journal_id)


def finish(root: Path, journal: SwapJournal) -> None:
    """After the commit: the old files go, then the journal."""
    shutil.rmtree(journal.aside_dir(root), ignore_errors=True)
    (root / JOURNAL).unlink(missing_ok=True)
    fsync_dir(root)


def undo(root: Path, journal: SwapJournal) -> None:
    """The swap taken back: what the restore put in place goes, the old files come back."""
    aside = journal.aside_dir(root)
    moved = [n for n in STORE_FILES if (aside / n).exists()]
    for name in STORE_FILES:
        if name in moved or name not in journal.existed:
            (root / name).unlink(missing_ok=True)
    for name in moved:
        os.replace(aside / name, root / name)
    fsync_dir(root)
    shutil.rmtree(aside, ignore_errors=True)
    (root / JOURNAL).unlink(missing_ok=True)
    fsync_dir(root)


def settle_restore(ctx: DeviceFiles) -> None:
    """At every open of the device store: a swap left by a killed restore is finished or undone."""
    root = ctx.paths.root
    if not (root / JOURNAL).exists():
        return
    try:
        with exclusive(root / LOCK):
            journal = _read(root / JOURNAL)
            if journal is None:
                return
            if ctx.device_meta(COMMITTED) == journal.id:
                finish(root, journal)
            else:
                undo(root, journal)
    except AppError as exc:
        if exc.reason is not Reason.STORE_IN_USE:  # a restore still running holds the lock
            raise


def _read(path: Path) -> SwapJournal | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        journal = SwapJournal(str(data["id"]), str(data["aside"]), [str(n) for n in data["existed"]])
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise AppError(Reason.STORE_DAMAGED, defect=Defect.DAMAGED, part=Part.RESTORE_JOURNAL, name=path.name,
                       code=type(exc).__name__) from exc  # fmt: skip
    if (
        "/" in journal.aside
        or not journal.aside.startswith(".restore-old-")
        or not set(journal.existed) <= set(STORE_FILES)
    ):
        raise AppError(Reason.STORE_DAMAGED, defect=Defect.BAD_FIELDS, part=Part.RESTORE_JOURNAL, name=path.name)
    return journal
