"""The way in: login window, forced password change, main window, search (R-SEC-1, R-SEC-3, R-DATA-3)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from app.errors import AppError, Reason
from app.messages import MESSAGES, explain
from app.ui.desk_flow import DeskFlow
from app.ui.main_window import MainWindow
from app.ui.voters.search_panel import SearchPanel
from tests.conftest import STRONG, Precinct
from tests.gui.conftest import DeskFactory, log_in, type_text, wait_idle


def shown_names(panel: SearchPanel) -> list[str]:
    return [panel.model.voter_at(row).full_name for row in range(panel.model.rowCount())]


def search(qtbot: QtBot, panel: SearchPanel, text: str) -> None:
    """Select whatever is in the box and type over it."""
    panel.search_edit.setFocus()
    qtbot.keyClick(panel.search_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, panel.search_edit, text)


def change_password(qtbot: QtBot, flow: DeskFlow, current: str, new: str, repeat: str | None = None) -> None:
    dialog = flow.password_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.current_edit, current)
    qtbot.keyClicks(dialog.new_edit, new)
    qtbot.keyClicks(dialog.repeat_edit, new if repeat is None else repeat)
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, flow)


def main_window(qtbot: QtBot, flow: DeskFlow) -> MainWindow:
    qtbot.waitUntil(lambda: flow.main_window is not None and flow.main_window.isVisible(), timeout=10_000)
    assert flow.main_window is not None
    return flow.main_window


def test_run_gui_login_search(qtbot: QtBot, precinct: Precinct, make_desk: DeskFactory) -> None:
    """`make run` opens the login window: a personal login with the one-time password (R-SEC-1),
    the forced change before any work (R-SEC-3), then search by Cyrillic and by Latin, showing
    public fields only (R-DATA-3)."""
    flow = make_desk()
    assert flow.login_dialog.isVisible()
    log_in(qtbot, flow, "member1", precinct.password("member1"))

    assert flow.main_window is None, "no work before the one-time password is changed"
    assert flow.password_dialog is not None and flow.password_dialog.isVisible()
    assert not flow.login_dialog.isVisible()
    change_password(qtbot, flow, precinct.password("member1"), STRONG)

    window = main_window(qtbot, flow)
    assert flow.password_dialog is None
    header = window.header_label.text()
    assert "Жээнбекова Айпери" in header and "1001" in header
    panel = window.search_panel
    qtbot.waitUntil(lambda: "401" in panel.total_label.text())

    search(qtbot, panel, "тестова")
    qtbot.waitUntil(lambda: "Тестова Айзада" in shown_names(panel))
    assert panel.model.columnCount() == 3  # full name, precinct, status: nothing else (R-DATA-3)
    assert "1" in panel.status_label.text()

    search(qtbot, panel, "testova ai")
    qtbot.waitUntil(lambda: shown_names(panel) == ["Тестова Айзада"])


def test_the_forced_change_explains_a_policy_refusal(qtbot: QtBot, precinct: Precinct, make_desk: DeskFactory) -> None:
    """R-SEC-3 / R-SEC-2: a weak new password is refused in plain words and nothing opens."""
    flow = make_desk()
    log_in(qtbot, flow, "member2", precinct.password("member2"))
    dialog = flow.password_dialog
    assert dialog is not None
    assert "8" in dialog.policy_label.text()  # the policy is shown before typing

    change_password(qtbot, flow, precinct.password("member2"), "password", "password")
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text().startswith(MESSAGES[Reason.PASSWORD_POLICY]["ky"].split("(")[0])
    assert "•" in dialog.error_label.text()  # each problem in plain words
    assert all(not edit.text() for edit in (dialog.current_edit, dialog.new_edit, dialog.repeat_edit))
    assert flow.main_window is None

    change_password(qtbot, flow, precinct.password("member2"), STRONG, STRONG + "x")
    assert dialog.error_label.isVisible() and flow.main_window is None  # the two differ

    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, flow)
    assert flow.login_dialog.isVisible() and flow.password_dialog is None


def test_wrong_password_is_explained_and_the_field_cleared(
    qtbot: QtBot, precinct: Precinct, make_desk: DeskFactory
) -> None:
    """R-SEC-1: a wrong password is refused with the explanation; the password field is emptied."""
    flow = make_desk()
    dialog = flow.login_dialog
    assert dialog.password_edit.echoMode() == QLineEdit.EchoMode.Password
    log_in(qtbot, flow, "member1", "not-the-password")

    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == explain(AppError(Reason.WRONG_PASSWORD, login="member1"), "ky")
    assert dialog.password_edit.text() == ""
    assert dialog.login_edit.text() == "member1"
    assert flow.main_window is None and flow.password_dialog is None


def test_repeated_failures_are_throttled_with_the_wait(
    qtbot: QtBot, precinct: Precinct, make_desk: DeskFactory
) -> None:
    """R-SEC-1: after 5 wrong passwords the next attempt is refused with the seconds to wait."""
    flow = make_desk()
    for _ in range(5):
        log_in(qtbot, flow, "member1", "not-the-password")
    log_in(qtbot, flow, "member1", precinct.password("member1"))
    throttled = MESSAGES[Reason.THROTTLED]["ky"].split("{seconds}")[0]
    assert flow.login_dialog.error_label.text().startswith(throttled)
    assert flow.password_dialog is None


def test_the_window_speaks_kyrgyz_by_default_and_switches(
    qtbot: QtBot, precinct: Precinct, make_desk: DeskFactory
) -> None:
    """DESIGN.md "Text": Kyrgyz by default; the switcher reloads the translator and every text."""
    flow = make_desk()
    dialog = flow.login_dialog
    assert dialog.language_box.currentText() == "Кыргызча"
    assert dialog.login_button.text() == "Кирүү"
    log_in(qtbot, flow, "member1", "not-the-password")

    dialog.language_box.setCurrentIndex(dialog.language_box.findText("Русский"))
    qtbot.waitUntil(lambda: dialog.login_button.text() == "Войти")  # Qt posts the LanguageChange events
    assert dialog.error_label.text() == explain(AppError(Reason.WRONG_PASSWORD), "ru")

    dialog.language_box.setCurrentIndex(dialog.language_box.findText("English"))
    qtbot.waitUntil(lambda: dialog.login_button.text() == "Log in")
    assert dialog.error_label.text() == explain(AppError(Reason.WRONG_PASSWORD), "en")


def test_a_role_without_voter_access_sees_no_search(qtbot: QtBot, precinct: Precinct, make_desk: DeskFactory) -> None:
    """R-SEC-4 / R-DATA-3: the auditor may not search voters, so the window offers no search at all."""
    precinct.ready_session("auditor")
    flow = make_desk()
    log_in(qtbot, flow, "auditor", STRONG)
    window = main_window(qtbot, flow)
    wait_idle(qtbot, flow)
    assert not window.search_panel.isVisible()
    assert window.search_panel.model.rowCount() == 0
    assert "аудитор" in window.header_label.text()
