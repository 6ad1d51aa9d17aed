"""A read-only table of audit events, shared by the log, an alert's events and the sample review."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from app import catalogue
from app.models.accounts import SYSTEM_ROLE
from app.models.audit_store import AuditEvent
from app.models.vocabulary import Role

SEQ_COLUMN, TIME_COLUMN, LOGIN_COLUMN, ROLE_COLUMN, ACTION_COLUMN, OBJECT_COLUMN, OUTCOME_COLUMN = range(7)


class EventsTable(QTableWidget):
    """The events, one a row: number, time (UTC), login, role, event id, object, outcome."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 7, parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().hide()
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(OBJECT_COLUMN, QHeaderView.ResizeMode.Stretch)

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([
            self.tr("No."), self.tr("Time (UTC)"), self.tr("Login"), self.tr("Role"), self.tr("Event"),
            self.tr("Object"), self.tr("Outcome"),
        ])  # fmt: skip

    def show_events(self, events: list[AuditEvent], lang: str, *, append: bool = False) -> None:
        start = self.rowCount() if append else 0
        self.setRowCount(start + len(events))
        for offset, event in enumerate(events):
            role = self.tr("the program") if event.role == SYSTEM_ROLE else catalogue.name_of(Role, event.role, lang)
            cells = (str(event.seq), event.at[:19].replace("T", " "), event.login, role, event.action,
                     event.object, event.outcome)  # fmt: skip
            for column, text in enumerate(cells):
                self.setItem(start + offset, column, QTableWidgetItem(text))

    def seqs(self) -> list[int]:
        return [int(item.text()) for row in range(self.rowCount()) if (item := self.item(row, SEQ_COLUMN))]
