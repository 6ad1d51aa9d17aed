"""Restore of a backup of this precinct (R-SEC-10, R-SEC-11 "recovery of data", R-AUD-1).

The person chooses the backup file and types their own password (the restore unwraps the store
key with it, throttled and audited like a login). `RestoreJob` verifies the whole file before
anything moves (this device, this store, every chunk, every page, the precinct, an active account
whose role may restore) and refuses a backup older than the changes recorded since unless the
person ticks the explicit confirmation (`--accept-older` of `pec-desk restore`). A last question
says that the data is replaced and the session ends. Done, the page reports `store_replaced`: the
session is over and the person logs in again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from app.errors import AppError, Reason
from app.security.session import Session
from app.services.backup import RestoreResult
from app.ui.backup.job_box import JobBox, WrappedCheck
from app.ui.common.deps import UiDeps
from app.ui.common.forms import named


class RestoreBox(JobBox):
    store_replaced = Signal(str)  # the result in words

    def __init__(self, deps: UiDeps, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(deps, "restoreBox", parent)
        self._session = session
        self.source: Path | None = None
        self.intro_label = named(QLabel(wordWrap=True), "restoreIntro")
        self.file_label = named(QLabel(wordWrap=True), "restoreFileLabel")
        self.choose_button = named(QPushButton(), "chooseBackupButton")
        self.password_edit = named(QLineEdit(echoMode=QLineEdit.EchoMode.Password), "restorePasswordEdit")
        self.older_check = WrappedCheck("acceptOlderCheck")
        self.restore_button = named(QPushButton(), "restoreButton")
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)
        form = QFormLayout()
        self._password_label = QLabel()
        self._password_label.setBuddy(self.password_edit)
        form.addRow(self._password_label, self.password_edit)
        self.box_layout.addWidget(self.intro_label)
        self.box_layout.addLayout(file_row)
        self.box_layout.addLayout(form)
        self.box_layout.addWidget(self.older_check)
        self.box_layout.addWidget(self.restore_button)
        self.add_outcome_widgets()
        self.choose_button.clicked.connect(self._on_choose_clicked)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Restore"))
        self.intro_label.setText(
            self.tr(
                "Puts a backup of this precinct made on this computer in place of the current data. "
                "The whole file is checked first; nothing changes if any check fails."
            )
        )
        self.choose_button.setText(self.tr("C&hoose the backup file…"))
        self._password_label.setText(self.tr("Your &password:"))
        self.older_check.setText(
            self.tr("Restore even if the backup is older than the current data (the changes made since are lost)")
        )
        self.restore_button.setText(self.tr("&Restore…"))
        self._show_source()

    def clear(self) -> None:
        super().clear()
        self.password_edit.clear()
        self.older_check.setChecked(False)

    def choose(self, path: Path) -> None:
        self.source = path
        self._show_source()

    def _show_source(self) -> None:
        chosen = self.source
        self.file_label.setText(str(chosen) if chosen else self.tr("No backup file chosen."))
        self.restore_button.setEnabled(chosen is not None)

    def _on_choose_clicked(self) -> None:
        path = self._deps.chooser.open_file(self, self.tr("Choose the backup file"), self.tr("Backups (*.pecbak)"))
        if path is not None:
            self.choose(path)

    def _on_restore_clicked(self) -> None:
        if self.busy or self.source is None:
            return
        if not self.password_edit.text():
            self.show_error(self.tr("Type your password: the restore opens the backup with it."))
            self.password_edit.setFocus()
            return
        question = self.tr(
            "Replace the current data with the backup %1? Your session ends afterwards and you log in again."
        ).replace("%1", self.source.name)
        self.confirm(question, self.tr("Restore the backup"), self._restore)

    def _restore(self) -> None:
        source, password, older = self.source, self.password_edit.text(), self.older_check.isChecked()
        self.password_edit.clear()
        if source is None:
            return
        services, session = self._deps.services, self._session
        self.run(
            lambda: services.restore(session, source, password, accept_older=older),
            self._on_restored,
            self._on_refused,
            always=True,
        )

    def _on_restored(self, result: RestoreResult) -> None:
        text = self.tr("The backup of %1 was restored.").replace("%1", result.created_at)
        if result.lost_changes:
            text += " " + self.tr("Changes given up: %1.").replace("%1", str(result.lost_changes))
        self.show_result(text)
        for widget in (self.choose_button, self.restore_button, self.password_edit, self.older_check):
            widget.setEnabled(False)
        self.store_replaced.emit(text)

    def _on_refused(self, error: AppError) -> None:
        if error.reason is Reason.BACKUP_OLDER:
            self.show_error(
                self.tr(
                    "This backup is older than the current data: %1 changes were recorded since it was made "
                    "(%2). To restore it knowingly, tick the box above and restore again."
                )
                .replace("%1", str(error.params.get("count", "")))
                .replace("%2", str(error.params.get("at", "")))
            )
            self.older_check.setFocus()
            return
        self.show_error(error)
        self.password_edit.setFocus()
