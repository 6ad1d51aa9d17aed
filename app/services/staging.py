"""Files outside the stores that must agree with them after a crash (R-AUD-1, R-SEC-10).

Two journals, both settled under the device store's write lock, so a second process never acts on
another's half-finished work:
- the key-slot file: a transaction that changes slots writes `keyslots.json.next` and records its
  sha256 in the device store (meta `keyslots_next`); after the COMMIT the staged file is renamed
  over keyslots.json. A staged file whose hash is not the recorded one belongs to a transaction that
  never committed and is removed. Kill anywhere: the slots and the events recording them agree.
- the first package: its store is built as `.precinct.db.new`; the transaction that fills it also
  removes the pending device keys, stages the slot file and records the package (meta
  `first_package`). Published in this order: slots, then the store under `precinct.db`, the name by
  which a precinct exists (the runtime's `has_precinct`). A staging store left by a kill is published
  at the next open if that transaction committed (no keys pending any more), else deleted; the
  package's own lock file keeps this from touching a store another process is still building.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import AppError
from app.models.db import remove_db, transaction
from app.security.atomic import atomic_write_bytes, fsync_dir
from app.security.filelock import exclusive
from app.security.keyslots import KeySlots

if TYPE_CHECKING:
    from app.services.ports import StagingStore

SLOTS_JOURNAL = "keyslots_next"  # device meta: the sha256 of the staged slot file a commit recorded
PACKAGE_APPLIED = "first_package"  # device meta: the sha256 of the package that made the precinct


# ---- the key-slot file ---------------------------------------------------------------------
def staged_slots(ctx: StagingStore, *, empty: bool = False) -> KeySlots:
    """Inside a transaction (`ctx.transaction()`): the slot file to change. Each save goes to
    keyslots.json.next and its hash into the device store in the same transaction; the rename
    follows the COMMIT. `empty`: a new file (the first package) instead of the published one."""
    if not ctx.device_connection().in_transaction:
        raise RuntimeError("staged_slots() needs a transaction")
    _settle_slots_locked(ctx)  # a committed change not yet renamed goes first, or ours would undo it

    def save(data: bytes) -> None:
        atomic_write_bytes(ctx.paths.keyslots_next, data)
        ctx.set_device_meta(SLOTS_JOURNAL, hashlib.sha256(data).hexdigest())

    return ctx.slot_file(save=save, empty=empty)


def settle_slots(ctx: StagingStore, *, required: bool = False) -> None:
    """Makes keyslots.json agree with the device store (after a commit, at every open). A store
    busy with another writer is left to that writer or to the next open, unless `required`
    (then it is `store-in-use`)."""
    staged = ctx.paths.keyslots_next
    if not staged.exists() and not any(staged.parent.glob(f".{staged.name}.tmp-*")):
        return
    conn = ctx.device_connection()
    if conn.in_transaction:
        _settle_slots_locked(ctx)
        return
    try:
        with transaction(conn):
            _settle_slots_locked(ctx)
    except AppError:
        if required:
            raise


def _settle_slots_locked(ctx: StagingStore) -> None:
    staged = ctx.paths.keyslots_next
    for dead in staged.parent.glob(f".{staged.name}.tmp-*"):  # a save killed half-way
        dead.unlink(missing_ok=True)
    try:
        data = staged.read_bytes()
    except FileNotFoundError:
        return
    if hashlib.sha256(data).hexdigest() == ctx.device_meta(SLOTS_JOURNAL):
        os.replace(staged, ctx.paths.keyslots)
    else:
        staged.unlink()
    fsync_dir(staged.parent)


# ---- the first package's store ---------------------------------------------------------------
def settle_package(ctx: StagingStore) -> None:
    """At open (slots settled already): a staging store a killed first import left is published
    when its transaction committed, else deleted. Skipped while an import holds the lock."""
    staged = ctx.paths.staged_precinct
    if not any(Path(f"{staged}{extra}").exists() for extra in ("", "-wal", "-journal")):
        return
    with contextlib.suppress(AppError), exclusive(ctx.paths.package_lock):
        committed = ctx.pending_keys() is None and ctx.device_meta(PACKAGE_APPLIED) is not None
        if not committed or ctx.paths.precinct_db.exists() or not staged.exists():
            discard_store(ctx)
        elif not ctx.paths.keyslots_next.exists():  # the slots first (else left for the next open)
            publish_store(ctx)


def discard_store(ctx: StagingStore) -> None:
    """The staging store of a first import that did not commit (its staged slot file has no
    committed hash: `settle_slots` removes it)."""
    remove_db(ctx.paths.staged_precinct)


def publish_store(ctx: StagingStore) -> None:
    """The committed staging store becomes precinct.db (closed; its WAL goes along). Any stray
    WAL or SHM under the final name is removed first: it belongs to no store that exists."""
    staged, target = ctx.paths.staged_precinct, ctx.paths.precinct_db
    for extra in ("-wal", "-shm", "-journal"):
        Path(f"{target}{extra}").unlink(missing_ok=True)
    Path(f"{staged}-shm").unlink(missing_ok=True)
    with contextlib.suppress(FileNotFoundError):
        os.replace(f"{staged}-wal", f"{target}-wal")
    os.replace(staged, target)
    fsync_dir(target.parent)
