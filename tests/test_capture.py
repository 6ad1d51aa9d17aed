"""Screen capture exclusion where the OS allows it (R-SEC-8: photographing or filming screens is
forbidden; DESIGN.md: Windows display affinity, macOS sharing type)."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field

import pytest

from app.security.capture import (
    NS_WINDOW_SHARING_NONE,
    WDA_EXCLUDEFROMCAPTURE,
    WDA_MONITOR,
    CaptureState,
    exclude_from_capture,
)


@dataclass
class FakeUser32:
    """SetWindowDisplayAffinity as a Windows version would answer it."""

    accepts: frozenset[int] = frozenset({WDA_EXCLUDEFROMCAPTURE, WDA_MONITOR})
    calls: list[tuple[int, int]] = field(default_factory=list)

    def set_affinity(self, hwnd: int, affinity: int) -> bool:
        self.calls.append((hwnd, affinity))
        return affinity in self.accepts


@dataclass
class FakeObjc:
    has_window: bool = True
    views: list[int] = field(default_factory=list)

    def set_sharing_none(self, ns_view: int) -> bool:
        self.views.append(ns_view)
        return self.has_window


def test_windows_excludes_the_window_from_capture() -> None:
    """R-SEC-8: WDA_EXCLUDEFROMCAPTURE (0x11) on the window's own handle."""
    user32 = FakeUser32()
    result = exclude_from_capture(0x1234, platform="win32", affinity=user32)
    assert result.state is CaptureState.EXCLUDED and result.active
    assert user32.calls == [(0x1234, 0x11)]


def test_older_windows_falls_back_to_a_black_window_and_a_refusal_is_reported() -> None:
    """R-SEC-8: before Windows 10 2004 only WDA_MONITOR exists (the window shows black)."""
    old = FakeUser32(accepts=frozenset({WDA_MONITOR}))
    assert exclude_from_capture(7, platform="win32", affinity=old).active
    assert old.calls == [(7, WDA_EXCLUDEFROMCAPTURE), (7, WDA_MONITOR)]
    refusing = FakeUser32(accepts=frozenset())
    result = exclude_from_capture(7, platform="win32", affinity=refusing)
    assert result.state is CaptureState.FAILED and not result.active and "refused" in result.detail
    assert exclude_from_capture(0, platform="win32", affinity=FakeUser32()).state is CaptureState.FAILED


def test_macos_sets_the_sharing_type_of_the_views_window() -> None:
    """R-SEC-8: NSWindowSharingNone on the NSWindow of the NSView Qt gives as winId()."""
    objc = FakeObjc()
    assert exclude_from_capture(0xBEEF, platform="darwin", sharing=objc).active
    assert objc.views == [0xBEEF] and NS_WINDOW_SHARING_NONE == 0
    assert exclude_from_capture(1, platform="darwin", sharing=FakeObjc(has_window=False)).state is CaptureState.FAILED


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux answer, for real")
def test_linux_has_no_capture_exclusion_and_says_so() -> None:
    """R-SEC-8: X11 and Wayland offer no way to exclude a window; nothing is pretended."""
    result = exclude_from_capture(0x3A00007)
    assert result.state is CaptureState.UNAVAILABLE and not result.active and "linux" in result.detail


def test_the_real_windows_call_is_refused_off_windows() -> None:
    """Without user32 the Windows branch fails cleanly instead of raising."""
    if sys.platform == "win32":
        pytest.skip("this is Windows")
    result = exclude_from_capture(5, platform="win32")
    assert result.state is CaptureState.FAILED and "Windows" in result.detail
