"""Printed documents beyond the receipt (issue 5 point 6; R-CAL-1, R-CLM-4, R-CLM-5, R-CLM-9, R-SEC-9).

  posting_list       the list for posting (full name and precinct only, Kyrgyz order): chair/secretary
  answer_letter      the answer to a voter after the TEC's decision: whoever takes claims
  subject_access     everything held about one voter (R-CLM-9) — confidential fields, so a second
                     person (chair or secretary, not the one printing) approves with their password
  access_refusal     the reasoned written refusal of a subject-access request
Every print is audited with what and how many pages, and carries the footer (user, time, page x/y).
The caller decides where the bytes go (the window's print preview, or a file the person chose).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Iterator
from typing import BinaryIO

from app.clock import iso
from app.errors import AppError, Defect, Reason
from app.models.calendar import local_date
from app.models.claims import ClaimRepository
from app.models.vocabulary import ClaimStatus, ClaimType, Decision, Place, Stage
from app.printing.answer_letter import AnswerData, render_answer_letter
from app.printing.base import Footer
from app.printing.posting_list import PostingEntry, PostingListData, render_posting_list
from app.printing.subject_access import (
    AccessSection,
    HistoryEntry,
    RefusalData,
    SubjectAccessData,
    render_access_refusal,
    render_subject_access,
)
from app.security.audit import AuditAction
from app.security.permissions import Action
from app.security.session import Session
from app.services.auth import AuthService
from app.services.guard import authorize
from app.services.ports import DocumentStore

ACCESS_ANSWER_DAYS = 7  # R-CLM-9: within one week
PROGRESS_EVERY = 250  # voters between two progress reports (and cancel checks) of the posting list

Progress = Callable[[int, int], None]  # (voters done, voters in all)


class PrintCancelled(Exception):
    """The person cancelled a long print (the list for posting) before its PDF was finished:
    nothing was written to `out` and nothing was audited, so cancelling is always safe."""


class DocumentService:
    def __init__(self, ctx: DocumentStore) -> None:
        self._ctx = ctx

    def _footer(self, session: Session) -> Footer:
        return Footer(user=session.full_name, printed_at=iso(self._ctx.clock.now()), role=session.role)

    def _printed(self, session: Session, what: str, obj: str, pages: int, **details: object) -> None:
        self._ctx.audit.append(session.actor, AuditAction.PRINT, obj=obj, details={"what": what, "pages": pages,
                                                                                  **details})  # fmt: skip

    def posting_list(
        self, session: Session, out: BinaryIO, *, stage: str = Stage.PRELIMINARY, lang: str = "ky",
        progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
    ) -> int:  # fmt: skip
        """R-CAL-1: the list for posting, every listed voter (not removed) by full name, Kyrgyz order.
        `progress(done, total)` hears of the voters laid out; when `cancelled()` turns true (a
        threading.Event's `is_set` will do) PrintCancelled is raised before anything is written."""
        ctx = self._ctx
        authorize(ctx, session, Action.POSTING_LIST_PRINT)
        posted_on = local_date(ctx.clock.now()).isoformat()
        data = PostingListData(ctx.meta.get("precinct"), posted_on, Stage(stage))
        entries = self._entries(progress or (lambda done, total: None), cancelled or (lambda: False))
        buffer = io.BytesIO()
        pages = render_posting_list(data, entries, buffer, lang=lang, footer=self._footer(session),
                                    presorted=True)  # fmt: skip
        if cancelled is not None and cancelled():
            raise PrintCancelled
        out.write(buffer.getvalue())
        self._printed(session, "posting-list", data.precinct, pages, stage=stage, lang=lang)
        return pages

    def _entries(self, progress: Progress, cancelled: Callable[[], bool]) -> Iterator[PostingEntry]:
        total = self._ctx.voters.count()
        progress(0, total)
        done = 0
        for last, first, patronymic in self._ctx.voters.listed_names():
            yield PostingEntry(last, first, patronymic)
            done += 1
            if done % PROGRESS_EVERY == 0:
                if cancelled():
                    raise PrintCancelled
                progress(done, total)
        progress(done, total)

    def answer_letter(self, session: Session, number: str, out: BinaryIO, *, lang: str = "ky") -> int:
        """R-CLM-5: the answer to the voter, to the contact in the claim, after the TEC decided."""
        ctx = self._ctx
        authorize(ctx, session, Action.CLAIM_INTAKE)
        facts = ClaimRepository(ctx.precinct).answer_facts(number)
        if facts is None or not facts.decision:
            raise AppError(Reason.MALFORMED, defect=Defect.NO_DECISION_YET, claim=number)
        filed_at, kind, contact, requested = facts.filed_at, facts.type, facts.contact, facts.fields
        decision, reason, decided_at = facts.decision, facts.decision_reason, facts.decided_at
        name = facts.destroyed_name or self._name(facts.voter_id, requested)
        corrections = {k: v for k, v in requested.items() if k != "pin"} if decision == Decision.ACCEPTED else {}
        data = AnswerData(
            number=number, filed_at=filed_at, claim_type=ClaimType(kind), precinct=ctx.meta.get("precinct"),
            voter_name=name,
            contact=contact, decision=Decision(decision), decided_on=str(decided_at), decided_by=Place.TEC,
            reason=reason, corrections=corrections, signer_name=session.full_name, hotline=ctx.meta.get("hotline"),
        )  # fmt: skip
        buffer = io.BytesIO()
        pages = render_answer_letter(data, buffer, lang=lang, footer=self._footer(session))
        out.write(buffer.getvalue())
        self._printed(session, "answer-letter", number, pages, lang=lang)
        return pages

    def _name(self, voter_id: int | None, requested: dict[str, str]) -> str:
        if voter_id is not None:
            try:
                return self._ctx.voters.get(voter_id).full_name
            except KeyError:
                pass
        return " ".join(v for k in ("last_name", "first_name", "patronymic") if (v := requested.get(k, "")))

    def subject_access(
        self, session: Session, pin: str, out: BinaryIO, *, approver: str, approver_password: str,
        request_number: str = "", received_on: str = "", lang: str = "ky",
    ) -> int:  # fmt: skip
        """R-CLM-9 with R-SEC-9: all data held about one voter, printed only with a second
        person's approval (chair or secretary, their own password)."""
        ctx = self._ctx
        authorize(ctx, session, Action.VOTER_VIEW_CONFIDENTIAL)
        approved_by = AuthService(ctx).approve(session, approver, approver_password, Action.PRINT_APPROVE)
        voter = ctx.voters.find_pin(pin)
        if voter is None:
            raise AppError(Reason.MALFORMED, defect=Defect.UNKNOWN_VOTER)
        row = voter.row
        record = AccessSection("record", (
            ("pin", row.pin), ("last_name", row.last_name), ("first_name", row.first_name),
            ("patronymic", row.patronymic), ("birth_date", row.birth_date), ("sex", row.sex),
            ("address", row.address), ("precinct", row.precinct), ("status", voter.status.value),
        ))  # fmt: skip
        claims = tuple(
            (number, (ClaimType(kind), ClaimStatus(status), Decision(decision) if decision else "—"))
            for number, kind, status, decision in ClaimRepository(ctx.precinct).of_pin(pin)
        )
        history = tuple(HistoryEntry(at, action, change) for at, _login, action, change in ctx.voters.history(voter.id))
        received = received_on or local_date(ctx.clock.now()).isoformat()
        answer_by = (dt.date.fromisoformat(received) + dt.timedelta(days=ACCESS_ANSWER_DAYS)).isoformat()
        sections = (record, AccessSection("claims", claims))
        number = request_number or _request_number(ctx.meta.get("precinct"), received)
        data = SubjectAccessData(number, received, answer_by, ctx.meta.get("precinct"),
                                 voter.full_name, sections, approved_by, session.full_name, history)  # fmt: skip
        buffer = io.BytesIO()
        pages = render_subject_access(data, buffer, lang=lang, footer=self._footer(session))
        out.write(buffer.getvalue())
        self._printed(session, "subject-access", str(voter.id), pages, approver=approver, lang=lang)
        return pages

    def access_refusal(
        self, session: Session, voter_name: str, out: BinaryIO, *, reason: str, legal_basis: str = "",
        contact: str = "", request_number: str = "", received_on: str = "", lang: str = "ky",
    ) -> int:  # fmt: skip
        """R-CLM-9: the reasoned written refusal, within the same week."""
        ctx = self._ctx
        authorize(ctx, session, Action.CLAIM_INTAKE)
        if not reason.strip():
            raise AppError(Reason.MALFORMED, defect=Defect.REASON_REQUIRED)
        received = received_on or local_date(ctx.clock.now()).isoformat()
        answer_by = (dt.date.fromisoformat(received) + dt.timedelta(days=ACCESS_ANSWER_DAYS)).isoformat()
        number = request_number or _request_number(ctx.meta.get("precinct"), received)
        data = RefusalData(number, received, answer_by, ctx.meta.get("precinct"),
                           voter_name, contact, reason, legal_basis, session.full_name)  # fmt: skip
        buffer = io.BytesIO()
        pages = render_access_refusal(data, buffer, lang=lang, footer=self._footer(session))
        out.write(buffer.getvalue())
        self._printed(session, "access-refusal", data.request_number, pages, lang=lang)
        return pages


def _request_number(precinct: str | None, received: str) -> str:
    """A request's default number, language-neutral: the precinct and the day received (1001-20260315)."""
    return f"{precinct or '0'}-{received.replace('-', '')}"
