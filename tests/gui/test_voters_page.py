"""The Voters page (issue 12 point 3; R-DATA-2, R-DATA-3, R-AUD-1, R-SEC-4, R-SEC-5): search, Down
into the results, Enter opens the record; "Show" makes one audited call and the confidential fields
go again when the voter changes, after the timeout and on lock; the special category only for the
roles allowed it; namesakes told apart; Escape closes; Ctrl+N files a claim for the voter shown.

Real services on a precinct holding three voters named exactly `Айдар кызы Гүлнара`; the audit log
is read through `AuditService` with the chair's session.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from app.errors import AppError, Reason
from app.models.records import PublicVoter, VoterRow, VoterStatus
from app.models.synthetic import generate_voters
from app.security.audit import AuditAction, AuditEvent
from app.security.permissions import Action, allowed
from app.security.session import Session
from app.services.audit import AuditService
from app.services.voters import VoterService
from app.ui.common.deps import UiDeps
from app.ui.main_window import MainWindow, SessionInfo
from app.ui.pages import PageId
from app.ui.voters.page import VotersPage
from app.ui.voters.record_view import RecordView
from tests.conftest import PLANTED, Precinct
from tests.gui.conftest import start_window, type_text, window_deps
from tests.gui.fit import assert_labels_fit

NAME = "Айдар кызы Гүлнара"
NAMESAKES = [
    VoterRow("10506198500211", "Айдар кызы", "Гүлнара", "", "1985-06-05", "F", "Бишкек ш., Ала-Тоо көчөсү 5", "1001"),
    VoterRow("12211199200342", "Айдар кызы", "Гүлнара", "", "1992-11-22", "F", "Бишкек ш., Манас проспекти 40", "1001"),
    VoterRow(
        "10101196000417", "Айдар кызы", "Гүлнара", "", "1960-01-01", "F", "Бишкек ш., Токтогул көчөсү 9", "1001",
        special_category="hospital",
    ),
]  # fmt: skip


@pytest.fixture(scope="module")
def sample_voters() -> list[VoterRow]:
    return [PLANTED, *NAMESAKES, *generate_voters(200, seed=7)]


@dataclass
class VotersDesk:
    precinct: Precinct
    deps: UiDeps
    chair: Session
    windows: list[MainWindow] = field(default_factory=list)


@pytest.fixture
def desk(qapp: QApplication, qtbot: QtBot, precinct: Precinct, qm_dir: Path) -> Iterator[VotersDesk]:
    chair = precinct.ready_session("chair")
    with window_deps(qapp, qtbot, qm_dir, precinct.ctx) as (deps, windows):
        yield VotersDesk(precinct, deps, chair, windows)


def wait_idle(qtbot: QtBot, desk: VotersDesk) -> None:
    qtbot.waitUntil(lambda: not desk.deps.runner.busy, timeout=10_000)


def open_window(qtbot: QtBot, desk: VotersDesk, login: str = "member1") -> MainWindow:
    session = desk.precinct.ready_session(login)
    window = start_window(qtbot, desk.deps, desk.windows, session, SessionInfo(600_000, "1001"))
    window.show_page(PageId.VOTERS)
    window.activateWindow()
    return window


def voters_page(window: MainWindow) -> VotersPage:
    page = window.pages[PageId.VOTERS]
    assert isinstance(page, VotersPage)
    return page


def audit_tail(desk: VotersDesk) -> list[AuditEvent]:
    """The log as the chair reads it (the reading is itself an event, left out here)."""
    events = AuditService(desk.precinct.ctx).tail(desk.chair, 500)
    return [e for e in events if e.action != AuditAction.AUDIT_VIEWED]


def search_and_open(qtbot: QtBot, desk: VotersDesk, window: MainWindow, text: str = NAME) -> VotersPage:
    """Type the name, Down into the results, Enter: as a person at the keyboard would."""
    page = voters_page(window)
    panel = page.search_panel
    panel.search_edit.setFocus()
    qtbot.waitUntil(panel.search_edit.hasFocus)
    type_text(qtbot, panel.search_edit, text)
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=5000)
    wait_idle(qtbot, desk)
    qtbot.keyClick(panel.search_edit, Qt.Key.Key_Down)
    assert panel.table.hasFocus() and panel.selected_voter() is not None
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert page.record_open
    wait_idle(qtbot, desk)
    return page


def visible_texts(page: VotersPage) -> str:
    return "\n".join(label.text() for label in page.findChildren(QLabel) if label.isVisible())


def press_show(qtbot: QtBot, desk: VotersDesk, page: VotersPage) -> None:
    box = page.record_view.confidential
    assert box is not None
    qtbot.mouseClick(box.show_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, desk)


def test_down_from_the_search_box_and_enter_open_the_record(qtbot: QtBot, desk: VotersDesk) -> None:
    """Issue 12 point 3, R-DATA-3: the record opens with its public fields only, and the keyboard
    lands on "Show"; nothing confidential is on screen before it is asked for."""
    window = open_window(qtbot, desk)
    page = search_and_open(qtbot, desk, window, PLANTED.full_name)
    record = page.record_view
    planted = desk.precinct.ctx.voters.find_pin(PLANTED.pin)
    assert planted is not None
    assert record.name_label.text() == PLANTED.full_name
    assert record.number_value.text() == str(planted.id) and record.precinct_value.text() == "1001"
    assert record.status_value.text() == "listed"
    assert record.confidential is not None and record.confidential.show_button.hasFocus()
    texts = visible_texts(page)
    assert PLANTED.pin not in texts and "15.03.1990" not in texts and "1990-03-15" not in texts
    assert "Маркер" not in texts
    assert not record.namesake_label.isVisible()  # a name nobody else has


def test_double_click_opens_and_escape_closes(qtbot: QtBot, desk: VotersDesk) -> None:
    window = open_window(qtbot, desk)
    page = search_and_open(qtbot, desk, window)
    qtbot.keyClick(page.record_view.close_button, Qt.Key.Key_Escape)
    assert not page.record_open and page.search_panel.table.hasFocus()
    assert page.record_view.voter() is None
    table = page.search_panel.table
    rect = table.visualRect(page.search_panel.model.index(1, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a double-click
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # begins with a click
    assert page.record_open and page.record_view.voter() == page.search_panel.model.voter_at(1)


def test_show_makes_one_audited_call(qtbot: QtBot, desk: VotersDesk) -> None:
    """R-DATA-3, R-AUD-1: "Show" puts the PIN, date of birth, sex and address on screen and
    writes exactly one event, naming the record and the fields, never their values."""
    window = open_window(qtbot, desk)
    page = search_and_open(qtbot, desk, window, PLANTED.full_name)
    before = audit_tail(desk)[-1].seq
    press_show(qtbot, desk, page)
    box = page.record_view.confidential
    assert box is not None and box.shown
    values = {f.value: label.text() for f, label in box.values.items()}
    assert values == {"pin": PLANTED.pin, "birth_date": "1990-03-15", "sex": "female", "address": PLANTED.address}
    assert box.countdown_label.text() == "Hidden again in 60 s."
    new = [e for e in audit_tail(desk) if e.seq > before]
    assert [(e.action, e.login, e.object) for e in new] == [
        (AuditAction.VIEW_CONFIDENTIAL.value, "member1", page.record_view.number_value.text())
    ]
    assert json.loads(new[0].details) == {"what": "record", "fields": ["pin", "birth_date", "sex", "address"]}
    assert PLANTED.pin not in new[0].details and PLANTED.address not in new[0].details


def test_the_fields_go_when_the_voter_changes_and_after_the_timeout(qtbot: QtBot, desk: VotersDesk) -> None:
    """R-DATA-3: shown for one voter only, and only for a while."""
    window = open_window(qtbot, desk)
    page = search_and_open(qtbot, desk, window)
    box = page.record_view.confidential
    assert box is not None
    first = page.record_view.voter()
    press_show(qtbot, desk, page)
    assert box.values[next(iter(box.values))].text() != ""
    qtbot.keyClick(page.search_panel.table, Qt.Key.Key_Down)  # the record follows the selection
    assert page.record_view.voter() != first and not box.shown
    assert all(label.text() == "" for label in box.values.values())
    wait_idle(qtbot, desk)

    box.reveal_ms = 300
    press_show(qtbot, desk, page)
    assert box.shown and box.countdown_label.text() == "Hidden again in 1 s."
    qtbot.waitUntil(lambda: not box.shown, timeout=3000)
    assert all(label.text() == "" for label in box.values.values()) and box.show_button.isVisible()


def test_the_special_category_only_for_the_roles_allowed_it(qtbot: QtBot, desk: VotersDesk) -> None:
    """R-DATA-2: the special category has its own permission (secretary and chair); a member's
    record has no row for it and the service does not return it."""
    assert allowed(desk.chair.role, Action.VOTER_VIEW_SPECIAL)
    ctx = desk.precinct.ctx
    hospital = next(v for v in (ctx.voters.find_pin(r.pin) for r in NAMESAKES) if v and v.row.special_category)
    member = VoterService(ctx).confidential(desk.precinct.ready_session("member1"), hospital.id)
    assert member.special_category is None and member.pin == NAMESAKES[2].pin
    window = open_window(qtbot, desk, "secretary")
    page = search_and_open(qtbot, desk, window)
    assert page.search_panel.select_voter(hospital.id) is not None
    wait_idle(qtbot, desk)
    before = audit_tail(desk)[-1].seq
    press_show(qtbot, desk, page)
    box = page.record_view.confidential
    assert box is not None
    assert box.values[next(f for f in box.values if f.value == "special_category")].text() == "in hospital"
    [event] = [e for e in audit_tail(desk) if e.seq > before]
    assert json.loads(event.details)["fields"][-1] == "special_category"

    member_view = RecordView(desk.deps, desk.precinct.ready_session("member1"))
    qtbot.addWidget(member_view)
    assert member_view.confidential is not None
    assert [f.value for f in member_view.confidential.values] == ["pin", "birth_date", "sex", "address"]


def test_a_role_without_the_permission_has_no_show_button(qtbot: QtBot, desk: VotersDesk) -> None:
    """R-SEC-4: the auditor has no Voters page and a record view built for the role has no
    "Show"; the service refuses the role anyway, and the refusal is audited."""
    auditor = desk.precinct.ready_session("auditor")
    view = RecordView(desk.deps, auditor)
    qtbot.addWidget(view)
    assert view.confidential is None
    assert view.findChildren(QLabel, "value_pin") == []
    window = open_window(qtbot, desk, "auditor")
    assert PageId.VOTERS not in window.pages
    with pytest.raises(AppError) as refused:
        VoterService(desk.precinct.ctx).confidential(auditor, 1)
    assert refused.value.reason is Reason.NOT_PERMITTED
    assert audit_tail(desk)[-1].action == AuditAction.PERMISSION_DENIED.value


def test_namesakes_are_told_apart(qtbot: QtBot, desk: VotersDesk) -> None:
    """Three voters named exactly alike: the record says how many, which record this is and the
    other records' numbers; the namesakes' lookup is audited like a search, by count."""
    window = open_window(qtbot, desk)
    page = search_and_open(qtbot, desk, window)
    ids = sorted(v.id for v in (desk.precinct.ctx.voters.find_pin(r.pin) for r in NAMESAKES) if v)
    record = page.record_view
    shown = record.voter()
    assert shown is not None and [v.id for v in record.namesakes()] == ids
    note = record.namesake_label.text()
    assert record.namesake_label.isVisible() and note.startswith("3 voters on the list have this same name.")
    assert f"This is record No. {shown.id};" in note
    assert all(str(i) in note for i in ids if i != shown.id)
    qtbot.keyClick(page.search_panel.table, Qt.Key.Key_Down)
    wait_idle(qtbot, desk)
    assert record.number_value.text() != str(shown.id) and f"record No. {record.number_value.text()};" in (
        record.namesake_label.text()
    )
    search = [e for e in audit_tail(desk) if e.action == AuditAction.SEARCH.value]
    assert json.loads(search[-1].details) == {"results": 3, "more": False, "what": "namesakes"}


def test_lock_clears_the_record_and_drops_a_reply_on_its_way(qtbot: QtBot, desk: VotersDesk) -> None:
    """R-SEC-5: the lock closes the record and empties the fields; a "Show" answered after the
    lock never reaches the screen."""
    window = open_window(qtbot, desk)
    page = search_and_open(qtbot, desk, window, PLANTED.full_name)
    box = page.record_view.confidential
    assert box is not None
    press_show(qtbot, desk, page)
    window.lock_now("manual")
    assert not page.record_open and page.record_view.voter() is None and not box.shown
    assert all(label.text() == "" for label in box.values.values())
    assert page.record_view.name_label.text() == "" and page.search_panel.model.rowCount() == 0
    wait_idle(qtbot, desk)

    view = RecordView(desk.deps, desk.precinct.ready_session("member1"))
    qtbot.addWidget(view)
    planted = desk.precinct.ctx.voters.find_pin(PLANTED.pin)
    assert planted is not None and view.confidential is not None
    view.show_voter(PublicVoter(planted.id, PLANTED.full_name, "1001", VoterStatus.ACTIVE))
    wait_idle(qtbot, desk)
    view.confidential.show_button.click()  # the call is on its way to the worker
    view.clear()  # locked before it came back
    wait_idle(qtbot, desk)
    assert not view.confidential.shown and all(label.text() == "" for label in view.confidential.values.values())


def test_ctrl_n_files_a_claim_for_the_voter_shown(qtbot: QtBot, desk: VotersDesk) -> None:
    """Ctrl+N from the record (and from the results) opens the intake form about the voter shown."""
    window = open_window(qtbot, desk)
    page = search_and_open(qtbot, desk, window)
    qtbot.keyClick(page.search_panel.table, Qt.Key.Key_Down)
    wait_idle(qtbot, desk)
    shown = page.record_view.voter()
    box = page.record_view.confidential
    assert shown is not None and box is not None
    box.show_button.setFocus()
    qtbot.waitUntil(box.show_button.hasFocus)
    qtbot.keyClick(box.show_button, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.claim_dialog
    assert dialog is not None and dialog._voter is not None and dialog._voter.id == shown.id
    dialog.reject()
    wait_idle(qtbot, desk)
    table = page.search_panel.table
    table.setFocus()
    qtbot.waitUntil(lambda: window.claim_dialog is None and table.hasFocus())
    qtbot.keyClick(table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.claim_dialog
    assert dialog is not None and dialog._voter is not None and dialog._voter.id == shown.id
    dialog.reject()
    wait_idle(qtbot, desk)


def test_another_page_hides_the_confidential_fields(qtbot: QtBot, desk: VotersDesk) -> None:
    """R-DATA-3: the fields are on screen only while the record is in view."""
    window = open_window(qtbot, desk)
    page = search_and_open(qtbot, desk, window)
    press_show(qtbot, desk, page)
    box = page.record_view.confidential
    assert box is not None and box.shown
    window.show_page(PageId.CLAIMS)
    assert not box.shown and all(label.text() == "" for label in box.values.values())
    window.show_page(PageId.VOTERS)
    assert page.record_open and not box.shown and box.show_button.isVisible()


def test_the_record_fits_in_kyrgyz_and_russian(qtbot: QtBot, desk: VotersDesk) -> None:
    """Issue 12 point 8: the record's labels get the height their text needs in ky and ru."""
    window = open_window(qtbot, desk, "secretary")
    page = search_and_open(qtbot, desk, window)
    press_show(qtbot, desk, page)
    for lang in ("ky", "ru"):
        desk.deps.translations.set_language(lang)
        qtbot.waitUntil(lambda: "Record" not in visible_texts(page))  # the language change delivered
        assert_labels_fit(qtbot, page.record_view)
    desk.deps.translations.set_language("en")


def test_a_refused_show_says_why_and_shows_nothing(qtbot: QtBot, desk: VotersDesk) -> None:
    """A record that is gone by the time "Show" is pressed: the reason in words, no fields, no view
    event."""
    view = RecordView(desk.deps, desk.precinct.ready_session("member1"))
    qtbot.addWidget(view)
    view.show()
    view.show_voter(PublicVoter(999_999, NAME, "1001", VoterStatus.ACTIVE))
    wait_idle(qtbot, desk)
    assert view.confidential is not None
    before = audit_tail(desk)[-1].seq
    view.confidential.show_button.click()
    wait_idle(qtbot, desk)
    assert not view.confidential.shown and view.confidential.error_label.isVisible()
    assert view.confidential.error_label.text() and view.confidential.show_button.isEnabled()
    assert [e for e in audit_tail(desk) if e.seq > before and e.action == AuditAction.VIEW_CONFIDENTIAL.value] == []
