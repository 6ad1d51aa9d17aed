"""Accounts, password history (in the precinct store) and login guards (device store)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from app.models.db import Connection

# The logins of the system's own actors, in one place (R-AUD-3): "-" is the workstation itself
# (`DeskContext.system_actor`, audit events with role "system"), "central" the central system (who
# changed a voter when a list or a decision came from it). No person's account may use these or
# the other reserved names, in any case: the users CSV of `issue-package`, `users add` and the
# package import refuse them with `reserved-login`.
SYSTEM_LOGIN = "-"
SYSTEM_ROLE = "system"
CENTRAL_LOGIN = "central"
RESERVED_LOGINS = frozenset({SYSTEM_LOGIN, CENTRAL_LOGIN, SYSTEM_ROLE, ""})


def login_reserved(login: str) -> bool:
    """Whether `login` is (a case variant of) a system actor's login."""
    return login.strip().casefold() in RESERVED_LOGINS


@dataclass(frozen=True)
class Account:
    login: str
    full_name: str
    role: str
    status: str  # active / disabled
    must_change: bool
    password_set_at: str


class AccountRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def add(self, login: str, full_name: str, role: str, at: str) -> None:
        self._conn.execute(
            "INSERT INTO account (login, full_name, role, must_change, password_set_at, created_at)"
            " VALUES (?, ?, ?, 1, ?, ?)",
            (login, full_name, role, at, at),
        )

    def get(self, login: str) -> Account | None:
        row = self._conn.execute(
            "SELECT login, full_name, role, status, must_change, password_set_at FROM account WHERE login = ?",
            (login,),
        ).fetchone()
        return Account(row[0], row[1], row[2], row[3], bool(row[4]), row[5]) if row else None

    def all(self) -> list[Account]:
        rows = self._conn.execute(
            "SELECT login, full_name, role, status, must_change, password_set_at FROM account ORDER BY login"
        )
        return [Account(r[0], r[1], r[2], r[3], bool(r[4]), r[5]) for r in rows]

    def set_password_state(self, login: str, *, must_change: bool, at: str) -> None:
        self._conn.execute(
            "UPDATE account SET must_change = ?, password_set_at = ? WHERE login = ?", (int(must_change), at, login)
        )

    def set_status(self, login: str, status: str) -> None:
        self._conn.execute("UPDATE account SET status = ? WHERE login = ?", (status, login))

    def history(self, login: str) -> list[tuple[str, bytes, bytes]]:
        rows = self._conn.execute(
            "SELECT params, salt, verifier FROM password_history WHERE login = ? ORDER BY id", (login,)
        )
        return [(p, s, v) for p, s, v in rows]

    def push_history(self, login: str, at: str, params: dict[str, object], salt: bytes, verifier: bytes) -> None:
        self._conn.execute(
            "INSERT INTO password_history (login, set_at, params, salt, verifier) VALUES (?, ?, ?, ?, ?)",
            (login, at, json.dumps(params), salt, verifier),
        )
        self._conn.execute(
            "DELETE FROM password_history WHERE login = ? AND id NOT IN"
            " (SELECT id FROM password_history WHERE login = ? ORDER BY id DESC LIMIT 5)",
            (login, login),
        )


class MetaRepository:
    def __init__(self, conn: Connection, schema: str = "main") -> None:
        self._conn = conn
        self._t = f"{schema}.meta"

    def get(self, key: str, default: str = "") -> str:
        row = self._conn.execute(f"SELECT value FROM {self._t} WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else default

    def find(self, key: str) -> str | None:
        """The value of `key`, or None when it is not set."""
        row = self._conn.execute(f"SELECT value FROM {self._t} WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set(self, key: str, value: str) -> None:
        self._conn.execute(
            f"INSERT INTO {self._t} VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value)
        )


@dataclass(frozen=True)
class GuardRow:
    failures: int
    throttled_until: dt.datetime | None
    locked: bool


class LoginGuardRepository:
    """Failed-login counters, persisted so a restart does not reset them."""

    def __init__(self, conn: Connection, schema: str) -> None:
        self._conn = conn
        self._t = f"{schema}.login_guard"

    def get(self, login: str) -> GuardRow:
        row = self._conn.execute(
            f"SELECT failures, throttled_until, locked FROM {self._t} WHERE login = ?", (login.casefold(),)
        ).fetchone()
        if row is None:
            return GuardRow(0, None, False)
        until = dt.datetime.fromisoformat(row[1]) if row[1] else None
        return GuardRow(int(row[0]), until, bool(row[2]))

    def put(self, login: str, row: GuardRow, at: str) -> None:
        until = row.throttled_until.isoformat() if row.throttled_until else ""
        self._conn.execute(
            f"INSERT INTO {self._t} (login, failures, throttled_until, locked, last_failure_at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (login) DO UPDATE SET failures = excluded.failures,"
            " throttled_until = excluded.throttled_until, locked = excluded.locked,"
            " last_failure_at = excluded.last_failure_at",
            (login.casefold(), row.failures, until, int(row.locked), at),
        )
