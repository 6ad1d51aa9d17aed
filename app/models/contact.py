"""The voter's contact for the answer (R-CLM-5): a phone number, or an address or e-mail.

A contact made only of digits, `+`, spaces, dashes, dots and brackets is a phone number and must
be one: Kyrgyz (`0XXX XXXXXX`, ten digits from the leading 0; `+996 XXX XXX XXX`, nine digits
after the country code) or international (`+` and 8 to 15 digits, ITU-T E.164). Anything else is
an address or an e-mail: a text with a letter or digit, no control or direction character, at
most `bounds.CONTACT` characters; an e-mail (one `@`, no space) needs a name and a dotted domain.
"""

from __future__ import annotations

import re

from app.models import bounds
from app.models.field_rules import text_problems
from app.models.fields import FieldProblem, Problem
from app.models.vocabulary import Field

_PHONE_LIKE = re.compile(r"[+0-9() .\-]+")
_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")
KYRGYZ_CODE = "996"


def is_phone(value: str) -> bool:
    """A well-formed Kyrgyz or international phone number (module docstring)."""
    if not _PHONE_LIKE.fullmatch(value) or value.count("+") > 1 or ("+" in value and not value.startswith("+")):
        return False
    digits = re.sub(r"[^0-9]", "", value)
    if not value.startswith("+"):
        return len(digits) == 10 and digits.startswith("0")
    if digits.startswith(KYRGYZ_CODE):
        return len(digits) == len(KYRGYZ_CODE) + 9
    return 8 <= len(digits) <= 15


def contact_problems(value: str) -> list[FieldProblem]:
    """Every problem of a contact as typed (surrounding spaces already taken off)."""
    field = Field.CONTACT
    if not value:
        return [FieldProblem(field, Problem.REQUIRED)]
    if _PHONE_LIKE.fullmatch(value) and sum(ch.isdigit() for ch in value) >= 3:
        return [] if is_phone(value) else [FieldProblem(field, Problem.BAD_PHONE)]
    problems = text_problems(field, value, bounds.CONTACT, required=True)
    looks_like_email = "@" in value and " " not in value
    if looks_like_email and not _EMAIL.fullmatch(value) and not problems:
        problems.append(FieldProblem(field, Problem.BAD_CHARACTERS))
    return problems
