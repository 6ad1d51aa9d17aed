"""The Accounts page and the voluntary password change, driven as a person would (issue 12 point 6):
the system administrator adds an account and sees its one-time password once, resets one, disables
one and unlocks one (R-SEC-1, R-SEC-3, R-SEC-4); a member has no Accounts page; anyone changes
their own password from the Session menu, and a policy refusal is explained (R-SEC-2, R-SEC-3).
Real services over a real SQLCipher store and keyring."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from app import catalogue
from app.errors import AppError, Reason
from app.messages import explain
from app.models.vocabulary import Role
from app.security.audit import AuditAction
from app.security.throttle import ThrottlePolicy
from app.services.auth import AuthService
from app.ui.accounts.page import AccountsPage
from app.ui.common.deps import UiDeps
from app.ui.main_window import MainWindow, SessionInfo
from app.ui.pages import PageId
from tests.conftest import STRONG, Precinct
from tests.gui.conftest import start_window, type_text, window_deps

NEW_STRONG = "Qw#7-rTyu!2K"


@pytest.fixture
def desk(
    qapp: QApplication, qtbot: QtBot, qm_dir: Path, precinct: Precinct
) -> Iterator[tuple[UiDeps, list[MainWindow]]]:
    with window_deps(qapp, qtbot, qm_dir, precinct.ctx) as made:
        yield made


def open_window(qtbot: QtBot, desk: tuple[UiDeps, list[MainWindow]], precinct: Precinct, login: str) -> MainWindow:
    deps, windows = desk
    session = precinct.ready_session(login)
    return start_window(qtbot, deps, windows, session, SessionInfo(600_000, "1001"))


def wait(qtbot: QtBot, deps: UiDeps) -> None:
    qtbot.waitUntil(lambda: not deps.runner.busy, timeout=20_000)


def accounts_page(qtbot: QtBot, window: MainWindow) -> AccountsPage:
    window.show_page(PageId.ACCOUNTS)
    page = window.pages[PageId.ACCOUNTS]
    assert isinstance(page, AccountsPage)
    qtbot.waitUntil(lambda: page.table.rowCount() > 0)
    return page


def row_of(page: AccountsPage, login: str) -> list[str]:
    for row in range(page.table.rowCount()):
        cells = [page.table.item(row, c).text() for c in range(page.table.columnCount())]
        if cells[0] == login:
            return cells
    raise AssertionError(f"{login} not listed")


def answer(qtbot: QtBot, page: AccountsPage, yes: bool) -> None:
    box = page.confirm_box
    assert box is not None and box.isVisible()
    button = box.findChild(QPushButton, "confirmYesButton" if yes else "confirmNoButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def actions(precinct: Precinct) -> list[str]:
    return [e.action for e in precinct.ctx.audit.iter_events()]


def test_sysadmin_adds_an_account_and_sees_its_password_once(
    qtbot: QtBot, desk: tuple[UiDeps, list[MainWindow]], precinct: Precinct
) -> None:
    """R-SEC-1, R-SEC-4: the new account is listed with its role; its one-time password opens it and
    must be changed (R-SEC-3); closing the dialog empties the field; a bad login is explained beside
    the field and nothing is added."""
    deps = desk[0]
    page = accounts_page(qtbot, open_window(qtbot, desk, precinct, "sysadmin"))
    assert row_of(page, "member1")[2] == catalogue.name(Role.MEMBER, "en")
    assert row_of(page, "sysadmin")[2] == catalogue.name(Role.SYSADMIN, "en")

    page.open_add_dialog()
    dialog = page.add_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.login_edit, "Bad Login")
    type_text(qtbot, dialog.name_edit, "Асанов Бакыт")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    wait(qtbot, deps)
    assert dialog.login_problem.isVisible()
    assert "Bad Login" in dialog.login_problem.text() and dialog.isVisible()

    dialog.login_edit.clear()
    qtbot.keyClicks(dialog.login_edit, "member3")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("secretary"))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    wait(qtbot, deps)
    shown = page.password_dialog
    assert shown is not None and shown.isVisible() and page.add_dialog is None
    password = shown.password_edit.text()
    assert len(password) >= 8 and "will not be shown again" in shown.note_label.text()
    assert row_of(page, "member3")[1:3] == ["Асанов Бакыт", catalogue.name(Role.SECRETARY, "en")]
    assert page.selected_login() == "member3"

    qtbot.mouseClick(shown.ok_button, Qt.MouseButton.LeftButton)
    assert shown.password_edit.text() == "" and page.password_dialog is None
    session = AuthService(precinct.ctx).login("member3", password)
    assert session.must_change


def test_sysadmin_resets_disables_and_unlocks(
    qtbot: QtBot, desk: tuple[UiDeps, list[MainWindow]], precinct: Precinct
) -> None:
    """R-SEC-3: a reset gives a new one-time password (shown once); a disabled account's password
    opens nothing; a lock-out after wrong passwords is shown and lifted (R-SEC-1)."""
    deps = desk[0]
    auth = AuthService(precinct.ctx)
    for _ in range(ThrottlePolicy().lock_after):  # each attempt after the throttle's wait
        precinct.clock.advance(86_400)
        with pytest.raises(AppError):
            auth.login("member2", "Wrong!pass-1")
    page = accounts_page(qtbot, open_window(qtbot, desk, precinct, "sysadmin"))
    assert row_of(page, "member2")[3] == "locked out after wrong passwords"

    page.select("member2")
    assert page.unlock_button.isEnabled()
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    wait(qtbot, deps)
    assert row_of(page, "member2")[3] != "locked out after wrong passwords"
    assert auth.login("member2", precinct.password("member2")).login == "member2"

    page.select("member1")
    qtbot.mouseClick(page.reset_button, Qt.MouseButton.LeftButton)
    answer(qtbot, page, yes=True)
    wait(qtbot, deps)
    shown = page.password_dialog
    assert shown is not None and shown.isVisible()
    password = shown.password_edit.text()
    shown.reject()
    assert shown.password_edit.text() == ""
    assert auth.login("member1", password).must_change

    page.select("secretary")
    qtbot.mouseClick(page.disable_button, Qt.MouseButton.LeftButton)
    answer(qtbot, page, yes=False)  # asked first: nothing happens on Cancel
    wait(qtbot, deps)
    assert row_of(page, "secretary")[3] != "disabled"
    page.select("secretary")
    qtbot.mouseClick(page.disable_button, Qt.MouseButton.LeftButton)
    answer(qtbot, page, yes=True)
    wait(qtbot, deps)
    assert row_of(page, "secretary")[3] == "disabled"
    with pytest.raises(AppError) as refused:
        auth.login("secretary", precinct.password("secretary"))
    assert refused.value.reason in (Reason.WRONG_PASSWORD, Reason.ACCOUNT_DISABLED)
    events = actions(precinct)
    for action in (AuditAction.ACCOUNT_UNLOCKED, AuditAction.PASSWORD_RESET, AuditAction.ACCOUNT_DISABLED):
        assert action.value in events
    page.select("sysadmin")
    assert not page.disable_button.isEnabled()  # not one's own account


def test_a_member_has_no_accounts_page(qtbot: QtBot, desk: tuple[UiDeps, list[MainWindow]], precinct: Precinct) -> None:
    """R-SEC-4: the page is not even built for a role without `account.admin`; the menu still
    offers the voluntary password change."""
    window = open_window(qtbot, desk, precinct, "member1")
    assert PageId.ACCOUNTS not in window.pages and PageId.BACKUP not in window.pages
    assert window.findChild(AccountsPage) is None
    assert window.menus.change_password_action in window.menus.session_menu.actions()


def test_voluntary_password_change_from_the_menu(
    qtbot: QtBot, desk: tuple[UiDeps, list[MainWindow]], precinct: Precinct
) -> None:
    """R-SEC-3: "Change my password…" asks the current password; a weak one is refused with the
    policy explained (R-SEC-2) and the fields emptied; a strong one is taken and opens the store."""
    deps = desk[0]
    window = open_window(qtbot, desk, precinct, "member1")
    window.menus.change_password_action.trigger()
    dialog = window.password_dialog
    assert dialog is not None and dialog.isVisible() and dialog.voluntary
    assert dialog.cancel_button.text() == "Cancel"

    qtbot.keyClicks(dialog.current_edit, STRONG)
    qtbot.keyClicks(dialog.new_edit, "member1abc")
    qtbot.keyClicks(dialog.repeat_edit, "member1abc")
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    wait(qtbot, deps)
    expected = explain(AppError(Reason.PASSWORD_POLICY, problems="no-upper,no-special,contains-login"), "en")
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text().startswith(expected.split("(")[0].split(":")[0])
    assert "It contains your login." in dialog.error_label.text()
    assert not any(e.text() for e in (dialog.current_edit, dialog.new_edit, dialog.repeat_edit))

    for edit, text in ((dialog.current_edit, STRONG), (dialog.new_edit, NEW_STRONG), (dialog.repeat_edit, NEW_STRONG)):
        qtbot.keyClicks(edit, text)
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    wait(qtbot, deps)
    qtbot.waitUntil(lambda: window.password_dialog is None)
    assert not window.locked
    assert AuthService(precinct.ctx).store_key("member1", NEW_STRONG)
    assert AuditAction.PASSWORD_CHANGED.value in actions(precinct)


def test_lock_closes_the_one_time_password(
    qtbot: QtBot, desk: tuple[UiDeps, list[MainWindow]], precinct: Precinct
) -> None:
    """R-SEC-5: locking the window closes a one-time password left on the screen and empties it."""
    deps = desk[0]
    window = open_window(qtbot, desk, precinct, "sysadmin")
    page = accounts_page(qtbot, window)
    page.select("member2")
    qtbot.mouseClick(page.reset_button, Qt.MouseButton.LeftButton)
    answer(qtbot, page, yes=True)
    wait(qtbot, deps)
    shown = page.password_dialog
    assert shown is not None and shown.password_edit.text()
    left: list[str] = []
    shown.finished.connect(lambda _r: left.append(shown.password_edit.text()))  # after the dialog's own
    window.lock_now("manual")
    wait(qtbot, deps)
    assert left == [""] and page.password_dialog is None
    assert page.table.rowCount() == 0
    assert page.confirm_box is None
