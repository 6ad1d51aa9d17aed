"""What an envelope from the central system must mean before it is applied: the records' meaning
(a valid voter, a known role, a sane setting), the addressing, and the trust beside the file."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.errors import AppError, Defect, Part, Reason
from app.models.accounts import login_reserved
from app.models.calendar import DEFAULT_DEADLINES, local_date
from app.models.field_rules import Days
from app.models.fields import FieldProblem, Problem, raise_problems
from app.models.records import VoterRow
from app.models.vocabulary import Decision, Field, Role, values
from app.models.voter_csv import row_problems
from app.models.voter_fast import FastRules, row_ok
from app.sync.header import Header
from app.sync.payloads import KIND_PACKAGE, KIND_UPDATE
from app.sync.recipient_keys import RecipientPrivateKey
from app.sync.records import Record
from app.sync.trust import BUNDLE_FILE, TrustBundle, TrustView, parse_bundle


# ---- record meaning -------------------------------------------------------------------
def check_account(record: Record) -> None:
    if record["role"] not in ROLES:
        raise AppError(Reason.MALFORMED, defect=Defect.UNKNOWN_ROLE, login=str(record["login"]))
    if len(str(record.get("password", ""))) < 12:
        raise AppError(Reason.MALFORMED, defect=Defect.SHORT_PASSWORD, login=str(record["login"]), minimum=12)
    if not str(record["login"]).isascii() or not str(record["login"]).isidentifier():
        raise AppError(Reason.MALFORMED, defect=Defect.BAD_LOGIN, login=str(record["login"]))
    if login_reserved(str(record["login"])):  # no person acts as the system (R-AUD-3)
        raise AppError(Reason.RESERVED_LOGIN, login=str(record["login"]))


def checked_voter(record: Record, checked: Checked) -> VoterRow:
    """A voter record's row, once its fields have passed the rules (else the refusal)."""
    fields = voter_fields(record)
    if fields["precinct"] == checked.precinct and row_ok(fields, _days(checked)[1]):
        return VoterRow(**fields)  # the fast yes (`voter_fast`); any doubt asks the rules, which word it
    problems = row_problems(fields, _days(checked)[0])
    if fields["precinct"] != checked.precinct:
        problems.append(FieldProblem(Field.PRECINCT, Problem.NOT_ALLOWED, {"allowed": (checked.precinct,)}))
    raise_problems(problems)
    return VoterRow(**fields)


def check_meaning(record: Record, checked: Checked) -> None:
    """What the envelope's schema cannot say: a valid voter, a known role, a sane setting."""
    kind = record["t"]
    if kind == "voter":
        checked_voter(record, checked)
    elif kind == "account":
        check_account(record)
    elif kind == "meta":
        key = str(record["key"])
        checked.extra.update({"voting_day": str(record["value"])} if key == "voting_day" else {})
        if key not in META_KEYS and not (key.startswith("deadline.") and key[9:] in DEADLINES):
            raise AppError(Reason.MALFORMED, defect=Defect.UNKNOWN_SETTING, key=key[:40])
        if (key.startswith("deadline.") or key.endswith("_days") or key == "idle_minutes") and not small_int(
            str(record["value"])
        ):
            raise AppError(Reason.MALFORMED, defect=Defect.NOT_WHOLE_NUMBER, part=Part.SETTING, key=key,
                           value=str(record["value"])[:40])  # fmt: skip
    elif kind == "decision" and record["decision"] not in values(Decision):
        raise AppError(Reason.MALFORMED, defect=Defect.BAD_DECISION)
    elif kind in ("decision", "ack", "removed") and checked.fresh:
        raise AppError(Reason.MALFORMED, defect=Defect.KIND_NOT_HERE, part=Part.PACKAGE, kind=str(kind))


def _days(checked: Checked) -> tuple[Days, FastRules]:
    """The days of the age rule (the envelope's date, the voting day it set) and their fast form,
    worked out once per voting day seen, not for each of a million voters."""
    voting_day = checked.extra.get("voting_day")
    cached = checked.extra.get("days")
    if cached is None or cached[0] != voting_day:
        days = Days.of(local_date(checked.header.created_at), voting_day)
        cached = checked.extra["days"] = (voting_day, days, FastRules.of(days))
    return cached[1], cached[2]


def small_int(text: str) -> bool:
    return text.isdigit() and len(text) <= 4


def voter_fields(record: Record) -> dict[str, str]:
    fields = ("pin", "last_name", "first_name", "patronymic", "birth_date", "sex", "address", "precinct")
    values = {k: str(record[k]) for k in fields}
    values["special_category"] = str(record.get("special_category", ""))
    return values


def voter_row(record: Record) -> VoterRow:
    return VoterRow(**voter_fields(record))


def tally(kind: object, summary: ImportSummary) -> None:
    names = {"removed": "removed_voters", "decision": "decisions", "ack": "acks", "regpoint": "regpoints",
             "account": "accounts", "meta": "settings"}  # fmt: skip
    if kind in names:
        name = names[str(kind)]
        setattr(summary, name, getattr(summary, name) + 1)


def check_addressing(header: Header, kem: RecipientPrivateKey, precinct: str, election: str) -> None:
    if header.kind not in (KIND_PACKAGE, KIND_UPDATE):
        raise AppError(Reason.MALFORMED, defect=Defect.KIND_NOT_HERE, part=Part.ENVELOPE, kind=header.kind)
    if header.recipient != kem.public_key().key_id:
        raise AppError(Reason.WRONG_RECIPIENT, defect=Defect.OTHER_RECIPIENT, part=Part.ENVELOPE)
    if header.precinct != precinct:
        raise AppError(Reason.WRONG_RECIPIENT, defect=Defect.OTHER_PRECINCT, found=header.precinct, expected=precinct)
    if election and header.election != election:
        raise AppError(Reason.WRONG_RECIPIENT, defect=Defect.OTHER_ELECTION, found=header.election, expected=election)


def trust_with_sidecar(
    root: Ed25519PublicKey, stored: TrustBundle | None, path: Path
) -> tuple[TrustView, TrustBundle | None]:
    """What this device trusts, with a newer root-signed bundle from beside the file if there is one."""
    trust = TrustView(root, stored)
    sidecar = path.parent / BUNDLE_FILE
    if not sidecar.is_file():
        return trust, None
    candidate = parse_bundle(sidecar.read_bytes()[: 1 << 20], root)
    adopted = trust.adopt(candidate)
    return (adopted, candidate) if adopted is not trust else (trust, None)


@dataclass
class ImportSummary:
    kind: str
    seq: int
    file_name: str
    sha256: str
    already_applied: bool = False
    new_voters: int = 0
    changed_voters: int = 0
    removed_voters: int = 0
    decisions: int = 0
    accounts: int = 0
    acks: int = 0
    regpoints: int = 0
    trust_serial: int = 0
    settings: int = 0
    signature_files: int = 0

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    def counts(self) -> dict[str, int]:
        return {k: v for k, v in asdict(self).items() if isinstance(v, int) and not isinstance(v, bool) and k != "seq"}


@dataclass
class Checked:
    header: Header
    sha256: str
    kem: RecipientPrivateKey
    signing: Ed25519PrivateKey
    trust: TrustView
    new_bundle: TrustBundle | None
    fresh: bool  # a first package on a device waiting for it
    precinct: str
    applied: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


META_KEYS = ("election_id", "election_name", "voting_day", "decision_days", "retention_days", "idle_minutes",
              "hotline", "precinct_name")  # fmt: skip


DEADLINES = tuple(DEFAULT_DEADLINES)


ROLES = frozenset(r.value for r in Role)
