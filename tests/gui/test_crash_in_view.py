"""A bug inside a view that holds a voter (issue 13 point 5; R-DATA-3, R-DATA-2): the window's
failure hook shows the code, and writes the types and frames to the crash log; the marker voter
(shown in the view, quoted in the exception, held in its locals) is in no file afterwards.

Also the development build's word in the status bar, which a production build leaves out
(issue 13 point 4)."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app import build_info
from app.main import install_failure_hook
from app.security.crash_log import crash_log_path
from app.ui.voters.confidential_box import ConfidentialBox
from tests.conftest import PLANTED
from tests.gui.test_voters_page import VotersDesk, desk, open_window, press_show, search_and_open
from tests.test_crash_log import MARKERS, files_with_markers

__all__ = ["desk"]  # the Voters page's fixture: its precinct and the window's dependencies


def test_a_bug_in_a_view_holding_a_voter_leaves_frames_and_no_marker(
    qtbot: QtBot, desk: VotersDesk, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    shown_values = ConfidentialBox._show_values

    def show_then_fail(self: ConfidentialBox) -> None:
        shown_values(self)
        held = self._shown  # the marker voter's confidential fields, as the view holds them
        if held is not None:
            raise ValueError(f"cannot lay out {held.pin} {held.address}")

    monkeypatch.setattr(ConfidentialBox, "_show_values", show_then_fail)
    said: list[str] = []
    data = desk.precinct.data_dir
    uninstall = install_failure_hook(lambda: "ky", show=said.append, data_dir=data)
    try:
        page = search_and_open(qtbot, desk, open_window(qtbot, desk), PLANTED.full_name)
        press_show(qtbot, desk, page)
        qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    finally:
        uninstall()
    assert said[0].startswith("[internal-error] ") and "ValueError" in said[0]
    text = crash_log_path(data).read_text(encoding="utf-8")
    assert "ValueError" in text and " in window" in text.splitlines()[0]
    assert "in show_then_fail" in text and "app/ui/voters/confidential_box.py:" in text
    err = capfd.readouterr().err
    assert files_with_markers(data, Path(desk.precinct.data_dir).parent) == []
    assert not any(marker in err + said[0] for marker in MARKERS)


def test_a_bug_in_a_job_for_the_view_leaves_frames_and_no_marker(
    qtbot: QtBot, desk: VotersDesk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same bug on the worker thread (a service call for the view fails): the view shows
    `internal-error` and the open window's crash log gets the frames, still without the voter."""
    from app.security.crash_log import set_crash_dir
    from app.services.voters import VoterService

    real = VoterService.confidential

    def fail_after_reading(self: VoterService, session: object, voter_id: int) -> object:
        fields = real(self, session, voter_id)  # type: ignore[arg-type]
        raise LookupError(f"{fields.pin} {fields.address}")

    monkeypatch.setattr(VoterService, "confidential", fail_after_reading)
    data = desk.precinct.data_dir
    set_crash_dir(data)
    try:
        page = search_and_open(qtbot, desk, open_window(qtbot, desk), PLANTED.full_name)
        press_show(qtbot, desk, page)
        box = page.record_view.confidential
        assert box is not None
        qtbot.waitUntil(box.error_label.isVisible, timeout=10_000)
    finally:
        set_crash_dir(None)
    assert "LookupError" in box.error_label.text() and not any(m in box.error_label.text() for m in MARKERS)
    text = crash_log_path(data).read_text(encoding="utf-8")
    assert " in task" in text.splitlines()[0] and "in fail_after_reading" in text
    assert files_with_markers(data) == []


def test_the_development_build_says_so_in_the_status_bar(
    qtbot: QtBot, desk: VotersDesk, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, desk)
    assert window.build_label is not None and window.build_label.isVisible()
    assert window.build_label.text() == "Development build"
    flag = types.ModuleType(build_info.FLAG_MODULE)
    flag.KIND = "production"  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, build_info.FLAG_MODULE, flag)
    assert open_window(qtbot, desk).build_label is None
