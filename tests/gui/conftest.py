"""GUI fixtures: the app built by `app.main.build_app` on a test precinct, offscreen.

The .qm files are compiled from the committed .ts sources into a temporary directory
once per session, so the tests see exactly the translations in the repository (and
need no `make translations` first).
"""

from __future__ import annotations

import contextlib
import gc
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.main import build_app
from app.paths import resources_dir
from app.security.session import Session
from app.services.context import DeskContext
from app.services.desk_services import DeskServices
from app.ui.common.deps import UiDeps
from app.ui.common.task_runner import TaskRunner
from app.ui.common.translations import Translations
from app.ui.desk_flow import DeskFlow
from app.ui.main_window import MainWindow, SessionInfo
from tests.conftest import Precinct

I18N = resources_dir() / "i18n"
LANGUAGES = ("ky", "ru", "en")
DeskFactory = Callable[..., DeskFlow]


def lrelease() -> str:
    found = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    assert Path(found).exists(), "pyside6-lrelease is part of PySide6; is the virtualenv installed?"
    return found


@pytest.fixture(scope="session")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("qm")
    for ts in I18N.glob("*.ts"):  # ours and Qt's own dialogs' (qtbase_ky, qtbase_ru)
        subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(out / f"{ts.stem}.qm")], check=True)
    return out


@pytest.fixture(autouse=True)
def no_window_outlives_its_test(qapp: QApplication) -> Iterator[None]:
    """After each test (its other fixtures torn down first), every top-level window it left is
    closed and deleted and the garbage collected here, on the UI thread: left over, they piled up
    for the next tests and a collection in the middle of a later test stalled its event loop
    (the idle-lock tests, which count milliseconds, then failed only in the full suite)."""
    yield
    for widget in qapp.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


@pytest.fixture
def make_desk(qapp: QApplication, qtbot: QtBot, precinct: Precinct, qm_dir: Path) -> Iterator[DeskFactory]:
    """Builds and starts the app on the precinct's data dir, as `run_gui` does."""
    flows: list[DeskFlow] = []

    def make(idle_ms: int = 600_000, **kwargs: object) -> DeskFlow:
        precinct.ctx.close()  # the app opens the data dir with its own context
        flow = build_app(qapp, precinct.data_dir, idle_ms=idle_ms, i18n_dir=qm_dir, **kwargs)  # type: ignore[arg-type]
        flows.append(flow)
        flow.start()
        qtbot.waitExposed(flow.login_dialog)
        return flow

    yield make
    for flow in flows:
        runner = flow.deps.runner
        qtbot.waitUntil(lambda runner=runner: not runner.busy, timeout=10_000)
        flow.shutdown()
        flow.login_dialog.deleteLater()


def wait_idle(qtbot: QtBot, flow: DeskFlow) -> None:
    qtbot.waitUntil(lambda: not flow.deps.runner.busy, timeout=10_000)


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Key presses for each character; QTest.keyClicks only knows ASCII, names are Cyrillic."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier)


def log_in(qtbot: QtBot, flow: DeskFlow, login: str, password: str) -> None:
    """Type the login and the password and click the button, as a person would."""
    dialog = flow.login_dialog
    dialog.login_edit.clear()
    qtbot.keyClicks(dialog.login_edit, login)
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, flow)


@contextlib.contextmanager
def window_deps(
    qapp: QApplication, qtbot: QtBot, qm_dir: Path, ctx: DeskContext, **extra: Any
) -> Iterator[tuple[UiDeps, list[MainWindow]]]:
    """The dependencies of main windows a test opens by hand (English, one worker), and the list
    the test adds its windows to; afterwards the worker drains, every window's session ends and
    closes, the worker stops and the translators are removed."""
    runner = TaskRunner()
    translations = Translations(qapp, qm_dir)
    translations.set_language("en")
    windows: list[MainWindow] = []
    try:
        services = DeskServices(ctx)
        yield UiDeps(qapp, services, services.auth, services.voters, runner, translations, **extra), windows
    finally:
        qtbot.waitUntil(lambda: not runner.busy, timeout=20_000)
        for window in windows:
            window.end_session()
            window.close()
        runner.shutdown()
        translations.uninstall()


def start_window(
    qtbot: QtBot, deps: UiDeps, windows: list[MainWindow], session: Session, info: SessionInfo
) -> MainWindow:
    """The main window of `session`, shown and started as after a login, its first calls done;
    added to `windows` so `window_deps` ends it."""
    window = MainWindow(deps, session, info)
    windows.append(window)
    window.show()
    qtbot.waitExposed(window)
    window.start()
    qtbot.waitUntil(lambda: not deps.runner.busy, timeout=10_000)
    return window
