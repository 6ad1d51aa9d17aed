"""Voter search over the encrypted store (DESIGN.md "Text", R-DATA-3).

Search is checked against a brute-force reference on generated voters:
any order of name parts, prefixes, any case, Latin transliteration, PIN; voters whose
surname a query word prefixes first, each rank in Kyrgyz order. The spellings of the
standards (ICAO 9303, GOST 7.79) are in tests/test_search_spellings.py.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.models.db import migrate, new_key, open_store, transaction
from app.models.records import VoterRow, VoterStatus
from app.models.schema import PRECINCT_MIGRATIONS
from app.models.synthetic import generate_voters
from app.models.text import name_sort_key, name_tokens, query_words, register_collation, transliterate
from app.models.voters import VoterRepository, list_order
from tests.search_index import assert_index_whole, index_terms

VOTERS = [
    VoterRow("21503199000124", "Тургунбек уулу", "Бакыт", "", "1990-03-15", "M", "Бишкек", "1001"),
    VoterRow("11503199000125", "Тургунбек кызы", "Жаңыл", "", "1990-03-15", "F", "Бишкек", "1001"),
    VoterRow("11503199000126", "Үсөнова", "Айгүл", "Өмүрбековна", "1990-03-15", "F", "Бишкек", "1001"),
    VoterRow("21503199000127", "Усенов", "Нурлан", "", "1990-03-15", "M", "Бишкек", "1001"),
    VoterRow("21503199000128", "Нурланов", "Ерлан", "Ёлкинович", "1990-03-15", "M", "Бишкек", "1001"),
    *generate_voters(3000, seed=11),
]


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> VoterRepository:
    conn = open_store(Path(tmp_path_factory.mktemp("search")) / "p.db", new_key(), create=True)
    migrate(conn, PRECINCT_MIGRATIONS)
    register_collation(conn)
    with transaction(conn):
        VoterRepository(conn).add_many(VOTERS, "2026-01-01", chunk=700)
    return VoterRepository(conn)


def _key(v: VoterRow) -> bytes:
    return name_sort_key(v.last_name, v.first_name, v.patronymic)


# A bulk load numbers voters as they arrive (a package brings them in Kyrgyz order; these are
# not, so every plan must order by sort key itself, ties by id).
ID = {v.pin: number for number, v in enumerate(VOTERS, 1)}


def _rank(v: VoterRow, words: list[str]) -> int:
    """0 when a query word prefixes a token of the surname, else 1."""
    surname = name_tokens(v.last_name, "", "")
    return 0 if any(t.startswith(w) for w in words for t in surname) else 1


def reference(query: str, limit: int) -> list[int]:
    words = query_words(query)
    hits = [
        (_rank(v, words), _key(v), ID[v.pin])
        for v in VOTERS
        if all(any(t.startswith(w) for t in name_tokens(v.last_name, v.first_name, v.patronymic)) for w in words)
    ]
    return [i for _, _, i in sorted(hits)][:limit]


def _ids(repo: VoterRepository, query: str, limit: int = 50) -> list[int]:
    found = repo.search(query, limit)
    assert found.plan in {"index", "pin", "empty"}
    return [v.id for v in found.voters]


@st.composite
def name_queries(draw: st.DrawFn) -> str:
    voter = draw(st.sampled_from(VOTERS))
    parts = [p for p in " ".join((voter.last_name, voter.first_name, voter.patronymic)).split() if p]
    chosen = draw(st.lists(st.sampled_from(parts), min_size=1, max_size=3, unique=True))
    words = [w[: draw(st.integers(min_value=1, max_value=len(w)))] for w in chosen]
    query = " ".join(draw(st.permutations(words)))
    style = draw(st.sampled_from(["lower", "upper", "latin", "as-is"]))
    return {"lower": query.lower(), "upper": query.upper(), "latin": transliterate(query)}.get(style, query)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=name_queries())
@example(query="э бүбүж")  # a word no voter has (found by this test when search had plans)
def test_search_matches_the_reference(repo: VoterRepository, query: str) -> None:
    assert _ids(repo, query, limit=20) == reference(query, 20)


def test_any_order_of_parts_case_and_latin_find_the_same_voter(repo: VoterRepository) -> None:
    for query in ("Тургунбек уулу Бакыт", "бакыт ТУРГУНБЕК", "Turgunbek uulu Bakyt", "bakyt turg", "Тур уул Бак"):
        names = [v.full_name for v in repo.search(query).voters]
        assert "Тургунбек уулу Бакыт" in names, query


def test_kyrgyz_letters_in_latin_and_yo(repo: VoterRepository) -> None:
    assert "Үсөнова Айгүл Өмүрбековна" in [v.full_name for v in repo.search("Usonova Aigul").voters]
    assert "Тургунбек кызы Жаңыл" in [v.full_name for v in repo.search("Jangyl").voters]
    assert "Нурланов Ерлан Ёлкинович" in [v.full_name for v in repo.search("елкинович").voters]


def test_results_come_in_kyrgyz_alphabetical_order(repo: VoterRepository) -> None:
    """У before Ү: Усенов sorts before Үсөнова although both fold to 'us...'; surname matches
    first, each rank in order."""
    by_name = {" ".join(filter(None, (v.last_name, v.first_name, v.patronymic))): v for v in VOTERS}
    names = [v.full_name for v in repo.search("ус", limit=500).voters]
    keys = [(_rank(by_name[n], ["us"]), _key(by_name[n])) for n in names]
    assert names and keys == sorted(keys) and {rank for rank, _ in keys} == {0, 1}
    usenov, usonova = names.index("Усенов Нурлан"), names.index("Үсөнова Айгүл Өмүрбековна")
    assert usenov < usonova


def test_search_by_pin_prefix_and_short_pins(repo: VoterRepository) -> None:
    assert [v.id for v in repo.search("21503199000124").voters] == [ID["21503199000124"]]
    assert {ID[p] for p in ("21503199000124", "21503199000127", "21503199000128")} <= {
        v.id for v in repo.search("2150319900").voters
    }
    assert repo.search("215").voters == []


def test_results_hold_public_fields_only(repo: VoterRepository) -> None:
    """R-DATA-3: ФИО and precinct (and, for a blocked voter, the claim number it waits on); no PIN,
    birth date or address in a search result."""
    voter = repo.search("Тургунбек Бакыт").voters[0]
    assert set(voter.__dataclass_fields__) == {"id", "full_name", "precinct", "status", "block_claim"}


def test_blocked_voters_stay_findable_and_marked(repo: VoterRepository) -> None:
    """R-CLM-4 groundwork: a blocked voter is still found, shown as blocked, with history."""
    conn, jangyl = repo._conn, ID["11503199000125"]
    with transaction(conn):
        repo.set_status(jangyl, VoterStatus.BLOCKED, at="2026-01-02", login="m1", reason="claim", claim="1001-2026-1")
    found = repo.search("Жаңыл Тургунбек").voters
    assert found[0].status is VoterStatus.BLOCKED
    assert repo.history(jangyl)[-1][3]["status"] == ["active", "blocked"]
    with transaction(conn):
        repo.set_status(jangyl, VoterStatus.ACTIVE, at="2026-01-03", login="m1")


def test_empty_and_unmatched_queries(repo: VoterRepository) -> None:
    assert repo.search("   ").voters == [] and repo.search("zzzzqqq").voters == []
    rng = random.Random(1)
    assert all(repo.search(rng.choice("!?.,;")).voters == [] for _ in range(5))


def test_bulk_load_numbers_voters_as_they_arrive(repo: VoterRepository, tmp_path: Path) -> None:
    """Ids are the arrival order; voters that arrive in Kyrgyz order, as a package brings them,
    get ids that follow the alphabet, so one query's results share pages."""
    assert [r[0] for r in repo._conn.execute("SELECT pin FROM voter ORDER BY id")] == [v.pin for v in VOTERS]
    assert repo.get(ID[VOTERS[0].pin]).row == VOTERS[0]
    conn = open_store(tmp_path / "sorted.db", new_key(), create=True)
    migrate(conn, PRECINCT_MIGRATIONS)
    with transaction(conn):
        VoterRepository(conn).add_many(sorted(VOTERS[:500], key=list_order), "2026-01-01", chunk=70)
    keys = [r[0] for r in conn.execute("SELECT sort_key FROM voter ORDER BY id")]
    assert len(keys) == 500 and keys == sorted(keys)


def test_adding_to_a_loaded_list_keeps_search_and_order(tmp_path: Path) -> None:
    """The incremental path (a list already loaded) indexes new voters at once."""
    conn = open_store(tmp_path / "p.db", new_key(), create=True)
    migrate(conn, PRECINCT_MIGRATIONS)
    repo = VoterRepository(conn)
    with transaction(conn):
        repo.add_many(VOTERS[5:200], "2026-01-01")
    with transaction(conn):
        repo.add_many(VOTERS[:5], "2026-01-02")
    names = [v.full_name for v in repo.search("Тургунбек", limit=500).voters]
    assert names.index("Тургунбек кызы Жаңыл") < names.index("Тургунбек уулу Бакыт")
    key_of = {v.full_name: (_rank(v, ["turgunbek"]), _key(v)) for v in VOTERS[:200]}
    assert names == sorted(names, key=key_of.__getitem__)
    assert_index_whole(conn)


@pytest.mark.parametrize("query", ["Тургунбек Бакыт", "ай", "а б", "Usonova Aigul", "Тур уул Бак", "usonov", "2150"])
def test_a_repeated_search_prepares_no_statement_again(repo: VoterRepository, query: str) -> None:
    """Search statements stay prepared in the connection's cache, FTS5's own included. A bound
    parameter in a LIMIT would make SQLite prepare the statement again at every execution, which
    costs more than the query (bench/search.py); the authorizer is called at every preparation."""
    prepared: list[int] = []

    def authorize(*_: object) -> int:
        prepared.append(1)
        return 0  # SQLITE_OK

    repo._conn.set_authorizer(authorize)  # (expires every prepared statement once)
    try:
        for limit in (20, 20, 1):
            repo.search(query, limit)
        prepared.clear()
        for limit in (20, 1):
            repo.search(query, limit)
    finally:
        repo._conn.set_authorizer(None)
    assert prepared == []


def test_the_bulk_load_indexes_as_one_by_one(tmp_path: Path) -> None:
    """A bulk load (the index built in one pass at the end) and voters added one at a time (each
    placed between its neighbours) give the same index, the same order and the same answers."""
    contents, answers = [], []
    for name, batches in (("bulk", [VOTERS[:300]]), ("single", [VOTERS[:1], *([v] for v in VOTERS[1:300])])):
        conn = open_store(tmp_path / f"{name}.db", new_key(), create=True)
        migrate(conn, PRECINCT_MIGRATIONS)
        repo = VoterRepository(conn)
        for batch in batches:
            with transaction(conn):
                repo.add_many(batch, "2026-01-01")
        assert_index_whole(conn)
        contents.append(index_terms(conn, by="pin"))
        answers.append([[v.full_name for v in repo.search(q, 30).voters] for q in ("а", "ай", "ус бак", "ka")])
    assert contents[0] == contents[1] and len(contents[0]) > 300
    assert answers[0] == answers[1] and all(answers[0])
