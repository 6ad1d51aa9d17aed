"""The check in front of every service call: ready session, then the permission table."""

from __future__ import annotations

from app.errors import AppError, Reason
from app.security.audit import AuditAction
from app.security.permissions import Action, allowed
from app.security.session import Session
from app.services.ports import Audited


def authorize(ctx: Audited, session: Session, action: Action) -> None:
    if session.must_change:
        raise AppError(Reason.PASSWORD_CHANGE_REQUIRED, login=session.login)
    if session.locked:
        raise AppError(Reason.SESSION_LOCKED, login=session.login)
    if not allowed(session.role, action):
        ctx.audit.append(session.actor, AuditAction.PERMISSION_DENIED, obj=action.value, outcome="refused")
        raise AppError(Reason.NOT_PERMITTED, role=session.role.value, action=action.value)
