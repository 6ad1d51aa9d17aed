"""The lock screen (R-SEC-5): on idle and on Ctrl+L, data dropped, only the same user reopens it;
the automatic log-out after a longer idle period."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.errors import AppError, Reason
from app.messages import explain
from app.security.audit import AuditAction
from app.ui.common.idle_lock import IdleLock
from app.ui.desk_flow import DeskFlow
from app.ui.main_window import MainWindow
from app.ui.pages import PageId
from tests.conftest import STRONG, Precinct
from tests.gui.conftest import DeskFactory, log_in, type_text, wait_idle
from tests.gui.test_login_flow import main_window, search, shown_names

IDLE_MS = 1500  # long enough to search first, short enough to wait for


def voters_window(qtbot: QtBot, flow: DeskFlow) -> MainWindow:
    """The open session's window showing the Voters page (the search panel)."""
    window = main_window(qtbot, flow)
    window.show_page(PageId.VOTERS)
    return window


def unlock(qtbot: QtBot, flow: DeskFlow, password: str) -> None:
    assert flow.main_window is not None
    overlay = flow.main_window.lock_overlay
    qtbot.keyClicks(overlay.password_edit, password)
    qtbot.mouseClick(overlay.unlock_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, flow)


def assert_locked(window: MainWindow) -> None:
    assert window.locked
    assert window.lock_overlay.isVisible()
    assert not window.search_panel.isVisible() and not window.header_label.isVisible()
    assert window.search_panel.model.rowCount() == 0, "no decrypted data stays in the views"
    assert window.search_panel.search_edit.text() == ""


def test_idle_lock_and_unlock_by_the_same_user(qtbot: QtBot, precinct: Precinct, make_desk: DeskFactory) -> None:
    """R-SEC-5: idle locks the window and clears the list; wrong passwords (also another user's)
    keep it locked; the same user's password reopens it; Ctrl+L locks again."""
    precinct.ready_session("member1")
    flow = make_desk(idle_ms=IDLE_MS)
    log_in(qtbot, flow, "member1", STRONG)
    window = voters_window(qtbot, flow)
    assert window.idle_lock.interval_ms == IDLE_MS
    search(qtbot, window.search_panel, "тестова")
    qtbot.waitUntil(lambda: "Тестова Айзада" in shown_names(window.search_panel))

    qtbot.waitUntil(lambda: window.locked, timeout=5 * IDLE_MS)
    assert_locked(window)
    wait_idle(qtbot, flow)

    unlock(qtbot, flow, "not-the-password")
    assert_locked(window)
    assert window.lock_overlay.error_label.text() == explain(AppError(Reason.WRONG_PASSWORD), "ky")
    assert window.lock_overlay.password_edit.text() == ""
    unlock(qtbot, flow, precinct.password("chair"))  # another user's password opens nothing
    assert_locked(window)

    unlock(qtbot, flow, STRONG)
    assert not window.locked and window.search_panel.isVisible() and not window.lock_overlay.isVisible()
    assert window.idle_lock.running

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert_locked(window)
    assert not window.idle_lock.running  # nothing to count while locked


def test_typing_keeps_the_window_open(qtbot: QtBot, precinct: Precinct, make_desk: DeskFactory) -> None:
    """R-SEC-5: the idle timer counts from the last key press anywhere in the app."""
    precinct.ready_session("member1")
    idle_ms = 600
    flow = make_desk(idle_ms=idle_ms)
    log_in(qtbot, flow, "member1", STRONG)
    window = voters_window(qtbot, flow)
    edit = window.search_panel.search_edit
    for char in "тестова":  # a key every idle_ms / 3, longer in all than idle_ms
        type_text(qtbot, edit, char)
        qtbot.wait(idle_ms // 3)
        assert not window.locked
    qtbot.waitUntil(lambda: window.locked, timeout=10 * idle_ms)


def test_lock_now_hook_and_log_out(qtbot: QtBot, precinct: Precinct, make_desk: DeskFactory) -> None:
    """R-SEC-5: other code (OS session lock) locks through `lock_now`; Log out returns to an empty login."""
    precinct.ready_session("member1")
    flow = make_desk()
    log_in(qtbot, flow, "member1", STRONG)
    window = voters_window(qtbot, flow)
    flow.lock_now("os-session")
    assert_locked(window)
    unlock(qtbot, flow, STRONG)
    assert not window.locked

    window.logout_action.trigger()
    wait_idle(qtbot, flow)
    assert flow.main_window is None and flow.login_dialog.isVisible()
    assert flow.login_dialog.login_edit.text() == "" and flow.login_dialog.password_edit.text() == ""


def logout_events(precinct: Precinct) -> list[dict[str, str]]:
    ctx = precinct.reopen()
    ctx.open_device()
    found = [json.loads(e.details) for e in ctx.audit.events() if e.action == AuditAction.LOGOUT]
    ctx.close()
    return found


def test_a_long_idle_period_logs_out(qtbot: QtBot, precinct: Precinct, make_desk: DeskFactory) -> None:
    """R-SEC-5, R-AUD-1 (DESIGN.md "Auto log-out after a longer idle period"): idle locks first;
    the log-out timer keeps counting behind the lock screen, and mouse or keys there do not restart
    it; then the session ends (audited with reason "idle", store closed) and the login window says why."""
    precinct.ready_session("member1")
    flow = make_desk(idle_ms=300, logout_ms=1500)
    log_in(qtbot, flow, "member1", STRONG)
    window = voters_window(qtbot, flow)
    assert window.idle_lock.logout_ms == 1500
    search(qtbot, window.search_panel, "тестова")
    qtbot.waitUntil(lambda: window.locked, timeout=5000)
    assert window.idle_lock.logout_pending
    for char in "abcdefgh":  # someone at the locked desk, for longer than the log-out interval
        qtbot.keyClicks(window.lock_overlay.password_edit, char)
        qtbot.wait(250)
        if flow.main_window is None:
            break
    qtbot.waitUntil(lambda: flow.main_window is None and flow.login_dialog.isVisible(), timeout=5000)
    wait_idle(qtbot, flow)
    dialog = flow.login_dialog
    assert dialog.error_label.isVisible() and dialog.error_label.text()
    assert dialog.login_edit.text() == "" and dialog.password_edit.text() == ""
    with pytest.raises(AppError):
        flow.deps.services.sync_status()  # the store is closed for that user
    assert logout_events(precinct) == [{"reason": "idle"}]

    log_in(qtbot, flow, "member1", STRONG)  # the next login clears the message
    assert main_window(qtbot, flow) is not window and not dialog.error_label.isVisible()


def test_unlocking_restarts_the_log_out_count(qtbot: QtBot, precinct: Precinct, make_desk: DeskFactory) -> None:
    """R-SEC-5: a manual lock keeps the log-out counting; the owner's unlock starts it afresh,
    and the default log-out is four idle-lock intervals."""
    precinct.ready_session("member1")
    flow = make_desk(idle_ms=60_000, logout_ms=60_000)
    log_in(qtbot, flow, "member1", STRONG)
    window = voters_window(qtbot, flow)
    flow.lock_now("manual")
    assert window.locked and window.idle_lock.logout_pending and not window.idle_lock.running
    qtbot.wait(500)
    before = window.idle_lock.logout_remaining_ms
    assert 0 < before < 60_000
    unlock(qtbot, flow, STRONG)
    assert not window.locked
    # Restarted at the unlock: more time left than just before it, whatever the unlock took (no
    # restart would leave less).
    assert window.idle_lock.logout_remaining_ms > before
    assert flow.main_window is window
    assert IdleLock(flow.deps.app, 5 * 60_000).logout_ms == 20 * 60_000  # the policy default: 5 and 20 min


def test_the_forced_password_change_left_alone_ends_the_session(
    qtbot: QtBot, precinct: Precinct, make_desk: DeskFactory
) -> None:
    """R-SEC-5, R-SEC-3: logged in with the one-time password the store is open behind the forced
    change; typing keeps it open, leaving it for the idle interval ends the session (audited with
    reason "idle") and the login window says why."""
    flow = make_desk(idle_ms=1500)
    log_in(qtbot, flow, "member1", precinct.password("member1"))
    dialog = flow.password_dialog
    assert dialog is not None and dialog.isVisible()
    for char in "abcdefghij":  # someone typing: 2 s in all, more than the idle interval
        qtbot.keyClicks(dialog.current_edit, char)
        qtbot.wait(200)
    assert flow.password_dialog is dialog and dialog.isVisible()
    qtbot.waitUntil(lambda: flow.password_dialog is None and flow.login_dialog.isVisible(), timeout=10_000)
    wait_idle(qtbot, flow)
    assert flow.main_window is None and flow.login_dialog.error_label.text()
    with pytest.raises(AppError):
        flow.deps.services.sync_status()  # the store is closed for that user
    assert logout_events(precinct) == [{"reason": "idle"}]
