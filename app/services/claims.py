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
from collections.abc import Sequence
from dataclasses import dataclass

from app.clock import iso
from app.errors import AppError, Defect, Part, Reason
from app.models import vocabulary
from app.models.alerts import AlertRepository
from app.models.bounds import ALERT, bound
from app.models.calendar import ElectionCalendar, Stage, local_date
from app.models.claim_fields import ClaimForm, check_claim
from app.models.claims import Claim, ClaimEvent, ClaimRepository, NewClaim
from app.models.db import transaction
from app.models.field_rules import Days
from app.models.fields import FieldProblem, Problem, raise_problems
from app.models.positions import next_claim_number
from app.models.records import CLAIM_TYPES, Voter, VoterStatus
from app.models.vocabulary import AnswerChannel, ClaimStatus, ClaimType, ContactCheck, Field, Place, values
from app.models.voter_changes import VoterChangeRepository
from app.security.audit import AuditAction
from app.security.permissions import Action
from app.security.session import Session
from app.services.claim_attachments import (
    MAX_ATTACHMENT_BYTES,
    Attachment,
    check_attachment,
    read_attachment,
    safe_name,
)
from app.services.guard import authorize
from app.services.ports import PrecinctStore

# The vocabulary's values as the CLI's choices name them (app/models/vocabulary.py defines each once).
BLOCKING_TYPES = tuple(t.value for t in ClaimType if t.blocking)
UNLISTED_TYPES = tuple(t.value for t in ClaimType if t.unlisted)  # about someone not on this precinct's list
CORRECTABLE = tuple(f.value for f in vocabulary.CORRECTABLE)
CONTACT_CHECKS = values(ContactCheck)  # R-CLM-7: A in another precinct's list, B in no list
PLACES = values(Place)
INFORM_WAYS = values(AnswerChannel)
STATUSES = values(ClaimStatus)

MAX_ATTACHMENTS = 10
OVERDUE_RULE = "claim-overdue"


class Flag(enum.StrEnum):
    """How close an undecided claim is to its answer date (R-CLM-5)."""

    NONE = ""
    DUE_SOON = "due-soon"
    OVERDUE = "overdue"


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


class ClaimService:
    def __init__(self, ctx: PrecinctStore) -> None:
        self._ctx = ctx

    @property
    def _rows(self) -> ClaimRepository:
        return ClaimRepository(self._ctx.precinct)

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
            except KeyError:
                raise_problems([FieldProblem(Field.PIN, Problem.NOT_ON_LIST)])
        calendar = self.calendar()
        today = local_date(ctx.clock.now())
        if claim_type in CLAIM_TYPES and not calendar.claim_open(claim_type, today):
            raise AppError(Reason.DEADLINE_PASSED, date=calendar.claim_deadline(claim_type).isoformat())
        voter = ctx.voters.find_pin(pin.strip()) if pin.strip().isascii() and pin.strip().isdigit() else None
        form = ClaimForm(claim_type, pin, fields, contact, passport_checked, identified, place, institution,
                         contact_check, len(attachments))  # fmt: skip
        checked = check_claim(form, Days(today, calendar.voting_day), voter.status if voter else None)
        pin, fields, requested = checked.pin, checked.fields, checked.stored_fields
        contact, institution = checked.contact, checked.institution
        if len(attachments) > MAX_ATTACHMENTS:
            raise AppError(Reason.TOO_LARGE, defect=Defect.OVER_LIMIT, part=Part.ATTACHMENT, count=len(attachments),
                           limit=MAX_ATTACHMENTS)  # fmt: skip
        kinds = [check_attachment(a) for a in attachments]
        if voter is not None and checked.claim_type.blocking:
            require_changeable(voter)
        now = iso(ctx.clock.now())
        precinct, year = ctx.meta.get("precinct"), now[:4]
        with transaction(ctx.precinct):
            number = next_claim_number(ctx.precinct, f"{precinct}-{year}-")  # past every number issued
            self._rows.add(NewClaim(number, claim_type, pin, voter.id if voter else None, requested, contact.strip(),
                                    now, session.login, place, institution.strip(), contact_check))  # fmt: skip
            for attachment, kind in zip(attachments, kinds, strict=True):
                self._rows.attachments.add(number, safe_name(attachment.name), kind, attachment.data, at=now,
                                           by=session.login)  # fmt: skip
            details: dict[str, object] = {"type": claim_type, "place": place, "fields": sorted(fields)}
            if attachments:
                details["attachments"] = len(attachments)
            ctx.audit.append(session.actor, AuditAction.CLAIM_FILED, obj=number, details=details)
            if voter is not None and checked.claim_type.blocking and voter.status is VoterStatus.ACTIVE:
                ctx.voters.set_status(
                    voter.id, VoterStatus.BLOCKED, at=now, login=session.login, reason="claim", claim=number
                )
                VoterChangeRepository(ctx.precinct).add(
                    pin, VoterStatus.BLOCKED, "claim", number, at=now, login=session.login
                )
                ctx.audit.append(session.actor, AuditAction.VOTER_BLOCKED, obj=str(voter.id), details={"claim": number})
        return number

    # ---- reading -------------------------------------------------------------------------
    def get(self, number: str) -> Claim:
        claim = self._rows.get(number)
        if claim is None:
            raise AppError(Reason.MALFORMED, defect=Defect.UNKNOWN_CLAIM, claim=number)
        return claim

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
        states = [self.state(c, calendar) for c in self._rows.all(status)]
        return [s for s in states if s.flag is not Flag.NONE] if flagged_only else states

    def history(self, session: Session, number: str) -> list[ClaimEvent]:
        """What happened to claim `number`, oldest first: filed, the record blocked, the batch that
        carried it and its acknowledgement, the overdue alert, the decision, the record released,
        the voter informed and the batch that reported it. Dates, logins and batch numbers only
        (no personal data), so reading it is not a confidential view."""
        authorize(self._ctx, session, Action.CLAIM_INTAKE)
        self.get(number)  # an unknown number is refused, not shown as an empty history
        return self._rows.history(number)

    def overdue(self, session: Session) -> list[ClaimState]:
        """Claims without a decision past their answer date (for the dashboard), oldest first."""
        return sorted((s for s in self.states(session) if s.flag is Flag.OVERDUE), key=lambda s: s.claim.filed_at)

    def attachment_data(self, session: Session, attachment_id: int) -> bytes:
        """The bytes of one attachment (confidential: audited as a view)."""
        authorize(self._ctx, session, Action.VOTER_VIEW_CONFIDENTIAL)
        row = self._rows.attachments.data(attachment_id)
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
        if claim.status != ClaimStatus.DECIDED:
            raise AppError(Reason.MALFORMED, defect=Defect.NOT_DECIDED, claim=number, status=ClaimStatus(claim.status))
        now = iso(ctx.clock.now())
        with transaction(ctx.precinct):
            self._rows.mark_informed(number, now, how, session.login)
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
        candidates = self._rows.open_filed_before(cutoff)
        late = [s for s in (self.state(c, calendar) for c in candidates) if s.flag is Flag.OVERDUE]
        if not late:
            return raised
        with transaction(ctx.precinct):
            for state in late:
                number = state.claim.number
                if not self._rows.mark_overdue_alerted(number):
                    continue
                ctx.audit.append(ctx.system_actor(), AuditAction.ALERT_RAISED, obj=OVERDUE_RULE,
                                 details={"claim": number})  # fmt: skip
                seq, _head = ctx.audit.head()
                detail = (f"no decision {state.days_since} days after intake on {state.claim.filed_on.isoformat()};"
                          f" the answer was due {state.answer_by.isoformat()}")  # fmt: skip
                alerts = AlertRepository(ctx.precinct)
                alerts.add(OVERDUE_RULE, iso(ctx.clock.now()), number, bound(detail, ALERT["detail"]),
                           first_seq=seq, last_seq=seq)  # fmt: skip
                raised.append(number)
        return raised

    # ---- receipts ------------------------------------------------------------------------
    def count_receipt(self, number: str) -> int:
        """Counts one more receipt printed for the claim; returns how many were printed before."""
        before = self.get(number).receipts
        self._rows.count_receipt(number)
        return before


__all__ = [  # the attachments' names too, where callers have always found them
    "BLOCKING_TYPES", "CONTACT_CHECKS", "CORRECTABLE", "INFORM_WAYS", "MAX_ATTACHMENTS", "MAX_ATTACHMENT_BYTES",
    "OVERDUE_RULE", "PLACES", "STATUSES", "UNLISTED_TYPES", "Attachment", "Claim", "ClaimEvent", "ClaimService",
    "ClaimState", "Flag", "read_attachment", "require_changeable",
]  # fmt: skip
