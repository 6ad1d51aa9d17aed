"""Keeping the app's windows out of screenshots and screen recordings where the OS allows it
(R-SEC-8 "photographing or filming screens is forbidden"; DESIGN.md "Users, roles, sessions").

`exclude_from_capture(handle)` takes a native window handle (Qt's `winId()`) and says whether the
window is now excluded:
- Windows: `SetWindowDisplayAffinity(hwnd, WDA_EXCLUDEFROMCAPTURE)` (Windows 10 2004 and later:
  the window is left out of captures); on older systems `WDA_MONITOR` (it shows black in them).
- macOS: `[[view window] setSharingType:NSWindowSharingNone]` through the Objective-C runtime with
  ctypes (no new dependency). Written to Apple's documented API and tested with a fake runtime
  only: not yet tried on a Mac.
- Linux (X11, Wayland) and anything else: there is no such API; the answer is "unavailable".
  A camera pointed at the screen is beyond any API: the rule stays an organisational one.
The OS calls sit behind small injectable objects, so the Windows and macOS branches are tested
with fakes and the Linux branch for real. No Qt here.
"""

from __future__ import annotations

import ctypes
import enum
import sys
from dataclasses import dataclass
from typing import Protocol

WDA_NONE = 0x00
WDA_MONITOR = 0x01
WDA_EXCLUDEFROMCAPTURE = 0x11
NS_WINDOW_SHARING_NONE = 0


class CaptureState(enum.StrEnum):
    EXCLUDED = "excluded"  # captures leave the window out (or show it black)
    UNAVAILABLE = "unavailable"  # this OS offers no way
    FAILED = "failed"  # the OS has a way and refused it (reason in `Capture.detail`)


@dataclass(frozen=True)
class Capture:
    state: CaptureState
    detail: str = ""

    @property
    def active(self) -> bool:
        return self.state is CaptureState.EXCLUDED


class DisplayAffinity(Protocol):
    """Windows' user32 call; returns whether it succeeded."""

    def set_affinity(self, hwnd: int, affinity: int) -> bool: ...


class SharingType(Protocol):
    """macOS: sets the sharing type of the NSWindow of an NSView; returns whether it could."""

    def set_sharing_none(self, ns_view: int) -> bool: ...


class User32Affinity:
    """The real `SetWindowDisplayAffinity` (Windows only)."""

    def __init__(self) -> None:
        windll = getattr(ctypes, "windll", None)
        if windll is None:
            raise OSError("user32 is only on Windows")
        self._call = windll.user32.SetWindowDisplayAffinity
        self._call.argtypes = (ctypes.c_void_p, ctypes.c_uint32)
        self._call.restype = ctypes.c_int

    def set_affinity(self, hwnd: int, affinity: int) -> bool:
        return bool(self._call(ctypes.c_void_p(hwnd), affinity))


class ObjcSharingType:
    """`[[view window] setSharingType:NSWindowSharingNone]` through libobjc (macOS only)."""

    def __init__(self) -> None:
        objc = ctypes.cdll.LoadLibrary("/usr/lib/libobjc.A.dylib")
        self._sel = objc.sel_registerName
        self._sel.restype, self._sel.argtypes = ctypes.c_void_p, (ctypes.c_char_p,)
        self._get = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)(("objc_msgSend", objc))
        self._set = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_ulong)(("objc_msgSend", objc))

    def set_sharing_none(self, ns_view: int) -> bool:
        window = self._get(ns_view, self._sel(b"window"))
        if not window:
            return False
        self._set(window, self._sel(b"setSharingType:"), NS_WINDOW_SHARING_NONE)
        return True


def exclude_from_capture(
    handle: int,
    *,
    platform: str | None = None,
    affinity: DisplayAffinity | None = None,
    sharing: SharingType | None = None,
) -> Capture:
    """Exclude the native window `handle` from screen capture where the OS allows it."""
    platform = sys.platform if platform is None else platform
    if not handle:
        return Capture(CaptureState.FAILED, "no native window")
    try:
        if platform == "win32":
            return _windows(handle, affinity or User32Affinity())
        if platform == "darwin":
            ok = (sharing or ObjcSharingType()).set_sharing_none(handle)
            return (
                Capture(CaptureState.EXCLUDED, "sharing type none") if ok else Capture(CaptureState.FAILED, "no window")
            )
    except OSError as exc:
        return Capture(CaptureState.FAILED, str(exc)[:200])
    return Capture(CaptureState.UNAVAILABLE, f"{platform}: the OS has no capture exclusion")


def _windows(hwnd: int, api: DisplayAffinity) -> Capture:
    if api.set_affinity(hwnd, WDA_EXCLUDEFROMCAPTURE):
        return Capture(CaptureState.EXCLUDED, "display affinity: exclude from capture")
    if api.set_affinity(hwnd, WDA_MONITOR):  # before Windows 10 2004: shown black in captures
        return Capture(CaptureState.EXCLUDED, "display affinity: monitor")
    return Capture(CaptureState.FAILED, "SetWindowDisplayAffinity refused")
