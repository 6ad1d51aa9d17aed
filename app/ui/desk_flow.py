"""The path through the windows: login -> forced password change -> main window -> log-out.

The session's policy (idle minutes) is read once after the login, before either window opens; the
forced password change ends the session when it is left alone for the idle interval (R-SEC-5:
the store is open behind it and there is nothing to lock).

The flow owns the current session. It ends it (audited log-out through the task
runner) when the user logs out, cancels the forced change, or closes the window, and
it emits `finished` when the user closes the app. `lock_now(reason)` is the hook for
the OS session lock / suspend notifications (R-SEC-5): the composition root's `OsSessionWatcher`
is started with the flow and stopped at shutdown.

When the main window reports `timed_out` (idle past the automatic log-out, DESIGN.md "Users,
roles, sessions"), the flow logs the user out (audited with reason "idle", the precinct store is
closed) and shows the login window saying why.

A half-filled form the window kept through a lock is discarded with the session; the next login
window says so (`MainWindow.discarded_form`). The flow holds the data dir's `InstanceLock` (one
running app per data dir) and lets it go at shutdown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from app.errors import AppError
from app.security.session import Session
from app.services.desk_services import DeskServices
from app.ui.accounts.password_change_dialog import PasswordChangeDialog
from app.ui.common.clipboard_guard import CLIPBOARD_CLEAR_MS
from app.ui.common.deps import UiDeps
from app.ui.common.idle_lock import IdleLock
from app.ui.common.instance_lock import InstanceLock
from app.ui.common.os_session import OsSessionWatcher
from app.ui.login_dialog import LoginDialog
from app.ui.main_window import MainWindow, SessionInfo


@dataclass(frozen=True)
class Timings:
    """Overrides of the session's timers (tests); None: the policy's (idle, log-out) or 30 s."""

    idle_ms: int | None = None
    logout_ms: int | None = None
    clipboard_ms: int | None = None


def read_session_info(services: DeskServices, timings: Timings) -> SessionInfo:
    """The policy of the session (worker thread: it reads the store)."""
    extra = {"logout_ms": timings.logout_ms or 0, "clipboard_ms": timings.clipboard_ms or CLIPBOARD_CLEAR_MS}
    settings = services.session_settings()  # a broken idle value never disables the lock
    if timings.idle_ms is not None:
        return SessionInfo(timings.idle_ms, settings.precinct, **extra)
    return SessionInfo(round(settings.idle_minutes * 60_000), settings.precinct, **extra)


class DeskFlow(QObject):
    """Shows the right window for the state of the session."""

    finished = Signal()

    def __init__(
        self,
        deps: UiDeps,
        *,
        idle_ms: int | None = None,
        timings: Timings | None = None,
        os_session: OsSessionWatcher | None = None,
        instance: InstanceLock | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.deps = deps
        self._instance = instance
        self._form_discarded = False
        self._timings = timings or Timings(idle_ms)
        self.os_session = os_session
        self._session: Session | None = None
        self._pending_lock = ""  # an OS lock that came while the main window was being opened
        self._password_idle: IdleLock | None = None
        self._shut_down = False
        self.login_dialog = LoginDialog(deps)
        self.password_dialog: PasswordChangeDialog | None = None
        self.main_window: MainWindow | None = None
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.login_dialog.login_succeeded.connect(self._on_login_succeeded)
        self.login_dialog.rejected.connect(self.finished)
        if self.os_session is not None:
            self.os_session.lock_requested.connect(self.lock_now)

    # ---- public ------------------------------------------------------------------------
    def start(self) -> None:
        if self.os_session is not None:
            self.os_session.start()
        self.login_dialog.reset()
        self.login_dialog.show()

    def lock_now(self, reason: str) -> None:
        """Lock the open session's window (e.g. reason "os-session", "suspend"). A session still at
        the forced password change has no window to lock: it ends (audited with the reason), and
        the one-time password is typed again."""
        if self.main_window is not None:
            self.main_window.lock_now(reason)
        elif self.password_dialog is not None:
            self._discard_password_dialog()
            self._end_session(self._show_login, reason=reason)
        elif self._session is not None:  # the window is on its way: it opens locked
            self._pending_lock = reason

    def shutdown(self) -> None:
        """End the session, close the stores, stop the worker and remove the translators."""
        if self._shut_down:
            return
        self._shut_down = True
        session, self._session = self._session, None
        self._discard_windows()
        self.login_dialog.hide()
        auth, services, runner = self.deps.auth, self.deps.services, self.deps.runner
        if session is not None:
            runner.run(lambda: auth.logout(session), _ignore, _ignore)
        runner.run(services.close, _ignore, _ignore)
        runner.shutdown()
        self.deps.translations.uninstall()
        if self.deps.capture is not None:
            self.deps.capture.uninstall()
        if self.os_session is not None:
            self.os_session.stop()
        if self._instance is not None:
            self._instance.release()

    # ---- slots -------------------------------------------------------------------------
    def _on_login_succeeded(self, session: Session) -> None:
        self._session = session
        self.login_dialog.hide()
        services, timings = self.deps.services, self._timings
        self.deps.runner.run(
            lambda: read_session_info(services, timings),
            lambda info: self._on_session_info(session, info),
            self._on_failed,
        )

    def _on_session_info(self, session: Session, info: SessionInfo) -> None:
        if self._session is not session:  # ended meanwhile (an OS lock during the forced change...)
            return
        if not session.must_change:
            self._open_main_window(session, info)
        elif self._pending_lock:  # locked before the forced change showed: as during it
            self._end_session(self._show_login, reason=self._pending_lock)
        else:
            self._open_password_dialog(session, info)

    def _open_password_dialog(self, session: Session, info: SessionInfo) -> None:
        """The forced change (R-SEC-3). The store is open behind it, so leaving it alone for the idle
        interval ends the session as the automatic log-out does (nothing is shown to lock)."""
        dialog = PasswordChangeDialog(self.deps, session)
        dialog.password_changed.connect(lambda: self._on_password_changed(session, info))
        dialog.rejected.connect(self._on_password_change_cancelled)
        self.password_dialog = dialog
        idle = self._password_idle = IdleLock(self.deps.app, info.idle_ms, dialog, clock=self.deps.clock)
        idle.idle_timed_out.connect(self._on_password_dialog_idle)
        dialog.show()
        idle.start()

    def _on_password_changed(self, session: Session, info: SessionInfo) -> None:
        self._discard_password_dialog()
        self._open_main_window(session, info)

    def _on_password_dialog_idle(self) -> None:
        self._discard_password_dialog()
        self._end_session(self._show_timed_out, reason="idle")

    def _open_main_window(self, session: Session, info: SessionInfo) -> None:
        window = MainWindow(self.deps, session, info)
        window.logout_requested.connect(self._on_logout_requested)
        window.timed_out.connect(self._on_timed_out)
        window.closed.connect(self._on_main_window_closed)
        self.main_window = window
        window.show()
        window.start()
        reason, self._pending_lock = self._pending_lock, ""
        if reason:
            window.lock_now(reason)

    def _on_password_change_cancelled(self) -> None:
        self._discard_password_dialog()
        self._end_session(self._show_login)

    def _on_logout_requested(self) -> None:
        self._end_session(self._show_login)

    def _on_timed_out(self) -> None:
        self._end_session(self._show_timed_out, reason="idle")

    def _on_main_window_closed(self) -> None:
        self._end_session(self.finished.emit)

    def _on_failed(self, error: AppError) -> None:
        self._end_session(lambda: self._show_login(error))

    # ---- helpers -----------------------------------------------------------------------
    def _end_session(self, then: Callable[[], None], reason: str = "") -> None:
        session, self._session, self._pending_lock = self._session, None, ""
        self._discard_windows()
        if session is None:
            then()
            return
        auth = self.deps.auth
        self.deps.runner.run(lambda: auth.logout(session, reason), lambda _r: then(), lambda _e: then())

    def _show_login(self, error: AppError | None = None) -> None:
        self.login_dialog.reset()
        if error is not None:
            self.login_dialog.show_error(error)
        if self._form_discarded:
            self._form_discarded = False
            self.login_dialog.show_form_discarded()
        self.login_dialog.show()

    def _show_timed_out(self) -> None:
        self._show_login()
        self.login_dialog.show_timed_out()

    def _discard_windows(self) -> None:
        self._discard_password_dialog()
        window, self.main_window = self.main_window, None
        if window is not None:
            window.end_session()
            self._form_discarded = window.discarded_form
            window.close()
            window.deleteLater()

    def _discard_password_dialog(self) -> None:
        dialog, self.password_dialog = self.password_dialog, None
        idle, self._password_idle = self._password_idle, None
        if idle is not None:
            idle.stop()
        if dialog is not None:
            dialog.blockSignals(True)
            dialog.close()
            dialog.deleteLater()


def _ignore(_outcome: object) -> None:
    """Nothing to show: the window that asked is gone."""
