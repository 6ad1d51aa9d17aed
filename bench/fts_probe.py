"""A probe for issue 14's choice of search index: what an FTS5 index over the voters' search text
costs to build and to query, beside a plain `executemany` of the same voters, in one run.

The probe that chose the app's index (app/models/voter_index.py, which followed it: two columns,
prefixes 1 to 8, rowids that are places in Kyrgyz order). The voters are written in Kyrgyz order,
so their ids (the FTS5 rowids) follow the alphabet, then:
  plain        the voter rows into a plain sqlite3 table with a unique PIN index: the baseline
  voter rows   the same rows into SQLCipher as the app opens its stores
  fts rebuild  an external-content FTS5 table over `search_text` (prefix indexes of `--prefix`,
               1, 2 and 3 by default; detail=none) filled by `'rebuild'` after the load
  queries      200 voters' names as people type them, each term a prefix, ORDER BY rowid LIMIT 51
               (the first page in Kyrgyz order): one letter, three letters, the whole surname, and
               two words (four letters of the surname and three of the name)
Issue 14's targets: the import at 0.20 of plain and every search p95 at 5 ms or less at 1,000,000.
Prints one final line: RESULT name=value ...
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from app.models.db import new_key, open_store, transaction
from app.models.synthetic import generate_voters
from app.models.text import name_sort_key, search_text

_TABLE = ("CREATE TABLE voter (id INTEGER PRIMARY KEY, pin TEXT UNIQUE, last_name TEXT, first_name TEXT,"
          " patronymic TEXT, sort_key BLOB, search_text TEXT)")  # fmt: skip
_FTS = ("CREATE VIRTUAL TABLE voter_fts USING fts5(search_text, content='voter', content_rowid='id',"
        " prefix='{prefix}', detail='none', tokenize=\"unicode61 tokenchars '|'\")")  # fmt: skip
Row = tuple[int, str, str, str, str, bytes, str]


def voter_rows(count: int) -> list[Row]:
    voters = sorted(
        generate_voters(count, seed=1), key=lambda v: name_sort_key(v.last_name, v.first_name, v.patronymic)
    )
    return [(i, v.pin, v.last_name, v.first_name, v.patronymic, name_sort_key(v.last_name, v.first_name, v.patronymic),
             search_text(v.last_name, v.first_name, v.patronymic)) for i, v in enumerate(voters, 1)]  # fmt: skip


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


_QUERY = "SELECT rowid FROM voter_fts WHERE voter_fts MATCH ? ORDER BY rowid LIMIT 51"


def query_p95(conn: sqlite3.Connection, sample: list[Row], typed: Callable[[str], str]) -> tuple[float, float]:
    times = []
    for row in sample:
        query = " ".join(f'"{word}"*' for word in typed(row[6]).split())
        start = time.perf_counter()
        conn.execute(_QUERY, (query,)).fetchall()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return times[len(times) // 2], times[int(len(times) * 0.95)]


TYPED: dict[str, Callable[[str], str]] = {
    "one_letter": lambda text: text.split()[0][:1],
    "three_letters": lambda text: text.split()[0][:3],
    "surname": lambda text: text.split()[0],
    "two_words": lambda text: text.split()[0][:4] + " " + (text.split("|")[1].split() or ["a"])[0][:3],
}


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--voters", type=int, default=100_000)
    parser.add_argument("--prefix", default="1 2 3", help="FTS5's prefix indexes (token lengths)")
    args = parser.parse_args()
    rows = voter_rows(args.voters)
    with tempfile.TemporaryDirectory(prefix="pec-bench-fts-") as tmp:
        plain = sqlite3.connect(Path(tmp) / "plain.db")
        plain.execute(_TABLE)
        start = time.perf_counter()
        plain.executemany("INSERT INTO voter VALUES (?,?,?,?,?,?,?)", rows)
        plain.commit()
        plain_s = time.perf_counter() - start
        plain.close()
        conn = open_store(Path(tmp) / "cipher.db", new_key(), create=True)
        conn.execute(_TABLE)
        with transaction(conn):
            voter_s = timed(lambda: conn.executemany("INSERT INTO voter VALUES (?,?,?,?,?,?,?)", rows))
        conn.execute(_FTS.format(prefix=args.prefix))
        with transaction(conn):
            fts_s = timed(lambda: conn.execute("INSERT INTO voter_fts(voter_fts) VALUES('rebuild')"))
        sample = random.Random(3).sample(rows, min(200, len(rows)))
        queries = {name: query_p95(conn, sample, typed) for name, typed in TYPED.items()}
        conn.close()
    per = {name: seconds / args.voters * 1e6 for name, seconds in
           (("plain", plain_s), ("voter rows", voter_s), ("fts rebuild", fts_s))}  # fmt: skip
    for name, micros in per.items():
        print(f"{name:<14} {micros:6.1f} µs/voter")
    ratio = per["plain"] / (per["voter rows"] + per["fts rebuild"])
    print(f"rows + fts     {ratio:.2f} of plain (the store part of an import only)")
    for name, (p50, p95) in queries.items():
        print(f"{name:<14} p50 {p50:.2f} ms  p95 {p95:.2f} ms (target p95 ≤ 5 ms)")
    prefix = args.prefix.replace(" ", ".")
    print(f"RESULT voters={args.voters} prefix={prefix} plain_us={per['plain']:.2f} rows_us={per['voter rows']:.2f}"
          f" fts_us={per['fts rebuild']:.2f} store_ratio={ratio:.3f} "
          + " ".join(f"{name}_p95_ms={p95:.2f}" for name, (_p50, p95) in queries.items()))  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
