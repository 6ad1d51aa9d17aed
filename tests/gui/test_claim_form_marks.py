"""The claim form shows every problem beside its field, in Kyrgyz and Russian (issue 11, points 2-3,
acceptance: "the same values through the window show the problems beside their fields, in ky and
ru, with no English"; R-CLM-2).

The bad values of the issue are typed into the real dialog as a member would and saved through the
real `ClaimService` on a precinct that has its package: each problem the service finds is shown
under its field in the window's language, the field is framed, the values typed stay, the focus
goes to the first marked field, a field's mark goes when that field is edited, and nothing is
stored. A sex `zzz` cannot be typed at all (the sex is chosen from the vocabulary); a birth date
is typed as the language writes it (DD.MM.YYYY in ky/ru), so `31.12.1990` is read as that day.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.errors import AppError, Reason
from app.models.fields import FieldProblem, Problem
from app.models.records import VoterRow
from app.models.vocabulary import Field, Sex
from app.security.audit import AuditAction
from app.security.session import Session
from app.services.claims import ClaimService
from app.ui.claims.claim_dialog import ClaimDialog
from app.ui.claims.field_marks import problem_words
from app.ui.claims.field_widgets import DATE_HINTS
from app.ui.common.deps import UiDeps
from tests.claims.conftest import UNLISTED_PIN
from tests.exchange.conftest import Exchange, build_exchange, close_exchange
from tests.gui.conftest import type_text, window_deps
from tests.gui.fit import assert_labels_fit
from tests.gui.test_claims_window import CollectingPreviewer

LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
VOTING_DAY = dt.date(2026, 11, 29)  # the test election's (tests/exchange/conftest.py)
LONG_ADDRESS = "Б" * 301  # one more than the 300 characters an address may hold

# The bad values, each typed into its field of a "missing voter" claim, and what is wrong.
BAD_FIELDS = [
    (Field.LAST_NAME, "12345!!", FieldProblem(Field.LAST_NAME, Problem.BAD_CHARACTERS)),
    (Field.FIRST_NAME, "x", FieldProblem(Field.FIRST_NAME, Problem.BAD_CHARACTERS)),
    (Field.ADDRESS, LONG_ADDRESS, FieldProblem(Field.ADDRESS, Problem.TOO_LONG, {"maximum": 300})),
    (Field.CONTACT, "0555 12", FieldProblem(Field.CONTACT, Problem.BAD_PHONE)),
]
# Birth dates as typed in ky/ru; the PIN of the claim says 12.04.1985.
BAD_DATES = [
    ("2099-13-45", Problem.NOT_A_DATE),  # the dashes do not go in: 20991345 is no date
    ("31.12.1990", Problem.PIN_BIRTH_MISMATCH),  # read as 31 December 1990, not refused as a format
    ("05.05.2030", Problem.IN_FUTURE),
    ("01.06.2021", Problem.UNDER_AGE),  # five years old on voting day
]


@dataclass
class Intake:
    ex: Exchange
    deps: UiDeps
    member: Session


@pytest.fixture
def intake(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, sample_voters: list[VoterRow], qm_dir: Path
) -> Iterator[Intake]:
    """A precinct with its package (the calendar) and a member logged in; no window opened."""
    ex = build_exchange(tmp_path, sample_voters)
    with window_deps(qapp, qtbot, qm_dir, ex.ctx, previewer=CollectingPreviewer()) as (deps, _windows):
        yield Intake(ex, deps, ex.desk.ready_session("member1"))
    close_exchange(ex)


def open_dialog(qtbot: QtBot, intake: Intake, lang: str, claim_type: str = "missing") -> ClaimDialog:
    """The intake form in `lang`, shown and active, with the type chosen."""
    intake.deps.translations.set_language(lang)
    dialog = ClaimDialog(intake.deps, intake.member, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData(claim_type))
    return dialog


def save(qtbot: QtBot, deps: UiDeps, dialog: ClaimDialog) -> None:
    qtbot.keyClick(dialog.form.pin_edit, Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: not deps.runner.busy, timeout=20_000)


def shown_texts(dialog: ClaimDialog) -> list[str]:
    """Every text the member sees in the dialog: labels, marks, boxes, buttons, choices."""
    texts = [dialog.windowTitle()]
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisibleTo(dialog):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
    return [t for t in texts if t]


def assert_no_english(dialog: ClaimDialog) -> None:
    typed = {text for _field, text, _problem in BAD_FIELDS}
    for text in shown_texts(dialog):
        if text not in typed:
            assert not LATIN_WORD.search(text), text


def words(problem: FieldProblem, lang: str) -> str:
    if problem.problem is Problem.NOT_A_DATE:  # the form names its own way of writing a date
        return DATE_HINTS[lang]
    return problem_words(problem, lang)


def nothing_stored(ex: Exchange) -> bool:
    claims = ClaimService(ex.ctx).states(ex.desk.ready_session("member2"))
    filed = [e for e in ex.ctx.audit.events(after=0) if e.action == AuditAction.CLAIM_FILED]
    return claims == [] and filed == []


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_every_bad_value_is_shown_beside_its_field(qtbot: QtBot, intake: Intake, lang: str) -> None:
    """All the bad values at once: every field marked with its problem in ky/ru, the confirmations
    left unticked marked too, nothing stored, the values kept, the first bad field focused."""
    ex, deps = intake.ex, intake.deps
    dialog = open_dialog(qtbot, intake, lang)
    form = dialog.form
    qtbot.keyClicks(form.pin_edit, UNLISTED_PIN)
    inputs = {**form.inputs, Field.CONTACT: form.contact_edit}
    for field, text, _problem in BAD_FIELDS:
        edit = inputs[field]
        edit.setFocus()
        type_text(qtbot, edit, text)
    qtbot.keyClicks(form.birth_date.edit, "2099-13-45")
    save(qtbot, deps, dialog)

    marked = form.marks.marked()
    for field, _text, problem in BAD_FIELDS:
        assert problem_words(problem, lang) in marked[inputs[field]]
    assert DATE_HINTS[lang] in marked[form.birth_date.edit]
    assert form.passport_check in marked and form.identified_check in marked
    for widget in form.marks.marked():
        assert widget.property("problem") is True and widget.isVisible()
    assert form.inputs[Field.LAST_NAME].text() == "12345!!" and form.inputs[Field.ADDRESS].text() == LONG_ADDRESS
    assert QApplication.focusWidget() is form.inputs[Field.LAST_NAME]  # the first marked field
    assert dialog.error_label.isVisible() and dialog.number == ""
    assert_no_english(dialog)
    assert nothing_stored(ex)
    # Issue 12 point 3: the dialog grew to the marks; no field is squeezed and no line drawn over another.
    qtbot.waitUntil(lambda: dialog.height() >= dialog.layout().totalHeightForWidth(dialog.width()))  # type: ignore[union-attr]
    assert_labels_fit(qtbot, dialog)
    for widget in (*inputs.values(), form.pin_edit, form.birth_date.edit, form.passport_check):
        assert widget.height() >= widget.minimumSizeHint().height(), widget.objectName()

    form.inputs[Field.LAST_NAME].setFocus()
    type_text(qtbot, form.inputs[Field.LAST_NAME], "а")  # editing a field takes its mark away
    assert form.inputs[Field.LAST_NAME] not in form.marks.marked()
    assert form.inputs[Field.FIRST_NAME] in form.marks.marked()


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_birth_dates_are_read_as_the_language_writes_them(qtbot: QtBot, intake: Intake, lang: str) -> None:
    """Each bad birth date of the issue, typed DD.MM.YYYY, is refused beside the birth date."""
    ex, deps = intake.ex, intake.deps
    dialog = open_dialog(qtbot, intake, lang)
    form = dialog.form
    qtbot.keyClicks(form.pin_edit, UNLISTED_PIN)
    type_text(qtbot, form.inputs[Field.LAST_NAME], "Өмүрбекова")
    qtbot.keyClicks(form.contact_edit, "+996 555 000 111")
    qtbot.keyClick(form.passport_check, Qt.Key.Key_Space)
    qtbot.keyClick(form.identified_check, Qt.Key.Key_Space)
    for typed, expected in BAD_DATES:
        form.birth_date.edit.clear()
        qtbot.keyClicks(form.birth_date.edit, typed)
        save(qtbot, deps, dialog)
        marks = form.marks.marked()
        params = {"age": 18, "on": VOTING_DAY} if expected is Problem.UNDER_AGE else {}
        assert list(marks) == [form.birth_date.edit], (typed, marks)
        assert words(FieldProblem(Field.BIRTH_DATE, expected, params), lang) in marks[form.birth_date.edit]
        assert QApplication.focusWidget() is form.birth_date.edit
        assert_no_english(dialog)
    assert nothing_stored(ex)
    form.birth_date.edit.clear()
    qtbot.keyClicks(form.birth_date.edit, "12.04.1985")  # the PIN's own day: the claim is taken
    save(qtbot, deps, dialog)
    assert dialog.number
    assert ClaimService(ex.ctx).get(dialog.number).fields["birth_date"] == "1985-04-12"


def test_a_sex_outside_the_vocabulary_cannot_be_typed(qtbot: QtBot, intake: Intake) -> None:
    """The sex and the special category are chosen, named in the window's language."""
    dialog = open_dialog(qtbot, intake, "ru", claim_type="correction")
    chooser = dialog.form.sex_chooser
    assert not chooser.isEditable()
    chooser.setFocus()
    qtbot.keyClicks(chooser, "zzz")
    assert chooser.value() in (None, *Sex)
    assert [chooser.itemText(i) for i in range(chooser.count())] == ["(без изменений)", "женский", "мужской"]
    assert_no_english(dialog)


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_a_refusal_field_by_field_marks_each_field(qtbot: QtBot, intake: Intake, lang: str) -> None:
    """The dialog's side alone, from the refusal the service raises (`[malformed]` with problems):
    each problem under its field, a problem of a field the form does not show under the form,
    the marks follow a change of language, and a field's mark goes when it is edited."""
    deps = intake.deps
    dialog = open_dialog(qtbot, intake, lang)
    form = dialog.form
    type_text(qtbot, form.inputs[Field.LAST_NAME], "12345!!")
    problems = (
        FieldProblem(Field.LAST_NAME, Problem.BAD_CHARACTERS),
        FieldProblem(Field.BIRTH_DATE, Problem.UNDER_AGE, {"age": 18, "on": VOTING_DAY}),
        FieldProblem(Field.CONTACT, Problem.REQUIRED),
        FieldProblem(Field.SEX, Problem.NOT_ALLOWED, {"allowed": ("F", "M")}),  # not shown for this type
    )
    dialog.show_refusal(AppError(Reason.MALFORMED, problems=problems))
    marks = form.marks.marked()
    assert list(marks) == [form.inputs[Field.LAST_NAME], form.birth_date.edit, form.contact_edit]
    assert marks[form.birth_date.edit] == problem_words(problems[1], lang)
    assert "29.11.2026" in marks[form.birth_date.edit]
    assert problem_words(problems[3], lang) in dialog.error_label.text()
    assert QApplication.focusWidget() is form.inputs[Field.LAST_NAME]
    assert form.inputs[Field.LAST_NAME].text() == "12345!!"
    assert_no_english(dialog)
    other = "ru" if lang == "ky" else "ky"
    deps.translations.set_language(other)
    qtbot.waitUntil(lambda: form.marks.marked()[form.contact_edit] == problem_words(problems[2], other))
    assert_no_english(dialog)
    qtbot.keyClicks(form.contact_edit, "+996 555 000 111")
    assert form.contact_edit not in form.marks.marked() and not form.contact_edit.property("problem")
