"""The claims dashboard (R-CAL-1, R-CLM-5): where the election calendar stands, the claims with
their status, answer-by date and flag, and what a member does next with one of them.

The stage line gives the step reached, the next step with its date and the days left, and the
days to voting day. Each claim shows its status, the day of intake, the answer-by date
(`decision_days` after intake) and its flag: due soon (from two days before the answer date) or
OVERDUE (past it, without a decision), coloured. "Mark the voter informed" closes a decided claim
(audited by the service); "Reprint the receipt" writes a DUPLICATE (audited) into memory and shows
it through `UiDeps.previewer`; "Answer letter" does the same with the answer to the voter of a
decided claim (R-CLM-5, `DocumentService.answer_letter`). The panel exists only for roles that take claims.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
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
from app.models.vocabulary import AnswerChannel, ClaimStatus, ClaimType
from app.security.permissions import Action, allowed
from app.security.session import Session
from app.services.claims import ClaimState, Flag
from app.ui.claims.claim_dialog import write_receipt
from app.ui.claims.claim_texts import flag_text, step_text
from app.ui.claims.field_widgets import VocabularyChooser
from app.ui.common.deps import UiDeps
from app.ui.common.forms import named
from app.ui.documents.dialogs import write_answer_letter

NUMBER_COLUMN, TYPE_COLUMN, STATUS_COLUMN, FILED_COLUMN, ANSWER_COLUMN, FLAG_COLUMN = range(6)
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
    """The stage line, the claims table and its buttons."""

    new_claim_requested = Signal()
    loaded = Signal()

    def __init__(self, deps: UiDeps, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._deps = deps
        self._session = session
        self._generation = 0
        self._dashboard: Dashboard | None = None
        self._error: AppError | None = None
        self._build_ui()
        self._connect_signals()
        self._retranslate_ui()

    @staticmethod
    def permitted(session: Session) -> bool:
        return allowed(session.role, Action.CLAIM_INTAKE)

    def _build_ui(self) -> None:
        self.setObjectName("claimsPanel")
        self.box = QGroupBox()
        self.stage_label = QLabel(wordWrap=True)
        self.stage_label.setObjectName("calendarStage")
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("claimsTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # no cut titles
        self.table.horizontalHeader().setSectionResizeMode(TYPE_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.message_label = QLabel(wordWrap=True)
        self.message_label.setObjectName("claimsMessage")
        inner = QVBoxLayout(self.box)
        for widget in (self.stage_label, self.table, self.message_label):
            inner.addWidget(widget)
        inner.addLayout(self._build_buttons())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        self._update_buttons()

    def _build_buttons(self) -> QHBoxLayout:
        self.new_button = named(QPushButton(), "newClaim")
        self.how_combo = named(VocabularyChooser(AnswerChannel, optional=False), "informedHow")
        self.informed_button = named(QPushButton(), "markInformed")
        self.reprint_button = named(QPushButton(), "reprintReceipt")
        self.answer_button = named(QPushButton(), "answerLetter")
        buttons = QHBoxLayout()
        for button in (self.new_button, self.reprint_button, self.answer_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.how_combo)
        buttons.addWidget(self.informed_button)
        return buttons

    def _connect_signals(self) -> None:
        self.new_button.clicked.connect(self.new_claim_requested)
        self.informed_button.clicked.connect(self._on_mark_informed)
        self.reprint_button.clicked.connect(self._on_reprint)
        self.answer_button.clicked.connect(self._on_answer_letter)
        self.table.itemSelectionChanged.connect(self._update_buttons)

    def _retranslate_ui(self) -> None:
        self.box.setTitle(self.tr("Claims"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Number"), self.tr("Type"), self.tr("Status"), self.tr("Filed"), self.tr("Answer by"),
             self.tr("Flag")]
        )  # fmt: skip
        self.new_button.setText(self.tr("&New claim…"))
        self.informed_button.setText(self.tr("Mark the voter in&formed"))
        self.reprint_button.setText(self.tr("Re&print the receipt"))
        self.answer_button.setText(self.tr("&Answer letter…"))
        self.how_combo.retranslate(self._deps.translations.lang)
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
        self._dashboard = None
        self._error = None
        self._show()

    def selected_number(self) -> str:
        rows = self.table.selectionModel().selectedRows()
        item = self.table.item(rows[0].row(), NUMBER_COLUMN) if rows else None
        return item.text() if item is not None else ""

    def select(self, number: str) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, NUMBER_COLUMN)
            if item is not None and item.text() == number:
                self.table.selectRow(row)

    # ---- slots -------------------------------------------------------------------------
    def _on_loaded(self, dashboard: Dashboard, generation: int) -> None:
        if generation != self._generation:
            return
        selected = self.selected_number()
        self._dashboard, self._error = dashboard, None
        self._show()
        if selected:
            self.select(selected)
        self.loaded.emit()

    def _on_failed(self, error: AppError, generation: int) -> None:
        if generation != self._generation:
            return
        self._error = error
        self._show()

    def _on_mark_informed(self) -> None:
        number = self.selected_number()
        if not number:
            return
        deps, session, how = self._deps, self._session, str(self.how_combo.currentData())
        deps.runner.run(
            lambda: deps.services.claims().mark_informed(session, number, how),
            lambda _claim: self.refresh(),
            self._on_action_failed,
        )

    def _on_reprint(self) -> None:
        number = self.selected_number()
        if not number:
            return
        deps, session = self._deps, self._session
        self.reprint_button.setEnabled(False)
        deps.runner.run(
            lambda: write_receipt(deps, session, number),
            lambda pdf: self._on_reprinted(number, pdf),
            self._on_action_failed,
        )

    def _on_reprinted(self, number: str, pdf: bytes) -> None:
        self._update_buttons()
        title = self.tr("Receipt for claim %1 (duplicate)").replace("%1", number)
        self._deps.previewer.preview(self, title, pdf)
        self.refresh()

    def _on_answer_letter(self) -> None:
        number = self.selected_number()
        if not number:
            return
        deps, session = self._deps, self._session
        self.answer_button.setEnabled(False)
        deps.runner.run(
            lambda: write_answer_letter(deps, session, number),
            lambda pdf: self._on_answer_written(number, pdf),
            self._on_action_failed,
        )

    def _on_answer_written(self, number: str, pdf: bytes) -> None:
        self._update_buttons()
        self._deps.previewer.preview(self, self.tr("Answer to claim %1").replace("%1", number), pdf)

    def _on_action_failed(self, error: AppError) -> None:
        self._update_buttons()
        self._error = error
        self._show_message()

    # ---- showing -----------------------------------------------------------------------
    def _update_buttons(self) -> None:
        number = self.selected_number()
        state = self._state_of(number)
        self.reprint_button.setEnabled(bool(number))
        self.informed_button.setEnabled(state is not None and state.claim.status == ClaimStatus.DECIDED)
        self.answer_button.setEnabled(state is not None and bool(state.claim.decision))

    def _state_of(self, number: str) -> ClaimState | None:
        if not number or self._dashboard is None:
            return None
        return next((s for s in self._dashboard.claims if s.claim.number == number), None)

    def _show(self) -> None:
        self.stage_label.setText(self._stage_text())
        claims = self._dashboard.claims if self._dashboard else []
        self.table.setRowCount(len(claims))
        for row, state in enumerate(claims):
            for column, text in enumerate(self._cells(state)):
                item = QTableWidgetItem(text)
                if state.flag is Flag.OVERDUE:
                    item.setForeground(QBrush(_OVERDUE))
                elif state.flag is Flag.DUE_SOON:
                    item.setForeground(QBrush(_DUE_SOON))
                self.table.setItem(row, column, item)
        self._show_message()
        self._update_buttons()

    def _cells(self, state: ClaimState) -> tuple[str, ...]:
        claim, lang = state.claim, self._deps.translations.lang
        return (claim.number, catalogue.name_of(ClaimType, claim.type, lang),
                catalogue.name_of(ClaimStatus, claim.status, lang), show_date(claim.filed_on, lang),
                show_date(state.answer_by, lang), flag_text(state.flag.value))  # fmt: skip

    def _show_message(self) -> None:
        lang = self._deps.translations.lang
        text = explain(self._error, lang) if self._error else ""
        if not text and self._dashboard is not None:
            overdue = sum(1 for s in self._dashboard.claims if s.flag is Flag.OVERDUE)
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
