"""Copying voter data (R-SEC-8, R-AUD-1): audited by count, cleared after a while, on lock and log-out."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.security.anomaly import AnomalyRules
from app.security.audit import AuditAction, AuditEvent
from app.ui.common.clipboard_guard import CLIPBOARD_CLEAR_MS, ClipboardGuard
from app.ui.common.deps import UiDeps
from app.ui.main_window import MainWindow, SessionInfo
from app.ui.pages import PageId
from tests.conftest import PLANTED, Precinct
from tests.gui.conftest import start_window, type_text, window_deps

CLEAR_MS = 400


@dataclass
class CopyDesk:
    precinct: Precinct
    deps: UiDeps
    windows: list[MainWindow] = field(default_factory=list)


@pytest.fixture
def desk(qapp: QApplication, qtbot: QtBot, precinct: Precinct, qm_dir: Path) -> Iterator[CopyDesk]:
    QGuiApplication.clipboard().clear()
    with window_deps(qapp, qtbot, qm_dir, precinct.ctx) as (deps, windows):
        yield CopyDesk(precinct, deps, windows)
    QGuiApplication.clipboard().clear()


def wait_idle(qtbot: QtBot, desk: CopyDesk) -> None:
    qtbot.waitUntil(lambda: not desk.deps.runner.busy, timeout=10_000)


def open_window(qtbot: QtBot, desk: CopyDesk, clear_ms: int = CLEAR_MS) -> MainWindow:
    session = desk.precinct.ready_session("member1")
    window = start_window(qtbot, desk.deps, desk.windows, session, SessionInfo(600_000, "1001", clipboard_ms=clear_ms))
    window.show_page(PageId.VOTERS)
    return window


def found(qtbot: QtBot, desk: CopyDesk, window: MainWindow, text: str) -> None:
    panel = window.search_panel
    type_text(qtbot, panel.search_edit, text)
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=5000)
    wait_idle(qtbot, desk)


def press_copy(qtbot: QtBot, desk: CopyDesk, window: MainWindow) -> None:
    """Ctrl+C in the result table, as a person would."""
    table = window.search_panel.table
    window.activateWindow()
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, desk)


def clipboard_text() -> str:
    return QGuiApplication.clipboard().text(QClipboard.Mode.Clipboard)


def copies(desk: CopyDesk) -> list[AuditEvent]:
    return [e for e in desk.precinct.ctx.audit.events() if e.action == AuditAction.COPY]


def test_ctrl_c_copies_the_selected_rows_audited_by_count_and_clears_them(qtbot: QtBot, desk: CopyDesk) -> None:
    """R-SEC-8, R-AUD-1: Ctrl+C in the voter table copies the selected rows; the copy is an audit
    event with the number of records and no name; after the clearing time the clipboard is empty."""
    window = open_window(qtbot, desk)
    found(qtbot, desk, window, PLANTED.full_name)
    window.search_panel.table.selectRow(0)
    press_copy(qtbot, desk, window)

    assert clipboard_text().startswith(f"{PLANTED.full_name}\t1001\t")
    formats = QGuiApplication.clipboard().mimeData().formats()
    assert "x-kde-passwordManagerHint" in formats  # clipboard history keepers are asked to keep none
    [event] = copies(desk)
    assert json.loads(event.details) == {"records": 1, "what": "search-results"}
    assert PLANTED.last_name not in event.details + event.object and event.login == "member1"
    assert "1 row copied" in window.search_panel.status_label.text()
    assert window.clipboard.holding

    qtbot.waitUntil(lambda: clipboard_text() == "", timeout=10 * CLEAR_MS)
    assert not window.clipboard.holding


def test_nothing_selected_nothing_copied(qtbot: QtBot, desk: CopyDesk) -> None:
    """R-SEC-8: Qt's own unaudited copy of the current cell never runs."""
    window = open_window(qtbot, desk)
    found(qtbot, desk, window, PLANTED.full_name)
    window.search_panel.table.clearSelection()
    window.search_panel.table.setCurrentIndex(window.search_panel.model.index(0, 0))
    window.search_panel.table.clearSelection()
    press_copy(qtbot, desk, window)
    assert clipboard_text() == "" and copies(desk) == []


def test_several_rows_count_as_several_records_for_the_anomaly_rules(qtbot: QtBot, desk: CopyDesk) -> None:
    """R-SEC-8, R-AUD-3: a copy of many rows is one event naming how many; the bulk-access rule
    counts every record of it (the context menu's Copy does the same as Ctrl+C)."""
    window = open_window(qtbot, desk, clear_ms=60_000)
    found(qtbot, desk, window, "а")
    panel = window.search_panel
    panel.table.selectAll()
    rows = panel.model.rowCount()
    assert rows == 50
    panel.copy_action.trigger()
    wait_idle(qtbot, desk)
    assert len(clipboard_text().splitlines()) == rows
    [event] = copies(desk)
    assert json.loads(event.details)["records"] == rows
    alerts = AnomalyRules().run(desk.precinct.ctx.audit.events())
    assert [(a.rule, a.subject) for a in alerts if a.rule == "bulk-access"] == [("bulk-access", "member1")]


def test_lock_clears_the_clipboard_but_not_what_someone_else_copied(qtbot: QtBot, desk: CopyDesk) -> None:
    """R-SEC-8, R-SEC-5: locking takes our copy off the clipboard at once; text copied later from
    elsewhere is not ours and is left alone when the time is up."""
    window = open_window(qtbot, desk, clear_ms=60_000)
    found(qtbot, desk, window, PLANTED.full_name)
    window.search_panel.table.selectRow(0)
    press_copy(qtbot, desk, window)
    assert PLANTED.full_name in clipboard_text()
    window.lock_now("manual")
    assert clipboard_text() == "" and not window.clipboard.holding
    wait_idle(qtbot, desk)

    guard = ClipboardGuard(QGuiApplication.clipboard(), 50)
    guard.put("ours")
    QGuiApplication.clipboard().setText("someone else's")
    qtbot.waitUntil(lambda: not guard.holding, timeout=2000)
    assert clipboard_text() == "someone else's"
    assert ClipboardGuard(QGuiApplication.clipboard()).clear_ms == CLIPBOARD_CLEAR_MS == 30_000


def test_a_copy_audited_while_the_window_locks_never_reaches_the_clipboard(qtbot: QtBot, desk: CopyDesk) -> None:
    """R-SEC-8, R-SEC-5: the copy waits for its audit; a lock in between drops it."""
    window = open_window(qtbot, desk, clear_ms=60_000)
    found(qtbot, desk, window, PLANTED.full_name)
    window.search_panel.table.selectRow(0)
    window.search_panel.copy_action.trigger()  # the audit is on its way to the worker
    window.lock_now("manual")
    wait_idle(qtbot, desk)
    assert clipboard_text() == "" and not window.clipboard.holding


def test_log_out_clears_the_clipboard(qtbot: QtBot, desk: CopyDesk) -> None:
    """R-SEC-8: the end of the session takes our copy off the clipboard."""
    window = open_window(qtbot, desk, clear_ms=60_000)
    found(qtbot, desk, window, PLANTED.full_name)
    window.search_panel.table.selectRow(0)
    press_copy(qtbot, desk, window)
    assert PLANTED.full_name in clipboard_text()
    window.logout_action.trigger()
    assert clipboard_text() == ""
