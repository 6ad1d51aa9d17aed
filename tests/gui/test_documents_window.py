"""The other documents printed from the window (R-CAL-1, R-CLM-5, R-CLM-9, R-SEC-9): the list for
posting reaches the print preview with names only; the subject-access extract needs a second
person's login and password typed in the window (not one's own); the answer letter of a decided
claim; who sees which entry of the Documents menu.

The print preview is a collector of the PDF bytes (`CollectingPreviewer`); the app uses Qt's.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.errors import AppError, Reason
from app.messages import explain
from app.models.records import VoterRow
from app.security.audit import AuditAction
from app.services.claims import ClaimService
from app.services.desk_services import DeskServices
from app.services.sync_export import BatchExport
from app.services.sync_import import EnvelopeImport
from app.ui.common.deps import UiDeps
from app.ui.common.task_runner import TaskRunner
from app.ui.common.translations import Translations
from app.ui.documents.dialogs import PostingListDialog, RefusalDialog, SubjectAccessDialog
from app.ui.main_window import MainWindow, SessionInfo
from app.ui.pages import PageId
from tests.conftest import PLANTED, STRONG, Precinct
from tests.exchange.conftest import Exchange, build_exchange
from tests.gui.conftest import start_window, type_text, window_deps
from tests.gui.test_claims_window import CollectingPreviewer, pdf_text
from tests.gui.test_sync_window import menu_actions


@dataclass
class DocDesk:
    precinct: Precinct
    deps: UiDeps
    previewer: CollectingPreviewer
    windows: list[MainWindow] = field(default_factory=list)


@pytest.fixture
def desk(qapp: QApplication, qtbot: QtBot, precinct: Precinct, qm_dir: Path) -> Iterator[DocDesk]:
    previewer = CollectingPreviewer()
    with window_deps(qapp, qtbot, qm_dir, precinct.ctx, previewer=previewer) as (deps, windows):
        yield DocDesk(precinct, deps, previewer, windows)


def wait_idle(qtbot: QtBot, desk: DocDesk) -> None:
    qtbot.waitUntil(lambda: not desk.deps.runner.busy, timeout=20_000)


def open_window(qtbot: QtBot, desk: DocDesk, login: str) -> MainWindow:
    session = desk.precinct.ready_session(login)
    return start_window(qtbot, desk.deps, desk.windows, session, SessionInfo(600_000, "1001"))


def prints(desk: DocDesk) -> list[str]:
    return [json.loads(e.details)["what"] for e in desk.precinct.ctx.audit.events() if e.action == AuditAction.PRINT]


def test_the_list_for_posting_reaches_the_preview_with_names_only(qtbot: QtBot, desk: DocDesk) -> None:
    """R-CAL-1, R-DATA-3: the secretary chooses the stage and prints; the preview gets the list
    with full names, without the PIN; the print is audited."""
    window = open_window(qtbot, desk, "secretary")
    assert "postingListAction" in menu_actions(window)
    window.posting_list_action.trigger()
    dialog = window.document_dialog
    assert isinstance(dialog, PostingListDialog) and dialog.isVisible()
    dialog.stage_combo.setCurrentIndex(dialog.stage_combo.findData("control"))
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, desk)
    assert len(desk.previewer.shown) == 1
    title, data = desk.previewer.shown[0]
    text = pdf_text(data)
    assert title == "List for posting"
    assert "Тестова Айзада" in text and PLANTED.pin not in text and PLANTED.address not in text
    assert prints(desk) == ["posting-list"]
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.document_dialog is None)


def test_the_list_for_posting_shows_progress_and_can_be_cancelled(qtbot: QtBot, desk: DocDesk) -> None:
    """Issue 12 point 9: while the list is made the dialog shows a progress bar and Cancel; Cancel
    stops it safely (nothing previewed, nothing audited) and says so in words; printing again works."""
    window = open_window(qtbot, desk, "secretary")
    window.posting_list_action.trigger()
    dialog = window.document_dialog
    assert isinstance(dialog, PostingListDialog)
    gate = threading.Event()
    desk.deps.runner.run(gate.wait, lambda _r: None)  # the worker is busy: the list waits its turn
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert dialog.progress_bar.isVisible() and dialog.cancel_button.isVisible()
    assert not dialog.print_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    gate.set()
    wait_idle(qtbot, desk)
    assert desk.previewer.shown == [] and prints(desk) == []
    assert dialog.error_label.isVisible() and dialog.error_label.text() == "Cancelled: nothing was printed."
    assert not dialog.progress_bar.isVisible() and not dialog.cancel_button.isVisible()
    reports: list[tuple[int, int]] = []
    dialog.relay.progressed.connect(lambda done, total: reports.append((done, total)))
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, desk)
    total = desk.precinct.ctx.voters.count()
    assert len(desk.previewer.shown) == 1 and prints(desk) == ["posting-list"] and not dialog.error_label.isVisible()
    assert reports[-1] == (total, total) and dialog.progress_bar.maximum() == total


def select_planted(qtbot: QtBot, desk: DocDesk, window: MainWindow) -> None:
    window.show_page(PageId.VOTERS)  # the search panel sits on the Voters page of the side bar
    panel = window.search_panel
    type_text(qtbot, panel.search_edit, PLANTED.full_name)
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=5000)
    wait_idle(qtbot, desk)
    panel.table.selectRow(0)
    voter = panel.selected_voter()
    assert voter is not None and voter.full_name == PLANTED.full_name


def approve(qtbot: QtBot, desk: DocDesk, dialog: SubjectAccessDialog, login: str, password: str) -> None:
    dialog.approver_edit.clear()
    qtbot.keyClicks(dialog.approver_edit, login)
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert dialog.password_edit.text() == ""  # the typed password does not stay in the form
    wait_idle(qtbot, desk)


def test_subject_access_needs_another_persons_password(qtbot: QtBot, desk: DocDesk) -> None:
    """R-CLM-9, R-SEC-9: the secretary asks for the extract of the selected voter; their own login
    and password are refused (shown translated, nothing printed); the chair's are accepted and
    the extract with the confidential data goes to the preview."""
    desk.precinct.ready_session("chair")  # the chair's password is STRONG from here on
    window = open_window(qtbot, desk, "secretary")
    window.subject_access_action.trigger()  # nobody selected yet: said so, no form
    assert window.document_dialog is None and "Select the voter" in window.statusBar().currentMessage()
    select_planted(qtbot, desk, window)
    window.subject_access_action.trigger()
    dialog = window.document_dialog
    assert isinstance(dialog, SubjectAccessDialog) and dialog.voter_label.text() == PLANTED.full_name
    assert dialog.password_edit.echoMode() == dialog.password_edit.EchoMode.Password

    approve(qtbot, desk, dialog, "secretary", STRONG)
    assert dialog.error_label.text() == explain(AppError(Reason.NOT_PERMITTED), "en")
    assert desk.previewer.shown == [] and "subject-access" not in prints(desk)

    approve(qtbot, desk, dialog, "chair", STRONG)
    assert not dialog.error_label.isVisible()
    assert len(desk.previewer.shown) == 1
    title, data = desk.previewer.shown[0]
    assert PLANTED.full_name in title
    assert PLANTED.pin in pdf_text(data)
    assert prints(desk) == ["subject-access"]


def test_the_reasoned_refusal_is_a_small_form(qtbot: QtBot, desk: DocDesk) -> None:
    """R-CLM-9: a refusal without its reason is refused; with it, it reaches the preview."""
    window = open_window(qtbot, desk, "member1")
    window.access_refusal_action.trigger()
    dialog = window.document_dialog
    assert isinstance(dialog, RefusalDialog)
    type_text(qtbot, dialog.name_edit, "Тестова Айзада")
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, desk)
    assert dialog.error_label.text() and desk.previewer.shown == []
    type_text(qtbot, dialog.reason_edit, "Инсандыгы тастыкталган эмес")
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, desk)
    assert len(desk.previewer.shown) == 1 and "тастыкталган эмес" in pdf_text(desk.previewer.shown[0][1])


def test_a_member_does_not_see_the_list_for_posting(qtbot: QtBot, desk: DocDesk) -> None:
    member = open_window(qtbot, desk, "member1")
    actions = menu_actions(member)
    assert "postingListAction" not in actions
    assert {"subjectAccessAction", "accessRefusalAction"} <= actions
    member.open_posting_list()
    assert member.document_dialog is None
    auditor = open_window(qtbot, desk, "auditor")
    assert not {"postingListAction", "subjectAccessAction", "accessRefusalAction"} & menu_actions(auditor)


def test_locking_closes_the_form_and_drops_the_typed_password(qtbot: QtBot, desk: DocDesk) -> None:
    """R-SEC-5 with R-SEC-9: the lock closes the approval form and clears what was typed in it."""
    window = open_window(qtbot, desk, "secretary")
    select_planted(qtbot, desk, window)
    window.subject_access_action.trigger()
    dialog = window.document_dialog
    assert isinstance(dialog, SubjectAccessDialog)
    qtbot.keyClicks(dialog.password_edit, "half-typed")
    window.lock_now("manual")
    assert dialog.password_edit.text() == "" and not dialog.isVisible()  # before it is deleted
    assert window.document_dialog is None
    wait_idle(qtbot, desk)


@pytest.fixture
def exchange_desk(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, sample_voters: list[VoterRow], qm_dir: Path
) -> Iterator[tuple[Exchange, DocDesk]]:
    """A precinct with its package and a central system that decides claims (`build_exchange`)."""
    ex = build_exchange(tmp_path, sample_voters)
    runner = TaskRunner()
    translations = Translations(qapp, qm_dir)
    translations.set_language("en")
    previewer = CollectingPreviewer()
    services = DeskServices(ex.ctx)
    deps = UiDeps(qapp, services, services.auth, services.voters, runner, translations, previewer=previewer)
    doc_desk = DocDesk(ex.desk, deps, previewer)
    yield ex, doc_desk
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    for window in doc_desk.windows:
        window.end_session()
        window.close()
    runner.shutdown()
    translations.uninstall()
    ex.central.close()
    ex.ctx.close()
    ex.ctx.secrets.delete(ex.ctx.device_id)


def test_the_answer_letter_from_the_dashboard_after_the_decision(
    qtbot: QtBot, exchange_desk: tuple[Exchange, DocDesk]
) -> None:
    """R-CLM-5: the button is there only for a decided claim; the letter reaches the preview."""
    ex, desk = exchange_desk
    ctx = ex.ctx
    member = ex.desk.ready_session("member1")
    fields, contact = {"first_name": "Айгерим"}, "Бишкек ш., Токтогул 1"
    number = ClaimService(ctx).file(member, claim_type="correction", pin=PLANTED.pin, fields=fields,
                                    contact=contact, passport_checked=True, identified=True)  # fmt: skip
    window = open_window(qtbot, desk, "member1")
    panel = window.claims_panel
    panel.select(number)
    assert not panel.answer_button.isEnabled()  # no decision yet

    secretary = ex.desk.ready_session("secretary")
    ex.central.ingest(ex.upbox / BatchExport(ctx, secretary).export(ex.upbox).file_name)
    ex.central.decide(number, True, "паспорт боюнча оңдолду")
    ex.clock.advance(600)
    EnvelopeImport(ctx, secretary).apply(ex.central.issue_update("1001", None, ex.outbox).path)
    panel.refresh()
    wait_idle(qtbot, desk)
    panel.select(number)
    assert panel.answer_button.isEnabled()
    qtbot.mouseClick(panel.answer_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, desk)
    assert len(desk.previewer.shown) == 1
    title, data = desk.previewer.shown[0]
    text = pdf_text(data)
    assert number in title and number in text and "Айгерим" in text and PLANTED.pin not in text
    assert "answer-letter" in prints(desk)
