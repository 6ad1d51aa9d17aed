"""The other printed documents from the window (issue 5 point 6; R-CAL-1, R-CLM-5, R-CLM-9, R-SEC-9).

Each dialog asks only what its document needs, then the service writes the PDF into memory on the
worker (`DocumentService`, an audited print) and the bytes go to `UiDeps.previewer` (Qt's print
preview, with Print). Nothing is written to disk here. A refusal is shown translated (`explain`)
and the dialog stays open.

  PostingListDialog   the list for posting (R-CAL-1), with the stage: chair and secretary
  SubjectAccessDialog the subject-access extract of the voter selected in the search list
                      (R-CLM-9): a second person, chair or secretary, types their login and
                      password (R-SEC-9). The password field is cleared as soon as it is read and
                      the string lives only in the one call.
  RefusalDialog       the reasoned written refusal of a subject-access request (R-CLM-9)
The answer letter (R-CLM-5) is a button of the claims dashboard (`write_answer_letter`).
"""

from __future__ import annotations

import io
from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.messages import explain
from app.models.records import PublicVoter
from app.models.vocabulary import Stage
from app.security.session import Session
from app.ui.common.deps import UiDeps
from app.ui.common.forms import grow_to_fit, labelled_form, set_texts

STAGES = tuple(Stage)


def write_posting_list(deps: UiDeps, session: Session, stage: str) -> bytes:
    """Worker thread: the list for posting as PDF bytes in memory (an audited print)."""
    out = io.BytesIO()
    deps.services.documents().posting_list(session, out, stage=stage, lang=deps.translations.lang)
    return out.getvalue()


def write_answer_letter(deps: UiDeps, session: Session, number: str) -> bytes:
    """Worker thread: the answer letter of a decided claim (an audited print)."""
    out = io.BytesIO()
    deps.services.documents().answer_letter(session, number, out, lang=deps.translations.lang)
    return out.getvalue()


def write_subject_access(deps: UiDeps, session: Session, voter_id: int, approver: str, password: str) -> bytes:
    """Worker thread: the subject-access extract, approved by `approver` with their password."""
    pin = deps.voters.pin(session, voter_id)  # checked and audited as a view of a confidential field
    out = io.BytesIO()
    deps.services.documents().subject_access(session, pin, out, approver=approver, approver_password=password,
                                             lang=deps.translations.lang)  # fmt: skip
    return out.getvalue()


def write_access_refusal(deps: UiDeps, session: Session, voter_name: str, reason: str) -> bytes:
    """Worker thread: the reasoned refusal of a subject-access request (an audited print)."""
    out = io.BytesIO()
    deps.services.documents().access_refusal(session, voter_name, out, reason=reason, lang=deps.translations.lang)
    return out.getvalue()


class _DocumentDialog(QDialog):
    """A small form, a Print button that runs the job, an error line and Close."""

    def __init__(self, deps: UiDeps, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._deps = deps
        self._session = session
        self._error: AppError | None = None
        self._busy = False
        self.print_button = QPushButton()
        self.print_button.setObjectName("printDocument")
        self.print_button.setDefault(True)
        self.close_button = QPushButton()
        self.close_button.setObjectName("closeDocument")
        self.error_label = QLabel(wordWrap=True)
        self.error_label.setObjectName("documentError")
        self.error_label.hide()
        self.print_button.clicked.connect(self._on_print)
        self.close_button.clicked.connect(self.reject)

    def _finish_layout(self, form_widgets: list[QWidget]) -> QVBoxLayout:
        self.form, self.labels = labelled_form(form_widgets)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # an error never squeezes the fields
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        return layout

    def _retranslate_ui(self) -> None:
        self.print_button.setText(self.tr("&Print…"))
        self.close_button.setText(self.tr("Close"))
        self._show_error()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_ui()
        super().changeEvent(event)

    def _run(self, job: Callable[[], bytes], title: str) -> None:
        self._busy = True
        self.print_button.setEnabled(False)
        self._error = None
        self._show_error()
        self._deps.runner.run(job, lambda pdf: self._on_written(title, pdf), self._on_failed)

    def _on_written(self, title: str, pdf: bytes) -> None:
        self._busy = False
        self.print_button.setEnabled(True)
        if self.isVisible():
            self._deps.previewer.preview(self, title, pdf)

    def _on_failed(self, error: AppError) -> None:
        self._busy = False
        self.print_button.setEnabled(True)
        self._error = error
        self._show_error()

    def _show_error(self) -> None:
        text = explain(self._error, self._deps.translations.lang) if self._error else ""
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
        if text:
            grow_to_fit(self)

    def _on_print(self) -> None:
        raise NotImplementedError

    def drop(self) -> None:
        """The window locks: forget what was typed and close."""
        self.reject()


class PostingListDialog(_DocumentDialog):
    """R-CAL-1: the list for posting at the chosen stage."""

    def __init__(self, deps: UiDeps, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(deps, session, parent)
        self.setObjectName("postingListDialog")
        self.stage_combo = QComboBox()
        self.stage_combo.setObjectName("postingStage")
        for stage in STAGES:
            self.stage_combo.addItem("", stage)
        self._finish_layout([self.stage_combo])
        self._retranslate_ui()

    def _retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("List for posting"))
        set_texts(self.labels, [self.tr("&Stage:")])
        texts = (self.tr("preliminary list"), self.tr("control list"), self.tr("final list"))
        for index, text in enumerate(texts):
            self.stage_combo.setItemText(index, text)
        super()._retranslate_ui()

    def _on_print(self) -> None:
        deps, session, stage = self._deps, self._session, str(self.stage_combo.currentData())
        self._run(lambda: write_posting_list(deps, session, stage), self.tr("List for posting"))


class SubjectAccessDialog(_DocumentDialog):
    """R-CLM-9 with R-SEC-9: the second person approves with their own login and password."""

    def __init__(self, deps: UiDeps, session: Session, voter: PublicVoter, parent: QWidget | None = None) -> None:
        super().__init__(deps, session, parent)
        self.setObjectName("subjectAccessDialog")
        self._voter = voter
        self.voter_label = QLabel(voter.full_name)
        self.voter_label.setObjectName("accessVoter")
        self.note_label = QLabel(wordWrap=True)
        self.approver_edit = QLineEdit()
        self.approver_edit.setObjectName("approverLogin")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("approverPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        layout = self._finish_layout([self.voter_label, self.approver_edit, self.password_edit])
        layout.insertWidget(0, self.note_label)
        self._retranslate_ui()

    def _retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Subject-access extract"))
        self.note_label.setText(
            self.tr("Confidential data: the chair or the secretary (not you) approves with their password.")
        )
        set_texts(self.labels, [self.tr("Voter:"), self.tr("Approver's &login:"), self.tr("Approver's pass&word:")])
        super()._retranslate_ui()

    def _on_print(self) -> None:
        deps, session, voter_id = self._deps, self._session, self._voter.id
        approver = self.approver_edit.text().strip()
        secret = [self.password_edit.text()]  # taken out by the call: nothing keeps it afterwards
        self.password_edit.clear()  # nothing typed stays in the form
        title = self.tr("Subject-access extract: %1").replace("%1", self._voter.full_name)
        self._run(lambda: write_subject_access(deps, session, voter_id, approver, secret.pop()), title)

    def drop(self) -> None:
        self.password_edit.clear()
        super().drop()


class RefusalDialog(_DocumentDialog):
    """R-CLM-9: the reasoned written refusal of a subject-access request."""

    def __init__(self, deps: UiDeps, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(deps, session, parent)
        self.setObjectName("accessRefusalDialog")
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("refusalName")
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setObjectName("refusalReason")
        self.reason_edit.setTabChangesFocus(True)
        self._finish_layout([self.name_edit, self.reason_edit])
        self._retranslate_ui()

    def _retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Refusal of a subject-access request"))
        set_texts(self.labels, [self.tr("Applicant's &full name:"), self.tr("&Reason for the refusal:")])
        super()._retranslate_ui()

    def _on_print(self) -> None:
        deps, session = self._deps, self._session
        name, reason = self.name_edit.text().strip(), self.reason_edit.toPlainText().strip()
        title = self.tr("Refusal of a subject-access request")
        self._run(lambda: write_access_refusal(deps, session, name, reason), title)

    def drop(self) -> None:
        self.name_edit.clear()
        self.reason_edit.clear()
        super().drop()
