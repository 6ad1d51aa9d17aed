"""The Backup and recovery page (R-SEC-10, R-SEC-11, R-DATA-5, issue 12 point 6).

For the system administrator: the self-check with the retention date, a backup onto a registered
drive, and the restore with its checks; for the chair: the self-check and the destruction of the
personal data with its confirmations. Each box is shown only to the roles the permission table
lets do what it holds (`backup`, `restore`, `destroy`). Every job runs on the worker with a busy
bar and ends with its result or its refusal in words.

A restore or a destruction ends the session (the store this window opened is replaced or gone):
the page then says so, disables its boxes and offers "Log out", which it reports as
`logout_requested` for the window to end the session. Locking drops what was typed (the password,
the precinct number, the reason) and closes a question left open.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from app.security.permissions import Action, allowed
from app.security.session import Session
from app.ui.backup.backup_box import BackupBox
from app.ui.backup.destroy_box import DestroyBox
from app.ui.backup.job_box import JobBox
from app.ui.backup.restore_box import RestoreBox
from app.ui.backup.self_check_box import SelfCheckBox
from app.ui.common.deps import UiDeps
from app.ui.common.forms import named
from app.ui.common.page import Page


class BackupPage(Page):
    logout_requested = Signal()

    def __init__(self, deps: UiDeps, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._deps, self._session = deps, session
        self.session_over = False
        self._build_ui()
        self._connect_signals()
        self._retranslate_ui()

    def _build_ui(self) -> None:
        self.setObjectName("backupPage")
        role, deps, session = self._session.role, self._deps, self._session
        self.self_check_box = SelfCheckBox(deps, session)
        self.backup_box = BackupBox(deps, session) if allowed(role, Action.BACKUP) else None
        self.restore_box = RestoreBox(deps, session) if allowed(role, Action.RESTORE) else None
        self.destroy_box = DestroyBox(deps, session) if allowed(role, Action.DESTROY) else None
        self.over_label = named(QLabel(wordWrap=True), "resultLabel")
        self.logout_button = named(QPushButton(), "logoutButton")
        for widget in (self.over_label, self.logout_button):
            widget.hide()
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self.over_label)
        column.addWidget(self.logout_button)
        for box in self.boxes:
            column.addWidget(box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the texts wrap instead
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    @property
    def boxes(self) -> list[JobBox]:
        boxes = (self.self_check_box, self.backup_box, self.restore_box, self.destroy_box)
        return [box for box in boxes if box is not None]

    def _connect_signals(self) -> None:
        self.logout_button.clicked.connect(self.logout_requested)
        if self.destroy_box is not None:
            self.self_check_box.retention_loaded.connect(self.destroy_box.set_retention)
        for box in (self.restore_box, self.destroy_box):
            if box is not None:
                box.store_replaced.connect(self._on_store_replaced)

    def title(self) -> str:
        return self.tr("Backup and recovery")

    def _retranslate_ui(self) -> None:
        self.logout_button.setText(self.tr("&Log out"))
        if self.session_over:
            self.over_label.setText(self._over_text())

    def _over_text(self) -> str:
        return self.tr("Your session has ended: the data this window opened is no longer there. Log out now.")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_ui()
        super().changeEvent(event)

    def start(self) -> None:
        if self.session_over:
            return
        self.self_check_box.start()
        if self.backup_box is not None:
            self.backup_box.start()

    def clear(self) -> None:
        for box in self.boxes:
            box.clear()

    def _on_store_replaced(self, _text: str) -> None:
        self.session_over = True
        for box in self.boxes:
            for button in box.findChildren(QPushButton):
                button.setEnabled(False)
        self.over_label.setText(self._over_text())
        self.over_label.show()
        self.logout_button.show()
        self.logout_button.setFocus()
