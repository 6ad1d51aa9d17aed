"""Locking on the OS session lock, the screen saver and suspend (R-SEC-5, R-AUD-1).

The tests run in a private D-Bus session (scripts/with-keyring.sh) and emit the signals logind and
the screen savers would send. The sandbox has no system bus, so the watcher is given the session
bus in its place for logind's signals; the matching is the same on either bus.
"""

from __future__ import annotations

import json
import threading

from PySide6.QtCore import Qt
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from pytestqt.qtbot import QtBot

from app.security.audit import AuditAction
from app.security.os_session import (
    PBT_APMSUSPEND,
    WM_POWERBROADCAST,
    WM_WTSSESSION_CHANGE,
    WTS_SESSION_LOCK,
    windows_lock_reason,
)
from app.ui.common.os_session import OsSessionWatcher
from tests.conftest import STRONG, Precinct
from tests.gui.conftest import DeskFactory, log_in, wait_idle
from tests.gui.test_idle_lock import assert_locked, unlock, voters_window

LOGIND_SESSION = ("/org/freedesktop/login1/session/_32", "org.freedesktop.login1.Session", "Lock")
LOGIND_MANAGER = ("/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep")
SCREENSAVER = ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged")
GNOME_SCREENSAVER = ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged")


def emit(signal: tuple[str, str, str], *args: object) -> None:
    message = QDBusMessage.createSignal(*signal)
    if args:
        message.setArguments(list(args))
    assert QDBusConnection.sessionBus().send(message)


def lock_reasons(precinct: Precinct) -> list[str]:
    ctx = precinct.reopen()
    ctx.open_device()
    found = [json.loads(e.details)["reason"] for e in ctx.audit.events() if e.action == AuditAction.LOCK]
    ctx.close()
    return found


def test_os_lock_screen_saver_and_suspend_lock_the_window(
    qtbot: QtBot, precinct: Precinct, make_desk: DeskFactory
) -> None:
    """R-SEC-5: logind's Lock, PrepareForSleep(true) and a screen saver coming on lock the window;
    the screen saver going off and waking up do not; each lock is audited with its reason (R-AUD-1)."""
    precinct.ready_session("member1")
    bus = QDBusConnection.sessionBus()
    assert bus.isConnected(), "the tests run inside dbus-run-session"
    watcher = OsSessionWatcher(system_bus=bus)
    flow = make_desk(os_session=watcher)
    assert len(watcher.listening) == 4
    log_in(qtbot, flow, "member1", STRONG)
    window = voters_window(qtbot, flow)

    for quiet in ((SCREENSAVER, False), (LOGIND_MANAGER, False), (GNOME_SCREENSAVER, False)):
        emit(quiet[0], quiet[1])
    qtbot.wait(300)
    assert not window.locked

    for signal, args in ((SCREENSAVER, (True,)), (LOGIND_MANAGER, (True,)), (LOGIND_SESSION, ()),
                         (GNOME_SCREENSAVER, (True,))):  # fmt: skip
        emit(signal, *args)
        qtbot.waitUntil(lambda: window.locked, timeout=5000)
        assert_locked(window)
        wait_idle(qtbot, flow)
        unlock(qtbot, flow, STRONG)
        assert not window.locked

    flow.shutdown()
    assert watcher.listening == []
    emit(SCREENSAVER, True)  # stopped: nothing listens any more
    qtbot.wait(200)
    assert lock_reasons(precinct) == ["screensaver", "suspend", "os-session", "screensaver"]


def test_without_a_system_bus_the_session_bus_is_still_heard(qtbot: QtBot) -> None:
    """R-SEC-5: a missing bus (no system bus in a container) is skipped, not fatal."""
    watcher = OsSessionWatcher(system_bus=QDBusConnection.connectToBus("unix:path=/nonexistent", "pec-none"))
    seen: list[str] = []
    watcher.lock_requested.connect(seen.append)
    watcher.start()
    assert watcher.listening == ["org.freedesktop.ScreenSaver.ActiveChanged", "org.gnome.ScreenSaver.ActiveChanged"]
    emit(SCREENSAVER, True)
    qtbot.waitUntil(lambda: seen == ["screensaver"], timeout=5000)
    watcher.stop()
    QDBusConnection.disconnectFromBus("pec-none")


def test_windows_messages_that_lock() -> None:
    """R-SEC-5: WM_WTSSESSION_CHANGE/WTS_SESSION_LOCK and WM_POWERBROADCAST/PBT_APMSUSPEND lock;
    unlock, resume and other messages do not."""
    assert windows_lock_reason(WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK) == "os-session"
    assert windows_lock_reason(WM_POWERBROADCAST, PBT_APMSUSPEND) == "suspend"
    assert windows_lock_reason(WM_WTSSESSION_CHANGE, 0x8) is None  # WTS_SESSION_UNLOCK
    assert windows_lock_reason(WM_POWERBROADCAST, 0x12) is None  # PBT_APMRESUMEAUTOMATIC
    assert windows_lock_reason(0x0100, WTS_SESSION_LOCK) is None  # WM_KEYDOWN


def test_an_os_lock_during_the_forced_password_change_ends_the_session(
    qtbot: QtBot, precinct: Precinct, make_desk: DeskFactory
) -> None:
    """R-SEC-5, R-SEC-3: logged in with the one-time password, the store is open but there is no
    window to lock yet; the OS lock ends that session (audited with its reason) and shows the login."""
    bus = QDBusConnection.sessionBus()
    flow = make_desk(os_session=OsSessionWatcher(system_bus=bus))
    log_in(qtbot, flow, "member1", precinct.password("member1"))
    assert flow.password_dialog is not None and flow.password_dialog.isVisible()
    emit(LOGIND_SESSION)
    qtbot.waitUntil(flow.login_dialog.isVisible, timeout=5000)
    wait_idle(qtbot, flow)
    assert flow.password_dialog is None and flow.main_window is None
    flow.shutdown()
    ctx = precinct.reopen()
    ctx.open_device()
    logouts = [json.loads(e.details or "{}") for e in ctx.audit.events() if e.action == AuditAction.LOGOUT]
    ctx.close()
    assert logouts[-1] == {"reason": "os-session"}


def test_an_os_lock_while_the_window_is_being_opened_opens_it_locked(
    qtbot: QtBot, precinct: Precinct, make_desk: DeskFactory
) -> None:
    """R-SEC-5: a lock that comes after the login succeeded but before the main window exists (its
    policy is read on the worker) is not lost: the window opens locked, audited with the reason."""
    precinct.ready_session("member1")
    flow = make_desk()
    held = threading.Event()
    dialog = flow.login_dialog
    qtbot.keyClicks(dialog.login_edit, "member1")
    qtbot.keyClicks(dialog.password_edit, STRONG)
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    flow.deps.runner.run(held.wait, lambda _r: None)  # the worker is busy until released
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)  # logged in, window not open yet
    assert flow.main_window is None
    flow.lock_now("os-session")
    held.set()
    wait_idle(qtbot, flow)
    window = voters_window(qtbot, flow)
    assert window.locked
    assert_locked(window)
    wait_idle(qtbot, flow)
    flow.shutdown()
    assert lock_reasons(precinct) == ["os-session"]
