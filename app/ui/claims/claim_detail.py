"""One claim beside the claims list (issue 12 point 4; R-CLM-3, R-CLM-4, R-CLM-5).

What everyone taking claims may see at once: the number, type, status and flag, when and where it
was filed and by whom, the answer date, the decision, how the voter was informed, how many
receipts were printed and how many files are attached, and the claim's history
(`ClaimService.history`: filed, the record blocked, the batch that carried it and its
acknowledgement, the overdue alert, the decision, the record released, the voter informed and the
batch that reported it). Dates, logins and batch numbers only: no personal data.

What the voter filed (the corrections asked for, the contact for the answer, the institution, the
contact-centre check, the decision's reason, the attached files' names) is personal data: it is
shown only after an explicit "Show what was filed", which the service audits as a confidential
view (`ClaimService.show`, as `pec-desk claims show`), and it is hidden again when another claim
is chosen, the page is cleared (lock, log-out) or the list forgets the claim.

The actions: "Re-print the receipt" (a DUPLICATE, audited), "Answer letter" for a decided claim,
and "Mark the voter informed" (with how) for a decided claim; each runs through the task runner and
the list reloads after a change (`changed`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app import catalogue
from app.errors import AppError
from app.field_messages import show_date
from app.messages import explain
from app.models.claims import ClaimEvent
from app.models.vocabulary import AnswerChannel, ClaimStatus, ClaimType, ContactCheck, Decision, Place
from app.security.session import Session
from app.services.claims import ClaimState
from app.ui.claims.claim_dialog import write_receipt
from app.ui.claims.claim_texts import event_text, field_line, flag_text, moment
from app.ui.claims.field_widgets import VocabularyChooser
from app.ui.common.deps import UiDeps
from app.ui.common.forms import labelled_form, named, set_texts
from app.ui.documents.dialogs import write_answer_letter

FACTS = ("type", "status", "filed", "answer_by", "decision", "informed", "receipts", "attachments")


class ClaimDetail(QWidget):
    """The chosen claim: its facts, what was filed (on request), its history and its actions."""

    changed = Signal()  # an action changed the claim or its receipts: the list reloads

    def __init__(self, deps: UiDeps, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._deps = deps
        self._session = session
        self._state: ClaimState | None = None
        self._history: list[ClaimEvent] = []
        self._revealed = ""  # the number whose filed contents the member asked to see (audited)
        self._error: AppError | None = None
        self._generation = 0
        self._build_ui()
        self._connect_signals()
        self._retranslate_ui()

    # ---- building ----------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.setObjectName("claimDetail")
        self.heading = named(QLabel(wordWrap=True), "claimHeading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.empty_label = named(QLabel(wordWrap=True), "claimDetailEmpty")
        self.facts = {key: named(QLabel(wordWrap=True), f"claimFact_{key}") for key in FACTS}
        self.facts_form, self._fact_labels = labelled_form(list(self.facts.values()))
        self.show_button = named(QPushButton(), "showClaimContents")
        self.contents_label = named(QLabel(wordWrap=True), "claimContents")
        self.history_title = QLabel()
        self.history_title.setFont(font)
        self.history_label = named(QLabel(wordWrap=True), "claimHistory")
        self.message_label = named(QLabel(wordWrap=True), "claimDetailMessage")
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.addWidget(self.heading)
        inner.addWidget(self.empty_label)
        inner.addLayout(self.facts_form)
        for widget in (self.show_button, self.contents_label, self.history_title, self.history_label):
            inner.addWidget(widget)
        inner.addStretch(1)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the labels wrap
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message_label)
        layout.addLayout(self._build_actions())

    def _build_actions(self) -> QGridLayout:
        self.reprint_button = named(QPushButton(), "reprintReceipt")
        self.answer_button = named(QPushButton(), "answerLetter")
        self.how_combo = named(VocabularyChooser(AnswerChannel, optional=False), "informedHow")
        self.informed_button = named(QPushButton(), "markInformed")
        actions = QGridLayout()
        actions.addWidget(self.reprint_button, 0, 0)
        actions.addWidget(self.answer_button, 0, 1)
        actions.addWidget(self.how_combo, 1, 0)
        actions.addWidget(self.informed_button, 1, 1)
        return actions

    def _connect_signals(self) -> None:
        self.show_button.clicked.connect(self._on_show_contents)
        self.informed_button.clicked.connect(self._on_mark_informed)
        self.reprint_button.clicked.connect(self._on_reprint)
        self.answer_button.clicked.connect(self._on_answer_letter)

    def _retranslate_ui(self) -> None:
        set_texts(self._fact_labels, [self.tr("Type:"), self.tr("Status:"), self.tr("Filed:"), self.tr("Answer by:"),
                                      self.tr("Decision:"), self.tr("Voter informed:"), self.tr("Receipts printed:"),
                                      self.tr("Attached files:")])  # fmt: skip
        self.empty_label.setText(self.tr("Choose a claim in the list to see it here."))
        self.show_button.setText(self.tr("&Show what was filed"))
        self.history_title.setText(self.tr("History"))
        self.reprint_button.setText(self.tr("Re&print the receipt"))
        self.answer_button.setText(self.tr("&Answer letter…"))
        self.informed_button.setText(self.tr("Mark the voter in&formed"))
        self.how_combo.retranslate(self._deps.translations.lang)
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_ui()
        super().changeEvent(event)

    # ---- public ------------------------------------------------------------------------
    @property
    def number(self) -> str:
        return self._state.claim.number if self._state is not None else ""

    def show_state(self, state: ClaimState | None) -> None:
        """The claim chosen in the list (None: none); its history is read again."""
        number = state.claim.number if state is not None else ""
        if number != self.number:
            self._history, self._revealed = [], ""
        self._state, self._error = state, None
        self._generation += 1
        self._show()
        if number:
            self._load_history(number)

    def clear(self) -> None:
        """Lock or log-out: nothing of the claim stays on screen or in memory."""
        self._generation += 1
        self._state, self._history, self._revealed, self._error = None, [], "", None
        self._show()

    # ---- loading -----------------------------------------------------------------------
    def _load_history(self, number: str) -> None:
        generation, deps, session = self._generation, self._deps, self._session
        deps.runner.run(
            lambda: deps.services.claims().history(session, number),
            lambda events: self._on_history(events, generation),
            lambda error: self._on_history_failed(error, generation),
        )

    def _on_history(self, events: list[ClaimEvent], generation: int) -> None:
        if generation == self._generation:
            self._history = events
            self._show()

    def _on_history_failed(self, error: AppError, generation: int) -> None:
        if generation == self._generation:
            self._on_action_failed(error)

    def _on_show_contents(self) -> None:
        number = self.number
        if not number:
            return
        generation, deps, session = self._generation, self._deps, self._session
        self.show_button.setEnabled(False)
        deps.runner.run(
            lambda: deps.services.claims().show(session, number),  # audited: a confidential view
            lambda state: self._on_contents(state, generation),
            self._on_action_failed,
        )

    def _on_contents(self, state: ClaimState, generation: int) -> None:
        if generation == self._generation and state.claim.number == self.number:
            self._state, self._revealed = state, state.claim.number
        self._show()

    # ---- actions -----------------------------------------------------------------------
    def _on_mark_informed(self) -> None:
        number, deps, session = self.number, self._deps, self._session
        how = str(self.how_combo.currentData())
        if number:
            deps.runner.run(
                lambda: deps.services.claims().mark_informed(session, number, how),
                lambda _claim: self.changed.emit(),
                self._on_action_failed,
            )

    def _on_reprint(self) -> None:
        number, deps, session = self.number, self._deps, self._session
        if not number:
            return
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
        self.changed.emit()

    def _on_answer_letter(self) -> None:
        number, deps, session = self.number, self._deps, self._session
        if not number:
            return
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
        self._error = error
        self._show()

    # ---- showing -----------------------------------------------------------------------
    def _show(self) -> None:
        state, lang = self._state, self._deps.translations.lang
        self.empty_label.setVisible(state is None)
        for widget in (self.heading, self.show_button, self.history_title, self.history_label):
            widget.setVisible(state is not None)
        for row, (key, label) in enumerate(self.facts.items()):
            label.setText(self._fact(key) if state is not None else "")
            self.facts_form.setRowVisible(row, state is not None)
        self.heading.setText(self.tr("Claim %1").replace("%1", state.claim.number) if state else "")
        self.contents_label.setText(self._contents_text())
        self.contents_label.setVisible(bool(self._revealed) and state is not None)
        self.history_label.setText("\n".join(f"{moment(e.at, lang)}  {self._event_line(e)}" for e in self._history))
        self.message_label.setText(explain(self._error, lang) if self._error else "")
        self.message_label.setVisible(self._error is not None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        claim = self._state.claim if self._state is not None else None
        self.show_button.setEnabled(claim is not None and self._revealed != claim.number)
        self.reprint_button.setEnabled(claim is not None)
        self.informed_button.setEnabled(claim is not None and claim.status == ClaimStatus.DECIDED)
        self.how_combo.setEnabled(self.informed_button.isEnabled())
        self.answer_button.setEnabled(claim is not None and bool(claim.decision))

    def _fact(self, key: str) -> str:
        assert self._state is not None
        state, claim, lang = self._state, self._state.claim, self._deps.translations.lang
        status = catalogue.name_of(ClaimStatus, claim.status, lang)
        flag = flag_text(state.flag.value)
        facts = {
            "type": catalogue.name_of(ClaimType, claim.type, lang),
            "status": f"{status} ({flag})" if flag else status,
            "filed": self.tr("%1, %2, by %3").replace("%1", moment(claim.filed_at, lang))
            .replace("%2", catalogue.name_of(Place, claim.place, lang)).replace("%3", claim.filed_by),
            "answer_by": show_date(state.answer_by, lang),
            "decision": self._decision_text(),
            "informed": self._informed_text(),
            "receipts": str(claim.receipts),
            "attachments": str(len(claim.attachments)),
        }  # fmt: skip
        return facts[key]

    def _decision_text(self) -> str:
        assert self._state is not None
        claim, lang = self._state.claim, self._deps.translations.lang
        if not claim.decision:
            return self.tr("not yet")
        word = catalogue.name_of(Decision, claim.decision, lang)
        return f"{word} ({moment(claim.decided_at, lang)})" if claim.decided_at else word

    def _informed_text(self) -> str:
        assert self._state is not None
        claim, lang = self._state.claim, self._deps.translations.lang
        if not claim.informed_at:
            return self.tr("not yet")
        how = catalogue.name_of(AnswerChannel, claim.informed_how, lang)
        return f"{how} ({moment(claim.informed_at, lang)}, {claim.informed_by})"

    def _event_line(self, event: ClaimEvent) -> str:
        text = event_text(event, self._deps.translations.lang)
        return f"{text} ({event.by})" if event.by else text  # a login is no word to translate

    def _contents_text(self) -> str:
        """What the voter filed, in the window's words (only once the member asked to see it)."""
        state, lang = self._state, self._deps.translations.lang
        if state is None or self._revealed != state.claim.number:
            return ""
        claim = state.claim
        lines = [field_line(key, value, lang) for key, value in claim.fields.items()]
        lines.append(self.tr("Contact for the answer: %1").replace("%1", claim.contact))
        if claim.institution:
            lines.append(self.tr("Institution: %1").replace("%1", claim.institution))
        if claim.contact_check:
            check = catalogue.name_of(ContactCheck, claim.contact_check, lang)
            lines.append(self.tr("Contact-centre check: %1").replace("%1", check))
        if claim.decision_reason:
            lines.append(self.tr("Reason of the decision: %1").replace("%1", claim.decision_reason))
        for attachment in claim.attachments:
            size = self.tr("%1 KB").replace("%1", str(attachment.size // 1024 + 1))
            lines.append(self.tr("File: %1 (%2)").replace("%1", attachment.name).replace("%2", size))
        return "\n".join(lines)
