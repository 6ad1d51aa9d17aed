"""The lock of one session window (R-SEC-5): what locks it, what a lock does, what unlocks it.

`MainWindow` owns one `WindowLock` and gives it the work page to wrap (`wrap`): a countdown bar
above a stack of the work page and the `LockOverlay`. It locks on idle (`IdleLock`, with its
countdown in the last 60 s), on Ctrl+L pressed in any window of the session, dialogs included
(`LockKeys`, an application-wide event filter: a modal dialog cannot swallow it), on a wall-clock
jump after a missed suspend, and when the window calls `lock(reason)` (the menu, the OS lock).

A lock covers the screen at once: the overlay replaces the work, the menu bar is disabled and every
window the session window owns (its dialogs) is hidden. Then `drop` (the window's own: clear the
pages, keep a half-filled form in memory) is called, and the lock is audited on the task runner.
While a long job runs (`TaskRunner.long_jobs`: a scan, an import, a backup ...) `drop` waits: the
job could be cancelled by it. The cover names the job and the lock completes when the last one has
ended (`long_finished`), saying how it ended. The automatic log-out waits for it in the same way.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from app.errors import AppError
from app.messages import explain
from app.security.session import Session
from app.ui.common.deps import UiDeps
from app.ui.common.idle_lock import IdleLock
from app.ui.common.lock_overlay import CountdownBar, LockOverlay

LOCK_KEYS = QKeySequence("Ctrl+L")
REASON_RESUME = "resume"  # the wall clock jumped: a suspend whose signal was missed


class LockKeys(QObject):
    """Ctrl+L in any window of the session (the window itself or a dialog it owns; or a window
    without an owner): emits `pressed` and eats the key."""

    pressed = Signal()

    def __init__(self, app: QCoreApplication, owner: QWidget) -> None:
        super().__init__(owner)
        self._app = app

    def install(self) -> None:
        self._app.removeEventFilter(self)
        self._app.installEventFilter(self)

    def remove(self) -> None:
        self._app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and isinstance(watched, QWidget)
            and QKeySequence(event.keyCombination()) == LOCK_KEYS
            and self._ours(watched.window())
        ):
            self.pressed.emit()
            return True
        return False

    def _ours(self, window: QWidget) -> bool:
        owner = self.parent()
        return (window.parentWidget() is None and not isinstance(window, QMainWindow)) or owns(owner, window)


def owns(owner: QObject | None, widget: QWidget) -> bool:
    """`widget` is `owner` or one of its (grand)children."""
    current: QWidget | None = widget
    while current is not None:
        if current is owner:
            return True
        current = current.parentWidget()
    return False


class WindowLock(QObject):
    """Locks and unlocks one session window (see the module)."""

    unlocked = Signal()  # the owner's password: the window loads its pages again
    logout_due = Signal()  # the automatic log-out (after the long jobs)
    keys_pressed = Signal()  # Ctrl+L somewhere in the session

    def __init__(
        self, window: QMainWindow, deps: UiDeps, session: Session, *, idle_ms: int, logout_ms: int,
        drop: Callable[[], None],
    ) -> None:  # fmt: skip
        super().__init__(window)  # the window is never kept in a Python attribute: no reference cycle
        self._deps, self._session, self._drop = deps, session, drop
        self._locked = self._ended = False
        self._pending_drop = self._pending_logout = False
        self.idle = IdleLock(deps.app, idle_ms, self, logout_ms=logout_ms, clock=deps.clock)
        self.keys = LockKeys(deps.app, window)
        self.overlay = LockOverlay()
        self.countdown = CountdownBar()
        self._stack = QStackedWidget()
        self.idle.countdown.connect(self.countdown.show_seconds)
        self.idle.logout_timed_out.connect(self._on_logout_timed_out)
        self.keys.pressed.connect(self.keys_pressed)
        self.overlay.unlock_requested.connect(self._on_unlock_requested)
        deps.runner.long_finished.connect(self._on_long_finished)

    def wrap(self, work: QWidget) -> QWidget:
        """The window's central widget: the countdown above the work, or the lock screen."""
        self._stack.addWidget(work)
        self._stack.addWidget(self.overlay)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.countdown)
        layout.addWidget(self._stack, 1)
        return central

    @property
    def locked(self) -> bool:
        return self._locked

    @property
    def covered(self) -> bool:
        """Locked, with the data still in memory behind the cover until the long jobs end."""
        return self._locked and self._pending_drop

    def start(self) -> None:
        """The window is open: count the idle time, hear Ctrl+L."""
        self.idle.start()
        self.keys.install()

    def lock(self, reason: str) -> None:
        """Cover the window, drop its data (after the long jobs), then audit the lock."""
        if self._locked or self._ended:
            return
        self._locked = True
        self.idle.pause()  # the automatic log-out keeps counting
        self._cover()
        self.overlay.show_locked(self._session.full_name)
        jobs = self._deps.runner.long_jobs
        if jobs:
            self._pending_drop = True
            self.overlay.show_waiting(jobs)
        else:
            self._drop()
        auth, session = self._deps.auth, self._session
        self._deps.runner.run(lambda: auth.lock(session, reason), _ignore, self._on_unlock_failed)

    def end(self) -> None:
        """The session is over: stop counting and listening."""
        self._ended = True
        self._pending_drop = self._pending_logout = False
        self.idle.stop()
        self.keys.remove()

    # ---- slots -------------------------------------------------------------------------
    def _cover(self) -> None:
        """The lock screen instead of the work, and no dialog of the session in sight."""
        owner = self.parent()
        assert isinstance(owner, QMainWindow)
        for widget in QApplication.topLevelWidgets():
            if widget is not owner and widget.isVisible() and owns(owner, widget):
                widget.hide()
        self._stack.setCurrentWidget(self.overlay)
        owner.menuBar().setEnabled(False)

    def _on_long_finished(self, job: str, ok: bool) -> None:
        if self._ended:
            return
        if self._locked:
            self.overlay.show_job_ended(job, ok)
        if self._deps.runner.long_jobs:
            return
        if self._pending_drop:
            self._pending_drop = False
            self._drop()
            self._cover()  # what the job's outcome opened goes out of sight again
        if self._pending_logout:
            self._on_logout_timed_out()

    def _on_logout_timed_out(self) -> None:
        self._pending_logout = bool(self._deps.runner.long_jobs)
        if not self._pending_logout and not self._ended:
            self.logout_due.emit()

    def _on_unlock_requested(self, password: str) -> None:
        auth, session = self._deps.auth, self._session
        self._deps.runner.run(lambda: auth.unlock(session, password), self._on_unlocked, self._on_unlock_failed)

    def _on_unlocked(self, _result: None) -> None:
        if self._ended:
            return
        self._locked = False
        self.overlay.show_locked("")  # nothing typed stays in the hidden overlay
        self._stack.setCurrentIndex(0)
        owner = self.parent()
        assert isinstance(owner, QMainWindow)
        owner.menuBar().setEnabled(True)
        self.unlocked.emit()

    def _on_unlock_failed(self, error: AppError) -> None:
        if not self._ended:
            self.overlay.show_error(explain(error, self._deps.translations.lang))


def _ignore(_result: object) -> None:
    """The lock has nothing to show: the window is already covered."""
