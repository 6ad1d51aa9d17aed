"""One vocabulary for every domain value (issue 11, point 1).

Each enum is defined here once; the storage, services, printing, the CLI, the window and
`pec-central` all use it. The values are the stored and exchanged strings (CLI.md, the
package records), so a `StrEnum` member compares equal to the string it replaces. The
name of each value in ky/ru/en lives in one catalogue, `app.catalogue`.
"""

from __future__ import annotations

import enum
import functools


class ClaimType(enum.StrEnum):
    """What a voter's claim asks (R-CLM-1); `claims add --type` in CLI.md."""

    CORRECTION = "correction"  # an error in a listed voter's data
    MISSING = "missing"  # a voter missing from the list
    ADDRESS = "address"  # a change of voting address
    DISABILITY = "disability"  # a voter with a disability missing from the list
    INSTITUTION = "institution"  # a form from the head of an institution

    @property
    def blocking(self) -> bool:
        """R-CLM-4: the listed voter's data is blocked while the claim is checked."""
        return self in (ClaimType.CORRECTION, ClaimType.ADDRESS)

    @property
    def unlisted(self) -> bool:
        """The claim is about someone not on this precinct's list."""
        return self in (ClaimType.MISSING, ClaimType.DISABILITY)


class ClaimStatus(enum.StrEnum):
    """R-CLM-5: received → sent (with a batch) → decided (by the TEC) → informed."""

    RECEIVED = "received"
    SENT = "sent"
    DECIDED = "decided"
    INFORMED = "informed"

    @property
    def open(self) -> bool:
        return self in (ClaimStatus.RECEIVED, ClaimStatus.SENT)


class VoterStatus(enum.StrEnum):
    ACTIVE = "active"
    BLOCKED = "blocked"
    REMOVED = "removed"


class Role(enum.StrEnum):
    """R-SEC-4: who may do what is in `app.security.permissions`."""

    MEMBER = "member"
    SECRETARY = "secretary"
    CHAIR = "chair"
    SYSADMIN = "sysadmin"
    AUDITOR = "auditor"


class Sex(enum.StrEnum):
    FEMALE = "F"
    MALE = "M"


class SpecialCategory(enum.StrEnum):
    """The voter CSV's `special_category` (CLI.md); NONE is the empty field."""

    NONE = ""
    DISABILITY = "disability"
    MILITARY = "military"
    ABROAD = "abroad"
    HOSPITAL = "hospital"
    CUSTODY = "custody"
    SHIFT = "shift"


class Decision(enum.StrEnum):
    """The TEC's decision on a claim (R-CLM-5)."""

    ACCEPTED = "accepted"
    REJECTED = "rejected"


class AnswerChannel(enum.StrEnum):
    """How the voter was told the decision (`claims inform --how`)."""

    PAPER = "paper"
    ELECTRONIC = "electronic"
    IN_PERSON = "in-person"
    PHONE = "phone"


class Stage(enum.StrEnum):
    """The list for posting (R-CAL-1): which of the three lists it is."""

    PRELIMINARY = "preliminary"
    CONTROL = "control"
    FINAL = "final"


class Place(enum.StrEnum):
    """Where a claim was filed."""

    PEC = "PEC"
    TEC = "TEC"


class ContactCheck(enum.StrEnum):
    """R-CLM-7: A in another precinct's list, B in no list."""

    A = "A"
    B = "B"


@functools.cache
def values(kind: type[enum.StrEnum]) -> tuple[str, ...]:
    """The stored strings of an enum, in definition order (for CLI choices and checks; worked out
    once per enum: the import checks a million voters' fields against them)."""
    return tuple(member.value for member in kind)


class Field(enum.StrEnum):
    """The fields a form, a voter CSV row or a claim carries; a field problem names one."""

    PIN = "pin"
    LAST_NAME = "last_name"
    FIRST_NAME = "first_name"
    PATRONYMIC = "patronymic"
    BIRTH_DATE = "birth_date"
    SEX = "sex"
    ADDRESS = "address"
    PRECINCT = "precinct"
    SPECIAL_CATEGORY = "special_category"
    CLAIM_TYPE = "type"
    CONTACT = "contact"
    INSTITUTION = "institution"
    VOTER_NAME = "voter_name"
    ATTACHMENT = "attachment"
    REASON = "reason"
    CORRECTIONS = "fields"  # the set of corrections a claim asks (a field name it cannot correct)
    PASSPORT_CHECKED = "passport_checked"  # R-CLM-2: the passport photo was checked
    IDENTIFIED = "identified"  # R-CLM-2: the person was identified
    CONTACT_CHECK = "contact_check"  # R-CLM-7: the contact-centre check of a disability claim
    PLACE = "place"  # where the claim was filed


# The fields a claim may ask to correct (R-CLM-2), in the form's order.
CORRECTABLE = (
    Field.LAST_NAME,
    Field.FIRST_NAME,
    Field.PATRONYMIC,
    Field.BIRTH_DATE,
    Field.SEX,
    Field.ADDRESS,
    Field.SPECIAL_CATEGORY,
)
