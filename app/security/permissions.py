"""Roles and the one permission table that decides every action (R-SEC-4).

The window only hides what this table already forbids; every service checks it.
"""

from __future__ import annotations

import enum

from app.errors import AppError, Reason
from app.models.vocabulary import Role


class Action(enum.StrEnum):
    VOTER_SEARCH = "voter.search"
    VOTER_VIEW_CONFIDENTIAL = "voter.view-confidential"
    VOTER_VIEW_SPECIAL = "voter.view-special"  # R-DATA-2: the special category, beyond the confidential fields
    CLAIM_INTAKE = "claim.intake"
    RECEIPT_PRINT = "receipt.print"
    POSTING_LIST_PRINT = "posting-list.print"
    PRINT_APPROVE = "print.approve"
    SYNC_IMPORT = "sync.import"
    SYNC_EXPORT = "sync.export"
    MEDIA_REGISTER = "media.register"
    AUDIT_VIEW = "audit.view"
    ANOMALY_REVIEW = "anomaly.review"
    LOCK_OVERRIDE = "lock.override"
    ACCOUNT_ADMIN = "account.admin"
    BACKUP = "backup"
    RESTORE = "restore"
    DEVICE_SETUP = "device.setup"
    DESTROY = "destroy"


_MEMBER = frozenset({Action.VOTER_SEARCH, Action.VOTER_VIEW_CONFIDENTIAL, Action.CLAIM_INTAKE, Action.RECEIPT_PRINT})
_SECRETARY = _MEMBER | {
    Action.VOTER_VIEW_SPECIAL,
    Action.POSTING_LIST_PRINT,
    Action.PRINT_APPROVE,
    Action.SYNC_IMPORT,
    Action.SYNC_EXPORT,
    Action.MEDIA_REGISTER,
    Action.AUDIT_VIEW,
    Action.ANOMALY_REVIEW,
}

PERMISSIONS: dict[Role, frozenset[Action]] = {
    Role.MEMBER: _MEMBER,
    Role.SECRETARY: _SECRETARY,
    Role.CHAIR: _SECRETARY | {Action.LOCK_OVERRIDE, Action.DESTROY},
    # No voter data for the administrator: accounts, keys and backups only.
    Role.SYSADMIN: frozenset(
        {Action.ACCOUNT_ADMIN, Action.BACKUP, Action.RESTORE, Action.DEVICE_SETUP, Action.AUDIT_VIEW}
    ),
    Role.AUDITOR: frozenset({Action.AUDIT_VIEW}),
}


def allowed(role: Role, action: Action) -> bool:
    return action in PERMISSIONS[role]


def require(role: Role, action: Action) -> None:
    if not allowed(role, action):
        raise AppError(Reason.NOT_PERMITTED, role=role.value, action=action.value)
