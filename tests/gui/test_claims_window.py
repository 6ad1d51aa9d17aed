"""Claims in the window (R-CLM-2, R-CLM-4, R-CLM-5, R-CAL-1): the intake driven from the keyboard
as a commission member would, ending with the receipt in the print preview; refusals shown with
their reason; the dashboard with the calendar stage and the answer-by dates; the blocked voter in
the list; who sees the intake at all.

The precinct gets its package (with the election calendar: voting day 2026-11-29, claims taken
up to 2026-11-14) through the real path (`build_exchange`). The print preview is a collector of
the PDF bytes (`CollectingPreviewer`); the app uses Qt's print preview.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.errors import AppError, Reason
from app.messages import explain
from app.models.records import VoterRow
from app.security.audit import AuditAction
from app.security.scanner.clamav import test_signatures_dir as shipped_test_signatures
from app.services.claims import ClaimService
from app.ui.claims.claim_dialog import ClaimDialog
from app.ui.claims.claims_panel import ANSWER_COLUMN, FLAG_COLUMN, NUMBER_COLUMN, STATUS_COLUMN
from app.ui.common.deps import UiDeps
from app.ui.common.pdf_preview import paint_pdf, pdf_images
from app.ui.main_window import MainWindow, SessionInfo
from app.ui.pages import PageId
from app.ui.voters.voter_table_model import STATUS_COLUMN as VOTER_STATUS_COLUMN
from tests.claims.conftest import UNLISTED_PIN, at_bishkek, pdf
from tests.conftest import PLANTED
from tests.exchange.conftest import Exchange, build_exchange, close_exchange
from tests.gui.conftest import start_window, type_text, window_deps
from tests.gui.test_sync_window import FixedChooser, menu_actions


@dataclass
class CollectingPreviewer:
    """Stands for Qt's print preview: keeps the title and the PDF bytes it was given."""

    shown: list[tuple[str, bytes]] = field(default_factory=list)

    def preview(self, parent: QWidget, title: str, pdf: bytes) -> None:
        self.shown.append((title, pdf))


@dataclass
class ClaimDesk:
    exchange: Exchange
    deps: UiDeps
    chooser: FixedChooser
    previewer: CollectingPreviewer
    windows: list[MainWindow] = field(default_factory=list)


@pytest.fixture
def desk(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, sample_voters: list[VoterRow], qm_dir: Path
) -> Iterator[ClaimDesk]:
    ex = build_exchange(tmp_path, sample_voters, signatures=shipped_test_signatures())  # attachments are scanned
    chooser, previewer = FixedChooser(), CollectingPreviewer()
    with window_deps(qapp, qtbot, qm_dir, ex.ctx, chooser=chooser, previewer=previewer) as (deps, windows):
        yield ClaimDesk(ex, deps, chooser, previewer, windows)
    close_exchange(ex)


def wait_idle(qtbot: QtBot, desk: ClaimDesk) -> None:
    qtbot.waitUntil(lambda: not desk.deps.runner.busy, timeout=20_000)


def open_window(qtbot: QtBot, desk: ClaimDesk, login: str) -> MainWindow:
    session = desk.exchange.desk.ready_session(login)
    return start_window(qtbot, desk.deps, desk.windows, session, SessionInfo(600_000, "1001"))


def pdf_text(data: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(data)).pages)


def find_and_select(qtbot: QtBot, desk: ClaimDesk, window: MainWindow, name: str) -> None:
    """Type the name into the search box, wait for the row, and go down to it with the keyboard."""
    panel = window.search_panel
    panel.search_edit.clear()
    type_text(qtbot, panel.search_edit, name)
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0 and panel.model.voter_at(0).full_name == name, timeout=5000)
    wait_idle(qtbot, desk)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)
    if panel.selected_voter() is None:  # Down from no current row makes row 0 current; Space selects it
        qtbot.keyClick(panel.table, Qt.Key.Key_Space)
    selected = panel.selected_voter()
    assert selected is not None and selected.full_name == name


def start_claim(qtbot: QtBot, window: MainWindow) -> ClaimDialog:
    """Ctrl+N, as from the keyboard; the intake form opens with the type in focus."""
    window.activateWindow()
    qtbot.keyClick(window.search_panel.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.claim_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    return dialog


def fill_common(qtbot: QtBot, dialog: ClaimDialog, contact: str = "+996 555 000 111") -> None:
    """The voter's contact and the two confirmations of R-CLM-2, from the keyboard."""
    qtbot.keyClicks(dialog.form.contact_edit, contact)
    qtbot.keyClick(dialog.form.passport_check, Qt.Key.Key_Space)
    qtbot.keyClick(dialog.form.identified_check, Qt.Key.Key_Space)
    assert dialog.form.passport_check.isChecked() and dialog.form.identified_check.isChecked()


def test_intake_from_the_keyboard_ends_with_the_receipt_and_blocks_the_voter(
    qtbot: QtBot, desk: ClaimDesk, tmp_path: Path
) -> None:
    """R-CLM-2, R-CLM-4, R-CLM-5, R-CAL-1: a member selects the voter, opens the form with Ctrl+N,
    types the correction, the contact and both confirmations, and presses Enter. The claim number
    is shown and the receipt (with that number) goes to the print preview; nothing is written to
    disk until "Save the receipt as PDF" is used (audited). The dashboard shows the claim with its
    answer-by date and the calendar stage; the voter shows as blocked by that claim."""
    ctx = desk.exchange.ctx
    window = open_window(qtbot, desk, "member1")
    stage = window.claims_panel.stage_label.text()
    assert "2026-09-10" in stage and "9 days left" in stage and "Voting day in 89 days" in stage  # R-CAL-1
    find_and_select(qtbot, desk, window, PLANTED.full_name)
    dialog = start_claim(qtbot, window)
    assert dialog.claim_type == "correction" and dialog.form.voter_label.text() == PLANTED.full_name

    # Tab order follows the form: the type, then the first correction field (the voter is a label).
    dialog.type_combo.setFocus()
    qtbot.keyClick(dialog.type_combo, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.form.inputs["last_name"]
    assert not dialog.form.pin_edit.isVisibleTo(dialog) and not dialog.form.institution_edit.isVisibleTo(dialog)
    type_text(qtbot, dialog.form.inputs["first_name"], "Айгерим")
    fill_common(qtbot, dialog)
    files_before = sorted(p for p in tmp_path.rglob("*.pdf"))
    qtbot.keyClick(dialog.form.contact_edit, Qt.Key.Key_Return)  # Enter saves
    wait_idle(qtbot, desk)

    number = dialog.number
    assert number.startswith("1001-2026-") and number in dialog.result_label.text()
    assert "2026-09-08" in dialog.result_label.text()  # answer within 7 days (R-CLM-5)
    assert len(desk.previewer.shown) == 1
    title, receipt = desk.previewer.shown[0]
    assert number in title
    text = pdf_text(receipt)
    assert number in text and "Айгерим" in text and PLANTED.pin not in text
    assert sorted(p for p in tmp_path.rglob("*.pdf")) == files_before  # nothing on disk

    # Saving a PDF is a separate, deliberate button; the service writes the file and audits it.
    out = tmp_path / "chosen"
    out.mkdir()
    desk.chooser.folder = out
    qtbot.mouseClick(dialog.save_pdf_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, desk)
    saved = list(out.iterdir())
    assert [p.name for p in saved] == [f"receipt-{number}.pdf"] and number in pdf_text(saved[0].read_bytes())
    assert str(saved[0]) in dialog.result_label.text()
    prints = [json.loads(e.details) for e in ctx.audit.events(after=0) if e.action == AuditAction.PRINT]
    assert [(p["what"], p["duplicate"]) for p in prints] == [("receipt", False), ("receipt", True)]

    qtbot.keyClick(dialog.close_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.claim_dialog is None)
    wait_idle(qtbot, desk)

    window.show_page(PageId.CLAIMS)
    table = window.claims_panel.table
    assert table.isVisible() and table.rowCount() == 1
    row = [table.item(0, c).text() for c in range(table.columnCount())]  # type: ignore[union-attr]
    assert row[NUMBER_COLUMN] == number and row[ANSWER_COLUMN] == "2026-09-08"
    assert row[STATUS_COLUMN] == "received" and row[FLAG_COLUMN] == ""
    # The claim just filed is the one chosen, its history beside the list (issue 12 point 4).
    detail = window.claims_panel.detail
    assert window.claims_panel.selected_number() == number and detail.number == number
    assert "Filed (PEC)" in detail.history_label.text() and "blocked" in detail.history_label.text()

    voters = window.search_panel.model
    qtbot.waitUntil(lambda: "Blocked" in str(voters.data(voters.index(0, VOTER_STATUS_COLUMN))), timeout=5000)
    assert voters.data(voters.index(0, VOTER_STATUS_COLUMN), Qt.ItemDataRole.ForegroundRole) is not None
    assert voters.data(voters.index(0, VOTER_STATUS_COLUMN)) == f"Blocked (claim {number})"  # R-CLM-4

    # Reprint from the dashboard: a DUPLICATE to the preview.
    window.claims_panel.select(number)
    qtbot.mouseClick(window.claims_panel.reprint_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, desk)
    assert len(desk.previewer.shown) == 2 and number in pdf_text(desk.previewer.shown[1][1])
    assert "DUPLICATE" in pdf_text(desk.previewer.shown[1][1]).upper()


def test_days_pass_and_the_dashboard_flags_the_claim(qtbot: QtBot, desk: ClaimDesk) -> None:
    """R-CLM-5: without a decision a claim is due soon from day 5 and overdue after day 7."""
    ex = desk.exchange
    member = ex.desk.ready_session("member1")
    number = ClaimService(ex.ctx).file(member, claim_type="correction", pin=PLANTED.pin, fields={"sex": "F"},
                                       contact="+996 555 100 001", passport_checked=True, identified=True)  # fmt: skip
    at_bishkek(ex.desk.clock, "2026-09-06 10:00:00")
    window = open_window(qtbot, desk, "member1")
    table = window.claims_panel.table
    assert table.item(0, NUMBER_COLUMN).text() == number  # type: ignore[union-attr]
    assert table.item(0, FLAG_COLUMN).text() == "answer due soon"  # type: ignore[union-attr]
    at_bishkek(ex.desk.clock, "2026-09-09 10:00:00")
    window.claims_panel.refresh()
    wait_idle(qtbot, desk)
    assert table.item(0, FLAG_COLUMN).text() == "OVERDUE"  # type: ignore[union-attr]
    assert "1 claim past the answer date" in window.claims_panel.message_label.text()


def test_a_late_claim_is_refused_with_the_date_and_nothing_is_saved(qtbot: QtBot, desk: ClaimDesk) -> None:
    """R-CAL-1, R-CLM-8: the day after claims_close a claim about a missing voter is refused with
    the last day that applied; the form stays open and nothing is stored or printed."""
    at_bishkek(desk.exchange.desk.clock, "2026-11-15 09:00:00")
    window = open_window(qtbot, desk, "member1")
    dialog = start_claim(qtbot, window)
    dialog.type_combo.setFocus()
    qtbot.keyClick(dialog.type_combo, Qt.Key.Key_Down)  # correction → missing
    assert dialog.claim_type == "missing"
    assert dialog.form.pin_edit.isVisibleTo(dialog) and not dialog.form.voter_label.isVisibleTo(dialog)
    assert not dialog.form.inputs["sex"].isVisibleTo(dialog)
    qtbot.keyClicks(dialog.form.pin_edit, UNLISTED_PIN)
    type_text(qtbot, dialog.form.inputs["last_name"], "Өмүрбекова")
    fill_common(qtbot, dialog)
    qtbot.keyClick(dialog.form.pin_edit, Qt.Key.Key_Return)
    wait_idle(qtbot, desk)
    expected = explain(AppError(Reason.DEADLINE_PASSED, date="2026-11-14"), "en")
    assert dialog.error_label.text() == expected and "2026-11-14" in expected
    assert dialog.number == "" and dialog.isVisible() and desk.previewer.shown == []
    assert ClaimService(desk.exchange.ctx).states(desk.exchange.desk.ready_session("member1")) == []


def test_refusals_name_the_blocking_claim_and_what_is_missing(qtbot: QtBot, desk: ClaimDesk) -> None:
    """R-CLM-4: a second correction of a blocked voter is refused naming the open claim. R-CLM-7:
    a disability claim without the contact-centre check is refused with what is missing; with it
    and the passport copy attached through the file chooser, it is saved."""
    ex = desk.exchange
    first = ClaimService(ex.ctx).file(ex.desk.ready_session("member2"), claim_type="address", pin=PLANTED.pin,
                                      fields={"address": "Бишкек"}, contact="x", passport_checked=True,
                                      identified=True)  # fmt: skip
    window = open_window(qtbot, desk, "member1")
    find_and_select(qtbot, desk, window, PLANTED.full_name)
    dialog = start_claim(qtbot, window)
    dialog.form.sex_chooser.setFocus()
    qtbot.keyClick(dialog.form.sex_chooser, Qt.Key.Key_Down)  # the first sex after "(no change)"
    assert dialog.form.sex_chooser.value() == "F"
    fill_common(qtbot, dialog)
    qtbot.keyClick(dialog.form.contact_edit, Qt.Key.Key_Return)
    wait_idle(qtbot, desk)
    assert dialog.error_label.text() == explain(AppError(Reason.VOTER_BLOCKED, claim=first), "en")
    assert first in dialog.error_label.text() and dialog.number == ""

    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("disability"))
    assert dialog.form.contact_check_combo.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.form.pin_edit, UNLISTED_PIN)
    type_text(qtbot, dialog.form.inputs["last_name"], "Ңаматова")
    scan = ex.desk.data_dir.parent / "passport.pdf"
    scan.write_bytes(pdf("passport"))
    desk.chooser.file = scan
    qtbot.keyClick(dialog.form.add_file_button, Qt.Key.Key_Space)
    wait_idle(qtbot, desk)
    assert dialog.form.attachment_list.count() == 1
    qtbot.keyClick(dialog.form.pin_edit, Qt.Key.Key_Return)
    wait_idle(qtbot, desk)
    assert dialog.number == ""
    assert dialog.form.contact_check_combo in dialog.form.marks.marked()  # marked beside its field
    dialog.form.contact_check_combo.setFocus()
    qtbot.keyClick(dialog.form.contact_check_combo, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.form.contact_check_combo, Qt.Key.Key_Down)
    assert dialog.form.contact_check_combo.currentData() == "B"
    qtbot.keyClick(dialog.form.pin_edit, Qt.Key.Key_Return)
    wait_idle(qtbot, desk)
    assert dialog.number and len(desk.previewer.shown) == 1
    claim = ClaimService(ex.ctx).get(dialog.number)
    assert (
        claim.type == "disability"
        and claim.contact_check == "B"
        and [a.name for a in claim.attachments] == ["passport.pdf"]
    )


def test_a_member_sees_the_intake_and_an_auditor_does_not(qtbot: QtBot, desk: ClaimDesk) -> None:
    member = open_window(qtbot, desk, "member1")
    member.show_page(PageId.CLAIMS)
    assert member.current_page() is PageId.CLAIMS
    assert member.claims_panel.isVisible() and "newClaimAction" in menu_actions(member)
    auditor = open_window(qtbot, desk, "auditor")
    auditor.show_page(PageId.CLAIMS)  # not one of the auditor's pages: nothing happens
    assert PageId.CLAIMS not in auditor.pages and auditor.current_page() is not PageId.CLAIMS
    assert not auditor.claims_panel.isVisible() and "newClaimAction" not in menu_actions(auditor)
    auditor.open_claim_dialog()
    auditor.new_claim_action.trigger()
    assert auditor.claim_dialog is None


def test_the_print_preview_paints_every_page(qtbot: QtBot, tmp_path: Path) -> None:
    """The real preview's painter: PDFium pages on a QPrinter (here printing to a PDF file)."""
    data = pdf("page")
    images = pdf_images(data, 72)
    assert len(images) == 1 and isinstance(images[0], QImage) and images[0].width() == 612
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert paint_pdf(printer, data) == 1
    assert len(pypdf.PdfReader(tmp_path / "printed.pdf").pages) == 1


def test_a_receipt_is_saved_only_to_a_registered_drive(desk: ClaimDesk, tmp_path: Path) -> None:
    """R-SEC-8, R-SEC-11: saving a receipt onto a removable drive needs a registered drive; an
    unregistered one is refused (audited) and nothing is written there."""
    import dataclasses

    from app.errors import AppError, Reason
    from app.security.scanner.volumes import DirectoryVolumes
    from app.services.claims import ClaimService
    from app.services.media import MediaService
    from app.ui.claims.claim_dialog import save_receipt
    from tests.conftest import PLANTED

    ex = desk.exchange
    member = ex.desk.ready_session("member1")
    number = ClaimService(ex.ctx).file(member, claim_type="address", pin=PLANTED.pin, fields={"address": "Ош ш."},
                                       contact="+996 555 000 001", passport_checked=True, identified=True)  # fmt: skip
    drives = DirectoryVolumes()
    stranger, work = tmp_path / "stranger", tmp_path / "work"
    stranger.mkdir()
    work.mkdir()
    drives.plug(stranger, "S1", "V1", "HOLIDAY")
    registered = drives.plug(work, "S2", "V2", "PEC")
    MediaService(ex.ctx, drives).register(ex.desk.ready_session("chair"), registered, "holder")
    deps = dataclasses.replace(desk.deps, volumes=drives)
    with pytest.raises(AppError) as refused:
        save_receipt(deps, member, number, stranger)
    assert refused.value.reason is Reason.UNREGISTERED_MEDIUM
    assert list(stranger.iterdir()) == []
    assert save_receipt(deps, member, number, work).parent == work
    # Issue 10, reproduction 9b: the window picks a new name, never writes over a file or through a
    # link (a dangling one included), and the receipt is owner-only.
    (work / f"receipt-{number}-2.pdf").symlink_to(tmp_path / "nowhere.pdf")
    again = save_receipt(deps, member, number, work)
    assert again.name == f"receipt-{number}-3.pdf" and not (tmp_path / "nowhere.pdf").exists()
    assert {p.stat().st_mode & 0o777 for p in work.glob("*.pdf") if not p.is_symlink()} == {0o600}
