"""The intake form of a claim (R-CLM-1..8), filled in from top to bottom; `ClaimDialog` saves it.

The order is the intake's: the type → the voter (the one selected in the search list for a
correction or an address change, or the PIN typed for the other types) → the corrections asked
for, only the fields that type needs → the voter's contact for the answer → the two required
confirmations of R-CLM-2 as explicit checkboxes → what the type needs besides (disability: the
contact-centre check A/B and the passport copy; institution: its name) → the attachments. Tab
walks the form in that order and every label has a mnemonic.

Every value of the vocabulary is chosen, never typed: the claim types, the sex, the special
category and the contact-centre check come from `app.models.vocabulary`, named from
`app.catalogue` in the window's language. The birth date is typed as the language writes it or
picked on a calendar (`DateField`). Each field has a line under it for its problems
(`FieldMarks`): a refusal of the service marks every field it names at once.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import catalogue
from app.models.fields import FieldProblem, Problem
from app.models.records import PublicVoter
from app.models.vocabulary import CORRECTABLE, ClaimType, ContactCheck, Field, Sex, SpecialCategory
from app.ui.claims.field_marks import FieldMarks, problem_label, problem_words
from app.ui.claims.field_widgets import DATE_HINTS, DateField, VocabularyChooser
from app.ui.common.forms import labelled_form, named, set_texts

_NAME_FIELDS = (Field.LAST_NAME, Field.FIRST_NAME, Field.PATRONYMIC, Field.BIRTH_DATE)
FIELDS_BY_TYPE: dict[ClaimType, tuple[Field, ...]] = {
    ClaimType.CORRECTION: CORRECTABLE,
    ClaimType.MISSING: (*_NAME_FIELDS, Field.ADDRESS),
    ClaimType.ADDRESS: (Field.ADDRESS,),
    ClaimType.DISABILITY: (*_NAME_FIELDS, Field.ADDRESS),
    ClaimType.INSTITUTION: _NAME_FIELDS,
}
TEXT_FIELDS = (Field.LAST_NAME, Field.FIRST_NAME, Field.PATRONYMIC, Field.ADDRESS)
MAX_TYPED = 1000  # a bound on pasting; the service's limits are the rule
# The confirmations of R-CLM-2 and the disability claim's check, as a problem names them
# (`Field.PASSPORT_CHECKED`, `Field.IDENTIFIED`, `Field.CONTACT_CHECK` of the service side).
PASSPORT_FIELDS = ("passport_checked",)
IDENTIFIED_FIELDS = ("identified",)
CONTACT_CHECK_FIELDS = ("contact_check",)


@dataclass(frozen=True)
class ClaimInput:
    """What the form holds, as the service takes it."""

    claim_type: ClaimType
    pin: str
    fields: dict[str, str]
    contact: str
    passport_checked: bool
    identified: bool
    institution: str
    contact_check: str


class ClaimForm(QWidget):
    """The fields of a claim with their labels and the marks of their problems."""

    def __init__(self, voter: PublicVoter | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._voter = voter
        self._lang = "en"
        self._build_ui()
        self._build_marks()
        self.type_combo.currentIndexChanged.connect(self._on_type_changed)
        self._on_type_changed()

    # ---- building ----------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.type_combo = named(VocabularyChooser(ClaimType, optional=False), "claimType")
        self.voter_label = named(QLabel(wordWrap=True), "claimVoter")
        self.pin_edit = named(QLineEdit(maxLength=14), "claimPin")
        self.text_edits = {name: named(QLineEdit(maxLength=MAX_TYPED), f"field_{name}") for name in TEXT_FIELDS}
        self.birth_date = named(DateField(), "field_birth_date")
        self.sex_chooser = named(VocabularyChooser(Sex, optional=True), "field_sex")
        self.category_chooser = named(VocabularyChooser(SpecialCategory, optional=True), "field_special_category")
        self.inputs: dict[Field, QWidget] = {
            **self.text_edits,
            Field.BIRTH_DATE: self.birth_date.edit,
            Field.SEX: self.sex_chooser,
            Field.SPECIAL_CATEGORY: self.category_chooser,
        }
        self.contact_edit = named(QLineEdit(maxLength=MAX_TYPED), "claimContact")
        self.passport_check = named(QCheckBox(), "passportChecked")
        self.identified_check = named(QCheckBox(), "personIdentified")
        self.contact_check_combo = named(VocabularyChooser(ContactCheck, optional=True), "contactCentreCheck")
        self.institution_edit = named(QLineEdit(maxLength=MAX_TYPED), "claimInstitution")
        self._build_files()
        self._build_rows()

    def _build_rows(self) -> None:
        """Each input with the line of its problems under it, as one row of the form, in order."""
        self._inputs_in_order: list[QWidget] = [
            self.type_combo, self.voter_label, self.pin_edit,
            *(self.birth_date if name is Field.BIRTH_DATE else self.inputs[name] for name in CORRECTABLE),
            self.contact_edit, self.passport_check, self.identified_check, self.contact_check_combo,
            self.institution_edit, self.files,
        ]  # fmt: skip
        self._problems = [problem_label() for _ in self._inputs_in_order]
        self._rows = [_with_problem(i, p) for i, p in zip(self._inputs_in_order, self._problems, strict=True)]
        self._form, self._labels = labelled_form(self._rows)
        for label, widget in zip(self._labels, self._inputs_in_order, strict=True):
            label.setBuddy(self.add_file_button if widget is self.files else widget)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.setLayout(self._form)

    def _build_files(self) -> None:
        self.attachment_list = named(QListWidget(), "claimAttachments")
        self.attachment_list.setMaximumHeight(80)
        self.add_file_button = named(QPushButton(autoDefault=False), "addAttachment")
        self.remove_file_button = named(QPushButton(autoDefault=False), "removeAttachment")
        self.files = QWidget()
        layout = QHBoxLayout(self.files)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.attachment_list, 1)
        layout.addWidget(self.add_file_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.remove_file_button, 0, Qt.AlignmentFlag.AlignTop)

    def _build_marks(self) -> None:
        self.marks = FieldMarks(self, form_words)
        problems = dict(zip(self._inputs_in_order, self._problems, strict=True))
        self.marks.add([Field.CLAIM_TYPE], self.type_combo, problems[self.type_combo], self.type_combo.activated)
        self.marks.add([Field.PIN], self.pin_edit, problems[self.pin_edit], self.pin_edit.textEdited)
        for name, edit in self.text_edits.items():
            names: tuple[str, ...] = (name, Field.VOTER_NAME) if name is Field.LAST_NAME else (name,)
            self.marks.add(names, edit, problems[edit], edit.textEdited)
        self.marks.add([Field.BIRTH_DATE], self.birth_date.edit, problems[self.birth_date], self.birth_date.edited)
        for name, chooser in ((Field.SEX, self.sex_chooser), (Field.SPECIAL_CATEGORY, self.category_chooser)):
            self.marks.add([name], chooser, problems[chooser], chooser.activated)
        self.marks.add([Field.CONTACT], self.contact_edit, problems[self.contact_edit], self.contact_edit.textEdited)
        for names, box in ((PASSPORT_FIELDS, self.passport_check), (IDENTIFIED_FIELDS, self.identified_check)):
            self.marks.add(names, box, problems[box], box.toggled)
        combo, edit = self.contact_check_combo, self.institution_edit
        self.marks.add(CONTACT_CHECK_FIELDS, combo, problems[combo], combo.activated)
        self.marks.add([Field.INSTITUTION], edit, problems[edit], edit.textEdited)
        self.marks.add([Field.ATTACHMENT], self.attachment_list, problems[self.files], self.add_file_button.clicked)

    def retranslate(self, lang: str) -> None:
        self._lang = lang
        self.type_combo.retranslate(lang)
        self.sex_chooser.retranslate(lang, self.tr("(no change)"))
        self.category_chooser.retranslate(lang, self.tr("(no change)"))
        self.contact_check_combo.retranslate(lang, self.tr("(not recorded)"), with_code=True)
        self.birth_date.set_language(lang)
        self.voter_label.setText(
            self._voter.full_name if self._voter else self.tr("No voter selected: choose the voter in the list first.")
        )
        texts = [self.tr("Claim &type"), self.tr("Voter"), self.tr("&PIN (14 digits)"),
                 *(catalogue.name(name, lang) for name in CORRECTABLE), self.tr("Voter's c&ontact for the answer"),
                 self.tr("Confirmations"), "", self.tr("Contact-centre c&heck"), self.tr("I&nstitution"),
                 self.tr("Attachments")]  # fmt: skip
        set_texts(self._labels, texts)
        self._relabel_fields()
        self.passport_check.setText(self.tr("Passport &visually checked"))
        self.identified_check.setText(self.tr("Person i&dentified"))
        self.add_file_button.setText(self.tr("&Add file…"))
        self.remove_file_button.setText(self.tr("Re&move"))
        self.marks.retranslate(lang)

    # ---- state -------------------------------------------------------------------------
    @property
    def claim_type(self) -> ClaimType:
        return ClaimType(self.type_combo.currentData())

    def input(self) -> ClaimInput:
        claim_type = self.claim_type
        wanted = FIELDS_BY_TYPE[claim_type]
        fields = {name.value: text for name in wanted if (text := self._field_text(name))}
        return ClaimInput(
            claim_type=claim_type,
            pin="" if claim_type.blocking else self.pin_edit.text().strip(),
            fields=fields,
            contact=self.contact_edit.text(),
            passport_checked=self.passport_check.isChecked(),
            identified=self.identified_check.isChecked(),
            institution=self.institution_edit.text() if claim_type is ClaimType.INSTITUTION else "",
            contact_check=(self.contact_check_combo.value() or "") if claim_type is ClaimType.DISABILITY else "",
        )

    def _field_text(self, name: Field) -> str | None:
        """The field's value as stored; None when the member left it empty (not asked for)."""
        if name is Field.BIRTH_DATE:
            return self.birth_date.stored_text() or None
        if name is Field.SEX:
            return self.sex_chooser.value()
        if name is Field.SPECIAL_CATEGORY:
            return self.category_chooser.value()
        return self.text_edits[name].text().strip() or None

    def clear_typed(self) -> None:
        """Forget everything typed (the window locks)."""
        for edit in (self.pin_edit, self.contact_edit, self.institution_edit, *self.text_edits.values()):
            edit.clear()
        self.birth_date.clear()
        for chooser in (self.sex_chooser, self.category_chooser, self.contact_check_combo):
            chooser.clear_value()
        self.attachment_list.clear()
        self.marks.clear()

    def _on_type_changed(self) -> None:
        claim_type = self.claim_type
        self._form.setRowVisible(self._row_of(self.voter_label), claim_type.blocking)
        self._form.setRowVisible(self._row_of(self.pin_edit), not claim_type.blocking)
        for name in CORRECTABLE:
            widget = self.birth_date if name is Field.BIRTH_DATE else self.inputs[name]
            self._form.setRowVisible(self._row_of(widget), name in FIELDS_BY_TYPE[claim_type])
        self._form.setRowVisible(self._row_of(self.contact_check_combo), claim_type is ClaimType.DISABILITY)
        self._form.setRowVisible(self._row_of(self.institution_edit), claim_type is ClaimType.INSTITUTION)
        self._relabel_fields()
        self.marks.clear()

    def _row_of(self, widget: QWidget) -> QWidget:
        return self._rows[self._inputs_in_order.index(widget)]

    def _relabel_fields(self) -> None:
        """The first shown row of the voter's data carries the section's name and its mnemonic: the
        corrections asked (a listed voter), or the person's data (someone not on the list)."""
        first_visible = next(name for name in CORRECTABLE if name in FIELDS_BY_TYPE[self.claim_type])
        labels = self._labels[3 : 3 + len(CORRECTABLE)]
        for name, label in zip(CORRECTABLE, labels, strict=True):
            word = catalogue.name(name, self._lang)
            if name == first_visible:
                section = self.tr("&Corrections: %1") if self.claim_type.blocking else self.tr("Voter's &data: %1")
                label.setText(section.replace("%1", word))
            else:
                label.setText(word)


def form_words(problem: FieldProblem, lang: str) -> str:
    """A problem's words under its field; the birth date is typed as the language writes it, so
    its format is named that way."""
    if problem.field == Field.BIRTH_DATE and problem.problem is Problem.NOT_A_DATE:
        hint = QCoreApplication.translate("ClaimForm", "not a real date; write it as %1")
        return hint.replace("%1", DATE_HINTS[lang])
    return problem_words(problem, lang)


def _with_problem(widget: QWidget, problem: QLabel) -> QWidget:
    """The field and the line of its problems right under it, as one row of the form."""
    row = QWidget()
    layout = QVBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(widget)
    layout.addWidget(problem)
    return row
