"""Builds the pages of one session window: only those `app.ui.pages` allows the role.

The panels the window itself drives (search, claims, sync, drives) are built by the window and
handed over in `WindowParts`; every other page is built here from the services alone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QAction

from app.security.session import Session
from app.ui.accounts.page import AccountsPage
from app.ui.audit.page import AuditPage
from app.ui.backup.page import BackupPage
from app.ui.claims.claims_panel import ClaimsPanel
from app.ui.claims.page import ClaimsPage
from app.ui.common.deps import UiDeps
from app.ui.common.page import Page
from app.ui.documents.page import DocumentsPage
from app.ui.exchange.media_panel import MediaPanel
from app.ui.exchange.page import ExchangePage
from app.ui.exchange.sync_panel import SyncPanel
from app.ui.home.page import HomePage
from app.ui.pages import PageId, pages_for
from app.ui.settings.page import SettingsPage
from app.ui.voters.page import VotersPage
from app.ui.voters.search_panel import SearchPanel


@dataclass(frozen=True)
class WindowParts:
    search_panel: SearchPanel
    claims_panel: ClaimsPanel
    sync_panel: SyncPanel
    media_panel: MediaPanel
    document_actions: list[QAction]


Factory = Callable[[UiDeps, Session, WindowParts], Page]

FACTORIES: dict[PageId, Factory] = {
    PageId.VOTERS: lambda deps, session, parts: VotersPage(deps, session, parts.search_panel),
    PageId.HOME: lambda deps, session, _parts: HomePage(deps, session),
    PageId.CLAIMS: lambda _deps, _session, parts: ClaimsPage(parts.claims_panel),
    PageId.DOCUMENTS: lambda _deps, _session, parts: DocumentsPage(parts.document_actions),
    PageId.EXCHANGE: lambda _deps, session, parts: ExchangePage(session, parts.sync_panel, parts.media_panel),
    PageId.ACCOUNTS: lambda deps, session, _parts: AccountsPage(deps, session),
    PageId.BACKUP: lambda deps, session, _parts: BackupPage(deps, session),
    PageId.AUDIT: lambda deps, session, _parts: AuditPage(deps, session),
    PageId.SETTINGS: lambda deps, session, _parts: SettingsPage(deps, session),
}


def build_pages(deps: UiDeps, session: Session, parts: WindowParts) -> dict[PageId, Page]:
    """The role's pages in side-bar order."""
    return {page: FACTORIES[page](deps, session, parts) for page in pages_for(session.role) if page in FACTORIES}
