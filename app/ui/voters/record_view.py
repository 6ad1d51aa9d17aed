"""One voter's record beside the search list (issue 12 point 3).

The public part (R-DATA-3) is what the search row already holds: the full name, the precinct, the
status (a blocked voter with the claim that blocked the record) and the record number, the
internal id the audit log names the record by. Namesakes are told apart here: on opening, the
view asks `VoterService.namesakes` for every listed voter with exactly the same name; when there are
several it says how many, which record this is, the other records' numbers and statuses, and how
to find the right one without guessing (type the PIN from the passport into the search box, or
compare the confidential fields). Nothing public tells same-named voters apart beyond the record
number and status (docs/decisions.md "The Voters page").

The confidential fields are in `ConfidentialBox`, for the roles that may see them. `clear()` (lock,
log-out) drops the voter, the namesakes and the confidential fields; replies still on their way
are discarded.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app import catalogue
from app.errors import AppError
from app.messages import explain
from app.models.records import PublicVoter, VoterStatus
from app.models.vocabulary import Field
from app.security.permissions import Action, allowed
from app.security.session import Session
from app.ui.common.deps import UiDeps
from app.ui.common.forms import labelled_form, named, set_texts
from app.ui.voters.confidential_box import ConfidentialBox


class RecordView(QFrame):
    """The record of the voter opened from the search list."""

    close_requested = Signal()

    def __init__(self, deps: UiDeps, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._deps = deps
        self._session = session
        self._voter: PublicVoter | None = None
        self._namesakes: list[PublicVoter] = []
        self._generation = 0
        self._error: AppError | None = None
        self._build_ui()
        self._connect_signals()
        self._retranslate_ui()

    def _build_ui(self) -> None:
        self.setObjectName("voterRecord")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.name_label = named(QLabel(wordWrap=True), "dialogTitle")
        self.number_value = named(QLabel(), "recordNumber")
        self.precinct_value = named(QLabel(), "recordPrecinct")
        self.status_value = named(QLabel(wordWrap=True), "recordStatus")
        form, self._labels = labelled_form([self.number_value, self.precinct_value, self.status_value])
        self.namesake_label = named(QLabel(wordWrap=True), "namesakeNote")
        self.error_label = named(QLabel(wordWrap=True), "errorLabel")
        permitted = ConfidentialBox.permitted(self._session)
        self.confidential = ConfidentialBox(self._deps, self._session) if permitted else None
        self.hint_label = named(QLabel(wordWrap=True), "statusLabel")
        self.close_button = named(QPushButton(), "closeRecordButton")
        layout = QVBoxLayout(self)
        layout.addWidget(self.name_label)
        layout.addLayout(form)
        for widget in (self.namesake_label, self.error_label, self.confidential, self.hint_label):
            if widget is not None:
                layout.addWidget(widget)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout.addLayout(row)

    def _connect_signals(self) -> None:
        self.close_button.clicked.connect(self.close_requested)

    def _retranslate_ui(self) -> None:
        lang = self._deps.translations.lang
        precinct = f"{catalogue.name(Field.PRECINCT, lang)}:"
        set_texts(self._labels, [self.tr("Record No.:"), precinct, self.tr("Status:")])
        self.close_button.setText(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Close the record (Esc)"))
        hints = [self.tr("Esc: close the record.")]
        if allowed(self._session.role, Action.CLAIM_INTAKE):
            hints.insert(0, self.tr("Ctrl+N: file a claim for this voter."))
        self.hint_label.setText(" ".join(hints))
        self._show_public()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_ui()
        super().changeEvent(event)

    # ---- public ------------------------------------------------------------------------
    def voter(self) -> PublicVoter | None:
        return self._voter

    def show_voter(self, voter: PublicVoter) -> None:
        """Opens `voter`: its public fields at once, its namesakes when the service answers. Another
        voter than the one shown hides the confidential fields."""
        if self._voter is not None and self._voter.id == voter.id:
            self.update_voter(voter)
            return
        self._generation += 1
        self._voter, self._namesakes, self._error = voter, [], None
        if self.confidential is not None:
            self.confidential.set_voter(voter.id)
        self._show_public()
        generation, voters, session = self._generation, self._deps.voters, self._session
        self._deps.runner.run(
            lambda: voters.namesakes(session, voter.id),
            lambda found: self._on_namesakes_loaded(found, generation),
            lambda error: self._on_failed(error, generation),
        )

    def update_voter(self, voter: PublicVoter) -> None:
        """The same voter, read again (after a claim blocked the record): the status changes."""
        if self._voter is not None and self._voter.id == voter.id:
            self._voter = voter
            self._namesakes = [voter if v.id == voter.id else v for v in self._namesakes]
            self._show_public()

    def clear(self) -> None:
        """Lock or log-out: drop the voter, the namesakes and the confidential fields."""
        self._generation += 1
        self._voter, self._namesakes, self._error = None, [], None
        if self.confidential is not None:
            self.confidential.clear()
        self._show_public()

    def focus_first(self) -> None:
        """Where the keyboard lands when the record opens: "Show" if the role has it, else Close."""
        box = self.confidential
        target = box.show_button if box is not None and box.show_button.isVisible() else self.close_button
        target.setFocus()

    def namesakes(self) -> list[PublicVoter]:
        return list(self._namesakes)

    # ---- slots -------------------------------------------------------------------------
    def _on_namesakes_loaded(self, found: list[PublicVoter], generation: int) -> None:
        if generation != self._generation:
            return
        self._namesakes = found
        self._show_public()

    def _on_failed(self, error: AppError, generation: int) -> None:
        if generation == self._generation:
            self._error = error
            self._show_public()

    # ---- helpers -----------------------------------------------------------------------
    def _show_public(self) -> None:
        voter = self._voter
        self.name_label.setText(voter.full_name if voter else "")
        self.number_value.setText(str(voter.id) if voter else "")
        self.precinct_value.setText(voter.precinct if voter else "")
        self.status_value.setText(self._status_text(voter) if voter else "")
        self.namesake_label.setText(self._namesake_text())
        self.namesake_label.setVisible(bool(self.namesake_label.text()))
        error = self._error
        self.error_label.setText(explain(error, self._deps.translations.lang) if error else "")
        self.error_label.setVisible(error is not None)

    def _status_text(self, voter: PublicVoter) -> str:
        word = catalogue.name(voter.status, self._deps.translations.lang)
        if voter.status is VoterStatus.BLOCKED and voter.block_claim:
            return self.tr("%1 (claim %2)").replace("%1", word).replace("%2", voter.block_claim)
        return word

    def _namesake_text(self) -> str:
        voter, others = self._voter, [v for v in self._namesakes if v.id != (self._voter.id if self._voter else 0)]
        if voter is None or not others:
            return ""
        head = self.tr("%n voter(s) on the list have this same name.", "", len(self._namesakes))
        lang = self._deps.translations.lang
        listed = ", ".join(f"{v.id} ({catalogue.name(v.status, lang)})" for v in others)
        which = self.tr("This is record No. %1; the others: %2.").replace("%1", str(voter.id)).replace("%2", listed)
        how = (
            self.tr(
                "To be sure it is the right person, type the PIN from the passport into the search box,"
                " or compare the date of birth and address."
            )
            if self.confidential is not None
            else self.tr("To be sure it is the right person, type the PIN from the passport into the search box.")
        )
        return f"{head} {which} {how}"
