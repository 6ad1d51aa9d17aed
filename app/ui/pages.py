"""Which pages the session window has, in which order, and which role sees which (issue 12 point 1).

A page is shown to a role when the permission table (`app.security.permissions`) allows the role
at least one of the page's actions; Home and Settings are everyone's. The window never builds a
page the role may not see, so nothing of it exists to be reached by a shortcut or a stale signal.
"""

from __future__ import annotations

import enum

from app.models.vocabulary import Role
from app.security.permissions import Action, allowed


class PageId(enum.StrEnum):
    HOME = "home"
    VOTERS = "voters"
    CLAIMS = "claims"
    DOCUMENTS = "documents"
    EXCHANGE = "exchange"
    AUDIT = "audit"
    ACCOUNTS = "accounts"
    BACKUP = "backup"
    SETTINGS = "settings"


EVERYONE: frozenset[Action] = frozenset()

# In side-bar order. An empty set: every role.
PAGE_ACTIONS: dict[PageId, frozenset[Action]] = {
    PageId.HOME: EVERYONE,
    PageId.VOTERS: frozenset({Action.VOTER_SEARCH}),
    PageId.CLAIMS: frozenset({Action.CLAIM_INTAKE}),
    PageId.DOCUMENTS: frozenset({Action.POSTING_LIST_PRINT, Action.CLAIM_INTAKE}),
    PageId.EXCHANGE: frozenset({Action.SYNC_IMPORT, Action.SYNC_EXPORT, Action.MEDIA_REGISTER}),
    PageId.AUDIT: frozenset({Action.AUDIT_VIEW, Action.ANOMALY_REVIEW}),
    PageId.ACCOUNTS: frozenset({Action.ACCOUNT_ADMIN}),
    PageId.BACKUP: frozenset({Action.BACKUP, Action.RESTORE, Action.DESTROY}),
    PageId.SETTINGS: EVERYONE,
}


def page_permitted(page: PageId, role: Role) -> bool:
    actions = PAGE_ACTIONS[page]
    return not actions or any(allowed(role, action) for action in actions)


def pages_for(role: Role) -> list[PageId]:
    """The role's pages, in side-bar order."""
    return [page for page in PageId if page_permitted(page, role)]
