"""One background worker for every service call (the Anki `TaskManager` pattern).

A single-thread executor owns the database work, so calls run one after another in
the order they were submitted and the SQLCipher connections are only ever used from
that thread. The outcome of each call travels back to the UI thread through a queued
Qt signal and is handed to the caller's callbacks there:

* the result goes to `on_done`;
* an `AppError` (a refusal the user should read) goes to `on_error`;
* any other exception becomes a code too (`app.services.failures`: a lock, a full disk, an OS
  error, a bug as `internal-error`) and goes to `on_error` like a refusal, so the window that
  waits for it leaves its busy state and shows the code; without an `on_error` the error is
  raised on the UI thread, where the app's hook (app.main) shows it in a message box.

A *long job* (a scan, an import, an export, a backup, the list for posting) is given a name
(`run(..., long=name)`, the words the lock screen shows). While one is queued or running,
`long_jobs` names it: the session window then defers the lock (R-SEC-5): it covers the screen at
once but drops its data only when `long_finished` says the last one has ended, so locking never
cancels it.

While a runner lives, Python's cycle collector runs only on the UI thread (`ui_collector`).

Tests wait with ``qtbot.waitUntil(lambda: not runner.busy)`` or the `became_idle`
signal; nothing sleeps.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from app.errors import AppError, Reason
from app.security.crash_log import record_crash
from app.services.failures import as_app_error
from app.ui.common.ui_collector import UiCollector

T = TypeVar("T")


@dataclass
class _Task:
    job: Callable[[], Any]
    on_done: Callable[[Any], None]
    on_error: Callable[[AppError], None] | None
    long: str = ""
    result: Any = None
    error: AppError | None = None
    crash: BaseException | None = None


class TaskRunner(QObject):
    """Runs callables on one worker thread, in order; callbacks run on the UI thread."""

    became_idle = Signal()
    long_finished = Signal(str, bool)  # a long job's name, whether it succeeded (after its callbacks)
    _task_finished = Signal(object)  # emitted on the worker thread, delivered queued

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pec-desk-worker")
        self._pending = 0
        self._long: list[str] = []
        self._closed = False
        self._task_finished.connect(self._on_task_finished)
        self._collector = UiCollector(self)  # no collection on the worker (ui_collector.py)

    @property
    def busy(self) -> bool:
        """Some submitted call has not delivered its outcome yet."""
        return self._pending > 0

    @property
    def long_jobs(self) -> list[str]:
        """The names of the long jobs queued or running, oldest first."""
        return list(self._long)

    def run(
        self,
        job: Callable[[], T],
        on_done: Callable[[T], None],
        on_error: Callable[[AppError], None] | None = None,
        *,
        long: str = "",
    ) -> None:
        """Queue `job`; its outcome comes back to `on_done` / `on_error` on the UI thread. `long`:
        the name of a long job (see the module's text)."""
        if self._closed:
            raise RuntimeError("the task runner is shut down")
        self._pending += 1
        if long:
            self._long.append(long)
        self._executor.submit(self._call, _Task(job, on_done, on_error, long))

    def shutdown(self) -> None:
        """Finish the queued calls and stop the worker (their callbacks are not delivered)."""
        if not self._closed:
            self._closed = True
            self._executor.shutdown(wait=True)
            self._collector.stop()

    def _call(self, task: _Task) -> None:  # worker thread
        try:
            task.result = task.job()
        except Exception as failure:  # every failure is a code (issue 10); a bug's frames to the crash log
            task.error = as_app_error(failure)
            if task.error.reason is Reason.INTERNAL_ERROR:
                record_crash(None, failure, "task")
        except BaseException as crash:  # SystemExit, KeyboardInterrupt: re-raised on the UI thread
            task.crash = crash
        self._task_finished.emit(task)

    def _on_task_finished(self, task: _Task) -> None:  # UI thread
        self._pending -= 1
        if task.long:
            self._long.remove(task.long)
        if self._closed:
            return
        try:
            self._deliver(task)
        finally:
            if task.long:
                self.long_finished.emit(task.long, task.error is None and task.crash is None)
            if self._pending == 0:
                self.became_idle.emit()

    @staticmethod
    def _deliver(task: _Task) -> None:
        if task.crash is not None:
            raise task.crash
        if task.error is None:
            task.on_done(task.result)
        elif task.on_error is not None:
            task.on_error(task.error)
        else:
            raise task.error
