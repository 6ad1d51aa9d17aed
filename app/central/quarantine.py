"""Claims held back at ingest (issue 11, point 4): one bad claim never stops a precinct.

Every claim of a batch is checked with the claim rules the precinct applies at intake
(`app.models.claim_fields`), against the precinct's election (the age rule's voting day). A claim
that fails them — written by a modified precinct, or taken by an older one with weaker checks — is
not received: it is kept in the quarantine table with its record and its field problems, the rest
of the batch is applied, and the TEC reads it with `pec-central findings` (the problems worded in
the reader's language). So whatever ingest accepts, `issue-update` can send.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.models.claim_fields import ClaimForm, claim_problems
from app.models.field_rules import Days
from app.models.fields import FieldProblem, Problem
from app.models.vocabulary import CORRECTABLE, Field


@dataclass(frozen=True)
class Quarantined:
    """A claim held back: which, from which batch, when, and why (field by field)."""

    number: str
    precinct: str
    batch_seq: int
    at: str
    claim_type: str
    problems: tuple[FieldProblem, ...]

    def to_json(self) -> dict[str, Any]:
        return {"number": self.number, "precinct": self.precinct, "batch_seq": self.batch_seq, "at": self.at,
                "type": self.claim_type, "problems": [p.to_json() for p in self.problems]}  # fmt: skip


def requested_fields(text: object) -> dict[str, str] | None:
    """A claim record's corrections (a JSON object of texts), or None when they are not that."""
    try:
        fields = json.loads(str(text))
    except ValueError:
        return None
    if not isinstance(fields, dict) or not all(isinstance(v, str) for v in fields.values()):
        return None
    return fields


def record_problems(record: Mapping[str, Any], precinct: str, days: Days) -> list[FieldProblem]:
    """Every problem of a claim record of `precinct`'s batch, by the precinct's own claim rules."""
    problems: list[FieldProblem] = []
    if not str(record["number"]).startswith(f"{precinct}-"):
        problems.append(FieldProblem(Field.PRECINCT, Problem.NOT_ALLOWED, {"allowed": (precinct,)}))
    fields = requested_fields(record["fields"])
    if fields is None:
        allowed = tuple(f.value for f in CORRECTABLE)
        problems.append(FieldProblem(Field.CORRECTIONS, Problem.NOT_ALLOWED, {"allowed": allowed}))
    form = ClaimForm(
        str(record["type"]), str(record["pin"]), fields or {}, str(record["contact"]), place=str(record["place"]),
        institution=str(record.get("institution", "")), contact_check=str(record.get("contact_check", "")),
        attachments=None,  # they follow the claim in the batch
    )  # fmt: skip
    return problems + claim_problems(form, days)


def quarantined_of(row: tuple[Any, ...]) -> Quarantined:
    """A quarantine row (number, precinct, batch_seq, at, record, problems) as read back."""
    number, precinct, batch_seq, at, record, problems = row
    kind = str(json.loads(record).get("type", ""))
    found = tuple(FieldProblem.from_json(p) for p in json.loads(problems))
    return Quarantined(str(number), str(precinct), int(batch_seq), str(at), kind, found)


def problems_json(problems: list[FieldProblem]) -> str:
    return json.dumps([p.to_json() for p in problems], ensure_ascii=False)
