"""The menu bar of a session window: Session, Sync, Claims and Documents.

A menu or an action is added only for the roles the permission table lets do what it holds
(the window hides what the table already forbids, DESIGN.md "Users, roles, sessions"): Sync for
the roles that import or export, Claims (New claim, Ctrl+N) for the roles that take claims, and
each document for the roles that may print it. `MainWindow` connects the actions.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from app.security.permissions import Action, allowed
from app.security.session import Session
from app.ui.sync_panel import SyncPanel


class MainMenus(QObject):
    """The menus and actions of one window, built for one session's role."""

    def __init__(self, window: QMainWindow, session: Session, sync_panel: SyncPanel, *, claims: bool) -> None:
        super().__init__(window)
        self._window = window
        self._build_session_menu()
        self._build_sync_menu(sync_panel, SyncPanel.permitted(session))
        self._build_claims_menu(claims)
        self._build_documents_menu(session)

    def _action(self, name: str, shortcut: str = "") -> QAction:
        action = QAction(self._window)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _menu(self, name: str) -> QMenu:
        menu = QMenu(self._window)
        menu.setObjectName(name)
        return menu

    def _build_session_menu(self) -> None:
        self.lock_action = self._action("lockAction", "Ctrl+L")
        self.logout_action = self._action("logoutAction")
        self.session_menu = self._window.menuBar().addMenu("")
        self.session_menu.addAction(self.lock_action)
        self.session_menu.addSeparator()
        self.session_menu.addAction(self.logout_action)

    def _build_sync_menu(self, panel: SyncPanel, permitted: bool) -> None:
        self.sync_menu = self._menu("syncMenu")
        self.sync_menu.addAction(panel.import_action)
        self.sync_menu.addAction(panel.export_action)
        self.sync_menu.addSeparator()
        self.sync_menu.addAction(panel.drive_import_action)
        self.sync_menu.addAction(panel.drive_export_action)
        self.sync_menu.addAction(panel.resend_action)
        if permitted:  # the table forbids it otherwise: not even shown
            self._window.menuBar().addMenu(self.sync_menu)

    def _build_claims_menu(self, permitted: bool) -> None:
        self.new_claim_action = self._action("newClaimAction", "Ctrl+N")
        self.claims_menu = self._menu("claimsMenu")
        self.claims_menu.addAction(self.new_claim_action)
        if permitted:
            self._window.menuBar().addMenu(self.claims_menu)
            self._window.addAction(self.new_claim_action)

    def _build_documents_menu(self, session: Session) -> None:
        role = session.role
        self.posting_list_action = self._action("postingListAction")
        self.subject_access_action = self._action("subjectAccessAction")
        self.access_refusal_action = self._action("accessRefusalAction")
        self.documents_menu = self._menu("documentsMenu")
        shown = [
            (self.posting_list_action, allowed(role, Action.POSTING_LIST_PRINT)),
            (self.subject_access_action, allowed(role, Action.VOTER_VIEW_CONFIDENTIAL)
             and allowed(role, Action.VOTER_SEARCH)),
            (self.access_refusal_action, allowed(role, Action.CLAIM_INTAKE)),
        ]  # fmt: skip
        for action, permitted in shown:
            if permitted:
                self.documents_menu.addAction(action)
        if any(permitted for _action, permitted in shown):
            self._window.menuBar().addMenu(self.documents_menu)

    def retranslate(self) -> None:
        self.session_menu.setTitle(self.tr("&Session"))
        self.lock_action.setText(self.tr("&Lock the screen"))
        self.logout_action.setText(self.tr("Log &out"))
        self.sync_menu.setTitle(self.tr("S&ync"))
        self.claims_menu.setTitle(self.tr("&Claims"))
        self.new_claim_action.setText(self.tr("&New claim…"))
        self.documents_menu.setTitle(self.tr("&Documents"))
        self.posting_list_action.setText(self.tr("List for &posting…"))
        self.subject_access_action.setText(self.tr("&Subject-access extract…"))
        self.access_refusal_action.setText(self.tr("&Refusal of a subject-access request…"))
