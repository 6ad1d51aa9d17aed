"""The files the central side reads: the users CSV and the voter CSV (CLI.md).

The voter CSV is held to the voter rules (`app.models.voter_csv`) with the age rule on the
election's voting day; a refused file names each bad line with all its problems.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from app.errors import AppError, Reason
from app.models.accounts import login_reserved
from app.models.calendar import local_date
from app.models.controls import has_unsafe
from app.models.field_rules import Days
from app.models.records import VoterRow
from app.models.vocabulary import Role, values
from app.models.voter_csv import RowError, VoterCsvError, decode_csv, read_voters_csv

USERS_HEADER = ["login", "full_name", "role"]


def read_users_csv(path: Path) -> list[tuple[str, str, str]]:
    """`login,full_name,role` rows; refused whole with line numbers (CLI.md "Users CSV")."""
    try:
        text = decode_csv(path.read_bytes())
    except OSError as exc:
        raise AppError(Reason.USAGE, detail=f"users file {path}: {exc.strerror}") from exc
    if isinstance(text, RowError):
        raise AppError(Reason.MALFORMED, detail=f"users file {path.name}: {text}")
    rows, problems, reserved = _users(text)
    if problems:
        raise AppError(Reason.MALFORMED, detail="users file: " + "; ".join(problems[:20]))
    if reserved:
        raise AppError(Reason.RESERVED_LOGIN, login=", ".join(reserved[:5]))
    if not any(r[2] == Role.SYSADMIN.value for r in rows):
        raise AppError(Reason.MALFORMED, detail="users file: a precinct needs a sysadmin account")
    return rows


def _users(text: str) -> tuple[list[tuple[str, str, str]], list[str], list[str]]:
    """The rows, the problems (with their lines) and the reserved logins of a users file."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows: list[tuple[str, str, str]] = []
    problems: list[str] = []
    reserved: list[str] = []
    seen: set[str] = set()
    try:
        header = next(reader, None)
        if header is None or [h.strip() for h in header] != USERS_HEADER:
            raise AppError(Reason.MALFORMED, detail="users file: line 1: header must be login,full_name,role")
        for fields in reader:
            line = reader.line_num
            if len(fields) != len(USERS_HEADER):
                problems.append(f"line {line}: {len(fields)} fields")
                continue
            login, name, role = (f.strip() for f in fields)
            problems += [f"line {line}: {p}" for p in _user_problems(login, name, role, seen)]
            if login_reserved(login):
                reserved.append(f"{login} (line {line})")
            seen.add(login)
            rows.append((login, name, role))
    except csv.Error as exc:
        problems.append(f"line {reader.line_num}: CSV syntax: {exc}")
    return rows, problems, reserved


def _user_problems(login: str, name: str, role: str, seen: set[str]) -> list[str]:
    problems = []
    if not (login.isascii() and login.isidentifier() and len(login) <= 64):
        problems.append("login must be Latin letters, digits or _")
    if not name or len(name) > 300 or has_unsafe(name):
        problems.append("full_name empty, too long or with control characters or bidi marks")
    if role not in values(Role):
        problems.append(f"unknown role {role[:20]!r}")
    if login in seen:
        problems.append(f"login {login} repeats")
    return problems


def read_voters(path: Path, voting_day: dt.date | str | None, today: dt.datetime) -> list[VoterRow]:
    """The voters of a CSV file, of age on `voting_day`; a file with its header only is refused
    (it would empty the list), a file with bad lines names each with every problem."""
    try:
        rows = read_voters_csv(path, Days.of(local_date(today), voting_day))
    except VoterCsvError as exc:
        raise exc.app_error(path.name) from exc
    except OSError as exc:
        raise AppError(Reason.USAGE, detail=f"voters file {path}: {exc.strerror}") from exc
    if not rows:
        raise AppError(Reason.EMPTY_VOTER_LIST, file=path.name)
    return rows
