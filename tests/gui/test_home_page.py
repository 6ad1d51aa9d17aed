"""The Home page (issue 12 point 2) as each role opens the window: it is the first page; a member
sees the claims by status, the late ones and the two charts drawn with their words; the system
administrator and the auditor see a Home without any claim data but with the calendar, the last
exchange, the open alerts, the signatures and the retention date; in Kyrgyz and Russian every word
on it is theirs; a lock empties it.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from app import catalogue
from app.models.vocabulary import ClaimStatus
from app.ui.claims.claim_texts import step_text
from app.ui.home.page import HomePage
from app.ui.main_window import MainWindow, SessionInfo
from app.ui.pages import PageId
from tests.claims.conftest import file_claim
from tests.conftest import Precinct
from tests.gui.conftest import start_window, window_deps

DAY = 86400
LATIN = re.compile(r"[A-Za-z]")


def _home(window: MainWindow) -> HomePage:
    page = window.pages[PageId.HOME]
    assert isinstance(page, HomePage)
    return page


def _words(page: HomePage) -> list[str]:
    """Every visible label's text and every word the charts drew (painted by grabbing the page)."""
    page.grab()
    labels = [label.text() for label in page.findChildren(QLabel) if label.isVisibleTo(page) and label.text()]
    return labels + page.timeline.drawn_texts + (page.claims_chart.drawn_texts if page.claims_chart.isVisible() else [])


def _switch(qtbot: QtBot, window: MainWindow, lang: str) -> None:
    """As the settings page switches: the translators change, the widgets get LanguageChange."""
    deps = window._deps
    deps.translations.set_language(lang)
    QApplication.processEvents()  # the LanguageChange events are posted
    qtbot.waitUntil(lambda: not deps.runner.busy, timeout=10_000)


def test_a_member_sees_the_claims_and_both_charts(
    qapp: QApplication, qtbot: QtBot, precinct: Precinct, qm_dir: Path
) -> None:
    """R-CLM-5, R-CAL-1: two claims, one of them due soon; the counts, the due claim by number,
    the bars' legend and the timeline's steps, in en, ky and ru; nothing in English in ky or ru."""
    member = precinct.ready_session("member1")
    due = file_claim(precinct.ctx, member)
    precinct.clock.advance(6 * DAY)
    file_claim(precinct.ctx, member, claim_type="missing")
    with window_deps(qapp, qtbot, qm_dir, precinct.ctx) as (deps, windows):
        window = start_window(qtbot, deps, windows, member, SessionInfo(600_000, "1001"))
        assert window.current_page() is PageId.HOME
        page = _home(window)
        assert page.overview is not None and page.overview.claims is not None
        assert "2 claim(s) in all" in page.counts_label.text()
        assert "received: 2" in page.counts_label.text()
        assert "1 claim(s) due soon" in page.flags_label.text()
        assert due in page.urgent_label.text()
        assert not page.exchange_box.isVisibleTo(page) and not page.alerts_label.isVisibleTo(page)
        for lang in ("en", "ky", "ru"):
            _switch(qtbot, window, lang)
            words = _words(page)
            statuses = [catalogue.name(status, lang) for status in ClaimStatus]
            assert set(statuses) <= set(page.claims_chart.drawn_texts), lang
            assert any(text.startswith(step_text("claims_close")) for text in page.timeline.drawn_texts), lang
            assert catalogue.name(ClaimStatus.RECEIVED, lang) + ": 2" in page.counts_label.text()
            if lang != "en":
                english = [w for w in words if LATIN.search(w.replace(due, ""))]
                assert english == [], (lang, english)
        _switch(qtbot, window, "en")
        window.lock_now("manual")
        assert page.overview is None and page.counts_label.text() == "" and page.urgent_label.text() == ""


def test_the_sysadmin_and_the_auditor_see_a_home_without_claims(
    qapp: QApplication, qtbot: QtBot, precinct: Precinct, qm_dir: Path
) -> None:
    """R-SEC-4: no claim data for them, but the calendar with its timeline, the last exchange, the
    open alerts, the signatures and the retention date; never an empty window."""
    file_claim(precinct.ctx, precinct.ready_session("member1"))
    with window_deps(qapp, qtbot, qm_dir, precinct.ctx) as (deps, windows):
        for login in ("sysadmin", "auditor"):
            window = start_window(qtbot, deps, windows, precinct.ready_session(login), SessionInfo(600_000, "1001"))
            assert window.current_page() is PageId.HOME, login
            page = _home(window)
            assert page.overview is not None and page.overview.claims is None, login
            assert not page.claims_box.isVisibleTo(page), login
            words = _words(page)
            assert "Voting day in 89 day(s)." in page.stage_label.text(), login
            assert "No security alerts are waiting for review." in words, login
            assert "Nothing has been imported from the central system yet." in words, login
            assert "Antivirus signatures:" in page.signatures_label.text(), login
            assert "The data is kept until 2027-11-29" in page.retention_label.text(), login
            assert any(text.startswith("voting day") for text in page.timeline.drawn_texts), login
            assert not any(catalogue.name(s, "en") in " ".join(words) for s in ClaimStatus), login
            _switch(qtbot, window, "ky")
            assert "Добуш берүү күнүнө 89 күн калды." in page.stage_label.text(), login
            _switch(qtbot, window, "en")
            window.end_session()
