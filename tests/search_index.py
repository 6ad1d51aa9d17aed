"""What tests read of the voters' search index (`app.models.voter_index`)."""

from __future__ import annotations

from collections.abc import Sequence

from app.models.db import Connection
from app.models.records import VoterRow
from app.models.text import name_sort_key, search_text


def assert_index_whole(conn: Connection) -> None:
    """FTS5's own check of the index against the voters' rows, and places that follow Kyrgyz
    order (sort key, then id) with no two alike."""
    conn.execute("INSERT INTO voter_fts (voter_fts, rank) VALUES ('integrity-check', 1)")
    places = [r[0] for r in conn.execute("SELECT place FROM voter ORDER BY sort_key, id")]
    assert all(p > 0 for p in places)
    assert places == sorted(set(places)), "places out of Kyrgyz order or shared"


def index_terms(conn: Connection, by: str = "id") -> list[tuple[str, str, int]]:
    """Every (term, voter, column) the index holds, the voter named by `by` (a voter column);
    column 0 is the surname."""
    conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.voter_fts_terms USING fts5vocab(main, voter_fts, 'instance')")
    rows = conn.execute(
        f"SELECT t.term, voter.{by}, t.col FROM temp.voter_fts_terms AS t LEFT JOIN voter ON voter.place = t.doc"
    )
    return sorted((str(term), str(voter), 0 if col == "surname" else 1) for term, voter, col in rows)


def indexed_words(conn: Connection) -> set[str]:
    """The distinct terms in the index (those of a destroyed voter must not stay)."""
    conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.voter_fts_rows USING fts5vocab(main, voter_fts, 'row')")
    return {str(r[0]) for r in conn.execute("SELECT term FROM temp.voter_fts_rows")}


def insert_old_voters(conn: Connection, rows: Sequence[VoterRow]) -> None:
    """Voters as a store of version 10 or before held them: a row each with its search keys (their
    postings are dropped by migration 11, so none are written)."""
    conn.executemany(
        "INSERT INTO voter (id, pin, last_name, first_name, patronymic, birth_date, sex, address, precinct,"
        " sort_key, search_text, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        [
            (i, v.pin, v.last_name, v.first_name, v.patronymic, v.birth_date, v.sex, v.address, v.precinct,
             name_sort_key(v.last_name, v.first_name, v.patronymic),
             search_text(v.last_name, v.first_name, v.patronymic), "2026-01-01")
            for i, v in enumerate(rows, 1)
        ],
    )  # fmt: skip


def index_pages_hold(conn: Connection, fragment: bytes) -> bool:
    """Whether the index's own blobs hold `fragment` (a deleted entry may stay there, behind a
    delete marker, until FTS5 merges the segments; an erased one must not)."""
    return any(fragment in bytes(row[0]) for row in conn.execute("SELECT block FROM voter_fts_data"))
