"""The idle timers of the lock screen and of the automatic log-out (R-SEC-5, DESIGN.md).

An application-wide event filter restarts a single-shot timer on every key, mouse
and wheel input in any window of the app; when the timer runs out `idle_timed_out`
is emitted and the window locks itself. The interval is the policy's
`idle_minutes` (default 5) in milliseconds, given by the composition root, so tests
pass a few milliseconds instead.

A second, longer timer (`logout_ms`, 4 × the idle interval unless given) counts from the same last
input and emits `logout_timed_out`: the session ends and the login window returns. It keeps
counting while the window is locked (`pause()`, by idle or Ctrl+L): input on the lock screen does
not restart it, so moving the mouse over a locked desk cannot keep someone else's session open.
Only an unlock (`start()` again) and input in the open window do.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


LOGOUT_FACTOR = 4  # the automatic log-out comes after this many idle-lock intervals


class IdleLock(QObject):
    """Emits `idle_timed_out` after `interval_ms` without user input, once per start(), and
    `logout_timed_out` after `logout_ms` without input in the open window."""

    idle_timed_out = Signal()
    logout_timed_out = Signal()

    def __init__(
        self, app: QCoreApplication, interval_ms: int, parent: QObject | None = None, *, logout_ms: int | None = None
    ) -> None:
        super().__init__(parent)
        self._app = app
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(1, interval_ms))
        self._timer.timeout.connect(self._on_timeout)
        self._logout = QTimer(self)
        self._logout.setSingleShot(True)
        self._logout.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse timer of 20 s+ is rounded to seconds
        self._logout.setInterval(max(1, logout_ms if logout_ms is not None else LOGOUT_FACTOR * interval_ms))
        self._logout.timeout.connect(self._on_logout_timeout)

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    @property
    def logout_ms(self) -> int:
        return self._logout.interval()

    @property
    def logout_pending(self) -> bool:
        return self._logout.isActive()

    @property
    def logout_remaining_ms(self) -> int:
        """Time left before the automatic log-out (-1 when it is not counting)."""
        return self._logout.remainingTime()

    def start(self) -> None:
        """Watch the input from now on and start counting (both timers)."""
        self._app.removeEventFilter(self)  # never installed twice
        self._app.installEventFilter(self)
        self._timer.start()
        self._logout.start()

    def pause(self) -> None:
        """Locked: stop the lock timer and stop watching the input; the log-out keeps counting."""
        self._timer.stop()
        self._app.removeEventFilter(self)
        if not self._logout.isActive():
            self._logout.start()

    def stop(self) -> None:
        """Stop counting and stop watching the input (after log-out)."""
        self._timer.stop()
        self._logout.stop()
        self._app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start()
            self._logout.start()
        return False

    def _on_timeout(self) -> None:
        self._app.removeEventFilter(self)
        self.idle_timed_out.emit()

    def _on_logout_timeout(self) -> None:
        self.stop()
        self.logout_timed_out.emit()
