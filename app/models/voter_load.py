"""The bulk load of an empty voter list: rows and search index written beside the decoding.

A package's voters arrive through a generator that decrypts, parses and checks them (Python, the
GIL). Their rows and their search-index entries are written by SQLite, which runs without the GIL
inside each statement. So the load runs as a pipeline of two threads over one connection: while a
writer thread inserts one chunk (its voter rows, then its index entries), the caller's thread
decodes, checks and prepares the next. Only the writer touches the connection while it holds a
chunk; the caller waits for it before the next chunk is handed over, and before any error of its
own goes up (the caller's transaction is then rolled back by a thread that is alone again).

Voters are numbered `voter_index.GAP` apart in the order they come: a package brings them in
Kyrgyz order (`list_order`), so the places follow the alphabet and each chunk's index entries go
in at rising rowids. If one comes out of order, the places are numbered again by sort key at the
end and the index built again (`voter_index.number_in_order`). Memory: two chunks.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor

import msgspec

from app.models import voter_index
from app.models.db import Connection
from app.models.records import VoterRow
from app.models.text import name_sort_key, search_text

COLUMNS = (
    "id, pin, last_name, first_name, patronymic, birth_date, sex, address, precinct, special_category,"
    " sort_key, search_text, updated_at, place"
)
# A chunk's rows as one JSON array of arrays (the sort key in hex): one statement, so the writer
# thread runs it whole without the GIL (an `executemany` takes the GIL back for every row, and
# then waits for the caller's thread to give it up: no overlap at all, measured).
_INSERT = (
    f"INSERT INTO voter ({COLUMNS}) SELECT "
    + ", ".join(
        f"unhex(value ->> {i})" if name == "sort_key" else f"value ->> {i}"
        for i, name in enumerate(COLUMNS.split(", "))
    )
    + " FROM jsonb_each(?)"
)
_INDEX = (
    "INSERT INTO voter_fts (rowid, surname, given)"
    " SELECT place, surname, given FROM voter_names WHERE id BETWEEN ? AND ?"
)
_LOAD_CACHE_KIB = 65536  # the page cache while loading; the store's own is restored after

Values = tuple[object, ...]


class _Order:
    """Places GAP apart in the order voters come; whether that order ever left Kyrgyz order."""

    def __init__(self) -> None:
        self.last = b""
        self.broken = False

    def place(self, key: bytes, voter_id: int) -> int:
        self.broken = self.broken or key < self.last
        self.last = key
        return voter_id * voter_index.GAP


def load_empty(conn: Connection, chunks: Iterable[Sequence[VoterRow]], at: str) -> int:
    """Loads voters into an empty list (inside the caller's transaction); returns how many."""
    cache = int(conn.execute("PRAGMA cache_size").fetchone()[0])
    conn.execute(f"PRAGMA cache_size = -{_LOAD_CACHE_KIB}")
    try:
        order, total = _Order(), 0
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="voter-load") as writer:
            pending: Future[None] | None = None
            try:
                for rows in chunks:
                    first = total + 1
                    payload = msgspec.json.encode(
                        [voter_values(row, first + i, at, order) for i, row in enumerate(rows)]
                    )
                    total += len(rows)
                    _wait(pending)
                    pending = writer.submit(_write, conn, payload, (first, total), not order.broken)
            except BaseException:
                _settle(pending)
                raise
            _wait(pending)
        if order.broken:
            voter_index.number_in_order(conn)
    finally:
        conn.execute(f"PRAGMA cache_size = {cache}")
    return total


def voter_values(row: VoterRow, voter_id: int, at: str, order: _Order) -> Values:
    """A voter's row for the load's JSON, its sort key in hex."""
    key = name_sort_key(row.last_name, row.first_name, row.patronymic)
    return row_values(row, voter_id, at, key.hex(), order.place(key, voter_id))


def row_values(row: VoterRow, voter_id: int, at: str, key: bytes | str, place: int) -> Values:
    """A voter's row in the order of `COLUMNS`."""
    names = (row.last_name, row.first_name, row.patronymic)
    return (voter_id, row.pin, *names, row.birth_date, row.sex, row.address, row.precinct, row.special_category,
            key, search_text(*names), at, place)  # fmt: skip


def _write(conn: Connection, payload: bytes, ids: tuple[int, int], indexed: bool) -> None:
    """The writer thread's work for one chunk: its rows, then (while the places are in order)
    its index entries, at rowids above every earlier chunk's."""
    if ids[1] >= ids[0]:
        conn.execute(_INSERT, (payload,))
        if indexed:
            conn.execute(_INDEX, ids)


def _wait(pending: Future[None] | None) -> None:
    if pending is not None:
        pending.result()


def _settle(pending: Future[None] | None) -> None:
    """Waits for the writer after the caller's own error, which is the one that goes up."""
    if pending is not None:
        with contextlib.suppress(BaseException):  # the caller's error is reported, not this one
            pending.result()
