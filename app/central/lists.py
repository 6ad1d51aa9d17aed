"""The files the central side reads: the users CSV and the voter CSV (CLI.md).

The voter CSV is held to the voter rules (`app.models.voter_csv`) with the age rule on the
election's voting day; a refused file names each bad line with all its problems.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from app.errors import AppError, Defect, Part, Reason, os_defect
from app.models.accounts import login_reserved
from app.models.calendar import local_date
from app.models.controls import has_unsafe
from app.models.field_rules import Days
from app.models.records import VoterRow
from app.models.vocabulary import Role, values
from app.models.voter_csv import RowError, VoterCsvError, decode_csv, read_voters_csv

USERS_HEADER = ["login", "full_name", "role"]


def read_users_csv(path: Path) -> list[tuple[str, str, str]]:
    """`login,full_name,role` rows; refused whole, naming the first bad line and what is wrong
    with it (CLI.md "Users CSV")."""
    try:
        text = decode_csv(path.read_bytes())
    except OSError as exc:
        raise AppError(Reason.USAGE, part=Part.FILE, path=str(path), **os_defect(exc)) from exc
    if isinstance(text, RowError):
        raise AppError(Reason.MALFORMED, file=path.name, lines=(text,), more=0, problems=())
    rows, problems, reserved = _users(text)
    if problems:
        line, problem = problems[0]
        raise AppError(Reason.MALFORMED, part=Part.USERS_LINE, name=path.name, line=line, **problem)
    if reserved:
        raise AppError(Reason.RESERVED_LOGIN, login=", ".join(reserved[:5]))
    if not any(r[2] == Role.SYSADMIN.value for r in rows):
        raise AppError(Reason.MALFORMED, defect=Defect.NO_SYSADMIN, part=Part.USERS_FILE, name=path.name)
    return rows


UserProblem = dict[str, object]  # a refusal's `defect=` and its values


def _users(text: str) -> tuple[list[tuple[str, str, str]], list[tuple[int, UserProblem]], list[str]]:
    """The rows, the problems (with their lines) and the reserved logins of a users file."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows: list[tuple[str, str, str]] = []
    problems: list[tuple[int, UserProblem]] = []
    reserved: list[str] = []
    seen: set[str] = set()
    try:
        header = next(reader, None)
        if header is None or [h.strip() for h in header] != USERS_HEADER:
            return [], [(1, {"defect": Defect.BAD_HEADER, "expected": ",".join(USERS_HEADER)})], []
        for fields in reader:
            line = reader.line_num
            if len(fields) != len(USERS_HEADER):
                problems.append((line, {"defect": Defect.FIELD_COUNT, "count": len(fields), "expected": 3}))
                continue
            login, name, role = (f.strip() for f in fields)
            problems += [(line, p) for p in _user_problems(login, name, role, seen)]
            if login_reserved(login):
                reserved.append(login)
            seen.add(login)
            rows.append((login, name, role))
    except csv.Error:
        problems.append((reader.line_num, {"defect": Defect.BAD_CSV}))
    return rows, problems, reserved


def _user_problems(login: str, name: str, role: str, seen: set[str]) -> list[UserProblem]:
    problems: list[UserProblem] = []
    if not (login.isascii() and login.isidentifier() and len(login) <= 64):
        problems.append({"defect": Defect.BAD_LOGIN, "login": login[:64]})
    if not name or len(name) > 300 or has_unsafe(name):
        problems.append({"defect": Defect.BAD_FULL_NAME, "limit": 300})
    if role not in values(Role):
        problems.append({"defect": Defect.BAD_ROLE, "allowed": tuple(Role)})
    if login in seen:
        problems.append({"defect": Defect.DUPLICATE_ACCOUNT, "login": login})
    return problems


def read_voters(path: Path, voting_day: dt.date | str | None, today: dt.datetime) -> list[VoterRow]:
    """The voters of a CSV file, of age on `voting_day`; a file with its header only is refused
    (it would empty the list), a file with bad lines names each with every problem."""
    try:
        rows = read_voters_csv(path, Days.of(local_date(today), voting_day))
    except VoterCsvError as exc:
        raise exc.app_error(path.name) from exc
    except OSError as exc:
        raise AppError(Reason.USAGE, part=Part.FILE, path=str(path), **os_defect(exc)) from exc
    if not rows:
        raise AppError(Reason.EMPTY_VOTER_LIST, file=path.name)
    return rows
