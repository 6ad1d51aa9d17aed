"""What one written row costs in the encrypted store: the floor under every bulk write (issue 3).

The same rows (a search posting's shape: token, sort key, voter id, search text; sorted by key)
are `executemany`-inserted in one transaction into a WITHOUT ROWID table:
  plain       plain sqlite3, no encryption: the baseline
  cipher      SQLCipher as the app opens its stores (cipher_memory_security at its default, off,
              as DESIGN.md now says: issue 14)
  old-secure  the OLD setting, kept for comparison: cipher_memory_security ON (every SQLite
              allocation locked with mlock and wiped and unlocked when freed); the app no longer
              uses it
Each SQLCipher run is its own process: memory security is process-wide and cannot be turned off
again once on. Prints microseconds per row and one final line: RESULT name=value ...
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_TABLE = (
    "CREATE TABLE posting (token TEXT, sort_key BLOB, voter_id INTEGER, search_text TEXT,"
    " PRIMARY KEY (token, sort_key, voter_id)) WITHOUT ROWID"
)


def rows(count: int) -> list[tuple[str, bytes, int, str]]:
    rng = random.Random(1)
    tokens = [f"tok{i:04d}" for i in range(1000)]
    return sorted((rng.choice(tokens), rng.randbytes(12), i, " abc def ghi ") for i in range(count))


def insert(conn: sqlite3.Connection, count: int) -> float:
    data = rows(count)
    conn.execute(_TABLE)
    start = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO posting VALUES (?,?,?,?)", data)
    conn.execute("COMMIT")
    return time.perf_counter() - start


def child(path: Path, count: int, memory_security: bool) -> None:
    import sqlcipher3

    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{os.urandom(32).hex()}'\"")
    conn.execute(f"PRAGMA cipher_memory_security = {'ON' if memory_security else 'OFF'}")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA journal_mode = WAL").fetchone()
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA cache_size = -65536")
    print(json.dumps({"seconds": insert(conn, count)}))


def run_child(path: Path, count: int, memory_security: bool) -> float:
    flag = "--child-secure" if memory_security else "--child-cipher"
    done = subprocess.run([sys.executable, __file__, flag, str(path), str(count)],
                          capture_output=True, text=True, check=True)  # fmt: skip
    return float(json.loads(done.stdout.strip().splitlines()[-1])["seconds"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--child-cipher", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--child-secure", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    for flag, memory_security in ((args.child_cipher, False), (args.child_secure, True)):
        if flag:
            child(Path(flag[0]), int(flag[1]), memory_security)
            return 0
    with tempfile.TemporaryDirectory(prefix="pec-bench-rowcost-") as tmp:
        plain = insert(sqlite3.connect(Path(tmp) / "plain.db", isolation_level=None), args.rows)
        cipher = run_child(Path(tmp) / "cipher.db", args.rows, memory_security=False)
        secure = run_child(Path(tmp) / "secure.db", args.rows, memory_security=True)
    per_row = {name: seconds / args.rows * 1e6 for name, seconds in
               (("plain", plain), ("cipher (the app)", cipher), ("old-secure (unused)", secure))}  # fmt: skip
    print(f"rows                {args.rows}")
    for name, micros in per_row.items():
        print(f"{name:<19} {micros:6.1f} µs/row  ({per_row['plain'] / micros:.0%} of plain)")
    print(
        f"RESULT rows={args.rows} plain_us={per_row['plain']:.2f} cipher_us={per_row['cipher (the app)']:.2f}"
        f" cipher_ratio={per_row['plain'] / per_row['cipher (the app)']:.3f}"
        f" old_secure_us={per_row['old-secure (unused)']:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
