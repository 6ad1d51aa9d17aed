"""(a) SIGKILL at every rename/fsync/unlink/ftruncate of a command (strace fault injection) and at
random moments, then the invariants (R-SYN-2, R-AUD-1, issue 10 point 3): the store opens, every
account logs in, integrity and the audit chain pass, nothing half-applied, no printed claim lost,
and the command run again works."""

from __future__ import annotations

import hashlib
import itertools
import os
import random
import signal
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests.faults.checks import (
    Point,
    batch_problems,
    batch_seq,
    claims_without_event,
    code_line_problem,
    content_problems,
    kill_points,
    leftovers,
    lost_claims,
    password_problems,
    printed_claims,
    sequence_problems,
)
from tests.faults.report import Budget, Report
from tests.faults.state import State, first_line, read_state
from tests.faults.world import NEW_PASSWORD, STRONG, Run, World, claim_args, finish, run, start

TRACED = "rename,renameat,renameat2,fsync,fdatasync,unlink,unlinkat,ftruncate"
_serial = itertools.count(1)


@dataclass(frozen=True)
class Scenario:
    name: str
    template: str
    user: str | None
    args: Callable[[World], list[str]]

    def argv_stdin(self, world: World) -> tuple[list[str], str]:
        args = self.args(world)
        if self.name == "passwd":
            return world.desk_argv(*args), f"{world.passwords['m1']}\n{NEW_PASSWORD}\n"
        if self.user is None:
            return world.desk_argv(*args), ""
        return world.desk_argv(*args, "--user", self.user, "--password-stdin"), world.passwords[self.user] + "\n"


def _unique(world: World, stem: str, ext: str) -> str:
    return str(world.out / f"{stem}-{next(_serial)}.{ext}")


SCENARIOS = (
    Scenario("first-import", "first", None, lambda w: ["import", str(w.package_file())]),
    Scenario("update-import", "main", "sec", lambda w: ["import", str(w.update_file(2))]),
    Scenario("claims-add", "main", "m1", lambda w: claim_args(w, w.pins[1], Path(_unique(w, "r", "pdf")))),
    Scenario("export", "main", "sec", lambda w: ["export", "--out", str(w.out)]),
    Scenario("backup", "main", "admin", lambda w: ["backup", "--out", _unique(w, "b", "pecbak")]),
    Scenario("restore", "main", "admin", lambda w: ["restore", str(w.out / "base.pecbak"), "--accept-older"]),
    Scenario("passwd", "main", None, lambda w: ["passwd", "--user", "m1", "--password-stdin"]),
    Scenario("signature-import", "sig", "sec", lambda w: ["import", str(w.update_file(3))]),
)


@dataclass
class Plan:
    scenario: Scenario
    points: list[Point]
    seconds: float  # the command's run time without faults
    baseline: State


def dry_run(world: World, scenario: Scenario, report: Report, baselines: dict[str, State]) -> Plan | None:
    """The command once under strace: its kill points and (an upper bound of) its run time."""
    world.restore(scenario.template)
    argv, stdin = scenario.argv_stdin(world)
    log = world.base / "dry.strace"
    traced = run(argv, stdin, ["strace", "-qq", "-y", "-o", str(log), "-e", f"trace={TRACED}", "-e", "signal=none"])
    if traced.returncode != 0:
        report.violate(scenario.name, "baseline", [f"fails without faults: {first_line(traced.stderr)}"])
        return None
    points = kill_points(log.read_text(encoding="utf-8", errors="replace"), [str(world.live)])
    report.points[scenario.name] = len(points)
    return Plan(scenario, points, traced.seconds, baseline(world, scenario.template, report, baselines))


def baseline(world: World, template: str, report: Report, cache: dict[str, State]) -> State:
    """What the template holds (read once per template, through the chair's session)."""
    if template == "first":
        return State()
    if template not in cache:
        world.restore(template)
        cache[template], problems = read_state(world, {"chair": [STRONG]})
        report.violate(f"template {template}", "baseline", problems)
    return cache[template]


def _candidates(world: World, scenario: Scenario) -> dict[str, list[str]]:
    if scenario.template == "first":
        return {login: [pw] for login, pw in world.first_passwords.items()}
    found = {login: [STRONG] for login in world.passwords}
    if scenario.name == "passwd":
        found["m1"] = [STRONG, NEW_PASSWORD]
    return found


def strace_kill(world: World, plan: Plan, point: Point) -> Run:
    world.restore(plan.scenario.template)
    argv, stdin = plan.scenario.argv_stdin(world)
    inject = f"inject={point.call}:signal=KILL:when={point.n}"
    return run(argv, stdin, ["strace", "-qq", "-o", "/dev/null", "-e", f"trace={point.call}", "-e", inject])


def random_kill(world: World, plan: Plan, rng: random.Random) -> tuple[Run, float]:
    world.restore(plan.scenario.template)
    argv, stdin = plan.scenario.argv_stdin(world)
    delay = rng.uniform(0.3, 0.9) * plan.seconds  # the time under strace: a little longer than plain
    proc = start(argv, stdin)
    time.sleep(delay)
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    return finish(proc, argv), delay


def judge(world: World, plan: Plan, killed: Run, where: str, report: Report) -> None:
    """All the invariants after one kill, then the redo."""
    name = plan.scenario.name
    shape = code_line_problem(killed.returncode, killed.stderr)
    if shape:
        report.violate(name, where, [shape])
    if plan.scenario.template == "first":
        report.violate(name, where, _judge_first(world, plan))
        return
    state, problems = read_state(world, _candidates(world, plan.scenario))
    if state.read:
        problems += half_applied(world, plan, killed, state)
    report.note(name, where, leftovers(os.listdir(world.out)) + leftovers(os.listdir(world.data)))
    world.passwords.update(state.works)
    problems += _redo(world, plan, state)
    report.violate(name, where, problems)


def half_applied(world: World, plan: Plan, killed: Run, state: State) -> list[str]:
    problems = claims_without_event(state.claims, state.filed)
    problems += lost_claims(printed_claims(killed.stdout), state.claims)
    problems += batch_problems(os.listdir(world.out), state.exports)
    problems += content_problems(batch_digests(world.out), state.export_sha)
    problems += sequence_problems(state.exports)
    printed = [line for line in killed.stdout.split() if batch_seq(line) is not None]
    problems += [f"batch {name} was printed but is not on disk" for name in printed if not (world.out / name).exists()]
    if plan.scenario.name == "passwd":
        before = plan.baseline.password_changes.get("m1", 0)
        works_new = state.works.get("m1") == NEW_PASSWORD
        problems += password_problems("m1", works_new, before, state.password_changes.get("m1", 0))
    if plan.scenario.name.endswith("import") and len(state.applied) < len(plan.baseline.applied):
        problems.append("an envelope applied before the command is no longer recorded")
    return problems


def batch_digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir() if batch_seq(p.name)}


def _redo(world: World, plan: Plan, state: State) -> list[str]:
    if plan.scenario.name == "passwd" and state.works.get("m1") == NEW_PASSWORD:
        return []  # the change is done; nothing to redo
    argv, stdin = plan.scenario.argv_stdin(world)
    if plan.scenario.name == "claims-add":  # the killed claim may be stored: its voter is then blocked
        argv[argv.index("--voter") + 1] = world.pins[5]
    again = run(argv, stdin)
    if again.returncode != 0:
        return [f"redo: exit {again.returncode}: {first_line(again.stderr)}"]
    if plan.scenario.name == "export":
        return ingest_all(world)
    return []


def ingest_all(world: World) -> list[str]:
    """Central ingests every batch on the target it has not seen, in seq order."""
    problems = []
    names = sorted((n for n in os.listdir(world.out) if batch_seq(n) is not None), key=lambda n: batch_seq(n) or 0)
    for name in names:
        if (seq := batch_seq(name)) is None or seq <= 1:
            continue  # the template's central has ingested batch 1
        done = world.central("ingest", str(world.out / name))
        if done.returncode != 0:
            problems.append(f"central ingest of {name}: {first_line(done.stderr)}")
    return problems


def _judge_first(world: World, plan: Plan) -> list[str]:
    """A killed first import leaves nothing that looks like a precinct, or a complete one; then
    the import run again works (if needed) and every one-time password logs in."""
    present = [p.name for p in (world.data / "precinct.db", world.data / "keyslots.json") if p.exists()]
    problems: list[str] = []
    if present:
        _state, problems = read_state(world, _candidates(world, plan.scenario))
        if not problems:
            return []
        problems = [f"half a precinct ({', '.join(present)}): {p}" for p in problems]
    argv, stdin = plan.scenario.argv_stdin(world)
    again = run(argv, stdin)
    if again.returncode != 0:
        return [*problems, f"redo of the first import: exit {again.returncode}: {first_line(again.stderr)}"]
    _state, after = read_state(world, _candidates(world, plan.scenario))
    return problems + [f"after the redo: {p}" for p in after]


def make_plans(world: World, report: Report) -> list[Plan]:
    """Each command's dry run (kill points, run time) and its template's baseline."""
    baselines: dict[str, State] = {}
    return [plan for s in SCENARIOS if (plan := dry_run(world, s, report, baselines)) is not None]


def run_kills(
    world: World, plans: list[Plan], total: int, *, budget: Budget, report: Report, rng: random.Random
) -> None:
    schedule = _schedule(plans, total, rng)
    for index, (plan, point) in enumerate(schedule, 1):
        if budget.over():
            report.skipped.append(f"kills: budget spent after {sum(report.kills.values())} kills")
            return
        _one_kill(world, plan, point, report, rng)
        if index % 20 == 0:
            print(f"  {sum(report.kills.values())} kills, {len(report.violations)} violations so far", flush=True)


def _one_kill(world: World, plan: Plan, point: Point | None, report: Report, rng: random.Random) -> None:
    name = plan.scenario.name
    if point is None:
        killed, delay = random_kill(world, plan, rng)
        where = f"random kill at {delay:.2f} s"
    else:
        killed = strace_kill(world, plan, point)
        where = f"kill at {point.call} #{point.n}: {point.line}"
    if killed.returncode == 0:
        report.bump(report.completed, name)
        return
    if killed.killed:
        report.bump(report.kills, name)
    judge(world, plan, killed, where, report)


def _schedule(plans: list[Plan], total: int, rng: random.Random) -> list[tuple[Plan, Point | None]]:
    """Every kill point when `total` allows (else an even sample of each command's), the rest
    random kills, interleaved across commands so a budget cut leaves every command tried."""
    points = sum(len(p.points) for p in plans)
    share = 1.0 if points <= total * 0.8 else (total * 0.8) / max(points, 1)
    queues: list[list[tuple[Plan, Point | None]]] = []
    for plan in plans:
        chosen = _sample(plan.points, share)
        queues.append([(plan, point) for point in chosen])
    randoms = max(total - sum(len(q) for q in queues), len(plans))
    for index in range(randoms):
        queues[index % len(queues)].append((plans[index % len(plans)], None))
    for queue in queues:
        rng.shuffle(queue)
    mixed = [item for group in itertools.zip_longest(*queues) for item in group if item is not None]
    return mixed[: max(total, len(plans))]


def _sample(points: list[Point], share: float) -> list[Point]:
    if share >= 1.0:
        return list(points)
    count = max(1, round(len(points) * share))
    step = len(points) / count
    return [points[int(i * step)] for i in range(count)]
