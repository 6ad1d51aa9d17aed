"""The Audit and alerts page (issue 12 point 5) driven as its readers would: the chair reads the
log, filters it by person, verifies the chain and reviews an open alert, and the side bar's badge
drops (R-AUD-3, R-AUD-5, R-AUD-6); the auditor sees the log and the alerts but cannot review them,
draws and records the sample review of the administrators' actions (R-AUD-4) and exports the log
in the NIST SP 1500-101 format, owner-only (R-SEC-4: each role only what the table allows).

The failed-login burst that raises the alert is real: five wrong passwords for `member2`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableWidget
from pytestqt.qtbot import QtBot

from app.errors import AppError, Reason
from app.security.audit import AuditAction
from app.security.scanner.volumes import DirectoryVolumes
from app.security.session import Session
from app.services.anomalies import AnomalyService
from app.services.auth import AuthService
from app.ui.audit.alerts_panel import DETAIL_COLUMN, RULE_COLUMN, SUBJECT_COLUMN
from app.ui.audit.events_table import ACTION_COLUMN, LOGIN_COLUMN
from app.ui.audit.page import AuditPage
from app.ui.common.deps import UiDeps
from app.ui.main_window import MainWindow, SessionInfo
from app.ui.pages import PageId
from tests.conftest import Precinct
from tests.gui.conftest import start_window, window_deps
from tests.gui.test_sync_window import FixedChooser
from tests.test_audit_export import recompute, validate


@pytest.fixture
def logged(precinct: Precinct) -> Precinct:
    """A failed-login burst for member2 (an alert) and some administrator's actions (a sample)."""
    auth = AuthService(precinct.ctx)
    for _ in range(5):
        with pytest.raises(AppError):
            auth.login("member2", "Wrong!pass-1")
    admin = precinct.ready_session("sysadmin")
    AnomalyService(precinct.ctx).refresh()  # the rules run (as before a batch): the alert is stored
    auth.logout(admin)
    return precinct


@pytest.fixture
def desk(
    qapp: QApplication, qtbot: QtBot, qm_dir: Path, logged: Precinct, tmp_path: Path
) -> Iterator[tuple[UiDeps, list[MainWindow], FixedChooser]]:
    chooser = FixedChooser(folder=tmp_path)
    with window_deps(qapp, qtbot, qm_dir, logged.ctx, chooser=chooser, volumes=DirectoryVolumes()) as (deps, wins):
        yield deps, wins, chooser


def open_page(qtbot: QtBot, deps: UiDeps, windows: list[MainWindow], session: Session) -> tuple[MainWindow, AuditPage]:
    window = start_window(qtbot, deps, windows, session, SessionInfo(600_000, "1001"))
    window.show_page(PageId.AUDIT)
    page = window.pages[PageId.AUDIT]
    assert isinstance(page, AuditPage) and window.page_stack.currentWidget() is page
    return window, page


def click(qtbot: QtBot, deps: UiDeps, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: not deps.runner.busy, timeout=10_000)


def test_chair_reads_filters_verifies_and_reviews_an_alert(
    qtbot: QtBot, desk: tuple[UiDeps, list[MainWindow], FixedChooser], logged: Precinct
) -> None:
    deps, windows, _chooser = desk
    window, page = open_page(qtbot, deps, windows, logged.ready_session("chair"))
    log = page.log_panel
    assert log.table.rowCount() > 10
    assert window.side_bar.badge(PageId.AUDIT) == 1 and "(1)" in window.side_bar.item(
        list(window.pages).index(PageId.AUDIT)).text()  # fmt: skip

    log.choose_login("member2")
    click(qtbot, deps, log.apply_button)
    logins = {log.table.item(row, LOGIN_COLUMN).text() for row in range(log.table.rowCount())}
    assert logins == {"member2"}

    click(qtbot, deps, page.verify_button)
    assert "intact" in page.verify_label.text()

    alerts = page.alerts_panel
    page.tabs.setCurrentWidget(alerts)
    assert alerts.table.rowCount() == 1 and alerts.review_button.isVisible()
    alerts.table.selectRow(0)
    qtbot.waitUntil(lambda: not deps.runner.busy, timeout=10_000)
    assert alerts.events.rowCount() == 5  # the alert's own events, the five failures
    assert not alerts.review_button.isEnabled()  # a review needs its note
    qtbot.keyClicks(alerts.note_edit, "member2 forgot the new password; reset by the administrator")
    click(qtbot, deps, alerts.review_button)
    assert window.side_bar.badge(PageId.AUDIT) == 0
    assert alerts.open_count() == 0 and "chair" in alerts.table.item(0, 5).text()
    actions = [e.action for e in logged.ctx.audit.events(after=0)]
    assert AuditAction.ALERT_REVIEWED.value in actions and AuditAction.AUDIT_VERIFIED.value in actions


def test_auditor_sees_the_alerts_but_cannot_review_samples_and_exports(
    qtbot: QtBot, desk: tuple[UiDeps, list[MainWindow], FixedChooser], logged: Precinct, tmp_path: Path
) -> None:
    deps, windows, chooser = desk
    session = logged.ready_session("auditor")
    window, page = open_page(qtbot, deps, windows, session)
    alerts = page.alerts_panel
    page.tabs.setCurrentWidget(alerts)
    assert alerts.table.rowCount() == 1 and alerts.table.isVisible() and not alerts.review_button.isVisible()
    assert window.side_bar.badge(PageId.AUDIT) == 1
    refused: list[AppError] = []
    anomalies = deps.services.anomalies()
    deps.runner.run(lambda: anomalies.review(session, 1, "not mine to do"), lambda _r: None, refused.append)
    qtbot.waitUntil(lambda: not deps.runner.busy, timeout=10_000)
    assert [e.reason for e in refused] == [Reason.NOT_PERMITTED]

    sample = page.sample_panel
    assert sample is not None
    page.tabs.setCurrentWidget(sample)
    click(qtbot, deps, sample.draw_button)
    assert sample.table.rowCount() > 0
    qtbot.keyClicks(sample.note_edit, "accounts as ordered by the TEC")
    click(qtbot, deps, sample.record_button)
    assert "recorded" in sample.message_label.text()

    click(qtbot, deps, page.export_button)
    [written] = list(tmp_path.glob("audit-log-*.json"))
    assert written.stat().st_mode & 0o777 == 0o600
    doc = json.loads(written.read_text("utf-8"))
    assert validate(doc) == [] and all(recompute(e) == e["Hash"] for e in doc["Device"][0]["Event"])
    assert str(written) in page.export_label.text()
    assert chooser.asked  # the folder came from the chooser


def test_sysadmin_reads_the_log_without_the_sample_or_the_review(
    qtbot: QtBot, desk: tuple[UiDeps, list[MainWindow], FixedChooser], logged: Precinct
) -> None:
    """R-AUD-4: administrators never review their own actions; R-SEC-4: no review of alerts."""
    deps, windows, _chooser = desk
    _window, page = open_page(qtbot, deps, windows, logged.ready_session("sysadmin"))
    assert page.sample_panel is None and page.tabs.count() == 2
    page.tabs.setCurrentWidget(page.alerts_panel)
    assert page.log_panel.table.rowCount() > 0 and not page.alerts_panel.review_button.isVisible()


LATIN = re.compile(r"[A-Za-z]")


def latin_cells(table: QTableWidget, exempt: set[str], login_columns: set[int]) -> list[str]:
    """Cells with a Latin letter: logins (the people's own ids) and the NIST name aside."""
    found = []
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            item = table.item(row, column)
            text = item.text() if item else ""
            if column in login_columns or text in exempt:
                continue
            if LATIN.search(text.replace("NIST SP", "")):
                found.append(f"{row},{column}: {text}")
    return found


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_the_log_and_the_alerts_read_in_kyrgyz_and_russian(
    qtbot: QtBot, desk: tuple[UiDeps, list[MainWindow], FixedChooser], logged: Precinct, lang: str
) -> None:
    """Issue 12: no English inside a ky or ru screen. The event, its object where that is a code
    (an alert's rule, a refused permission), the outcome and the alert's rule and detail are words;
    the stored code is in the tooltip for an auditor (R-AUD-1, R-AUD-3). The switch is live."""
    deps, windows, _chooser = desk
    window, page = open_page(qtbot, deps, windows, logged.ready_session("chair"))
    logins = set(logged.accounts)
    log, alerts = page.log_panel, page.alerts_panel
    deps.translations.set_language(lang)
    qtbot.waitUntil(lambda: page.tabs.tabText(0) != "Log", timeout=5_000)  # LanguageChange arrived
    assert log.table.rowCount() > 10
    assert latin_cells(log.table, logins, {LOGIN_COLUMN}) == []
    assert not LATIN.search(log.message_label.text() + log.login_combo.itemText(0))
    window.resize(1280, 800)
    window.grab().save(f"/tmp/words-audit-{lang}-log.png")
    codes = {log.table.item(r, ACTION_COLUMN).toolTip() for r in range(log.table.rowCount())}
    assert {AuditAction.LOGIN_FAILED.value, AuditAction.ALERT_RAISED.value} <= codes
    words = [log.action_combo.itemText(i) for i in range(log.action_combo.count())]
    assert len(words) == len(AuditAction) + 1 and not any(LATIN.search(w) for w in words)
    log.choose_action(AuditAction.LOGIN_FAILED.value)
    click(qtbot, deps, log.apply_button)
    assert {log.table.item(r, ACTION_COLUMN).toolTip() for r in range(log.table.rowCount())} == {"session.login-failed"}

    page.tabs.setCurrentWidget(alerts)
    assert alerts.table.rowCount() == 1
    assert latin_cells(alerts.table, logins, {SUBJECT_COLUMN}) == []
    detail = alerts.table.item(0, DETAIL_COLUMN)
    assert detail.toolTip() == "5 failed logins within 0:10:00" and "5" in detail.text() and "10" in detail.text()
    assert alerts.table.item(0, RULE_COLUMN).toolTip() == "failed-login-burst"
    alerts.table.selectRow(0)
    qtbot.waitUntil(lambda: alerts.events.rowCount() == 5, timeout=10_000)
    assert latin_cells(alerts.events, logins, {LOGIN_COLUMN}) == []
    window.grab().save(f"/tmp/words-audit-{lang}-alerts.png")

    deps.translations.set_language("en")  # and back: the same cells, worded again
    qtbot.waitUntil(lambda: page.tabs.tabText(0) == "Log", timeout=5_000)
    assert "events shown" in log.message_label.text()
    assert alerts.table.item(0, RULE_COLUMN).text() == "Many failed logins"
    assert alerts.events.item(0, ACTION_COLUMN).text() == "Failed login"
