"""Domain records shared by the storage, services and generators."""

from __future__ import annotations

from dataclasses import dataclass

from app.models.vocabulary import ClaimType, SpecialCategory, VoterStatus, values

__all__ = ["CLAIM_TYPES", "SPECIAL_CATEGORIES", "PublicVoter", "Voter", "VoterRow", "VoterStatus"]

SPECIAL_CATEGORIES = values(SpecialCategory)
CLAIM_TYPES = values(ClaimType)  # CLI.md `claims add --type`


@dataclass(frozen=True, slots=True)
class VoterRow:
    """One voter as in the voter CSV of CLI.md (all fields are strings)."""

    pin: str
    last_name: str
    first_name: str
    patronymic: str
    birth_date: str  # YYYY-MM-DD
    sex: str  # "F" or "M"
    address: str
    precinct: str
    special_category: str = ""

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.last_name, self.first_name, self.patronymic) if p)


@dataclass(frozen=True, slots=True)
class Voter:
    """A stored voter: the CSV fields plus identity and status."""

    id: int
    row: VoterRow
    status: VoterStatus
    block_reason: str = ""
    block_claim: str = ""

    @property
    def full_name(self) -> str:
        return self.row.full_name


@dataclass(frozen=True, slots=True)
class PublicVoter:
    """The public part of a voter (R-DATA-3): full name and precinct only."""

    id: int
    full_name: str
    precinct: str
    status: VoterStatus
    block_claim: str = ""  # the claim number a blocked voter waits on (a claim number is not personal data)
