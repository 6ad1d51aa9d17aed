"""Shared fixtures. The suite runs inside scripts/with-keyring.sh: a private D-Bus session
with a real gnome-keyring (Secret Service), so `keyring` here is the real backend."""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import keyring
import keyring.errors
import pytest

from app.cli.demo_precinct import DEMO_ACCOUNTS as DEMO_USERS
from app.clock import ManualClock
from app.errors import AppError
from app.models.records import VoterRow
from app.models.synthetic import generate_voters
from app.models.vocabulary import Role
from app.security.device_secret import SERVICE
from app.security.session import Session
from app.services.auth import AuthService
from app.services.context import DeskContext
from app.services.setup import IssuedAccount, NewAccount, PrecinctInfo, create_precinct
from tests.refusal_words import Site, error_problems, site_of

DEMO_ACCOUNTS = tuple(NewAccount(login, name, Role(role)) for login, name, role in DEMO_USERS)

# tests/package tries the built .deb (`make test-package` builds it and names it in PEC_DESK_DEB).
collect_ignore = [] if os.environ.get("PEC_DESK_DEB") else ["package"]

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


@dataclass(frozen=True)
class Template:
    """A precinct made once per test process, copied for each test: creating one costs twelve
    Argon2 derivations (about 2.5 s), copying it a few milliseconds. The copy gets the template's
    keyring entry back before it opens, so it is the same device at the same high-water mark and
    no rollback; the tests run one after another in a process, so the entry is never shared."""

    data_dir: Path
    device_id: str
    entry: str
    store_key: bytes
    accounts: dict[str, IssuedAccount]


class Templates:
    """The templates made so far in this process, one per list of voters (a module may give its own)."""

    def __init__(self, root: Path) -> None:
        self._root = root
        self._made: dict[tuple[VoterRow, ...], Template] = {}

    def get(self, voters: list[VoterRow]) -> Template:
        key = tuple(voters)
        if key not in self._made:
            made = make_precinct(self._root / f"t{len(self._made)}" / "data", voters)
            device_id, store_key = made.ctx.device_id, made.ctx.store_key
            made.ctx.close()
            entry = keyring.get_password(SERVICE, f"device-{device_id}")
            assert entry, "the template's device secret is in the keyring"
            self._made[key] = Template(made.data_dir, device_id, entry, store_key, made.accounts)
        return self._made[key]

    def remove(self) -> None:
        for template in self._made.values():
            with contextlib.suppress(keyring.errors.PasswordDeleteError):
                keyring.delete_password(SERVICE, f"device-{template.device_id}")


@pytest.fixture(scope="session")
def precinct_templates(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Templates]:
    templates = Templates(tmp_path_factory.mktemp("templates"))
    yield templates
    templates.remove()


def copy_precinct(template: Template, data_dir: Path) -> Precinct:
    """The template's data dir copied to `data_dir` (modes kept) with its keyring entry restored,
    opened as `make_precinct` leaves it."""
    shutil.copytree(template.data_dir, data_dir, copy_function=shutil.copy2)
    entry = f"device-{template.device_id}"
    if keyring.get_password(SERVICE, entry) != template.entry:  # a test before moved or deleted it
        keyring.set_password(SERVICE, entry, template.entry)
    clock = ManualClock()
    ctx = DeskContext(data_dir, clock=clock)
    ctx.open_device()  # both stores open, as `create_precinct` leaves them
    ctx.open_precinct(template.store_key)
    return Precinct(ctx, clock, dict(template.accounts), data_dir)


@pytest.fixture
def precinct(tmp_path: Path, sample_voters: list[VoterRow], precinct_templates: Templates) -> Iterator[Precinct]:
    p = copy_precinct(precinct_templates.get(sample_voters), tmp_path / "data")
    yield p
    p.ctx.close()  # the keyring entry stays for the next copy (removed with the templates)


__all__ = ["PLANTED", "STRONG", "Precinct", "Role", "make_precinct"]
