"""(c) A full and a read-only data dir and target (CLI.md, issue 10 point 5): the writing command
ends in a `[code]` line, never a traceback, and nothing changes (no claim, batch, applied envelope
or password change is added), and the store still passes every invariant afterwards.

Full and read-only are real: a small tmpfs mounted over the directory (filled up, or remounted
read-only), since chmod does not stop root. Where mount is refused, the full case falls back to
strace injecting ENOSPC into pwrite64/write and the read-only case EROFS into openat."""

from __future__ import annotations

import contextlib
import errno
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

from tests.faults.checks import code_line_problem
from tests.faults.kills import SCENARIOS, Scenario, baseline
from tests.faults.report import Budget, Report
from tests.faults.state import State, read_state
from tests.faults.world import NEW_PASSWORD, STRONG, World, run

LIMITED = ("export", "claims-add", "update-import", "passwd", "backup")
WITH_TARGET = ("export", "claims-add", "backup")
MODES = ("full", "free-256k", "read-only")


def can_mount(base: Path) -> bool:
    probe = base / "mount-probe"
    probe.mkdir(exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(probe)], capture_output=True, check=False
    )
    if done.returncode == 0:
        subprocess.run(["umount", str(probe)], check=False)
    return done.returncode == 0


def run_limits(world: World, report: Report, budget: Budget) -> None:
    mounts = can_mount(world.base)
    if not mounts:
        report.skipped.append("limits: mount refused here; strace ENOSPC/EROFS injection used instead")
    scenarios = {s.name: s for s in SCENARIOS}
    cache: dict[str, State] = {}
    for name in LIMITED:
        targets = ("data", "target") if name in WITH_TARGET else ("data",)
        for where in targets:
            for mode in MODES if where == "data" else ("full", "read-only"):
                if budget.over():
                    report.skipped.append(f"limits: budget spent after {sum(report.limits.values())} cases")
                    return
                case = f"{where} {mode}"
                before = baseline(world, scenarios[name].template, report, cache)
                report.violate(
                    name, case, limited_case(world, scenarios[name], where, mode, mounts=mounts, before=before)
                )
                report.bump(report.limits, f"{name} {case}")


def limited_case(world: World, scenario: Scenario, where: str, mode: str, *, mounts: bool, before: State) -> list[str]:
    world.restore(scenario.template)
    argv, stdin = scenario.argv_stdin(world)
    directory = world.data if where == "data" else world.out
    if mounts:
        with limited(directory, mode):
            done = run(argv, stdin)
    else:
        done = run(argv, stdin, _injection(mode))
    problems = []
    shape = code_line_problem(done.returncode, done.stderr)
    if shape:
        problems.append(shape)
    if done.returncode == 0 and mode != "free-256k":
        problems.append(f"exit 0 on a {mode} {where}: where did it write?")
    if done.returncode != 0:
        problems += unchanged(world, before)
    return problems


def unchanged(world: World, before: State) -> list[str]:
    """A refused command changed nothing the precinct relies on, and the store is sound."""
    after, problems = read_state(world, {login: [STRONG, NEW_PASSWORD] for login in world.passwords})
    if not after.read:
        return problems
    if set(after.claims) != set(before.claims):
        problems.append(f"refused, yet claims changed: {sorted(set(after.claims) ^ set(before.claims))}")
    if after.exports != before.exports:
        problems.append(f"refused, yet batches recorded: {sorted(set(after.exports) - set(before.exports))}")
    if sorted(after.applied) != sorted(before.applied):
        problems.append("refused, yet an envelope is recorded as applied")
    if after.works.get("m1") == NEW_PASSWORD:
        problems.append("refused, yet member1's password changed")
    return problems


@contextlib.contextmanager
def limited(directory: Path, mode: str) -> Iterator[None]:
    """`directory` on its own tmpfs, with its content: filled up, 256 KiB left, or read-only;
    afterwards the content (as the command left it) back on the ordinary disk."""
    keep = Path(tempfile.mkdtemp(prefix="pec-limit-", dir=directory.parent.parent))
    shutil.copytree(directory, keep / "d", symlinks=True)
    used = sum(p.stat().st_size for p in (keep / "d").rglob("*") if p.is_file())
    size = used + 8 * 1024 * 1024
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(directory)], check=True)
    try:
        shutil.copytree(keep / "d", directory, symlinks=True, dirs_exist_ok=True)
        if mode == "read-only":
            subprocess.run(["mount", "-o", "remount,ro", str(directory)], check=True)
        else:
            fill(directory / ".filler", 256 * 1024 if mode == "free-256k" else 0)
        yield
    finally:
        if mode != "read-only":
            (directory / ".filler").unlink(missing_ok=True)
        shutil.rmtree(keep / "d")
        shutil.copytree(directory, keep / "d", symlinks=True)
        subprocess.run(["umount", str(directory)], check=True)
        shutil.copytree(keep / "d", directory, symlinks=True, dirs_exist_ok=True)
        shutil.rmtree(keep)


def fill(path: Path, leave: int) -> None:
    """Writes `path` until the file system is full, then gives back `leave` bytes."""
    block = b"\0" * 65536
    with path.open("wb", buffering=0) as out:
        try:
            while True:
                out.write(block)
        except OSError as exc:
            if exc.errno != errno.ENOSPC:
                raise
    if leave:
        with path.open("r+b") as out:
            out.truncate(max(0, path.stat().st_size - leave))


def _injection(mode: str) -> list[str]:
    if mode == "read-only":
        return ["strace", "-qq", "-o", "/dev/null", "-e", "inject=pwrite64,fsync:error=EROFS:when=2+"]
    return ["strace", "-qq", "-o", "/dev/null", "-e", "inject=pwrite64:error=ENOSPC:when=3+"]
