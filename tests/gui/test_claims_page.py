"""The Claims page (issue 12 point 4; R-CLM-4, R-CLM-5, R-AUD-1): the filters narrow the list, the
chosen claim's detail shows its history as the claim moves on (filed, blocked, sent in a batch,
decided, released, informed), what was filed only after an audited "Show", and the number and
status columns are never cut at the default window size in ky and ru.

Three claims on a precinct with its package, moved on through the real exchange: A (a correction
of the planted voter) and B (a voter missing from the list) go to the TEC in batch 1 and A is
decided; eight days later B is overdue, and C (an institution's form) is filed, still received.
Set CLAIMS_PNG_DIR to a folder to keep the page's pictures in ky and ru.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QStyle
from pytestqt.qtbot import QtBot

from app.models.records import VoterRow
from app.security.audit import AuditAction
from app.services.sync_export import BatchExport
from app.services.sync_import import EnvelopeImport
from app.ui.claims.claims_panel import NUMBER_COLUMN, STATUS_COLUMN, ClaimsPanel
from app.ui.main_window import MainWindow, SessionInfo
from app.ui.pages import PageId
from tests.claims.conftest import file_claim
from tests.exchange.conftest import Exchange, build_exchange, close_exchange
from tests.gui.conftest import start_window, window_deps
from tests.gui.test_claims_window import ClaimDesk, CollectingPreviewer
from tests.gui.test_sync_window import FixedChooser


@dataclass(frozen=True)
class Claims:
    decided: str  # A: correction, sent in batch 1, accepted
    overdue: str  # B: missing voter, sent in batch 1, no decision for 8 days
    received: str  # C: institution form, filed last


@pytest.fixture
def desk(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, sample_voters: list[VoterRow], qm_dir: Path
) -> Iterator[ClaimDesk]:
    ex = build_exchange(tmp_path, sample_voters)
    chooser, previewer = FixedChooser(), CollectingPreviewer()
    with window_deps(qapp, qtbot, qm_dir, ex.ctx, chooser=chooser, previewer=previewer) as (deps, windows):
        yield ClaimDesk(ex, deps, chooser, previewer, windows)
    close_exchange(ex)


def move_claims_on(ex: Exchange) -> Claims:
    ctx, member, secretary = ex.ctx, ex.desk.ready_session("member1"), ex.desk.ready_session("secretary")
    decided = file_claim(ctx, member, claim_type="correction")
    overdue = file_claim(ctx, member, claim_type="missing")
    ex.central.ingest(ex.upbox / BatchExport(ctx, secretary).export(ex.upbox).file_name)
    ex.central.decide(decided, True, "паспорт боюнча оңдолду")
    ex.clock.advance(600)
    EnvelopeImport(ctx, secretary).apply(ex.central.issue_update("1001", None, ex.outbox).path)
    ex.clock.advance(8 * 86_400)
    received = file_claim(ctx, member, claim_type="institution")
    return Claims(decided, overdue, received)


def open_page(qtbot: QtBot, desk: ClaimDesk, lang: str = "en") -> ClaimsPanel:
    desk.deps.translations.set_language(lang)
    session = desk.exchange.desk.ready_session("member1")
    window = start_window(qtbot, desk.deps, desk.windows, session, SessionInfo(600_000, "1001"))
    window.show_page(PageId.CLAIMS)
    panel = window.claims_panel
    assert panel.isVisible()
    return panel


def wait_idle(qtbot: QtBot, desk: ClaimDesk) -> None:
    qtbot.waitUntil(lambda: not desk.deps.runner.busy, timeout=20_000)


def rows(panel: ClaimsPanel) -> list[str]:
    return [panel.table.item(r, NUMBER_COLUMN).text() for r in range(panel.table.rowCount())]  # type: ignore[union-attr]


def choose(qtbot: QtBot, desk: ClaimDesk, panel: ClaimsPanel, number: str) -> None:
    """A click on the claim's row, as a member would choose it."""
    row = rows(panel).index(number)
    rect = panel.table.visualRect(panel.table.model().index(row, NUMBER_COLUMN))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    wait_idle(qtbot, desk)
    assert panel.detail.number == number


def test_the_filters_narrow_the_list(qtbot: QtBot, desk: ClaimDesk) -> None:
    """R-CLM-5: by status, by type and overdue only, alone and together; the counts stay over all."""
    claims = move_claims_on(desk.exchange)
    panel = open_page(qtbot, desk)
    assert sorted(rows(panel)) == sorted([claims.decided, claims.overdue, claims.received])

    def filtered(status: str | None, kind: str | None, overdue: bool) -> list[str]:
        panel.status_filter.setCurrentIndex(panel.status_filter.findData(status))
        panel.type_filter.setCurrentIndex(panel.type_filter.findData(kind))
        panel.overdue_check.setChecked(overdue)
        assert panel.visible_numbers() == rows(panel)
        return rows(panel)

    assert filtered("decided", None, False) == [claims.decided]
    assert filtered("sent", None, False) == [claims.overdue]
    assert filtered("received", None, False) == [claims.received]
    assert filtered(None, "missing", False) == [claims.overdue]
    assert filtered(None, "institution", False) == [claims.received]
    assert filtered(None, None, True) == [claims.overdue]
    assert filtered("received", None, True) == []
    assert panel.shown_label.text() == "Shown: 0 of 3"
    assert "1 claim past the answer date" in panel.message_label.text()  # over all claims, not the shown
    assert len(filtered(None, None, False)) == 3


def test_the_detail_shows_the_history_and_what_was_filed_only_when_asked(qtbot: QtBot, desk: ClaimDesk) -> None:
    """R-CLM-4, R-CLM-5: the decided claim's history, step by step; marking the voter informed adds
    the step and changes the status. R-AUD-1: what the voter filed is shown only after "Show what
    was filed", one audited confidential view; choosing another claim or clearing hides it."""
    claims, ctx = move_claims_on(desk.exchange), desk.exchange.ctx
    panel = open_page(qtbot, desk)
    choose(qtbot, desk, panel, claims.decided)
    detail = panel.detail
    history = detail.history_label.text().splitlines()
    steps = [line.split("  ", 1)[1] for line in history]
    assert steps == [
        "Filed (PEC) (member1)",
        "The voter's record blocked until the decision (member1)",
        "Sent to the TEC in batch 1",
        "Batch 1 acknowledged by the TEC",
        "Decision of the TEC: accepted",
        "Decision received; the voter's record released (central)",
    ]
    assert detail.facts["status"].text() == "decided" and "accepted" in detail.facts["decision"].text()
    assert detail.informed_button.isEnabled() and detail.answer_button.isEnabled()

    def views() -> list[str]:
        return [e.object for e in ctx.audit.events() if e.action == AuditAction.VIEW_CONFIDENTIAL]

    assert views() == [] and not detail.contents_label.isVisible()  # the history is no confidential view
    qtbot.mouseClick(detail.show_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, desk)
    assert detail.contents_label.isVisible() and "Name: Айгерим" in detail.contents_label.text()
    assert "Contact for the answer: +996 555 000 111" in detail.contents_label.text()
    assert views() == [claims.decided] and not detail.show_button.isEnabled()

    detail.how_combo.setCurrentIndex(detail.how_combo.findData("phone"))
    qtbot.mouseClick(detail.informed_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, desk)
    assert detail.number == claims.decided and detail.facts["status"].text() == "voter informed"
    assert detail.history_label.text().splitlines()[-1].endswith("Voter informed (by phone) (member1)")
    assert detail.contents_label.isVisible() and views() == [claims.decided]  # still shown, not read again
    assert not detail.informed_button.isEnabled()

    choose(qtbot, desk, panel, claims.overdue)
    assert not detail.contents_label.isVisible() and detail.contents_label.text() == ""
    assert "answer date: alert raised" in detail.history_label.text()
    assert "OVERDUE" in detail.facts["status"].text()
    panel.clear()  # the window locks
    assert detail.number == "" and detail.history_label.text() == "" and panel.table.rowCount() == 0


def test_ctrl_n_on_the_page_opens_the_intake_and_escape_closes_it(qtbot: QtBot, desk: ClaimDesk) -> None:
    panel = open_page(qtbot, desk)
    window = panel.window()
    assert isinstance(window, MainWindow)
    window.activateWindow()
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.claim_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.type_combo, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.claim_dialog is None)


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_numbers_and_statuses_are_never_cut(qtbot: QtBot, desk: ClaimDesk, lang: str) -> None:
    """Issue 12: "1001-2026-0..." and cut statuses. At the window's default size every number and
    status cell is as wide as its text; the table scrolls sideways instead."""
    claims = move_claims_on(desk.exchange)
    panel = open_page(qtbot, desk, lang)
    choose(qtbot, desk, panel, claims.decided)
    table = panel.table
    metrics = QFontMetrics(table.font())
    margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
    for row in range(table.rowCount()):
        for column in (NUMBER_COLUMN, STATUS_COLUMN):
            text = table.item(row, column).text()  # type: ignore[union-attr]
            assert metrics.horizontalAdvance(text) + margin <= table.columnWidth(column), (lang, text)
    header = table.horizontalHeader()
    assert header.length() <= table.viewport().width() or table.horizontalScrollBar().maximum() > 0
    labels = (panel.detail.history_label, *panel.detail.facts.values())
    qtbot.waitUntil(lambda: all(label.height() >= label.heightForWidth(label.width()) for label in labels))
    out = os.environ.get("CLAIMS_PNG_DIR")
    if out:
        panel.window().grab().save(str(Path(out) / f"claims-{lang}.png"))
