"""What the fault harness counted and found, and how it prints it."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.faults.checks import summarize


@dataclass
class Budget:
    """Stop starting new trials once `seconds` have passed (0: no limit)."""

    seconds: float
    start: float = field(default_factory=time.monotonic)

    def left(self) -> float:
        return float("inf") if self.seconds <= 0 else self.seconds - (time.monotonic() - self.start)

    def over(self) -> bool:
        return self.left() <= 0

    def share(self, fraction: float) -> Budget:
        """A part's budget: `fraction` of what is left now (no limit when this one has none)."""
        return Budget(0 if self.seconds <= 0 else max(self.left(), 0) * fraction)


@dataclass
class Report:
    kills: dict[str, int] = field(default_factory=dict)  # per command: SIGKILLs delivered
    points: dict[str, int] = field(default_factory=dict)  # per command: kill points found by the dry run
    completed: dict[str, int] = field(default_factory=dict)  # a planned kill came after the end
    races: dict[str, int] = field(default_factory=dict)
    limits: dict[str, int] = field(default_factory=dict)
    fuzz: dict[str, int] = field(default_factory=dict)
    violations: list[tuple[str, str, str]] = field(default_factory=list)  # (command, where, problem)
    notes: list[tuple[str, str, str]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    def bump(self, table: dict[str, int], key: str, by: int = 1) -> None:
        table[key] = table.get(key, 0) + by

    def violate(self, command: str, where: str, problems: list[str]) -> None:
        for problem in dict.fromkeys(problems):
            self.violations.append((command, where, problem))

    def note(self, command: str, where: str, problems: list[str]) -> None:
        for problem in problems:
            self.notes.append((command, where, problem))

    def print(self, seconds: float, detail: int = 3) -> None:
        print(f"\n== fault harness: {seconds:.0f} s")
        print(f"kills: {sum(self.kills.values())} " + _table(self.kills))
        print(f"kill points found (dry runs): {_table(self.points)}")
        print(f"planned kills that came after the command's end: {_table(self.completed)}")
        print(f"races: {sum(self.races.values())} {_table(self.races)}")
        print(f"full/read-only: {sum(self.limits.values())} {_table(self.limits)}")
        print(f"fuzz cases: {sum(self.fuzz.values())} {_table(self.fuzz)}")
        for reason in self.skipped:
            print(f"skipped: {reason}")
        print(f"notes (leftover temporary files): {len(self.notes)}")
        print(f"VIOLATIONS: {len(self.violations)}")
        for kind, count in summarize(self.violations).items():
            print(f"  {count:4d}x {kind}")
            examples = [v for v in self.violations if f"{v[0]}: " in kind and _same(v, kind)][:detail]
            for _command, where, problem in examples:
                print(f"         e.g. {where}: {problem[:300]}")

    def write_json(self, path: Path) -> None:
        data = {k: v for k, v in self.__dict__.items()}
        path.write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")


def _same(violation: tuple[str, str, str], kind: str) -> bool:
    return summarize([violation]).keys() == {kind}


def _table(counts: dict[str, int]) -> str:
    return "(" + ", ".join(f"{k} {v}" for k, v in counts.items()) + ")"
