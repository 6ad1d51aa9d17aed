"""The main window of a logged-in user: who is working, a side bar of the role's pages, the lock.

One window, a page per job (issue 12 point 1): `app.ui.pages` says which pages a role has (from
the permission table), `app.ui.page_registry` builds them, `SideBar` lists them (Ctrl+1 ... Ctrl+9)
and `page_stack` shows one. Every page is told `start()` after login and unlock and `clear()`
before a lock or the end of the session (`app.ui.common.page.Page`).

Locking (R-SEC-5, `WindowLock`) happens on idle (`IdleLock`, after a countdown), on Ctrl+L in any
window of the session, on a wall-clock jump after a missed suspend, or when other code calls
`lock_now(reason)` (e.g. on the OS session lock). The window covers its work with the
`LockOverlay`, drops its data (query, result rows; after the long jobs of the task runner, which a
lock never cancels) and records the lock through the task runner; only the same user's password
reopens it (`AuthService.unlock`). A half-filled claim form is kept in memory while locked and
comes back after the unlock; a log-out discards it (`discarded_form`, the flow says so). The window
does not log out by itself: it reports `logout_requested` (Log out, Switch user on the lock screen)
/ `closed` (Quit, Ctrl+Q, also on the lock screen) and the flow ends the session. After a longer
idle period (`SessionInfo.logout_ms`, 4 × the idle lock unless the flow says otherwise; it keeps
counting while locked) the window drops its data and reports `timed_out`: the flow logs the user out
(DESIGN.md "Auto log-out after a longer idle period").

Copying (R-SEC-8) goes through one `ClipboardGuard` (audited; cleared after 30 s, on a lock, at the end).

The Drives and exchange page holds the sync status and actions (`SyncPanel`, R-SYN-1 / R-SYN-2;
an applied import makes the voter list count and search again) and the drives (`MediaPanel`,
R-SEC-6 / R-SEC-7 / R-SEC-11; the signature line sits in the status bar); its warning of a phone shows to all.

The Claims page (`ClaimsPanel`, R-CAL-1 / R-CLM-5) and the Claims menu with "New claim" (Ctrl+N,
`ClaimDialog`, R-CLM-1..8) exist only for roles that take claims. A claim about a listed voter
starts from the voter selected in the search list; a filed claim refreshes the dashboard and the
list (the voter shows as blocked, R-CLM-4). Locking hides an open intake form, keeping what was
typed in memory only, and reopens it after the unlock.

The status bar says whether screen capture is blocked (`CaptureLabel`, R-SEC-8) and, in a
development build, that it is one (`BuildLabel`, issue 13).

The Documents menu prints the posting list (R-CAL-1), a subject-access extract with a second
person's approval (R-CLM-9, R-SEC-9) and its refusal; a lock closes the form and drops its text.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from app import catalogue
from app.models.records import PublicVoter
from app.security.permissions import Action, allowed
from app.security.session import Session
from app.ui.accounts.password_change_dialog import PasswordChangeDialog
from app.ui.backup.page import BackupPage
from app.ui.claims.claim_dialog import ClaimDialog, ClaimDraft
from app.ui.claims.claims_panel import ClaimsPanel
from app.ui.common.build_label import BuildLabel
from app.ui.common.capture_guard import CaptureLabel
from app.ui.common.clipboard_guard import CLIPBOARD_CLEAR_MS, ClipboardGuard
from app.ui.common.deps import UiDeps
from app.ui.common.help import install_help
from app.ui.common.idle_lock import LOGOUT_FACTOR
from app.ui.common.window_lock import REASON_RESUME, WindowLock
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
        self._ended = False
        self.claim_dialog: ClaimDialog | None = None
        self.claim_draft: ClaimDraft | None = None  # kept while locked, in memory only
        self.discarded_form = False  # the session ended with a half-filled form
        self.document_dialog: PostingListDialog | SubjectAccessDialog | RefusalDialog | None = None
        self.password_dialog: PasswordChangeDialog | None = None
        self.session_lock = WindowLock(
            self, deps, session, idle_ms=info.idle_ms, logout_ms=info.auto_logout_ms, drop=self._clear_pages
        )
        self.idle_lock, self.lock_overlay = self.session_lock.idle, self.session_lock.overlay
        self.clipboard = ClipboardGuard(QGuiApplication.clipboard(), info.clipboard_ms, self)
        self._build_ui()
        self._connect_signals()
        self._retranslate_ui()

    # ---- building ----------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.setObjectName("mainWindow")
        self.setCentralWidget(self.session_lock.wrap(self._build_work_page()))
        if MediaPanel.permitted(self._session):
            self.statusBar().addPermanentWidget(self.media_panel.signatures_label)
        self.capture_label = CaptureLabel(self._deps.capture) if self._deps.capture is not None else None
        self.build_label = BuildLabel() if BuildLabel.needed() else None  # a development build says so
        for label in (self.capture_label, self.build_label):
            if label is not None:
                self.statusBar().addPermanentWidget(label)
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
        self.quit_action = menus.quit_action
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
        self.menus.change_password_action.triggered.connect(self.open_password_change)
        backup = self.pages.get(PageId.BACKUP)
        if isinstance(backup, BackupPage):  # a restore or a destruction ended the session
            backup.logout_requested.connect(self._on_logout_triggered)
        self.logout_action.triggered.connect(self._on_logout_triggered)
        self.quit_action.triggered.connect(self.close)
        self.idle_lock.idle_timed_out.connect(self._on_idle_timed_out)
        self.idle_lock.resumed.connect(lambda _gap: self.lock_now(REASON_RESUME))
        self.session_lock.keys_pressed.connect(self._on_lock_triggered)
        self.session_lock.logout_due.connect(self._on_logout_timed_out)
        self.session_lock.unlocked.connect(self._on_unlocked)
        self.lock_overlay.switch_user_requested.connect(self._on_logout_triggered)
        self.lock_overlay.quit_requested.connect(self.close)
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
        return self.session_lock.locked

    def start(self) -> None:
        """Begin the session: every page loads what it shows; the drives are watched; the idle
        timer starts."""
        for page in self.pages.values():
            page.start()
        self.media_panel.start()
        if self.capture_label is not None:
            self.capture_label.refresh()  # the window has been shown: its capture state is known
        self.session_lock.start()

    def lock_now(self, reason: str) -> None:
        """Cover the window, drop the data (after the long jobs), then audit the lock. Safe to
        call twice."""
        if self.locked or self._ended:
            return
        self.clipboard.clear()
        for action in (self.lock_action, self.quit_action):  # Quit is on the lock screen (after long jobs)
            action.setEnabled(False)
        self.session_lock.lock(reason)

    def end_session(self) -> None:
        """The session is over: drop the data (a kept form too) and stop watching the input."""
        self._ended = True
        self.session_lock.end()
        self.clipboard.clear()
        self._clear_pages()
        self.discarded_form = self.discarded_form or self.claim_draft is not None
        self.claim_draft = None

    def open_claim_dialog(self) -> None:
        """The intake form, about the voter selected in the list (if any)."""
        self._open_claim(self.search_panel.selected_voter())

    def _open_claim(self, voter: PublicVoter | None, draft: ClaimDraft | None = None) -> None:
        if self.locked or self._ended or not ClaimsPanel.permitted(self._session):
            return
        if self.claim_dialog is not None:
            self.claim_dialog.raise_()
            return
        dialog = ClaimDialog(self._deps, self._session, voter, self)
        dialog.filed.connect(self._on_claim_filed)
        dialog.finished.connect(self._on_claim_dialog_finished)
        self.claim_dialog = dialog
        if draft is not None:
            dialog.restore(draft)
        dialog.open()
        dialog.type_combo.setFocus()

    def open_password_change(self) -> None:
        """R-SEC-3: a voluntary change of one's own password (closed, what was typed dropped, on lock)."""
        if not self.locked and not self._ended and self.password_dialog is None:
            self.password_dialog = PasswordChangeDialog(self._deps, self._session, self, voluntary=True)
            self.password_dialog.finished.connect(self._on_password_dialog_finished)
            self.password_dialog.password_changed.connect(
                lambda: self.statusBar().showMessage(self.tr("Your password was changed."), 10_000)
            )
            self.password_dialog.open()

    def _on_password_dialog_finished(self, _result: int) -> None:
        dialog, self.password_dialog = self.password_dialog, None
        if dialog is not None:
            dialog.deleteLater()

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
        if self.locked or self._ended:
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
            self.claim_draft = self.claim_dialog.snapshot() or self.claim_draft
            self.claim_dialog.drop()
        if self.document_dialog is not None:
            self.document_dialog.drop()
        if self.password_dialog is not None:
            self.password_dialog.done(0)
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
        if not self.locked and not self._ended and PageId.VOTERS in self.pages:
            self.search_panel.refresh()
        if not self.locked and not self._ended and PageId.CLAIMS in self.pages:
            self.claims_panel.refresh()

    def _on_claim_filed(self, number: str) -> None:
        if self.locked or self._ended:
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
        if not self.locked and not self._ended:
            self.media_panel.refresh_signatures()

    def _on_unlocked(self) -> None:
        """The owner is back: the pages load again, a kept form reopens with what was typed."""
        for action in (self.lock_action, self.quit_action):
            action.setEnabled(True)
        self.start()
        draft, self.claim_draft = self.claim_draft, None
        if draft is not None:
            self._open_claim(draft.voter, draft)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._ended:
            self.end_session()
            self.closed.emit()
        super().closeEvent(event)
