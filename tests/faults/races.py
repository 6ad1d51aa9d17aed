"""(b) Two of each writing command at once (R-SYN-2, issue 10 points 2 and 5): each ends with exit 0
or a `[code]` line, the invariants of the kills hold, exactly one batch per seq, central ingests
every batch and holds every claim, each backup written checks out with the recovery key."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from tests.faults.checks import code_line_problem, printed_claims
from tests.faults.kills import SCENARIOS, Plan, Scenario, baseline, half_applied, ingest_all
from tests.faults.report import Budget, Report
from tests.faults.state import State, first_line, read_state
from tests.faults.world import NEW_PASSWORD, STRONG, Run, World, finish, start

RACED = ("export", "claims-add", "update-import", "passwd", "backup")
# Both processes slowed at each fsync (strace delay injection) widen the windows between a read and
# its write, as a slow drive does; unslowed, one process usually ends before the other begins.
SLOWED = ["strace", "-qq", "-o", "/dev/null", "-e", "inject=fsync,fdatasync:delay_exit=150000"]


def run_races(world: World, per_command: int, report: Report, budget: Budget) -> None:
    scenarios = {s.name: s for s in SCENARIOS}
    before = baseline(world, "main", report, {})
    for index in range(per_command):
        slowed = index % 3 != 2  # two slowed races of every three: they are the ones that find forks
        for name in RACED:
            if budget.over():
                report.skipped.append(f"races: budget spent after {sum(report.races.values())} races")
                return
            scenario = scenarios[name]
            world.restore(scenario.template)
            runs = race(world, scenario, slowed)
            report.bump(report.races, name)
            where = "race of two, slowed at each fsync" if slowed else "race of two"
            report.violate(name, where, judge_race(world, Plan(scenario, [], 0.0, before), runs))


def race(world: World, scenario: Scenario, slowed: bool) -> list[Run]:
    """Both processes started before either is waited for."""
    started: list[tuple[list[str], subprocess.Popen[str]]] = []
    for _ in range(2):
        argv, stdin = scenario.argv_stdin(world)
        if scenario.name == "claims-add":
            argv[argv.index("--voter") + 1] = world.pins[1 + len(started)]
        if slowed:
            argv = SLOWED + argv
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
