"""The voter list in the encrypted store: bulk load, status, history and search.

The queries are in `voter_search`, the search index and the voters' places in Kyrgyz order in
`voter_index`, the bulk load of an empty list in `voter_load`; this module keeps the rows.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from app.models import voter_index, voter_load
from app.models.db import Connection
from app.models.records import PublicVoter, Voter, VoterRow, VoterStatus
from app.models.text import name_sort_key, search_text
from app.models.voter_search import VoterSearch

_VOTER_COLUMNS = "pin, last_name, first_name, patronymic, birth_date, sex, address, precinct, special_category"


def list_order(row: VoterRow) -> tuple[bytes, str]:
    """The order a package brings voters in: Kyrgyz order of the name, then PIN."""
    return name_sort_key(row.last_name, row.first_name, row.patronymic), row.pin


@dataclass(frozen=True)
class SearchResult:
    voters: list[PublicVoter]
    more: bool  # there are more matches than were returned
    plan: str  # "index", "pin" or "empty" (for the benchmark)


class VoterRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._index = voter_index.VoterIndex(conn)

    def uses(self, conn: Connection) -> bool:
        return self._conn is conn

    def index_batch(self) -> contextlib.AbstractContextManager[None]:
        """Search-index writes of the block made at its end, in one pass (an update's many
        changes; `voter_index.VoterIndex.batch`)."""
        return self._index.batch()

    # ---- writing ---------------------------------------------------------------------
    def add_many(self, rows: Iterable[VoterRow], at: str, chunk: int = 5000) -> int:
        """Insert voters (inside the caller's transaction); returns how many.

        Into an empty list this is a bulk load in bounded memory (`_load_empty`; bench/search.py
        and bench/sync.py print the rate and the peak memory); otherwise each voter takes its
        place between its neighbours (`voter_index`)."""
        bulk = self._conn.execute("SELECT NOT EXISTS (SELECT 1 FROM voter)").fetchone()[0] == 1
        if bulk:
            return self._load_empty(_chunks(rows, chunk), at)
        total = 0
        for row in rows:
            self._index.index(self._add(row, at))
            total += 1
        return total

    def _load_empty(self, chunks: Iterable[Sequence[VoterRow]], at: str) -> int:
        """Loads an empty list in bounded memory, whatever its size (`voter_load`)."""
        return voter_load.load_empty(self._conn, chunks, at)

    def _add(self, row: VoterRow, at: str) -> int:
        """One voter into a list that has some, at its place between its neighbours; its id."""
        voter_id = int(self._conn.execute("SELECT coalesce(max(id), 0) FROM voter").fetchone()[0]) + 1
        key = name_sort_key(row.last_name, row.first_name, row.patronymic)
        values = voter_load.row_values(row, voter_id, at, key, self._index.place_between(key, voter_id))
        self._conn.execute(f"INSERT INTO voter ({voter_load.COLUMNS}) VALUES ({','.join('?' * 14)})", values)
        return voter_id

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
        row = self._conn.execute(f"{_SELECT_VOTER} WHERE pin = ?", (pin,)).fetchone()
        return None if row is None else _voter(row)

    def update_row(
        self, voter_id: int, row: VoterRow, *, at: str, login: str, before: VoterRow | None = None
    ) -> dict[str, list[str]]:
        """Changes a voter's fields (a correction from the central list); returns what changed.
        `before`: the voter's row as just read, if the caller has it.

        A changed name moves the voter in the search index, and to a new place in the
        alphabet if its sort key changed."""
        before = before or self.get(voter_id).row
        names_before = (before.last_name, before.first_name, before.patronymic)
        names = (row.last_name, row.first_name, row.patronymic)
        change = {
            f: [getattr(before, f), getattr(row, f)]
            for f in _VOTER_COLUMNS.split(", ")
            if getattr(before, f) != getattr(row, f)
        }
        if not change:
            return change
        sets: dict[str, object] = {f: getattr(row, f) for f in change}
        if names != names_before:
            self._index.unindex(voter_id)
            sets.update(sort_key=name_sort_key(*names), search_text=search_text(*names))
        # only the columns that change: SQLite rewrites the index entries of every column set
        columns = ", ".join(sets)
        self._conn.execute(
            f"UPDATE voter SET ({columns}, updated_at) = ({'?, ' * len(sets)}?) WHERE id = ?",
            (*sets.values(), at, voter_id),
        )
        if names != names_before:
            if sets["sort_key"] != name_sort_key(*names_before):
                place = self._index.place_between(name_sort_key(*names), voter_id)
                self._conn.execute("UPDATE voter SET place = ? WHERE id = ?", (place, voter_id))
            self._index.index(voter_id)
        self._history(voter_id, at, login, "change", {f: v for f, v in change.items() if f != "pin"})
        return change

    def destroy(self, voter_id: int) -> None:
        """Deletes a voter's record, history and search entries (R-CLM-4: data collected
        unlawfully). The connection has secure_delete on and the index is told to erase, so
        neither freed pages nor the index's pages keep any of it."""
        self.get(voter_id)  # KeyError for an unknown voter
        self._index.unindex(voter_id, erase=True)
        self._conn.execute("UPDATE claim SET voter_id = NULL WHERE voter_id = ?", (voter_id,))
        self._conn.execute("DELETE FROM voter_history WHERE voter_id = ?", (voter_id,))
        self._conn.execute("DELETE FROM voter WHERE id = ?", (voter_id,))

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
        row = self._conn.execute(f"{_SELECT_VOTER} WHERE id = ?", (voter_id,)).fetchone()
        if row is None:
            raise KeyError(voter_id)
        return _voter(row)

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
        plan = VoterSearch(self._conn).ids(query, limit)
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


_SELECT_VOTER = f"SELECT id, {_VOTER_COLUMNS}, status, block_reason, block_claim FROM voter"


def _voter(row: tuple[Any, ...]) -> Voter:
    return Voter(row[0], VoterRow(*row[1:10]), VoterStatus(row[10]), row[11], row[12])


def _public(row: tuple[Any, ...]) -> PublicVoter:
    return PublicVoter(row[0], " ".join(filter(None, row[1:4])), row[4], _STATUS[row[5]], row[6])


_STATUS = {status.value: status for status in VoterStatus}


def _chunks(rows: Iterable[VoterRow], size: int) -> Iterator[list[VoterRow]]:
    batch: list[VoterRow] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
