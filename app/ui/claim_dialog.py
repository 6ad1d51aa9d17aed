"""Taking a claim (R-CLM-1..8): one form a commission member fills in from top to bottom.

The form follows the order of the intake: the type → the voter (the one selected in the search
list for a correction or an address change, or the PIN typed for the other types) → the
corrections asked for, only the fields that type needs → the voter's contact for the answer → the
two required confirmations of R-CLM-2 as explicit checkboxes → what the type needs besides
(disability: the contact-centre check A/B and the passport copy; institution: its name) → the
attachments. Tab walks the form in that order, every label has a mnemonic, and Enter saves.

Attachments are read by `read_attachment` on the worker: a file on a removable drive is scanned
first. Saving files the claim through `ClaimService`; a refusal (deadline passed with its date,
voter blocked, what is missing) is shown translated and nothing is stored. On success the claim
number is shown and the receipt is written into memory (`ReceiptService`, an audited print) and
handed to `UiDeps.previewer` (Qt's print preview, with Print). Saving the receipt as a PDF file is
a separate button: the service writes it straight into the file the member chose, and audits it
(as a DUPLICATE, the first copy being the one shown).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError, Reason
from app.messages import explain
from app.models.records import PublicVoter
from app.security.atomic import write_new_file
from app.security.session import Session
from app.services.claims import BLOCKING_TYPES, CORRECTABLE, Attachment
from app.ui.claim_texts import field_text, type_text
from app.ui.deps import UiDeps
from app.ui.forms import labelled_form, set_texts

TYPES = ("correction", "missing", "address", "disability", "institution")
_NAME_FIELDS = ("last_name", "first_name", "patronymic", "birth_date")
FIELDS_BY_TYPE: dict[str, tuple[str, ...]] = {
    "correction": CORRECTABLE,
    "missing": (*_NAME_FIELDS, "address"),
    "address": ("address",),
    "disability": (*_NAME_FIELDS, "address"),
    "institution": _NAME_FIELDS,
}
RECEIPT_FILTER = "receipt-{number}.pdf"


@dataclass(frozen=True)
class FiledClaim:
    number: str
    answer_by: str  # YYYY-MM-DD


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
            raise AppError(Reason.MEDIUM_ERROR, detail=f"{path.name}: {exc.strerror or exc}") from exc
        return path
    raise AppError(Reason.FILE_EXISTS, path=str(folder / stem))


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
        self.type_combo = QComboBox()
        self.type_combo.setObjectName("claimType")
        for claim_type in TYPES:
            self.type_combo.addItem("", claim_type)
        self.voter_label = QLabel(wordWrap=True)
        self.voter_label.setObjectName("claimVoter")
        self.pin_edit = QLineEdit(maxLength=14)
        self.pin_edit.setObjectName("claimPin")
        self.field_edits: dict[str, QLineEdit] = {}
        for name in CORRECTABLE:
            edit = QLineEdit(maxLength=300)
            edit.setObjectName(f"field_{name}")
            self.field_edits[name] = edit
        self.contact_edit = QLineEdit(maxLength=300)
        self.contact_edit.setObjectName("claimContact")
        self.passport_check = QCheckBox()
        self.passport_check.setObjectName("passportChecked")
        self.identified_check = QCheckBox()
        self.identified_check.setObjectName("personIdentified")
        self.contact_check_combo = QComboBox()
        self.contact_check_combo.setObjectName("contactCentreCheck")
        for code in ("", "A", "B"):
            self.contact_check_combo.addItem("", code)
        self.institution_edit = QLineEdit(maxLength=200)
        self.institution_edit.setObjectName("claimInstitution")
        rows: list[QWidget] = [
            self.type_combo, self.voter_label, self.pin_edit, *self.field_edits.values(), self.contact_edit,
            self.passport_check, self.identified_check, self.contact_check_combo, self.institution_edit,
            self._build_files(),
        ]  # fmt: skip
        self._form, self._labels = labelled_form(rows)
        self._labels[-1].setBuddy(self.add_file_button)
        self._build_buttons()
        self._show_done(False)
        self.resize(640, 0)

    def _build_files(self) -> QWidget:
        self.attachment_list = QListWidget()
        self.attachment_list.setObjectName("claimAttachments")
        self.attachment_list.setMaximumHeight(80)
        self.add_file_button = QPushButton(autoDefault=False)
        self.add_file_button.setObjectName("addAttachment")
        self.remove_file_button = QPushButton(autoDefault=False)
        self.remove_file_button.setObjectName("removeAttachment")
        files = QWidget()
        files_layout = QHBoxLayout(files)
        files_layout.setContentsMargins(0, 0, 0, 0)
        files_layout.addWidget(self.attachment_list, 1)
        files_layout.addWidget(self.add_file_button)
        files_layout.addWidget(self.remove_file_button)
        return files

    def _build_buttons(self) -> None:
        self.error_label = QLabel(wordWrap=True)
        self.error_label.setObjectName("claimError")
        self.error_label.setStyleSheet("color: #a00000;")
        self.result_label = QLabel(wordWrap=True)
        self.result_label.setObjectName("claimResult")
        self.result_label.setStyleSheet("font-weight: bold;")
        self.save_button = QPushButton(default=True)
        self.save_button.setObjectName("saveClaim")
        self.cancel_button = QPushButton(autoDefault=False)
        self.cancel_button.setObjectName("cancelClaim")
        self.receipt_button = QPushButton(autoDefault=False)
        self.receipt_button.setObjectName("showReceipt")
        self.save_pdf_button = QPushButton(autoDefault=False)
        self.save_pdf_button.setObjectName("saveReceiptPdf")
        self.close_button = QPushButton()
        self.close_button.setObjectName("closeClaim")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.receipt_button, self.save_pdf_button, self.close_button, self.save_button,
                       self.cancel_button):  # fmt: skip
            buttons.addWidget(button)
        self._form_widget = QWidget()
        self._form_widget.setLayout(self._form)
        layout = QVBoxLayout(self)
        layout.addWidget(self._form_widget)
        layout.addWidget(self.error_label)
        layout.addWidget(self.result_label)
        layout.addLayout(buttons)

    def _connect_signals(self) -> None:
        self.type_combo.currentIndexChanged.connect(self._on_type_changed)
        self.add_file_button.clicked.connect(self._on_add_file)
        self.remove_file_button.clicked.connect(self._on_remove_file)
        self.save_button.clicked.connect(self._on_save)
        self.cancel_button.clicked.connect(self.reject)
        self.close_button.clicked.connect(self.accept)
        self.receipt_button.clicked.connect(self._on_show_receipt)
        self.save_pdf_button.clicked.connect(self._on_save_pdf)

    def _retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New claim"))
        for index, claim_type in enumerate(TYPES):
            self.type_combo.setItemText(index, type_text(claim_type))
        self.contact_check_combo.setItemText(0, self.tr("(not recorded)"))
        self.contact_check_combo.setItemText(1, self.tr("A: in another precinct's list"))
        self.contact_check_combo.setItemText(2, self.tr("B: in no list"))
        if self._voter is not None:
            self.voter_label.setText(self._voter.full_name)
        else:
            self.voter_label.setText(self.tr("No voter selected: choose the voter in the list first."))
        set_texts(
            self._labels,
            [
                self.tr("Claim &type"),
                self.tr("Voter"),
                self.tr("&PIN (14 digits)"),
                *(field_text(name) for name in CORRECTABLE),
                self.tr("Voter's c&ontact for the answer"),
                self.tr("Confirmations"),
                "",
                self.tr("Contact-centre c&heck"),
                self.tr("I&nstitution"),
                self.tr("Attachments"),
            ],
        )
        self._relabel_fields()
        self.passport_check.setText(self.tr("Passport &visually checked"))
        self.identified_check.setText(self.tr("Person i&dentified"))
        self.add_file_button.setText(self.tr("&Add file…"))
        self.remove_file_button.setText(self.tr("Re&move"))
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
    def claim_type(self) -> str:
        return str(self.type_combo.currentData())

    @property
    def number(self) -> str:
        return self._filed.number if self._filed else ""

    def _show_done(self, done: bool) -> None:
        self._form_widget.setEnabled(not done)
        for button in (self.save_button, self.cancel_button):
            button.setVisible(not done)
        for button in (self.receipt_button, self.save_pdf_button, self.close_button):
            button.setVisible(done)
        self.result_label.setVisible(done)
        if done:
            self.close_button.setDefault(True)
            self.close_button.setFocus()

    def _show_messages(self) -> None:
        lang = self._deps.translations.lang
        self.error_label.setText(explain(self._error, lang) if self._error else self._note)
        self.error_label.setVisible(bool(self._error or self._note))
        if self._filed is not None:
            text = self.tr("Claim %1 is saved. The answer is due by %2.")
            text = text.replace("%1", self._filed.number).replace("%2", self._filed.answer_by)
            if self._saved is not None:
                text += " " + self.tr("The receipt was saved to %1.").replace("%1", str(self._saved))
            self.result_label.setText(text)

    def _set_error(self, error: AppError | None, note: str = "") -> None:
        self._error, self._note = error, note
        self._show_messages()

    def _on_type_changed(self) -> None:
        claim_type = self.claim_type
        listed = claim_type in BLOCKING_TYPES
        self._form.setRowVisible(self.voter_label, listed)
        self._form.setRowVisible(self.pin_edit, not listed)
        wanted = FIELDS_BY_TYPE[claim_type]
        for name, edit in self.field_edits.items():
            self._form.setRowVisible(edit, name in wanted)
        self._form.setRowVisible(self.contact_check_combo, claim_type == "disability")
        self._form.setRowVisible(self.institution_edit, claim_type == "institution")
        self._relabel_fields()
        self._set_error(None)

    def _relabel_fields(self) -> None:
        """The first shown correction row carries the section's name and its mnemonic."""
        first_visible = next(name for name in CORRECTABLE if name in FIELDS_BY_TYPE[self.claim_type])
        labels = self._labels[3 : 3 + len(CORRECTABLE)]
        for name, label in zip(CORRECTABLE, labels, strict=True):
            if name == first_visible:
                label.setText(self.tr("&Corrections: %1").replace("%1", field_text(name)))
                label.setBuddy(self.field_edits[name])
            else:
                label.setText(field_text(name))

    # ---- attachments -------------------------------------------------------------------
    def _on_add_file(self) -> None:
        title, name_filter = self.tr("Attach a scanned file"), self.tr("Scans (*.pdf *.jpg *.jpeg *.png)")
        path = self._deps.chooser.open_file(self, title, name_filter)
        if path is None:
            return
        deps, session = self._deps, self._session
        self.add_file_button.setEnabled(False)
        self._set_error(None, self.tr("Reading %1…").replace("%1", path.name))
        deps.runner.run(
            lambda: deps.services.read_attachment(session, path, deps.volumes), self._on_file_read, self._on_file_failed
        )

    def _on_file_read(self, attachment: Attachment) -> None:
        self.add_file_button.setEnabled(True)
        if self._closed:
            return
        self._attachments.append(attachment)
        self.attachment_list.addItem(f"{attachment.name} ({len(attachment.data) // 1024 + 1} KB)")
        self._set_error(None)

    def _on_file_failed(self, error: AppError) -> None:
        self.add_file_button.setEnabled(True)
        if not self._closed:
            self._set_error(error)

    def _on_remove_file(self) -> None:
        row = self.attachment_list.currentRow()
        if 0 <= row < len(self._attachments):
            del self._attachments[row]
            self.attachment_list.takeItem(row)

    # ---- saving ------------------------------------------------------------------------
    def _on_save(self) -> None:
        if not self.save_button.isEnabled() or self._filed is not None:
            return
        claim_type = self.claim_type
        voter_id = None
        if claim_type in BLOCKING_TYPES:
            if self._voter is None:
                self._set_error(None, self.tr("Choose the voter in the list first, then start the claim."))
                return
            voter_id = self._voter.id
        wanted = FIELDS_BY_TYPE[claim_type]
        fields = {n: e.text().strip() for n, e in self.field_edits.items() if n in wanted and e.text().strip()}
        typed_pin = self.pin_edit.text().strip()
        contact = self.contact_edit.text()
        passport, identified = self.passport_check.isChecked(), self.identified_check.isChecked()
        institution = self.institution_edit.text() if claim_type == "institution" else ""
        check = str(self.contact_check_combo.currentData()) if claim_type == "disability" else ""
        attachments = list(self._attachments)
        deps, session = self._deps, self._session

        def job() -> FiledClaim:  # worker thread
            claims = deps.services.claims()
            number = claims.file(
                session, claim_type=claim_type, pin="" if voter_id is not None else typed_pin, voter_id=voter_id,
                fields=fields, contact=contact,
                passport_checked=passport, identified=identified, institution=institution,
                contact_check=check, attachments=attachments,
            )  # fmt: skip
            return FiledClaim(number, claims.state(claims.get(number)).answer_by.isoformat())

        self.save_button.setEnabled(False)
        self._set_error(None, self.tr("Saving…"))
        deps.runner.run(job, self._on_filed, self._on_refused)

    def _on_refused(self, error: AppError) -> None:
        self.save_button.setEnabled(True)
        if not self._closed:
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

    # ---- closing -----------------------------------------------------------------------
    def drop(self) -> None:
        """The window locks or ends: forget everything typed and read, and close."""
        self._closed = True
        self._attachments.clear()
        self._receipt = b""
        for edit in (self.pin_edit, self.contact_edit, self.institution_edit, *self.field_edits.values()):
            edit.clear()
        self.attachment_list.clear()
        self.reject()

    def done(self, result: int) -> None:
        self._closed = True
        self._attachments.clear()
        self._receipt = b""
        super().done(result)
