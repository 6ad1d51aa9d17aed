"""The menu bar of a session window: Session (lock, log out / switch user, quit), Sync, Claims and
Documents.

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
from app.ui.exchange.sync_panel import SyncPanel


class MainMenus(QObject):
    """The menus and actions of one window, built for one session's role."""

    def __init__(self, window: QMainWindow, session: Session, sync_panel: SyncPanel, *, claims: bool) -> None:
        super().__init__(window)  # the window is never kept in a Python attribute: no reference cycle
        self._build_session_menu(window)
        self._build_sync_menu(window, sync_panel, SyncPanel.permitted(session))
        self._build_claims_menu(window, claims)
        self._build_documents_menu(window, session)

    def _build_session_menu(self, window: QMainWindow) -> None:
        self.lock_action = _action(window, "lockAction", "Ctrl+L")
        self.logout_action = _action(window, "logoutAction")
        self.change_password_action = _action(window, "changePasswordAction")  # every role (R-SEC-3)
        self.quit_action = _action(window, "quitAction", "Ctrl+Q")
        self.session_menu = window.menuBar().addMenu("")
        self.session_menu.addAction(self.change_password_action)
        self.session_menu.addAction(self.lock_action)
        self.session_menu.addSeparator()
        self.session_menu.addAction(self.logout_action)
        self.session_menu.addAction(self.quit_action)

    def _build_sync_menu(self, window: QMainWindow, panel: SyncPanel, permitted: bool) -> None:
        self.sync_menu = _menu(window, "syncMenu")
        self.sync_menu.addAction(panel.import_action)
        self.sync_menu.addAction(panel.export_action)
        self.sync_menu.addSeparator()
        self.sync_menu.addAction(panel.drive_import_action)
        self.sync_menu.addAction(panel.drive_export_action)
        self.sync_menu.addAction(panel.resend_action)
        if permitted:  # the table forbids it otherwise: not even shown
            window.menuBar().addMenu(self.sync_menu)

    def _build_claims_menu(self, window: QMainWindow, permitted: bool) -> None:
        self.new_claim_action = _action(window, "newClaimAction", "Ctrl+N")
        self.claims_menu = _menu(window, "claimsMenu")
        self.claims_menu.addAction(self.new_claim_action)
        if permitted:
            window.menuBar().addMenu(self.claims_menu)
            window.addAction(self.new_claim_action)

    def _build_documents_menu(self, window: QMainWindow, session: Session) -> None:
        role = session.role
        self.posting_list_action = _action(window, "postingListAction")
        self.subject_access_action = _action(window, "subjectAccessAction")
        self.access_refusal_action = _action(window, "accessRefusalAction")
        self.documents_menu = _menu(window, "documentsMenu")
        shown = [
            (self.posting_list_action, allowed(role, Action.POSTING_LIST_PRINT)),
            (self.subject_access_action, allowed(role, Action.VOTER_VIEW_CONFIDENTIAL)
             and allowed(role, Action.VOTER_SEARCH)),
            (self.access_refusal_action, allowed(role, Action.CLAIM_INTAKE)),
        ]  # fmt: skip
        self.document_actions = [action for action, permitted in shown if permitted]
        for action in self.document_actions:
            self.documents_menu.addAction(action)
        if self.document_actions:
            window.menuBar().addMenu(self.documents_menu)

    def retranslate(self) -> None:
        self.session_menu.setTitle(self.tr("&Session"))
        self.change_password_action.setText(self.tr("Change my &password…"))
        self.lock_action.setText(self.tr("&Lock the screen"))
        self.logout_action.setText(self.tr("Log &out / switch user"))
        self.quit_action.setText(self.tr("&Quit"))
        self.sync_menu.setTitle(self.tr("S&ync"))
        self.claims_menu.setTitle(self.tr("&Claims"))
        self.new_claim_action.setText(self.tr("&New claim…"))
        self.documents_menu.setTitle(self.tr("&Documents"))
        self.posting_list_action.setText(self.tr("List for &posting…"))
        self.subject_access_action.setText(self.tr("&Subject-access extract…"))
        self.access_refusal_action.setText(self.tr("&Refusal of a subject-access request…"))


def _action(window: QMainWindow, name: str, shortcut: str = "") -> QAction:
    action = QAction(window)
    action.setObjectName(name)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    return action


def _menu(window: QMainWindow, name: str) -> QMenu:
    menu = QMenu(window)
    menu.setObjectName(name)
    return menu
