"""F1 opens a short help page for the screen in the user's language (issue 12 point 8)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.ui.common.deps import UiDeps
from app.ui.common.help import LOGIN_TOPIC, HelpAction, HelpDialog, help_file, help_text
from app.ui.login_dialog import LoginDialog
from app.ui.main_window import MainWindow, SessionInfo
from app.ui.pages import PageId
from tests.conftest import Precinct
from tests.gui.conftest import LANGUAGES, start_window, window_deps
from tests.refusal_words import english_in

TOPICS = [page.value for page in PageId] + [LOGIN_TOPIC]
KEY_NAMES = ("Ctrl", "Enter", "NIST")  # key and standard names stay as they are written


def english(text: str) -> list[str]:
    return [problem for problem in english_in(text) if not any(name in problem for name in KEY_NAMES)]


@pytest.mark.parametrize("topic", TOPICS)
def test_every_screen_has_help_in_every_language(topic: str) -> None:
    """A page in ky, ru and en for each page of the window and the login screen, with a heading;
    the ky and ru pages are not English."""
    for lang in LANGUAGES:
        path = help_file(topic, lang)
        assert path.is_file(), f"missing {path}"
        text = path.read_text(encoding="utf-8")
        assert text.startswith("# ") and len(text.splitlines()) >= 3, path
    for lang in ("ky", "ru"):
        assert not english(help_text(topic, lang)), (topic, lang)


@pytest.fixture
def desk(
    qapp: QApplication, qtbot: QtBot, precinct: Precinct, qm_dir: Path
) -> Iterator[tuple[UiDeps, list[MainWindow]]]:
    with window_deps(qapp, qtbot, qm_dir, precinct.ctx) as (deps, windows):
        yield deps, windows


def press_f1(qtbot: QtBot, window: MainWindow | LoginDialog) -> HelpDialog:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    action = window.findChild(HelpAction, "helpAction")
    assert action is not None
    qtbot.waitUntil(lambda: action.dialog is not None and action.dialog.isVisible())
    assert action.dialog is not None
    return action.dialog


def test_f1_opens_the_help_of_the_page_shown(
    qtbot: QtBot, precinct: Precinct, desk: tuple[UiDeps, list[MainWindow]]
) -> None:
    deps, windows = desk
    window = start_window(qtbot, deps, windows, precinct.ready_session("chair"), SessionInfo(600_000, "1001"))
    for lang, page in (("ky", PageId.CLAIMS), ("ru", PageId.SETTINGS), ("en", PageId.VOTERS)):
        deps.translations.set_language(lang)
        window.show_page(page)
        dialog = press_f1(qtbot, window)
        assert (dialog.topic, dialog.lang) == (page.value, lang)
        heading = help_text(page.value, lang).splitlines()[0].removeprefix("# ")
        assert dialog.browser.toPlainText().startswith(heading)
        dialog.close()


def test_f1_on_the_login_screen(qtbot: QtBot, desk: tuple[UiDeps, list[MainWindow]]) -> None:
    deps, _windows = desk
    deps.translations.set_language("ky")
    login = LoginDialog(deps)
    qtbot.addWidget(login)
    login.show()
    qtbot.waitExposed(login)
    dialog = press_f1(qtbot, login)
    assert dialog.topic == LOGIN_TOPIC
    assert "логин" in dialog.browser.toPlainText()
    assert not english(dialog.browser.toPlainText())
    dialog.close()
