"""Search latency over the encrypted store, beside a plain-sqlite3 indexed prefix lookup.

Builds a precinct of N synthetic voters through the real path (device secret in the
keyring, key slots, SQLCipher), then times: open + unlock (login), and p50/p95 of
prefix, multi-word and Latin queries (and a letter or two, where most of the list matches);
the baseline is an indexed, case-sensitive
prefix lookup on the same rows in a plain (unencrypted) sqlite3 file, made in the
same run. Prints one final line: RESULT name=value ...
Run inside scripts/with-keyring.sh (make bench does).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from app.clock import SystemClock
from app.models.records import VoterRow
from app.models.synthetic import generate_voters
from app.models.text import transliterate
from app.models.vocabulary import Role
from app.models.voters import VoterRepository, list_order
from app.security.kdf import KdfParams, derive
from app.services.auth import AuthService
from app.services.context import DeskContext
from app.services.setup import NewAccount, PrecinctInfo, create_precinct

ACCOUNTS = (NewAccount("bench", "Бенч Колдонуучу", Role.MEMBER), NewAccount("admin", "Админ Админов", Role.SYSADMIN))


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def build(data: Path, count: int) -> tuple[float, str]:
    ctx = DeskContext(data, clock=SystemClock())
    info = PrecinctInfo("1001", "bench", "Bench", "2026-12-20")
    # in the order a package brings them: the central tool sends voters in Kyrgyz order
    voters = sorted(generate_voters(count, seed=1), key=list_order)
    start = time.perf_counter()
    issued = create_precinct(ctx, info, ACCOUNTS, voters)
    elapsed = time.perf_counter() - start
    ctx.close()
    return elapsed, issued[0].password


def build_plain(path: Path, count: int) -> float:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE voter (pin TEXT, last_name TEXT, first_name TEXT, patronymic TEXT)")
    start = time.perf_counter()
    rows = ((v.pin, v.last_name, v.first_name, v.patronymic) for v in generate_voters(count, seed=1))
    conn.executemany("INSERT INTO voter VALUES (?, ?, ?, ?)", rows)
    conn.execute("CREATE INDEX voter_last ON voter (last_name)")
    conn.commit()
    conn.close()
    return time.perf_counter() - start


def queries(sample: list[VoterRow], rng: random.Random) -> dict[str, list[str]]:
    kinds: dict[str, list[str]] = {"prefix": [], "multi": [], "latin": [], "short": [], "plain": []}
    for v in sample:
        surname = v.last_name.split()[0]
        cut = surname[: rng.randint(3, max(3, len(surname)))]
        kinds["prefix"].append(rng.choice([cut, cut.lower(), cut.upper()]))
        parts = [cut, v.first_name[: rng.randint(2, len(v.first_name))]]
        rng.shuffle(parts)
        kinds["multi"].append(" ".join(parts))
        kinds["latin"].append(transliterate(f"{surname} {v.first_name}"))
        kinds["short"].append(surname[: rng.randint(1, 2)])  # a letter or two: most of the list matches
        kinds["plain"].append(cut)
    return kinds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--voters", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--build-only", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build_only:
        build_s, password = build(args.build_only, args.voters)
        print(json.dumps({"build_s": build_s, "password": password, "rss_mb": peak_rss_mb()}))
        return
    with tempfile.TemporaryDirectory(prefix="pec-bench-") as tmp:
        run(Path(tmp), args.voters, args.queries)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def build_in_child(data: Path, count: int) -> tuple[float, str, float]:
    """The store is built in a child process, so this process's RSS is the searching one's."""
    command = [sys.executable, __file__, "--voters", str(count), "--build-only", str(data)]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    result = json.loads(done.stdout.splitlines()[-1])
    return float(result["build_s"]), str(result["password"]), float(result["rss_mb"])


def argon2_ms() -> float:
    params = KdfParams().with_new_salt()
    return min(timed(lambda: derive("Bench!pass-1", params, secret=b"s" * 32, context=b"bench")) for _ in range(3))


def login_ms(data: Path, password: str) -> float:
    """A fresh start: keyring, key slot (Argon2id), store open and self-check, audit."""
    ctx = DeskContext(data, clock=SystemClock())
    start = time.perf_counter()
    AuthService(ctx).login("bench", password)
    elapsed = (time.perf_counter() - start) * 1000
    ctx.close()
    return elapsed


def run(tmp: Path, count: int, n_queries: int) -> None:
    build_s, password, build_rss = build_in_child(tmp / "data", count)
    plain_s = build_plain(tmp / "plain.db", count)
    encrypted_rate, plain_rate = count / build_s, count / plain_s
    print(
        f"build: encrypted {encrypted_rate:,.0f} voters/s ({build_s:.1f} s); plain sqlite3 {plain_rate:,.0f} voters/s"
    )
    kdf_ms = argon2_ms()
    unlock_ms = statistics.median(login_ms(tmp / "data", password) for _ in range(3))
    ctx = DeskContext(tmp / "data", clock=SystemClock())
    AuthService(ctx).login("bench", password)
    repo = VoterRepository(ctx.precinct)
    rng = random.Random(7)
    sample = [v for i, v in enumerate(generate_voters(count, seed=1)) if i % max(1, count // n_queries) == 0]
    kinds = queries(sample[:n_queries], rng)
    plain = sqlite3.connect(tmp / "plain.db")
    passes = {name: time_pass(repo, plain, kinds) for name in ("cold", "warm")}
    rss_mb = peak_rss_mb()
    size_mb = sum(p.stat().st_size for p in (tmp / "data").iterdir()) / 2**20
    print(f"open+unlock (login): {unlock_ms:.0f} ms, of which Argon2id {kdf_ms:.0f} ms   store: {size_mb:.0f} MiB")
    print(
        f"peak RSS: searching process {rss_mb:.0f} MiB, building process {build_rss:.0f} MiB"
        " (it holds the whole sorted list, the central tool's work; bench/sync.py measures the import)"
    )
    report(passes)
    p95 = {f"{k}_{name}": percentile(v, 0.95) for name, (times, _) in passes.items() for k, v in times.items()}
    print(
        f"RESULT voters={count} prefix_p95_ms={p95['prefix_cold']:.2f} multi_p95_ms={p95['multi_cold']:.2f}"
        f" latin_p95_ms={p95['latin_cold']:.2f} baseline_p95_ms={p95['baseline_cold']:.2f}"
        f" warm_prefix_p95_ms={p95['prefix_warm']:.2f} warm_multi_p95_ms={p95['multi_warm']:.2f}"
        f" warm_latin_p95_ms={p95['latin_warm']:.2f} unlock_ms={unlock_ms:.0f} argon2_ms={kdf_ms:.0f}"
        f" rss_mb={rss_mb:.0f} build_voters_per_s={count / build_s:.0f}"
        f" cpu_prefix_p95_ms={p95['prefix_cpu_cold']:.2f} cpu_multi_p95_ms={p95['multi_cpu_cold']:.2f}"
        f" cpu_latin_p95_ms={p95['latin_cpu_cold']:.2f} short_p95_ms={p95['short_cold']:.2f}"
    )
    ctx.close()


# Latency per kind; the CPU time of the same queries (kind + "_cpu"), which other load on a
# shared machine does not inflate; and the plans used.
Pass = tuple[dict[str, list[float]], dict[str, dict[str, int]]]
BASELINE_SQL = (
    "SELECT pin, last_name, first_name FROM voter WHERE last_name >= ? AND last_name < ? ORDER BY last_name LIMIT 50"
)


def time_pass(repo: VoterRepository, plain: sqlite3.Connection, kinds: dict[str, list[str]]) -> Pass:
    """Every query once: the first pass meets a cold page cache, the second a warm one."""
    times: dict[str, list[float]] = {}
    plans: dict[str, dict[str, int]] = {}
    for kind in ("prefix", "multi", "latin", "short"):
        times[kind], times[f"{kind}_cpu"], plans[kind] = [], [], {}
        for q in kinds[kind]:
            start, cpu = time.perf_counter(), time.process_time()
            found = repo.search(q, 50)
            times[kind].append((time.perf_counter() - start) * 1000)
            times[f"{kind}_cpu"].append((time.process_time() - cpu) * 1000)
            plans[kind][found.plan] = plans[kind].get(found.plan, 0) + 1
    times["baseline"] = []
    for q in kinds["plain"]:
        start = time.perf_counter()
        plain.execute(BASELINE_SQL, (q, q + "\uffff")).fetchall()
        times["baseline"].append((time.perf_counter() - start) * 1000)
    return times, plans


def report(passes: dict[str, Pass]) -> None:
    print(f"{'kind':<11}{'pass':<6}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}  plans")
    for name, (times, plans) in passes.items():
        for kind, values in times.items():
            figures = f"{statistics.median(values):>9.2f}{percentile(values, 0.95):>9.2f}{max(values):>9.2f}"
            print(f"{kind:<11}{name:<6}{figures}  {plans.get(kind, '')}")


if __name__ == "__main__":
    main()
