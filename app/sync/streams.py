"""Sequence tracking: each direction between one precinct device and the central system is a
stream of envelopes numbered 1, 2, 3 ..., each naming the SHA-256 of the one before (`prev`).

The receiver keeps the last applied (seq, file hash) of the stream and every applied file hash:
  same file again          -> already applied: nothing changes, not an error (exit 0)
  seq at or below the last  -> replayed (an old or rolled-back envelope)
  seq above last + 1        -> sequence-gap (an envelope is missing: import that one first)
  seq == last + 1, but prev is not the last file's hash -> sequence-gap (a fork: this envelope
                               does not continue what was applied here)
Time: `expires` in the past -> expired; `created` further in the future than the clock tolerance
-> not-yet-valid (a wrong clock on either side, or a forged date).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.errors import AppError, Defect, Reason
from app.sync.header import Header, stamp

ZERO_HASH = "0" * 64
CLOCK_TOLERANCE = dt.timedelta(minutes=10)


@dataclass(frozen=True)
class StreamState:
    last_seq: int = 0
    last_hash: str = ZERO_HASH


def check_sequence(header: Header, state: StreamState, file_hash: str, applied: bool) -> bool:
    """True when the envelope is the next one; False when this very file was applied already."""
    if applied:
        return False
    if header.seq <= state.last_seq:
        raise AppError(Reason.REPLAYED, defect=Defect.ALREADY_APPLIED, seq=header.seq, last=state.last_seq)
    if header.seq > state.last_seq + 1:
        raise AppError(Reason.SEQUENCE_GAP, defect=Defect.MISSING_BEFORE, seq=header.seq, first=state.last_seq + 1,
                       last=header.seq - 1)  # fmt: skip
    if header.prev != state.last_hash:
        raise AppError(Reason.SEQUENCE_GAP, defect=Defect.NOT_CONTINUING, seq=header.seq)
    return True


def check_times(header: Header, now: dt.datetime, tolerance: dt.timedelta = CLOCK_TOLERANCE) -> None:
    if header.expires_at <= now:
        raise AppError(Reason.EXPIRED, defect=Defect.VALID_UNTIL, until=header.expires, now=stamp(now))
    if header.created_at > now + tolerance:
        raise AppError(Reason.NOT_YET_VALID, defect=Defect.CREATED_AT, created=header.created, now=stamp(now))
