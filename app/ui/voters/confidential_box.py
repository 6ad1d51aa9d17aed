"""The confidential part of a voter's record (R-DATA-3, R-DATA-2, R-AUD-1): shown only on request.

The box exists only for a role the permission table allows `VOTER_VIEW_CONFIDENTIAL`; the window
hides what the table already forbids, and the service checks it again. Nothing confidential is
fetched until "Show" is pressed; that makes exactly one service call (`VoterService.confidential`),
which writes one audit event naming the record and the fields shown. The values are dropped again
(labels emptied, the record forgotten) when the voter changes, on "Hide", on lock or log-out
(`clear()`), and `reveal_ms` after they were shown (60 s, with a countdown). A result that comes
back after any of these is discarded. The special category (R-DATA-2) has a row only for a role
allowed `VOTER_VIEW_SPECIAL`; for others the service does not even return it.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app import catalogue
from app.errors import AppError
from app.field_messages import show_date
from app.messages import explain
from app.models.vocabulary import Field, Sex, SpecialCategory
from app.security.permissions import Action, allowed
from app.security.session import Session
from app.services.voters import ConfidentialFields
from app.ui.common.deps import UiDeps
from app.ui.common.forms import labelled_form, named, set_texts

REVEAL_MS = 60_000
_TICK_MS = 1000


class ConfidentialBox(QGroupBox):
    """ "Show" and, once shown, the PIN, date of birth, sex, address (and special category)."""

    revealed = Signal(int)  # the voter id whose fields are now on screen
    concealed = Signal()

    def __init__(self, deps: UiDeps, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._deps = deps
        self._session = session
        self.reveal_ms = REVEAL_MS  # tests shorten it
        self._voter_id: int | None = None
        self._generation = 0
        self._shown: ConfidentialFields | None = None
        self._left_ms = 0
        self._special = allowed(session.role, Action.VOTER_VIEW_SPECIAL)
        self._build_ui()
        self._connect_signals()
        self._retranslate_ui()

    @staticmethod
    def permitted(session: Session) -> bool:
        return allowed(session.role, Action.VOTER_VIEW_CONFIDENTIAL)

    def _build_ui(self) -> None:
        self.setObjectName("confidentialBox")
        self.note_label = named(QLabel(wordWrap=True), "statusLabel")
        self.show_button = named(QPushButton(), "showConfidentialButton")
        self.hide_button = named(QPushButton(), "hideConfidentialButton")
        self.countdown_label = named(QLabel(wordWrap=True), "statusLabel")
        self.error_label = named(QLabel(wordWrap=True), "errorLabel")
        fields = [Field.PIN, Field.BIRTH_DATE, Field.SEX, Field.ADDRESS]
        self._fields = [*fields, Field.SPECIAL_CATEGORY] if self._special else fields
        self.values = {field: named(QLabel(wordWrap=True), f"value_{field.value}") for field in self._fields}
        self.form_widget = QWidget()
        form, self._labels = labelled_form(list(self.values.values()))
        self.form_widget.setLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.hide_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        for widget in (self.note_label, self.form_widget, self.countdown_label, self.error_label):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self._timer = QTimer(self, interval=_TICK_MS)
        self._conceal()

    def _connect_signals(self) -> None:
        self.show_button.clicked.connect(self._on_show_clicked)
        self.hide_button.clicked.connect(self.conceal)
        self._timer.timeout.connect(self._on_tick)

    def _retranslate_ui(self) -> None:
        lang = self._deps.translations.lang
        self.setTitle(self.tr("Confidential data"))
        self.note_label.setText(self.tr("Shown only when asked for; every view is recorded in the audit log."))
        self.note_label.setVisible(self._shown is None)
        self.show_button.setText(self.tr("&Show"))
        self.show_button.setToolTip(
            self.tr("Show the PIN, date of birth, sex and address (recorded in the audit log); hidden after %1 s")
            .replace("%1", str(self.reveal_ms // 1000))
        )  # fmt: skip
        self.hide_button.setText(self.tr("&Hide"))
        set_texts(self._labels, [f"{catalogue.name(field, lang)}:" for field in self._fields])
        self._show_values()
        self._show_countdown()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_ui()
        super().changeEvent(event)

    # ---- public ------------------------------------------------------------------------
    def set_voter(self, voter_id: int | None) -> None:
        """Another voter (or none): whatever was shown goes, a reply on its way is dropped."""
        if voter_id != self._voter_id:
            self._voter_id = voter_id
            self.conceal()
        self.error_label.clear()
        self.error_label.hide()

    def conceal(self) -> None:
        self._conceal()
        self._retranslate_ui()
        self.concealed.emit()

    def clear(self) -> None:
        """Lock or log-out: no voter, nothing shown, nothing on its way."""
        self._voter_id = None
        self.error_label.clear()
        self.conceal()  # hides the emptied error line too

    @property
    def shown(self) -> bool:
        return self._shown is not None

    # ---- slots -------------------------------------------------------------------------
    def _on_show_clicked(self) -> None:
        voter_id, generation = self._voter_id, self._generation
        if voter_id is None or self._shown is not None:
            return
        self.show_button.setEnabled(False)
        voters, session = self._deps.voters, self._session
        self._deps.runner.run(
            lambda: voters.confidential(session, voter_id),
            lambda fields: self._on_loaded(fields, generation),
            lambda error: self._on_failed(error, generation),
        )

    def _on_loaded(self, fields: ConfidentialFields, generation: int) -> None:
        if generation != self._generation or fields.voter_id != self._voter_id:
            return  # the voter changed, or the window locked, while the audit was written
        self._shown = fields
        self._left_ms = self.reveal_ms
        self._timer.start(min(_TICK_MS, self.reveal_ms))
        self.form_widget.show()
        self.hide_button.show()
        self.show_button.hide()
        self._retranslate_ui()
        self.revealed.emit(fields.voter_id)
        self.hide_button.setFocus()

    def _on_failed(self, error: AppError, generation: int) -> None:
        if generation != self._generation:
            return
        self.show_button.setEnabled(True)
        self.error_label.setText(explain(error, self._deps.translations.lang))
        self.error_label.show()

    def _on_tick(self) -> None:
        self._left_ms -= self._timer.interval()
        if self._left_ms <= 0:
            self.conceal()
        else:
            self._show_countdown()

    # ---- helpers -----------------------------------------------------------------------
    def _conceal(self) -> None:
        self._generation += 1
        self._shown = None
        self._timer.stop()
        for label in self.values.values():
            label.clear()
        self.form_widget.hide()
        self.hide_button.hide()
        self.countdown_label.clear()
        self.show_button.show()
        self.show_button.setEnabled(self._voter_id is not None)

    def _show_values(self) -> None:
        shown, lang = self._shown, self._deps.translations.lang
        if shown is None:
            return
        texts = {
            Field.PIN: shown.pin,
            Field.BIRTH_DATE: _birth_date(shown.birth_date, lang),
            Field.SEX: catalogue.name_of(Sex, shown.sex, lang),
            Field.ADDRESS: shown.address,
            Field.SPECIAL_CATEGORY: catalogue.name_of(SpecialCategory, shown.special_category or "", lang),
        }
        for field, label in self.values.items():
            label.setText(texts[field])

    def _show_countdown(self) -> None:
        self.countdown_label.setVisible(self._shown is not None)
        self.error_label.setVisible(bool(self.error_label.text()))
        if self._shown is None:
            self.countdown_label.clear()
            return
        seconds = max(1, (self._left_ms + 999) // 1000)
        self.countdown_label.setText(self.tr("Hidden again in %n s.", "", seconds))


def _birth_date(stored: str, lang: str) -> str:
    try:
        return show_date(dt.date.fromisoformat(stored), lang)
    except ValueError:
        return stored
