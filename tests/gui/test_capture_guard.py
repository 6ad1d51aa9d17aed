"""Every window of the app is kept out of screen captures where the OS allows it (R-SEC-8)."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field

import pytest
from pytestqt.qtbot import QtBot

from app.security.capture import Capture, CaptureState
from tests.conftest import STRONG, Precinct
from tests.gui.conftest import DeskFactory, log_in, wait_idle
from tests.gui.test_login_flow import main_window


@dataclass
class FakeExcluder:
    """Stands for the OS call: records the native handles it was given."""

    state: CaptureState = CaptureState.EXCLUDED
    handles: list[int] = field(default_factory=list)

    def __call__(self, handle: int) -> Capture:
        self.handles.append(handle)
        return Capture(self.state, "fake")


def test_the_login_the_main_window_and_a_dialog_are_excluded_once_each(
    qtbot: QtBot, precinct: Precinct, make_desk: DeskFactory
) -> None:
    """R-SEC-8: each top-level window is handed to the OS call by its own native handle when first
    shown, once; the status bar says capture is blocked."""
    precinct.ready_session("member1")
    excluder = FakeExcluder()
    flow = make_desk(exclude=excluder, lang="en")
    assert excluder.handles == [int(flow.login_dialog.winId())]
    log_in(qtbot, flow, "member1", STRONG)
    window = main_window(qtbot, flow)
    assert int(window.winId()) in excluder.handles
    assert window.capture_label is not None and window.capture_label.text() == "Screen capture blocked"
    assert "forbidden" in window.capture_label.toolTip()

    window.new_claim_action.trigger()
    dialog = window.claim_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert int(dialog.winId()) in excluder.handles
    before = len(excluder.handles)
    dialog.hide()
    dialog.show()
    assert len(excluder.handles) == before  # once per window
    dialog.reject()
    wait_idle(qtbot, flow)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux answer, for real")
def test_on_linux_the_status_bar_says_capture_cannot_be_blocked(
    qtbot: QtBot, precinct: Precinct, make_desk: DeskFactory
) -> None:
    """R-SEC-8: no API on X11/Wayland: the window says so rather than pretend."""
    precinct.ready_session("member1")
    flow = make_desk(lang="en")
    log_in(qtbot, flow, "member1", STRONG)
    window = main_window(qtbot, flow)
    assert flow.deps.capture is not None and not flow.deps.capture.active
    assert window.capture_label is not None
    assert window.capture_label.text() == "Screen capture cannot be blocked on this system"
