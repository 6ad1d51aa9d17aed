"""What one page costs in the encrypted store when it is first read and when it is written: the
floor under an update that touches pages scattered over the list (issue 14's "1% update").

Every variant has the app's pragmas (WAL, synchronous NORMAL, secure_delete, temp_store).
A table of `--rows` rows of about 330 bytes (a voter row's size) is written and checkpointed,
then opened afresh (the OS still caches the file, as after an import): `--touch` random rows
are read once (cold: each read brings a page into SQLite's cache, decrypted and checked) and
again (warm), then each is changed in one transaction, whose COMMIT writes every dirty page to
the WAL (encrypted, with its MAC), and a checkpoint copies the WAL into the database.
  plain        plain sqlite3, no encryption: the baseline
  cipher       SQLCipher as the app opens its stores (SQLCipher 4 defaults: 4096-byte pages,
               AES-256-CBC, HMAC-SHA512)
  hmac-sha256  the same with HMAC-SHA256 (another store format; SHA-NI on most x86 CPUs)
  page-1024    the same with 1024-byte pages (another store format)
  no-hmac      no page MAC at all: not acceptable (pages could be altered unseen), shown only
               to split the cost between the cipher and the MAC
Prints microseconds per page for each, and one final line: RESULT name=value ...
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import tempfile
import time
from pathlib import Path
from typing import Any

_KEY = "PRAGMA key = \"x'" + "5a" * 32 + "'\""
SETTINGS: dict[str, list[str] | None] = {
    "plain": None,
    "cipher": [],
    "hmac-sha256": ["PRAGMA cipher_hmac_algorithm = HMAC_SHA256"],
    "page-1024": ["PRAGMA cipher_page_size = 1024"],
    "no-hmac": ["PRAGMA cipher_use_hmac = OFF"],
}


def connect(path: Path, name: str) -> Any:
    settings = SETTINGS[name]
    if settings is None:
        conn = sqlite3.connect(str(path), isolation_level=None)
    else:
        import sqlcipher3

        conn = sqlcipher3.connect(str(path), isolation_level=None)
        conn.execute(_KEY)
        for pragma in settings:  # right after the key, before the first page is read
            conn.execute(pragma)
    for pragma in _APP_PRAGMAS:
        conn.execute(pragma).fetchall()
    return conn


# app.models.db's, for every variant (a commit syncs no more and deletes no less than the app's)
_APP_PRAGMAS = ("PRAGMA temp_store = MEMORY", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
                "PRAGMA secure_delete = ON")  # fmt: skip


def build(path: Path, name: str, rows: int) -> None:
    conn = connect(path, name)
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT)")
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO t VALUES (?, ?, ?)", ((i, "x" * 160, "y" * 160) for i in range(1, rows + 1)))
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    conn.close()


def per_read(conn: Any, ids: list[int]) -> float:
    start = time.perf_counter()
    for voter_id in ids:
        conn.execute("SELECT a FROM t WHERE id = ?", (voter_id,)).fetchone()
    return (time.perf_counter() - start) / len(ids) * 1e6


def measure(folder: Path, name: str, rows: int, touch: int) -> dict[str, float]:
    path = folder / f"{name}.db"
    build(path, name, rows)
    conn = connect(path, name)
    conn.execute("PRAGMA cache_size = -262144")  # as the app: every page read stays cached
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    ids = random.Random(1).sample(range(1, rows + 1), touch)
    cold, warm = per_read(conn, ids), per_read(conn, ids)
    conn.execute("BEGIN")
    conn.executemany("UPDATE t SET a = ? WHERE id = ?", (("z" * 160, i) for i in ids))
    start = time.perf_counter()
    conn.execute("COMMIT")
    commit = time.perf_counter() - start
    frames = Path(f"{path}-wal").stat().st_size // (int(conn.execute("PRAGMA page_size").fetchone()[0]) + 24)
    start = time.perf_counter()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    checkpoint = time.perf_counter() - start
    conn.close()
    for extra in ("", "-wal", "-shm"):
        Path(f"{path}{extra}").unlink(missing_ok=True)
    return {"read_us": cold - warm, "write_us": commit / frames * 1e6, "row_write_us": commit / touch * 1e6,
            "checkpoint_us": checkpoint / frames * 1e6, "frames": frames}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=300_000)
    parser.add_argument("--touch", type=int, default=10_000, help="rows read and changed (scattered)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        found = {name: measure(Path(tmp), name, args.rows, args.touch) for name in SETTINGS}
    print(f"{args.rows} rows, {args.touch} scattered rows read cold, then changed in one transaction")
    print(f"{'':12} {'first read':>11} {'written':>9} {'checkpoint':>11}   microseconds a page;"
          f" {'commit':>7} a changed row")  # fmt: skip
    for name, cost in found.items():
        print(f"{name:12} {cost['read_us']:11.1f} {cost['write_us']:9.1f} {cost['checkpoint_us']:11.1f}"
              f"   {cost['row_write_us']:21.1f}  ({cost['frames']:.0f} pages written)")  # fmt: skip
    fields = [f"rows={args.rows}", f"touch={args.touch}"]
    for name, cost in found.items():
        label = name.replace("-", "_")
        fields += [f"{label}_read_us={cost['read_us']:.1f}", f"{label}_write_us={cost['write_us']:.1f}"]
    fields.append(f"checkpoint_us={found['cipher']['checkpoint_us']:.1f}")
    print("RESULT " + " ".join(fields))


if __name__ == "__main__":
    main()
