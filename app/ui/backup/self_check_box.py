"""The store's self-check and the retention date, in words (what `pec-desk selfcheck` prints).

The retention line (R-DATA-5: the data is kept until voting day + the retention days of the
signed package) is read when the page starts, for every role that has the page. "Check the
store" (`AuditService.self_check`, audited; for the roles that view the audit log) says which
SQLCipher and SQLite are underneath and, when asked, checks every page's HMAC.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.models.db import SelfCheck
from app.security.permissions import Action, allowed
from app.security.session import Session
from app.services.destruction import Retention
from app.ui.backup.job_box import JobBox, WrappedCheck
from app.ui.common.deps import UiDeps
from app.ui.common.forms import named


class SelfCheckBox(JobBox):
    retention_loaded = Signal(object)  # Retention

    def __init__(self, deps: UiDeps, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(deps, "selfCheckBox", parent)
        self._session = session
        self.retention: Retention | None = None
        self.retention_label = named(QLabel(wordWrap=True), "retentionLabel")
        self.check_button = named(QPushButton(), "selfCheckButton")
        self.integrity_check = WrappedCheck("integrityCheck")
        row = QHBoxLayout()
        row.addWidget(self.check_button)
        row.addWidget(self.integrity_check, 1)
        self.box_layout.addWidget(self.retention_label)
        self.box_layout.addLayout(row)
        self.add_outcome_widgets()
        permitted = allowed(session.role, Action.AUDIT_VIEW)
        self.check_button.setVisible(permitted)
        self.integrity_check.setVisible(permitted)
        self.check_button.clicked.connect(self._on_check_clicked)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Self-check and retention"))
        self.check_button.setText(self.tr("&Check the store"))
        self.integrity_check.setText(self.tr("Also check every page of the store (slower)"))
        self._show_retention()

    def start(self) -> None:
        destruction = self._deps.services.destruction
        self.run(lambda: destruction().retention(), self._on_retention)

    def _on_retention(self, retention: Retention) -> None:
        self.retention = retention
        self._show_retention()
        self.retention_loaded.emit(retention)

    def _show_retention(self) -> None:
        self.retention_label.setText(self.retention_text(self.retention) if self.retention else "")

    def retention_text(self, retention: Retention) -> str:
        until = retention.until.isoformat()
        if retention.passed:
            return self.tr(
                "The retention period ended on %1: the personal data has served its purpose and the chair "
                "destroys it on this page."
            ).replace("%1", until)
        return (
            self.tr("The personal data is kept until %1 (days left: %2).")
            .replace("%1", until)
            .replace("%2", str(retention.days_left))
        )

    def _on_check_clicked(self) -> None:
        if self.busy:
            return
        services, session, integrity = self._deps.services, self._session, self.integrity_check.isChecked()
        self.run(
            lambda: (services.audit().self_check(session, integrity=integrity), services.destruction().retention()),
            lambda outcome: self._on_checked(*outcome, integrity=integrity),
        )

    def _on_checked(self, check: SelfCheck, retention: Retention, *, integrity: bool) -> None:
        self._on_retention(retention)
        cipher = (
            self.tr("The store is encrypted with SQLCipher %1 (%2), SQLite %3.")
            .replace("%1", check.cipher_version)
            .replace("%2", check.cipher_provider)
            .replace("%3", check.sqlite_version)
        )
        if check.integrity_errors:
            self.show_error(
                self.tr("%1 Pages that fail their check: %2. The store is damaged: restore the last backup.")
                .replace("%1", cipher)
                .replace("%2", str(len(check.integrity_errors)))
            )
        elif not check.ok:
            self.show_error(self.tr("%1 This is not SQLCipher 4: the store cannot be trusted.").replace("%1", cipher))
        elif integrity:
            self.show_result(self.tr("%1 Every page passed its check.").replace("%1", cipher))
        else:
            self.show_result(self.tr("%1 The store is sound.").replace("%1", cipher))
