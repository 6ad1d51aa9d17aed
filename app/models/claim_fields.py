"""The rules of a claim's form (R-CLM-1, R-CLM-2, R-CLM-7; issue 11, point 3), in one place.

The precinct checks a claim with them before it is stored (`app.services.claims`), and the
central side checks every claim of a batch with them again (`app.central.ingest`), so a claim
that a modified precinct slipped into a batch is held back there instead of stopping the
precinct's updates. The requested corrections follow the voter CSV's rules
(`app.models.field_rules`): names, a real birth date of someone 18 on voting day, sex and
special category from the vocabulary, lengths; the PIN agrees with a requested birth date and
sex (for a "missing voter" as for a correction). Each type adds what it needs:
  correction   at least one correction (`nothing-requested` otherwise)
  address      the new address
  missing      the voter's surname as on the passport
  disability   as missing, plus the contact-centre check (A or B) and an attachment
  institution  the institution's name; no other type gives one
A corrections value left empty is not requested. Every problem is collected, none stops the rest.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass

from app.models import bounds
from app.models.contact import contact_problems
from app.models.field_rules import (
    Days,
    birth_date_problems,
    choice_problems,
    name_problems,
    pin_field_problems,
    text_problems,
)
from app.models.fields import FieldProblem, Problem, raise_problems
from app.models.vocabulary import (
    CORRECTABLE,
    ClaimType,
    ContactCheck,
    Field,
    Place,
    Sex,
    SpecialCategory,
    VoterStatus,
    values,
)

_NAMES = (Field.LAST_NAME, Field.FIRST_NAME, Field.PATRONYMIC)


@dataclass(frozen=True)
class ClaimForm:
    """A claim as typed or as received; `attachments` None when not known yet (central ingest)."""

    claim_type: str
    pin: str
    fields: Mapping[str, str]
    contact: str
    passport_checked: bool = True
    identified: bool = True
    place: str = Place.PEC
    institution: str = ""
    contact_check: str = ""
    attachments: int | None = 0


@dataclass(frozen=True)
class CheckedClaim:
    """A claim that passed every rule, its text trimmed and its corrections typed where they have a type."""

    claim_type: ClaimType
    pin: str
    fields: dict[str, str]  # the corrections asked (no empty one), as stored
    contact: str
    institution: str
    birth_date: dt.date | None = None  # the corrected birth date asked, typed

    @property
    def stored_fields(self) -> str:
        """The corrections as the claim record keeps them (JSON, sorted keys, raw UTF-8)."""
        return json.dumps(self.fields, ensure_ascii=False, sort_keys=True)


def requested(fields: Mapping[str, str]) -> dict[str, str]:
    """The corrections asked: each value trimmed, the empty ones left out."""
    return {name: value.strip() for name, value in fields.items() if value.strip()}


def correction_problems(fields: Mapping[str, str], days: Days) -> tuple[list[FieldProblem], dt.date | None]:
    """Every asked correction by the rule of its field; an unknown field name is `not-allowed`."""
    problems: list[FieldProblem] = []
    unknown = [name for name in fields if name not in values(Field) or Field(name) not in CORRECTABLE]
    if unknown:
        allowed = tuple(f.value for f in CORRECTABLE)
        problems.append(FieldProblem(Field.CORRECTIONS, Problem.NOT_ALLOWED, {"allowed": allowed}))
    for name in _NAMES:
        problems += name_problems(name, fields.get(name, ""), required=False)
    dated, born = birth_date_problems(fields.get(Field.BIRTH_DATE, ""), days, required=False)
    problems += dated
    if Field.SEX in fields:
        problems += choice_problems(Field.SEX, fields[Field.SEX], Sex, required=True)
    problems += text_problems(Field.ADDRESS, fields.get(Field.ADDRESS, ""), bounds.ADDRESS)
    if Field.SPECIAL_CATEGORY in fields:
        problems += choice_problems(Field.SPECIAL_CATEGORY, fields[Field.SPECIAL_CATEGORY], SpecialCategory,
                                    required=True)  # fmt: skip
    return problems, born


def type_problems(kind: ClaimType, form: ClaimForm, fields: Mapping[str, str]) -> list[FieldProblem]:
    """What each type of claim needs beyond the common fields (module docstring)."""
    problems: list[FieldProblem] = []
    if kind is ClaimType.CORRECTION and not fields:
        problems.append(FieldProblem(Field.CORRECTIONS, Problem.NOTHING_REQUESTED))
    if kind is ClaimType.ADDRESS and not fields.get(Field.ADDRESS):
        problems.append(FieldProblem(Field.ADDRESS, Problem.REQUIRED))
    if kind.unlisted and not fields.get(Field.LAST_NAME):
        problems.append(FieldProblem(Field.LAST_NAME, Problem.REQUIRED))
    institution = form.institution.strip()
    if kind is ClaimType.INSTITUTION:
        problems += text_problems(Field.INSTITUTION, institution, bounds.INSTITUTION, required=True)
    elif institution:
        problems.append(FieldProblem(Field.INSTITUTION, Problem.NOT_FOR_TYPE, {"type": ClaimType.INSTITUTION.value}))
    if kind is ClaimType.DISABILITY:
        problems += choice_problems(Field.CONTACT_CHECK, form.contact_check, ContactCheck, required=True)
        if form.attachments == 0:
            problems.append(FieldProblem(Field.ATTACHMENT, Problem.REQUIRED))
    elif form.contact_check:
        problems.append(FieldProblem(Field.CONTACT_CHECK, Problem.NOT_FOR_TYPE, {"type": ClaimType.DISABILITY.value}))
    return problems


def claim_problems(form: ClaimForm, days: Days) -> list[FieldProblem]:
    """Every problem of the claim's fields (without the list: see `listing_problems`)."""
    fields = requested(form.fields)
    problems: list[FieldProblem] = []
    if not form.passport_checked:
        problems.append(FieldProblem(Field.PASSPORT_CHECKED, Problem.NOT_CONFIRMED))
    if not form.identified:
        problems.append(FieldProblem(Field.IDENTIFIED, Problem.NOT_CONFIRMED))
    problems += choice_problems(Field.CLAIM_TYPE, form.claim_type, ClaimType, required=True)
    corrections, born = correction_problems(fields, days)
    problems += pin_field_problems(form.pin.strip(), born, fields.get(Field.SEX))
    problems += corrections
    problems += contact_problems(form.contact.strip())
    problems += choice_problems(Field.PLACE, form.place, Place, required=True)
    if form.claim_type in values(ClaimType):
        problems += type_problems(ClaimType(form.claim_type), form, fields)
    return problems


def listing_problems(claim_type: ClaimType, listed: VoterStatus | None) -> list[FieldProblem]:
    """Whether the PIN is on this precinct's list as the type needs (None: not on it at all)."""
    on_list = listed is not None and listed is not VoterStatus.REMOVED
    if claim_type.blocking and listed is None:
        return [FieldProblem(Field.PIN, Problem.NOT_ON_LIST)]
    if claim_type.unlisted and on_list:
        return [FieldProblem(Field.PIN, Problem.ON_LIST)]
    return []


def check_claim(form: ClaimForm, days: Days, listed: VoterStatus | None) -> CheckedClaim:
    """The claim as it will be stored, or `malformed` with every problem of its form at once."""
    problems = claim_problems(form, days)
    if form.claim_type in values(ClaimType) and not any(p.field is Field.PIN for p in problems):
        problems += listing_problems(ClaimType(form.claim_type), listed)
    raise_problems(problems)
    fields = requested(form.fields)
    born = fields.get(Field.BIRTH_DATE)
    return CheckedClaim(ClaimType(form.claim_type), form.pin.strip(), fields, form.contact.strip(),
                        form.institution.strip(), dt.date.fromisoformat(born) if born else None)  # fmt: skip
