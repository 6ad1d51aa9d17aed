"""Claims about the voter list, as filed at the PEC (R-CLM-1..8, R-CAL-1).

A claim is recorded with its type, the voter, the corrections asked for field by field, the
voter's contact for the answer, who took it, the exact time (UTC, microseconds) and the place
(PEC or TEC), and both confirmations of R-CLM-2 (passport checked, person identified).

Types and what each needs:
  correction   a listed voter; at least one field to correct. Blocks the voter (R-CLM-4).
  address      a listed voter; the new `address`. Blocks the voter (R-CLM-4).
  missing      a valid PIN not on this list (or removed from it); the name as the voter gives it
               (`last_name` at least). The receipt lists the procedure and the registration points
               from the package (R-CLM-6).
  disability   as `missing`, plus the contact-centre check (R-CLM-7): "A" in another precinct's list
               or "B" in no list, and the passport copy attached (at least one attachment).
  institution  a form from the head of an institution (enterprise, military unit): the
               institution's name; the person need not be on this list.

Deadlines (R-CAL-1, R-CLM-8): every type but `institution` is taken up to and including the
`claims_close` day (15 days before voting day by default), `institution` up to and including
`institution_forms_close` (12). Days are Bishkek days (`app.models.calendar`). A late claim is
refused with `deadline-passed` and the last day that applied; nothing is stored.

Blocking (R-CLM-4): a correction or address claim blocks the voter until the central system's
decision arrives (`sync_import` unblocks on the decision of the claim that blocked). While blocked,
the record is still found by search and shown as blocked, and nothing may change it locally
(`require_changeable`): a second correction or address claim about the same voter is refused with
`voter-blocked` naming the open claim, so that the first decision cannot unblock a voter whose
other claim is still open.

Attachments (R-CLM-3): scanned images or PDFs (PDF, JPEG, PNG by their magic bytes, never by
name), at most `MAX_ATTACHMENT_BYTES` each and `MAX_ATTACHMENTS` per claim, stored as BLOBs in the
encrypted precinct store, never as files. `read_attachment` reads one from a path: a file on a
removable drive goes through the media scan first (task `claim-attachments`), a local file through
the same scan of a private copy, and only the staged, scanned copy is read; the staging is removed
at once.

Status (R-CLM-5): received → sent (with a batch) → decided (from the central system) → informed
(`mark_informed`, audited). Without a decision, a claim is "due-soon" from `decision_days - 2`
days after intake (5 by default) and "overdue" once the answer date (`decision_days`, 7) has
passed. `refresh_overdue` raises one `claim-overdue` alert per overdue claim into the alert
table, which the chair reviews and the next batch carries.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import TYPE_CHECKING

from app.clock import iso
from app.errors import AppError, Defect, Part, Reason, os_defect
from app.models import bounds
from app.models.bounds import ALERT, CLAIM, bound, check_text
from app.models.calendar import ElectionCalendar, Stage, local_date
from app.models.db import transaction
from app.models.pin import pin_problems
from app.models.positions import next_claim_number
from app.models.records import CLAIM_TYPES, Voter, VoterStatus
from app.models.vocabulary import AnswerChannel, ClaimStatus
from app.security.audit import AuditAction
from app.security.permissions import Action
from app.security.scanner.policy import CLAIM_ATTACHMENTS, FileType, sniff
from app.security.scanner.volumes import VolumeSource
from app.security.session import Session
from app.services.context import DeskContext
from app.services.guard import authorize

if TYPE_CHECKING:  # the scan pipeline is loaded only when an attachment is read
    from app.services.scanning import ScanService

BLOCKING_TYPES = ("correction", "address")
UNLISTED_TYPES = ("missing", "disability")  # about someone not on this precinct's list
CORRECTABLE = ("last_name", "first_name", "patronymic", "birth_date", "sex", "address", "special_category")
CONTACT_CHECKS = ("A", "B")  # R-CLM-7: A in another precinct's list, B in no list
PLACES = ("PEC", "TEC")
INFORM_WAYS = ("paper", "electronic", "in-person", "phone")
STATUSES = ("received", "sent", "decided", "informed")

MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
MAX_ATTACHMENTS = 10
ATTACHMENT_KINDS = {FileType.PDF: "pdf", FileType.JPEG: "jpeg", FileType.PNG: "png"}
OVERDUE_RULE = "claim-overdue"


class Flag(enum.StrEnum):
    """How close an undecided claim is to its answer date (R-CLM-5)."""

    NONE = ""
    DUE_SOON = "due-soon"
    OVERDUE = "overdue"


@dataclass(frozen=True)
class Attachment:
    """A file given with a claim, as read (name without any directory, and the bytes)."""

    name: str
    data: bytes


@dataclass(frozen=True)
class StoredAttachment:
    id: int
    name: str
    kind: str
    size: int
    sha256: str
    added_at: str


@dataclass(frozen=True)
class Claim:
    number: str
    type: str
    pin: str
    fields: dict[str, str]
    contact: str
    filed_at: str
    filed_by: str
    status: str
    decision: str
    decision_reason: str
    place: str = "PEC"
    institution: str = ""
    contact_check: str = ""
    decided_at: str = ""
    informed_at: str = ""
    informed_how: str = ""
    informed_by: str = ""
    receipts: int = 0
    attachments: tuple[StoredAttachment, ...] = field(default_factory=tuple)

    @property
    def filed_on(self) -> dt.date:
        """The Bishkek date of intake."""
        return local_date(dt.datetime.fromisoformat(self.filed_at))

    @property
    def open(self) -> bool:
        return self.status in ("received", "sent")


@dataclass(frozen=True)
class ClaimState:
    """A claim's status with its deadlines, as the list, the dashboard and `claims show` give them."""

    claim: Claim
    answer_by: dt.date
    flag: Flag
    days_since: int

    def to_json(self, *, full: bool = False) -> dict[str, object]:
        c = self.claim
        data: dict[str, object] = {
            "number": c.number, "type": c.type, "status": c.status, "filed_at": c.filed_at, "place": c.place,
            "filed_by": c.filed_by, "answer_by": self.answer_by.isoformat(), "flag": self.flag.value,
            "days_since": self.days_since, "decision": c.decision, "decided_at": c.decided_at,
            "informed_at": c.informed_at, "informed_how": c.informed_how,
        }  # fmt: skip
        if full:
            data.update({"pin": c.pin, "fields": c.fields, "contact": c.contact, "institution": c.institution,
                         "contact_check": c.contact_check, "decision_reason": c.decision_reason,
                         "receipts": c.receipts,
                         "attachments": [{"id": a.id, "name": a.name, "kind": a.kind, "size": a.size,
                                          "sha256": a.sha256} for a in c.attachments]})  # fmt: skip
        return data


def require_changeable(voter: Voter) -> None:
    """Any local change of a voter's record goes through this: a blocked record is refused (R-CLM-4)."""
    if voter.status is VoterStatus.BLOCKED:
        raise AppError(Reason.VOTER_BLOCKED, claim=voter.block_claim or "-")


def check_attachment(attachment: Attachment) -> str:
    """The stored kind of an acceptable attachment, or the refusal (too-large, malformed)."""
    size = len(attachment.data)
    if size > MAX_ATTACHMENT_BYTES:
        raise AppError(Reason.TOO_LARGE, defect=Defect.OVER_LIMIT, part=Part.ATTACHMENT, name=attachment.name,
                       limit=MAX_ATTACHMENT_BYTES)  # fmt: skip
    kind = ATTACHMENT_KINDS.get(sniff(attachment.data[:4096]))
    if kind is None:
        raise AppError(Reason.MALFORMED, defect=Defect.NOT_A_SCAN, name=attachment.name)
    return kind


def read_attachment(
    ctx: DeskContext, session: Session, path: Path, volumes: VolumeSource, *, scans: ScanService | None = None
) -> Attachment:
    """Reads one attachment from `path`. On a removable drive the folder holding it is scanned
    first (claim-attachments policy and antivirus); a local file is scanned alone, from a private
    copy (`ScanService.scan_file`); only the staged copy of a clean scan is read.
    `scans` is injectable for tests; by default a ScanService with the device's engines."""
    from app.services.media import MediaService  # noqa: PLC0415 (the scan pipeline loads only when needed)
    from app.services.scanning import ScanService, refusal_of  # noqa: PLC0415

    path = Path(path)
    if not path.is_file():
        raise AppError(Reason.USAGE, defect=Defect.NOT_A_FILE, part=Part.FILE, path=str(path))
    volume = MediaService(ctx, volumes).volume_of(path)
    scanner = scans or ScanService(ctx, volumes)
    if volume is None:  # a local file is scanned as well, from a private copy (R-SEC-6)
        result = scanner.scan_file(session, path, allowed=CLAIM_ATTACHMENTS, max_bytes=MAX_ATTACHMENT_BYTES).result
    else:
        result = scanner.scan(session, path.parent, allowed=CLAIM_ATTACHMENTS).result
    try:
        if not result.clean:
            raise refusal_of(result.report)
        staged = next((s for s in result.staged if s.relative == path.name), None)
        if staged is None:
            raise AppError(Reason.USAGE, defect=Defect.NOT_ON_DRIVE, name=path.name)
        return Attachment(_safe_name(path.name), _read_limited(staged.path))
    finally:
        result.discard()


def _read_limited(path: Path) -> bytes:
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_ATTACHMENT_BYTES + 1)
    except OSError as exc:
        raise AppError(Reason.MEDIUM_ERROR, part=Part.FILE, path=path.name, **os_defect(exc)) from exc
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise AppError(
            Reason.TOO_LARGE, defect=Defect.OVER_LIMIT, part=Part.FILE, path=path.name, limit=MAX_ATTACHMENT_BYTES
        )
    return data


def _safe_name(name: str) -> str:
    base = PurePath(name.replace("\\", "/")).name.strip() or "attachment"
    return "".join(ch for ch in base if ch.isprintable())[:100]


_CLAIM_COLUMNS = (
    "number, type, pin, fields, contact, filed_at, filed_by, status, decision, decision_reason, place, "
    "institution, contact_check, decided_at, informed_at, informed_how, informed_by, receipts"
)


class ClaimService:
    def __init__(self, ctx: DeskContext) -> None:
        self._ctx = ctx

    # ---- intake --------------------------------------------------------------------------
    def file(
        self,
        session: Session,
        *,
        claim_type: str,
        pin: str = "",
        voter_id: int | None = None,
        fields: dict[str, str],
        contact: str,
        passport_checked: bool,
        identified: bool,
        place: str = "PEC",
        institution: str = "",
        contact_check: str = "",
        attachments: Sequence[Attachment] = (),
    ) -> str:
        """Records a claim and returns its number (precinct-year-sequence). The voter is given by
        PIN, or (from the window's list) by record id, so the window never reads the PIN itself."""
        ctx = self._ctx
        authorize(ctx, session, Action.CLAIM_INTAKE)
        if voter_id is not None:
            try:
                pin = ctx.voters.get(voter_id).row.pin
            except KeyError as exc:
                raise AppError(Reason.MALFORMED, detail="the chosen voter is no longer on the list") from exc
        if claim_type not in CLAIM_TYPES:
            raise AppError(Reason.MALFORMED, detail=f"claim type must be one of {', '.join(CLAIM_TYPES)}")
        calendar = self.calendar()
        today = local_date(ctx.clock.now())
        if not calendar.claim_open(claim_type, today):
            raise AppError(Reason.DEADLINE_PASSED, date=calendar.claim_deadline(claim_type).isoformat())
        if not (passport_checked and identified):
            raise AppError(Reason.MALFORMED, detail="confirm the passport check and the identification (R-CLM-2)")
        fields, requested = _checked_text(pin, fields, contact, institution)
        if place not in PLACES:
            raise AppError(Reason.MALFORMED, detail="place is PEC or TEC")
        _check_type_details(claim_type, fields, institution.strip(), contact_check, attachments)
        kinds = [check_attachment(a) for a in attachments]
        voter = ctx.voters.find_pin(pin)
        _check_voter(claim_type, pin, voter)
        if voter is not None and claim_type in BLOCKING_TYPES:
            require_changeable(voter)
        now = iso(ctx.clock.now())
        precinct, year = ctx.meta.get("precinct"), now[:4]
        with transaction(ctx.precinct):
            number = next_claim_number(ctx.precinct, f"{precinct}-{year}-")  # past every number issued
            ctx.precinct.execute(
                "INSERT INTO claim (number, type, pin, voter_id, fields, contact, filed_at, filed_by, place,"
                " institution, contact_check) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (number, claim_type, pin, voter.id if voter else None, requested, contact.strip(), now,
                 session.login, place, institution.strip(), contact_check),
            )  # fmt: skip
            for attachment, kind in zip(attachments, kinds, strict=True):
                ctx.precinct.execute(
                    "INSERT INTO claim_attachment (claim, name, kind, size, sha256, data, added_at, added_by)"
                    " VALUES (?,?,?,?,?,?,?,?)",
                    (number, _safe_name(attachment.name), kind, len(attachment.data),
                     hashlib.sha256(attachment.data).hexdigest(), attachment.data, now, session.login),
                )  # fmt: skip
            details: dict[str, object] = {"type": claim_type, "place": place, "fields": sorted(fields)}
            if attachments:
                details["attachments"] = len(attachments)
            ctx.audit.append(session.actor, AuditAction.CLAIM_FILED, obj=number, details=details)
            if voter is not None and claim_type in BLOCKING_TYPES and voter.status is VoterStatus.ACTIVE:
                ctx.voters.set_status(
                    voter.id, VoterStatus.BLOCKED, at=now, login=session.login, reason="claim", claim=number
                )
                ctx.precinct.execute(
                    "INSERT INTO voter_change (pin, status, reason, claim, at, login) VALUES (?,?,?,?,?,?)",
                    (pin, VoterStatus.BLOCKED.value, "claim", number, now, session.login),
                )
                ctx.audit.append(session.actor, AuditAction.VOTER_BLOCKED, obj=str(voter.id), details={"claim": number})
        return number

    # ---- reading -------------------------------------------------------------------------
    def get(self, number: str) -> Claim:
        row = self._ctx.precinct.execute(f"SELECT {_CLAIM_COLUMNS} FROM claim WHERE number = ?", (number,)).fetchone()
        if row is None:
            raise AppError(Reason.MALFORMED, defect=Defect.UNKNOWN_CLAIM, claim=number)
        return self._claim(row)

    def _claim(self, row: Sequence[object]) -> Claim:
        number = str(row[0])
        attachments = tuple(
            StoredAttachment(*a)
            for a in self._ctx.precinct.execute(
                "SELECT id, name, kind, size, sha256, added_at FROM claim_attachment WHERE claim = ? ORDER BY id",
                (number,),
            )
        )
        text = [str(v) for v in row]
        return Claim(
            number=number, type=text[1], pin=text[2], fields=json.loads(text[3]), contact=text[4],
            filed_at=text[5], filed_by=text[6], status=text[7], decision=text[8], decision_reason=text[9],
            place=text[10], institution=text[11], contact_check=text[12], decided_at=text[13],
            informed_at=text[14], informed_how=text[15], informed_by=text[16], receipts=int(text[17]),
            attachments=attachments,
        )  # fmt: skip

    def state(self, claim: Claim, calendar: ElectionCalendar | None = None) -> ClaimState:
        """The claim's answer date and flag on the current (Bishkek) day."""
        calendar = calendar or self.calendar()
        today = local_date(self._ctx.clock.now())
        filed = claim.filed_on
        answer_by = calendar.answer_by(filed)
        since = (today - filed).days
        flag = Flag.NONE
        if claim.open and today > answer_by:
            flag = Flag.OVERDUE
        elif claim.open and since >= max(0, calendar.decision_days - 2):
            flag = Flag.DUE_SOON
        return ClaimState(claim, answer_by, flag, since)

    def show(self, session: Session, number: str) -> ClaimState:
        """One claim with everything recorded (confidential: the view is audited)."""
        authorize(self._ctx, session, Action.CLAIM_INTAKE)
        self.refresh_overdue()
        claim = self.get(number)
        self._ctx.audit.append(session.actor, AuditAction.VIEW_CONFIDENTIAL, obj=number, details={"what": "claim"})
        return self.state(claim)

    def states(self, session: Session, *, status: str | None = None, flagged_only: bool = False) -> list[ClaimState]:
        """Claims, newest first, with their statuses and deadlines."""
        authorize(self._ctx, session, Action.CLAIM_INTAKE)
        if status is not None and status not in STATUSES:
            raise AppError(Reason.USAGE, defect=Defect.NOT_ONE_OF, allowed=tuple(ClaimStatus(s) for s in STATUSES))
        self.refresh_overdue()
        calendar = self.calendar()
        states = [self.state(c, calendar) for c in self._all(status)]
        return [s for s in states if s.flag is not Flag.NONE] if flagged_only else states

    def overdue(self, session: Session) -> list[ClaimState]:
        """Claims without a decision past their answer date (for the dashboard), oldest first."""
        return sorted((s for s in self.states(session) if s.flag is Flag.OVERDUE), key=lambda s: s.claim.filed_at)

    def _all(self, status: str | None) -> list[Claim]:
        where, args = ("WHERE status = ?", (status,)) if status else ("", ())
        rows = self._ctx.precinct.execute(
            f"SELECT {_CLAIM_COLUMNS} FROM claim {where} ORDER BY filed_at DESC, number DESC", args
        ).fetchall()
        return [self._claim(r) for r in rows]

    def attachment_data(self, session: Session, attachment_id: int) -> bytes:
        """The bytes of one attachment (confidential: audited as a view)."""
        authorize(self._ctx, session, Action.VOTER_VIEW_CONFIDENTIAL)
        row = self._ctx.precinct.execute(
            "SELECT claim, data FROM claim_attachment WHERE id = ?", (attachment_id,)
        ).fetchone()
        if row is None:
            raise AppError(Reason.MALFORMED, defect=Defect.UNKNOWN_ATTACHMENT, number=attachment_id)
        self._ctx.audit.append(session.actor, AuditAction.VIEW_CONFIDENTIAL, obj=str(row[0]),
                               details={"what": "attachment", "id": attachment_id})  # fmt: skip
        return bytes(row[1])

    # ---- the calendar --------------------------------------------------------------------
    def calendar(self) -> ElectionCalendar:
        return ElectionCalendar.from_meta(self._ctx.meta)

    def stage(self) -> Stage:
        """Where the precinct stands in the R-CAL-1 calendar today (Bishkek), for the dashboard."""
        return self.calendar().stage(local_date(self._ctx.clock.now()))

    # ---- after the decision --------------------------------------------------------------
    def mark_informed(self, session: Session, number: str, how: str) -> Claim:
        """The voter has been told the TEC's decision (R-CLM-5): the last status, audited."""
        ctx = self._ctx
        authorize(ctx, session, Action.CLAIM_INTAKE)
        if how not in INFORM_WAYS:
            raise AppError(Reason.USAGE, defect=Defect.NOT_ONE_OF, allowed=tuple(AnswerChannel(w) for w in INFORM_WAYS))
        claim = self.get(number)
        if claim.status != "decided":
            raise AppError(Reason.MALFORMED, defect=Defect.NOT_DECIDED, claim=number, status=ClaimStatus(claim.status))
        now = iso(ctx.clock.now())
        with transaction(ctx.precinct):
            ctx.precinct.execute(
                "UPDATE claim SET status = 'informed', informed_at = ?, informed_how = ?, informed_by = ?"
                " WHERE number = ? AND status = 'decided'",
                (now, how, session.login, number),
            )
            ctx.audit.append(session.actor, AuditAction.CLAIM_INFORMED, obj=number, details={"how": how})
        return self.get(number)

    def refresh_overdue(self) -> list[str]:
        """Raises one `claim-overdue` alert per claim newly past its answer date; returns their numbers."""
        ctx = self._ctx
        raised: list[str] = []
        calendar = self.calendar()
        # Only claims old enough to be late at all are loaded (a day of slack for the Bishkek date);
        # the exact rule is `state` below. A batch of 10,000 fresh claims costs one query.
        cutoff = iso(ctx.clock.now() - dt.timedelta(days=max(0, calendar.decision_days - 1)))
        candidates = ctx.precinct.execute(
            f"SELECT {_CLAIM_COLUMNS} FROM claim WHERE status IN ('received', 'sent') AND overdue_alerted = 0"
            " AND filed_at < ?",
            (cutoff,),
        ).fetchall()
        late = [s for s in (self.state(self._claim(r), calendar) for r in candidates) if s.flag is Flag.OVERDUE]
        if not late:
            return raised
        with transaction(ctx.precinct):
            for state in late:
                number = state.claim.number
                if not ctx.precinct.execute(
                    "UPDATE claim SET overdue_alerted = 1 WHERE number = ? AND overdue_alerted = 0", (number,)
                ).rowcount:
                    continue
                ctx.audit.append(ctx.system_actor(), AuditAction.ALERT_RAISED, obj=OVERDUE_RULE,
                                 details={"claim": number})  # fmt: skip
                seq, _head = ctx.audit.head()
                detail = (f"no decision {state.days_since} days after intake on {state.claim.filed_on.isoformat()};"
                          f" the answer was due {state.answer_by.isoformat()}")  # fmt: skip
                ctx.precinct.execute(
                    "INSERT INTO alert (rule, at, subject, detail, first_seq, last_seq) VALUES (?,?,?,?,?,?)",
                    (OVERDUE_RULE, iso(ctx.clock.now()), number, bound(detail, ALERT["detail"]), seq, seq),
                )
                raised.append(number)
        return raised

    # ---- receipts ------------------------------------------------------------------------
    def count_receipt(self, number: str) -> int:
        """Counts one more receipt printed for the claim; returns how many were printed before."""
        before = self.get(number).receipts
        self._ctx.precinct.execute("UPDATE claim SET receipts = receipts + 1 WHERE number = ?", (number,))
        return before


def _checked_text(pin: str, fields: dict[str, str], contact: str, institution: str) -> tuple[dict[str, str], str]:
    """The typed text of a claim held to the limits of the batch that carries it (R-SYN-1): a
    character that cannot travel is refused naming its field, and the corrections must fit the
    claim record as stored (JSON). Returns the corrections and their stored form."""
    check_text(pin, "pin", bounds.PIN)
    if not contact.strip():
        raise AppError(Reason.MALFORMED, field="contact", detail="the voter's contact for the answer is required")
    check_text(contact.strip(), "contact", CLAIM["contact"])
    check_text(institution.strip(), "institution", CLAIM["institution"])
    unknown = sorted(bound(name, 40) for name in set(fields) - set(CORRECTABLE))
    if unknown:
        raise AppError(
            Reason.MALFORMED, field="fields", detail=f"fields that cannot be corrected: {', '.join(unknown)}"
        )
    fields = {name: check_text(value.strip(), name, bounds.TEXT) for name, value in fields.items()}
    stored = json.dumps(fields, ensure_ascii=False, sort_keys=True)
    if len(stored) > CLAIM["fields"]:
        raise AppError(Reason.MALFORMED, field="fields", detail=f"the corrections take {len(stored)} characters"
                       f" together once stored, at most {CLAIM['fields']}: shorten them")  # fmt: skip
    return fields, stored


def _check_type_details(
    claim_type: str, fields: dict[str, str], institution: str, contact_check: str, attachments: Sequence[Attachment]
) -> None:
    if claim_type == "correction" and not any(fields.values()):
        raise AppError(Reason.MALFORMED, detail="a correction claim names at least one field to correct")
    if claim_type == "address" and not fields.get("address"):
        raise AppError(Reason.MALFORMED, detail="an address claim gives the new address (address=...)")
    if claim_type in UNLISTED_TYPES and not fields.get("last_name"):
        raise AppError(Reason.MALFORMED, detail="give the voter's name as on the passport (last_name=...)")
    if claim_type == "institution":
        if not institution or len(institution) > 200:
            raise AppError(Reason.MALFORMED, detail="a form from an institution needs the institution's name")
    elif institution:
        raise AppError(Reason.MALFORMED, detail="an institution is given only with a form from an institution")
    if claim_type == "disability":
        if contact_check not in CONTACT_CHECKS:
            raise AppError(Reason.MALFORMED, detail="record the contact-centre check: A (another list) or B (no list)")
        if not attachments:
            raise AppError(Reason.MALFORMED, detail="attach the copy of the passport (R-CLM-7)")
    elif contact_check:
        raise AppError(Reason.MALFORMED, detail="the contact-centre check belongs to a disability claim")
    if len(attachments) > MAX_ATTACHMENTS:
        raise AppError(Reason.TOO_LARGE, detail=f"{len(attachments)} attachments, at most {MAX_ATTACHMENTS}")


def _check_voter(claim_type: str, pin: str, voter: Voter | None) -> None:
    if voter is None and claim_type in BLOCKING_TYPES:
        raise AppError(Reason.MALFORMED, detail="no voter with this PIN on the list")
    if voter is not None and claim_type in UNLISTED_TYPES and voter.status is not VoterStatus.REMOVED:
        raise AppError(Reason.MALFORMED, detail="this voter is on the list: file a correction or address claim")
    if voter is None and (len(pin) != 14 or not pin.isdigit() or pin_problems(pin, None, None)):
        raise AppError(Reason.MALFORMED, detail="the PIN is not a valid 14-digit personal number")
