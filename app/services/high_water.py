"""The high-water record at work (R-SEC-10, R-AUD-3, R-AUD-6, R-SYN-2): raised after each
checkpoint, checked at every open of the device store, and used to resume the numbering of
claims and the outgoing stream after an older restore or the CEC's recovery from a rollback.

`app.security.high_water` holds the record; decisions: docs/decisions.md, "Rollback is detected".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.errors import AppError, Reason
from app.models import positions
from app.models.db import Connection
from app.models.positions import BatchRow, ReplacedStore
from app.security.audit import AuditLog
from app.security.high_water import (
    KEY,
    BatchMark,
    HighWater,
    HighWaterStore,
    check_not_rolled_back,
    precinct_behind,
)

if TYPE_CHECKING:
    from app.services.ports import KeyringMarks

MAX_LISTED = 10_000  # claim numbers listed as missing (a damaged record must not flood memory)
EVENT_LIST_LIMIT = 50  # claim numbers written into an audit event (the event's details are bounded)


def check_high_water(log: AuditLog, public: dict[str, Any]) -> None:
    """Refuses (`rollback-detected`) a device store whose chain is behind the keyring's record."""
    check_not_rolled_back(HighWater.from_json(public.get(KEY)), log)


def precinct_rollback(conn: Connection, record: HighWater) -> dict[str, Any] | None:
    last = positions.last_batch(conn)
    return precinct_behind(record, positions.highest_claims(conn), last.seq if last is not None else 0)


def check_precinct_high_water(ctx: KeyringMarks, conn: Connection) -> None:
    """Refuses a precinct store put back on its own (older claims or batches than the record)."""
    record = HighWaterStore(ctx.secrets).load(ctx.device_id)
    detail = precinct_rollback(conn, record)
    if detail is not None:
        raise AppError(Reason.ROLLBACK_DETECTED, **{**detail, "seq": record.audit_seq})


def current_mark(ctx: KeyringMarks) -> HighWater:
    """How far the open stores have gone now (the audit chain alone while no precinct store is
    open, e.g. after a failed login: every part of the record is a maximum, so the rest stays)."""
    seq, head = ctx.audit.head()
    conn = ctx.precinct_if_open()
    if conn is None:
        return HighWater(seq, head, {}, BatchMark())
    batch = positions.last_batch(conn)
    mark = BatchMark(batch.seq, batch.sha256, batch.audit_to, batch.file_name) if batch else BatchMark()
    return HighWater(seq, head, positions.highest_claims(conn), mark)


def note_high_water(ctx: KeyringMarks) -> None:
    """Raises the keyring's record to the stores' state (after a checkpoint)."""
    HighWaterStore(ctx.secrets).raise_to(ctx.device_id, current_mark(ctx))


@dataclass(frozen=True)
class Resumed:
    """What an older store was told so that nothing this device issued or sent is issued again."""

    claims_missing: list[str]  # issued here, not in the store: the central side may hold the sent ones
    claims_never_sent: list[str]  # of those, known never to have reached the central side
    batches_carried: list[int]  # batches of the replaced store kept (unacknowledged ones can be resent)
    stream_at: int  # the next batch continues this one
    claims_marked_sent: int = 0

    def to_json(self, limit: int | None = None) -> dict[str, Any]:
        return {"claims_missing": self.claims_missing[:limit], "claims_missing_count": len(self.claims_missing),
                "claims_never_sent": self.claims_never_sent[:limit], "batches_carried": self.batches_carried[:limit],
                "stream_at": self.stream_at, "claims_marked_sent": self.claims_marked_sent}  # fmt: skip


def resume_streams(ctx: KeyringMarks, record: HighWater, replaced: ReplacedStore | None) -> Resumed:
    """Inside the caller's transaction on the store now in place: claim numbering resumes past
    every number issued (record, replaced store), the batches the replaced store wrote after this
    one's are carried over, and the outgoing stream continues the newest batch ever written."""
    conn = ctx.precinct
    have = positions.store_claims(conn).sent_in
    old = replaced.claims.sent_in if replaced is not None else {}
    floors = dict(record.claims)
    for prefix, number in (replaced.highest if replaced is not None else {}).items():
        floors[prefix] = max(number, floors.get(prefix, 0))
    missing = _missing(positions.highest_claims(conn), floors, have) | {n for n in old if n not in have}
    positions.raise_claim_floors(conn, floors)
    marked = positions.mark_claims_sent(conn, {n: s for n, s in old.items() if n in have})
    carried, stream_at = _carry_batches(ctx, record, replaced)
    return Resumed(sorted(missing), sorted(n for n in missing if old.get(n) == 0), carried, stream_at, marked)


def _missing(local: dict[str, int], floors: dict[str, int], have: dict[str, int]) -> set[str]:
    found: set[str] = set()
    for prefix, highest in floors.items():
        start = local.get(prefix, 0) + 1
        found |= {f"{prefix}{n:05d}" for n in range(start, min(highest, start + MAX_LISTED - 1) + 1)}
    return {n for n in found if n not in have}


def _carry_batches(ctx: KeyringMarks, record: HighWater, replaced: ReplacedStore | None) -> tuple[list[int], int]:
    """The replaced store's later batches (with their kept envelopes) and, past them, the record's
    newest batch as the stream's position (no envelope: it cannot be written again)."""
    conn = ctx.precinct
    last = positions.last_batch(conn)
    top = last.seq if last is not None else 0
    carried = [b for b in (replaced.batches if replaced is not None else []) if b.seq > top]
    positions.insert_batches(conn, carried)
    top = carried[-1].seq if carried else top
    mark = record.batch
    if mark.seq > top:
        # A chain put back with the data dir has not reached the batch's audit seq: the next batch
        # sends the events from the chain's own head (the central side records the fork it sees).
        audit_to = min(mark.audit_to, ctx.audit.head()[0])
        positions.insert_batches(conn, [BatchRow(mark.seq, mark.sha256, mark.file_name, "", audit_to, "", b"")])
        top = mark.seq
    return [b.seq for b in carried], top


def resume_after_restore(ctx: KeyringMarks, replaced: ReplacedStore | None) -> Resumed:
    return resume_streams(ctx, HighWaterStore(ctx.secrets).load(ctx.device_id), replaced)
