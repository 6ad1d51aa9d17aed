"""The fault harness's judgements, as plain functions over what a trial observed (no I/O here,
so tests/faults/test_checks.py proves them on made-up observations)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

CODE_LINE = re.compile(r"^\[[a-z0-9][a-z0-9-]*\] \S")
CLAIM_NUMBER = re.compile(r"\b\d{3,6}-\d{4}-\d{5}\b")
BATCH_NAME = re.compile(r"^(?P<precinct>\d+)-batch-(?P<seq>\d{6})\.pecenv$")
STRACE_LINE = re.compile(r"^(?:(?P<pid>\d+)\s+)?(?P<call>[a-z0-9_]+)\(")
TEMP_MARKERS = (".tmp", ".part", ".spool", "-journal")


@dataclass(frozen=True)
class Point:
    """The `n`-th call of `call` in the command's main process, and what it touched."""

    call: str
    n: int
    line: str


def code_line_problem(returncode: int, stderr: str) -> str | None:
    """None when a run ended as the CLI contract says: exit 0, or a `[code] explanation` line and no
    traceback (CLI.md); a kill (-9) is judged by the checks after it, not here."""
    if "Traceback (most recent call last)" in stderr:
        lines = [line for line in stderr.splitlines() if line.strip()]
        return f"traceback: {lines[-1].strip()[:200] if lines else '?'}"
    if returncode in (0, -9):
        return None
    first = next((line for line in stderr.splitlines() if line.strip()), "")
    if not CODE_LINE.match(first):
        return f"exit {returncode} without a [code] line: {first[:200]!r}"
    return None


def reason_of(stderr: str) -> str:
    """The reason code of a refusal (`malformed` for `[malformed] ...`), or ''."""
    first = next((line for line in stderr.splitlines() if line.strip()), "")
    match = CODE_LINE.match(first)
    return first[1 : first.index("]")] if match else ""


def kill_points(log: str, roots: Iterable[str]) -> list[Point]:
    """The kill points of a dry run's strace log: every traced call of the first process, numbered
    per call name as strace's `when=N` counts them, kept when it touched one of `roots`."""
    counters: dict[str, int] = {}
    points: list[Point] = []
    main_pid: str | None = None
    wanted = tuple(roots)
    for line in log.splitlines():
        match = STRACE_LINE.match(line)
        if match is None or "resumed>" in line:
            continue
        pid = match.group("pid")
        main_pid = pid if main_pid is None else main_pid
        if pid != main_pid:
            continue
        call = match.group("call")
        counters[call] = counters.get(call, 0) + 1
        if any(root in line for root in wanted):
            points.append(Point(call, counters[call], line.strip()[:160]))
    return points


def batch_seq(name: str) -> int | None:
    match = BATCH_NAME.match(name)
    return int(match.group("seq")) if match else None


def batch_problems(on_disk: Iterable[str], recorded: Mapping[int, str]) -> list[str]:
    """A batch file visible under its final name must be the one the store recorded for its seq
    (R-SYN-2: a batch the store does not know forks the stream)."""
    problems = []
    for name in sorted(on_disk):
        seq = batch_seq(name)
        if seq is None:
            continue
        if seq not in recorded:
            problems.append(f"batch file {name} on disk, seq {seq} not recorded by the store")
        elif recorded[seq] != name:
            problems.append(f"batch file {name} on disk, the store recorded {recorded[seq]} for seq {seq}")
    return problems


def content_problems(on_disk: Mapping[str, str], recorded: Mapping[int, str]) -> list[str]:
    """A batch file (name -> sha256) must hold the bytes the store recorded for its seq (seq -> sha256):
    two processes writing the same name leave the loser's batch under the winner's record."""
    problems = []
    for name, digest in sorted(on_disk.items()):
        seq = batch_seq(name)
        if seq is not None and seq in recorded and recorded[seq] != digest:
            problems.append(f"batch file {name} is not the batch the store recorded for seq {seq}")
    return problems


def sequence_problems(seqs: Iterable[int]) -> list[str]:
    """Recorded batch seqs must be 1..n without a hole."""
    ordered = sorted(seqs)
    expected = list(range(1, len(ordered) + 1))
    return [] if ordered == expected else [f"batch seqs {ordered} are not 1..{len(ordered)}"]


def claims_without_event(claims: Iterable[str], filed_events: Iterable[str]) -> list[str]:
    """R-AUD-1: every stored claim has its `claim.filed` event, and every such event its claim."""
    stored, filed = set(claims), set(filed_events)
    problems = [f"claim {n} stored without its claim.filed event" for n in sorted(stored - filed)]
    return problems + [f"claim.filed event for {n} without the claim" for n in sorted(filed - stored)]


def lost_claims(printed: Iterable[str], stored: Iterable[str]) -> list[str]:
    """A number the command printed was handed to the voter: it must stay."""
    present = set(stored)
    return [f"claim {n} was printed but is not stored" for n in sorted(set(printed)) if n not in present]


def printed_claims(stdout: str) -> list[str]:
    return CLAIM_NUMBER.findall(stdout)


def password_problems(login: str, works_new: bool, changes_before: int, changes_after: int) -> list[str]:
    """R-AUD-1: a password changed exactly when its `account.password-changed` event was added."""
    added = changes_after - changes_before
    if works_new and added < 1:
        return [f"{login}'s password changed with no account.password-changed event"]
    if not works_new and added > 0:
        return [f"account.password-changed recorded for {login} but the old password still works"]
    return []


def leftovers(names: Iterable[str]) -> list[str]:
    """Temporary files a kill left in a directory (reported as notes: the next run may clean them)."""
    return sorted(n for n in names if n.startswith(".") and any(m in n for m in TEMP_MARKERS))


def summarize(violations: Iterable[tuple[str, str, str]]) -> dict[str, int]:
    """Counts of (command, problem) with the variable parts (numbers, paths) taken out."""
    counts: dict[str, int] = {}
    for command, _where, problem in violations:
        key = f"{command}: {normalize(problem)}"
        counts[key] = counts.get(key, 0) + 1
    return dict(sorted(counts.items(), key=lambda kv: -kv[1]))


def normalize(problem: str) -> str:
    text = re.sub(r"/\S+", "PATH", problem)
    text = re.sub(r"\d+", "N", text)
    return text[:160]
