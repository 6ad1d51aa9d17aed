"""What the OS tells about the session that must lock the app (R-SEC-5: lock the screen when leaving).

DESIGN.md: "Lock on demand (Ctrl+L), on OS session lock and on suspend." The listening is Qt's
(`app/ui/common/os_session.py`); what counts as such a notification is decided here, without Qt:

Linux, D-Bus (the reasons are what the lock's audit event records):
- system bus, `org.freedesktop.login1.Session.Lock` (logind asks the session to lock: `loginctl
  lock-session`, the desktop's lock) → "os-session";
- system bus, `org.freedesktop.login1.Manager.PrepareForSleep(true)` (suspend, hibernate) → "suspend";
- session bus, `org.freedesktop.ScreenSaver.ActiveChanged(true)` and `org.gnome.ScreenSaver.
  ActiveChanged(true)` (the screen saver / lock screen came on) → "screensaver".
Any sender and any object path are accepted: a forged signal can only lock, never unlock, so a
spoof is harmless and a missed notification is not.

Windows, window messages (a native event filter; the session notification is registered with
`WTSRegisterSessionNotification` for a window of the app):
- `WM_WTSSESSION_CHANGE` with `WTS_SESSION_LOCK` → "os-session";
- `WM_POWERBROADCAST` with `PBT_APMSUSPEND` → "suspend".
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass

REASON_SESSION = "os-session"
REASON_SUSPEND = "suspend"
REASON_SCREENSAVER = "screensaver"


@dataclass(frozen=True)
class DbusSignal:
    """One D-Bus signal to listen to; `arg` the boolean argument that means "lock" (None: none)."""

    system_bus: bool
    interface: str
    name: str
    reason: str
    arg: bool | None = None


DBUS_SIGNALS = (
    DbusSignal(True, "org.freedesktop.login1.Session", "Lock", REASON_SESSION),
    DbusSignal(True, "org.freedesktop.login1.Manager", "PrepareForSleep", REASON_SUSPEND, True),
    DbusSignal(False, "org.freedesktop.ScreenSaver", "ActiveChanged", REASON_SCREENSAVER, True),
    DbusSignal(False, "org.gnome.ScreenSaver", "ActiveChanged", REASON_SCREENSAVER, True),
)

WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x4
NOTIFY_FOR_THIS_SESSION = 0


def windows_lock_reason(message: int, wparam: int) -> str | None:
    """The lock reason a Windows message carries, or None."""
    if message == WM_WTSSESSION_CHANGE and wparam == WTS_SESSION_LOCK:
        return REASON_SESSION
    if message == WM_POWERBROADCAST and wparam == PBT_APMSUSPEND:
        return REASON_SUSPEND
    return None


def register_windows_session_notification(hwnd: int) -> bool:
    """Ask Windows to send WM_WTSSESSION_CHANGE to `hwnd` (Windows only; False elsewhere)."""
    windll = getattr(ctypes, "windll", None)
    if windll is None or not hwnd:
        return False
    call = windll.wtsapi32.WTSRegisterSessionNotification
    call.argtypes = (ctypes.c_void_p, ctypes.c_uint32)
    call.restype = ctypes.c_int
    return bool(call(ctypes.c_void_p(hwnd), NOTIFY_FOR_THIS_SESSION))
