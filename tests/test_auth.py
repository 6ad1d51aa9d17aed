"""Logins, the password policy, throttling and roles (R-SEC-1..4, R-AUD-1)."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from app.errors import AppError, Reason
from app.models.vocabulary import Role
from app.security.audit import AuditAction
from app.security.passwords import PasswordProblem, check_policy, load_common_passwords, one_time_password
from app.security.permissions import PERMISSIONS, Action, allowed
from app.services.accounts import AccountService
from app.services.auth import AuthService
from app.services.context import DeskContext
from app.services.voters import VoterService
from tests.conftest import STRONG, Precinct

COMMON = load_common_passwords()


def _problems(password: str, login: str = "member1", name: str = "Жээнбекова Айпери") -> set[PasswordProblem]:
    return set(check_policy(password, login=login, full_name=name, common=COMMON))


@pytest.mark.parametrize(
    ("password", "problem"),
    [
        ("Aa1!aaa", PasswordProblem.TOO_SHORT),
        ("abcdefg1!", PasswordProblem.NO_UPPER),
        ("ABCDEFG1!", PasswordProblem.NO_LOWER),
        ("Abcdefgh!", PasswordProblem.NO_DIGIT),
        ("Abcdefgh1", PasswordProblem.NO_SPECIAL),
        ("Аbcdefg1!", PasswordProblem.NO_UPPER),  # a Cyrillic А is not upper-case Latin
        ("xMember1!x", PasswordProblem.CONTAINS_LOGIN),
        ("Aiperi#2026x", PasswordProblem.CONTAINS_NAME),  # the name typed in Latin
        ("Password123!", PasswordProblem.COMMON),
        ("!!Qwerty2024", PasswordProblem.COMMON),
        ("Bishkek2026!", PasswordProblem.COMMON),
    ],
)
def test_password_policy_refuses(password: str, problem: PasswordProblem) -> None:
    """R-SEC-2 plus DESIGN.md: composition, no login/name inside, not common."""
    assert problem in _problems(password)


def test_password_policy_accepts_a_strong_password_and_every_one_time_password() -> None:
    assert _problems(STRONG) == set()
    for _ in range(200):
        assert _problems(one_time_password()) == set()


def test_first_login_forces_a_password_change(precinct: Precinct) -> None:
    """R-SEC-3: a one-time password opens nothing until it is changed."""
    auth = AuthService(precinct.ctx)
    session = auth.login("member1", precinct.password("member1"))
    assert session.must_change
    with pytest.raises(AppError) as err:
        VoterService(precinct.ctx).search(session, "тестова")
    assert err.value.reason is Reason.PASSWORD_CHANGE_REQUIRED
    auth.change_password(session, precinct.password("member1"), STRONG)
    assert VoterService(precinct.ctx).search(session, "тестова").voters
    auth.logout(session)
    assert not AuthService(precinct.reopen()).login("member1", STRONG).must_change


def test_no_reuse_of_the_last_five_passwords(precinct: Precinct) -> None:
    """DESIGN.md: no reuse of the last 5 (the current one included)."""
    auth, session = AuthService(precinct.ctx), precinct.ready_session("member1")
    current = STRONG
    history = [f"Qz!{i}vWx-{i}9p" for i in range(4)]
    for new in history:
        auth.change_password(session, current, new)
        current = new
    for old in (STRONG, history[0]):
        with pytest.raises(AppError) as err:
            auth.change_password(session, current, old)
        assert err.value.reason is Reason.PASSWORD_POLICY and "reused" in err.value.params["problems"]
    auth.change_password(session, current, "Fresh!Pass-77q")


def test_campaign_boundary_forces_another_change(precinct: Precinct) -> None:
    """R-SEC-3: before and after each campaign the password is changed again."""
    auth, session = AuthService(precinct.ctx), precinct.ready_session("member1")
    precinct.ctx.meta.set("password_change_after", "9999-01-01")
    auth.logout(session)
    assert AuthService(precinct.reopen()).login("member1", STRONG).must_change


def _wrong(auth: AuthService, login: str = "member1") -> Reason:
    with pytest.raises(AppError) as err:
        auth.login(login, "Wrong!pass-1")
    return err.value.reason


def test_sixth_try_is_throttled_even_with_the_right_password(precinct: Precinct) -> None:
    auth = AuthService(precinct.ctx)
    assert [_wrong(auth) for _ in range(5)] == [Reason.WRONG_PASSWORD] * 5
    with pytest.raises(AppError) as err:
        auth.login("member1", precinct.password("member1"))
    assert err.value.reason is Reason.THROTTLED and err.value.params["seconds"] == 15
    precinct.clock.advance(15)
    assert auth.login("member1", precinct.password("member1")).login == "member1"


def test_delay_doubles_and_the_sixteenth_try_is_locked_across_restarts(precinct: Precinct) -> None:
    """Throttle 15 s doubling; after 15 failures locked until a sysadmin unlocks; persisted."""
    auth = AuthService(precinct.ctx)
    for _ in range(5):
        _wrong(auth)
    delays = []
    for _ in range(10):  # failures 6..15, each after waiting out the delay, each in a new process
        with pytest.raises(AppError) as err:
            auth.login("member1", "x")
        delays.append(err.value.params.get("seconds"))
        precinct.clock.advance(err.value.params["seconds"])
        auth = AuthService(precinct.reopen())
        _wrong(auth)
    assert delays == [15 * 2**i for i in range(10)]
    auth = AuthService(precinct.reopen())
    assert _wrong(auth) is Reason.ACCOUNT_LOCKED
    with pytest.raises(AppError) as err:
        auth.login("member1", precinct.password("member1"))
    assert err.value.reason is Reason.ACCOUNT_LOCKED
    admin = precinct.ready_session("sysadmin")
    AccountService(precinct.ctx).unlock(admin, "member1")
    assert AuthService(precinct.ctx).login("member1", precinct.password("member1")).login == "member1"
    actions = [e.action for e in precinct.ctx.audit.events()]
    assert AuditAction.ACCOUNT_LOCKED_OUT.value in actions and AuditAction.ACCOUNT_UNLOCKED.value in actions


def test_role_table_is_the_single_source(precinct: Precinct) -> None:
    """R-SEC-4: members search, sysadmins administer and see no voters, auditors only read logs."""
    assert allowed(Role.MEMBER, Action.VOTER_SEARCH) and not allowed(Role.MEMBER, Action.ACCOUNT_ADMIN)
    assert not allowed(Role.SYSADMIN, Action.VOTER_SEARCH)
    assert PERMISSIONS[Role.AUDITOR] == {Action.AUDIT_VIEW}
    member = precinct.ready_session("member1")
    with pytest.raises(AppError) as err:
        AccountService(precinct.ctx).list(member)
    assert err.value.reason is Reason.NOT_PERMITTED
    assert precinct.ctx.audit.events(newest_first=True, limit=1)[0].action == AuditAction.PERMISSION_DENIED.value


def test_disabled_account_cannot_log_in(precinct: Precinct) -> None:
    """R-SEC-1: disabling deletes the key slot."""
    admin = precinct.ready_session("sysadmin")
    service = AccountService(precinct.ctx)
    service.disable(admin, "member2")
    assert _wrong(AuthService(precinct.ctx), "member2") is Reason.WRONG_PASSWORD
    password = service.add(admin, "member3", "Бекова Нурбүбү", Role.MEMBER)
    assert AuthService(precinct.ctx).login("member3", password).must_change


def test_every_login_outcome_is_audited_with_who_and_session(precinct: Precinct) -> None:
    """R-AUD-1: the log identifies the user by session, full name and login."""
    auth = AuthService(precinct.ctx)
    _wrong(auth)
    session = auth.login("chair", precinct.password("chair"))
    events = precinct.ctx.audit.events()
    failed = [e for e in events if e.action == AuditAction.LOGIN_FAILED.value]
    login = [e for e in events if e.action == AuditAction.LOGIN.value][-1]
    assert failed and failed[-1].login == "member1"
    assert (login.login, login.full_name, login.session_id, login.role) == (
        "chair",
        session.full_name,
        session.id,
        "chair",
    )


def test_parallel_attempts_cannot_slip_past_the_guard(precinct: Precinct) -> None:
    """Each attempt is counted before the slow password check: six processes trying at once
    after four failures get one wrong-password and five throttled, not six guesses."""
    auth = AuthService(precinct.ctx)
    for _ in range(4):
        _wrong(auth)
    precinct.ctx.close()
    contexts = [DeskContext(precinct.data_dir, clock=precinct.clock) for _ in range(6)]
    for ctx in contexts:
        ctx.open_device()
    barrier = threading.Barrier(len(contexts))

    def attempt(ctx: DeskContext) -> Reason:
        barrier.wait()
        try:
            AuthService(ctx).login("member1", "Wrong!pass-1")
        except AppError as error:
            return error.reason
        return Reason.USAGE

    with ThreadPoolExecutor(len(contexts)) as pool:
        reasons = sorted(pool.map(attempt, contexts))
    for ctx in contexts:
        ctx.close()
    assert reasons.count(Reason.WRONG_PASSWORD) == 1, reasons
    assert reasons.count(Reason.THROTTLED) == len(contexts) - 1
