"""Listens to the OS for a session lock, a screen saver or a suspend, and asks for the app's lock
(R-SEC-5; DESIGN.md "Lock ... on OS session lock and on suspend").

Which notifications count and what reason each is recorded under is in `app.security.os_session`.
Linux: Qt's D-Bus (`PySide6.QtDBus`, part of PySide6-Essentials) on the system bus (logind) and the
session bus (screen savers); a bus that is not there (no system bus in a container, no session bus
over ssh) is skipped and `listening` says what is heard. Windows: a native event filter reads the
window messages, with the session notification registered for a hidden window of the app.
`lock_requested(reason)` goes to `DeskFlow.lock_now`. The buses are injectable: the tests emit the
signals themselves on their private session bus.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import SLOT, QAbstractNativeEventFilter, QByteArray, QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from app.security.os_session import (
    DBUS_SIGNALS,
    REASON_SCREENSAVER,
    REASON_SESSION,
    REASON_SUSPEND,
    DbusSignal,
    register_windows_session_notification,
    windows_lock_reason,
)

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

_SLOTS = {REASON_SESSION: "on_session_lock()", REASON_SUSPEND: "on_sleep(bool)", REASON_SCREENSAVER: "on_saver(bool)"}


class OsSessionWatcher(QObject):
    """Emits `lock_requested(reason)` when the OS locks the session, starts the screen saver or
    suspends."""

    lock_requested = Signal(str)

    def __init__(
        self,
        *,
        session_bus: QDBusConnection | None = None,
        system_bus: QDBusConnection | None = None,
        platform: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._given = {False: session_bus, True: system_bus}
        self._platform = sys.platform if platform is None else platform
        self._connected: list[tuple[QDBusConnection, DbusSignal]] = []
        self._native: _WindowsFilter | None = None
        self._hidden: QWidget | None = None
        self.listening: list[str] = []

    def start(self) -> None:
        """Listen from now on (where the OS lets us)."""
        if self._connected or self._native is not None:
            return
        if self._platform == "win32":
            self._start_windows()
        else:
            self._start_dbus()
        logging.getLogger(__name__).info("listening for OS session locks: %s", ", ".join(self.listening) or "none")

    def stop(self) -> None:
        for bus, signal in self._connected:
            bus.disconnect("", "", signal.interface, signal.name, self, _slot(signal))
        self._connected.clear()
        app = QCoreApplication.instance()
        if self._native is not None and app is not None:
            app.removeNativeEventFilter(self._native)
        self._native = None
        if self._hidden is not None:
            self._hidden.deleteLater()
            self._hidden = None
        self.listening = []

    # ---- D-Bus (Linux and other freedesktop systems) -------------------------------------
    def _start_dbus(self) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection  # noqa: PLC0415 (only where D-Bus is used)
        except ImportError:
            return
        defaults = {False: QDBusConnection.sessionBus, True: QDBusConnection.systemBus}
        for signal in DBUS_SIGNALS:
            bus = self._given[signal.system_bus] or defaults[signal.system_bus]()
            if bus.isConnected() and bus.connect("", "", signal.interface, signal.name, self, _slot(signal)):
                self._connected.append((bus, signal))
                self.listening.append(f"{signal.interface}.{signal.name}")

    @Slot()
    def on_session_lock(self) -> None:
        self.lock_requested.emit(REASON_SESSION)

    @Slot(bool)
    def on_sleep(self, going: bool) -> None:
        if going:
            self.lock_requested.emit(REASON_SUSPEND)

    @Slot(bool)
    def on_saver(self, active: bool) -> None:
        if active:
            self.lock_requested.emit(REASON_SCREENSAVER)

    # ---- Windows ---------------------------------------------------------------------------
    def _start_windows(self) -> None:
        app = QCoreApplication.instance()
        if app is None:
            return
        self._hidden = QWidget()  # a native window of our own for the session notification
        if register_windows_session_notification(int(self._hidden.winId())):
            self.listening.append("WM_WTSSESSION_CHANGE")
        self._native = _WindowsFilter(self.lock_requested.emit)
        app.installNativeEventFilter(self._native)
        self.listening.append("WM_POWERBROADCAST")


def _slot(signal: DbusSignal) -> Any:
    """Qt's slot signature ("1name(args)"); PySide6 takes a str here, its stubs say bytes."""
    return SLOT(_SLOTS[signal.reason])


class _WindowsFilter(QAbstractNativeEventFilter):
    """Reads WM_WTSSESSION_CHANGE and WM_POWERBROADCAST from the app's window messages."""

    def __init__(self, on_lock: Callable[[str], None]) -> None:
        super().__init__()
        self._on_lock = on_lock

    def nativeEventFilter(self, eventType: QByteArray | bytes | bytearray | memoryview, message: int) -> object:
        kind = bytes(eventType.data() if isinstance(eventType, QByteArray) else eventType)
        if kind == b"windows_generic_MSG" and message:
            from ctypes import wintypes  # noqa: PLC0415 (Windows only)

            msg = wintypes.MSG.from_address(int(message))
            reason = windows_lock_reason(int(msg.message), int(msg.wParam or 0))
            if reason is not None:
                self._on_lock(reason)
        return False, 0
