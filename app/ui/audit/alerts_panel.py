"""The anomaly alerts (R-AUD-3, R-AUD-5): open and reviewed, the events of the one selected, and
the review note. The roles that review alerts (ANOMALY_REVIEW: the chair, the secretary) load them
through `AnomalyService.alerts`, which runs the rules first, and record a review; the other readers
of the log (the auditor, the administrator) see them read-only (`AuditService.alerts`)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.messages import explain
from app.models.alerts import StoredAlert
from app.models.audit_store import AuditEvent
from app.security.alert_words import alert_text, rule_word, subject_word
from app.security.permissions import Action, allowed
from app.security.session import Session
from app.ui.audit.events_table import EventsTable
from app.ui.common.deps import UiDeps
from app.ui.common.forms import named

ID_COLUMN, TIME_COLUMN, RULE_COLUMN, SUBJECT_COLUMN, DETAIL_COLUMN, STATE_COLUMN = range(6)


class AlertsPanel(QWidget):
    open_count_changed = Signal(int)  # the alerts not reviewed yet
    reviewed = Signal(int)  # an alert's id, after its review was recorded

    def __init__(self, deps: UiDeps, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._deps, self._session = deps, session
        self._generation = 0
        self._alerts: list[StoredAlert] = []
        self._build_ui()
        self._connect_signals()
        self._retranslate_ui()
        deps.translations.language_changed.connect(self._relabel)

    @staticmethod
    def may_review(session: Session) -> bool:
        return allowed(session.role, Action.ANOMALY_REVIEW)

    def _build_ui(self) -> None:
        self.setObjectName("alertsPanel")
        self.table = named(QTableWidget(0, 6), "alertsTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DETAIL_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.events = named(EventsTable(), "alertEvents")
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.events)
        self.note_edit = named(QLineEdit(), "alertNote")
        self.review_button = named(QPushButton(), "reviewAlert")
        self.message_label = named(QLabel(wordWrap=True), "alertsMessage")
        review = QHBoxLayout()
        review.addWidget(self.note_edit, 1)
        review.addWidget(self.review_button)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(review)
        layout.addWidget(self.message_label)
        for widget in (self.note_edit, self.review_button):
            widget.setVisible(self.may_review(self._session))
        self.review_button.setEnabled(False)

    def _connect_signals(self) -> None:
        self.table.itemSelectionChanged.connect(self._on_selected)
        self.review_button.clicked.connect(self._on_review)
        self.note_edit.textChanged.connect(self._update_button)

    def _retranslate_ui(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("Time (UTC)"), self.tr("Rule"), self.tr("Subject"), self.tr("Detail"),
             self.tr("Review")]
        )  # fmt: skip
        self.events.retranslate()
        self.note_edit.setPlaceholderText(self.tr("What was done about the selected alert"))
        self.review_button.setText(self.tr("&Record the review"))
        self._relabel(self._deps.translations.lang)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_ui()
        super().changeEvent(event)

    def _relabel(self, lang: str) -> None:
        """The alerts and the selected one's events in `lang` (tr() strings follow LanguageChange)."""
        self._show()
        self.events.relabel(lang)

    # ---- public ------------------------------------------------------------------------
    def start(self) -> None:
        self._generation += 1
        generation, session = self._generation, self._session
        if self.may_review(session):
            anomalies = self._deps.services.anomalies()
            job = lambda: anomalies.alerts(session)  # noqa: E731
        else:
            audit = self._deps.services.audit()
            job = lambda: audit.alerts(session)  # noqa: E731
        self._deps.runner.run(job, lambda found: self._on_loaded(found, generation), self._on_failed)

    def clear(self) -> None:
        self._generation += 1
        self._alerts = []
        self.note_edit.clear()
        self.events.setRowCount(0)
        self.message_label.clear()
        self._show()

    def open_count(self) -> int:
        return sum(1 for a in self._alerts if not a.reviewed_by)

    def select(self, alert_id: int) -> None:
        for row, alert in enumerate(self._alerts):
            if alert.id == alert_id:
                self.table.selectRow(row)

    def selected(self) -> StoredAlert | None:
        rows = self.table.selectionModel().selectedRows()
        return self._alerts[rows[0].row()] if rows and rows[0].row() < len(self._alerts) else None

    # ---- slots -------------------------------------------------------------------------
    def _on_loaded(self, found: list[StoredAlert], generation: int) -> None:
        if generation != self._generation:
            return
        self._alerts = found
        self._show()
        self.open_count_changed.emit(self.open_count())

    def _show(self) -> None:
        """The alerts in the reader's words: the rule's name and the detail worded from its parameters
        (`app.security.alert_words`); the stored rule id and English detail in the tooltips."""
        lang = self._deps.translations.lang
        self.table.setRowCount(len(self._alerts))
        for row, alert in enumerate(self._alerts):
            state = f"{alert.reviewed_by}: {alert.review_note}" if alert.reviewed_by else self.tr("open")
            cells = (
                (str(alert.id), ""), (alert.at[:19].replace("T", " "), ""), (rule_word(alert.rule, lang), alert.rule),
                (subject_word(alert.subject, lang), alert.subject), (alert_text(alert.rule, alert.detail, lang),
                alert.detail), (state, ""),
            )  # fmt: skip
            for column, (text, code) in enumerate(cells):
                item = QTableWidgetItem(text)
                if code and code != text:
                    item.setToolTip(code)
                self.table.setItem(row, column, item)
        self._update_button()

    def _on_selected(self) -> None:
        alert = self.selected()
        self._update_button()
        if alert is None:
            self.events.setRowCount(0)
            return
        audit, session, generation = self._deps.services.audit(), self._session, self._generation
        first, last = alert.first_seq, alert.last_seq
        self._deps.runner.run(lambda: audit.between(session, first, last),
                              lambda events: self._on_events(events, generation), self._on_failed)  # fmt: skip

    def _on_events(self, events: list[AuditEvent], generation: int) -> None:
        if generation == self._generation:
            self.events.show_events(events, self._deps.translations.lang)

    def _update_button(self) -> None:
        alert = self.selected()
        self.review_button.setEnabled(
            alert is not None and not alert.reviewed_by and bool(self.note_edit.text().strip())
        )

    def _on_review(self) -> None:
        alert, note = self.selected(), self.note_edit.text().strip()
        if alert is None or not note:
            return
        anomalies, session, alert_id = self._deps.services.anomalies(), self._session, alert.id
        self.review_button.setEnabled(False)
        self._deps.runner.run(lambda: anomalies.review(session, alert_id, note),
                              lambda _none: self._on_reviewed(alert_id), self._on_failed)  # fmt: skip

    def _on_reviewed(self, alert_id: int) -> None:
        self.note_edit.clear()
        self.message_label.setText(self.tr("The review of alert %1 is recorded.").replace("%1", str(alert_id)))
        self.reviewed.emit(alert_id)
        self.start()

    def _on_failed(self, error: AppError) -> None:
        self.message_label.setText(explain(error, self._deps.translations.lang))
        self._update_button()
