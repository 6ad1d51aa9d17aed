"""Search-as-you-type over the voter list (public fields only, R-DATA-3).

Each change of the text searches at once (see `COALESCE_MS`): the query goes to the task
runner. Every query carries a generation number: a query that is no longer the
newest when the worker reaches it is skipped, and a result that comes back after a
newer query was typed (or after the panel was cleared by the lock) is dropped.

Copying (R-SEC-8): Ctrl+C or "Copy" in the table's context menu copies the selected rows (the
shown columns, tab-separated). The copy is audited first by `VoterService.record_copy` (the number
of records, never the names) and only then put on the clipboard through the window's
`ClipboardGuard`, which clears it after 30 s, on lock and on log-out. A copy whose audit comes back
after the panel was cleared (locked, logged out) never reaches the clipboard. Qt's own Ctrl+C of
an item view (the current cell, unaudited) never runs: the action's shortcut takes the key first.

Keyboard (issue 12 point 3): Down in the search box moves into the results (the first row, or the
one selected before); Up on the first row goes back to the box; Enter in the results, or a
double-click, opens the selected voter (`voter_opened`); Enter in the search box opens the selected
row or the first one. The window's Ctrl+N files a claim for `selected_voter()`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from app.errors import AppError
from app.messages import explain
from app.models.records import PublicVoter, VoterStatus
from app.models.voters import SearchResult
from app.security.permissions import Action, allowed
from app.security.session import Session
from app.ui.common.clipboard_guard import ClipboardGuard
from app.ui.common.deps import UiDeps
from app.ui.voters.voter_table_model import NAME_COLUMN, VoterTableModel

# Each letter typed searches at once: a search answers in milliseconds even over 1,000,000 voters
# (bench/search.py, bench/ui.py), and a query already stale when the worker reaches it is skipped,
# so fast typing never queues searches. The zero timer only folds the changes of one pass of the
# event loop (a paste, an input method's burst) into one search (one audited search).
COALESCE_MS = 0
SEARCH_LIMIT = 50


@dataclass(frozen=True)
class _Outcome:
    """What the status line says, kept so it can be said again in another language."""

    found: int = -1  # -1: nothing searched
    more: bool = False
    error: AppError | None = None
    copied: int = 0  # rows just copied to the clipboard


@dataclass(frozen=True)
class _Found:
    """A search result and, for each blocked voter in it, the claim that blocked the record."""

    result: SearchResult
    blocked: dict[int, str]


class SearchPanel(QWidget):
    """The search box, the result table and the status lines."""

    search_finished = Signal(int)  # how many rows are shown
    rows_copied = Signal(int)  # audited and on the clipboard
    voter_opened = Signal(object)  # PublicVoter: Enter or a double-click on its row

    def __init__(
        self, deps: UiDeps, session: Session, clipboard: ClipboardGuard | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._deps = deps
        self._session = session
        self._clipboard = clipboard or ClipboardGuard(QGuiApplication.clipboard(), parent=self)
        self._generation = 0
        self._shown_generation = -1  # the generation whose result the table shows
        self._clears = 0  # bumped by clear(): a copy audited before it never reaches the clipboard
        self._outcome = _Outcome()
        self._total = -1
        self._build_ui()
        self._connect_signals()
        self._retranslate_ui()

    def _build_ui(self) -> None:
        self.search_edit = QLineEdit(clearButtonEnabled=True)
        self.search_edit.setObjectName("searchEdit")
        self.model = VoterTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("voterTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.copy_action = QAction(self.table)
        self.copy_action.setObjectName("copyVotersAction")
        self.copy_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.copy_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.status_label = QLabel()
        self.status_label.setObjectName("searchStatus")
        self.total_label = QLabel()
        self.total_label.setObjectName("voterTotal")
        self._coalesce = QTimer(self, singleShot=True, interval=COALESCE_MS)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.search_edit, self.table, self.status_label, self.total_label):
            layout.addWidget(widget)

    def _connect_signals(self) -> None:
        self.search_edit.textChanged.connect(self._on_text_changed)
        self._coalesce.timeout.connect(self._search_typed)
        self.copy_action.triggered.connect(self.copy_selected)
        self.table.doubleClicked.connect(self._on_row_double_clicked)
        self.search_edit.installEventFilter(self)
        self.table.installEventFilter(self)

    def _retranslate_ui(self) -> None:
        self.search_edit.setPlaceholderText(self.tr("Surname and name, in Cyrillic or Latin letters"))
        self.copy_action.setText(self.tr("&Copy"))
        self.search_edit.setToolTip(self.tr("Down: to the results. Enter: open the selected or the first voter."))
        table_keys = [self.tr("Enter or double-click: open the voter."), self.tr("Ctrl+C: copy the selected rows.")]
        if allowed(self._session.role, Action.CLAIM_INTAKE):
            table_keys.insert(1, self.tr("Ctrl+N: file a claim for the selected voter."))
        self.table.setToolTip("\n".join(table_keys))
        self.model.retranslate()
        self.status_label.setText(self._status_text())
        self.total_label.setText(
            self.tr("%n voter(s) on the precinct list", "", self._total) if self._total >= 0 else ""
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_ui()
        super().changeEvent(event)

    # ---- public ------------------------------------------------------------------------
    def start(self) -> None:
        """Load the total count and put the cursor in the search box."""
        voters, session = self._deps.voters, self._session
        generation = self._generation
        self._deps.runner.run(
            lambda: voters.count(session),
            lambda total: self._on_count_loaded(total, generation),
            lambda error: self._on_search_failed(error, generation),
        )
        self.search_edit.setFocus()

    def refresh(self) -> None:
        """The list changed (an import): count again and run the shown query again."""
        self._generation += 1  # a result of the old list still on its way is stale
        voters, session = self._deps.voters, self._session
        generation = self._generation
        self._deps.runner.run(
            lambda: voters.count(session),
            lambda total: self._on_count_loaded(total, generation),
            lambda error: self._on_search_failed(error, generation),
        )
        if self.search_edit.text().strip():
            self._coalesce.stop()
            self._search_typed()

    def selected_voter(self) -> PublicVoter | None:
        """The voter of the selected row (a claim about a listed voter starts from it)."""
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= self.model.rowCount():
            return None
        return self.model.voter_at(rows[0].row())

    def select_voter(self, voter_id: int) -> PublicVoter | None:
        """Selects the row of `voter_id` if the results hold it; returns its voter (None: not there)."""
        for row in range(self.model.rowCount()):
            if self.model.voter_at(row).id == voter_id:
                self.table.selectRow(row)
                return self.model.voter_at(row)
        return None

    def open_selected(self) -> None:
        """Opens the selected voter; with none selected, the first row (Enter in the search box)."""
        if self.selected_voter() is None and self.model.rowCount():
            self.table.selectRow(0)
        voter = self.selected_voter()
        if voter is not None:
            self.voter_opened.emit(voter)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                return super().eventFilter(watched, event)
            if watched is self.search_edit:
                return self._on_search_key(event.key())
            if watched is self.table:
                return self._on_table_key(event.key())
        return super().eventFilter(watched, event)

    def _on_search_key(self, key: int) -> bool:
        if key == Qt.Key.Key_Down and self.model.rowCount():
            if self.selected_voter() is None:
                self.table.selectRow(0)
            self.table.setFocus()
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.model.rowCount():
            if self._shown_generation == self._generation:  # the rows shown are those of the text typed
                self.open_selected()
            return True
        return False

    def _on_table_key(self, key: int) -> bool:
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_selected()
            return True
        if key == Qt.Key.Key_Up and self.table.currentIndex().row() <= 0:
            self.search_edit.setFocus()
            return True
        return False

    def _on_row_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.table.selectRow(index.row())
            self.open_selected()

    def copy_selected(self) -> None:
        """R-SEC-8: audit the copy of the selected rows, then put them on the clipboard."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        rows = [row for row in rows if row < self.model.rowCount()]
        if not rows:
            return
        text = "\n".join(self._row_text(row) for row in rows)
        voters, session, clears, generation = self._deps.voters, self._session, self._clears, self._generation
        self._deps.runner.run(
            lambda: voters.record_copy(session, len(rows)),
            lambda _none: self._on_copy_recorded(text, len(rows), clears),
            lambda error: self._on_search_failed(error, generation),
        )

    def clear(self) -> None:
        """Drop every result and the query; results still on their way are discarded."""
        self._generation += 1
        self._clears += 1
        self._clipboard.clear()
        self._coalesce.stop()
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.model.clear()
        self._outcome = _Outcome()
        self._retranslate_ui()

    # ---- slots -------------------------------------------------------------------------
    def _on_text_changed(self, _text: str) -> None:
        self._generation += 1  # whatever is on its way is stale now
        self._coalesce.start()

    def _search_typed(self) -> None:
        query, generation = self.search_edit.text().strip(), self._generation
        if not query:
            self._show(_Found(SearchResult([], False, "empty"), {}), generation, searched=False)
            return
        voters, session = self._deps.voters, self._session

        def job() -> _Found | None:  # worker thread: skip a query that is already stale
            if generation != self._generation:
                return None
            result = voters.search(session, query, SEARCH_LIMIT)
            blocked = {v.id: v.block_claim for v in result.voters if v.status is VoterStatus.BLOCKED}
            return _Found(result, blocked)

        self._deps.runner.run(
            job, lambda result: self._show(result, generation), lambda error: self._on_search_failed(error, generation)
        )

    def _show(self, found: _Found | None, generation: int, *, searched: bool = True) -> None:
        if found is None or generation != self._generation:
            return
        result = found.result
        self._shown_generation = generation
        self.model.set_voters(result.voters, found.blocked)
        self._outcome = _Outcome(len(result.voters), result.more) if searched else _Outcome()
        self.status_label.setText(self._status_text())
        self.search_finished.emit(len(result.voters))

    def _on_copy_recorded(self, text: str, rows: int, clears: int) -> None:
        if clears != self._clears:  # locked or logged out while the audit was written
            return
        self._clipboard.put(text)
        self._outcome = replace(self._outcome, copied=rows)
        self.status_label.setText(self._status_text())
        self.rows_copied.emit(rows)

    def _row_text(self, row: int) -> str:
        cells = (self.model.index(row, column).data() for column in range(self.model.columnCount()))
        return "\t".join(str(cell or "") for cell in cells)

    def _on_count_loaded(self, total: int, generation: int) -> None:
        if generation != self._generation:  # cleared (locked, logged out) since
            return
        self._total = total
        self._retranslate_ui()

    def _on_search_failed(self, error: AppError, generation: int) -> None:
        if generation != self._generation:
            return
        self._outcome = _Outcome(error=error)
        self.status_label.setText(self._status_text())

    def _status_text(self) -> str:
        outcome = self._outcome
        if outcome.error is not None:
            return explain(outcome.error, self._deps.translations.lang)
        if outcome.found < 0:
            text = self.tr("Type a few letters of the surname or the name.")
        elif outcome.more:
            text = self.tr("More than %n found: type more of the name.", "", outcome.found)
        else:
            text = self.tr("%n found", "", outcome.found)
        if outcome.copied:
            seconds = str(max(1, self._clipboard.clear_ms // 1000))
            copied = self.tr("%n row(s) copied; the clipboard is cleared in %1 s.", "", outcome.copied)
            text = f"{text} — {copied.replace('%1', seconds)}"
        return text
