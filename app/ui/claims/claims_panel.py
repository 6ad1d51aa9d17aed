"""The Claims page's content (issue 12 point 4; R-CAL-1, R-CLM-5): where the election calendar
stands, the claims with filters, and the chosen claim's detail beside the list (`ClaimDetail`).

The stage line gives the step reached, the next step with its date and the days left, and the
days to voting day. Each claim shows its number, status, flag, answer-by date (`decision_days`
after intake), day of intake and type; the flag is "due soon" (from two days before the answer
date) or OVERDUE (past it, without a decision), coloured. Every column is as wide as its widest
text and the table scrolls sideways rather than cutting a number or a status.

Filters (status, type, overdue only) narrow the list in the view, over the claims already loaded:
the page loads every claim anyway (the counts of overdue and due-soon claims under the list, and
the badge, are over all of them), a precinct has hundreds of claims, so filtering is instant and
needs no second query; the service's own `states(status=...)` stays for the command line.

The window drives the panel (`refresh`, `select`, `clear`, `new_claim_requested`); it exists only
for roles that take claims.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import catalogue
from app.errors import AppError
from app.field_messages import show_date
from app.messages import explain
from app.models.calendar import Stage
from app.models.vocabulary import ClaimStatus, ClaimType
from app.security.permissions import Action, allowed
from app.security.session import Session
from app.services.claims import ClaimState, Flag
from app.ui.claims.claim_detail import ClaimDetail
from app.ui.claims.claim_texts import flag_text, step_text
from app.ui.claims.field_widgets import VocabularyChooser
from app.ui.common.deps import UiDeps
from app.ui.common.forms import named

NUMBER_COLUMN, STATUS_COLUMN, FLAG_COLUMN, ANSWER_COLUMN, FILED_COLUMN, TYPE_COLUMN = range(6)
_OVERDUE = QColor(0xA0, 0x00, 0x00)
_DUE_SOON = QColor(0x9A, 0x5B, 0x00)


@dataclass(frozen=True)
class Dashboard:
    stage: Stage | None
    stage_error: AppError | None
    claims: list[ClaimState]


def load_dashboard(deps: UiDeps, session: Session) -> Dashboard:
    """Worker thread: the calendar stage (a missing calendar is shown, not fatal) and the claims."""
    claims = deps.services.claims()
    states = claims.states(session)
    try:
        return Dashboard(claims.stage(), None, states)
    except AppError as error:
        return Dashboard(None, error, states)


class ClaimsPanel(QWidget):
    """The stage line, the filters, the claims table and the chosen claim's detail."""

    new_claim_requested = Signal()
    loaded = Signal()

    def __init__(self, deps: UiDeps, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._deps = deps
        self._session = session
        self._generation = 0
        self._dashboard: Dashboard | None = None
        self._error: AppError | None = None
        self._wanted = ""  # the claim to choose once the list has it (a claim just filed)
        self._rebuilding = False
        self._build_ui()
        self._connect_signals()
        self._retranslate_ui()

    @staticmethod
    def permitted(session: Session) -> bool:
        return allowed(session.role, Action.CLAIM_INTAKE)

    def _build_ui(self) -> None:
        self.setObjectName("claimsPanel")
        self.stage_label = named(QLabel(wordWrap=True), "calendarStage")
        self.message_label = named(QLabel(wordWrap=True), "claimsMessage")
        self.detail = ClaimDetail(self._deps, self._session)
        self.reprint_button, self.answer_button = self.detail.reprint_button, self.detail.answer_button
        self.informed_button, self.how_combo = self.detail.informed_button, self.detail.how_combo
        listing = QWidget()
        left = QVBoxLayout(listing)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self._build_table(), 1)
        left.addWidget(self.message_label)
        self.splitter = named(QSplitter(Qt.Orientation.Horizontal, childrenCollapsible=False), "claimsSplitter")
        self.splitter.addWidget(listing)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stage_label)
        layout.addLayout(self._build_filters())
        layout.addWidget(self.splitter, 1)

    def _build_table(self) -> QTableWidget:
        self.table = named(QTableWidget(0, 6), "claimsTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # never cut: scroll sideways
        header.setStretchLastSection(False)
        return self.table

    def _build_filters(self) -> QGridLayout:
        self.status_filter = named(VocabularyChooser(ClaimStatus, optional=True), "claimStatusFilter")
        self.type_filter = named(VocabularyChooser(ClaimType, optional=True), "claimTypeFilter")
        self.overdue_check = named(QCheckBox(), "claimOverdueFilter")
        self.shown_label = named(QLabel(), "claimsShown")
        self.new_button = named(QPushButton(), "newClaim")
        self.status_caption, self.type_caption = QLabel(), QLabel()
        self.status_caption.setBuddy(self.status_filter)
        self.type_caption.setBuddy(self.type_filter)
        grid = QGridLayout()
        grid.addWidget(self.status_caption, 0, 0)
        grid.addWidget(self.status_filter, 0, 1)
        grid.addWidget(self.overdue_check, 0, 2)
        grid.addWidget(self.new_button, 0, 4)
        grid.addWidget(self.type_caption, 1, 0)
        grid.addWidget(self.type_filter, 1, 1, 1, 2)
        grid.addWidget(self.shown_label, 1, 4)
        grid.setColumnStretch(3, 1)
        return grid

    def _connect_signals(self) -> None:
        self.new_button.clicked.connect(self.new_claim_requested)
        self.table.itemSelectionChanged.connect(self._on_selection_changed)
        self.status_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.type_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.overdue_check.toggled.connect(self._on_filter_changed)
        self.detail.changed.connect(self.refresh)

    def _retranslate_ui(self) -> None:
        lang = self._deps.translations.lang
        self.table.setHorizontalHeaderLabels(
            [self.tr("Number"), self.tr("Status"), self.tr("Flag"), self.tr("Answer by"), self.tr("Filed"),
             self.tr("Type")]
        )  # fmt: skip
        self.status_caption.setText(self.tr("&Status:"))
        self.type_caption.setText(self.tr("T&ype:"))
        self.status_filter.retranslate(lang, self.tr("(all statuses)"))
        self.type_filter.retranslate(lang, self.tr("(all types)"))
        self.overdue_check.setText(self.tr("&Overdue only"))
        self.new_button.setText(self.tr("&New claim…"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_ui()
        super().changeEvent(event)

    # ---- public ------------------------------------------------------------------------
    def start(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self._generation += 1
        generation, deps, session = self._generation, self._deps, self._session
        deps.runner.run(
            lambda: load_dashboard(deps, session),
            lambda dashboard: self._on_loaded(dashboard, generation),
            lambda error: self._on_failed(error, generation),
        )

    def clear(self) -> None:
        self._generation += 1
        self._dashboard, self._error, self._wanted = None, None, ""
        self._show()
        self.detail.clear()

    def selected_number(self) -> str:
        rows = self.table.selectionModel().selectedRows()
        item = self.table.item(rows[0].row(), NUMBER_COLUMN) if rows else None
        return item.text() if item is not None else ""

    def select(self, number: str) -> None:
        """Chooses claim `number`; one not in the list yet (just filed) is chosen when it arrives."""
        self._wanted = number
        self._select_row(number)

    def overdue_count(self) -> int:
        claims = self._dashboard.claims if self._dashboard else []
        return sum(1 for s in claims if s.flag is Flag.OVERDUE)

    def visible_numbers(self) -> list[str]:
        return [s.claim.number for s in self._visible()]

    # ---- slots -------------------------------------------------------------------------
    def _on_loaded(self, dashboard: Dashboard, generation: int) -> None:
        if generation != self._generation:
            return
        self._dashboard, self._error = dashboard, None
        self._show()
        self.loaded.emit()

    def _on_failed(self, error: AppError, generation: int) -> None:
        if generation != self._generation:
            return
        self._error = error
        self._show()

    def _on_filter_changed(self) -> None:
        self._show()

    def _on_selection_changed(self) -> None:
        if self._rebuilding:
            return
        number = self.selected_number()
        if number:
            self._wanted = number
        state = self._state_of(number)
        if state is not None or not number:
            self.detail.show_state(state)

    # ---- showing -----------------------------------------------------------------------
    def _state_of(self, number: str) -> ClaimState | None:
        if not number or self._dashboard is None:
            return None
        return next((s for s in self._dashboard.claims if s.claim.number == number), None)

    def _visible(self) -> list[ClaimState]:
        claims = self._dashboard.claims if self._dashboard else []
        status, kind = self.status_filter.value(), self.type_filter.value()
        overdue = self.overdue_check.isChecked()
        return [
            s for s in claims
            if (status is None or s.claim.status == status) and (kind is None or s.claim.type == kind)
            and (not overdue or s.flag is Flag.OVERDUE)
        ]  # fmt: skip

    def _show(self) -> None:
        self.stage_label.setText(self._stage_text())
        self._rebuilding = True
        try:
            self._fill_table(self._visible())
            self._select_row(self._wanted)
        finally:
            self._rebuilding = False
        number = self.selected_number()
        self.detail.show_state(self._state_of(number))
        self._show_message()

    def _fill_table(self, claims: list[ClaimState]) -> None:
        self.table.clearSelection()
        self.table.setRowCount(len(claims))
        for row, state in enumerate(claims):
            for column, text in enumerate(self._cells(state)):
                item = QTableWidgetItem(text)
                if state.flag is Flag.OVERDUE:
                    item.setForeground(QBrush(_OVERDUE))
                elif state.flag is Flag.DUE_SOON:
                    item.setForeground(QBrush(_DUE_SOON))
                self.table.setItem(row, column, item)
        total = len(self._dashboard.claims) if self._dashboard else 0
        self.shown_label.setText(self.tr("Shown: %1 of %2").replace("%1", str(len(claims))).replace("%2", str(total)))

    def _select_row(self, number: str) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, NUMBER_COLUMN)
            if number and item is not None and item.text() == number:
                self.table.selectRow(row)
                self.table.scrollToItem(item)

    def _cells(self, state: ClaimState) -> tuple[str, ...]:
        claim, lang = state.claim, self._deps.translations.lang
        return (claim.number, catalogue.name_of(ClaimStatus, claim.status, lang), flag_text(state.flag.value),
                show_date(state.answer_by, lang), show_date(claim.filed_on, lang),
                catalogue.name_of(ClaimType, claim.type, lang))  # fmt: skip

    def _show_message(self) -> None:
        lang = self._deps.translations.lang
        text = explain(self._error, lang) if self._error else ""
        if not text and self._dashboard is not None:
            overdue = self.overdue_count()
            due = sum(1 for s in self._dashboard.claims if s.flag is Flag.DUE_SOON)
            parts = []
            if overdue:
                parts.append(self.tr("%n claim(s) past the answer date", "", overdue))
            if due:
                parts.append(self.tr("%n claim(s) due soon", "", due))
            text = "; ".join(parts)
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def _stage_text(self) -> str:
        dashboard = self._dashboard
        if dashboard is None:
            return ""
        if dashboard.stage is None:
            return explain(dashboard.stage_error, self._deps.translations.lang) if dashboard.stage_error else ""
        stage, lang = dashboard.stage, self._deps.translations.lang
        parts = []
        if stage.current is not None:
            parts.append(
                self.tr("Stage: %1 (since %2).")
                .replace("%1", step_text(stage.current.name))
                .replace("%2", show_date(stage.current.date, lang))
            )
        if stage.next is not None and stage.days_left is not None:
            parts.append(
                self.tr("Next: %1 on %2, %n day(s) left.", "", stage.days_left)
                .replace("%1", step_text(stage.next.name))
                .replace("%2", show_date(stage.next.date, lang))
            )
        if stage.days_to_voting >= 0:
            parts.append(self.tr("Voting day in %n day(s).", "", stage.days_to_voting))
        return " ".join(parts)
