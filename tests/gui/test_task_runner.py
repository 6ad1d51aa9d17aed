"""The one background worker: order, results and refusals back on the UI thread."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from app.errors import AppError, Reason
from app.ui.task_runner import TaskRunner


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


def test_a_bug_in_a_job_is_raised_on_the_ui_thread(qtbot: QtBot, runner: TaskRunner) -> None:
    def broken() -> None:
        raise ZeroDivisionError

    with qtbot.captureExceptions() as raised:
        runner.run(broken, lambda _r: None, lambda _e: None)
        qtbot.waitUntil(lambda: not runner.busy)
    assert [type(e[1]) for e in raised] == [ZeroDivisionError]


def test_shutdown_finishes_queued_jobs_and_refuses_new_ones(runner: TaskRunner) -> None:
    done: list[int] = []
    runner.run(lambda: done.append(1), lambda _r: None)
    runner.shutdown()
    assert done == [1]
    with pytest.raises(RuntimeError):
        runner.run(lambda: None, lambda _r: None)
