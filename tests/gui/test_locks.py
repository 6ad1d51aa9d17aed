"""Locks that hold (R-SEC-5, issue 12 point 7), on a clock the test moves by hand: the countdown
before the idle lock, a long scan that the lock waits for under a cover, a suspend seen only in the
wall clock, a half-filled form through a lock, Ctrl+L from a dialog, Switch user and Quit, and one
running app per data dir."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.clock import ManualClock
from app.main import build_app, run_gui, say_already_open
from app.models.records import VoterRow
from app.models.vocabulary import Field
from app.security.audit import AuditAction
from app.security.scanner.volumes import DirectoryVolumes
from app.ui.common.instance_lock import AlreadyOpen
from app.ui.desk_flow import DeskFlow
from app.ui.exchange.scan_dialog import REPORT, was_cancelled
from app.ui.main_window import MainWindow, SessionInfo
from app.ui.pages import PageId
from tests.conftest import STRONG, Precinct
from tests.gui.conftest import DeskFactory, log_in, start_window, type_text, wait_idle, window_deps
from tests.gui.test_idle_lock import unlock
from tests.gui.test_login_flow import main_window
from tests.gui.test_media_window import (
    MediaDesk,
    build_armed,
    drive_with_update,
    gate_at_staging,
    poll,
    register,
)
from tests.gui.test_sync_window import FixedChooser
from tests.gui.test_sync_window import wait_idle as wait_desk

MINUTE = 60_000
IDLE_MS = 5 * MINUTE  # the policy's default


class SleepyClock(ManualClock):
    """A hand-moved clock that can also sleep: a suspend moves the wall clock only, as Linux's
    monotonic clock stands still while the computer sleeps."""

    def advance_ms(self, ms: int) -> None:
        self.advance(ms / 1000)

    def sleep_ms(self, ms: int) -> None:
        self._now += dt.timedelta(milliseconds=ms)


def audited(precinct: Precinct, action: AuditAction) -> list[dict[str, str]]:
    ctx = precinct.reopen()
    ctx.open_device()
    found = [json.loads(e.details or "{}") for e in ctx.audit.events() if e.action == action]
    ctx.close()
    return found


def open_session(qtbot: QtBot, make_desk: DeskFactory, precinct: Precinct, clock: SleepyClock) -> DeskFlow:
    precinct.ready_session("member1")
    flow = make_desk(idle_ms=IDLE_MS, clock=clock, lang="en")
    log_in(qtbot, flow, "member1", STRONG)
    main_window(qtbot, flow)
    return flow


def test_a_countdown_then_the_lock(qtbot: QtBot, precinct: Precinct, make_desk: DeskFactory) -> None:
    """R-SEC-5: no countdown until the last 60 s; then the bar counts down; a key puts it off and
    hides it; left alone to the limit the window locks, audited as "idle"."""
    clock = SleepyClock()
    flow = open_session(qtbot, make_desk, precinct, clock)
    window = flow.main_window
    assert window is not None
    bar, idle = window.session_lock.countdown, window.idle_lock
    clock.advance_ms(IDLE_MS - 61_000)
    idle.tick()
    assert not bar.isVisible() and not window.locked
    clock.advance_ms(19_000)  # 42 s left
    idle.tick()
    assert bar.isVisible() and bar.text() == "The screen locks in 42 s: move the mouse or press a key to stay."
    clock.advance_ms(30_000)
    idle.tick()
    assert bar.text().startswith("The screen locks in 12 s")
    qtbot.keyClick(window.search_panel.search_edit, Qt.Key.Key_Shift)  # someone is there
    assert not bar.isVisible()
    clock.advance_ms(IDLE_MS - 1000)
    idle.tick()
    assert not window.locked and bar.text().startswith("The screen locks in 1 s")
    clock.advance_ms(1000)
    idle.tick()
    assert window.locked and window.lock_overlay.isVisible() and not bar.isVisible()
    assert window.search_panel.model.rowCount() == 0
    wait_idle(qtbot, flow)
    assert audited(precinct, AuditAction.LOCK) == [{"reason": "idle"}]


def test_a_suspend_seen_only_in_the_wall_clock_locks_on_resume(
    qtbot: QtBot, precinct: Precinct, make_desk: DeskFactory
) -> None:
    """R-SEC-5: the suspend signal was missed (the monotonic clock stood still): a wall-clock jump
    shorter than the idle limit does nothing, a longer one locks at once (audited as "resume"), and
    the time asleep counts towards the automatic log-out."""
    clock = SleepyClock()
    flow = open_session(qtbot, make_desk, precinct, clock)
    window = flow.main_window
    assert window is not None
    clock.sleep_ms(IDLE_MS - MINUTE)
    window.idle_lock.tick()
    assert not window.locked
    clock.sleep_ms(IDLE_MS + 1000)
    window.idle_lock.tick()
    assert window.locked and window.lock_overlay.isVisible()
    wait_idle(qtbot, flow)
    assert window.idle_lock.logout_remaining_ms == 4 * IDLE_MS - (2 * IDLE_MS - MINUTE + 1000)  # asleep: idle
    clock.sleep_ms(4 * IDLE_MS)  # asleep again, past the log-out
    window.idle_lock.tick()
    qtbot.waitUntil(lambda: flow.main_window is None and flow.login_dialog.isVisible(), timeout=10_000)
    wait_idle(qtbot, flow)
    assert audited(precinct, AuditAction.LOCK) == [{"reason": "resume"}]
    assert audited(precinct, AuditAction.LOGOUT) == [{"reason": "idle"}]


def fill_claim(qtbot: QtBot, window: MainWindow) -> None:
    window.open_claim_dialog()
    dialog = window.claim_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.type_combo.setCurrentIndex(1)
    type_text(qtbot, dialog.form.pin_edit, "21503199000123")
    type_text(qtbot, dialog.form.text_edits[Field.LAST_NAME], "Асанова")
    dialog.form.identified_check.setChecked(True)


def test_a_half_filled_claim_survives_a_lock_but_not_a_log_out(
    qtbot: QtBot, precinct: Precinct, make_desk: DeskFactory
) -> None:
    """R-SEC-5: Ctrl+L pressed inside the modal claim form locks the window; the form goes out of
    sight with its fields emptied, what was typed is kept in memory only and comes back after the
    same user unlocks; Switch user on the lock screen logs the session out, the form is discarded
    and the login window says so."""
    clock = SleepyClock()
    flow = open_session(qtbot, make_desk, precinct, clock)
    window = flow.main_window
    assert window is not None
    fill_claim(qtbot, window)
    dialog = window.claim_dialog
    assert dialog is not None
    qtbot.keyClick(dialog.form.contact_edit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked and not dialog.isVisible() and window.claim_dialog is None
    assert dialog.form.pin_edit.text() == "" and dialog.form.text_edits[Field.LAST_NAME].text() == ""
    assert window.claim_draft is not None
    wait_idle(qtbot, flow)

    unlock(qtbot, flow, STRONG)
    again = window.claim_dialog
    assert again is not None and again is not dialog and again.isVisible()
    assert again.type_combo.currentIndex() == 1 and again.form.pin_edit.text() == "21503199000123"
    assert again.form.text_edits[Field.LAST_NAME].text() == "Асанова" and again.form.identified_check.isChecked()
    assert window.claim_draft is None

    window.lock_now("manual")
    wait_idle(qtbot, flow)
    assert not flow.login_dialog.notice_label.isVisible()
    qtbot.mouseClick(window.lock_overlay.switch_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, flow)
    assert flow.main_window is None and flow.login_dialog.isVisible()
    notice = flow.login_dialog.notice_label
    assert notice.isVisible() and notice.text() == "The unfinished claim form of the last session was discarded."
    assert audited(precinct, AuditAction.LOGOUT) == [{}]

    log_in(qtbot, flow, "member1", STRONG)  # a new session starts with an empty form
    window = main_window(qtbot, flow)
    assert not notice.isVisible()
    window.open_claim_dialog()
    assert window.claim_dialog is not None and window.claim_dialog.form.pin_edit.text() == ""


def test_quit_from_the_lock_screen_and_from_the_menu(qtbot: QtBot, precinct: Precinct, make_desk: DeskFactory) -> None:
    """R-SEC-5: Quit on the lock screen logs the locked session out and ends the app; Session >
    Quit (Ctrl+Q) does the same from the open window."""
    clock = SleepyClock()
    flow = open_session(qtbot, make_desk, precinct, clock)
    window = flow.main_window
    assert window is not None
    assert (
        window.quit_action.shortcut().toString() == "Ctrl+Q"
        and window.quit_action in window.menus.session_menu.actions()
    )
    window.lock_now("manual")
    wait_idle(qtbot, flow)
    with qtbot.waitSignal(flow.finished, timeout=10_000):
        qtbot.mouseClick(window.lock_overlay.quit_button, Qt.MouseButton.LeftButton)
    assert flow.main_window is None and not flow.login_dialog.isVisible()

    flow.login_dialog.show()
    log_in(qtbot, flow, "member1", STRONG)
    window = main_window(qtbot, flow)
    with qtbot.waitSignal(flow.finished, timeout=10_000):
        window.quit_action.trigger()
    wait_idle(qtbot, flow)
    assert flow.main_window is None
    assert audited(precinct, AuditAction.LOGOUT) == [{}, {}]


# ---- a long job ---------------------------------------------------------------------------
@pytest.fixture
def media_desk(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, sample_voters: list[VoterRow], qm_dir: Path
) -> Iterator[tuple[MediaDesk, SleepyClock]]:
    from tests.exchange.conftest import close_exchange

    ex = build_armed(tmp_path, sample_voters)
    chooser, source, clock = FixedChooser(), DirectoryVolumes(), SleepyClock()
    with window_deps(qapp, qtbot, qm_dir, ex.ctx, chooser=chooser, volumes=source, clock=clock) as (deps, windows):
        yield MediaDesk(ex, deps, chooser, deps.translations, windows=windows, source=source), clock
    close_exchange(ex)


def scanning(qtbot: QtBot, desk: MediaDesk, tmp_path: Path) -> tuple[MainWindow, threading.Event]:
    """The chair's window scanning a registered drive, the worker held in the middle of the scan
    until the returned event is set."""
    drive_with_update(desk, tmp_path / "flash")
    volume = desk.source.plug(tmp_path / "flash", "SER1", "VOL-1", "PEC-1001")
    register(desk, volume)
    session = desk.exchange.desk.ready_session("chair")
    window = start_window(qtbot, desk.deps, desk.windows, session, SessionInfo(IDLE_MS, "1001"))
    window.show_page(PageId.EXCHANGE)
    media = window.media_panel
    poll(qtbot, desk, window)
    reached, release = gate_at_staging(media.scan_progress.progressed)
    media.connected_table.selectRow(0)
    qtbot.mouseClick(media.scan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(reached.is_set, timeout=10_000)
    return window, release


def test_a_long_scan_defers_the_lock_under_a_cover_and_finishes(
    qtbot: QtBot, media_desk: tuple[MediaDesk, SleepyClock], tmp_path: Path
) -> None:
    """R-SEC-5 with R-SEC-6: the idle limit passes while a drive is being scanned: the screen is
    covered at once (the work and the scan dialog out of sight, the job named, no unlock yet), the
    scan is not cancelled and finishes with its report; then the data is dropped, the lock screen
    says the scan finished, and the owner unlocks."""
    desk, clock = media_desk
    window, release = scanning(qtbot, desk, tmp_path)
    media, scan_dialog = window.media_panel, window.media_panel.scan_dialog
    assert desk.deps.runner.long_jobs == ["the scan of a drive"] and scan_dialog.isVisible()

    clock.advance_ms(IDLE_MS)
    window.idle_lock.tick()
    overlay = window.lock_overlay
    assert window.locked and window.session_lock.covered and overlay.isVisible()
    assert not scan_dialog.isVisible() and not media.isVisible()
    assert overlay.jobs_label.isVisible() and "Still running: the scan of a drive." in overlay.jobs_label.text()
    assert not overlay.password_edit.isEnabled() and not overlay.switch_button.isEnabled()
    assert media.listing is not None  # behind the cover, not yet dropped

    release.set()
    wait_desk(qtbot, desk)
    assert scan_dialog.state.kind == REPORT and scan_dialog.state.report is not None
    assert not was_cancelled(scan_dialog.state.report)
    assert not window.session_lock.covered and window.locked and not scan_dialog.isVisible()
    assert media.listing is None  # dropped now
    assert overlay.jobs_label.text() == "Finished while the screen was locked: the scan of a drive."
    assert overlay.password_edit.isEnabled()
    actions = [e.action for e in desk.exchange.ctx.audit.events()]
    assert AuditAction.MEDIA_SCANNED in actions and actions[-1] == AuditAction.LOCK

    qtbot.keyClicks(overlay.password_edit, STRONG)
    qtbot.mouseClick(overlay.unlock_button, Qt.MouseButton.LeftButton)
    wait_desk(qtbot, desk)
    assert not window.locked and media.isVisible() and media.listing is not None


# ---- one app per data dir -----------------------------------------------------------------
LOCK_HOLDER = """
from pathlib import Path
from app.ui.common.instance_lock import AlreadyOpen, InstanceLock
try:
    InstanceLock(Path(%r)).acquire()
except AlreadyOpen:
    raise SystemExit(3)
"""


def test_one_running_app_per_data_dir(
    qapp: QApplication, precinct: Precinct, make_desk: DeskFactory, qm_dir: Path, tmp_path: Path
) -> None:
    """A second app on the same data dir (in this process, in another process, or through
    `run_gui`) is refused before any login window, with the message in ky, ru and en; another data
    dir opens; the lock goes with the first app's shutdown."""
    flow = make_desk()
    with pytest.raises(AlreadyOpen):
        build_app(qapp, precinct.data_dir, i18n_dir=qm_dir)
    other = tmp_path / "other"
    other.mkdir()
    second = build_app(qapp, other, i18n_dir=qm_dir)
    second.shutdown()
    code = LOCK_HOLDER % str(precinct.data_dir)
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 3

    shown: list[str] = []
    before = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert run_gui(precinct.data_dir, show=shown.append) == 2
    assert len(shown) == 1 and [w for w in QApplication.topLevelWidgets() if w.isVisible()] == before
    texts: dict[str, str] = {}
    for lang in ("ky", "ru", "en"):
        said: list[str] = []
        say_already_open(qapp, lang, qm_dir, show=said.append)
        texts[lang] = said[0]
    assert texts["en"].startswith("PEC Desk is already open on this computer")
    assert texts["ky"] != texts["en"] and texts["ru"] != texts["en"]
    assert not any("a" <= c.lower() <= "z" for c in texts["ky"].replace("PEC Desk", ""))
    assert not any("a" <= c.lower() <= "z" for c in texts["ru"].replace("PEC Desk", ""))

    flow.shutdown()
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_the_automatic_log_out_waits_for_a_long_job(
    qtbot: QtBot, media_desk: tuple[MediaDesk, SleepyClock], tmp_path: Path
) -> None:
    """R-SEC-5 (DESIGN.md "Auto log-out after a longer idle period"): the log-out time passes during
    a scan: the session stays covered until the scan has finished, then it ends."""
    desk, clock = media_desk
    window, release = scanning(qtbot, desk, tmp_path)
    timed_out: list[bool] = []
    window.timed_out.connect(lambda: timed_out.append(True))
    clock.advance_ms(IDLE_MS)
    window.idle_lock.tick()
    clock.advance_ms(3 * IDLE_MS)
    window.idle_lock.tick()
    assert not window.idle_lock.logout_pending and not timed_out and window.session_lock.covered
    release.set()
    wait_desk(qtbot, desk)
    assert timed_out == [True] and not window.session_lock.covered
    state = window.media_panel.scan_dialog.state
    assert state.kind == REPORT and state.report is not None and not was_cancelled(state.report)
