"""The "Drives" area (R-SEC-6, R-SEC-7, R-SEC-11): the removable drives connected now, the media
register, the scan of a drive, and the age of the antivirus signatures.

A `QTimer` polls `VolumeWatcher` on the injectable volume source every `POLL_MS` (it reads /proc
and /sys, or the test's directories: cheap enough for the UI thread). What changed is audited by
`MediaService.notice` on the worker, which also returns warnings for non-storage USB devices (a
phone): the warning is shown above everything else (R-SEC-7). The poll and the warning work for
every role; the drive lists, Register / Unregister and Scan exist only for roles with
`media.register` (chair, secretary), as does the signature line (the window puts it in its status
bar). Locking stops the poll and forgets what was shown (the watcher keeps its last reading, so
what changed meanwhile is noticed after the unlock) and cancels a running scan.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.messages import explain
from app.models.media import Medium
from app.security.permissions import Action, allowed
from app.security.scanner.volumes import Volume, VolumeWatcher
from app.security.session import Session
from app.services.signatures import NONE, TEST, UNUSABLE, SignatureState
from app.ui.common.deps import UiDeps
from app.ui.exchange.drive_scan import DriveScan
from app.ui.exchange.scan_dialog import drive_name
from app.ui.exchange.sync_panel import local_time

POLL_MS = 2000


@dataclass(frozen=True)
class DriveListing:
    connected: list[tuple[Volume, Medium | None]]
    registered: list[Medium]


class MediaPanel(QWidget):
    """The device warning (every role) and the Drives area (roles with media.register)."""

    listing_loaded = Signal()
    warned = Signal(str)  # a non-storage device appeared

    def __init__(self, deps: UiDeps, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._deps = deps
        self._session = session
        self._generation = 0  # bumped by clear(): outcomes of older calls are dropped
        self._watcher = VolumeWatcher(deps.volumes)
        self._connected: dict[str, Volume] = {}
        self._listing: DriveListing | None = None
        self._warnings: list[str] = []
        self._error: AppError | None = None
        self._signatures: SignatureState | None = None
        self._build_ui()
        self._connect_signals()
        self._retranslate_ui()

    @staticmethod
    def permitted(session: Session) -> bool:
        """Whether the role sees the Drives area (the register, the scans)."""
        return allowed(session.role, Action.MEDIA_REGISTER)

    def _build_ui(self) -> None:
        self.setObjectName("mediaPanel")
        self.warning_label = QLabel(wordWrap=True)
        self.warning_label.setObjectName("deviceWarning")
        self.warning_label.setStyleSheet("color: #a00000; font-weight: bold;")
        self.warning_label.setVisible(False)
        self.drives_box = QGroupBox()
        self.drives_box.setObjectName("drivesBox")
        self.connected_caption = QLabel()
        self.connected_table = _table("connectedDrives", 4)
        self.holder_label = QLabel()
        self.holder_edit = QLineEdit()
        self.holder_edit.setObjectName("holderEdit")
        self.holder_edit.setMaxLength(200)
        self.holder_label.setBuddy(self.holder_edit)
        self.register_button = QPushButton()
        self.register_button.setObjectName("registerButton")
        self.scan_button = QPushButton()
        self.scan_button.setObjectName("scanButton")
        self.registered_caption = QLabel()
        self.registered_table = _table("registeredDrives", 5)
        self.unregister_button = QPushButton()
        self.unregister_button.setObjectName("unregisterButton")
        self.error_label = QLabel(wordWrap=True)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setVisible(False)
        self.signatures_label = QLabel()
        self.signatures_label.setObjectName("signaturesStatus")
        self._lay_out()
        self.drives_box.setVisible(self.permitted(self._session))
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.drive_scan = DriveScan(self._deps, self._session, lambda: self._generation, self)
        self.scan_dialog, self.scan_progress = self.drive_scan.dialog, self.drive_scan.progress
        self._update_buttons()

    def _lay_out(self) -> None:
        row = QHBoxLayout()
        row.addWidget(self.holder_label)
        row.addWidget(self.holder_edit, 1)
        row.addWidget(self.register_button)
        row.addWidget(self.scan_button)
        unregister_row = QHBoxLayout()
        unregister_row.addStretch(1)
        unregister_row.addWidget(self.unregister_button)
        box = QVBoxLayout(self.drives_box)
        box.addWidget(self.connected_caption)
        box.addWidget(self.connected_table)
        box.addLayout(row)
        box.addWidget(self.registered_caption)
        box.addWidget(self.registered_table)
        box.addLayout(unregister_row)
        box.addWidget(self.error_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.drives_box)

    def _connect_signals(self) -> None:
        self.timer.timeout.connect(self.poll_now)
        self.connected_table.itemSelectionChanged.connect(self._update_buttons)
        self.registered_table.itemSelectionChanged.connect(self._update_buttons)
        self.holder_edit.textChanged.connect(self._update_buttons)
        self.register_button.clicked.connect(self._on_register_clicked)
        self.unregister_button.clicked.connect(self._on_unregister_clicked)
        self.scan_button.clicked.connect(self._on_scan_clicked)

    def _retranslate_ui(self) -> None:
        self.drives_box.setTitle(self.tr("Drives"))
        self.connected_caption.setText(self.tr("Removable drives connected now:"))
        self.connected_table.setHorizontalHeaderLabels(
            [self.tr("Drive"), self.tr("Folder"), self.tr("Serial"), self.tr("Register")]
        )
        self.holder_label.setText(self.tr("&Holder:"))
        self.holder_edit.setPlaceholderText(self.tr("Full name of the person who keeps the drive"))
        self.register_button.setText(self.tr("&Register"))
        self.scan_button.setText(self.tr("S&can"))
        self.registered_caption.setText(self.tr("Registered drives:"))
        self.registered_table.setHorizontalHeaderLabels(
            [self.tr("Label"), self.tr("Serial"), self.tr("Volume id"), self.tr("Holder"), self.tr("Registered")]
        )
        self.unregister_button.setText(self.tr("&Unregister"))
        self._show_listing()
        self._show_warnings()
        self._show_error()
        self.signatures_label.setText(self._signatures_text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_ui()
        super().changeEvent(event)

    # ---- public ------------------------------------------------------------------------
    @property
    def listing(self) -> DriveListing | None:
        return self._listing

    @property
    def signatures(self) -> SignatureState | None:
        return self._signatures

    @property
    def warnings(self) -> list[str]:
        return list(self._warnings)

    def start(self) -> None:
        """Poll now and every POLL_MS; read the register and the signature age."""
        self.poll_now()
        if self.permitted(self._session):
            self.reload()
            self.refresh_signatures()
        self.timer.start()

    def clear(self) -> None:
        """The window locks or closes: stop polling, cancel a scan, forget what was shown."""
        self._generation += 1
        self.timer.stop()
        self.drive_scan.cancel()
        self.scan_dialog.hide()
        self._listing = None
        self._warnings = []
        self._error = None
        self.holder_edit.clear()
        self._retranslate_ui()

    def poll_now(self) -> None:
        """Reads the drives and devices; what changed is audited on the worker."""
        change = self._watcher.poll()
        if not (change.appeared or change.disappeared or change.devices):
            return
        for volume in change.disappeared:
            self._connected.pop(str(volume.mount_point), None)
        for volume in change.appeared:
            self._connected[str(volume.mount_point)] = volume
        services, source, actor, generation = (
            self._deps.services,
            self._deps.volumes,
            self._session.actor,
            self._generation,
        )
        self._deps.runner.run(
            lambda: services.media(source).notice(change, actor),
            lambda warnings: self._on_noticed(warnings, generation),
            self._on_failed,
        )
        if self.permitted(self._session):
            self.reload()

    def reload(self) -> None:
        """Reads which connected drive is registered, and the register."""
        services, source, session = self._deps.services, self._deps.volumes, self._session
        connected = [self._connected[key] for key in sorted(self._connected)]
        generation = self._generation

        def job() -> DriveListing:
            media = services.media(source)
            return DriveListing([(v, media.registered(v)) for v in connected], media.all(session))

        self._deps.runner.run(job, lambda listing: self._on_listing(listing, generation), self._on_failed)

    def refresh_signatures(self) -> None:
        if not self.permitted(self._session):
            return
        self._deps.runner.run(self._deps.services.signature_state, self._on_signatures, self._on_failed)

    # ---- slots -------------------------------------------------------------------------
    def _on_noticed(self, warnings: list[str], generation: int) -> None:
        if not warnings or generation != self._generation:
            return
        self._warnings.extend(warnings)
        self._show_warnings()
        for warning in warnings:
            self.warned.emit(warning)

    def _on_listing(self, listing: DriveListing, generation: int) -> None:
        if generation != self._generation:
            return
        self._listing = listing
        self._show_listing()
        self.listing_loaded.emit()

    def _on_signatures(self, state: SignatureState) -> None:
        self._signatures = state
        self.signatures_label.setText(self._signatures_text())

    def _on_failed(self, error: AppError) -> None:
        self._error = error
        self._show_error()

    def _on_register_clicked(self) -> None:
        volume = self._selected_volume()
        holder = self.holder_edit.text().strip()
        if volume is None or not holder:
            return
        services, source, session = self._deps.services, self._deps.volumes, self._session
        self._set_error(None)
        self._deps.runner.run(
            lambda: services.media(source).register(session, volume, holder), self._on_registered, self._on_failed
        )

    def _on_registered(self, _medium: Medium) -> None:
        self.holder_edit.clear()
        self.reload()

    def _on_unregister_clicked(self) -> None:
        medium = self._selected_medium()
        if medium is None:
            return
        services, source, session = self._deps.services, self._deps.volumes, self._session
        self._set_error(None)
        self._deps.runner.run(
            lambda: services.media(source).unregister(session, medium.id), lambda _: self.reload(), self._on_failed
        )

    def _on_scan_clicked(self) -> None:
        volume = self._selected_volume()
        if volume is not None:
            self.drive_scan.start(volume)

    # ---- showing -----------------------------------------------------------------------
    def _selected_volume(self) -> Volume | None:
        rows = self.connected_table.selectionModel().selectedRows()
        listing = self._listing
        if not rows or listing is None or rows[0].row() >= len(listing.connected):
            return None
        return listing.connected[rows[0].row()][0]

    def _selected_medium(self) -> Medium | None:
        rows = self.registered_table.selectionModel().selectedRows()
        listing = self._listing
        if not rows or listing is None or rows[0].row() >= len(listing.registered):
            return None
        return listing.registered[rows[0].row()]

    def _update_buttons(self) -> None:
        volume = self._selected_volume()
        known = self._listing is not None and any(
            v == volume and m is not None for v, m in self._listing.connected
        )  # fmt: skip
        self.register_button.setEnabled(volume is not None and not known and bool(self.holder_edit.text().strip()))
        self.scan_button.setEnabled(volume is not None)
        self.unregister_button.setEnabled(self._selected_medium() is not None)

    def _show_listing(self) -> None:
        listing = self._listing or DriveListing([], [])
        selected = self._selected_volume()
        self.connected_table.setRowCount(len(listing.connected))
        for row, (volume, medium) in enumerate(listing.connected):
            if medium is None:
                status = self.tr("not registered")
            else:
                status = self.tr("registered (holder: %1)").replace("%1", medium.holder)
            _fill(self.connected_table, row, [drive_name(volume), str(volume.mount_point), volume.serial, status])
            if volume == selected:
                self.connected_table.selectRow(row)
        self.registered_table.setRowCount(len(listing.registered))
        for row, medium in enumerate(listing.registered):
            cells = [medium.label, medium.serial, medium.volume_id, medium.holder, local_time(medium.registered_at)]
            _fill(self.registered_table, row, cells)
        self._update_buttons()

    def _show_warnings(self) -> None:
        if not self._warnings:
            self.warning_label.setVisible(False)
            return
        text = self.tr(
            "Warning: a device that is not a storage drive is connected (%1). Phones and other devices must "
            "not be connected to this computer: disconnect it. This is recorded in the audit log."
        )
        self.warning_label.setText(text.replace("%1", "; ".join(dict.fromkeys(self._warnings))))
        self.warning_label.setVisible(True)

    def _set_error(self, error: AppError | None) -> None:
        self._error = error
        self._show_error()

    def _show_error(self) -> None:
        error = self._error
        self.error_label.setText("" if error is None else explain(error, self._deps.translations.lang))
        self.error_label.setVisible(error is not None)

    def _signatures_text(self) -> str:
        state = self._signatures
        if state is None:
            return ""
        if state.kind == TEST:
            return self.tr("Antivirus signatures: TEST signatures — not protection")
        if state.kind == NONE:
            return self.tr("Antivirus signatures: none installed — drives cannot be scanned")
        if state.kind == UNUSABLE:
            text = self.tr("Antivirus signatures: cannot be used (%1) — drives cannot be scanned")
            return text.replace("%1", state.why)
        if state.days < 0:
            return self.tr("Antivirus signatures: %1").replace("%1", state.date)
        text = self.tr("Antivirus signatures: %1 (%n day(s) old)", "", state.days)
        return text.replace("%1", local_time(state.date))


def _table(name: str, columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setMaximumHeight(140)
    return table


def _fill(table: QTableWidget, row: int, cells: list[str]) -> None:
    for column, text in enumerate(cells):
        table.setItem(row, column, QTableWidgetItem(text))
