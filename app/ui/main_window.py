"""The main window of a logged-in user: who is working, voter search, sync, lock and log-out.

Locking (R-SEC-5) happens on idle (`IdleLock`), on Ctrl+L, or when other code calls
`lock_now(reason)` (e.g. on the OS session lock). The window first drops its data
(query, result rows) and swaps its work page for the `LockOverlay`, and only then
records the lock through the task runner; only the same user's password reopens it
(`AuthService.unlock`). The window does not log out by itself: it reports
`logout_requested` / `closed` and the flow ends the session. After a longer idle period
(`SessionInfo.logout_ms`, 4 × the idle lock unless the flow says otherwise; it keeps counting
while locked) the window drops its data and reports `timed_out`: the flow logs the user out
(DESIGN.md "Auto log-out after a longer idle period").

Copying (R-SEC-8): what the window copies goes through one `ClipboardGuard` (audited first by the
view's service call, cleared after `SessionInfo.clipboard_ms`, 30 s); locking and the end of the
session clear it at once.

The Sync menu and status lines (`SyncPanel`, R-SYN-1 / R-SYN-2) exist only for roles that may
import or export; an applied import makes the search panel count and search again.

The Drives area (`MediaPanel`, R-SEC-6 / R-SEC-7 / R-SEC-11) exists only for roles that register
media; its antivirus-signature line sits in the status bar. Its warning about a non-storage USB
device (a phone) is shown to every role.

The Claims area (`ClaimsPanel`, R-CAL-1 / R-CLM-5) and the Claims menu with "New claim" (Ctrl+N,
`ClaimDialog`, R-CLM-1..8) exist only for roles that take claims. A claim about a listed voter
starts from the voter selected in the search list; a filed claim refreshes the dashboard and the
list (the voter shows as blocked, R-CLM-4). Locking closes an open intake form and drops what was
typed in it.

The status bar says whether screen capture is blocked (`CaptureLabel`, R-SEC-8): every window of
the app is excluded where the OS allows it, by the composition root's `CaptureGuard`.

The Documents menu (issue 5 point 6) prints through the print preview: "List for posting…" for the
roles that may print it (R-CAL-1), "Subject-access extract…" of the voter selected in the search
list with a second person's approval (R-CLM-9, R-SEC-9), and the reasoned refusal of such a request.
Locking closes an open document form and drops what was typed in it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from app import catalogue
from app.errors import AppError
from app.messages import explain
from app.security.permissions import Action, allowed
from app.security.session import Session
from app.ui.claims.claim_dialog import ClaimDialog
from app.ui.claims.claims_panel import ClaimsPanel
from app.ui.common.capture_guard import CaptureLabel
from app.ui.common.clipboard_guard import CLIPBOARD_CLEAR_MS, ClipboardGuard
from app.ui.common.deps import UiDeps
from app.ui.common.help import install_help
from app.ui.common.idle_lock import LOGOUT_FACTOR, IdleLock
from app.ui.common.lock_overlay import LockOverlay
from app.ui.documents.dialogs import PostingListDialog, RefusalDialog, SubjectAccessDialog
from app.ui.exchange.media_panel import MediaPanel
from app.ui.exchange.sync_panel import SyncPanel
from app.ui.main_menus import MainMenus
from app.ui.page_registry import WindowParts, build_pages
from app.ui.pages import PageId
from app.ui.side_bar import SideBar
from app.ui.voters.search_panel import SearchPanel


@dataclass(frozen=True)
class SessionInfo:
    """Read once after login: the idle-lock policy and the precinct's number; the automatic
    log-out (0: `LOGOUT_FACTOR` × `idle_ms`) and the clipboard's clearing time."""

    idle_ms: int
    precinct: str
    logout_ms: int = 0
    clipboard_ms: int = CLIPBOARD_CLEAR_MS

    @property
    def auto_logout_ms(self) -> int:
        return self.logout_ms or LOGOUT_FACTOR * self.idle_ms


class MainWindow(QMainWindow):
    """One user's session window."""

    logout_requested = Signal()
    timed_out = Signal()  # idle past the automatic log-out: the flow ends the session
    closed = Signal()

    def __init__(self, deps: UiDeps, session: Session, info: SessionInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._deps = deps
        self._session = session
        self._info = info
        self._locked = False
        self._ended = False
        self.claim_dialog: ClaimDialog | None = None
        self.document_dialog: PostingListDialog | SubjectAccessDialog | RefusalDialog | None = None
        self.idle_lock = IdleLock(deps.app, info.idle_ms, self, logout_ms=info.auto_logout_ms)
        self.clipboard = ClipboardGuard(QGuiApplication.clipboard(), info.clipboard_ms, self)
        self._build_ui()
        self._connect_signals()
        self._retranslate_ui()

    # ---- building ----------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.setObjectName("mainWindow")
        self.lock_overlay = LockOverlay()
        self._stack = QStackedWidget()
        self._stack.addWidget(self._build_work_page())
        self._stack.addWidget(self.lock_overlay)
        self.setCentralWidget(self._stack)
        if MediaPanel.permitted(self._session):
            self.statusBar().addPermanentWidget(self.media_panel.signatures_label)
        self.capture_label = CaptureLabel(self._deps.capture) if self._deps.capture is not None else None
        if self.capture_label is not None:
            self.statusBar().addPermanentWidget(self.capture_label)
        self.resize(1100, 720)

    def _build_work_page(self) -> QWidget:
        """Who is working and the device warning above the side bar and the role's pages."""
        self.header_label = QLabel(wordWrap=True)
        self.header_label.setObjectName("userHeader")
        # Every role has these panels (the drive watch warns every role of a phone), owned by the
        # window; a page the role has takes its panel, the others stay hidden.
        self.search_panel = SearchPanel(self._deps, self._session, self.clipboard, self)
        self.sync_panel = SyncPanel(self._deps, self._session, self)
        self.media_panel = MediaPanel(self._deps, self._session, self)
        self.claims_panel = ClaimsPanel(self._deps, self._session, self)
        self._build_menu()
        install_help(self, lambda: (self.current_page() or PageId.HOME).value, lambda: self._deps.translations.lang)
        parts = WindowParts(self.search_panel, self.claims_panel, self.sync_panel, self.media_panel,
                            self.menus.document_actions)  # fmt: skip
        self.pages = build_pages(self._deps, self._session, parts)
        for panel in (self.search_panel, self.sync_panel, self.media_panel, self.claims_panel):
            if panel.parent() is self:  # on no page of this role
                panel.hide()
        self.page_stack = QStackedWidget()
        self.page_stack.setObjectName("pageStack")
        for page in self.pages.values():
            self.page_stack.addWidget(page)
        self.side_bar = SideBar(self.pages)
        self.side_bar.page_chosen.connect(self._on_page_chosen)
        self.addActions(self.side_bar.shortcuts)
        body = QHBoxLayout()
        body.addWidget(self.side_bar)
        body.addWidget(self.page_stack, 1)
        work = QWidget()
        work.setObjectName("workPage")
        layout = QVBoxLayout(work)
        layout.addWidget(self.header_label)
        layout.addWidget(self.media_panel.warning_label)  # a phone plugged in: every role is told
        layout.addLayout(body, 1)
        self.side_bar.setCurrentRow(0)
        return work

    def _build_menu(self) -> None:
        self.menus = MainMenus(self, self._session, self.sync_panel, claims=ClaimsPanel.permitted(self._session))
        menus = self.menus  # the window's own names for what tests and the flow reach
        self.lock_action, self.logout_action = menus.lock_action, menus.logout_action
        self.sync_menu, self.claims_menu = menus.sync_menu, menus.claims_menu
        self.documents_menu, self.new_claim_action = menus.documents_menu, menus.new_claim_action
        self.posting_list_action, self.subject_access_action = menus.posting_list_action, menus.subject_access_action
        self.access_refusal_action = menus.access_refusal_action

    def show_page(self, page: PageId) -> None:
        """Opens one of the role's pages (nothing happens for a page the role does not have)."""
        self.side_bar.show_page(page)

    def current_page(self) -> PageId | None:
        return self.side_bar.current_page()

    def _on_page_chosen(self, page: str) -> None:
        widget = self.pages.get(PageId(page))
        if widget is not None:
            self.page_stack.setCurrentWidget(widget)

    def _connect_signals(self) -> None:
        self.lock_action.triggered.connect(self._on_lock_triggered)
        self.logout_action.triggered.connect(self._on_logout_triggered)
        self.idle_lock.idle_timed_out.connect(self._on_idle_timed_out)
        self.idle_lock.logout_timed_out.connect(self._on_logout_timed_out)
        self.lock_overlay.unlock_requested.connect(self._on_unlock_requested)
        self.sync_panel.list_changed.connect(self._on_list_changed)
        self.sync_panel.status_loaded.connect(self._on_sync_status_loaded)
        self.new_claim_action.triggered.connect(self.open_claim_dialog)
        self.claims_panel.new_claim_requested.connect(self.open_claim_dialog)
        self.posting_list_action.triggered.connect(self.open_posting_list)
        self.subject_access_action.triggered.connect(self.open_subject_access)
        self.access_refusal_action.triggered.connect(self.open_access_refusal)

    def _retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("PEC Desk"))
        self.menus.retranslate()
        role = catalogue.name(self._session.role, self._deps.translations.lang)
        self.header_label.setText(
            self.tr("%1 (%2), precinct %3")
            .replace("%1", self._session.full_name)
            .replace("%2", role)
            .replace("%3", self._info.precinct)
        )
        self.side_bar.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_ui()
        super().changeEvent(event)

    # ---- public ------------------------------------------------------------------------
    @property
    def locked(self) -> bool:
        return self._locked

    def start(self) -> None:
        """Begin the session: every page loads what it shows; the drives are watched; the idle
        timer starts."""
        for page in self.pages.values():
            page.start()
        self.media_panel.start()
        if self.capture_label is not None:
            self.capture_label.refresh()  # the window has been shown: its capture state is known
        self.idle_lock.start()

    def lock_now(self, reason: str) -> None:
        """Drop the data, cover the window, then audit the lock. Safe to call twice."""
        if self._locked or self._ended:
            return
        self._locked = True
        self.idle_lock.pause()  # the automatic log-out keeps counting
        self.clipboard.clear()
        self._clear_pages()
        self._stack.setCurrentWidget(self.lock_overlay)
        self.lock_overlay.show_locked(self._session.full_name)
        self.menuBar().setEnabled(False)
        self.lock_action.setEnabled(False)
        auth, session = self._deps.auth, self._session
        self._deps.runner.run(lambda: auth.lock(session, reason), _ignore, self._on_unlock_failed)

    def end_session(self) -> None:
        """The session is over: drop the data and stop watching the input."""
        self._ended = True
        self.idle_lock.stop()
        self.clipboard.clear()
        self._clear_pages()

    def open_claim_dialog(self) -> None:
        """The intake form, about the voter selected in the list (if any)."""
        if self._locked or self._ended or not ClaimsPanel.permitted(self._session):
            return
        if self.claim_dialog is not None:
            self.claim_dialog.raise_()
            return
        dialog = ClaimDialog(self._deps, self._session, self.search_panel.selected_voter(), self)
        dialog.filed.connect(self._on_claim_filed)
        dialog.finished.connect(self._on_claim_dialog_finished)
        self.claim_dialog = dialog
        dialog.open()
        dialog.type_combo.setFocus()

    def open_posting_list(self) -> None:
        """R-CAL-1: the list for posting, for the roles that may print it."""
        if allowed(self._session.role, Action.POSTING_LIST_PRINT):
            self._open_document(PostingListDialog(self._deps, self._session, self))

    def open_subject_access(self) -> None:
        """R-CLM-9: the extract of the voter selected in the search list; without one, says so."""
        if not allowed(self._session.role, Action.VOTER_VIEW_CONFIDENTIAL):
            return
        voter = self.search_panel.selected_voter()
        if voter is None:
            self.statusBar().showMessage(self.tr("Select the voter in the search list first."), 10_000)
            return
        self._open_document(SubjectAccessDialog(self._deps, self._session, voter, self))

    def open_access_refusal(self) -> None:
        if allowed(self._session.role, Action.CLAIM_INTAKE):
            self._open_document(RefusalDialog(self._deps, self._session, self))

    def _open_document(self, dialog: PostingListDialog | SubjectAccessDialog | RefusalDialog) -> None:
        if self._locked or self._ended:
            dialog.deleteLater()
            return
        if self.document_dialog is not None:
            self.document_dialog.drop()
        dialog.finished.connect(self._on_document_finished)
        self.document_dialog = dialog
        dialog.open()

    def _on_document_finished(self, _result: int) -> None:
        dialog, self.document_dialog = self.document_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def _clear_pages(self) -> None:
        for page in self.pages.values():
            page.clear()
        self.search_panel.clear()  # the panels exist for every role, shown or not
        self.sync_panel.clear()
        self.media_panel.clear()
        self._drop_claim_work()

    def _drop_claim_work(self) -> None:
        if self.claim_dialog is not None:
            self.claim_dialog.drop()
        if self.document_dialog is not None:
            self.document_dialog.drop()
        self.claims_panel.clear()

    # ---- slots -------------------------------------------------------------------------
    def _on_lock_triggered(self) -> None:
        self.lock_now("manual")

    def _on_idle_timed_out(self) -> None:
        self.lock_now("idle")

    def _on_logout_triggered(self) -> None:
        self.end_session()
        self.logout_requested.emit()

    def _on_logout_timed_out(self) -> None:
        if not self._ended:
            self.end_session()
            self.timed_out.emit()

    def _on_list_changed(self) -> None:
        if not self._locked and not self._ended and PageId.VOTERS in self.pages:
            self.search_panel.refresh()
        if not self._locked and not self._ended and PageId.CLAIMS in self.pages:
            self.claims_panel.refresh()

    def _on_claim_filed(self, number: str) -> None:
        if self._locked or self._ended:
            return
        self.claims_panel.refresh()
        self.claims_panel.select(number)
        if PageId.VOTERS in self.pages:
            self.search_panel.refresh()

    def _on_claim_dialog_finished(self, _result: int) -> None:
        dialog, self.claim_dialog = self.claim_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def _on_sync_status_loaded(self) -> None:
        """An import may have installed new antivirus signatures."""
        if not self._locked and not self._ended:
            self.media_panel.refresh_signatures()

    def _on_unlock_requested(self, password: str) -> None:
        auth, session = self._deps.auth, self._session
        self._deps.runner.run(lambda: auth.unlock(session, password), self._on_unlocked, self._on_unlock_failed)

    def _on_unlocked(self, _result: None) -> None:
        if self._ended:
            return
        self._locked = False
        self.lock_overlay.show_locked("")  # nothing typed stays in the hidden overlay
        self._stack.setCurrentIndex(0)
        self.menuBar().setEnabled(True)
        self.lock_action.setEnabled(True)
        self.start()

    def _on_unlock_failed(self, error: AppError) -> None:
        if self._ended:
            return
        self.lock_overlay.show_error(explain(error, self._deps.translations.lang))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._ended:
            self.end_session()
            self.closed.emit()
        super().closeEvent(event)


def _ignore(_result: object) -> None:
    """The lock has nothing to show: the window is already covered."""
