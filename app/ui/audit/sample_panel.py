"""The periodic review of the system administrators' actions by random sample (R-AUD-4, R-AUD-5):
draw a sample (`AuditService.admin_sample`, the OS's randomness, never one's own), read it, write
what was found and record the review (`record_review`). As on the command line (`pec-desk audit
sample`): every reader of the log but a system administrator."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget

from app.errors import AppError
from app.messages import explain
from app.models.audit_store import AuditEvent
from app.models.vocabulary import Role
from app.security.permissions import Action, allowed
from app.security.session import Session
from app.ui.audit.events_table import EventsTable
from app.ui.common.deps import UiDeps
from app.ui.common.forms import named


class SamplePanel(QWidget):
    def __init__(self, deps: UiDeps, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._deps, self._session = deps, session
        self._generation = 0
        self._build_ui()
        self._connect_signals()
        self._retranslate_ui()
        deps.translations.language_changed.connect(self.table.relabel)

    @staticmethod
    def permitted(session: Session) -> bool:
        """As `AuditService.admin_sample` decides: AUDIT_VIEW, and not a system administrator."""
        return allowed(session.role, Action.AUDIT_VIEW) and session.role is not Role.SYSADMIN

    def _build_ui(self) -> None:
        self.setObjectName("samplePanel")
        self.intro_label = QLabel(wordWrap=True)
        self.count_spin = named(QSpinBox(), "sampleCount")
        self.count_spin.setRange(1, 100)
        self.count_spin.setValue(10)
        self.draw_button = named(QPushButton(), "drawSample")
        top = QHBoxLayout()
        top.addWidget(self.count_spin)
        top.addWidget(self.draw_button)
        top.addStretch(1)
        self.table = named(EventsTable(), "sampleEvents")
        self.note_edit = named(QLineEdit(), "sampleNote")
        self.record_button = named(QPushButton(), "recordSampleReview")
        bottom = QHBoxLayout()
        bottom.addWidget(self.note_edit, 1)
        bottom.addWidget(self.record_button)
        self.message_label = named(QLabel(wordWrap=True), "sampleMessage")
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.message_label)
        self._update_button()

    def _connect_signals(self) -> None:
        self.draw_button.clicked.connect(self._on_draw)
        self.record_button.clicked.connect(self._on_record)
        self.note_edit.textChanged.connect(self._update_button)

    def _retranslate_ui(self) -> None:
        self.intro_label.setText(self.tr("A random sample of the system administrators' actions not reviewed yet."))
        self.draw_button.setText(self.tr("&Draw a sample"))
        self.note_edit.setPlaceholderText(self.tr("What the review of these actions found"))
        self.record_button.setText(self.tr("Record the re&view"))
        self.table.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_ui()
        super().changeEvent(event)

    def clear(self) -> None:
        self._generation += 1
        self.table.setRowCount(0)
        self.note_edit.clear()
        self.message_label.clear()
        self._update_button()

    def _update_button(self) -> None:
        self.record_button.setEnabled(self.table.rowCount() > 0 and bool(self.note_edit.text().strip()))

    def _on_draw(self) -> None:
        self._generation += 1
        audit, session, count, generation = (
            self._deps.services.audit(),
            self._session,
            self.count_spin.value(),
            self._generation,
        )
        self._deps.runner.run(lambda: audit.admin_sample(session, count),
                              lambda events: self._on_drawn(events, generation), self._on_failed)  # fmt: skip

    def _on_drawn(self, events: list[AuditEvent], generation: int) -> None:
        if generation != self._generation:
            return
        self.table.show_events(events, self._deps.translations.lang)
        self.message_label.setText(
            self.tr("%1 actions drawn.").replace("%1", str(len(events))) if events
            else self.tr("Every action of the system administrators has been reviewed.")
        )  # fmt: skip
        self._update_button()

    def _on_record(self) -> None:
        seqs, note = self.table.seqs(), self.note_edit.text().strip()
        audit, session = self._deps.services.audit(), self._session
        self.record_button.setEnabled(False)
        self._deps.runner.run(lambda: audit.record_review(session, seqs, note),
                              lambda _none: self._on_recorded(len(seqs)), self._on_failed)  # fmt: skip

    def _on_recorded(self, count: int) -> None:
        self.clear()
        self.message_label.setText(self.tr("The review of %1 actions is recorded.").replace("%1", str(count)))

    def _on_failed(self, error: AppError) -> None:
        self.message_label.setText(explain(error, self._deps.translations.lang))
        self._update_button()
