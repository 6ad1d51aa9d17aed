"""The two status lines of the exchange with the central system (R-SYN-1, R-SYN-2): the last
envelope imported, and the last batch made with whether the central system acknowledged it.

`SyncPanel` reads `sync_status` on the worker and hands the result here; times are shown in this
computer's local time, to the minute.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


def local_time(stamp: str) -> str:
    """A stored UTC timestamp as this computer's local date and time, to the minute."""
    try:
        when = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone().strftime("%Y-%m-%d %H:%M")


class SyncStatusLines(QWidget):
    """The last import and the last batch, read again after every exchange."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._status: dict[str, Any] | None = None
        self.import_label = QLabel(wordWrap=True)
        self.import_label.setObjectName("syncImportStatus")
        self.batch_label = QLabel(wordWrap=True)
        self.batch_label.setObjectName("syncBatchStatus")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.import_label)
        layout.addWidget(self.batch_label)

    def show_status(self, status: dict[str, Any] | None) -> None:
        self._status = status
        self._retranslate_ui()

    def show_error(self, text: str) -> None:
        """The status could not be read: the refusal in the first line, nothing in the second."""
        self.import_label.setText(text)
        self.batch_label.setText("")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_ui()
        super().changeEvent(event)

    def _retranslate_ui(self) -> None:
        self.import_label.setText(self._import_text())
        self.batch_label.setText(self._batch_text())

    def _import_text(self) -> str:
        status = self._status
        if status is None:
            return ""
        if not status["imported_seq"]:
            return self.tr("Nothing has been imported from the central system yet.")
        return (
            self.tr("Last envelope from the central system: no. %1, imported %2")
            .replace("%1", str(status["imported_seq"]))
            .replace("%2", local_time(status["imported_at"]))
        )

    def _batch_text(self) -> str:
        status = self._status
        if status is None:
            return ""
        if not status["exported_seq"]:
            return self.tr("No batch has been made for the central system yet.")
        if status["acknowledged"]:
            text = self.tr("Last batch: no. %1, made %2; acknowledged by the central system %3")
            text = text.replace("%3", local_time(status["acknowledged_at"]))
        else:
            text = self.tr("Last batch: no. %1, made %2; not yet acknowledged by the central system")
        return text.replace("%1", str(status["exported_seq"])).replace("%2", local_time(status["exported_at"]))
