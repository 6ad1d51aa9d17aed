"""The voters' search index through every write (R-DATA-3 search, R-CLM-4 destruction).

The FTS5 index's rowids are places that follow Kyrgyz order with gaps (`app.models.voter_index`).
These tests write voters where the gaps run out, rename voters across the alphabet, destroy one
and load a list out of order, and check after each that FTS5's own integrity check passes, the
places still follow the alphabet, and search answers in Kyrgyz order.
"""

from __future__ import annotations

import contextlib
import itertools
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from app.models import voter_index
from app.models.db import Connection, migrate, new_key, open_store, transaction
from app.models.records import VoterRow
from app.models.schema import PRECINCT_MIGRATIONS
from app.models.text import KYRGYZ_ALPHABET, name_sort_key
from app.models.voters import VoterRepository
from tests.search_index import assert_index_whole, index_pages_hold, index_terms, indexed_words


def _voter(i: int, last: str, first: str = "Бакыт") -> VoterRow:
    return VoterRow(f"2150319900{i:04d}", last, first, "", "1990-03-15", "M", "Бишкек", "1001")


@pytest.fixture
def repo(tmp_path: Path) -> VoterRepository:
    conn = open_store(tmp_path / "p.db", new_key(), create=True)
    migrate(conn, PRECINCT_MIGRATIONS)
    with transaction(conn):
        VoterRepository(conn).add_many([_voter(1, "Абдыраев"), _voter(2, "Маматов"), _voter(3, "Үсөнов")], "t")
    return VoterRepository(conn)


def _places(conn: Connection) -> list[int]:
    return [r[0] for r in conn.execute("SELECT place FROM voter ORDER BY sort_key, id")]


def _count_respacings(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    respace = voter_index.VoterIndex._respace

    def counted(*args: Any) -> None:
        calls.append(1)
        respace(*args)

    monkeypatch.setattr(voter_index.VoterIndex, "_respace", counted)
    return calls


def test_namesakes_added_one_by_one_spread_the_crowded_gap(
    repo: VoterRepository, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each namesake of Абдыраев goes between the last of them and Маматов: the gap halves at
    every voter and runs out after 24, then the places around it are spread out again."""
    conn = repo._conn
    respacings = _count_respacings(monkeypatch)
    for i in range(4, 84):
        with transaction(conn):
            repo.add_many([_voter(i, "Абдыраев")], "t")
    assert_index_whole(conn)
    places = _places(conn)
    assert min(b - a for a, b in itertools.pairwise(places)) >= 2
    found = repo.search("абдыраев", 100).voters
    assert [v.id for v in found] == [1, *range(4, 84)]
    assert len(respacings) >= 3
    assert [v.full_name for v in repo.search("ба", 200).voters][-2:] == ["Маматов Бакыт", "Үсөнов Бакыт"]


def test_voters_added_before_the_first_one_and_each_other(
    repo: VoterRepository, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Names that each come before every other (Аая, Ааю, ... Ааа): the gap below the first
    place runs out at 0 and the start of the list is spread out."""
    conn = repo._conn
    respacings = _count_respacings(monkeypatch)
    names = [f"Аа{letter.lower()}" for letter in reversed(KYRGYZ_ALPHABET)]
    for i, name in enumerate(names, 10):
        with transaction(conn):
            repo.add_many([_voter(i, name)], "t")
    assert_index_whole(conn)
    found = [v.full_name.split()[0] for v in repo.search("бакыт", 100).voters]
    assert found == [*reversed(names), "Абдыраев", "Маматов", "Үсөнов"]
    assert respacings


def test_a_renamed_voter_moves_in_the_alphabet_and_the_index(repo: VoterRepository) -> None:
    conn = repo._conn
    first = repo.get(1).row
    with transaction(conn):
        changed = repo.update_row(1, replace(first, last_name="Чыныбаев"), at="t", login="central")
    assert changed == {"last_name": ["Абдыраев", "Чыныбаев"]}
    assert_index_whole(conn)
    assert repo.search("абдыраев").voters == []
    assert [v.id for v in repo.search("бакыт").voters] == [2, 3, 1]  # Маматов, Үсөнов, Чыныбаев
    terms = index_terms(conn, by="pin")
    assert ("chinibaev", first.pin, 0) in terms and not any(t[0].startswith("abdir") for t in terms)
    with transaction(conn):  # a change of address alone leaves the index as it was
        repo.update_row(1, replace(first, last_name="Чыныбаев", address="Ош"), at="t", login="central")
    assert index_terms(conn, by="pin") == terms


def test_a_destroyed_voter_leaves_no_term_in_the_index(repo: VoterRepository) -> None:
    """R-CLM-4: the index runs with secure-delete, so a destroyed voter's tokens leave its pages
    (the encrypted file is read through SQL: the index's own blobs and its list of terms)."""
    conn = repo._conn
    with transaction(conn):
        repo.add_many([_voter(9, "Зыйнатбекова", "Кундузкан")], "t")
    assert {"zinatbekova", "kunduzkan"} <= indexed_words(conn)
    with transaction(conn):
        repo.destroy(4)
    assert_index_whole(conn)
    assert not {w for w in indexed_words(conn) if w.startswith(("zinat", "kundu"))}
    assert not index_pages_hold(conn, b"atbekova") and not index_pages_hold(conn, b"nduzkan")
    assert repo.search("зыйнат").voters == []


def test_a_bulk_load_out_of_order_is_numbered_again(tmp_path: Path) -> None:
    """A list whose voters do not come in Kyrgyz order (a package must bring them in order, a
    CSV need not) gets its places by sort key at the end of the load."""
    conn = open_store(tmp_path / "p.db", new_key(), create=True)
    migrate(conn, PRECINCT_MIGRATIONS)
    names = ["Үсөнов", "Абдыраев", "Ногойбаев", "Ңаматов", "Өмүров", "Омуров"]
    with transaction(conn):
        VoterRepository(conn).add_many([_voter(i, n) for i, n in enumerate(names, 1)], "t", chunk=2)
    assert_index_whole(conn)
    found = [v.full_name.split()[0] for v in VoterRepository(conn).search("бакыт").voters]
    assert found == sorted(names, key=lambda n: name_sort_key(n, "Бакыт", ""))
    assert found == ["Абдыраев", "Ногойбаев", "Ңаматов", "Омуров", "Өмүров", "Үсөнов"]


def test_places_are_gap_apart_after_an_ordered_load(repo: VoterRepository) -> None:
    assert _places(repo._conn) == [voter_index.GAP, 2 * voter_index.GAP, 3 * voter_index.GAP]


def test_an_update_batch_gives_the_index_of_one_by_one(tmp_path: Path) -> None:
    """An update's changes in one batch (the index written at the end, in rowid order): the
    same index and answers as the same changes written one at a time, a destroyed voter erased."""
    results = []
    for batched in (False, True):
        conn = open_store(tmp_path / f"{batched}.db", new_key(), create=True)
        migrate(conn, PRECINCT_MIGRATIONS)
        repo = VoterRepository(conn)
        with transaction(conn):
            repo.add_many(
                [_voter(i, n) for i, n in enumerate(["Абдыраев", "Зыйнатбекова", "Маматов", "Үсөнов"], 1)], "t"
            )
        with transaction(conn), repo.index_batch() if batched else contextlib.nullcontext():
            for i in range(5, 45):  # namesakes: places run out and are spread inside the batch
                repo.add_many([_voter(i, "Маматов", "Азамат")], "t")
            repo.update_row(1, replace(repo.get(1).row, last_name="Чыныбаев"), at="t", login="central")
            repo.update_row(5, replace(repo.get(5).row, first_name="Айбек"), at="t", login="central")
            repo.destroy(2)
            repo.update_row(1, replace(repo.get(1).row, first_name="Нурлан"), at="t", login="central")
        assert_index_whole(conn)
        assert not {w for w in indexed_words(conn) if w.startswith("zinat")}
        assert not index_pages_hold(conn, b"atbekova")
        results.append((index_terms(conn, by="pin"), [v.full_name for v in repo.search("а", 100).voters]))
    assert results[0] == results[1]
