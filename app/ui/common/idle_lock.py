"""The idle timers of the lock screen and of the automatic log-out (R-SEC-5, DESIGN.md).

An application-wide event filter notes the time of every key, mouse and wheel input in any window
of the app; a ticking `QTimer` compares the injected clock (`app.clock.Clock`: the tests' own, moved
by hand, so nothing sleeps for minutes) with that time:

- in the last `COUNTDOWN_MS` (60 s; half the interval when that is shorter) before the lock,
  `countdown(seconds)` says how long is left, and `countdown(-1)` when input put it off again;
- at `interval_ms` (the policy's `idle_minutes`, default 5) without input, `idle_timed_out`;
- at `logout_ms` (4 × the idle interval unless given) without input in the open window,
  `logout_timed_out`: the session ends and the login window returns. It keeps counting while the
  window is locked (`pause()`, by idle or Ctrl+L): input on the lock screen does not restart it, so
  moving the mouse over a locked desk cannot keep someone else's session open. Only an unlock
  (`start()` again) and input in the open window do.

Each tick also compares the wall clock with the last tick's (R-SEC-5 "lock ... on suspend"): a
monotonic clock may stand still while the computer sleeps, the wall clock does not. A jump longer
than the idle interval is a suspend whose signal was missed: `resumed` asks for the lock at once, and
the time asleep counts as idle time for the log-out too.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal

from app.clock import Clock, SystemClock

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
COUNTDOWN_MS = 60_000  # the countdown before the idle lock
MAX_TICK_MS = 1000


class IdleLock(QObject):
    """Emits `idle_timed_out` after `interval_ms` without user input, once per start(), and
    `logout_timed_out` after `logout_ms` without input in the open window; `countdown` and
    `resumed` as the module says."""

    idle_timed_out = Signal()
    logout_timed_out = Signal()
    countdown = Signal(int)  # whole seconds left before the lock; -1: no countdown
    resumed = Signal(int)  # the wall clock jumped by this many ms (a missed suspend): lock now

    def __init__(
        self,
        app: QCoreApplication,
        interval_ms: int,
        parent: QObject | None = None,
        *,
        logout_ms: int | None = None,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(parent)
        self._app = app
        self._clock = clock or SystemClock()
        self._interval = max(1, interval_ms)
        self._logout_ms = max(1, logout_ms if logout_ms is not None else LOGOUT_FACTOR * interval_ms)
        self._watching = False  # counting towards the lock (the window is open)
        self._logout_on = False  # counting towards the log-out
        self._last_input = self._last_tick = self._last_wall = 0
        self._shown = -1  # the countdown's seconds last emitted
        self._ticker = QTimer(self)
        self._ticker.setTimerType(Qt.TimerType.PreciseTimer)
        self._ticker.setInterval(max(10, min(MAX_TICK_MS, self._interval // 10)))
        self._ticker.timeout.connect(self.tick)

    @property
    def running(self) -> bool:
        return self._watching

    @property
    def interval_ms(self) -> int:
        return self._interval

    @property
    def logout_ms(self) -> int:
        return self._logout_ms

    @property
    def countdown_ms(self) -> int:
        return min(COUNTDOWN_MS, self._interval // 2)

    @property
    def logout_pending(self) -> bool:
        return self._logout_on

    @property
    def logout_remaining_ms(self) -> int:
        """Time left before the automatic log-out (-1 when it is not counting)."""
        return max(0, self._logout_ms - self._idle_ms()) if self._logout_on else -1

    def start(self) -> None:
        """Watch the input from now on and start counting (both timers)."""
        self._app.removeEventFilter(self)  # never installed twice
        self._app.installEventFilter(self)
        self._watching = self._logout_on = True
        self._last_input = self._now()
        self._mark_tick()
        self._ticker.start()

    def pause(self) -> None:
        """Locked: stop the lock count and stop watching the input; the log-out keeps counting."""
        self._watching = False
        self._app.removeEventFilter(self)
        self._hide_countdown()
        if not self._logout_on:
            self._logout_on = True
            self._last_input = self._now()
            self._mark_tick()
            self._ticker.start()

    def stop(self) -> None:
        """Stop counting and stop watching the input (after log-out)."""
        self._watching = self._logout_on = False
        self._ticker.stop()
        self._app.removeEventFilter(self)
        self._hide_countdown()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self._watching:
            self._last_input = self._now()
            self._hide_countdown()
        return False

    def tick(self) -> None:
        """Read the clock: a suspend seen in the wall clock, the countdown, the lock, the log-out."""
        self._check_wall_clock()
        if self._watching:
            left = self._interval - self._idle_ms()
            if left <= 0:
                self._watching = False
                self._app.removeEventFilter(self)
                self._hide_countdown()
                self.idle_timed_out.emit()
            elif left <= self.countdown_ms:
                self._show_countdown(math.ceil(left / 1000))
        if self._logout_on and self._idle_ms() >= self._logout_ms:
            self.stop()
            self.logout_timed_out.emit()

    # ---- helpers -----------------------------------------------------------------------
    def _check_wall_clock(self) -> None:
        now, wall = self._now(), self._wall()
        gap = wall - self._last_wall
        slept = gap - (now - self._last_tick)  # wall time that the monotonic clock did not see
        self._last_tick, self._last_wall = now, wall
        if slept > 0:
            self._last_input -= slept  # asleep is idle (the lock and the log-out)
        if gap > self._interval and self._watching:
            self._watching = False
            self._app.removeEventFilter(self)
            self._hide_countdown()
            self.resumed.emit(gap)

    def _idle_ms(self) -> int:
        return self._now() - self._last_input

    def _mark_tick(self) -> None:
        self._last_tick, self._last_wall = self._now(), self._wall()

    def _now(self) -> int:
        return round(self._clock.monotonic() * 1000)

    def _wall(self) -> int:
        return round(self._clock.now().timestamp() * 1000)

    def _show_countdown(self, seconds: int) -> None:
        if seconds != self._shown:
            self._shown = seconds
            self.countdown.emit(seconds)

    def _hide_countdown(self) -> None:
        if self._shown != -1:
            self._shown = -1
            self.countdown.emit(-1)
