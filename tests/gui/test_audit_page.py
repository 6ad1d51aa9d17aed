"""The Audit and alerts page (issue 12 point 5) driven as its readers would: the chair reads the
log, filters it by person, verifies the chain and reviews an open alert, and the side bar's badge
drops (R-AUD-3, R-AUD-5, R-AUD-6); the auditor sees the log and the alerts but cannot review them,
draws and records the sample review of the administrators' actions (R-AUD-4) and exports the log
in the NIST SP 1500-101 format, owner-only (R-SEC-4: each role only what the table allows).

The failed-login burst that raises the alert is real: five wrong passwords for `member2`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.errors import AppError, Reason
from app.security.audit import AuditAction
from app.security.scanner.volumes import DirectoryVolumes
from app.security.session import Session
from app.services.anomalies import AnomalyService
from app.services.auth import AuthService
from app.ui.audit.events_table import LOGIN_COLUMN
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
