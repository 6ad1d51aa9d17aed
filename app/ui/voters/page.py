"""The Voters page (issue 12 point 3): search-as-you-type over the public fields of the list, and
the record of the voter opened from it beside the list.

Keyboard: Down from the search box into the results, Enter (or a double-click) opens the selected
voter and puts the focus on the record's "Show" (or Close); Escape closes the record and goes back
to the results. While the record is open it follows the selected row, so the voter shown is always
the one the window's Ctrl+N files a claim for; new results that no longer hold the voter close
the record. Another voter, or another page chosen in the side bar, hides the confidential fields
(`ConfidentialBox`), and `clear()` (lock, log-out) drops the record with the results.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QHideEvent, QKeySequence
from PySide6.QtWidgets import QScrollArea, QSplitter, QVBoxLayout, QWidget

from app.models.records import PublicVoter
from app.security.session import Session
from app.ui.common.deps import UiDeps
from app.ui.common.page import Page
from app.ui.voters.record_view import RecordView
from app.ui.voters.search_panel import SearchPanel


class VotersPage(Page):
    def __init__(self, deps: UiDeps, session: Session, search_panel: SearchPanel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("votersPage")
        self.search_panel = search_panel
        self.record_view = RecordView(deps, session)
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.record_area = QScrollArea()
        self.record_area.setObjectName("recordArea")
        self.record_area.setWidgetResizable(True)
        self.record_area.setWidget(self.record_view)
        self.record_area.setMinimumWidth(320)
        self.record_area.hide()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.search_panel)
        self.splitter.addWidget(self.record_area)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.close_record_action = QAction(self)
        self.close_record_action.setObjectName("closeRecordAction")
        self.close_record_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.close_record_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.close_record_action.setEnabled(False)
        self.addAction(self.close_record_action)

    def _connect_signals(self) -> None:
        panel = self.search_panel
        panel.voter_opened.connect(self._on_voter_opened)
        panel.search_finished.connect(self._on_search_finished)
        panel.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.record_view.close_requested.connect(self.close_record)
        self.close_record_action.triggered.connect(self.close_record)

    def title(self) -> str:
        return self.tr("Voters")

    def start(self) -> None:
        self.search_panel.start()

    def clear(self) -> None:
        self._hide_record()
        self.search_panel.clear()

    def hideEvent(self, event: QHideEvent) -> None:
        """Another page (or the lock) covers this one: the confidential fields go at once."""
        box = self.record_view.confidential
        if box is not None and box.shown:
            box.conceal()
        super().hideEvent(event)

    # ---- the record ----------------------------------------------------------------------
    @property
    def record_open(self) -> bool:
        return not self.record_area.isHidden()

    def close_record(self) -> None:
        """Escape or Close: the record goes (and its confidential fields); back to the results."""
        self._hide_record()
        table = self.search_panel.table
        (table if self.search_panel.selected_voter() is not None else self.search_panel.search_edit).setFocus()

    def _hide_record(self) -> None:
        self.record_view.clear()
        self.record_area.hide()
        self.close_record_action.setEnabled(False)

    def _on_voter_opened(self, voter: object) -> None:
        if not isinstance(voter, PublicVoter):
            return
        self.record_view.show_voter(voter)
        self.record_area.show()
        self.close_record_action.setEnabled(True)
        self.record_view.focus_first()

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        model = self.search_panel.model
        if self.record_open and current.isValid() and current.row() < model.rowCount():
            self.record_view.show_voter(model.voter_at(current.row()))

    def _on_search_finished(self, _rows: int) -> None:
        """New results: the open voter stays open (read again) if they hold it, else the record closes."""
        shown = self.record_view.voter()
        if not self.record_open or shown is None:
            return
        voter = self.search_panel.select_voter(shown.id)
        if voter is None:
            self._hide_record()
        else:
            self.record_view.update_voter(voter)
