"""Python's cycle collector runs on the UI thread only.

The collector runs in whichever thread happens to allocate when a generation's threshold is
passed; with a worker thread (the task runner) that may be the worker, and a cycle holding a
closed window or dialog would then destroy Qt widgets outside the UI thread: a crash, or a
stall of the worker while the window waits for it. While a task runner lives, automatic
collection is off and this object collects on the UI thread, generation by generation, as the
thresholds say (the PyQt recipe used by calibre and others)."""

from __future__ import annotations

import gc
from typing import ClassVar

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class UiCollector(QObject):
    """Takes automatic collection over while it runs; `stop()` gives it back."""

    _holders: ClassVar[list[UiCollector]] = []  # the running ones; collection is back on when the last stops

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._running = True
        UiCollector._holders.append(self)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect)
        self._timer.start()

    def collect(self) -> None:
        """Collect each generation whose count passed its threshold (on the UI thread)."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        for generation in (2, 1, 0):  # the oldest due generation includes the younger ones
            if counts[generation] > thresholds[generation]:
                gc.collect(generation)
                return

    def stop(self) -> None:
        if not self._running:
            return
        self._running = False
        self._timer.stop()
        UiCollector._holders.remove(self)
        if not UiCollector._holders:
            gc.enable()
