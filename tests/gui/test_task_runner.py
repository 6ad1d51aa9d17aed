"""The one background worker: order, results and refusals back on the UI thread."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from app.errors import AppError, Reason
from app.ui.common.task_runner import TaskRunner


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()


def test_jobs_run_in_order_off_the_ui_thread(qtbot: QtBot, runner: TaskRunner) -> None:
    ui_thread = QThread.currentThread()
    ran_on: list[str] = []
    delivered: list[tuple[int, bool]] = []

    def job(n: int) -> int:
        ran_on.append(threading.current_thread().name)
        return n

    for n in range(20):
        runner.run(lambda n=n: job(n), lambda r: delivered.append((r, QThread.currentThread() is ui_thread)))
    assert runner.busy
    with qtbot.waitSignal(runner.became_idle):
        pass
    assert delivered == [(n, True) for n in range(20)]
    assert len(set(ran_on)) == 1 and ran_on[0] != threading.main_thread().name


def test_a_refusal_goes_to_on_error(qtbot: QtBot, runner: TaskRunner) -> None:
    errors: list[AppError] = []

    def refuse() -> None:
        raise AppError(Reason.WRONG_PASSWORD, login="x")

    runner.run(refuse, lambda _r: pytest.fail("no result"), errors.append)
    qtbot.waitUntil(lambda: not runner.busy)
    assert [e.reason for e in errors] == [Reason.WRONG_PASSWORD]


def test_a_bug_in_a_job_ends_as_a_code(qtbot: QtBot, runner: TaskRunner) -> None:
    """Issue 10: a worker's exception reaches the window as a code it shows like a refusal (the
    window leaves its busy state), never as a traceback; a lock or a full disk as their own codes."""
    import sqlcipher3

    errors: list[AppError] = []

    def broken() -> None:
        raise ZeroDivisionError("a voter's value")

    def locked() -> None:
        raise sqlcipher3.OperationalError("database is locked")

    runner.run(broken, lambda _r: pytest.fail("no result"), errors.append)
    runner.run(locked, lambda _r: pytest.fail("no result"), errors.append)
    qtbot.waitUntil(lambda: not runner.busy)
    assert [e.reason for e in errors] == [Reason.INTERNAL_ERROR, Reason.STORE_IN_USE]
    assert errors[0].params["kind"] == "ZeroDivisionError" and "voter" not in str(errors[0].params)


def test_without_on_error_the_code_is_raised_on_the_ui_thread(qtbot: QtBot, runner: TaskRunner) -> None:
    with qtbot.captureExceptions() as raised:
        runner.run(lambda: 1 / 0, lambda _r: None)
        qtbot.waitUntil(lambda: not runner.busy)
    assert [(type(e[1]), e[1].reason) for e in raised] == [(AppError, Reason.INTERNAL_ERROR)]


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_the_window_is_a_message_box_not_a_traceback(
    qtbot: QtBot, capfd: pytest.CaptureFixture[str]
) -> None:
    """The app's hook (app.main): an exception raised in a slot ends as a message box with its code
    and the explanation; stderr gets the code and the type only, no traceback and no values."""
    from PySide6.QtCore import QTimer

    from app.main import install_failure_hook

    shown: list[str] = []

    def slot() -> None:
        raise KeyError("11503199000123")

    uninstall = install_failure_hook(lambda: "en", show=shown.append)
    try:
        QTimer.singleShot(0, slot)
        qtbot.waitUntil(lambda: bool(shown))
    finally:
        uninstall()
    assert shown[0].startswith("[internal-error] ") and "KeyError" in shown[0] and "Note the time" in shown[0]
    err = capfd.readouterr().err
    assert "[internal-error] KeyError" in err
    assert "Traceback" not in err and "11503199000123" not in err + shown[0]


def test_shutdown_finishes_queued_jobs_and_refuses_new_ones(runner: TaskRunner) -> None:
    done: list[int] = []
    runner.run(lambda: done.append(1), lambda _r: None)
    runner.shutdown()
    assert done == [1]
    with pytest.raises(RuntimeError):
        runner.run(lambda: None, lambda _r: None)


def test_long_jobs_are_named_until_they_end(qtbot: QtBot, runner: TaskRunner) -> None:
    """R-SEC-5: a long job is named from its submission until its outcome is delivered, then
    `long_finished` says how it ended (after its callback); short jobs are not named."""
    held = threading.Event()
    seen: list[tuple[str, list[str]]] = []
    finished: list[tuple[str, bool, int]] = []
    runner.long_finished.connect(lambda name, ok: finished.append((name, ok, len(seen))))
    runner.run(held.wait, lambda _r: seen.append(("scan", runner.long_jobs)), long="the scan")
    runner.run(lambda: 1 / 0, lambda _r: None, lambda _e: seen.append(("import", runner.long_jobs)), long="the import")
    runner.run(lambda: None, lambda _r: seen.append(("short", runner.long_jobs)))
    assert runner.long_jobs == ["the scan", "the import"]
    held.set()
    qtbot.waitUntil(lambda: not runner.busy)
    assert seen == [("scan", ["the import"]), ("import", []), ("short", [])]
    assert finished == [("the scan", True, 1), ("the import", False, 2)]
    assert runner.long_jobs == []


class _Cycle:
    """Garbage only the cycle collector frees; says on which thread it was freed."""

    freed_on: list[str] = []  # noqa: RUF012 - a record for the test

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        _Cycle.freed_on.append(threading.current_thread().name)


def test_cycles_made_on_the_worker_are_collected_on_the_ui_thread(qtbot: QtBot) -> None:
    """A cycle (a closed window's, in the app) is never freed on the worker, where freeing Qt
    widgets crashes: while a runner lives, automatic collection is off and the UI thread collects;
    after the last runner stops it is back on."""
    _Cycle.freed_on.clear()
    runner = TaskRunner()
    try:
        assert not gc.isenabled()

        def litter() -> None:  # far past the youngest generation's threshold, on the worker
            for _ in range(gc.get_threshold()[0] * 20):
                _Cycle()

        runner.run(litter, lambda _: None)
        qtbot.waitUntil(lambda: not runner.busy)
        qtbot.waitUntil(lambda: len(_Cycle.freed_on) > 0, timeout=5000)  # the UI thread's timer collected
        assert set(_Cycle.freed_on) == {threading.main_thread().name}
    finally:
        runner.shutdown()
    assert gc.isenabled()
