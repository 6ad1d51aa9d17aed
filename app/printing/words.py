"""What a document shows, in one language: its wording, the names of values, field labels, times.

`Words(lang)` is handed to every part of a document. A stored value never reaches the paper as a
code: a vocabulary member is shown by its name in `app.catalogue`; a stored string of a field of
the vocabulary (sex "M", special category "military", status "blocked") by the name of its value;
a birth date and every time in the one form of the language (`base.show_date`, `base.local_time`:
Bishkek time with its zone). A value outside the vocabulary, or a date that is not one, is shown as
it was given, never dropped.
"""

from __future__ import annotations

import datetime as dt
import enum

from app.catalogue import name, name_of
from app.models.vocabulary import ClaimType, Field, Sex, SpecialCategory, VoterStatus, values
from app.printing.base import check_language, local_time, show_date
from app.printing.wording import say

# A value of a document: text as given, a vocabulary member, a date, a time, or several joined by " · ".
Shown = str | enum.StrEnum | dt.date | dt.datetime | tuple[str | enum.StrEnum, ...]

_KINDS: dict[str, type[enum.StrEnum]] = {
    Field.SEX: Sex,
    Field.SPECIAL_CATEGORY: SpecialCategory,
    Field.CLAIM_TYPE: ClaimType,
    "status": VoterStatus,
}
_LABELS = {"status": "access.status"}  # labels of what is not a form field
_FIELDS = frozenset(values(Field))


class Words:
    def __init__(self, lang: str) -> None:
        self.lang = check_language(lang)

    def __call__(self, key: str, **params: object) -> str:
        return say(self.lang, key, **params)

    def name(self, value: enum.StrEnum) -> str:
        return name(value, self.lang)

    def time(self, value: str | dt.datetime) -> str:
        return local_time(value, self.lang)

    def date(self, value: str | dt.date) -> str:
        return show_date(value, self.lang)

    def label(self, key: str) -> str:
        """A field's label: the catalogue's name of a form field, or the document's own word."""
        if key in _FIELDS:
            return name(Field(key), self.lang)
        return say(self.lang, _LABELS[key]) if key in _LABELS else key

    def value(self, key: str, raw: str) -> str:
        """A stored value of field `key` as a reader reads it."""
        if key in _KINDS:
            return name_of(_KINDS[key], raw, self.lang)
        if key == Field.BIRTH_DATE:
            try:
                return self.date(raw)
            except ValueError:
                return raw  # as the voter wrote it
        return raw

    def shown(self, value: Shown, key: str = "") -> str:
        if isinstance(value, enum.StrEnum):
            return self.name(value)
        if isinstance(value, dt.datetime):
            return self.time(value)
        if isinstance(value, dt.date):
            return self.date(value)
        if isinstance(value, tuple):
            return " · ".join(self.shown(part) for part in value)
        return self.value(key, value) if key else value
