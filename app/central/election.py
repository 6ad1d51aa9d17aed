"""The election file of CLI.md: id, name, voting day, the R-CAL-1 deadlines (days before voting
day), the decision period, and the settings a package carries to the precinct."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.errors import AppError, Defect, Part, Reason, os_defect
from app.models.calendar import DEFAULT_DEADLINES, DEFAULT_DECISION_DAYS

DEFAULT_REGPOINTS = (
    {"name": "Бишкек шаардык каттоо бөлүмү", "address": "Бишкек ш., Чүй пр., 114", "phone": "+996 312 000 001"},
    {"name": "Ош шаардык каттоо бөлүмү", "address": "Ош ш., Ленин көч., 221", "phone": "+996 3222 0 0002"},
)
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
_KNOWN = {"id", "name", "voting_day", "deadlines", "decision_days", "retention_days", "idle_minutes",
          "hotline", "registration_points"}  # fmt: skip


@dataclass(frozen=True)
class Election:
    id: str
    name: str
    voting_day: dt.date
    deadlines: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_DEADLINES))
    decision_days: int = DEFAULT_DECISION_DAYS
    retention_days: int = 365
    idle_minutes: int = 5
    hotline: str = "1233"
    registration_points: tuple[dict[str, str], ...] = DEFAULT_REGPOINTS

    def meta(self) -> list[tuple[str, str]]:
        """The settings as the package's meta records."""
        items = [("election_id", self.id), ("election_name", self.name), ("voting_day", self.voting_day.isoformat()),
                 ("decision_days", str(self.decision_days)), ("retention_days", str(self.retention_days)),
                 ("idle_minutes", str(self.idle_minutes)), ("hotline", self.hotline)]  # fmt: skip
        return items + [(f"deadline.{k}", str(v)) for k, v in sorted(self.deadlines.items())]

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "voting_day": self.voting_day.isoformat(),
                "deadlines": self.deadlines, "decision_days": self.decision_days,
                "retention_days": self.retention_days, "idle_minutes": self.idle_minutes, "hotline": self.hotline,
                "registration_points": list(self.registration_points)}  # fmt: skip


def demo_election(today: dt.date | None = None) -> Election:
    day = (today or dt.date.today()) + dt.timedelta(days=60)
    return Election("demo-2026", "Демо шайлоо", day)


def parse_election(data: dict[str, Any], source: str = "-") -> Election:
    """An election from its JSON form; every problem is named (malformed). `source`: the file's name."""

    def bad(defect: Defect, key: str) -> AppError:
        return AppError(Reason.MALFORMED, defect=defect, part=Part.ELECTION_FILE, name=source, key=key)

    unknown = sorted(set(data) - _KNOWN)
    if unknown:
        raise bad(Defect.UNKNOWN_FIELD, unknown[0])
    missing = [k for k in ("id", "name", "voting_day") if k not in data]
    if missing:
        raise bad(Defect.MISSING_FIELD, missing[0])
    election_id, name = data["id"], data["name"]
    try:
        voting_day = dt.date.fromisoformat(data["voting_day"])
    except (TypeError, ValueError) as exc:
        raise bad(Defect.BAD_FIELD, "voting_day") from exc
    if not isinstance(election_id, str) or not _ID.fullmatch(election_id):
        raise bad(Defect.BAD_FIELD, "id")
    if not isinstance(name, str) or not name.strip() or len(name) > 300:
        raise bad(Defect.BAD_FIELD, "name")
    deadlines = dict(DEFAULT_DEADLINES)
    given = data.get("deadlines", {})
    if not isinstance(given, dict):
        raise bad(Defect.WRONG_TYPE, "deadlines")
    for key, value in given.items():
        if key in ("decision_days", "retention_days"):
            continue
        if key not in DEFAULT_DEADLINES:
            raise bad(Defect.UNKNOWN_FIELD, f"deadlines.{key}")
        deadlines[key] = _days(value, key, bad)
    numbers = {k: _days(data.get(k, given.get(k, d)), k, bad)
               for k, d in (("decision_days", 7), ("retention_days", 365), ("idle_minutes", 5))}  # fmt: skip
    hotline = data.get("hotline", "1233")
    points = data.get("registration_points", list(DEFAULT_REGPOINTS))
    if not isinstance(hotline, str) or len(hotline) > 64:
        raise bad(Defect.BAD_FIELD, "hotline")
    if not isinstance(points, list) or not all(_regpoint_ok(p) for p in points):
        raise bad(Defect.BAD_FIELD, "registration_points")
    return Election(election_id, name.strip(), voting_day, deadlines, numbers["decision_days"],
                    numbers["retention_days"], max(1, numbers["idle_minutes"]), hotline, tuple(points))  # fmt: skip


def _days(value: object, key: str, bad: Any) -> int:
    if type(value) is not int or not 0 <= value <= 3650:
        raise bad(Defect.OUT_OF_RANGE, key)
    return value


def _regpoint_ok(point: object) -> bool:
    return (
        isinstance(point, dict) and set(point) <= {"name", "address", "phone"} and {"name", "address"} <= set(point)
        and all(isinstance(v, str) and 0 < len(v) <= 300 for v in point.values())
    )  # fmt: skip


def read_election(path: Path) -> Election:
    where = {"part": Part.ELECTION_FILE, "name": path.name}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise AppError(Reason.MALFORMED, **where, **os_defect(exc)) from exc
    except UnicodeDecodeError as exc:
        raise AppError(Reason.MALFORMED, defect=Defect.NOT_UTF8, offset=exc.start, **where) from exc
    except ValueError as exc:
        raise AppError(Reason.MALFORMED, defect=Defect.NOT_JSON, **where) from exc
    if not isinstance(data, dict):
        raise AppError(Reason.MALFORMED, defect=Defect.NOT_OBJECT, **where)
    return parse_election(data, path.name)
