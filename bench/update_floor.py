"""The floor under issue 14's "1% update < 1 s at 1,000,000 voters": the fewest statements that
rename 1% of the voters of a store the app built, timed in a fresh process (cold page cache, as an
update imported after a login), with the pages it wrote.

The renames are those of bench/sync.py's update (every 100th voter takes the surname of the voter
50 after, so it moves in the alphabet and in the search index). No envelope, no checks, no
per-record Python beyond the sort key: one SELECT per 500 PINs, one neighbour query and one
UPDATE per voter (each placed after the renames before it, as two may land in one gap), one
`executemany` for their history, the search entries out and in (in rowid order), COMMIT (the
autocheckpoint off), then the checkpoint. Stores, each built by `VoterRepository.add_many`:
  plain     the baseline: the app's schema and pragmas without encryption (plain SQLite pages)
  app       as the app builds it (HMAC-SHA512 pages; `voter_by_sort` and `voter_by_place`; the
            FTS5 index in the segments the load left)
  lean      the same with `voter_by_place` dropped and the FTS5 index merged into one segment
            (what a change of schema could save; search would need another way from rowid to voter)
  lean-256  lean, in a store whose pages carry HMAC-SHA256 instead (another store format)
Prints each phase in seconds and one final line: RESULT name=value ...
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import sqlcipher3

from app.models.db import Connection, migrate, open_store, transaction
from app.models.records import VoterRow
from app.models.schema import PRECINCT_MIGRATIONS
from app.models.synthetic import generate_voters
from app.models.text import name_sort_key, search_text
from app.models.voter_index import GAP
from app.models.voters import VoterRepository, list_order

KEY = bytes(range(32))
_NEIGHBOURS = (
    "SELECT (SELECT place FROM voter WHERE (sort_key, id) < (?1, ?2) ORDER BY sort_key DESC, id DESC LIMIT 1),"
    " (SELECT place FROM voter WHERE (sort_key, id) > (?1, ?2) ORDER BY sort_key, id LIMIT 1)"
)
_FTS_OUT = "INSERT INTO voter_fts (voter_fts, rowid, surname, given) VALUES ('delete', ?, ?, ?)"
_FTS_IN = "INSERT INTO voter_fts (rowid, surname, given) VALUES (?, ?, ?)"
_AT = "2026-12-04T00:00:00Z"


def connect(path: Path, kind: str, *, create: bool = False) -> Connection:
    """The store as the app opens it, its pages MACed with `kind` (an SQLCipher HMAC name), or
    with no encryption at all (`PLAIN`: the baseline, with the app's other pragmas)."""
    if kind == PLAIN:
        conn: Connection = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
        for pragma in _PLAIN_PRAGMAS:  # app.models.db's, less the key
            conn.execute(pragma).fetchall()
        return conn
    if kind != "HMAC_SHA512":  # SQLCipher 4's default, the app's; the default is process-wide
        default = sqlcipher3.connect(":memory:")
        default.execute(f"PRAGMA cipher_default_hmac_algorithm = {kind}")
        default.close()
    return open_store(path, KEY, create=create)


PLAIN = "PLAIN"
_PLAIN_PRAGMAS = ("PRAGMA temp_store = MEMORY", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
                  "PRAGMA foreign_keys = ON", "PRAGMA secure_delete = ON", "PRAGMA cache_size = -262144")  # fmt: skip


def build(path: Path, count: int, hmac: str) -> None:
    conn = connect(path, hmac, create=True)
    migrate(conn, PRECINCT_MIGRATIONS)
    rows = sorted(generate_voters(count, seed=1), key=list_order)
    with transaction(conn):
        VoterRepository(conn).add_many(rows, _AT)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    conn.close()


def make_lean(path: Path, _count: int, hmac: str) -> None:
    conn = connect(path, hmac)
    with transaction(conn):
        conn.execute("DROP INDEX voter_by_place")
        conn.execute("INSERT INTO voter_fts (voter_fts) VALUES ('optimize')")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    conn.close()


def renames(count: int) -> list[VoterRow]:
    voters = list(generate_voters(count, seed=1))
    return [replace(row, last_name=voters[(i + 50) % count].last_name) for i, row in enumerate(voters) if i % 100 == 1]


def apply(path: Path, count: int, hmac: str) -> None:
    """Runs in its own process: the renames, phase by phase."""
    changed = renames(count)
    conn = connect(path, hmac)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    laps: dict[str, float] = {}
    start = time.perf_counter()
    with transaction(conn):
        found = _lap(laps, "find", lambda: _find(conn, [row.pin for row in changed]))
        ids = ",".join(str(found[row.pin]) for row in changed)
        before = _lap(laps, "entries", lambda: _entries(conn, ids))
        _lap(laps, "rows", lambda: _rename_all(conn, changed, found))
        history = [(found[r.pin], _AT, "central", "change", json.dumps({"last_name": r.last_name})) for r in changed]
        _lap(laps, "history", lambda: conn.executemany(_HISTORY, history))
        _lap(laps, "index", lambda: _reindex(conn, before, ids))
        commit_start = time.perf_counter()
    laps["commit"] = time.perf_counter() - commit_start
    laps["total"] = time.perf_counter() - start
    written = Path(f"{path}-wal").stat().st_size // (4096 + 24)
    _lap(laps, "checkpoint", lambda: conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone())
    conn.close()
    print(json.dumps({**laps, "written": written}))


_UPDATE = "UPDATE voter SET (last_name, sort_key, search_text, place, updated_at) = (?, ?, ?, ?, ?) WHERE id = ?"
_HISTORY = "INSERT INTO voter_history (voter_id, at, login, action, change) VALUES (?, ?, ?, ?, ?)"


def _lap(laps: dict[str, float], name: str, step: Any) -> Any:
    start = time.perf_counter()
    result = step()
    laps[name] = time.perf_counter() - start
    return result


def _reindex(conn: Connection, before: list[tuple[int, str, str]], ids: str) -> None:
    """The old entries out, the new ones in, each in rowid order (as `VoterIndex.batch` does)."""
    conn.executemany(_FTS_OUT, before)
    conn.executemany(_FTS_IN, _entries(conn, ids))


def _find(conn: Connection, pins: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for start in range(0, len(pins), 500):
        chunk = pins[start : start + 500]
        marks = ",".join("?" * len(chunk))
        found.update(conn.execute(f"SELECT pin, id FROM voter WHERE pin IN ({marks})", chunk).fetchall())
    return found


def _entries(conn: Connection, ids: str) -> list[tuple[int, str, str]]:
    return sorted(conn.execute(f"SELECT place, surname, given FROM voter_names WHERE id IN ({ids})").fetchall())


def _rename_all(conn: Connection, changed: list[VoterRow], found: dict[str, int]) -> None:
    for row in changed:
        _rename(conn, row, found[row.pin])


def _rename(conn: Connection, row: VoterRow, voter_id: int) -> None:
    """One voter renamed and placed between its new neighbours, the renames before it already
    in the order index (two renamed voters may land in one gap)."""
    names = (row.last_name, row.first_name, row.patronymic)
    key = name_sort_key(*names)
    low, high = conn.execute(_NEIGHBOURS, (key, voter_id)).fetchone()
    low = low or 0
    if high is not None and high - low < 2:
        raise RuntimeError("no room between neighbours: the app would respace here")
    place = low + GAP if high is None else (low + high) // 2
    conn.execute(_UPDATE, (row.last_name, key, search_text(*names), place, _AT, voter_id))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--voters", type=int, default=100_000)
    parser.add_argument("--child", nargs=4, metavar=("STEP", "DB", "COUNT", "HMAC"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        step, path, count, hmac = args.child
        {"build": build, "lean": make_lean, "apply": apply}[step](Path(path), int(count), hmac)
        return 0
    found: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="pec-bench-floor-") as tmp:
        root = Path(tmp)
        found["plain"] = _plain(root, args.voters)
        for hmac, label in (("HMAC_SHA512", "lean"), ("HMAC_SHA256", "lean-256")):
            built = root / f"{hmac}.db"
            _child("build", built, args.voters, hmac)
            if hmac == "HMAC_SHA512":
                found["app"] = _timed(root, built, args.voters, hmac)
            _child("lean", built, args.voters, hmac)
            found[label] = _timed(root, built, args.voters, hmac)
    report(args.voters, found)
    return 0


def _plain(root: Path, count: int) -> dict[str, float]:
    """The baseline: the app's store shape and the same renames, without encryption."""
    built = root / "plain.db"
    _child("build", built, count, PLAIN)
    return _timed(root, built, count, PLAIN)


def _child(step: str, path: Path, count: int, hmac: str) -> str:
    """One step in its own process (the HMAC default is process-wide); its output."""
    done = subprocess.run([sys.executable, __file__, "--child", step, str(path), str(count), hmac],
                          check=True, capture_output=True, text=True)  # fmt: skip
    return done.stdout


def _timed(root: Path, built: Path, count: int, hmac: str) -> dict[str, float]:
    """The renames on a copy of the store, in a fresh process."""
    copy = root / "copy.db"
    shutil.copyfile(built, copy)
    output = _child("apply", copy, count, hmac)
    for extra in ("", "-wal", "-shm"):
        Path(f"{copy}{extra}").unlink(missing_ok=True)
    result: dict[str, float] = json.loads(output.strip().splitlines()[-1])
    return result


def report(voters: int, found: dict[str, dict[str, float]]) -> None:
    phases = ("find", "entries", "rows", "history", "index", "commit", "total", "checkpoint")
    print(f"{voters} voters; {voters // 100} renamed (seconds)")
    print(f"{'':10}" + "".join(f"{p:>11}" for p in phases) + f"{'pages':>9}")
    for name, laps in found.items():
        print(f"{name:10}" + "".join(f"{laps[p]:11.3f}" for p in phases) + f"{laps['written']:9.0f}")
    fields = [f"voters={voters}"]
    for name, laps in found.items():
        label = name.replace("-", "_")
        fields += [f"{label}_s={laps['total']:.2f}", f"{label}_checkpoint_s={laps['checkpoint']:.2f}",
                   f"{label}_pages={laps['written']:.0f}"]  # fmt: skip
    print("RESULT " + " ".join(fields))


if __name__ == "__main__":
    sys.exit(main())
