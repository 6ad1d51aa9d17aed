"""Media-scan throughput: the walk + built-in policy engine + a SHA-256 of each file (what the
staging does), beside a plain `sha256` read of the same generated tree in the same run.

  tree          N MB (--mb, default 1024) of envelope-like files (magic `PECENV1\\n` + random bytes):
                many small (4-64 KB, ~10% of the bytes), some medium (0.25-4 MB, ~30%), a few large
                (16-64 MB, ~60%), in 32 directories
  plain sha256  os.walk + open + hashlib.file_digest of every file: the baseline
  policy        walk (no links followed, limits) + policy checks (magic of each file's head, names)
                + SHA-256 of every file that passed, opened with O_NOFOLLOW
  policy only   walk + policy checks without the hash (what the policy costs on its own)
  clamd         INSTREAM of every file to clamd (app/security/scanner/clamav.py ClamdEngine), only
                with --clamd SOCKET; otherwise reported as not measured
The page cache is warmed by one untimed read first and every figure is the best of --rounds, so
both sides measure the same thing (CPU and system calls, not the disk). Target (issue 4): policy
≥ 50% of the plain read rate. Prints one final line: RESULT name=value ...
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from app.security.scanner.policy import ENVELOPE_MAGIC, IMPORT, PolicyEngine
from app.security.scanner.types import Engine, ScanLimits, Verdict
from app.security.scanner.walk import FILE_OPEN_FLAGS

MB = 1_000_000
LIMITS = ScanLimits(max_files=1_000_000, max_total_bytes=1 << 50, max_file_bytes=1 << 40, max_seconds=3600)


def generate(root: Path, total_mb: int, seed: int = 1) -> tuple[int, int]:
    """Writes the tree; returns (files, bytes)."""
    rng = random.Random(seed)
    pool = rng.randbytes(8 << 20)
    budget = total_mb * MB
    shares = ((0.10, 4 << 10, 64 << 10), (0.30, 256 << 10, 4 << 20), (0.60, 16 << 20, 64 << 20))
    files = written = 0
    for share, low, high in shares:
        left = int(budget * share)
        while left > 0:
            size = min(left, rng.randint(low, high))
            left -= size
            directory = root / f"d{files % 32:02d}"
            directory.mkdir(exist_ok=True)
            with open(directory / f"1001-batch-{files:06d}.pecenv", "wb") as out:
                out.write(ENVELOPE_MAGIC)
                remaining = size - len(ENVELOPE_MAGIC)
                while remaining > 0:
                    start = rng.randrange(0, len(pool) - (1 << 20))
                    piece = pool[start : start + min(remaining, 1 << 20)]
                    out.write(piece)
                    remaining -= len(piece)
            files += 1
            written += size
    return files, written


def plain_sha256(root: Path) -> tuple[int, int]:
    files = size = 0
    for directory, _dirs, names in os.walk(root):
        for name in names:
            with open(os.path.join(directory, name), "rb") as f:
                hashlib.file_digest(f, "sha256")
                size += f.tell()
            files += 1
    return files, size


def staged_hash(path: str) -> int:
    """What the staging does per file: open without following a link, SHA-256 the bytes."""
    fd = os.open(path, FILE_OPEN_FLAGS)
    with os.fdopen(fd, "rb") as f:
        hashlib.file_digest(f, "sha256")
        return f.tell()


def policy_scan(root: Path, *, hash_files: bool = True) -> tuple[int, int]:
    result = PolicyEngine(IMPORT, LIMITS).scan_tree(root)
    if result.findings:
        raise SystemExit(f"the generated tree has findings: {result.findings[:3]}")
    size = sum(staged_hash(entry.os_path) for entry in result.files) if hash_files else result.bytes
    return len(result.files), size


def engine_scan(engine: Engine, root: Path) -> tuple[int, int]:
    """Every file of the tree through an antivirus engine (clamd's INSTREAM for ClamdEngine)."""
    engine.info()
    files = size = 0
    for directory, _dirs, names in os.walk(root):
        for name in names:
            path = Path(directory, name)
            result = engine.scan(path)
            if result.verdict is not Verdict.CLEAN:
                raise SystemExit(f"{engine.info().name}: {path}: {result.verdict} {result.rule} {result.detail}")
            files += 1
            size += path.stat().st_size
    return files, size


def best(fn: Callable[[], tuple[int, int]], rounds: int) -> tuple[float, int, int]:
    times: list[float] = []
    files = size = 0
    for _ in range(rounds):
        start = time.perf_counter()
        files, size = fn()
        times.append(time.perf_counter() - start)
    return min(times), files, size


def clamd_engine(socket_path: str, test_signatures: bool) -> Engine | str:
    try:
        from app.security.scanner.clamav import ClamdEngine
    except ImportError as exc:
        return f"app/security/scanner/clamav.py is not available ({exc})"
    return ClamdEngine(socket_path, allow_test_signatures=test_signatures, timeout=600)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=1024, help="size of the generated tree in MB")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--dir", type=Path, help="generate the tree here (default: a temporary directory)")
    parser.add_argument("--clamd", metavar="SOCKET", help="measure clamd at this unix socket too")
    parser.add_argument("--clamd-test-signatures", action="store_true",
                        help="accept a clamd running only the project's test signatures")  # fmt: skip
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="pec-bench-scan-", dir=args.dir) as tmp:
        root = Path(tmp) / "medium"
        root.mkdir()
        start = time.perf_counter()
        files, size = generate(root, args.mb)
        generate_s = time.perf_counter() - start
        plain_sha256(root)  # warm the page cache
        plain_s, plain_files, plain_size = best(lambda: plain_sha256(root), args.rounds)
        policy_s, policy_files, policy_size = best(lambda: policy_scan(root), args.rounds)
        only_s, _, _ = best(lambda: policy_scan(root, hash_files=False), args.rounds)
        assert plain_files == policy_files == files and plain_size == policy_size == size
        clamd: tuple[float, int, int] | None = None
        clamd_note = "not measured (give --clamd SOCKET)"
        if args.clamd:
            engine = clamd_engine(args.clamd, args.clamd_test_signatures)
            if isinstance(engine, str):
                clamd_note = f"not measured: {engine}"
            else:
                clamd = best(lambda: engine_scan(engine, root), 1)
    mb = size / MB
    ratio = plain_s / policy_s
    print(f"tree                  {files} files, {mb:.0f} MB (generated in {generate_s:.1f} s)")
    print(f"plain sha256          {mb / plain_s:8.0f} MB/s {files / plain_s:8.0f} files/s")
    print(f"policy + sha256       {mb / policy_s:8.0f} MB/s {files / policy_s:8.0f} files/s;"
          f" policy/plain {ratio:.1%} (target 50%)")  # fmt: skip
    print(f"policy only           {mb / only_s:8.0f} MB/s {files / only_s:8.0f} files/s")
    if clamd is not None:
        print(f"clamd INSTREAM        {mb / clamd[0]:8.0f} MB/s {files / clamd[0]:8.0f} files/s")
    else:
        print(f"clamd                 {clamd_note}")
    clamd_fields = (
        f" clamd_mb_s={mb / clamd[0]:.1f} clamd_files_s={files / clamd[0]:.1f}" if clamd is not None else " clamd=none"
    )
    print(
        f"RESULT mb={mb:.0f} files={files} plain_mb_s={mb / plain_s:.0f} plain_files_s={files / plain_s:.0f}"
        f" policy_mb_s={mb / policy_s:.0f} policy_files_s={files / policy_s:.0f} policy_ratio={ratio:.3f}"
        f" policy_only_mb_s={mb / only_s:.0f} policy_only_files_s={files / only_s:.0f}{clamd_fields}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
