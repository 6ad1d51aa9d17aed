"""The fault harness (issue 10, point 7): `make test-faults` runs it inside scripts/with-keyring.sh.

  python -m tests.faults.harness [--quick] [--kills N] [--budget SECONDS] [--parts kills,races,limits,fuzz]

(a) kills: SIGKILL at every rename/fsync/unlink/ftruncate (strace fault injection) and at random
    moments of first import, update import, claims add, export, backup, restore, passwd and
    signature import, each followed by the invariants and the redo;
(b) races: two of each writing command at once;
(c) limits: a full and a read-only data dir and target (tmpfs mounts; strace ENOSPC/EROFS
    injection where mount is not allowed);
(d) fuzz: Hypothesis over the envelope, backup and voter CSV readers.
It prints its counts and every violation, and exits 1 on any violation (2 if it could not run).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import traceback
from collections.abc import Sequence
from pathlib import Path

from tests.faults.report import Budget, Report
from tests.faults.world import World, WorldError, build_world, remove_world

PARTS = ("kills", "races", "limits", "fuzz")


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m tests.faults.harness", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="CI: 48 kills, 60 fuzz cases, a race of each")
    parser.add_argument("--kills", type=int, default=None, help="how many kills (default 360, --quick 48)")
    parser.add_argument("--budget", type=float, default=0, help="stop starting cases after SECONDS (0: no limit)")
    parser.add_argument(
        "--fuzz", type=int, default=None, help="Hypothesis examples per reader (default 400, --quick 60)"
    )
    parser.add_argument("--parts", default=",".join(PARTS), help=f"which parts, of {','.join(PARTS)}")
    parser.add_argument("--seed", type=int, default=None, help="random seed (printed; default: from the clock)")
    parser.add_argument("--json", type=Path, help="also write the report as JSON here")
    parser.add_argument("--keep", action="store_true", help="keep the work directory (printed)")
    args = parser.parse_args(argv)
    args.kills = args.kills if args.kills is not None else (48 if args.quick else 360)
    args.fuzz = args.fuzz if args.fuzz is not None else (60 if args.quick else 400)
    args.seed = args.seed if args.seed is not None else int(time.time())
    args.parts = [p for p in args.parts.split(",") if p]
    if unknown := set(args.parts) - set(PARTS):
        parser.error(f"unknown parts: {', '.join(sorted(unknown))}")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse(argv)
    start = time.monotonic()
    report, rng, budget = Report(), random.Random(args.seed), Budget(args.budget)
    print(f"fault harness: seed {args.seed}, kills {args.kills}, fuzz {args.fuzz}, parts {','.join(args.parts)}")
    if "fuzz" in args.parts:
        from tests.faults.fuzz import run_fuzz

        run_fuzz(args.fuzz, report, args.seed)
    try:
        world = build_world() if set(args.parts) - {"fuzz"} else None
    except WorldError as exc:
        print(f"fault harness: could not make the template precinct: {exc}", file=sys.stderr)
        return 2
    try:
        if world is not None:
            print(f"work directory: {world.base}")
            _world_parts(world, args, report, rng, budget)
    finally:
        if world is not None and not args.keep:
            remove_world(world)
    report.print(time.monotonic() - start)
    if args.json:
        report.write_json(args.json)
    return 1 if report.violations else 0


def _world_parts(world: World, args: argparse.Namespace, report: Report, rng: random.Random, budget: Budget) -> None:
    """Races get a quarter of the budget left when they start, limits a third of what is left
    then, kills all the rest: a budget cut leaves every part tried."""
    from tests.faults.kills import make_plans, run_kills
    from tests.faults.limits import run_limits
    from tests.faults.races import run_races

    plans = make_plans(world, report) if {"races", "kills"} & set(args.parts) else []
    parts = {
        "races": lambda: run_races(world, plans, 2 if args.quick else 6, report, budget.share(0.25)),
        "limits": lambda: run_limits(world, report, budget.share(0.33)),
        "kills": lambda: run_kills(world, plans, args.kills, budget=budget, report=report, rng=rng),
    }
    for name, part in parts.items():
        if name not in args.parts:
            continue
        started = time.monotonic()
        try:
            part()
        except Exception as exc:
            report.violate("harness", name, [f"the {name} part stopped: {type(exc).__name__}: {exc}"])
            traceback.print_exc()
        print(f"{name}: {time.monotonic() - started:.0f} s", flush=True)


if __name__ == "__main__":
    sys.exit(main())
