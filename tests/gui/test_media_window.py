"""Drives in the window: the register, the scan with its report, the warning about a phone, and
import/export through registered drives (R-SEC-6, R-SEC-7, R-SEC-11).

The precinct device gets its package through the real path, and the package carries the project's
TEST antivirus signatures (as in tests/media/test_transfer.py), so the scans run the real policy
engine and the real clamscan. Drives are directories plugged into a `DirectoryVolumes` given to
the window through `UiDeps.volumes`.
"""

from __future__ import annotations

import re
import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.central.service import Central
from app.cli.demo_precinct import DEMO_ACCOUNTS
from app.clock import ManualClock
from app.errors import AppError, Reason
from app.messages import explain
from app.models.records import VoterRow
from app.models.vocabulary import Role
from app.security.scanner.clamav import test_signatures_dir as shipped_test_signatures
from app.security.scanner.volumes import Device, DirectoryVolumes, Volume
from app.services.context import DeskContext
from app.services.media import MediaService
from app.services.scanning import ScanService
from app.services.setup import IssuedAccount, set_up_device
from app.services.sync_import import EnvelopeImport
from app.ui.exchange.scan_dialog import REPORT
from app.ui.exchange.sync_dialog import APPLIED, CANCELLED, CHOOSE_DRIVE, CHOOSE_ENVELOPE, EXPORTED, PREVIEW, REFUSED
from app.ui.main_window import MainWindow
from tests.conftest import Precinct
from tests.exchange.conftest import ELECTION, Exchange, close_exchange
from tests.gui.conftest import type_text, window_deps
from tests.gui.fit import assert_labels_fit
from tests.gui.test_sync_window import FixedChooser, SyncDesk, click, menu_actions, open_window, wait_idle

# The EICAR test file, built from parts so this source is not itself a test-signature hit.
EICAR = b"X5O!P%@AP[4\\PZX54(P^)7CC)7}$" + b"EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"


@dataclass
class MediaDesk(SyncDesk):
    source: DirectoryVolumes = field(default_factory=DirectoryVolumes)

    @property
    def staging(self) -> Path:
        return self.exchange.ctx.paths.root / "staging"


def build_armed(tmp: Path, voters: list[VoterRow]) -> Exchange:
    """An exchange whose package carried the project's test signatures (as the demo's does)."""
    clock = ManualClock()
    central = Central(tmp / "central", clock)
    central.init()
    ctx = DeskContext(tmp / "data", clock=clock)
    setup = set_up_device(ctx, "1001", test_root=central.root_key().public_key().public_bytes_raw())
    central.enroll(setup.request)
    outbox, upbox = tmp / "to-pec", tmp / "to-central"
    outbox.mkdir()
    upbox.mkdir()
    issued = central.issue_package_rows("1001", voters, list(DEMO_ACCOUNTS), ELECTION, outbox,
                                        signatures=shipped_test_signatures())  # fmt: skip
    EnvelopeImport(ctx, None).apply(issued.path)
    accounts = {a.login: IssuedAccount(a.login, a.full_name, Role(a.role), a.password) for a in issued.accounts}
    return Exchange(central, Precinct(ctx, clock, accounts, tmp / "data"), outbox, upbox, issued.path, ("", ""))


@pytest.fixture
def desk(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, sample_voters: list[VoterRow], qm_dir: Path
) -> Iterator[MediaDesk]:
    ex = build_armed(tmp_path, sample_voters)
    chooser, source = FixedChooser(), DirectoryVolumes()
    with window_deps(qapp, qtbot, qm_dir, ex.ctx, chooser=chooser, volumes=source) as (deps, windows):
        yield MediaDesk(ex, deps, chooser, deps.translations, windows=windows, source=source)
    close_exchange(ex)


def drive_with_update(desk: MediaDesk, drive: Path) -> Path:
    """The next update on a "drive" with the trust bundle, as the TEC would bring it."""
    ex = desk.exchange
    ex.clock.advance(600)
    update = ex.central.issue_update("1001", None, ex.outbox)
    drive.mkdir(parents=True)
    shutil.copy(update.path, drive / update.path.name)
    shutil.copy(ex.outbox / "central-trust.json", drive / "central-trust.json")
    return drive / update.path.name


def register(desk: MediaDesk, volume: Volume, login: str = "chair") -> None:
    """Set-up outside the window (the runner is idle, so the store is free)."""
    MediaService(desk.exchange.ctx, desk.source).register(desk.exchange.desk.ready_session(login), volume, "Асанова")


def poll(qtbot: QtBot, desk: MediaDesk, window: MainWindow) -> None:
    window.media_panel.poll_now()
    wait_idle(qtbot, desk)


def scan(qtbot: QtBot, desk: MediaDesk, window: MainWindow, row: int = 0) -> None:
    panel = window.media_panel
    panel.connected_table.selectRow(row)
    click(qtbot, desk, panel.scan_button)


def audit_actions(desk: MediaDesk) -> list[str]:
    return [e.action for e in desk.exchange.ctx.audit.events()]


def staging_is_empty(desk: MediaDesk) -> bool:
    return not desk.staging.exists() or not any(desk.staging.iterdir())


def test_register_and_unregister_a_drive_in_the_window(qtbot: QtBot, desk: MediaDesk, tmp_path: Path) -> None:
    """R-SEC-11: the chair sees the drive connected now as not registered, registers it with the
    holder's name (required), sees it in the register, and unregisters it; each step is audited.
    The status bar tells the TEST signatures are no protection."""
    window = open_window(qtbot, desk, "chair")
    panel = window.media_panel
    assert panel.drives_box.isVisible() and panel.drives_box.title() == "Drives"
    qtbot.waitUntil(lambda: panel.signatures_label.text() != "")
    assert panel.signatures_label.text() == "Antivirus signatures: TEST signatures — not protection"
    assert panel.signatures_label.isVisible()
    (tmp_path / "flash").mkdir()
    desk.source.plug(tmp_path / "flash", "SER1", "VOL-1", "PEC-1001")
    poll(qtbot, desk, window)
    assert panel.connected_table.rowCount() == 1
    assert panel.connected_table.item(0, 0).text() == "PEC-1001"
    assert panel.connected_table.item(0, 3).text() == "not registered"
    assert panel.registered_table.rowCount() == 0

    panel.connected_table.selectRow(0)
    assert not panel.register_button.isEnabled(), "the holder's name is required"
    type_text(qtbot, panel.holder_edit, "Асанова Гүлнара")
    assert panel.register_button.isEnabled()
    click(qtbot, desk, panel.register_button)
    assert panel.registered_table.rowCount() == 1
    cells = [panel.registered_table.item(0, c).text() for c in range(4)]
    assert cells == ["PEC-1001", "SER1", "VOL-1", "Асанова Гүлнара"]
    assert panel.registered_table.item(0, 4).text()[:2] == "20"  # the date
    assert panel.connected_table.item(0, 3).text() == "registered (holder: Асанова Гүлнара)"
    assert panel.holder_edit.text() == "" and not panel.register_button.isEnabled()

    panel.registered_table.selectRow(0)
    click(qtbot, desk, panel.unregister_button)
    assert panel.registered_table.rowCount() == 0
    assert panel.connected_table.item(0, 3).text() == "not registered"
    actions = audit_actions(desk)
    for action in ("media.connected", "media.registered", "media.unregistered"):
        assert action in actions


def test_a_phone_appearing_shows_a_warning_and_is_audited(qtbot: QtBot, desk: MediaDesk) -> None:
    """R-SEC-7: the poll timer notices a non-storage USB device: a visible warning, an audit event."""
    window = open_window(qtbot, desk, "secretary")
    panel = window.media_panel
    assert not panel.warning_label.isVisible()
    desk.source.other.append(Device("1-4", "still-image/MTP", "Galaxy A15"))
    qtbot.waitUntil(panel.warning_label.isVisible, timeout=6_000)  # the 2 s timer, not a manual poll
    assert panel.warning_label.text().startswith("Warning: a device that is not a storage drive is connected")
    assert "still-image/MTP: Galaxy A15" in panel.warning_label.text()
    wait_idle(qtbot, desk)
    events = [e for e in desk.exchange.ctx.audit.events() if e.action == "media.non-storage-device"]
    assert len(events) == 1 and events[0].outcome == "warning" and events[0].object == "1-4"
    poll(qtbot, desk, window)  # still connected: not audited again
    assert audit_actions(desk).count("media.non-storage-device") == 1


def test_scan_of_a_clean_drive_reports_clean_with_the_engine(qtbot: QtBot, desk: MediaDesk, tmp_path: Path) -> None:
    """R-SEC-6: the report shows the outcome, the counts, clamscan with its TEST signatures; it is
    kept; the staged copies are gone."""
    drive_with_update(desk, tmp_path / "flash")
    volume = desk.source.plug(tmp_path / "flash", "SER1", "VOL-1", "PEC-1001")
    register(desk, volume)
    window = open_window(qtbot, desk, "secretary")
    panel, dialog = window.media_panel, window.media_panel.scan_dialog
    poll(qtbot, desk, window)
    stages: list[str] = []
    panel.scan_progress.progressed.connect(lambda stage, _done, _total: stages.append(stage))
    scan(qtbot, desk, window)
    assert dialog.isVisible() and dialog.state.kind == REPORT
    assert dialog.title_label.text() == "Scan report: PEC-1001"
    assert dialog.outcome_label.text() == "Result: clean. Nothing harmful was found."
    assert not dialog.infected_label.isVisible()
    report = dialog.report_text.toPlainText()
    assert "Files: 2\n" in report and "Findings: 0" in report
    assert re.search(
        r"\n  clamscan \d+\.\d+\S*, signatures test:\S+ \(TEST signatures, not protection\) \(no date\)\n", report
    )
    assert {"policy", "staging"} <= set(stages)
    kept = ScanService(desk.exchange.ctx, desk.source).reports(desk.exchange.desk.ready_session("secretary"))
    assert kept[0]["outcome"] == "clean" and kept[0]["medium_id"] == 1
    assert staging_is_empty(desk)
    click(qtbot, desk, dialog.close_button)
    assert not dialog.isVisible()


def test_an_infected_drive_shows_the_cec_rule(qtbot: QtBot, desk: MediaDesk, tmp_path: Path) -> None:
    """R-SEC-6: EICAR inside a file that looks like an envelope: the antivirus finds it; the window
    shows "infected", the finding, and the rule: do not use it, report to the CEC
    information-security unit (in Kyrgyz too)."""
    drive = tmp_path / "flash"
    drive.mkdir()
    (drive / "readme.pecenv").write_bytes(b"PECENV1\n" + EICAR)
    desk.source.plug(drive, "SER7", "VOL-7", "HOLIDAY")
    window = open_window(qtbot, desk, "chair")
    dialog = window.media_panel.scan_dialog
    poll(qtbot, desk, window)
    scan(qtbot, desk, window)
    assert dialog.state.kind == REPORT
    assert dialog.infected_label.isVisible()
    warning = dialog.infected_label.text()
    assert "Do not use it; report it at once to the CEC information-security unit." in warning
    assert warning == explain(AppError(Reason.INFECTED, detail=warning.split("(")[1].split(")")[0]), "en")
    assert dialog.outcome_label.text().startswith("Result: infected. Nothing from the drive is used.")
    assert dialog.outcome_label.text().endswith("Reason code: infected")
    assert_labels_fit(qtbot, dialog)
    finding = next(line for line in dialog.report_text.toPlainText().splitlines() if line.startswith("  • "))
    assert finding.startswith("  • infected — clamav:") and " — readme.pecenv" in finding
    desk.translations.set_language("ky")
    qtbot.waitUntil(lambda: "БШКнын маалымат коопсуздугу бөлүмүнө кабарлаңыз" in dialog.infected_label.text())
    assert staging_is_empty(desk)
    kept = ScanService(desk.exchange.ctx, desk.source).reports(desk.exchange.desk.ready_session("chair"))
    assert kept[0]["outcome"] == "refused"


def test_import_from_a_registered_drive_applies_update_2(qtbot: QtBot, desk: MediaDesk, tmp_path: Path) -> None:
    """R-SEC-11 with R-SYN-2: choose the drive, it is scanned and staged, choose the envelope, see
    the summary, Apply: the status line says update 2. Closing the dialog after the scan, and the
    end of the import, leave no staged copy."""
    envelope = drive_with_update(desk, tmp_path / "flash")
    volume = desk.source.plug(tmp_path / "flash", "SER1", "VOL-1", "PEC-1001")
    register(desk, volume)
    window = open_window(qtbot, desk, "secretary")
    panel, dialog = window.sync_panel, window.sync_panel.dialog
    assert {"syncDriveImportAction", "syncDriveExportAction"} <= menu_actions(window)

    panel.drive_import_action.trigger()
    assert dialog.state.kind == CHOOSE_DRIVE and dialog.title_label.text() == "Import from a registered drive"
    assert dialog.choice_list.count() == 1 and dialog.choice_list.item(0).text().startswith("PEC-1001 — ")
    click(qtbot, desk, dialog.next_button)
    assert dialog.state.kind == CHOOSE_ENVELOPE, dialog.error_label.text()
    assert dialog.title_label.text() == "PEC-1001 is clean"
    assert [dialog.choice_list.item(i).text() for i in range(dialog.choice_list.count())] == [envelope.name]
    assert not staging_is_empty(desk)
    click(qtbot, desk, dialog.cancel_button)  # changed my mind: the staged copies go
    assert not dialog.isVisible() and staging_is_empty(desk)

    panel.drive_import_action.trigger()
    click(qtbot, desk, dialog.next_button)
    click(qtbot, desk, dialog.next_button)  # the only envelope
    assert dialog.state.kind == PREVIEW
    assert dialog.title_label.text() == f"Update no. 2 from the central system ({envelope.name})"
    assert "Nothing is changed until you press Apply." in dialog.text_label.text()
    click(qtbot, desk, dialog.apply_button)
    assert dialog.state.kind == APPLIED and dialog.text_label.text().startswith("Applied:\n")
    assert panel.status is not None and panel.status["imported_seq"] == 2
    assert "Last envelope from the central system: no. 2, imported" in panel.import_status_label.text()
    assert staging_is_empty(desk)
    click(qtbot, desk, dialog.close_button)
    assert "data.import" in audit_actions(desk)


def test_an_unregistered_drive_is_refused_with_the_message(qtbot: QtBot, desk: MediaDesk, tmp_path: Path) -> None:
    """R-SEC-11: import from and export to a drive nobody registered: refused with
    unregistered-medium, its explanation shown, audited, nothing changed, also when the file
    dialogs pick a file or folder on it; once registered, the batch is written to it."""
    envelope = drive_with_update(desk, tmp_path / "stranger")
    volume = desk.source.plug(tmp_path / "stranger", "SER9", "VOL-9", "HOLIDAY")
    before = sorted(p.name for p in (tmp_path / "stranger").iterdir())
    window = open_window(qtbot, desk, "chair")
    panel, dialog = window.sync_panel, window.sync_panel.dialog
    expected = explain(AppError(Reason.UNREGISTERED_MEDIUM), "en")
    for action in (panel.drive_import_action, panel.drive_export_action):
        action.trigger()
        click(qtbot, desk, dialog.next_button)
        assert dialog.state.kind == REFUSED
        assert dialog.state.error is not None and dialog.state.error.reason is Reason.UNREGISTERED_MEDIUM
        assert dialog.title_label.text() == "Refused: HOLIDAY"
        assert dialog.error_label.text() == f"{expected}\nReason code: unregistered-medium"
        click(qtbot, desk, dialog.close_button)
    desk.chooser.file, desk.chooser.folder = envelope, tmp_path / "stranger"  # the file dialogs, on the drive
    for action in (panel.import_action, panel.export_action):
        action.trigger()
        wait_idle(qtbot, desk)
        assert dialog.state.kind == REFUSED and dialog.error_label.text().endswith("unregistered-medium")
        click(qtbot, desk, dialog.close_button)
    assert audit_actions(desk).count("media.refused") == 4
    assert panel.status is not None and panel.status["imported_seq"] == 1 and panel.status["exported_seq"] == 0
    assert sorted(p.name for p in (tmp_path / "stranger").iterdir()) == before

    register(desk, volume)
    panel.drive_export_action.trigger()
    assert dialog.title_label.text() == "Export the batch to a registered drive"
    assert dialog.next_button.text() == "&Write the batch"
    click(qtbot, desk, dialog.next_button)
    assert dialog.state.kind == EXPORTED
    assert (tmp_path / "stranger" / "1001-batch-000001.pecenv").is_file()


def gate_at_staging(relay_signal: SignalInstance) -> tuple[threading.Event, threading.Event]:
    """Holds the worker at the first "staging" progress report until the test lets it go."""
    reached, release = threading.Event(), threading.Event()

    def hold(stage: str, _done: int, _total: int) -> None:  # the worker thread (direct connection)
        if stage == "staging" and not reached.is_set():
            reached.set()
            release.wait(10)

    relay_signal.connect(hold, Qt.ConnectionType.DirectConnection)
    return reached, release


def test_cancel_stops_the_scan_and_leaves_no_staged_copy(qtbot: QtBot, desk: MediaDesk, tmp_path: Path) -> None:
    """R-SEC-6 / R-SEC-11: Cancel while the files are being copied stops the scan: the report says
    cancelled and the staging area is empty; the same in the import from a drive; and locking the
    window while the staged envelopes are offered discards them."""
    drive_with_update(desk, tmp_path / "flash")
    volume = desk.source.plug(tmp_path / "flash", "SER1", "VOL-1", "PEC-1001")
    register(desk, volume)
    window = open_window(qtbot, desk, "chair")
    media, scan_dialog = window.media_panel, window.media_panel.scan_dialog
    poll(qtbot, desk, window)

    reached, release = gate_at_staging(media.scan_progress.progressed)
    media.connected_table.selectRow(0)
    qtbot.mouseClick(media.scan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(reached.is_set, timeout=10_000)
    assert scan_dialog.busy and scan_dialog.cancel_button.isVisible()
    qtbot.mouseClick(scan_dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert scan_dialog.title_label.text() == "Stopping the scan of PEC-1001..."
    release.set()
    wait_idle(qtbot, desk)
    assert scan_dialog.state.kind == REPORT
    assert scan_dialog.outcome_label.text() == "The scan was cancelled. Nothing from the drive is used."
    assert staging_is_empty(desk)
    click(qtbot, desk, scan_dialog.close_button)

    sync, dialog = window.sync_panel, window.sync_panel.dialog
    reached, release = gate_at_staging(sync.scan_progress.progressed)
    sync.drive_import_action.trigger()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(reached.is_set, timeout=10_000)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    release.set()
    wait_idle(qtbot, desk)
    assert dialog.state.kind == CANCELLED
    assert dialog.text_label.text() == "The scan was cancelled. Nothing from the drive is used."
    assert staging_is_empty(desk)
    assert sync.status is not None and sync.status["imported_seq"] == 1
    click(qtbot, desk, dialog.close_button)

    sync.drive_import_action.trigger()
    click(qtbot, desk, dialog.next_button)
    assert dialog.state.kind == CHOOSE_ENVELOPE and not staging_is_empty(desk)
    window.lock_now("manual")
    wait_idle(qtbot, desk)
    assert not dialog.isVisible() and staging_is_empty(desk)


def test_members_do_not_see_the_drives_area(qtbot: QtBot, desk: MediaDesk, tmp_path: Path) -> None:
    """R-SEC-4 over R-SEC-11: no drive lists, no register, no scans, no drive import or export for a
    member; a phone plugged in is still warned about and audited (R-SEC-7)."""
    (tmp_path / "flash").mkdir()
    desk.source.plug(tmp_path / "flash", "SER1", "VOL-1", "PEC-1001")
    window = open_window(qtbot, desk, "member1")
    panel = window.media_panel
    assert not panel.drives_box.isVisible() and not panel.signatures_label.isVisible()
    assert panel.listing is None and panel.signatures is None
    assert not menu_actions(window) & {"syncDriveImportAction", "syncDriveExportAction"}
    desk.source.other.append(Device("1-4", "still-image/MTP", "Galaxy A15"))
    poll(qtbot, desk, window)
    assert panel.warning_label.isVisible()
    assert "media.non-storage-device" in audit_actions(desk)
