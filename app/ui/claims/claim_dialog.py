"""Taking a claim (R-CLM-1..8): the intake form (`ClaimForm`), then the claim number and its receipt.

Attachments are read by `read_attachment` on the worker: a file on a removable drive is scanned
first. Saving files the claim through `ClaimService`; nothing is stored when it refuses. A refusal
field by field (`[malformed]` with its problems, issue 11) marks every field it names at once,
keeps what was typed and puts the focus on the first marked field; any other refusal (deadline
passed with its date, voter blocked) is shown translated under the form. Enter saves. On success
the claim number is shown and the receipt is written into memory (`ReceiptService`, an audited
print) and handed to `UiDeps.previewer` (Qt's print preview, with Print). Saving the receipt as a
PDF file is a separate button: the service writes it straight into the file the member chose, and
audits it (as a DUPLICATE, the first copy being the one shown).
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.errors import AppError, Part, Reason, os_defect
from app.field_messages import field_problem_text, show_date
from app.messages import explain
from app.models.fields import FieldProblem
from app.models.records import PublicVoter
from app.models.vocabulary import ClaimType
from app.security.atomic import write_new_file
from app.security.session import Session
from app.services.claims import Attachment
from app.ui.claims.claim_form import ClaimForm
from app.ui.common.deps import UiDeps
from app.ui.common.form_memory import Value, anything_typed, read_inputs, write_inputs
from app.ui.common.forms import grow_to_fit

RECEIPT_FILTER = "receipt-{number}.pdf"


@dataclass(frozen=True)
class FiledClaim:
    number: str
    answer_by: dt.date


def write_receipt(deps: UiDeps, session: Session, number: str) -> bytes:
    """Worker thread: the receipt of `number` as PDF bytes in memory (an audited print)."""
    out = io.BytesIO()
    deps.services.receipts().write(session, number, out, lang=deps.translations.lang)
    return out.getvalue()


def save_receipt(deps: UiDeps, session: Session, number: str, folder: Path) -> Path:
    """Worker thread: the receipt written into a new file in `folder` (audited by the service).
    A folder on a removable drive must be a registered drive (R-SEC-8, R-SEC-11)."""
    media = deps.services.media(deps.volumes)
    volume = media.volume_of(folder)
    if volume is not None:
        media.require_registered(session, volume, "save-receipt")
    stem = RECEIPT_FILTER.format(number=number)
    data = write_receipt(deps, session, number)
    for n in range(1, 100):  # a new name, never over an existing file (R-SEC-11)
        path = folder / (stem if n == 1 else stem.replace(".pdf", f"-{n}.pdf"))
        try:
            write_new_file(path, data)
        except FileExistsError:
            continue
        except OSError as exc:
            raise AppError(Reason.MEDIUM_ERROR, part=Part.FILE, path=path.name, **os_defect(exc)) from exc
        return path
    raise AppError(Reason.FILE_EXISTS, path=str(folder / stem))


@dataclass(frozen=True)
class ClaimDraft:
    """A half-filled form, in memory only, while the window is locked (R-SEC-5)."""

    voter: PublicVoter | None
    values: tuple[Value, ...]
    attachments: tuple[Attachment, ...]


class ClaimDialog(QDialog):
    """The intake form, then the claim number and its receipt."""

    filed = Signal(str)  # the claim number

    def __init__(self, deps: UiDeps, session: Session, voter: PublicVoter | None, parent: QWidget | None = None):
        super().__init__(parent)
        self._deps = deps
        self._session = session
        self._voter = voter
        self._attachments: list[Attachment] = []
        self._error: AppError | None = None
        self._note = ""
        self._unplaced: list[FieldProblem] = []
        self._filed: FiledClaim | None = None
        self._receipt: bytes = b""
        self._saved: Path | None = None
        self._closed = False
        self._build_ui()
        self._connect_signals()
        self._retranslate_ui()
        self._on_type_changed()

    # ---- building ----------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.setObjectName("claimDialog")
        self.setModal(True)
        self.form = ClaimForm(self._voter)
        self.type_combo = self.form.type_combo
        self.error_label = QLabel(wordWrap=True)
        self.error_label.setObjectName("claimError")
        self.result_label = QLabel(wordWrap=True)
        self.result_label.setObjectName("claimResult")
        self.save_button = _button("saveClaim", default=True)
        self.cancel_button = _button("cancelClaim")
        self.receipt_button = _button("showReceipt")
        self.save_pdf_button = _button("saveReceiptPdf")
        self.close_button = QPushButton()
        self.close_button.setObjectName("closeClaim")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.receipt_button, self.save_pdf_button, self.close_button, self.save_button,
                       self.cancel_button):  # fmt: skip
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.result_label)
        layout.addLayout(buttons)
        self._show_done(False)
        self.resize(720, 0)

    def _connect_signals(self) -> None:
        self.form.type_combo.currentIndexChanged.connect(self._on_type_changed)
        self.form.add_file_button.clicked.connect(self._on_add_file)
        self.form.remove_file_button.clicked.connect(self._on_remove_file)
        self.save_button.clicked.connect(self._on_save)
        self.cancel_button.clicked.connect(self.reject)
        self.close_button.clicked.connect(self.accept)
        self.receipt_button.clicked.connect(self._on_show_receipt)
        self.save_pdf_button.clicked.connect(self._on_save_pdf)

    def _retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New claim"))
        self.form.retranslate(self._deps.translations.lang)
        self.save_button.setText(self.tr("&Save"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.receipt_button.setText(self.tr("Show the &receipt"))
        self.save_pdf_button.setText(self.tr("Save the receipt as P&DF…"))
        self.close_button.setText(self.tr("&Close"))
        self._show_messages()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_ui()
        super().changeEvent(event)

    # ---- state -------------------------------------------------------------------------
    @property
    def claim_type(self) -> ClaimType:
        return self.form.claim_type

    @property
    def number(self) -> str:
        return self._filed.number if self._filed else ""

    def _show_done(self, done: bool) -> None:
        self.form.setEnabled(not done)
        for button in (self.save_button, self.cancel_button):
            button.setVisible(not done)
        for button in (self.receipt_button, self.save_pdf_button, self.close_button):
            button.setVisible(done)
        self.result_label.setVisible(done)
        if done:
            self.close_button.setDefault(True)
            self.close_button.setFocus()

    def _show_messages(self) -> None:
        self.error_label.setText(self._error_text() if self._error else self._note)
        self.error_label.setVisible(bool(self._error or self._note))
        self.form.marks.retranslate(self._deps.translations.lang)
        if self._filed is not None:
            text = self.tr("Claim %1 is saved. The answer is due by %2.")
            answer_by = show_date(self._filed.answer_by, self._deps.translations.lang)
            text = text.replace("%1", self._filed.number).replace("%2", answer_by)
            if self._saved is not None:
                text += " " + self.tr("The receipt was saved to %1.").replace("%1", str(self._saved))
            self.result_label.setText(text)
        if self.isVisible():  # the marks' lines need their height, once their rows are laid out
            QTimer.singleShot(0, self, self._fit_height)

    def _fit_height(self) -> None:
        layout = self.layout()
        if layout is not None:
            grow_to_fit(self, layout)

    def _error_text(self) -> str:
        """A refusal field by field has marked the fields: the line under the form says so and
        lists only the problems of fields the form does not show."""
        error, lang = self._error, self._deps.translations.lang
        assert error is not None
        if not _by_field(error):
            return explain(error, lang)
        head = self.tr("Some fields are wrong; nothing was saved. Correct the marked fields and save again.")
        return "\n".join([head, *(f"- {field_problem_text(p, lang)}" for p in self._unplaced)])

    def _set_error(self, error: AppError | None, note: str = "") -> None:
        self._error, self._note = error, note
        lang = self._deps.translations.lang
        self._unplaced = self.form.marks.show(error.params["problems"], lang) if error and _by_field(error) else []
        if error is None:
            self.form.marks.clear()
        self._show_messages()

    def _on_type_changed(self) -> None:
        self._set_error(None)

    # ---- attachments -------------------------------------------------------------------
    def _on_add_file(self) -> None:
        title, name_filter = self.tr("Attach a scanned file"), self.tr("Scans (*.pdf *.jpg *.jpeg *.png)")
        path = self._deps.chooser.open_file(self, title, name_filter)
        if path is None:
            return
        deps, session = self._deps, self._session
        self.form.add_file_button.setEnabled(False)
        self._set_error(None, self.tr("Reading %1…").replace("%1", path.name))
        deps.runner.run(
            lambda: deps.services.read_attachment(session, path, deps.volumes), self._on_file_read, self._on_file_failed
        )

    def _on_file_read(self, attachment: Attachment) -> None:
        self.form.add_file_button.setEnabled(True)
        if self._closed:
            return
        self._attachments.append(attachment)
        self.form.attachment_list.addItem(f"{attachment.name} ({len(attachment.data) // 1024 + 1} KB)")
        self._set_error(None)

    def _on_file_failed(self, error: AppError) -> None:
        self.form.add_file_button.setEnabled(True)
        if not self._closed:
            self._set_error(error)

    def _on_remove_file(self) -> None:
        row = self.form.attachment_list.currentRow()
        if 0 <= row < len(self._attachments):
            del self._attachments[row]
            self.form.attachment_list.takeItem(row)

    # ---- saving ------------------------------------------------------------------------
    def _on_save(self) -> None:
        if not self.save_button.isEnabled() or self._filed is not None:
            return
        typed = self.form.input()
        voter_id = None
        if typed.claim_type.blocking:
            if self._voter is None:
                self._set_error(None, self.tr("Choose the voter in the list first, then start the claim."))
                return
            voter_id = self._voter.id
        attachments = list(self._attachments)
        deps, session = self._deps, self._session

        def job() -> FiledClaim:  # worker thread
            claims = deps.services.claims()
            number = claims.file(
                session, claim_type=typed.claim_type, pin=typed.pin, voter_id=voter_id, fields=typed.fields,
                contact=typed.contact, passport_checked=typed.passport_checked, identified=typed.identified,
                institution=typed.institution, contact_check=typed.contact_check, attachments=attachments,
            )  # fmt: skip
            return FiledClaim(number, claims.state(claims.get(number)).answer_by)

        self.save_button.setEnabled(False)
        self._set_error(None, self.tr("Saving…"))
        deps.runner.run(job, self._on_filed, self._on_refused)

    def _on_refused(self, error: AppError) -> None:
        self.save_button.setEnabled(True)
        if not self._closed:
            self.show_refusal(error)

    def show_refusal(self, error: AppError) -> None:
        """Nothing was stored: the refusal under the form, each field problem beside its field."""
        self._set_error(error)

    def _on_filed(self, filed: FiledClaim) -> None:
        self._filed = filed
        self._attachments.clear()  # stored encrypted now; nothing kept in the window
        self._set_error(None)
        self._show_done(True)
        self.filed.emit(filed.number)
        if not self._closed:
            self._on_show_receipt()

    # ---- the receipt -------------------------------------------------------------------
    def _on_show_receipt(self) -> None:
        if self._filed is None:
            return
        if self._receipt:
            self._preview()
            return
        deps, session, number = self._deps, self._session, self._filed.number
        self.receipt_button.setEnabled(False)
        deps.runner.run(lambda: write_receipt(deps, session, number), self._on_receipt, self._on_receipt_failed)

    def _on_receipt(self, pdf: bytes) -> None:
        self.receipt_button.setEnabled(True)
        if self._closed:
            return
        self._receipt = pdf
        self._preview()

    def _preview(self) -> None:
        title = self.tr("Receipt for claim %1").replace("%1", self.number)
        self._deps.previewer.preview(self, title, self._receipt)

    def _on_receipt_failed(self, error: AppError) -> None:
        self.receipt_button.setEnabled(True)
        self.save_pdf_button.setEnabled(True)
        if not self._closed:
            self._set_error(error)

    def _on_save_pdf(self) -> None:
        if self._filed is None:
            return
        folder = self._deps.chooser.directory(self, self.tr("Folder for the receipt PDF"))
        if folder is None:
            return
        deps, session, number = self._deps, self._session, self._filed.number
        self.save_pdf_button.setEnabled(False)
        deps.runner.run(lambda: save_receipt(deps, session, number, folder), self._on_pdf_saved,
                        self._on_receipt_failed)  # fmt: skip

    def _on_pdf_saved(self, path: Path) -> None:
        self.save_pdf_button.setEnabled(True)
        self._saved = path
        self._set_error(None)

    # ---- a lock in between (R-SEC-5) -----------------------------------------------------
    def snapshot(self) -> ClaimDraft | None:
        """What was typed, to hand back after the same user unlocks; None when there is nothing to
        keep (nothing typed, already filed or being saved)."""
        values = read_inputs(self._inputs())
        if self._filed is not None or not self.save_button.isEnabled():
            return None
        if not anything_typed(values) and not self._attachments:
            return None
        return ClaimDraft(self._voter, values, tuple(self._attachments))

    def restore(self, draft: ClaimDraft) -> None:
        write_inputs(self._inputs(), draft.values)
        for attachment in draft.attachments:
            self._on_file_read(attachment)

    def _inputs(self) -> list[QWidget]:
        form = self.form
        return [form.type_combo, form.pin_edit, *form.text_edits.values(), form.birth_date.edit, form.sex_chooser,
                form.category_chooser, form.contact_edit, form.passport_check, form.identified_check,
                form.contact_check_combo, form.institution_edit]  # fmt: skip

    # ---- closing -----------------------------------------------------------------------
    def drop(self) -> None:
        """The window locks or ends: forget everything typed and read, and close."""
        self._closed = True
        self._attachments.clear()
        self._receipt = b""
        self.form.clear_typed()
        self.reject()

    def done(self, result: int) -> None:
        self._closed = True
        self._attachments.clear()
        self._receipt = b""
        super().done(result)


def _by_field(error: AppError) -> bool:
    """A refusal that names the fields it refuses (`[malformed]` with problems)."""
    return error.reason is Reason.MALFORMED and bool(error.params.get("problems"))


def _button(name: str, *, default: bool = False) -> QPushButton:
    button = QPushButton(default=default, autoDefault=default)
    button.setObjectName(name)
    return button
