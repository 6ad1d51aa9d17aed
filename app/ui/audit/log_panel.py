"""The audit log with filters by person, event and time, read a page at a time (the log may hold
100,000s of events: `AuditService.events` returns at most a page, newest first; "Older" asks for
the next page below the last number shown). Every page read is audited by the service."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.messages import explain
from app.models.audit_store import AuditFilter
from app.security.audit_words import action_choices
from app.security.session import Session
from app.services.audit import EventPage
from app.ui.audit.events_table import EventsTable
from app.ui.common.deps import UiDeps
from app.ui.common.forms import named

PAGE_SIZE = 200


class LogPanel(QWidget):
    def __init__(self, deps: UiDeps, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._deps, self._session = deps, session
        self._generation = 0
        self._filter = AuditFilter()
        self._last_seq = 0
        self._more: bool | None = None  # the last page read had older events below it (None: none read)
        self._build_ui()
        self._connect_signals()
        self._retranslate_ui()
        deps.translations.language_changed.connect(self._relabel)

    def _build_ui(self) -> None:
        self.setObjectName("auditLogPanel")
        self.login_combo = named(QComboBox(), "auditLoginFilter")
        self.action_combo = named(QComboBox(), "auditActionFilter")
        self.since_check, self.until_check = named(QCheckBox(), "auditSinceOn"), named(QCheckBox(), "auditUntilOn")
        self.since_edit, self.until_edit = named(QDateEdit(), "auditSince"), named(QDateEdit(), "auditUntil")
        for edit in (self.since_edit, self.until_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(QDate.currentDate())
        self.apply_button = named(QPushButton(), "auditApplyFilter")
        filters = QHBoxLayout()
        for widget in (self.login_combo, self.action_combo, self.since_check, self.since_edit,
                       self.until_check, self.until_edit, self.apply_button):  # fmt: skip
            filters.addWidget(widget)
        filters.addStretch(1)
        self.table = named(EventsTable(), "auditEvents")
        self.older_button = named(QPushButton(), "auditOlder")
        self.message_label = named(QLabel(wordWrap=True), "auditLogMessage")
        bottom = QHBoxLayout()
        bottom.addWidget(self.message_label, 1)
        bottom.addWidget(self.older_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.older_button.setEnabled(False)

    def _connect_signals(self) -> None:
        self.apply_button.clicked.connect(self.reload)
        self.older_button.clicked.connect(self._on_older)

    def _retranslate_ui(self) -> None:
        self.since_check.setText(self.tr("From"))
        self.until_check.setText(self.tr("To"))
        self.apply_button.setText(self.tr("&Show"))
        self.older_button.setText(self.tr("&Older events"))
        self.table.retranslate()
        self._relabel(self._deps.translations.lang)
        self._show_count()
        if self.login_combo.count():
            self.login_combo.setItemText(0, self.tr("Everyone"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_ui()
        super().changeEvent(event)

    def _relabel(self, lang: str) -> None:
        """The words of the data (events, the event filter) in `lang` (tr() strings follow LanguageChange)."""
        self.table.relabel(lang)
        chosen = self.action_combo.currentData() or ""
        self.action_combo.clear()
        self.action_combo.addItem(self.tr("Every event"), "")
        for code, word in action_choices(lang):
            self.action_combo.addItem(word, code)
            self.action_combo.setItemData(self.action_combo.count() - 1, code, Qt.ItemDataRole.ToolTipRole)
        self.action_combo.setCurrentIndex(max(0, self.action_combo.findData(chosen)))

    # ---- public ------------------------------------------------------------------------
    def start(self) -> None:
        audit, session = self._deps.services.audit(), self._session
        self._deps.runner.run(lambda: audit.logins(session), self._on_logins, self._on_failed)
        self.reload()

    def clear(self) -> None:
        self._generation += 1
        self.table.setRowCount(0)
        self.login_combo.clear()
        self.message_label.clear()
        self._more = None
        self.older_button.setEnabled(False)

    def choose_login(self, login: str) -> None:
        self.login_combo.setCurrentIndex(max(0, self.login_combo.findData(login)))

    def choose_action(self, action: str) -> None:
        self.action_combo.setCurrentIndex(max(0, self.action_combo.findData(action)))

    def wanted(self) -> AuditFilter:
        """The filter as chosen; dates are whole UTC days, the end day included."""
        since = self.since_edit.date().toString("yyyy-MM-dd") if self.since_check.isChecked() else ""
        until = self.until_edit.date().addDays(1).toString("yyyy-MM-dd") if self.until_check.isChecked() else ""
        return AuditFilter(self.login_combo.currentData() or "", self.action_combo.currentData() or "",
                           f"{since}T00:00:00" if since else "", f"{until}T00:00:00" if until else "")  # fmt: skip

    def reload(self) -> None:
        self._filter = self.wanted()
        self._load(before=0)

    # ---- work --------------------------------------------------------------------------
    def _load(self, before: int) -> None:
        self._generation += 1
        generation, audit, session, wanted = self._generation, self._deps.services.audit(), self._session, self._filter
        self._deps.runner.run(
            lambda: audit.events(session, wanted, before=before, limit=PAGE_SIZE),
            lambda page: self._on_page(page, generation, append=before > 0),
            self._on_failed,
        )

    def _on_older(self) -> None:
        if self._last_seq > 1:
            self._load(before=self._last_seq)

    def _on_logins(self, logins: list[str]) -> None:
        chosen = self.login_combo.currentData() or ""
        self.login_combo.clear()
        self.login_combo.addItem(self.tr("Everyone"), "")
        for login in logins:
            self.login_combo.addItem(login, login)
        self.choose_login(chosen)

    def _on_page(self, page: EventPage, generation: int, *, append: bool) -> None:
        if generation != self._generation:
            return
        self.table.show_events(page.events, self._deps.translations.lang, append=append)
        if page.events:
            self._last_seq = page.events[-1].seq
        self.older_button.setEnabled(page.more)
        self._more = page.more
        self._show_count()

    def _show_count(self) -> None:
        if self._more is None:
            return
        shown = self.table.rowCount()
        self.message_label.setText(
            self.tr("%1 events shown; older ones remain.").replace("%1", str(shown)) if self._more
            else self.tr("%1 events shown.").replace("%1", str(shown))
        )  # fmt: skip

    def _on_failed(self, error: AppError) -> None:
        self.message_label.setText(explain(error, self._deps.translations.lang))
