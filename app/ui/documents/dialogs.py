"""The other printed documents from the window (issue 5 point 6; R-CAL-1, R-CLM-5, R-CLM-9, R-SEC-9).

Each dialog asks only what its document needs, then the service writes the PDF into memory on the
worker (`DocumentService`, an audited print) and the bytes go to `UiDeps.previewer` (Qt's print
preview, with Print). Nothing is written to disk here. A refusal is shown translated (`explain`)
and the dialog stays open.

  PostingListDialog   the list for posting (R-CAL-1), with the stage: chair and secretary. It is
                      the long one (6,000 voters, over 100 pages): a progress bar of the voters
                      laid out, and Cancel, which is safe (nothing is written or audited until the
                      PDF is whole); a cancelled list says so in words.
  SubjectAccessDialog the subject-access extract of the voter selected in the search list
                      (R-CLM-9): a second person, chair or secretary, types their login and
                      password (R-SEC-9). The password field is cleared as soon as it is read and
                      the string lives only in the one call.
  RefusalDialog       the reasoned written refusal of a subject-access request (R-CLM-9)
The answer letter (R-CLM-5) is a button of the claims dashboard (`write_answer_letter`).
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.messages import explain
from app.models.records import PublicVoter
from app.models.vocabulary import Stage
from app.security.session import Session
from app.services.documents import PrintCancelled
from app.ui.common.deps import UiDeps
from app.ui.common.forms import grow_to_fit, labelled_form, set_texts

STAGES = tuple(Stage)


def write_posting_list(
    deps: UiDeps, session: Session, stage: str, relay: ProgressRelay | None = None,
    cancel: threading.Event | None = None,
) -> bytes | None:  # fmt: skip
    """Worker thread: the list for posting as PDF bytes in memory (an audited print); None when
    the person cancelled it (nothing printed, nothing audited)."""
    out = io.BytesIO()
    try:
        deps.services.documents().posting_list(session, out, stage=stage, lang=deps.translations.lang,
                                               progress=relay.report if relay else None,
                                               cancelled=cancel.is_set if cancel else None)  # fmt: skip
    except PrintCancelled:
        return None
    return out.getvalue()


class ProgressRelay(QObject):
    """Carries a service's `progress(done, total)` from the worker thread to the UI thread."""

    progressed = Signal(int, int)

    def report(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)


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
        self._cancelled = False
        self._busy = False
        self._cancel = threading.Event()
        self.relay = ProgressRelay()  # no parent: the worker may report after the dialog is gone
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("documentProgress")
        self.progress_bar.hide()
        self.relay.progressed.connect(self._on_progress)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelDocument")
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self._on_cancel)
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
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # an error never squeezes the fields
        layout.addLayout(self.form)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        return layout

    def _retranslate_ui(self) -> None:
        self.print_button.setText(self.tr("&Print…"))
        self.close_button.setText(self.tr("Close"))
        self.cancel_button.setText(self.tr("&Cancel"))
        self._show_error()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_ui()
        super().changeEvent(event)

    def _run(self, job: Callable[[], bytes | None], title: str, *, cancellable: bool = False) -> None:
        self._busy = True
        self.print_button.setEnabled(False)
        self._error, self._cancelled = None, False
        self._cancel.clear()
        self.progress_bar.setRange(0, 0)  # busy until the first report
        self.progress_bar.setVisible(cancellable)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setVisible(cancellable)
        self._show_error()
        self._deps.runner.run(job, lambda pdf: self._on_written(title, pdf), self._on_failed, long=title)

    def _idle(self) -> None:
        self._busy = False
        self.print_button.setEnabled(True)
        self.progress_bar.hide()
        self.cancel_button.hide()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(min(done, total))

    def _on_cancel(self) -> None:
        """Safe at any moment: the service stops before it writes or audits anything."""
        self._cancel.set()
        self.cancel_button.setEnabled(False)

    def _on_written(self, title: str, pdf: bytes | None) -> None:
        self._idle()
        if pdf is None:
            self._cancelled = True
            self._show_error()
        elif self.isVisible():
            self._deps.previewer.preview(self, title, pdf)

    def _on_failed(self, error: AppError) -> None:
        self._idle()
        self._error = error
        self._show_error()

    def _show_error(self) -> None:
        text = explain(self._error, self._deps.translations.lang) if self._error else ""
        if self._cancelled:
            text = self.tr("Cancelled: nothing was printed.")
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
        if text:
            grow_to_fit(self)

    def _on_print(self) -> None:
        raise NotImplementedError

    def drop(self) -> None:
        """The window locks: forget what was typed and close (a list being made is not
        cancelled: a lock never cancels a long job, issue 12 point 7)."""
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
        relay, cancel = self.relay, self._cancel
        job = lambda: write_posting_list(deps, session, stage, relay, cancel)  # noqa: E731
        self._run(job, self.tr("List for posting"), cancellable=True)


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
