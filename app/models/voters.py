"""The voter list in the encrypted store: bulk load, status, history and search.

Search is in `voter_search`; this module keeps the rows and the tokens it reads.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from app.models.db import Connection
from app.models.records import PublicVoter, Voter, VoterRow, VoterStatus
from app.models.text import name_sort_key, name_tokens, search_text
from app.models.voter_search import VoterSearch, name_pairs, stat_pairs

_VOTER_COLUMNS = "pin, last_name, first_name, patronymic, birth_date, sex, address, precinct, special_category"
_STAGED = f"{_VOTER_COLUMNS}, sort_key, search_text, updated_at"
_LOAD_CACHE_KIB = 65536  # the page cache while loading an empty list; the store's own is restored after


def list_order(row: VoterRow) -> tuple[bytes, str]:
    """The order a package brings voters in: Kyrgyz order of the name, then PIN."""
    return name_sort_key(row.last_name, row.first_name, row.patronymic), row.pin


@dataclass(frozen=True)
class SearchResult:
    voters: list[PublicVoter]
    more: bool  # there are more matches than were returned
    plan: str  # "sparse", "dense", "pin" or "empty" (for the benchmark)


class VoterRepository:
    def __init__(self, conn: Connection, **search_options: int) -> None:
        self._conn = conn
        self._search_options = search_options  # plan thresholds, for tests and benchmarks

    # ---- writing ---------------------------------------------------------------------
    def add_many(self, rows: Iterable[VoterRow], at: str, chunk: int = 5000) -> int:
        """Insert voters (inside the caller's transaction); returns how many.

        Into an empty list this is a bulk load in bounded memory (`_load_empty`; bench/search.py
        and bench/sync.py print the rate and the peak memory)."""
        bulk = self._conn.execute("SELECT NOT EXISTS (SELECT 1 FROM voter)").fetchone()[0] == 1
        if bulk:
            return self._load_empty(_chunks(rows, chunk), at)
        stats = _Stats({}, {})
        total = sum(self._insert(batch, at, stats) for batch in _chunks(rows, chunk))
        self._merge_stats(stats)
        return total

    def _load_empty(self, chunks: Iterable[Sequence[VoterRow]], at: str) -> int:
        """Loads an empty list in bounded memory, whatever its size.

        Voters are written as they arrive (a package brings them in `list_order`, so their ids
        then follow the alphabet and one query's results sit on neighbouring pages), each chunk's
        postings in key order. Nothing goes through SQLite's sorter, whose runs would all stay in
        memory (temp_store=MEMORY), and no statistics are kept in Python: they are counted from
        the postings at the end. The page cache is smaller while loading; pages beyond it go to
        the encrypted WAL."""
        execute = self._conn.execute
        cache = int(execute("PRAGMA cache_size").fetchone()[0])
        execute(f"PRAGMA cache_size = -{_LOAD_CACHE_KIB}")
        try:
            total = sum(self._insert(rows, at, None) for rows in chunks)
            # The statistics of an empty list are those of the postings just written: a token's
            # or a pair's count and first sort key, each pair in both orders (see `stat_pairs`).
            execute("INSERT INTO token_stat SELECT token, count(*), min(sort_key) FROM voter_token GROUP BY token")
            execute("INSERT INTO pair_stat SELECT pair, count(*), min(sort_key) FROM voter_pair GROUP BY pair")
            swapped = "substr(pair, instr(pair, char(1)) + 1) || char(1) || substr(pair, 1, instr(pair, char(1)) - 1)"
            execute(f"INSERT INTO pair_stat SELECT {swapped}, count(*), min(sort_key) FROM voter_pair GROUP BY pair")
        finally:
            execute(f"PRAGMA cache_size = {cache}")
        return total

    def _insert(self, rows: Sequence[VoterRow], at: str, stats: _Stats | None) -> int:
        """One chunk of voters with their postings; the statistics are counted in `stats`, or
        (None) by the caller from the postings afterwards."""
        last = self._conn.execute("SELECT coalesce(max(id), 0) FROM voter").fetchone()[0]
        voters, tokens, pairs = [], [], []
        for voter_id, row in enumerate(rows, int(last) + 1):
            names = (row.last_name, row.first_name, row.patronymic)
            key, tokens_of = name_sort_key(*names), name_tokens(*names)
            text = search_text(*names)
            voters.append((voter_id, *_row_values(row), key, text, at))
            tokens += [(token, key, voter_id, text) for token in tokens_of]
            pairs += [(pair, key, voter_id) for pair in name_pairs(tokens_of)]
            if stats is not None:
                stats.count(key, tokens_of, stat_pairs(tokens_of))
        marks = ",".join("?" * 13)
        self._conn.executemany(f"INSERT INTO voter (id, {_STAGED}) VALUES ({marks})", voters)
        self._conn.executemany("INSERT INTO voter_token VALUES (?,?,?,?)", sorted(tokens))
        self._conn.executemany("INSERT INTO voter_pair VALUES (?,?,?)", sorted(pairs))
        return len(rows)

    def set_status(
        self, voter_id: int, status: VoterStatus, *, at: str, login: str, reason: str = "", claim: str = ""
    ) -> None:
        before = self.get(voter_id)
        self._conn.execute(
            "UPDATE voter SET status = ?, block_reason = ?, block_claim = ?, updated_at = ? WHERE id = ?",
            (status.value, reason, claim, at, voter_id),
        )
        change = {"status": [before.status.value, status.value], "reason": reason, "claim": claim}
        self._history(voter_id, at, login, "status", change)

    def _history(self, voter_id: int, at: str, login: str, action: str, change: dict[str, Any]) -> None:
        self._conn.execute(
            "INSERT INTO voter_history (voter_id, at, login, action, change) VALUES (?,?,?,?,?)",
            (voter_id, at, login, action, json.dumps(change, ensure_ascii=False)),
        )

    def find_pin(self, pin: str) -> Voter | None:
        row = self._conn.execute("SELECT id FROM voter WHERE pin = ?", (pin,)).fetchone()
        return None if row is None else self.get(int(row[0]))

    def update_row(self, voter_id: int, row: VoterRow, *, at: str, login: str) -> dict[str, list[str]]:
        """Changes a voter's fields (a correction from the central list); returns what changed.

        A changed name moves the voter's search postings: the old tokens and pairs are taken out
        (and their statistics counted down), the new ones put in."""
        before = self.get(voter_id).row
        names_before = (before.last_name, before.first_name, before.patronymic)
        names = (row.last_name, row.first_name, row.patronymic)
        change = {
            f: [getattr(before, f), getattr(row, f)]
            for f in _VOTER_COLUMNS.split(", ")
            if getattr(before, f) != getattr(row, f)
        }
        if not change:
            return change
        key, tokens = name_sort_key(*names), name_tokens(*names)
        text = search_text(*names)
        self._conn.execute(
            f"UPDATE voter SET ({_VOTER_COLUMNS}, sort_key, search_text, updated_at)"
            " = (?,?,?,?,?,?,?,?,?,?,?,?) WHERE id = ?",
            (*_row_values(row), key, text, at, voter_id),
        )
        if names != names_before:
            self._move_postings(voter_id, name_tokens(*names_before), tokens, key, text)
        self._history(voter_id, at, login, "change", {f: v for f, v in change.items() if f != "pin"})
        return change

    def _move_postings(self, voter_id: int, old: list[str], new: list[str], key: bytes, text: str) -> None:
        execute = self._conn.execute
        execute(
            f"DELETE FROM voter_token WHERE voter_id = ? AND token IN ({','.join('?' * len(old))})", (voter_id, *old)
        )
        for pair in name_pairs(old):
            execute("DELETE FROM voter_pair WHERE pair = ? AND voter_id = ?", (pair, voter_id))
        for table, names in (("token_stat", sorted(set(old))), ("pair_stat", stat_pairs(old))):
            column = table.split("_")[0]
            for name in names:
                execute(f"UPDATE {table} SET n = n - 1 WHERE {column} = ?", (name,))
                execute(f"DELETE FROM {table} WHERE {column} = ? AND n <= 0", (name,))
        self._conn.executemany("INSERT INTO voter_token VALUES (?,?,?,?)", [(t, key, voter_id, text) for t in set(new)])
        self._conn.executemany("INSERT INTO voter_pair VALUES (?,?,?)", [(p, key, voter_id) for p in name_pairs(new)])
        stats = _Stats({}, {})
        stats.count(key, sorted(set(new)), stat_pairs(new))
        self._merge_stats(stats)

    def destroy(self, voter_id: int) -> None:
        """Deletes a voter's record, history and search postings (R-CLM-4: data collected
        unlawfully). The connection has secure_delete on, so freed pages are zeroed too."""
        voter = self.get(voter_id).row
        self._move_postings(voter_id, name_tokens(voter.last_name, voter.first_name, voter.patronymic), [], b"", "")
        self._conn.execute("UPDATE claim SET voter_id = NULL WHERE voter_id = ?", (voter_id,))
        self._conn.execute("DELETE FROM voter_history WHERE voter_id = ?", (voter_id,))
        self._conn.execute("DELETE FROM voter WHERE id = ?", (voter_id,))

    def _merge_stats(self, stats: _Stats) -> None:
        for table, counts in (("token_stat", stats.tokens), ("pair_stat", stats.pairs)):
            key = table.split("_")[0]
            self._conn.executemany(
                f"INSERT INTO {table} VALUES (?, ?, ?) ON CONFLICT ({key}) DO UPDATE"
                " SET n = n + excluded.n, first_key = min(first_key, excluded.first_key)",
                sorted((k, n, first) for k, (n, first) in counts.items()),
            )

    # ---- reading ---------------------------------------------------------------------
    def count(self) -> int:
        sql = "SELECT count(*) FROM voter INDEXED BY voter_listed WHERE status != 'removed'"  # schema V10
        return int(self._conn.execute(sql).fetchone()[0])

    def count_all(self) -> int:
        """Every record, removed ones included."""
        return int(self._conn.execute("SELECT count(*) FROM voter").fetchone()[0])

    def listed_names(self) -> Iterator[tuple[str, str, str]]:
        """(last, first, patronymic) of every voter not removed, in Kyrgyz order (the posting list)."""
        rows = self._conn.execute(
            "SELECT last_name, first_name, patronymic FROM voter INDEXED BY voter_by_sort"
            " WHERE status != 'removed' ORDER BY sort_key, id"
        )
        for last, first, patronymic in rows:
            yield str(last), str(first), str(patronymic)

    def get(self, voter_id: int) -> Voter:
        row = self._conn.execute(
            f"SELECT id, {_VOTER_COLUMNS}, status, block_reason, block_claim FROM voter WHERE id = ?",
            (voter_id,),
        ).fetchone()
        if row is None:
            raise KeyError(voter_id)
        return Voter(row[0], VoterRow(*row[1:10]), VoterStatus(row[10]), row[11], row[12])

    def history(self, voter_id: int) -> list[tuple[str, str, str, dict[str, Any]]]:
        rows = self._conn.execute(
            "SELECT at, login, action, change FROM voter_history WHERE voter_id = ? ORDER BY id", (voter_id,)
        )
        return [(at, login, action, json.loads(change)) for at, login, action, change in rows]

    def namesakes(self, voter_id: int) -> list[PublicVoter]:
        """The listed voters (not removed) whose full name is exactly that of `voter_id`, the voter
        included, in list order: the few rows of one sort key, read through `voter_by_sort`."""
        found = self._conn.execute("SELECT sort_key FROM voter WHERE id = ?", (voter_id,)).fetchone()
        if found is None:
            raise KeyError(voter_id)
        rows = self._conn.execute(
            "SELECT id, last_name, first_name, patronymic, precinct, status, block_claim"
            " FROM voter INDEXED BY voter_by_sort WHERE sort_key = ? ORDER BY sort_key, id",
            (found[0],),
        ).fetchall()
        names = {row[0]: " ".join(filter(None, row[1:4])) for row in rows}
        return [_public(row) for row in rows if row[5] != "removed" and names[row[0]] == names[voter_id]]

    def search(self, query: str, limit: int = 50) -> SearchResult:
        """Public fields of the matching voters in Kyrgyz order (see `voter_search`)."""
        plan = VoterSearch(self._conn, **self._search_options).ids(query, limit)
        return self._result(plan.ids, limit, plan.name)

    def _result(self, ids: list[int], limit: int, plan: str) -> SearchResult:
        shown = ids[:limit]
        marks = ",".join("?" * len(shown))
        rows = self._conn.execute(
            "SELECT id, last_name, first_name, patronymic, precinct, status, block_claim FROM voter"
            f" WHERE id IN ({marks})",
            shown,
        )
        by_id = {r[0]: r for r in rows}
        voters = [_public(by_id[i]) for i in shown if i in by_id and by_id[i][5] != "removed"]
        return SearchResult(voters, len(ids) > limit, plan)


def _row_values(row: VoterRow) -> tuple[str, ...]:
    return (
        row.pin, row.last_name, row.first_name, row.patronymic, row.birth_date,
        row.sex, row.address, row.precinct, row.special_category,
    )  # fmt: skip


def _public(row: tuple[Any, ...]) -> PublicVoter:
    return PublicVoter(row[0], " ".join(filter(None, row[1:4])), row[4], _STATUS[row[5]], row[6])


_STATUS = {status.value: status for status in VoterStatus}


@dataclass(frozen=True)
class _Stats:
    """Postings per token and per pair, with the first sort key of each (for merges)."""

    tokens: dict[str, tuple[int, bytes]]
    pairs: dict[str, tuple[int, bytes]]

    def count(self, key: bytes, tokens: list[str], pairs: list[str]) -> None:
        for table, names in ((self.tokens, tokens), (self.pairs, pairs)):
            for name in names:
                n, first = table.get(name, (0, key))
                table[name] = (n + 1, min(first, key))


def _chunks(rows: Iterable[VoterRow], size: int) -> Iterator[list[VoterRow]]:
    batch: list[VoterRow] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
