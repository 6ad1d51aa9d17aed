"""Login, logout, lock and unlock, password change (R-SEC-1..5, R-AUD-1).

Order of a login: the guard (locked? throttled?) before any password is checked,
then the key slot (Argon2id with the device secret) which is the password check,
then the store opens. Every outcome is an audit event in the device store.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import NoReturn

from app.clock import iso
from app.errors import AppError, Defect, Reason
from app.models.accounts import GuardRow
from app.models.bounds import LOGIN, bound, text_problem
from app.models.vocabulary import Role
from app.security import throttle
from app.security.audit import Actor, AuditAction
from app.security.kdf import KdfParams
from app.security.keyslots import Slot
from app.security.passwords import HistoryEntry, check_policy, describe, make_verifier, one_time_password
from app.security.permissions import Action, require
from app.security.session import Session
from app.services.ports import LoginStore, PasswordStore
from app.services.staging import staged_slots


class AuthService:
    def __init__(self, ctx: LoginStore) -> None:
        self._ctx = ctx

    def login(self, login: str, password: str) -> Session:
        ctx = self._ctx
        store_key = self.store_key(login, password)
        ctx.open_precinct(store_key)
        account = ctx.accounts.get(login)
        if account is None or account.status != "active":
            ctx.close_precinct()
            ctx.audit.append(self._anonymous(login), AuditAction.LOGIN_FAILED, outcome="disabled")
            raise AppError(Reason.ACCOUNT_DISABLED, login=login)
        boundary = ctx.meta.get("password_change_after", "")
        session = Session(
            account.login,
            account.full_name,
            Role(account.role),
            ctx.workstation,
            iso(ctx.clock.now()),
            must_change=account.must_change or account.password_set_at < boundary,
        )
        with ctx.transaction():
            ctx.audit.append(
                session.actor,
                AuditAction.LOGIN,
                details={"must_change": session.must_change, "cipher": ctx.cipher_version},
            )
            ctx.write_checkpoint()
        return session

    def store_key(self, login: str, password: str, *, check_rollback: bool = True) -> bytes:
        """The precinct's store key from `login`'s slot, guarded and audited like a login, without
        opening the store (a restore checks a backup with it while the store may be damaged;
        `check_rollback=False`: the CEC's recovery of a store refused as rolled back)."""
        ctx = self._ctx
        ctx.open_device(check_rollback=check_rollback)
        destroyed = ctx.device_meta("destroyed_at")
        if destroyed is not None:
            raise AppError(Reason.PRECINCT_DESTROYED, at=destroyed)
        return self._check_password(login, password, AuditAction.LOGIN_FAILED)

    def _anonymous(self, login: str) -> Actor:
        return Actor("-", login, "", "", self._ctx.workstation)

    def _check_password(self, login: str, password: str, failure: AuditAction) -> bytes:
        """The store key if the guard allows an attempt and the password is right.

        The attempt is counted as a failure *before* the slow key-slot check, in the same
        transaction that consulted the guard, so attempts made in parallel (several
        processes) cannot slip past it; a right password then clears the count. A login that
        names no account here is counted and audited under its keyed tag, never as typed
        (R-AUD-1, R-SYN-1: docs/decisions.md "Bounded at the door")."""
        ctx = self._ctx
        typed = text_problem(login) is None and len(login) <= LOGIN
        subject = login if typed and ctx.slots.has_slot(login) else ctx.typed_login_tag(login)
        with ctx.device_transaction():
            now = ctx.clock.now()
            verdict = throttle.check(ctx.guards.get(subject), now)
            if verdict.allowed:
                counted = throttle.after_failure(ctx.guards.get(subject), now, ctx.throttle)
                ctx.guards.put(subject, counted, iso(now))
        if verdict.locked or not verdict.allowed:
            self._refuse(subject, bound(login, LOGIN), verdict)
        key = ctx.slots.unwrap(login, password) if typed else None  # same cost for an unknown login
        if key is None:
            self._audit_failure(subject, counted, failure)
            raise AppError(Reason.WRONG_PASSWORD, login=bound(login, LOGIN))
        ctx.guards.put(subject, throttle.after_success(), iso(ctx.clock.now()))
        return key

    def _refuse(self, subject: str, shown: str, verdict: throttle.Verdict) -> NoReturn:
        actor = self._anonymous(subject)
        if verdict.locked:
            self._ctx.audit.append(actor, AuditAction.LOGIN_REFUSED_LOCKED, outcome="refused")
            raise AppError(Reason.ACCOUNT_LOCKED, login=shown)
        self._ctx.audit.append(actor, AuditAction.LOGIN_THROTTLED, outcome="refused")
        raise AppError(Reason.THROTTLED, seconds=verdict.wait_s)

    def _audit_failure(self, subject: str, state: GuardRow, failure: AuditAction) -> None:
        actor = self._anonymous(subject)
        with self._ctx.device_transaction():
            self._ctx.audit.append(actor, failure, outcome="wrong-password", details={"failures": state.failures})
            if state.locked:
                self._ctx.audit.append(actor, AuditAction.ACCOUNT_LOCKED_OUT, outcome="locked")

    def logout(self, session: Session, reason: str = "") -> None:
        """End the session and close the precinct store; `reason` "idle" for the automatic log-out."""
        ctx = self._ctx
        with ctx.transaction():
            ctx.audit.append(session.actor, AuditAction.LOGOUT, details={"reason": reason} if reason else None)
            ctx.write_checkpoint()
        ctx.close_precinct()

    def lock(self, session: Session, reason: str = "manual") -> None:
        """Cover the screen (R-SEC-5); only the same user's password reopens it."""
        if session.locked:
            return
        session.locked = True
        self._ctx.audit.append(session.actor, AuditAction.LOCK, details={"reason": reason})

    def unlock(self, session: Session, password: str) -> None:
        self._check_password(session.login, password, AuditAction.UNLOCK_FAILED)
        session.locked = False
        self._ctx.audit.append(session.actor, AuditAction.UNLOCK)

    def unlock_by_chair(self, session: Session, chair_login: str, chair_password: str) -> None:
        """A chair's override of someone else's lock (DESIGN.md), audited on both names."""
        self._check_password(chair_login, chair_password, AuditAction.UNLOCK_FAILED)
        chair = self._ctx.accounts.get(chair_login)
        if chair is None or chair.status != "active":
            raise AppError(Reason.ACCOUNT_DISABLED, login=chair_login)
        require(Role(chair.role), Action.LOCK_OVERRIDE)
        session.locked = False
        self._ctx.audit.append(session.actor, AuditAction.UNLOCK, details={"override_by": chair_login})

    def approve(self, session: Session, approver: str, password: str, action: Action) -> str:
        """A second person's approval (R-SEC-9): another active account whose role allows `action`
        types their own password. Throttled and audited like a login; returns the approver's name."""
        if approver == session.login:
            raise AppError(Reason.NOT_PERMITTED, defect=Defect.SECOND_PERSON)
        self._check_password(approver, password, AuditAction.PRINT_APPROVAL_FAILED)
        account = self._ctx.accounts.get(approver)
        if account is None or account.status != "active":
            raise AppError(Reason.ACCOUNT_DISABLED, login=approver)
        require(Role(account.role), action)
        self._ctx.audit.append(session.actor, AuditAction.PRINT_APPROVED, details={"approver": approver,
                               "action": action.value})  # fmt: skip
        return account.full_name

    def change_password(self, session: Session, current: str, new: str) -> None:
        """R-SEC-2/3: the current password, then the policy, then the slot is re-wrapped."""
        ctx = self._ctx
        store_key = self._check_password(session.login, current, AuditAction.PASSWORD_REFUSED)
        history = [
            HistoryEntry(KdfParams.from_json(json.loads(p)), v) for p, _, v in ctx.accounts.history(session.login)
        ]
        problems = check_policy(
            new, login=session.login, full_name=session.full_name, common=ctx.common_passwords, history=history
        )
        if problems:
            ctx.audit.append(
                session.actor, AuditAction.PASSWORD_REFUSED, outcome="policy", details={"problems": describe(problems)}
            )
            raise AppError(Reason.PASSWORD_POLICY, problems=describe(problems))
        set_password(ctx, session.actor, session.login, new, store_key, must_change=False,
                     action=AuditAction.PASSWORD_CHANGED)  # fmt: skip
        session.must_change = False


@dataclass(frozen=True)
class NewPassword:
    """A password made ready outside the write lock: its key slot and its history verifier."""

    login: str
    slot: Slot
    verifier: HistoryEntry


def new_password(
    ctx: PasswordStore, login: str, password: str, store_key: bytes, *, one_time: bool = False
) -> NewPassword:
    """The slow steps (two Argon2 derivations; a `one_time` password's slot is fast), done before a
    transaction takes the write lock."""
    return NewPassword(login, ctx.slots.wrap(login, password, store_key, one_time=one_time), make_verifier(password))


def store_password(ctx: PasswordStore, made: NewPassword, *, must_change: bool) -> None:
    """Inside a transaction: the slot staged (published after the commit) and the verifier kept."""
    staged_slots(ctx).put(made.slot)
    now, entry = iso(ctx.clock.now()), made.verifier
    ctx.accounts.push_history(made.login, now, entry.params.to_json(), entry.params.salt, entry.verifier)
    ctx.accounts.set_password_state(made.login, must_change=must_change, at=now)


def set_password(
    ctx: PasswordStore, actor: Actor, login: str, password: str, store_key: bytes, *, must_change: bool,
    action: AuditAction, obj: str = "",
) -> None:  # fmt: skip
    """Wrap the store key for `login` under `password`, remember its verifier and record `action`,
    in one transaction (R-AUD-1): killed anywhere, either the old password works and there is no
    event, or the new one works and the event is there."""
    made = new_password(ctx, login, password, store_key, one_time=must_change)  # one to change: a one-time one
    with ctx.transaction():
        store_password(ctx, made, must_change=must_change)
        ctx.audit.append(actor, action, obj=obj)


def issue_account(ctx: PasswordStore, actor: Actor, login: str, full_name: str, role: Role) -> str:
    """A new account with a one-time password (returned once, never stored) and its key slot,
    created, slotted and audited in one transaction."""
    password = one_time_password()
    made = new_password(ctx, login, password, ctx.store_key, one_time=True)
    with ctx.transaction():
        ctx.accounts.add(login, full_name, role.value, iso(ctx.clock.now()))
        ctx.audit.append(actor, AuditAction.ACCOUNT_CREATED, obj=login, details={"role": role.value})
        store_password(ctx, made, must_change=True)
        ctx.audit.append(actor, AuditAction.KEY_SLOT_ADDED, obj=login)
    return password
