"""The Backup and recovery page, driven as a person would (issue 12 point 6): the system
administrator checks the store and sees the retention date (R-DATA-5), backs up to a registered
drive and restores it (R-SEC-10, R-SEC-11), with the older-backup confirmation; the chair's
destruction asks for the typed precinct number (R-DATA-5, R-AUD-1). Real services over a real
SQLCipher store and keyring; the drive is a directory in a `DirectoryVolumes` given to the window."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from app.security.audit import AuditAction
from app.security.scanner.volumes import DirectoryVolumes
from app.services.auth import AuthService
from app.services.destruction import DestructionService
from app.services.media import MediaService
from app.ui.backup.job_box import JobBox
from app.ui.backup.page import BackupPage
from app.ui.common.deps import UiDeps
from app.ui.main_window import MainWindow, SessionInfo
from app.ui.pages import PageId
from tests.conftest import STRONG, Precinct
from tests.gui.conftest import start_window, window_deps
from tests.gui.test_sync_window import FixedChooser


@dataclass
class BackupDesk:
    deps: UiDeps
    windows: list[MainWindow]
    precinct: Precinct
    drive: Path
    chooser: FixedChooser


@pytest.fixture
def desk(qapp: QApplication, qtbot: QtBot, qm_dir: Path, precinct: Precinct, tmp_path: Path) -> Iterator[BackupDesk]:
    """A registered drive connected (the chair registered it) and an unregistered one."""
    source, drive = DirectoryVolumes(), tmp_path / "drive"
    drive.mkdir()
    (tmp_path / "other").mkdir()
    volume = source.plug(drive, "SER-1", "VOL-1", "BACKUP-1")
    source.plug(tmp_path / "other", "SER-2", "VOL-2", "STRANGER")
    chair = precinct.ready_session("chair")
    MediaService(precinct.ctx, source).register(chair, volume, "Токтогулов Эрмек")
    chooser = FixedChooser()
    with window_deps(qapp, qtbot, qm_dir, precinct.ctx, volumes=source, chooser=chooser) as (deps, windows):
        yield BackupDesk(deps, windows, precinct, drive, chooser)


def open_page(qtbot: QtBot, desk: BackupDesk, login: str) -> BackupPage:
    session = desk.precinct.ready_session(login)
    window = start_window(qtbot, desk.deps, desk.windows, session, SessionInfo(600_000, "1001"))
    window.show_page(PageId.BACKUP)
    page = window.pages[PageId.BACKUP]
    assert isinstance(page, BackupPage)
    return page


def wait(qtbot: QtBot, desk: BackupDesk) -> None:
    qtbot.waitUntil(lambda: not desk.deps.runner.busy, timeout=30_000)


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isEnabled() and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def answer_yes(qtbot: QtBot, box: JobBox) -> None:
    assert box.confirm_box is not None and box.confirm_box.isVisible()
    yes = box.confirm_box.findChild(QPushButton, "confirmYesButton")
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)


def actions(precinct: Precinct) -> list[str]:
    return [e.action for e in precinct.ctx.audit.iter_events()]


def test_self_check_shows_the_cipher_and_the_retention_date(qtbot: QtBot, desk: BackupDesk) -> None:
    """R-DATA-5: the date the data is kept until, as `pec-desk selfcheck` says it; the check is
    audited and reports SQLCipher 4 and every page checked (R-SEC-10)."""
    retention = DestructionService(desk.precinct.ctx).retention()
    page = open_page(qtbot, desk, "sysadmin")
    box = page.self_check_box
    assert retention.until.isoformat() in box.retention_label.text()
    assert str(retention.days_left) in box.retention_label.text()
    box.integrity_check.setChecked(True)
    click(qtbot, box.check_button)
    wait(qtbot, desk)
    assert box.result_label.isVisible() and not box.error_label.isVisible()
    assert "SQLCipher 4." in box.result_label.text() and "Every page passed" in box.result_label.text()
    assert AuditAction.SELF_CHECK.value in actions(desk.precinct)


def test_sysadmin_backs_up_to_the_registered_drive_and_restores_it(qtbot: QtBot, desk: BackupDesk) -> None:
    """R-SEC-10, R-SEC-11: only the registered drive is offered; the backup is written there; a
    restore of a backup older than a later change is refused until the person ticks the explicit
    confirmation, the session going on meanwhile; then it is restored and the session ends."""
    page = open_page(qtbot, desk, "sysadmin")
    backup, restore = page.backup_box, page.restore_box
    assert backup is not None and restore is not None and page.destroy_box is None
    assert [backup.drive_combo.itemText(i) for i in range(backup.drive_combo.count())] == [f"BACKUP-1 — {desk.drive}"]
    assert "not registered: 1" in backup.drives_label.text()
    click(qtbot, backup.backup_button)
    wait(qtbot, desk)
    written = sorted(desk.drive.glob("pec-desk-1001-*.pecbak"))
    assert len(written) == 1 and written[0].name in backup.result_label.text()
    assert AuditAction.BACKUP_CREATED.value in actions(desk.precinct)

    member = AuthService(desk.precinct.ctx)  # a change after the backup: the password of member1
    session = member.login("member1", desk.precinct.password("member1"))
    member.change_password(session, desk.precinct.password("member1"), STRONG)

    desk.chooser.file = written[0]
    click(qtbot, restore.choose_button)
    assert restore.file_label.text() == str(written[0])
    qtbot.keyClicks(restore.password_edit, STRONG)
    click(qtbot, restore.restore_button)
    answer_yes(qtbot, restore)
    wait(qtbot, desk)
    assert restore.error_label.isVisible() and "tick the box" in restore.error_label.text()
    assert restore.password_edit.text() == "" and not page.session_over
    assert desk.precinct.ctx.precinct_if_open() is not None  # refused: the session's store is open again

    restore.older_check.setChecked(True)
    qtbot.keyClicks(restore.password_edit, STRONG)
    click(qtbot, restore.restore_button)
    answer_yes(qtbot, restore)
    wait(qtbot, desk)
    assert not restore.error_label.isVisible(), restore.error_label.text()
    assert "was restored" in restore.result_label.text() and "Changes given up: 1" in restore.result_label.text()
    assert page.session_over and page.logout_button.isVisible()
    events = list(desk.precinct.ctx.audit.iter_events())
    restored = [e.seq for e in events if e.action == AuditAction.BACKUP_RESTORED.value]
    assert restored and events[-1].action == AuditAction.LOGOUT.value and events[-1].seq > restored[0]
    assert desk.precinct.ctx.precinct_if_open() is None  # the session is over
    with qtbot.waitSignal(page.logout_requested):
        click(qtbot, page.logout_button)
    again = AuthService(desk.precinct.ctx).login("sysadmin", STRONG)  # the restored store opens
    assert again.login == "sysadmin"


def test_chair_destruction_needs_the_typed_number(qtbot: QtBot, desk: BackupDesk) -> None:
    """R-DATA-5, R-AUD-1: without the precinct number typed the destruction is refused beside the
    field, audited, nothing destroyed; with it and the early reason, the data is destroyed and the
    session ends."""
    page = open_page(qtbot, desk, "chair")
    box = page.destroy_box
    assert box is not None and page.backup_box is None and page.restore_box is None
    wait(qtbot, desk)
    assert box.reason_edit.isEnabled()  # the retention period runs: a reason is asked for
    click(qtbot, box.destroy_button)
    answer_yes(qtbot, box)
    wait(qtbot, desk)
    assert box.number_problem.isVisible() and "1001" in box.number_problem.text()
    assert AuditAction.DESTRUCTION_REFUSED.value in actions(desk.precinct)
    assert (desk.precinct.data_dir / "precinct.db").exists() and not page.session_over

    qtbot.keyClicks(box.number_edit, "1001")
    qtbot.keyClicks(box.reason_edit, "The TEC ordered it")
    click(qtbot, box.destroy_button)
    answer_yes(qtbot, box)
    wait(qtbot, desk)
    assert "was destroyed" in box.result_label.text(), box.error_label.text()
    assert not (desk.precinct.data_dir / "precinct.db").exists()
    assert page.session_over and page.logout_button.isVisible()
