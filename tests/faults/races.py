"""(b) Two of each writing command at once (R-SYN-2, issue 10 points 2 and 5): each ends with exit 0
or a `[code]` line, the invariants of the kills hold, exactly one batch per seq, central ingests
every batch and holds every claim, each backup written checks out with the recovery key."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from tests.faults.checks import Point, code_line_problem, printed_claims
from tests.faults.kills import Plan, Scenario, half_applied, ingest_all
from tests.faults.report import Budget, Report
from tests.faults.state import State, first_line, read_state
from tests.faults.world import NEW_PASSWORD, STRONG, Run, World, finish, start

RACED = ("export", "claims-add", "update-import", "passwd", "backup")
PAUSE_US = 2_500_000  # the first process stops this long at one of its kill points


def pause_at(point: Point) -> list[str]:
    """The first process held for a while at `point` (strace delay injection), as a slow drive or a
    busy machine would, while the second runs: every window between a read and its write is tried."""
    return ["strace", "-qq", "-o", "/dev/null", "-e", f"inject={point.call}:delay_enter={PAUSE_US}:when={point.n}"]


def pause_points(plan: Plan) -> list[Point]:
    """The points on the target first (a batch or backup being written), then the others."""
    on_target = [p for p in plan.points if "/out" in p.line]
    return on_target + [p for p in plan.points if p not in on_target]


def run_races(world: World, plans: list[Plan], per_command: int, report: Report, budget: Budget) -> None:
    """Two of every three races hold the first process at one of its kill points; the third is plain."""
    by_name = {plan.scenario.name: plan for plan in plans}
    for index in range(per_command):
        for name in RACED:
            if budget.over():
                report.skipped.append(f"races: budget spent after {sum(report.races.values())} races")
                return
            if (plan := by_name.get(name)) is None:
                continue
            points = pause_points(plan)
            point = points[(index - index // 3) % len(points)] if points and index % 3 != 2 else None
            world.restore(plan.scenario.template)
            runs = race(world, plan.scenario, point)
            report.bump(report.races, name)
            where = f"race of two, the first held at {point.call} #{point.n}: {point.line}" if point else "race of two"
            report.violate(name, where, judge_race(world, plan, runs))


def race(world: World, scenario: Scenario, point: Point | None) -> list[Run]:
    """Both processes started before either is waited for."""
    started: list[tuple[list[str], subprocess.Popen[str]]] = []
    for _ in range(2):
        argv, stdin = scenario.argv_stdin(world)
        if scenario.name == "claims-add":
            argv[argv.index("--voter") + 1] = world.pins[1 + len(started)]
        if point is not None and not started:
            argv = pause_at(point) + argv
        started.append((argv, start(argv, stdin)))
    return [finish(proc, argv) for argv, proc in started]


def judge_race(world: World, plan: Plan, runs: list[Run]) -> list[str]:
    problems = [f"process {i + 1}: {p}" for i, r in enumerate(runs) if (p := code_line_problem(r.returncode, r.stderr))]
    candidates = {login: [STRONG] for login in world.passwords}
    candidates["m1"] = [STRONG, NEW_PASSWORD]
    state, found = read_state(world, candidates)
    problems += found
    if not state.read:
        return problems
    for done in runs:
        problems += half_applied(world, plan, done, state)
    problems += _per_command(world, plan.scenario.name, runs, state)
    return problems


def _per_command(world: World, name: str, runs: list[Run], state: State) -> list[str]:
    ok = [r for r in runs if r.returncode == 0]
    if name == "export":
        return ingest_all(world) + central_holds(world, state.claims)
    if name == "claims-add":
        numbers = [n for r in ok for n in printed_claims(r.stdout)]
        return [] if len(set(numbers)) == len(numbers) else [f"two claims printed the same number: {numbers}"]
    if name == "backup":
        return [p for r in ok for p in _backup_checks(world, r)]
    if name == "update-import":
        seqs = [seq for seq, _kind in state.applied]
        return [] if len(seqs) == len(set(seqs)) else [f"an envelope recorded as applied twice: {sorted(seqs)}"]
    return []


def central_holds(world: World, claims: list[str]) -> list[str]:
    done = world.central("claims", "--precinct", "1001", "--json")
    if done.returncode != 0:
        return [f"central claims: {first_line(done.stderr)}"]
    held = {str(c.get("number")) for c in json.loads(done.stdout)}
    return [f"claim {n} is on the desk but central never received it" for n in sorted(set(claims) - held)]


def _backup_checks(world: World, done: Run) -> list[str]:
    out = Path(done.argv[done.argv.index("--out") + 1])
    if not out.is_file():
        return [f"backup said done but {out.name} is not there"]
    checked = world.central("check-backup", str(out))
    return [] if checked.returncode == 0 else [f"backup {out.name} does not check out: {first_line(checked.stderr)}"]
