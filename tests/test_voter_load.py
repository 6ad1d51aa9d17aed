"""The bulk load's two threads (`app.models.voter_load`): a writer inserts one chunk while the
caller decodes the next. An error on either side goes up once, after the writer has stopped, and
the caller's rollback leaves an empty list (R-SEC-10: the first package completes or leaves
nothing)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from app.models.db import Connection, migrate, new_key, open_store, transaction
from app.models.records import VoterRow
from app.models.schema import PRECINCT_MIGRATIONS
from app.models.synthetic import generate_voters
from app.models.voters import VoterRepository, list_order
from tests.search_index import assert_index_whole

ROWS = sorted(generate_voters(1200, seed=11), key=list_order)


class Broken(Exception):
    pass


@pytest.fixture
def conn(tmp_path: Path) -> Connection:
    store = open_store(tmp_path / "p.db", new_key(), create=True)
    migrate(store, PRECINCT_MIGRATIONS)
    return store


def _failing(rows: list[VoterRow], at: int) -> Iterator[VoterRow]:
    for i, row in enumerate(rows):
        if i == at:
            raise Broken(i)
        yield row


def _writers() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("voter-load")]


def test_a_chunked_load_indexes_every_voter_in_order(conn: Connection) -> None:
    with transaction(conn):
        assert VoterRepository(conn).add_many(ROWS, "t", chunk=100) == 1200
    assert_index_whole(conn)
    found = VoterRepository(conn).search(ROWS[700].last_name, 2000).voters
    assert ROWS[700].pin in {VoterRepository(conn).get(v.id).row.pin for v in found}
    assert not _writers()


@pytest.mark.parametrize("at", [0, 99, 100, 650, 1199])
def test_an_error_while_decoding_goes_up_and_the_rollback_leaves_nothing(conn: Connection, at: int) -> None:
    """The generator fails (a bad record) while the writer may hold the chunk before."""
    with pytest.raises(Broken), transaction(conn):
        VoterRepository(conn).add_many(_failing(ROWS, at), "t", chunk=100)
    assert not _writers()
    assert VoterRepository(conn).count_all() == 0
    assert conn.execute("SELECT count(*) FROM voter_fts_data").fetchone()[0] <= 2  # FTS5's own header rows
    assert_index_whole(conn)


def test_an_error_in_the_writer_goes_up_and_the_rollback_leaves_nothing(conn: Connection) -> None:
    """A PIN twice, in different chunks: the writer's insert fails; the caller stops there."""
    rows = [*ROWS[:500], replace(ROWS[600], pin=ROWS[10].pin), *ROWS[501:]]
    pulled: list[int] = []

    def counted() -> Iterator[VoterRow]:
        for row in rows:
            pulled.append(1)
            yield row

    with pytest.raises(Exception, match="UNIQUE"), transaction(conn):
        VoterRepository(conn).add_many(counted(), "t", chunk=100)
    assert len(pulled) < len(rows)  # the load stopped at the writer's error, it did not read on
    assert not _writers()
    assert VoterRepository(conn).count_all() == 0


def test_every_field_comes_back_as_it_went_in(conn: Connection) -> None:
    """The rows travel to SQLite as JSON (`jsonb_each`): quotes, backslashes, characters beyond
    the BMP and long texts come back unchanged, each column with its type."""
    odd = replace(ROWS[0], address='Бишкек ш., "Ала-Тоо" \\ 5-үй, 𝔸 ' + "ү" * 150, special_category="")
    rows = [odd, *ROWS[1:]]
    with transaction(conn):
        VoterRepository(conn).add_many(rows, "2026-12-04T10:00:00Z", chunk=100)
    repo = VoterRepository(conn)
    assert [repo.get(i + 1).row for i in range(len(rows))] == rows
    types = conn.execute("SELECT DISTINCT typeof(id), typeof(sort_key), typeof(place), typeof(pin) FROM voter")
    assert types.fetchall() == [("integer", "blob", "integer", "text")]
