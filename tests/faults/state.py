"""What a data dir holds after a trial, read the way the desk reads it: each account logs in
through AuthService (real SQLCipher, real keyring), the chair's session reads the store; then
`pec-desk selfcheck --integrity` and `pec-desk audit verify` through the command line."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from app.errors import AppError
from app.services.audit import AuditService
from app.services.auth import AuthService
from app.services.context import DeskContext
from tests.faults.world import World


@dataclass
class State:
    works: dict[str, str] = field(default_factory=dict)  # login -> the password that logged in
    claims: list[str] = field(default_factory=list)
    filed: list[str] = field(default_factory=list)  # objects of claim.filed events
    exports: dict[int, str] = field(default_factory=dict)  # seq -> file name
    export_sha: dict[int, str] = field(default_factory=dict)  # seq -> sha256 of the file
    applied: list[tuple[int, str]] = field(default_factory=list)  # (seq, kind) of applied envelopes
    password_changes: dict[str, int] = field(default_factory=dict)
    signatures: str = ""
    read: bool = False  # the chair's session read the store
    problems: list[str] = field(default_factory=list)


def describe(exc: BaseException) -> str:
    if isinstance(exc, AppError):
        detail = exc.params.get("detail", "")
        return f"[{exc.reason.value}] {detail}".strip()[:240]
    return f"{type(exc).__name__}: {exc}"[:240]


def read_state(world: World, candidates: Mapping[str, Sequence[str]]) -> tuple[State, list[str]]:
    """Verifies the audit chain as found, then logs every account in (trying its candidate passwords
    in order); the chair's session reads the store, the auditor's runs the integrity check."""
    state, problems = State(), []
    try:
        ctx = DeskContext(world.data)
    except Exception as exc:
        return state, [f"the store does not open: {describe(exc)}"]
    try:
        report = AuditService(ctx).verify()  # first: a login writes a new checkpoint
        if not report.ok:
            problems.append("audit verify: " + ", ".join(f"{p.value}@{s}" for s, p in report.problems[:5]))
        auth = AuthService(ctx)
        failed: dict[str, list[str]] = {}
        for login, options in candidates.items():
            if problem := _log_in(ctx, auth, login, options, state):
                failed.setdefault(problem, []).append(login)
        problems += [f"cannot log in: {', '.join(logins)}: {problem}" for problem, logins in failed.items()]
    except Exception as exc:
        problems.append(f"reading the store failed: {describe(exc)}")
    finally:
        ctx.close()
    return state, problems + state.problems


def _log_in(ctx: DeskContext, auth: AuthService, login: str, options: Sequence[str], state: State) -> str | None:
    last = ""
    for password in options:
        try:
            session = auth.login(login, password)
        except Exception as exc:
            last = describe(exc)
            continue
        try:
            state.works[login] = password
            if login == "chair":
                _read_chair(ctx, state)
            elif login == "aud" and not session.must_change:  # a one-time password may not run it yet
                check = AuditService(ctx).self_check(session, integrity=True)
                if not check.ok:
                    state.problems.append(f"selfcheck --integrity: {'; '.join(check.integrity_errors)[:200]}")
        finally:
            auth.logout(session)
        return None
    return last


def _read_chair(ctx: DeskContext, state: State) -> None:
    db = ctx.precinct
    state.claims = [row[0] for row in db.execute("SELECT number FROM claim")]
    rows = db.execute("SELECT seq, file_name, sha256 FROM sync_export").fetchall()
    state.exports = {int(seq): str(name) for seq, name, _sha in rows}
    state.export_sha = {int(seq): str(sha) for seq, _name, sha in rows}
    state.applied = [(int(s), str(k)) for s, k in db.execute("SELECT seq, kind FROM sync_applied")]
    state.signatures = ctx.meta.get("av_signatures", "") or ""
    for event in ctx.audit.iter_events():
        if event.action == "claim.filed":
            state.filed.append(event.object)
        elif event.action == "account.password-changed":
            state.password_changes[event.login] = state.password_changes.get(event.login, 0) + 1
    state.read = True


def first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")[:240]
