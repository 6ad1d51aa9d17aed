"""Sync throughput: issue-package and import of an N-voter package, export and ingest of a batch
of 10,000 claims, each beside a plain-sqlite3 `executemany` of the same rows in the same run.

  issue-package  the central tool writes the signed, encrypted package of N synthetic voters
  import         the precinct verifies it and builds its encrypted store with the search index
                 (run in a child process, so its peak RSS is its own)
  check only     the same child first previews the package: signature, decryption, strict parsing
                 and every voter's check, nothing written
  decode only    the package's records verified, decrypted and parsed (strict JSON and each record
                 type's fields), nothing checked further (own process)
  validate only  the voters' field checks alone (the same process: decode and validate, minus decode)
  store only     the same voters, already checked and in Kyrgyz order, written with their search
                 index into a fresh store (`VoterRepository.add_many`, own process)
  plain insert   the same N voter rows `executemany`-inserted into a plain sqlite3 table with a
                 unique PIN index (no encryption, no search index): the baseline
  cipher insert  the same rows into the same table in a store opened as the app opens its own
                 (SQLCipher with the app's pragmas: WAL, memory security at its default, off), in its
                 own process: what encryption costs before any checking or search index
  update 1%      after the import, an update giving 1% of the voters a new address, then one that
                 renames another 1% (each to another voter's surname, so it moves in the alphabet
                 and the index), each applied by the same precinct in its own process; beside it the
                 pages the rename update read and wrote, priced at what a page costs in this run
                 (bench/pagecost.py's first read, write and checkpoint of a store opened as the app's)
  ready 6000     a 6,000-voter package with its 6 accounts imported by a fresh device, in its own
                 process: from the import's start to a store a person can log in to
  export/ingest  a batch carrying 10,000 claims plus the audit segment, written by the precinct
                 and ingested by the central tool; baseline: the same claim rows into plain sqlite3
Targets (issue 14): at 1,000,000 voters the import ≥ 20% of the plain insert rate with peak RSS ≤
300 MB; a 6,000-voter package ready to log in ≤ 1.5 s; the 1% update < 1 s; (issue 3) export and ingest ≤ 2 s each.
Prints one final line: RESULT name=value ...
Run inside scripts/with-keyring.sh (make bench does).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import pagecost

from app.central.election import Election
from app.central.issuing import voter_record
from app.central.service import Central
from app.cli.demo_precinct import DEMO_ACCOUNTS
from app.clock import SystemClock
from app.models.db import migrate, new_key, open_store, transaction
from app.models.schema import PRECINCT_MIGRATIONS
from app.models.synthetic import generate_voters
from app.models.voters import VoterRepository, list_order
from app.services.auth import AuthService
from app.services.claims import ClaimService
from app.services.context import DeskContext
from app.services.setup import set_up_device
from app.services.sync_export import BatchExport
from app.services.sync_import import EnvelopeImport
from app.sync.payloads import KIND_UPDATE
from app.sync.records import Record

STRONG = "Zx!9-qPlm#4T"
PRECINCT = "1001"


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


_PLAIN_TABLE = (
    "CREATE TABLE voter (pin TEXT PRIMARY KEY, last_name TEXT, first_name TEXT, patronymic TEXT,"
    " birth_date TEXT, sex TEXT, address TEXT, precinct TEXT, special_category TEXT)"
)


def plain_rows(count: int) -> list[tuple[str, ...]]:
    return [
        (v.pin, v.last_name, v.first_name, v.patronymic, v.birth_date, v.sex, v.address, v.precinct,
         v.special_category)
        for v in generate_voters(count, seed=1, precinct=PRECINCT)
    ]  # fmt: skip


def cipher_insert(path: Path, count: int) -> None:
    """Runs in its own process (cipher_memory_security is process-wide): prints seconds as JSON."""
    conn = open_store(path, new_key(), create=True)
    conn.execute(_PLAIN_TABLE)
    rows = plain_rows(count)
    start = time.perf_counter()
    with transaction(conn):
        conn.executemany("INSERT INTO voter VALUES (?,?,?,?,?,?,?,?,?)", rows)
    elapsed = time.perf_counter() - start
    conn.close()
    print(json.dumps({"seconds": elapsed}))


def plain_insert(path: Path, count: int) -> float:
    conn = sqlite3.connect(path)
    conn.execute(_PLAIN_TABLE)
    rows = plain_rows(count)
    start = time.perf_counter()
    conn.executemany("INSERT INTO voter VALUES (?,?,?,?,?,?,?,?,?)", rows)
    conn.commit()
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def pair(root: Path, clock: SystemClock) -> tuple[Central, DeskContext]:
    central = Central(root / "central", clock)
    central.init()
    ctx = DeskContext(root / "data", clock=clock)
    setup = set_up_device(ctx, PRECINCT, test_root=central.root_key().public_key().public_bytes_raw())
    central.enroll(setup.request)
    return central, ctx


def child_import(data: Path, package: Path) -> None:
    """Runs in its own process: import the package, print seconds and peak RSS as JSON."""
    ctx = DeskContext(data, clock=SystemClock())
    start = time.perf_counter()
    EnvelopeImport(ctx, None).preview(package)
    check_s = time.perf_counter() - start
    start = time.perf_counter()
    summary = EnvelopeImport(ctx, None).apply(package)
    elapsed = time.perf_counter() - start
    ctx.close()
    print(json.dumps({"seconds": elapsed, "check_s": check_s, "rss_mb": rss_mb(), "voters": summary.new_voters}))


def child_stages(data: Path, package: Path) -> None:
    """Runs in its own process: the records decoded only, then decoded and validated; seconds as JSON."""
    from app.services.import_checks import check_meaning

    imp = EnvelopeImport(DeskContext(data, clock=SystemClock()), None)
    checked = imp._check(package)  # the bench times the import's own stages
    start = time.perf_counter()
    decoded = sum(1 for _ in imp._records(package, checked))
    decode_s = time.perf_counter() - start
    start = time.perf_counter()
    for record in imp._records(package, checked):
        check_meaning(record, checked)
    both_s = time.perf_counter() - start
    print(json.dumps({"decode_s": decode_s, "validate_s": max(both_s - decode_s, 1e-9), "records": decoded}))


def child_ready(data: Path, package: Path) -> None:
    """Runs in its own process: a fresh device imports the package; seconds until it can log in."""
    ctx = DeskContext(data, clock=SystemClock())
    start = time.perf_counter()
    EnvelopeImport(ctx, None).apply(package)
    elapsed = time.perf_counter() - start
    ctx.close()
    print(json.dumps({"seconds": elapsed}))


def child_update(data: Path, update: Path, password: str) -> None:
    """Runs in its own process: the secretary applies the update; seconds and voters changed.
    `password` is the one-time password (changed to STRONG first), or STRONG itself."""
    ctx = DeskContext(data, clock=SystemClock())
    auth = AuthService(ctx)
    session = auth.login("secretary", password)
    if password != STRONG:
        auth.change_password(session, password, STRONG)
    reads = _read_calls()
    start = time.perf_counter()
    summary = EnvelopeImport(ctx, session).apply(update)
    elapsed = time.perf_counter() - start
    reads = _read_calls() - reads
    wal = data / "precinct.db-wal"  # as large as the update's transaction made it (its pages, written once each)
    written = wal.stat().st_size // (4096 + 24) if wal.exists() else 0
    ctx.close()
    print(json.dumps({"seconds": elapsed, "changed": summary.changed_voters, "reads": reads, "written": written}))


def _read_calls() -> int:
    """The process's read system calls so far (Linux): a page SQLite does not have is one read,
    and the checkpoint reads each page the update wrote once more."""
    for line in Path("/proc/self/io").read_text().splitlines():
        if line.startswith("syscr:"):
            return int(line.split()[1])
    return 0


def write_update(central: Central, count: int, out_dir: Path, *, rename: bool) -> Path:
    """An update changing every 100th voter of the package: renamed to the surname of the voter
    50 after (`rename`: the voter moves in the alphabet and the index), else a new address."""
    voters = list(generate_voters(count, seed=1, precinct=PRECINCT))
    election = central.db.execute("SELECT data FROM election WHERE precinct = ?", (PRECINCT,)).fetchone()[0]
    changed = (
        voter_record(
            replace(row, last_name=voters[(i + 50) % count].last_name) if rename else replace(row, address=f"Жаңы {i}")
        )
        for i, row in enumerate(voters)
        if i % 100 == (1 if rename else 0)
    )
    trust: Record = {"t": "trust", "bundle": central.bundle().to_bytes().decode()}
    central._begin()  # the bench writes its update through the central tool's own writer
    issued = central._write(PRECINCT, json.loads(election)["id"], KIND_UPDATE, iter([trust, *changed]), out_dir)
    central.db.execute("COMMIT")
    return issued.path


def page_costs(root: Path) -> dict[str, float]:
    """What a page costs in a store opened as the app opens its own, measured in this run
    (bench/pagecost.py: a first read, a write at COMMIT, a checkpoint)."""
    folder = root / "pagecost"
    folder.mkdir()
    return pagecost.measure(folder, "cipher", 300_000, 10_000)


def store_only(path: Path, count: int) -> None:
    """Runs in its own process: the checked voters, in Kyrgyz order, into a fresh store."""
    key = new_key()
    conn = open_store(path, key, create=True)
    migrate(conn, PRECINCT_MIGRATIONS)
    conn.close()
    conn = open_store(path, key)  # as the app does after creating a store (DeskContext.open_precinct)
    rows = sorted(generate_voters(count, seed=1, precinct=PRECINCT), key=list_order)
    start = time.perf_counter()
    with transaction(conn):
        VoterRepository(conn).add_many(rows, "2026-01-01T00:00:00Z")
    elapsed = time.perf_counter() - start
    conn.close()
    print(json.dumps({"seconds": elapsed}))


def bench_package(root: Path, count: int) -> dict[str, float]:
    clock = SystemClock()
    central, ctx = pair(root, clock)
    outbox = root / "outbox"
    outbox.mkdir()
    election = Election("bench-2026", "Bench", dt.date.today() + dt.timedelta(days=60))
    start = time.perf_counter()
    issued = central.issue_package_rows(
        PRECINCT, generate_voters(count, seed=1, precinct=PRECINCT), list(DEMO_ACCOUNTS), election, outbox
    )
    issue_s = time.perf_counter() - start
    central.close()
    ctx.close()
    stages = _child("--child-stages", str(root / "data"), str(issued.path))  # before the import changes the device
    done = subprocess.run(
        [sys.executable, __file__, "--child-import", str(root / "data"), str(issued.path)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    child = json.loads(done.stdout.strip().splitlines()[-1])
    central = Central(root / "central", SystemClock())
    moved, renamed = (write_update(central, count, outbox, rename=rename) for rename in (False, True))
    central.close()
    secretary = next(a.password for a in issued.accounts if a.login == "secretary")
    moved_to = _child("--child-update", str(root / "data"), str(moved), secretary)
    updated = _child("--child-update", str(root / "data"), str(renamed), STRONG)
    plain_s = plain_insert(root / "plain.db", count)
    done = subprocess.run(
        [sys.executable, __file__, "--child-cipher", str(root / "cipher.db"), str(count)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    cipher_s = json.loads(done.stdout.strip().splitlines()[-1])["seconds"]
    done = subprocess.run(
        [sys.executable, __file__, "--child-store", str(root / "store.db"), str(count)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    store_s = json.loads(done.stdout.strip().splitlines()[-1])["seconds"]
    return {
        "package_mb": issued.path.stat().st_size / 1e6,
        "issue_voters_per_s": count / issue_s,
        "import_voters_per_s": count / child["seconds"],
        "plain_voters_per_s": count / plain_s,
        "cipher_voters_per_s": count / cipher_s,
        "check_voters_per_s": count / child["check_s"],
        "store_voters_per_s": count / store_s,
        "decode_voters_per_s": count / stages["decode_s"],
        "validate_voters_per_s": count / stages["validate_s"],
        "import_rss_mb": child["rss_mb"],
        "update_s": updated["seconds"],
        "address_update_s": moved_to["seconds"],
        "update_voters": updated["changed"],
        "update_reads": updated["reads"],
        "update_written": updated["written"],
        **{f"page_{k}": v for k, v in page_costs(root).items()},
    }


def _child(*argv: str) -> dict[str, float]:
    done = subprocess.run([sys.executable, __file__, *argv], capture_output=True, text=True, check=True)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def bench_ready(root: Path, count: int = 6000) -> float:
    """A fresh device imports a `count`-voter package with the six demo accounts: seconds."""
    central, ctx = pair(root, SystemClock())
    outbox = root / "outbox"
    outbox.mkdir()
    election = Election("bench-2026", "Bench", dt.date.today() + dt.timedelta(days=60))
    issued = central.issue_package_rows(
        PRECINCT, generate_voters(count, seed=2, precinct=PRECINCT), list(DEMO_ACCOUNTS), election, outbox
    )
    central.close()
    ctx.close()
    return _child("--child-ready", str(root / "data"), str(issued.path))["seconds"]


def bench_claims(root: Path, claims: int) -> dict[str, float]:
    clock = SystemClock()
    central, ctx = pair(root, clock)
    outbox, upbox = root / "outbox", root / "upbox"
    outbox.mkdir()
    upbox.mkdir()
    election = Election("bench-2026", "Bench", dt.date.today() + dt.timedelta(days=60))
    voters = list(generate_voters(claims // 2 + 100, seed=3, precinct=PRECINCT))  # one claim per listed voter
    issued = central.issue_package_rows(PRECINCT, voters, list(DEMO_ACCOUNTS), election, outbox)
    EnvelopeImport(ctx, None).apply(issued.path)
    passwords = {a.login: a.password for a in issued.accounts}
    auth = AuthService(ctx)
    session = auth.login("secretary", passwords["secretary"])
    auth.change_password(session, passwords["secretary"], STRONG)
    service = ClaimService(ctx)
    extra = generate_voters(claims, seed=99, precinct=PRECINCT)
    for number, voter in enumerate(extra):
        if number % 2:
            target, kind, fields = voters[number // 2].pin, "correction", {"address": f"Жаңы дарек {number}"}
        else:
            target, kind, fields = voter.pin, "missing", {"last_name": voter.last_name}
        service.file(session, claim_type=kind, pin=target, fields=fields, contact=f"+996 555 {number:06d}",
                     passport_checked=True, identified=True)  # fmt: skip
    start = time.perf_counter()
    batch = BatchExport(ctx, session).export(upbox)
    export_s = time.perf_counter() - start
    start = time.perf_counter()
    got = central.ingest(upbox / batch.file_name)
    ingest_s = time.perf_counter() - start
    assert got.claims == claims and got.audit_ok, got.problems
    rows = ctx.precinct.execute(
        "SELECT number, type, pin, fields, contact, filed_at, filed_by, place FROM claim"
    ).fetchall()
    plain = sqlite3.connect(root / "plain-claims.db")
    plain.execute("CREATE TABLE claim (number TEXT PRIMARY KEY, type, pin, fields, contact, filed_at, filed_by, place)")
    start = time.perf_counter()
    plain.executemany("INSERT INTO claim VALUES (?,?,?,?,?,?,?,?)", rows)
    plain.commit()
    plain_s = time.perf_counter() - start
    plain.close()
    auth.logout(session)
    ctx.close()
    central.close()
    return {"export_s": export_s, "ingest_s": ingest_s, "plain_claims_s": plain_s,
            "batch_audit_events": float(batch.audit_events)}  # fmt: skip


def checkpointed(written: float) -> float:
    """The pages the COMMIT's automatic checkpoint read back: all written ones, when they reach
    SQLite's threshold (1,000, which the app keeps), else none."""
    return written if written >= 1000 else 0


def update_pages(package: dict[str, float]) -> float:
    """Prints the rename update's pages and what they cost at this run's page costs; returns that."""
    read = package["update_reads"] - checkpointed(package["update_written"])
    page_s = (
        read * package["page_read_us"]
        + package["update_written"] * package["page_write_us"]
        + checkpointed(package["update_written"]) * package["page_checkpoint_us"]
    ) / 1e6
    print(
        f"update 1% pages       {read:.0f} read, {package['update_written']:.0f} written;"
        f" at {package['page_read_us']:.1f} µs a first read, {package['page_write_us']:.1f} written and"
        f" {package['page_checkpoint_us']:.1f} checkpointed (bench/pagecost.py, this run): {page_s:.2f} s"
        " of page work alone"
    )
    return page_s


def report(voters: int, claim_count: int, package: dict[str, float], claims: dict[str, float], ready_s: float) -> None:
    ratio = package["import_voters_per_s"] / package["plain_voters_per_s"]
    cipher_ratio = package["cipher_voters_per_s"] / package["plain_voters_per_s"]
    check_ratio = package["check_voters_per_s"] / package["plain_voters_per_s"]
    store_ratio = package["store_voters_per_s"] / package["plain_voters_per_s"]
    print(f"voters                {voters}")
    print(f"package size          {package['package_mb']:.1f} MB")
    print(f"issue-package         {package['issue_voters_per_s']:.0f} voters/s")
    print(f"import                {package['import_voters_per_s']:.0f} voters/s, RSS {package['import_rss_mb']:.0f} MB")
    print(f"plain sqlite3 insert  {package['plain_voters_per_s']:.0f} voters/s; import/plain {ratio:.1%} (target 20%)")
    print(
        f"SQLCipher insert      {package['cipher_voters_per_s']:.0f} voters/s; cipher/plain {cipher_ratio:.1%}"
        " (the same rows, no checks, no search index)"
    )
    print(
        f"check only            {package['check_voters_per_s']:.0f} voters/s; check/plain {check_ratio:.1%}"
        " (verify, decrypt, strict parse, every voter checked; nothing written)"
    )
    print(
        f"store only            {package['store_voters_per_s']:.0f} voters/s; store/plain {store_ratio:.1%}"
        " (checked voters written with their search index)"
    )
    for stage in ("decode", "validate"):
        rate = package[f"{stage}_voters_per_s"]
        print(f"{stage + ' only':<21} {rate:.0f} voters/s; {stage}/plain {rate / package['plain_voters_per_s']:.1%}")
    print(f"update 1%             {package['update_s']:.2f} s for {package['update_voters']:.0f} renamed voters"
          " (target < 1 s at 1,000,000)")  # fmt: skip
    print(f"update 1% addresses   {package['address_update_s']:.2f} s (new addresses: nobody moves in the index)")
    page_s = update_pages(package)
    print(f"ready 6000            {ready_s:.2f} s (a 6,000-voter package and 6 accounts; target ≤ 1.5 s)")
    print(f"claims batch          {claim_count} claims + {claims['batch_audit_events']:.0f} audit events")
    print(f"export                {claims['export_s']:.2f} s (target ≤ 2 s)")
    print(f"ingest                {claims['ingest_s']:.2f} s (target ≤ 2 s)")
    print(f"plain sqlite3 claims  {claims['plain_claims_s']:.3f} s")
    print(
        f"RESULT voters={voters} issue_voters_per_s={package['issue_voters_per_s']:.0f}"
        f" import_voters_per_s={package['import_voters_per_s']:.0f}"
        f" plain_voters_per_s={package['plain_voters_per_s']:.0f} import_ratio={ratio:.3f}"
        f" cipher_voters_per_s={package['cipher_voters_per_s']:.0f} cipher_ratio={cipher_ratio:.3f}"
        f" check_voters_per_s={package['check_voters_per_s']:.0f} check_ratio={check_ratio:.3f}"
        f" store_voters_per_s={package['store_voters_per_s']:.0f} store_ratio={store_ratio:.3f}"
        f" decode_voters_per_s={package['decode_voters_per_s']:.0f}"
        f" validate_voters_per_s={package['validate_voters_per_s']:.0f} ready_6000_s={ready_s:.2f}"
        f" import_rss_mb={package['import_rss_mb']:.0f} update_1pct_s={package['update_s']:.2f}"
        f" address_update_1pct_s={package['address_update_s']:.2f}"
        f" update_pages_read={package['update_reads'] - checkpointed(package['update_written']):.0f}"
        f" update_pages_written={package['update_written']:.0f}"
        f" update_page_work_s={page_s:.2f}"
        f" claims={claim_count} export_s={claims['export_s']:.2f}"
        f" ingest_s={claims['ingest_s']:.2f} plain_claims_s={claims['plain_claims_s']:.3f}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--voters", type=int, default=100_000)
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--child-import", nargs=2, metavar=("DATA", "PACKAGE"), help=argparse.SUPPRESS)
    parser.add_argument("--child-cipher", nargs=2, metavar=("DB", "COUNT"), help=argparse.SUPPRESS)
    parser.add_argument("--child-store", nargs=2, metavar=("DB", "COUNT"), help=argparse.SUPPRESS)
    parser.add_argument("--child-stages", nargs=2, metavar=("DATA", "PACKAGE"), help=argparse.SUPPRESS)
    parser.add_argument("--child-ready", nargs=2, metavar=("DATA", "PACKAGE"), help=argparse.SUPPRESS)
    parser.add_argument("--child-update", nargs=3, metavar=("DATA", "UPDATE", "PASSWORD"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    children = {"child_stages": child_stages, "child_ready": child_ready, "child_import": child_import}
    for name, run in children.items():
        if getattr(args, name):
            run(Path(getattr(args, name)[0]), Path(getattr(args, name)[1]))
            return 0
    if args.child_update:
        child_update(Path(args.child_update[0]), Path(args.child_update[1]), args.child_update[2])
        return 0
    if args.child_store:
        store_only(Path(args.child_store[0]), int(args.child_store[1]))
        return 0
    if args.child_cipher:
        cipher_insert(Path(args.child_cipher[0]), int(args.child_cipher[1]))
        return 0
    with tempfile.TemporaryDirectory(prefix="pec-bench-sync-") as tmp:
        root = Path(tmp)
        (root / "p").mkdir()
        (root / "c").mkdir()
        (root / "r").mkdir()
        ready_s = bench_ready(root / "r")
        package = bench_package(root / "p", args.voters)
        print(f"package: {json.dumps({k: round(v, 1) for k, v in package.items()})}", flush=True)
        claims = bench_claims(root / "c", args.claims)
        for path in (root / "p" / "data", root / "c" / "data", root / "r" / "data"):
            ctx = DeskContext(path)
            device_id = json.loads((path / "device.json").read_text())["device_id"]
            ctx.secrets.delete(device_id)
    report(args.voters, args.claims, package, claims, ready_s)
    return 0


if __name__ == "__main__":
    sys.exit(main())
