"""The Settings page (issue 12 point 8): every role has it; the language switches after login and
every page follows; the larger text is applied and remembered on this device; the shortcut list
shows the window's keys."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.ui.common.deps import UiDeps
from app.ui.main_window import MainWindow, SessionInfo
from app.ui.pages import PageId
from app.ui.settings.page import SettingsPage
from tests.conftest import Precinct
from tests.gui.conftest import DeskFactory, start_window, window_deps
from tests.gui.fit import set_text_scale

INFO = SessionInfo(idle_ms=600_000, precinct="1001")


@pytest.fixture
def desk(
    qapp: QApplication, qtbot: QtBot, precinct: Precinct, qm_dir: Path
) -> Iterator[tuple[UiDeps, list[MainWindow]]]:
    with window_deps(qapp, qtbot, qm_dir, precinct.ctx) as (deps, windows):
        try:
            yield deps, windows
        finally:
            set_text_scale(qapp, 100)


def settings_of(qtbot: QtBot, deps: UiDeps, windows: list[MainWindow], precinct: Precinct, login: str) -> SettingsPage:
    window = start_window(qtbot, deps, windows, precinct.ready_session(login), INFO)
    page = window.pages[PageId.SETTINGS]
    assert isinstance(page, SettingsPage)
    window.show_page(PageId.SETTINGS)
    return page


@pytest.mark.parametrize("login", ["chair", "secretary", "member1", "sysadmin", "auditor"])
def test_every_role_has_settings(
    qtbot: QtBot, precinct: Precinct, desk: tuple[UiDeps, list[MainWindow]], login: str
) -> None:
    deps, windows = desk
    page = settings_of(qtbot, deps, windows, precinct, login)
    assert page.isVisible()


def test_the_language_switches_after_login(
    qtbot: QtBot, precinct: Precinct, desk: tuple[UiDeps, list[MainWindow]]
) -> None:
    """Choosing Кыргызча then Русский retranslates the window: the side bar and this page."""
    deps, windows = desk
    page = settings_of(qtbot, deps, windows, precinct, "chair")
    window = windows[0]
    english_title = page.keys_box.title()
    page.language_box.setCurrentIndex(page.language_box.findData("ky"))
    page.language_box.activated.emit(page.language_box.currentIndex())
    assert deps.translations.lang == "ky"
    qtbot.waitUntil(lambda: page.keys_box.title() == "Баскычтардын айкалыштары")  # LanguageChange is posted
    kyrgyz_title, kyrgyz_bar = page.keys_box.title(), window.side_bar.item(0).text()
    page.language_box.setCurrentIndex(page.language_box.findData("ru"))
    page.language_box.activated.emit(page.language_box.currentIndex())
    assert deps.translations.lang == "ru"
    qtbot.waitUntil(lambda: page.keys_box.title() == "Сочетания клавиш")
    assert len({english_title, kyrgyz_title, page.keys_box.title()}) == 3
    assert window.side_bar.item(0).text() != kyrgyz_bar
    assert page.language_box.currentData() == "ru"


def test_larger_text_is_applied_and_remembered_on_the_device(
    qapp: QApplication, qtbot: QtBot, precinct: Precinct, desk: tuple[UiDeps, list[MainWindow]]
) -> None:
    deps, windows = desk
    page = settings_of(qtbot, deps, windows, precinct, "member1")
    base = qapp.font().pointSizeF()
    page.text_size_box.setCurrentIndex(page.text_size_box.findData(150))
    page.text_size_box.activated.emit(page.text_size_box.currentIndex())
    assert qapp.font().pointSizeF() == pytest.approx(base * 1.5)
    qtbot.waitUntil(lambda: not deps.runner.busy)
    path = precinct.data_dir / "display.json"
    assert json.loads(path.read_text()) == {"text_scale": 150}
    assert path.stat().st_mode & 0o077 == 0, "written privately"

    set_text_scale(qapp, 100)  # as at the next start of the app
    windows[0].end_session()
    again = settings_of(qtbot, deps, windows, precinct, "secretary")  # per device: any user
    qtbot.waitUntil(lambda: not deps.runner.busy)
    assert qapp.font().pointSizeF() == pytest.approx(base * 1.5)
    assert again.text_size_box.currentData() == 150


def test_a_broken_settings_file_gives_the_normal_size(
    qapp: QApplication, qtbot: QtBot, precinct: Precinct, desk: tuple[UiDeps, list[MainWindow]]
) -> None:
    deps, windows = desk
    (precinct.data_dir / "display.json").write_text('{"text_scale": 400}')
    base = qapp.font().pointSizeF()
    page = settings_of(qtbot, deps, windows, precinct, "member1")
    qtbot.waitUntil(lambda: not deps.runner.busy)
    assert qapp.font().pointSizeF() == pytest.approx(base)
    assert page.text_size_box.currentData() == 100


def test_the_shortcut_list_shows_the_window_keys(
    qtbot: QtBot, precinct: Precinct, desk: tuple[UiDeps, list[MainWindow]]
) -> None:
    deps, windows = desk
    page = settings_of(qtbot, deps, windows, precinct, "chair")
    keys = {
        page.keys_table.item(row, 1).text(): page.keys_table.item(row, 0).text()
        for row in range(page.keys_table.rowCount())
    }
    assert {"F1", "Ctrl+L", "Ctrl+N", "Ctrl+1"} <= set(keys)
    first_page = next(iter(windows[0].pages.values()))
    assert keys["Ctrl+1"] == first_page.title()


def test_the_login_window_opens_at_the_devices_text_size(
    qapp: QApplication, precinct: Precinct, make_desk: DeskFactory
) -> None:
    """Issue 12 point 8: the larger text is there before anyone logs in, on the login window too."""
    set_text_scale(qapp, 100)
    base = qapp.font().pointSizeF()
    (precinct.data_dir / "display.json").write_text('{"text_scale": 150}')
    try:
        flow = make_desk()
        assert qapp.font().pointSizeF() == pytest.approx(base * 1.5)
        assert flow.login_dialog.login_edit.font().pointSizeF() == pytest.approx(base * 1.5)
    finally:
        set_text_scale(qapp, 100)
