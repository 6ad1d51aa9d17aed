"""Import and export in the window, through the real central system (R-SYN-1, R-SYN-2).

The precinct device gets its package through the real path (`build_exchange`); the window is
built on that device with a logged-in user, as the flow does after login. File and folder
choices come from a `FixedChooser` instead of the native dialogs.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from app.errors import AppError, Reason
from app.messages import explain
from app.models.records import VoterRow
from app.models.synthetic import generate_voters, write_voters_csv
from app.ui.common.deps import UiDeps
from app.ui.common.translations import Translations
from app.ui.exchange.sync_dialog import APPLIED, EXPORTED, PREVIEW, REFUSED
from app.ui.main_window import MainWindow, SessionInfo
from app.ui.pages import PageId
from tests.conftest import PLANTED
from tests.exchange.conftest import Exchange, build_exchange, close_exchange
from tests.gui.conftest import start_window, window_deps
from tests.gui.fit import assert_labels_fit
from tests.gui.test_login_flow import search, shown_names


@dataclass
class FixedChooser:
    """Answers every file or folder choice with the path the test set (None: cancelled)."""

    file: Path | None = None
    folder: Path | None = None
    asked: list[str] = field(default_factory=list)

    def open_file(self, parent: QWidget, title: str, name_filter: str) -> Path | None:
        self.asked.append(name_filter)
        return self.file

    def directory(self, parent: QWidget, title: str) -> Path | None:
        self.asked.append(title)
        return self.folder


@dataclass
class SyncDesk:
    exchange: Exchange
    deps: UiDeps
    chooser: FixedChooser
    translations: Translations
    windows: list[MainWindow] = field(default_factory=list)


@pytest.fixture
def desk(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, sample_voters: list[VoterRow], qm_dir: Path
) -> Iterator[SyncDesk]:
    ex = build_exchange(tmp_path, sample_voters)
    chooser = FixedChooser()
    with window_deps(qapp, qtbot, qm_dir, ex.ctx, chooser=chooser) as (deps, windows):
        yield SyncDesk(ex, deps, chooser, deps.translations, windows)
    close_exchange(ex)


def open_window(qtbot: QtBot, desk: SyncDesk, login: str) -> MainWindow:
    """The main window of `login` (one-time password already changed), started as after login, on
    its Drives and exchange page (if the role has it)."""
    session = desk.exchange.desk.ready_session(login)
    window = start_window(qtbot, desk.deps, desk.windows, session, SessionInfo(600_000, "1001"))
    window.show_page(PageId.EXCHANGE)
    return window


def wait_idle(qtbot: QtBot, desk: SyncDesk) -> None:
    qtbot.waitUntil(lambda: not desk.deps.runner.busy, timeout=20_000)


def menu_actions(window: MainWindow) -> set[str]:
    """The object names of every action reachable from the menu bar."""
    names: set[str] = set()
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu) and top.isVisible():
            names |= {a.objectName() for a in menu.actions() if isinstance(a, QAction) and a.isVisible()}
    return names


def import_file(qtbot: QtBot, desk: SyncDesk, window: MainWindow, path: Path) -> None:
    desk.chooser.file = path
    window.sync_panel.import_action.trigger()
    wait_idle(qtbot, desk)


def click(qtbot: QtBot, desk: SyncDesk, button: QWidget) -> None:
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, desk)


def changed_list(tmp_path: Path, voters: list[VoterRow]) -> tuple[Path, VoterRow, VoterRow]:
    """The central list with one voter renamed (PLANTED), one gone and one new."""
    newcomer = next(generate_voters(1, seed=8))
    assert newcomer.pin not in {v.pin for v in voters}
    gone = voters[5]
    renamed = dataclasses.replace(PLANTED, first_name="Айгерим")
    rows = [renamed if v.pin == PLANTED.pin else v for v in voters if v.pin != gone.pin]
    path = tmp_path / "list.csv"
    write_voters_csv([*rows, newcomer], path)
    return path, gone, newcomer


def test_import_shows_what_changes_then_applies_it(
    qtbot: QtBot, desk: SyncDesk, tmp_path: Path, sample_voters: list[VoterRow]
) -> None:
    """R-SYN-1, R-SYN-2: the secretary chooses the update; the window checks it with a progress bar
    and shows the counts before anything changes; Cancel changes nothing; Apply applies, the status
    line shows update 2 and the voter list shows the corrected name; the same file again is
    "already applied"."""
    ex = desk.exchange
    window = open_window(qtbot, desk, "secretary")
    panel = window.sync_panel
    assert {"syncImportAction", "syncExportAction"} <= menu_actions(window)
    assert panel.isVisible() and panel.status is not None and panel.status["imported_seq"] == 1
    assert "no. 1" in panel.import_status_label.text()
    assert panel.batch_status_label.text() == "No batch has been made for the central system yet."
    search(qtbot, window.search_panel, "тестова")
    qtbot.waitUntil(lambda: shown_names(window.search_panel) == ["Тестова Айзада"])

    csv_path, gone, newcomer = changed_list(tmp_path, sample_voters)
    ex.clock.advance(600)
    update = ex.central.issue_update("1001", csv_path, ex.outbox)
    progress: list[tuple[int, int]] = []
    panel.progress.progressed.connect(lambda done, total: progress.append((done, total)))

    import_file(qtbot, desk, window, update.path)
    dialog = panel.dialog
    assert dialog.isVisible() and dialog.state.kind == PREVIEW
    assert desk.chooser.asked == ["Envelopes (*.pecenv)"]
    assert progress and progress[-1][0] == progress[-1][1] > 0, "the check reported its progress"
    summary = dialog.text_label.text()
    assert dialog.title_label.text() == f"Update no. 2 from the central system ({update.path.name})"
    for line in ("1 new voter", "1 changed voter", "1 removed voter", "0 decisions on claims", "0 new accounts"):
        assert f"• {line}\n" in summary, summary
    assert dialog.apply_button.isVisible() and dialog.cancel_button.isVisible()
    assert ex.ctx.voters.find_pin(newcomer.pin) is None, "the preview changed nothing"

    click(qtbot, desk, dialog.cancel_button)
    assert not dialog.isVisible()
    assert panel.status["imported_seq"] == 1 and ex.ctx.voters.find_pin(newcomer.pin) is None

    import_file(qtbot, desk, window, update.path)
    progress.clear()
    click(qtbot, desk, dialog.apply_button)
    assert dialog.state.kind == APPLIED and dialog.close_button.isVisible()
    assert not dialog.apply_button.isVisible()
    assert progress, "the apply reported its progress"
    assert dialog.text_label.text().startswith("Applied:\n")
    assert "• 1 new voter" in dialog.text_label.text()
    assert panel.status["imported_seq"] == 2
    assert "Last envelope from the central system: no. 2, imported" in panel.import_status_label.text()
    qtbot.waitUntil(lambda: shown_names(window.search_panel) == ["Тестова Айгерим"])  # the list view refreshed
    assert ex.ctx.voters.find_pin(newcomer.pin) is not None
    removed = ex.ctx.voters.find_pin(gone.pin)
    assert removed is not None and removed.status.value == "removed"
    click(qtbot, desk, dialog.close_button)
    assert not dialog.isVisible()

    import_file(qtbot, desk, window, update.path)
    assert dialog.state.kind == PREVIEW
    assert dialog.text_label.text() == "This envelope was applied before; nothing will change."
    assert not dialog.apply_button.isVisible() and dialog.close_button.isVisible()
    click(qtbot, desk, dialog.close_button)
    assert panel.status["imported_seq"] == 2


def test_export_writes_the_batch_and_the_next_update_acknowledges_it(
    qtbot: QtBot, desk: SyncDesk, tmp_path: Path
) -> None:
    """R-SYN-1: Export writes batch 1 into the chosen folder and the status says it is not yet
    acknowledged; after the central system takes it in, its next update (imported in the window)
    makes the status say "acknowledged"."""
    ex = desk.exchange
    window = open_window(qtbot, desk, "chair")
    panel, dialog = window.sync_panel, window.sync_panel.dialog
    drive = tmp_path / "flash"
    drive.mkdir()
    desk.chooser.folder = drive
    panel.export_action.trigger()
    wait_idle(qtbot, desk)
    assert dialog.state.kind == EXPORTED and dialog.isVisible()
    files = sorted(p.name for p in drive.iterdir())
    assert files == ["1001-batch-000001.pecenv"]
    assert dialog.title_label.text() == "Batch no. 1 is written"
    assert "File: 1001-batch-000001.pecenv" in dialog.text_label.text()
    assert "• 0 claims" in dialog.text_label.text() and "audit event" in dialog.text_label.text()
    assert_labels_fit(qtbot, dialog)
    assert panel.status is not None and panel.status["exported_seq"] == 1 and not panel.status["acknowledged"]
    assert panel.batch_status_label.text().startswith("Last batch: no. 1, made ")
    assert panel.batch_status_label.text().endswith("; not yet acknowledged by the central system")
    click(qtbot, desk, dialog.close_button)

    got = ex.central.ingest(drive / files[0])
    assert got.audit_ok, got.problems
    ex.clock.advance(600)
    update = ex.central.issue_update("1001", None, ex.outbox)
    import_file(qtbot, desk, window, update.path)
    assert "• 1 batch acknowledged by the central system" in dialog.text_label.text()
    click(qtbot, desk, dialog.apply_button)
    assert dialog.state.kind == APPLIED
    assert panel.status["acknowledged"] is True and panel.status["imported_seq"] == 2
    assert "; acknowledged by the central system " in panel.batch_status_label.text()


def test_a_tampered_update_is_refused_with_its_reason_and_changes_nothing(qtbot: QtBot, desk: SyncDesk) -> None:
    """R-SYN-2: a byte flipped near the end of the update: the preview refuses, showing the
    explanation in Kyrgyz (the default) and the reason code; a file damaged after its preview is
    refused by Apply; the status line stays as it was."""
    ex = desk.exchange
    desk.translations.set_language("ky")
    window = open_window(qtbot, desk, "secretary")
    panel, dialog = window.sync_panel, window.sync_panel.dialog
    before = dict(panel.status or {})
    status_text = panel.import_status_label.text()
    voters_before = ex.ctx.voters.count()
    ex.clock.advance(600)
    update = ex.central.issue_update("1001", None, ex.outbox)
    good = update.path.read_bytes()

    import_file(qtbot, desk, window, update.path)  # previewed intact ...
    assert dialog.state.kind == PREVIEW
    update.path.write_bytes(flip_near_end(good))  # ... damaged before Apply
    click(qtbot, desk, dialog.apply_button)
    assert dialog.state.kind == REFUSED
    error = dialog.state.error
    assert error is not None
    assert error.reason in (Reason.SIGNATURE_INVALID, Reason.MALFORMED)
    assert dialog.error_label.text().startswith(explain(error, "ky"))
    assert dialog.error_label.text().endswith(error.reason.value)
    assert not dialog.apply_button.isVisible() and dialog.close_button.isVisible()
    assert panel.status == before and panel.import_status_label.text() == status_text
    click(qtbot, desk, dialog.close_button)

    import_file(qtbot, desk, window, update.path)  # the damaged file, from the start
    assert dialog.state.kind == REFUSED
    assert dialog.state.error is not None and dialog.state.error.reason is error.reason
    assert error.reason.value in dialog.error_label.text()
    assert panel.status == before and ex.ctx.voters.count() == voters_before
    click(qtbot, desk, dialog.close_button)

    update.path.write_bytes(good)  # the intact copy still applies: nothing was half-done
    import_file(qtbot, desk, window, update.path)
    click(qtbot, desk, dialog.apply_button)
    assert dialog.state.kind == APPLIED and panel.status is not None and panel.status["imported_seq"] == 2


def test_a_file_that_is_no_envelope_is_refused(qtbot: QtBot, desk: SyncDesk, tmp_path: Path) -> None:
    """R-SYN-2: not an envelope at all: refused as malformed, the explanation and the code shown."""
    window = open_window(qtbot, desk, "secretary")
    dialog = window.sync_panel.dialog
    junk = tmp_path / "junk.pecenv"
    junk.write_bytes(b"not an envelope" * 20)
    import_file(qtbot, desk, window, junk)
    error = dialog.state.error
    assert dialog.state.kind == REFUSED and isinstance(error, AppError) and error.reason is Reason.MALFORMED
    assert dialog.title_label.text() == "Refused: junk.pecenv"
    assert dialog.error_label.text() == f"{explain(error, 'en')}\nReason code: malformed"


def test_a_failed_write_is_a_medium_error_shown_with_its_code(qtbot: QtBot, desk: SyncDesk, tmp_path: Path) -> None:
    """R-SYN-1: the batch's file name is taken by a folder on the drive, so writing fails: the
    dialog shows the translated medium-error refusal with its code, and no batch is recorded."""
    window = open_window(qtbot, desk, "secretary")
    panel, dialog = window.sync_panel, window.sync_panel.dialog
    drive = tmp_path / "flash"
    taken = drive / "1001-batch-000001.pecenv"
    taken.mkdir(parents=True)
    (taken / "something").write_text("x")
    desk.chooser.folder = drive
    panel.export_action.trigger()
    wait_idle(qtbot, desk)
    error = dialog.state.error
    assert dialog.state.kind == REFUSED and isinstance(error, AppError) and error.reason is Reason.MEDIUM_ERROR
    assert dialog.error_label.text().endswith("Reason code: medium-error")
    assert panel.status is not None and panel.status["exported_seq"] == 0
    click(qtbot, desk, dialog.close_button)
    assert not dialog.isVisible()


def test_a_lost_batch_is_written_again_from_the_sync_menu(qtbot: QtBot, desk: SyncDesk, tmp_path: Path) -> None:
    """R-SYN-2: batch 1 is lost on the way; "Write the unacknowledged batches again" puts the same
    file on the chosen drive, the central side takes it, and once acknowledged there is nothing
    left to write again (the refusal is shown with its code)."""
    ex = desk.exchange
    window = open_window(qtbot, desk, "secretary")
    panel, dialog = window.sync_panel, window.sync_panel.dialog
    assert "syncResendAction" in menu_actions(window)
    drive = tmp_path / "flash"
    drive.mkdir()
    desk.chooser.folder = drive
    panel.export_action.trigger()
    wait_idle(qtbot, desk)
    batch = drive / "1001-batch-000001.pecenv"
    original = batch.read_bytes()
    click(qtbot, desk, dialog.close_button)
    batch.unlink()  # the drive was lost

    other = tmp_path / "another-flash"
    other.mkdir()
    desk.chooser.folder = other
    panel.resend_action.trigger()
    wait_idle(qtbot, desk)
    assert dialog.state.kind == EXPORTED and dialog.title_label.text() == "1 unacknowledged batch written again"
    assert "• 1001-batch-000001.pecenv" in dialog.text_label.text()
    assert_labels_fit(qtbot, dialog)
    assert (other / batch.name).read_bytes() == original
    click(qtbot, desk, dialog.close_button)

    assert ex.central.ingest(other / batch.name).claims == 0
    ex.clock.advance(600)
    import_file(qtbot, desk, window, ex.central.issue_update("1001", None, ex.outbox).path)
    click(qtbot, desk, dialog.apply_button)
    assert panel.status is not None and panel.status["acknowledged"] is True
    click(qtbot, desk, dialog.close_button)
    panel.resend_action.trigger()
    wait_idle(qtbot, desk)
    error = dialog.state.error
    assert dialog.state.kind == REFUSED and isinstance(error, AppError) and error.reason is Reason.DUPLICATE
    assert dialog.error_label.text().endswith("Reason code: duplicate")


@pytest.mark.parametrize("login", ["member1", "sysadmin", "auditor"])
def test_roles_without_sync_do_not_see_it(qtbot: QtBot, desk: SyncDesk, login: str) -> None:
    """R-SEC-4 over R-SYN-1: the window hides what the permission table forbids."""
    window = open_window(qtbot, desk, login)
    names = menu_actions(window)
    assert "lockAction" in names
    assert not names & {"syncImportAction", "syncExportAction", "syncResendAction"}
    assert window.sync_menu.menuAction() not in window.menuBar().actions()
    assert not window.sync_panel.isVisible() and window.sync_panel.status is None


def test_locking_closes_the_summary_and_forgets_the_file(qtbot: QtBot, desk: SyncDesk) -> None:
    """R-SEC-5 with R-SYN-2: a lock cancels the shown summary; nothing is applied."""
    ex = desk.exchange
    window = open_window(qtbot, desk, "secretary")
    dialog = window.sync_panel.dialog
    ex.clock.advance(600)
    update = ex.central.issue_update("1001", None, ex.outbox)
    import_file(qtbot, desk, window, update.path)
    assert dialog.isVisible() and dialog.state.kind == PREVIEW
    window.lock_now("manual")
    wait_idle(qtbot, desk)
    assert not dialog.isVisible()
    dialog.apply_button.click()  # even if it were reached, there is no chosen file any more
    wait_idle(qtbot, desk)
    assert window.sync_panel.status is not None and window.sync_panel.status["imported_seq"] == 1


def flip_near_end(data: bytes) -> bytes:
    at = len(data) - 10
    return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1 :]
