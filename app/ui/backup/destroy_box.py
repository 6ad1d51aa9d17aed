"""Destruction of the precinct's personal data by the chair (R-DATA-5, R-DATA-4, R-AUD-6).

The confirmations are those of `pec-desk destroy`, decided by `DestructionService.destroy` (each
refusal audited): the precinct number typed; before the retention date a written reason; with
claims not sent to the TEC or batches it has not acknowledged, an explicit tick to give them up.
A last question before the key slots are shredded. Done, the result names what was destroyed and
the backups made on this device that must be collected and destroyed too, and the page reports
`store_replaced`: the session is over.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from app.errors import AppError, Defect, Reason
from app.security.session import Session
from app.services.destruction import Destroyed, Retention
from app.ui.backup.job_box import JobBox, WrappedCheck
from app.ui.common.deps import UiDeps
from app.ui.common.forms import named


class DestroyBox(JobBox):
    store_replaced = Signal(str)  # the result in words

    def __init__(self, deps: UiDeps, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(deps, "destroyBox", parent)
        self._session = session
        self.retention: Retention | None = None
        self.intro_label = named(QLabel(wordWrap=True), "destroyIntro")
        self.number_edit = named(QLineEdit(maxLength=20), "confirmNumberEdit")
        self.number_problem = named(QLabel(wordWrap=True), "fieldProblem")
        self.reason_edit = named(QPlainTextEdit(), "earlyReasonEdit")
        self.reason_edit.setFixedHeight(self.reason_edit.fontMetrics().lineSpacing() * 4)
        self.reason_problem = named(QLabel(wordWrap=True), "fieldProblem")
        self.discard_check = WrappedCheck("discardUnsentCheck")
        self.destroy_button = named(QPushButton(), "destroyButton")
        for label in (self.number_problem, self.reason_problem):
            label.hide()
        self._labels = [QLabel(), QLabel()]
        self._labels[0].setBuddy(self.number_edit)
        self._labels[1].setBuddy(self.reason_edit)
        form = QFormLayout()
        form.addRow(self._labels[0], self.number_edit)
        form.addRow("", self.number_problem)
        form.addRow(self._labels[1], self.reason_edit)
        form.addRow("", self.reason_problem)
        self.box_layout.addWidget(self.intro_label)
        self.box_layout.addLayout(form)
        self.box_layout.addWidget(self.discard_check)
        self.box_layout.addWidget(self.destroy_button)
        self.add_outcome_widgets()
        self.destroy_button.clicked.connect(self._on_destroy_clicked)
        self.number_edit.textEdited.connect(lambda _t: self.number_problem.hide())
        self.reason_edit.textChanged.connect(self.reason_problem.hide)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Destruction of the personal data"))
        self.intro_label.setText(
            self.tr(
                "Destroys the voter list, the claims and every key that opens them on this computer, for "
                "good. The audit log is kept. Backups made here must be collected and destroyed as well."
            )
        )
        self._labels[0].setText(self.tr("Type the precinct &number:"))
        self._labels[1].setText(self.tr("Reason for destroying &early:"))
        self.reason_edit.setPlaceholderText(self.tr("Needed only before the end of the retention period."))
        self.discard_check.setText(
            self.tr("Give up the claims and batches the TEC has not received or acknowledged yet")
        )
        self.destroy_button.setText(self.tr("&Destroy the personal data…"))

    def set_retention(self, retention: Retention | None) -> None:
        """Before the retention date a reason is asked for; after it, none."""
        self.retention = retention
        early = retention is None or not retention.passed
        self.reason_edit.setEnabled(early)
        self._labels[1].setEnabled(early)

    def clear(self) -> None:
        super().clear()
        self.number_edit.clear()
        self.reason_edit.clear()
        self.discard_check.setChecked(False)
        for label in (self.number_problem, self.reason_problem):
            label.hide()

    def _on_destroy_clicked(self) -> None:
        if self.busy:
            return
        question = self.tr(
            "Destroy the personal data of this precinct for good? Nothing on this computer can open it afterwards."
        )
        self.confirm(question, self.tr("Destroy"), self._destroy)

    def _destroy(self) -> None:
        number, reason = self.number_edit.text(), self.reason_edit.toPlainText()
        discard = self.discard_check.isChecked()
        destruction, session = self._deps.services.destruction, self._session
        self.run(
            lambda: destruction().destroy(session, number, reason, discard_unsent=discard),
            self._on_destroyed,
            self._on_refused,
            always=True,
        )

    def _on_destroyed(self, done: Destroyed) -> None:
        text = (
            self.tr("The personal data of precinct %1 was destroyed: %2 voters, %3 claims. The audit log is kept.")
            .replace("%1", done.precinct)
            .replace("%2", str(done.voters))
            .replace("%3", str(done.claims))
        )
        if done.backups:
            text += "\n" + self.tr("Collect and destroy the backups made on this computer:")
            text += "".join(f"\n• {backup}" for backup in done.backups)
        self.show_result(text)
        for widget in (self.number_edit, self.reason_edit, self.discard_check, self.destroy_button):
            widget.setEnabled(False)
        self.store_replaced.emit(text)

    def _on_refused(self, error: AppError) -> None:
        """The refusals this form answers get their words beside the field to fill; others below."""
        if error.params.get("defect") == Defect.CONFIRMATION_MISMATCH:
            self._mark(self.number_problem, self.number_edit, self.tr("Type the precinct number %1 to confirm.")
                       .replace("%1", str(error.params.get("number", ""))))  # fmt: skip
        elif error.reason is Reason.RETENTION_NOT_PASSED:
            self._mark(self.reason_problem, self.reason_edit, self.tr(
                "The data is kept until %1. To destroy it earlier, write the reason here."
            ).replace("%1", str(error.params.get("until", ""))))  # fmt: skip
        elif error.reason is Reason.UNSENT_DATA:
            self.show_error(
                self.tr(
                    "Claims not yet sent to the TEC: %1; batches the TEC has not acknowledged: %2. Export them "
                    "and wait for the acknowledgement, or tick the box to give them up."
                )
                .replace("%1", str(error.params.get("claims", 0)))
                .replace("%2", str(error.params.get("batches", 0)))
            )
            self.discard_check.setFocus()
        else:
            self.show_error(error)

    def _mark(self, label: QLabel, field: QWidget, text: str) -> None:
        label.setText(text)
        label.show()
        field.setFocus()
