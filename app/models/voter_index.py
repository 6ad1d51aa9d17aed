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
them in Kyrgyz order) and builds the index in one pass. `secure-delete` is on, so the tokens of
a voter destroyed or renamed leave the index's pages (R-CLM-4), not only its answers.
"""

from __future__ import annotations

from collections.abc import Sequence

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
);
INSERT INTO voter_fts (voter_fts, rank) VALUES ('secure-delete', 1)
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
    rebuild(conn)


def rebuild(conn: Connection) -> None:
    """The index made again from every voter's search text (after a bulk load or a migration)."""
    conn.execute("INSERT INTO voter_fts (voter_fts) VALUES ('rebuild')")


def unindex(conn: Connection, voter_id: int) -> None:
    """Takes a voter out of the index, as its row stands now (before the row changes)."""
    conn.execute(f"{_UNINDEX} WHERE id = ?", (voter_id,))


def index(conn: Connection, voter_id: int) -> None:
    """Puts a voter into the index, as its row stands now."""
    conn.execute(f"{_INDEX} WHERE id = ?", (voter_id,))


def place_between(conn: Connection, key: bytes, voter_id: int) -> int:
    """A free place for a voter with sort key `key` among the others (itself excluded)."""
    for _ in range(2):
        low, high = _neighbours(conn, key, voter_id)
        if high is None:
            return low + GAP
        if high - low >= 2:
            return (low + high) // 2
        _respace(conn, key, voter_id)
    raise RuntimeError("no place after respacing")  # unreachable: a respacing leaves _MIN_SPREAD


def _neighbours(conn: Connection, key: bytes, voter_id: int) -> tuple[int, int | None]:
    below = conn.execute(
        "SELECT place FROM voter WHERE (sort_key, id) < (?, ?) ORDER BY sort_key DESC, id DESC LIMIT 1",
        (key, voter_id),
    ).fetchone()
    above = conn.execute(
        "SELECT place FROM voter WHERE (sort_key, id) > (?, ?) ORDER BY sort_key, id LIMIT 1", (key, voter_id)
    ).fetchone()
    return (0 if below is None else int(below[0])), (None if above is None else int(above[0]))


def _respace(conn: Connection, key: bytes, voter_id: int) -> None:
    """Spreads out the places around `key` over a window wide enough to leave room."""
    side = _FIRST_WINDOW
    while True:
        before = _side(conn, _BEFORE, (key, voter_id), side + 1)
        after = _side(conn, _AFTER, (key, voter_id), side + 1)
        low = before[side][1] if len(before) > side else 0
        high = after[side][1] if len(after) > side else None
        window = [*reversed(before[:side]), *after[:side]]
        if high is None or (high - low) // (len(window) + 2) >= _MIN_SPREAD:
            break
        side *= 2
    step = GAP if high is None else (high - low) // (len(window) + 2)
    _move(conn, [(voter_id_, low + step * (i + 1 + (i >= len(before[:side])))) for i, (voter_id_, _) in
                 enumerate(window)])  # fmt: skip


_BEFORE = "SELECT id, place FROM voter WHERE (sort_key, id) < (?, ?) ORDER BY sort_key DESC, id DESC"
_AFTER = "SELECT id, place FROM voter WHERE (sort_key, id) > (?, ?) ORDER BY sort_key, id"


def _side(conn: Connection, select: str, at: tuple[bytes, int], count: int) -> list[tuple[int, int]]:
    return conn.execute(f"{select} LIMIT {int(count)}", at).fetchall()


def _move(conn: Connection, places: Sequence[tuple[int, int]]) -> None:
    """Gives voters new places: all out of the index first, so no two rowids ever meet."""
    for voter_id, _ in places:
        unindex(conn, voter_id)
    conn.executemany("UPDATE voter SET place = ? WHERE id = ?", [(place, voter_id) for voter_id, place in places])
    for voter_id, _ in places:
        index(conn, voter_id)
