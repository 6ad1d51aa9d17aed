"""A read-only table of audit events, shared by the log, an alert's events and the sample review.

The event, its object (where that is a code) and its outcome are shown in the reader's words
(`app.security.audit_words`), the stored code in the cell's tooltip for an auditor. The table keeps
the events it shows, so `relabel` words them again when the language changes."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from app import catalogue
from app.models.accounts import SYSTEM_ROLE
from app.models.audit_store import AuditEvent
from app.models.vocabulary import Role
from app.security.alert_words import rule_word
from app.security.audit import AuditAction
from app.security.audit_words import action_word, object_word, outcome_word

SEQ_COLUMN, TIME_COLUMN, LOGIN_COLUMN, ROLE_COLUMN, ACTION_COLUMN, OBJECT_COLUMN, OUTCOME_COLUMN = range(7)


def event_object(event: AuditEvent, lang: str) -> str:
    if event.action == AuditAction.ALERT_RAISED:
        return rule_word(event.object, lang)
    return object_word(event.action, event.object, lang)


class EventsTable(QTableWidget):
    """The events, one a row: number, time (UTC), login, role, event, object, outcome."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 7, parent)
        self._events: list[AuditEvent] = []
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().hide()
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)  # every title whole; the table scrolls sideways

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([
            self.tr("No."), self.tr("Time (UTC)"), self.tr("Login"), self.tr("Role"), self.tr("Event"),
            self.tr("Object"), self.tr("Outcome"),
        ])  # fmt: skip

    def show_events(self, events: list[AuditEvent], lang: str, *, append: bool = False) -> None:
        kept = self._events[: self.rowCount()] if append else []
        self._events = kept + list(events)
        self.setRowCount(len(self._events))
        for row, event in enumerate(events, start=len(kept)):
            self._show_row(row, event, lang)

    def relabel(self, lang: str) -> None:
        """The rows shown, worded again in `lang`."""
        self._events = self._events[: self.rowCount()]
        for row, event in enumerate(self._events):
            self._show_row(row, event, lang)

    def _show_row(self, row: int, event: AuditEvent, lang: str) -> None:
        role = self.tr("the program") if event.role == SYSTEM_ROLE else catalogue.name_of(Role, event.role, lang)
        cells = (
            (str(event.seq), ""), (event.at[:19].replace("T", " "), ""), (event.login, ""), (role, ""),
            (action_word(event.action, lang), event.action), (event_object(event, lang), event.object),
            (outcome_word(event.outcome, lang), event.outcome),
        )  # fmt: skip
        for column, (text, code) in enumerate(cells):
            item = QTableWidgetItem(text)
            if code and code != text:
                item.setToolTip(code)
            self.setItem(row, column, item)

    def seqs(self) -> list[int]:
        return [int(item.text()) for row in range(self.rowCount()) if (item := self.item(row, SEQ_COLUMN))]
