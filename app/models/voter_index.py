"""The voters' search index: an FTS5 table over their search texts, its rowids in Kyrgyz order.

`voter_fts` is an external-content FTS5 index of `voter_names`, a view that splits a voter's
`search_text` (`app.models.text`) into the surname's tokens and the others, so a query can ask
for a word in the surname (the first rank of a search). Its rowid is `voter.place`: a number
that follows Kyrgyz order (`sort_key`, then `id`) with gaps between neighbours, so the first
page of a query in alphabetical order is the first rowids FTS5 finds (`ORDER BY rowid LIMIT`,
read straight from the index). Voter ids cannot follow the alphabet: claims and history refer
to them, and voters arrive through updates in any order.

A voter written into a list takes the place halfway between its neighbours'; when two
neighbours have no number left between them, the places around them are spread out again
(`_respace`). A bulk load into an empty list numbers the voters as they come (a package brings
them in Kyrgyz order) and writes each chunk's index entries at rising rowids (`voter_load`).

A voter destroyed (R-CLM-4) is taken out with FTS5's `secure-delete` on, so its tokens leave the
index's pages, not only its answers. Other changes (a renamed voter) leave the old entry for
FTS5's merges to drop: secure-delete rewrites the pages of every token and prefix at once, five
times the cost of the whole change, and the old name stays in the voter's history anyway.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from typing import Any

from app.models.db import Connection

GAP = 1 << 24  # between neighbours' places after a load or a respacing
_MIN_SPREAD = 1 << 10  # a respacing widens its window until each place gets at least this much
_FIRST_WINDOW = 16  # voters on each side a respacing starts with

VOTER_BY_SORT = "CREATE INDEX voter_by_sort ON voter (sort_key, id, place)"
SCHEMA = f"""
DROP TABLE voter_token;
DROP TABLE token_stat;
DROP TABLE voter_pair;
DROP TABLE pair_stat;
DROP INDEX voter_by_sort;
ALTER TABLE voter ADD COLUMN place INTEGER NOT NULL DEFAULT 0;
{VOTER_BY_SORT};
CREATE INDEX voter_by_place ON voter (place);
CREATE VIEW voter_names (id, place, surname, given) AS SELECT id, place,
    substr(search_text, 1, instr(search_text, ' |')), substr(search_text, instr(search_text, ' |') + 2) FROM voter;
CREATE VIRTUAL TABLE voter_fts USING fts5(
    surname, given, content='voter_names', content_rowid='place',
    prefix='1 2 3 4 5 6 7 8', detail='column', tokenize='ascii'
)
"""

_UNINDEX = (
    "INSERT INTO voter_fts (voter_fts, rowid, surname, given) SELECT 'delete', place, surname, given FROM voter_names"
)
_INDEX = "INSERT INTO voter_fts (rowid, surname, given) SELECT place, surname, given FROM voter_names"


def number_in_order(conn: Connection) -> None:
    """Gives every voter a place by Kyrgyz order, GAP apart, and builds the index anew."""
    conn.execute(
        "UPDATE voter SET place = ordered.n * ? FROM (SELECT id, row_number() OVER (ORDER BY sort_key, id) AS n"
        " FROM voter) AS ordered WHERE voter.id = ordered.id",
        (GAP,),
    )
    conn.execute("INSERT INTO voter_fts (voter_fts) VALUES ('rebuild')")


class VoterIndex:
    """Writes voters into the index and gives them places.

    Inside `batch()` the index is written once, at the end: every voter touched is taken out as
    it was at its first touch, then put in as it is at the end, each step in rowid order. FTS5
    flushes its pending changes to a new segment whenever a rowid comes below the last one
    written, so voters renamed one by one across the alphabet would each cost a flush and a
    merge (about 0.5 ms a voter; bench/sync.py's 1% update)."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._before: dict[int, tuple[int, str, str] | None] | None = None  # None: write at once
        self._erased: set[int] = set()

    def unindex(self, voter_id: int, *, erase: bool = False) -> None:
        """Takes a voter out of the index, as its row stands now (before the row changes);
        `erase`: out of the index's pages too (a voter destroyed)."""
        if self._before is None:
            with _secure(self._conn, erase):
                self._conn.execute(f"{_UNINDEX} WHERE id = ?", (voter_id,))
            return
        if voter_id not in self._before:
            self._before[voter_id] = self._conn.execute(_ENTRY, (voter_id,)).fetchone()
        if erase:
            self._erased.add(voter_id)

    def index(self, voter_id: int) -> None:
        """Puts a voter into the index, as its row stands now (a new voter, or after `unindex`)."""
        if self._before is None:
            self._conn.execute(f"{_INDEX} WHERE id = ?", (voter_id,))
        else:
            self._before.setdefault(voter_id, None)  # not touched before: a new voter, not indexed yet

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Index writes deferred to the end of the block (not on an exception: the caller's
        transaction is rolled back then). Searches inside the block do not see them."""
        if self._before is not None:
            yield
            return
        self._before, self._erased = {}, set()
        try:
            yield
            self._flush(self._before)
        finally:
            self._before, self._erased = None, set()

    def _flush(self, before: dict[int, tuple[int, str, str] | None]) -> None:
        for erase in (True, False):
            entries = [entry for v, entry in before.items() if entry is not None and (v in self._erased) == erase]
            with _secure(self._conn, erase and bool(entries)):
                self._conn.executemany(_DELETE, sorted(entries))
        touched = sorted(before)
        places = sorted(
            p for start in range(0, len(touched), _CHUNK) for p in self._rows(_PLACES, touched[start:][:_CHUNK])
        )
        for start in range(0, len(places), _CHUNK):
            ids = [voter_id for _, voter_id in places[start : start + _CHUNK]]
            self._conn.executemany(_INSERT, sorted(self._rows(_ENTRIES, ids)))

    def _rows(self, select: str, ids: list[int]) -> list[Any]:
        return self._conn.execute(f"{select} ({','.join('?' * len(ids))})", ids).fetchall()

    def place_between(self, key: bytes, voter_id: int) -> int:
        """A free place for a voter with sort key `key` among the others (itself excluded)."""
        for _ in range(2):
            low, high = _neighbours(self._conn, key, voter_id)
            if high is None:
                return low + GAP
            if high - low >= 2:
                return (low + high) // 2
            self._respace(key, voter_id)
        raise RuntimeError("no place after respacing")  # unreachable: a respacing leaves _MIN_SPREAD

    def _respace(self, key: bytes, voter_id: int) -> None:
        """Spreads out the places around `key` over a window wide enough to leave room."""
        side = _FIRST_WINDOW
        while True:
            before = _side(self._conn, _BEFORE, (key, voter_id), side + 1)
            after = _side(self._conn, _AFTER, (key, voter_id), side + 1)
            low = before[side][1] if len(before) > side else 0
            high = after[side][1] if len(after) > side else None
            window = [*reversed(before[:side]), *after[:side]]
            if high is None or (high - low) // (len(window) + 2) >= _MIN_SPREAD:
                break
            side *= 2
        step = GAP if high is None else (high - low) // (len(window) + 2)
        below = len(before[:side])
        self._move([(voter, low + step * (i + 1 + (i >= below))) for i, (voter, _) in enumerate(window)])

    def _move(self, places: Sequence[tuple[int, int]]) -> None:
        """Gives voters new places: all out of the index first, so no two rowids ever meet."""
        for voter_id, _ in places:
            self.unindex(voter_id)
        self._conn.executemany("UPDATE voter SET place = ? WHERE id = ?", [(p, voter_id) for voter_id, p in places])
        for voter_id, _ in places:
            self.index(voter_id)


@contextlib.contextmanager
def _secure(conn: Connection, on: bool) -> Iterator[None]:
    """FTS5's secure-delete for the deletes of the block (a setting kept in the index's own
    table, so it is written back off at the end, in the same transaction)."""
    if not on:
        yield
        return
    conn.execute("INSERT INTO voter_fts (voter_fts, rank) VALUES ('secure-delete', 1)")
    try:
        yield
    finally:
        conn.execute("INSERT INTO voter_fts (voter_fts, rank) VALUES ('secure-delete', 0)")


def _neighbours(conn: Connection, key: bytes, voter_id: int) -> tuple[int, int | None]:
    below = conn.execute(
        "SELECT place FROM voter WHERE (sort_key, id) < (?, ?) ORDER BY sort_key DESC, id DESC LIMIT 1",
        (key, voter_id),
    ).fetchone()
    above = conn.execute(
        "SELECT place FROM voter WHERE (sort_key, id) > (?, ?) ORDER BY sort_key, id LIMIT 1", (key, voter_id)
    ).fetchone()
    return (0 if below is None else int(below[0])), (None if above is None else int(above[0]))


_BEFORE = "SELECT id, place FROM voter WHERE (sort_key, id) < (?, ?) ORDER BY sort_key DESC, id DESC"
_AFTER = "SELECT id, place FROM voter WHERE (sort_key, id) > (?, ?) ORDER BY sort_key, id"
_ENTRY = "SELECT place, surname, given FROM voter_names WHERE id = ?"
_DELETE = "INSERT INTO voter_fts (voter_fts, rowid, surname, given) VALUES ('delete', ?, ?, ?)"
_INSERT = "INSERT INTO voter_fts (rowid, surname, given) VALUES (?, ?, ?)"
_PLACES = "SELECT place, id FROM voter WHERE id IN"
_ENTRIES = "SELECT place, surname, given FROM voter_names WHERE id IN"
_CHUNK = 500


def _side(conn: Connection, select: str, at: tuple[bytes, int], count: int) -> list[tuple[int, int]]:
    return conn.execute(f"{select} LIMIT {int(count)}", at).fetchall()
