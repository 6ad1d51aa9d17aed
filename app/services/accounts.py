"""Account administration by the sysadmin (R-SEC-1, R-SEC-4)."""

from __future__ import annotations

import re

from app.clock import iso
from app.errors import AppError, Defect, Part, Reason
from app.models.accounts import Account, login_reserved
from app.models.bounds import check_text
from app.models.db import transaction
from app.models.vocabulary import Role
from app.security import throttle
from app.security.audit import AuditAction
from app.security.passwords import one_time_password
from app.security.permissions import Action
from app.security.session import Session
from app.services.auth import issue_account, set_password
from app.services.guard import authorize
from app.services.ports import AccountStore
from app.services.staging import staged_slots

LOGIN_RE = re.compile(r"^[a-z][a-z0-9._-]{2,31}$")


class AccountService:
    def __init__(self, ctx: AccountStore) -> None:
        self._ctx = ctx

    def list(self, session: Session) -> list[Account]:
        authorize(self._ctx, session, Action.ACCOUNT_ADMIN)
        return self._ctx.accounts.all()

    def add(self, session: Session, login: str, full_name: str, role: Role) -> str:
        """Creates the account and returns its one-time password (shown once)."""
        ctx = self._ctx
        authorize(ctx, session, Action.ACCOUNT_ADMIN)
        if not LOGIN_RE.match(login):
            raise AppError(Reason.MALFORMED, defect=Defect.BAD_LOGIN, login=login[:64])
        if login_reserved(login):
            raise AppError(Reason.RESERVED_LOGIN, login=login)
        if not check_text(full_name, "full_name").strip() or len(full_name) > 200:
            raise AppError(Reason.MALFORMED, defect=Defect.NAME_REQUIRED, limit=200)
        if ctx.accounts.get(login) is not None:
            raise AppError(Reason.DUPLICATE, defect=Defect.ALREADY_EXISTS, part=Part.ACCOUNT, login=login)
        return issue_account(ctx, session.actor, login, full_name.strip(), role)

    def disable(self, session: Session, login: str) -> None:
        """Disabling deletes the key slot: the password no longer opens anything."""
        ctx = self._ctx
        authorize(ctx, session, Action.ACCOUNT_ADMIN)
        self._existing(login)
        if login == session.login:
            raise AppError(Reason.NOT_PERMITTED, defect=Defect.SELF_DISABLE)
        with ctx.transaction():  # the slot file changes after the commit (staging.py)
            ctx.accounts.set_status(login, "disabled")
            ctx.audit.append(session.actor, AuditAction.ACCOUNT_DISABLED, obj=login)
            staged_slots(ctx).remove(login)
            ctx.audit.append(session.actor, AuditAction.KEY_SLOT_REMOVED, obj=login)

    def reset_password(self, session: Session, login: str) -> str:
        """A new one-time password; the account must change it at the next login."""
        ctx = self._ctx
        authorize(ctx, session, Action.ACCOUNT_ADMIN)
        account = self._existing(login)
        if account.status != "active":
            raise AppError(Reason.ACCOUNT_DISABLED, login=login)
        password = one_time_password()
        set_password(ctx, session.actor, login, password, ctx.store_key, must_change=True,
                     action=AuditAction.PASSWORD_RESET, obj=login)  # fmt: skip
        return password

    def unlock(self, session: Session, login: str) -> None:
        """Lifts a lock-out after too many wrong passwords."""
        ctx = self._ctx
        authorize(ctx, session, Action.ACCOUNT_ADMIN)
        self._existing(login)
        with transaction(ctx.precinct):
            ctx.guards.put(login, throttle.after_success(), iso(ctx.clock.now()))
            ctx.audit.append(session.actor, AuditAction.ACCOUNT_UNLOCKED, obj=login)

    def _existing(self, login: str) -> Account:
        account = self._ctx.accounts.get(login)
        if account is None:
            raise AppError(Reason.UNKNOWN_USER, login=login)
        return account
