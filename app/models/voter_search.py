"""Voter search over the encrypted store (DESIGN.md "Text").

Every query word is a prefix of some token of the voter's name, in any order, in
Cyrillic of any case or in Latin (`app.models.text`). The words are an FTS5 query of
prefixes over `voter_fts` (`app.models.voter_index`), whose rowids are the voters' places
in Kyrgyz order: `ORDER BY rowid LIMIT n` gives the first page in alphabetical order
straight from the index, without a sort, whatever the number of matches (bench/search.py).

Rank: a voter one of whose surname tokens a query word prefixes comes before the others
(`usonov` lists the Үсөнов family before the Үсөнович patronymics); each rank is in Kyrgyz
order (docs/decisions.md). The first `want` matches are ranked in Python from their search
text; only when there are more matches and the first ones are not all of the first rank is
the query run again with a word in the surname column, giving the first rank whole.

A query of digits alone looks up PINs by prefix.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.models.db import Connection
from app.models.text import in_surname, name_sort_key, query_words, search_text

PIN_MIN_DIGITS = 4


@dataclass(frozen=True)
class Plan:
    ids: list[int]  # voter ids in Kyrgyz order, up to limit + 1
    name: str


def upper_bound(prefix: str) -> str:
    return prefix + "\uffff"


def match_words(words: list[str]) -> str:
    """The FTS5 query of voters having a token that each word prefixes."""
    return " ".join(_prefix(word) for word in words)


def match_in_surname(words: list[str]) -> str:
    """The FTS5 query of the first rank: every word somewhere, and one of them in the surname."""
    return f"({match_words(words)}) AND ({' OR '.join('surname : ' + _prefix(word) for word in words)})"


def _prefix(word: str) -> str:
    return '"' + word.replace('"', '""') + '"*'


class VoterSearch:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def ids(self, query: str, limit: int) -> Plan:
        """Up to `limit + 1` matching voter ids in Kyrgyz order, and the plan used."""
        words = query_words(query)
        if not words:
            return Plan([], "empty")
        if len(words) == 1 and words[0].isdigit():
            return Plan(self._pin(words[0], limit + 1), "pin")
        return Plan(self._ranked(words, limit + 1), "index")

    def _ranked(self, words: list[str], want: int) -> list[int]:
        """The first `want` matches, surname matches first."""
        found = self._matches(match_words(words), want)
        first = [i for i, text in found if any(in_surname(text, w) for w in words)]
        if len(found) == want and len(first) < want:  # more matches: the first rank may go on
            first = [i for i, _ in self._matches(match_in_surname(words), want)]
        chosen = set(first)
        return (first + [i for i, _ in found if i not in chosen])[:want]

    def _matches(self, match: str, want: int) -> list[tuple[int, str]]:
        """The first `want` voters an FTS5 query matches, in Kyrgyz order, with their search texts."""
        sql = (
            "SELECT voter.id, voter.search_text FROM voter_fts JOIN voter ON voter.place = voter_fts.rowid"
            f" WHERE voter_fts MATCH ? ORDER BY voter_fts.rowid {_limit(want)}"
        )
        return [(int(i), str(text)) for i, text in self._conn.execute(sql, (match,))]

    def _pin(self, digits: str, want: int) -> list[int]:
        if len(digits) < PIN_MIN_DIGITS:
            return []
        sql = f"SELECT id FROM voter WHERE pin >= ? AND pin < ? ORDER BY place {_limit(want)}"
        return [r[0] for r in self._conn.execute(sql, (digits, upper_bound(digits)))]


def _limit(rows: int) -> str:
    """A LIMIT clause with the number written in: with a bound parameter there, SQLite
    prepares the statement again at every execution (its plan may depend on the limit),
    which costs more than the query itself (tests/test_search.py, bench/search.py)."""
    return f"LIMIT {int(rows)}"


REBUILD_CHUNK = 5000


def recompute_keys(conn: Connection) -> None:
    """Recomputes every voter's sort key and search text (after a change of the key rules in
    `app.models.text`: precinct migration 9). A store with the FTS5 index (migration 11 on) then
    needs `voter_index.number_in_order`, which places the voters anew and rebuilds the index."""
    last = 0
    select = "SELECT id, last_name, first_name, patronymic FROM voter WHERE id > ? ORDER BY id LIMIT ?"
    while rows := conn.execute(select, (last, REBUILD_CHUNK)).fetchall():
        update = [(name_sort_key(*names), search_text(*names), voter_id) for voter_id, *names in rows]
        conn.executemany("UPDATE voter SET sort_key = ?, search_text = ? WHERE id = ?", update)
        last = rows[-1][0]
