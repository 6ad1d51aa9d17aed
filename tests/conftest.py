"""Shared fixtures. The suite runs inside scripts/with-keyring.sh: a private D-Bus session
with a real gnome-keyring (Secret Service), so `keyring` here is the real backend."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.cli.demo_precinct import DEMO_ACCOUNTS as DEMO_USERS
from app.clock import ManualClock
from app.errors import AppError
from app.models.records import VoterRow
from app.models.synthetic import generate_voters
from app.models.vocabulary import Role
from app.security.session import Session
from app.services.auth import AuthService
from app.services.context import DeskContext
from app.services.setup import IssuedAccount, NewAccount, PrecinctInfo, create_precinct
from tests.refusal_words import Site, error_problems, site_of

DEMO_ACCOUNTS = tuple(NewAccount(login, name, Role(role)) for login, name, role in DEMO_USERS)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PEC_DESK_LANG", "en")

STRONG = "Zx!9-qPlm#4T"  # satisfies R-SEC-2 and is in no list
PLANTED = VoterRow(
    pin="11503199000123",
    last_name="Тестова",
    first_name="Айзада",
    patronymic="",
    birth_date="1990-03-15",
    sex="F",
    address="Бишкек ш., Маркер көчөсү 77-кв. 13",
    precinct="1001",
)


@dataclass
class Precinct:
    ctx: DeskContext
    clock: ManualClock
    accounts: dict[str, IssuedAccount]
    data_dir: Path

    def password(self, login: str) -> str:
        return self.accounts[login].password

    def reopen(self) -> DeskContext:
        """A new context on the same directory, as after a restart."""
        self.ctx.close()
        self.ctx = DeskContext(self.data_dir, clock=self.clock)
        return self.ctx

    def ready_session(self, login: str) -> Session:
        """Logged in with the one-time password changed to STRONG."""
        auth = AuthService(self.ctx)
        session = auth.login(login, self.password(login))
        if session.must_change:
            auth.change_password(session, self.password(login), STRONG)
            self.accounts[login] = IssuedAccount(login, session.full_name, session.role, STRONG)
        return session


def make_precinct(data_dir: Path, voters: list[VoterRow]) -> Precinct:
    clock = ManualClock()
    ctx = DeskContext(data_dir, clock=clock)
    info = PrecinctInfo("1001", "test-2026", "Тест шайлоо", "2026-11-29")
    issued = create_precinct(ctx, info, DEMO_ACCOUNTS, voters)
    return Precinct(ctx, clock, {a.login: a for a in issued}, data_dir)


# ---- every refusal is worded without English in ky and ru (issue 11, point 2) -------------------
# Each AppError constructed while the suite runs is recorded with where the code made it; after
# each test every one is rendered in ky and ru (tests/refusal_words.py says the rule) and the test
# fails on English words or a requirement id; no place in app/ is exempt.

ROOT = Path(__file__).resolve().parent.parent
_RECORDED: list[tuple[AppError, Site]] = []
_INIT = AppError.__init__


def _recording_init(self: AppError, *args: object, **params: object) -> None:
    _INIT(self, *args, **params)  # type: ignore[arg-type]
    frame, frames = sys._getframe(1), []
    while frame is not None and len(frames) < 12:
        frames.append((frame.f_code.co_filename, frame.f_lineno, frame.f_code.co_name))
        frame = frame.f_back  # type: ignore[assignment]
    site = site_of(frames, ROOT)
    if site is not None:
        _RECORDED.append((self, site))


AppError.__init__ = _recording_init  # type: ignore[method-assign]


@pytest.fixture(autouse=True)
def refusals_speak_the_language() -> Iterator[None]:
    yield
    recorded = list(_RECORDED)
    _RECORDED.clear()
    failures = []
    for error, site in recorded:
        problems = error_problems(error)
        if not problems:
            continue
        failures.append(f"[{error.reason.value}] raised at {site}:\n  " + "\n  ".join(problems))
    if failures:
        pytest.fail("refusals with English in ky/ru:\n" + "\n".join(failures), pytrace=False)


@pytest.fixture(scope="session")
def sample_voters() -> list[VoterRow]:
    return [PLANTED, *generate_voters(400, seed=7)]


@pytest.fixture
def precinct(tmp_path: Path, sample_voters: list[VoterRow]) -> Iterator[Precinct]:
    p = make_precinct(tmp_path / "data", sample_voters)
    yield p
    p.ctx.close()
    p.ctx.secrets.delete(p.ctx.device_id)


__all__ = ["PLANTED", "STRONG", "Precinct", "Role", "make_precinct"]
