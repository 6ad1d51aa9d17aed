"""Form fields that hold a vocabulary value or a date (issue 11, points 1 and 3, in the window).

`VocabularyChooser` offers the members of one enum of `app.models.vocabulary`, each named from
`app.catalogue` in the window's language, so nothing outside the vocabulary can be typed (a sex
`zzz` is not on the list). `DateField` is a date typed one way per language, as `show_date`
prints it (ky/ru DD.MM.YYYY, en YYYY-MM-DD), with a calendar to pick it from; it hands the
service the stored form (YYYY-MM-DD), or the text as typed when that is no date, so that the
service's one check refuses it beside the field.
"""

from __future__ import annotations

import datetime as dt
import enum
import re

from PySide6.QtCore import QDate, QLocale, QPoint, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QCalendarWidget, QComboBox, QHBoxLayout, QLineEdit, QToolButton, QWidget

from app import catalogue

DATE_HINTS = {"ky": "КК.АА.ЖЖЖЖ", "ru": "ДД.ММ.ГГГГ", "en": "YYYY-MM-DD"}
_LOCALES = {"ky": "ky_KG", "ru": "ru_RU", "en": "en_GB"}
_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


class VocabularyChooser(QComboBox):
    """One member of `kind`; when `optional`, a first item that gives no value (None)."""

    def __init__(self, kind: type[enum.StrEnum], *, optional: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kind = kind
        self._optional = optional
        if optional:
            self.addItem("", None)
        for member in kind:
            self.addItem("", member.value)

    def retranslate(self, lang: str, empty: str = "", *, with_code: bool = False) -> None:
        """Every item's name in `lang` (`with_code`: "A: name"); `empty` names the no-value item."""
        offset = 1 if self._optional else 0
        if self._optional:
            self.setItemText(0, empty)
        for index, member in enumerate(self._kind):
            word = catalogue.name(member, lang)
            self.setItemText(offset + index, f"{member.value}: {word}" if with_code else word)

    def value(self) -> str | None:
        data = self.currentData()
        return None if data is None else str(data)

    def clear_value(self) -> None:
        self.setCurrentIndex(0)


def parse_date(text: str, lang: str) -> dt.date | None:
    """The date written as `lang` writes it, or None (empty, another form, or no such day)."""
    found = (_ISO if lang == "en" else _DOTTED).fullmatch(text.strip())
    if found is None:
        return None
    first, second, third = (int(part) for part in found.groups())
    year, month, day = (first, second, third) if lang == "en" else (third, second, first)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def format_date(day: dt.date, lang: str) -> str:
    return day.isoformat() if lang == "en" else day.strftime("%d.%m.%Y")


class DateField(QWidget):
    """A date typed as the language writes it, or picked on the calendar; empty when not given."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = "en"
        self.edit = QLineEdit(maxLength=10)
        self.pick_button = QToolButton()
        self.pick_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes on; the mouse picks
        self.calendar = QCalendarWidget(self)
        self.calendar.setWindowFlags(Qt.WindowType.Popup)
        self.calendar.setGridVisible(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.pick_button)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(self.edited)
        self.pick_button.clicked.connect(self._on_pick)
        self.calendar.clicked.connect(self._on_picked)
        self.set_language(self._lang)

    def set_language(self, lang: str) -> None:
        """Shows the date as `lang` writes it; a date typed in the old form is rewritten."""
        day = parse_date(self.edit.text(), self._lang)
        self._lang = lang
        allowed = r"[0-9-]{0,10}" if lang == "en" else r"[0-9.]{0,10}"
        self.edit.setValidator(QRegularExpressionValidator(QRegularExpression(allowed), self.edit))
        self.edit.setPlaceholderText(DATE_HINTS[lang])
        if day is not None:
            self.edit.setText(format_date(day, lang))
        self.pick_button.setText("…")
        self.pick_button.setToolTip(self.tr("Choose the date on the calendar"))
        self.calendar.setLocale(QLocale(_LOCALES[lang]))
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)

    def stored_text(self) -> str:
        """YYYY-MM-DD for a date, "" when empty, else the text as typed (no date: the service says so)."""
        text = self.edit.text().strip()
        day = parse_date(text, self._lang)
        return day.isoformat() if day is not None else text

    def clear(self) -> None:
        self.edit.clear()

    def _on_pick(self) -> None:
        day = parse_date(self.edit.text(), self._lang)
        if day is not None:
            self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.calendar.move(self.edit.mapToGlobal(QPoint(0, self.edit.height())))
        self.calendar.show()

    def _on_picked(self, date: QDate) -> None:
        self.calendar.hide()
        self.edit.setText(format_date(dt.date(date.year(), date.month(), date.day()), self._lang))
        self.edit.setFocus()
        self.edited.emit()
