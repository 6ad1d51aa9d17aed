"""An encrypted backup of the precinct store onto a registered drive (R-SEC-10, R-SEC-11, R-AUD-1).

The drives offered are those connected now that are in the media register (as for an export;
`BackupService.backup` checks it again and refuses any other drive as `unregistered-medium`). The
file gets a new name on the drive's top folder: `pec-desk-<precinct>-<date>-<time>.pecbak`. The
backup runs on the worker with a busy bar; its result names the file, its size and its hash.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from app.security.scanner.volumes import Volume
from app.security.session import Session
from app.services.backup import BackupResult
from app.services.desk_services import DeskServices
from app.ui.backup.job_box import JobBox
from app.ui.common.deps import UiDeps
from app.ui.common.forms import named

Drives = tuple[list[Volume], int]  # the registered drives connected now, how many others


def drive_name(volume: Volume) -> str:
    return volume.label or volume.volume_id or str(volume.mount_point)


def backup_path(folder: Path, precinct: str) -> Path:
    """A new file in `folder` named after the precinct and the time (worker thread)."""
    stem = f"pec-desk-{precinct or 'precinct'}-{time.strftime('%Y%m%d-%H%M%S')}"
    path, number = folder / f"{stem}.pecbak", 1
    while path.exists() or path.is_symlink():
        number += 1
        path = folder / f"{stem}-{number}.pecbak"
    return path


def list_drives(services: DeskServices, deps: UiDeps) -> Drives:
    media = services.media(deps.volumes)
    volumes = media.volumes()
    registered = [v for v in volumes if media.registered(v) is not None]
    return registered, len(volumes) - len(registered)


class BackupBox(JobBox):
    def __init__(self, deps: UiDeps, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(deps, "backupBox", parent)
        self._session = session
        self._drives: list[Volume] = []
        self._others = 0
        self.intro_label = named(QLabel(wordWrap=True), "backupIntro")
        self.drive_combo = named(QComboBox(), "backupDriveCombo")
        self.drives_button = named(QPushButton(), "refreshDrivesButton")
        self.backup_button = named(QPushButton(), "backupButton")
        self.drives_label = named(QLabel(wordWrap=True), "statusLabel")
        self.drive_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.drive_combo.setMinimumContentsLength(16)
        row = QHBoxLayout()
        row.addWidget(self.drives_button)
        row.addWidget(self.backup_button)
        row.addStretch(1)
        self.box_layout.addWidget(self.intro_label)
        self.box_layout.addWidget(self.drive_combo)
        self.box_layout.addLayout(row)
        self.box_layout.addWidget(self.drives_label)
        self.add_outcome_widgets()
        self.drives_button.clicked.connect(self.refresh_drives)
        self.backup_button.clicked.connect(self._on_backup_clicked)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Backup"))
        self.intro_label.setText(
            self.tr("An encrypted copy of the store, written to a registered flash drive connected now.")
        )
        self.drives_button.setText(self.tr("Look for &drives"))
        self.backup_button.setText(self.tr("&Back up now"))
        self._show_drives()

    def start(self) -> None:
        self.refresh_drives()

    def refresh_drives(self) -> None:
        services, deps = self._deps.services, self._deps
        self.run(lambda: list_drives(services, deps), self._on_drives)

    def _on_drives(self, drives: Drives) -> None:
        chosen = self.drive_combo.currentData()
        self._drives, self._others = drives
        self.drive_combo.clear()
        for volume in self._drives:
            self.drive_combo.addItem(f"{drive_name(volume)} — {volume.mount_point}", str(volume.mount_point))
        if chosen is not None:
            self.drive_combo.setCurrentIndex(max(0, self.drive_combo.findData(chosen)))
        self._show_drives()

    def _show_drives(self) -> None:
        if not self._drives:
            text = self.tr("No registered drive is connected. Connect one and click “Look for drives”.")
        else:
            text = self.tr("Registered drives connected: %1.").replace("%1", str(len(self._drives)))
        if self._others:
            text += " " + self.tr(
                "Drives connected but not registered: %1 (the chair or the secretary registers them)."
            ).replace("%1", str(self._others))
        self.drives_label.setText(text)
        self.backup_button.setEnabled(bool(self._drives))

    def _on_backup_clicked(self) -> None:
        index = self.drive_combo.currentIndex()
        if self.busy or not 0 <= index < len(self._drives):
            return
        volume = self._drives[index]
        services, deps, session = self._deps.services, self._deps, self._session

        def job() -> BackupResult:
            out = backup_path(volume.mount_point, services.session_settings().precinct)
            return services.backups(deps.volumes).backup(session, out)

        self.run(job, lambda result: self._on_backed_up(result, volume))

    def _on_backed_up(self, result: BackupResult, volume: Volume) -> None:
        self.show_result(
            self.tr("The backup was written to %1 on %2: %3 bytes, SHA-256 %4. Keep the drive in a safe place.")
            .replace("%1", result.path.name)
            .replace("%2", drive_name(volume))
            .replace("%3", str(result.size))
            .replace("%4", result.sha256[:16])
        )
