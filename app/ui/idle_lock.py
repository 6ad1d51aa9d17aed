"""The idle timer of the lock screen (R-SEC-5).

An application-wide event filter restarts a single-shot timer on every key, mouse
and wheel input in any window of the app; when the timer runs out `idle_timed_out`
is emitted and the window locks itself. The interval is the policy's
`idle_minutes` (default 5) in milliseconds, given by the composition root, so tests
pass a few milliseconds instead.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

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


class IdleLock(QObject):
    """Emits `idle_timed_out` after `interval_ms` without user input, once per start()."""

    idle_timed_out = Signal()

    def __init__(self, app: QCoreApplication, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(1, interval_ms))
        self._timer.timeout.connect(self._on_timeout)

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def start(self) -> None:
        """Watch the input from now on and start counting."""
        self._app.removeEventFilter(self)  # never installed twice
        self._app.installEventFilter(self)
        self._timer.start()

    def stop(self) -> None:
        """Stop counting and stop watching the input (while locked, after log-out)."""
        self._timer.stop()
        self._app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start()
        return False

    def _on_timeout(self) -> None:
        self._app.removeEventFilter(self)
        self.idle_timed_out.emit()
