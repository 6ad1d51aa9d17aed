"""Field problems beside their fields (issue 11, point 2, in the window).

A refusal `AppError(Reason.MALFORMED, problems=(FieldProblem, ...))` carries every problem of a
form at once, each tied to its field. `FieldMarks` puts each one under its field, in the
window's language (`app.field_messages.field_problem_text`), draws the field in a red frame (the
`problem` property, styled in resources/styles/app.qss), focuses the first marked field in the
form's order, and takes a field's marks away as soon as that field is edited. A problem whose
field the form does not show is handed back, for the line under the form.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, SignalInstance
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

from app import catalogue
from app.field_messages import field_problem_text
from app.models.fields import FieldProblem

Words = Callable[[FieldProblem, str], str]


def problem_words(problem: FieldProblem, lang: str) -> str:
    """What is wrong and what to do, without the field's name (the field is right above)."""
    text = field_problem_text(problem, lang)
    return text.removeprefix(f"{catalogue.name(problem.field, lang)}: ")


class ProblemLabel(QLabel):
    """The words under a field, hidden while the field has no problem. A form layout gives a row
    the height of its hint, one line for a sentence that wraps at the field's width: the label
    asks for the height its lines need at the width it gets."""

    def __init__(self) -> None:
        super().__init__(wordWrap=True)
        self.setObjectName("fieldProblem")
        self.setVisible(False)

    def show_words(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        need = self.heightForWidth(self.width()) if self.text() else 0
        if need != self.minimumHeight():
            self.setMinimumHeight(need)


def problem_label() -> ProblemLabel:
    return ProblemLabel()


@dataclass
class _Row:
    focus: QWidget  # the input: it gets the frame and the focus
    label: ProblemLabel
    problems: list[FieldProblem] = field(default_factory=list)


class FieldMarks(QObject):
    """The marks of one form; `form` is the widget whose shown rows can carry a mark."""

    def __init__(self, form: QWidget, words: Words = problem_words) -> None:
        super().__init__(form)  # the form is reached as the parent: no reference cycle with it
        self._words = words
        self._rows: dict[str, _Row] = {}
        self._order: list[_Row] = []
        self._lang = "en"

    def add(self, names: Iterable[str], focus: QWidget, label: ProblemLabel, *edited: SignalInstance) -> None:
        """A row for the fields `names` (vocabulary `Field` values); any of `edited` clears it."""
        row = _Row(focus, label)
        self._order.append(row)
        for name in names:
            self._rows[name] = row
        for signal in edited:
            signal.connect(lambda *_args, row=row: self._clear_row(row))

    def show(self, problems: Iterable[FieldProblem], lang: str) -> list[FieldProblem]:
        """Marks every problem whose field is shown; returns the others. Focuses the first mark."""
        self.clear()
        unplaced, form = [], self.parent()
        for problem in problems:
            row = self._rows.get(problem.field)
            if row is None or not isinstance(form, QWidget) or not row.focus.isVisibleTo(form):
                unplaced.append(problem)
            else:
                row.problems.append(problem)
        self.retranslate(lang)
        first = next((row for row in self._order if row.problems), None)
        if first is not None:
            first.focus.setFocus()
        return unplaced

    def marked(self) -> dict[QWidget, str]:
        """The marked inputs and the words under each (what the member sees)."""
        return {row.focus: row.label.text() for row in self._order if row.problems}

    def retranslate(self, lang: str) -> None:
        self._lang = lang
        for row in self._order:
            self._render(row)

    def clear(self) -> None:
        for row in self._order:
            self._clear_row(row)

    def _clear_row(self, row: _Row) -> None:
        if row.problems:
            row.problems = []
            self._render(row)

    def _render(self, row: _Row) -> None:
        words = [self._words(problem, self._lang) for problem in row.problems]
        unique = list(dict.fromkeys(words))
        row.label.show_words("\n".join(unique if len(unique) < 2 else [f"• {w}" for w in unique]))
        if bool(row.focus.property("problem")) != bool(unique):
            row.focus.setProperty("problem", bool(unique))
            row.focus.style().unpolish(row.focus)
            row.focus.style().polish(row.focus)
