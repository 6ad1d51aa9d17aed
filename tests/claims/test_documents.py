"""The other printed documents through their service: list for posting (R-CAL-1, R-DATA-3), the
answer letter (R-CLM-5), the subject-access extract with a second person's approval (R-CLM-9,
R-SEC-9) and its reasoned refusal; every print audited with what and how many pages."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from app.errors import AppError, Reason
from app.services.claims import ClaimService
from app.services.documents import DocumentService
from app.services.sync_export import BatchExport
from app.services.sync_import import EnvelopeImport
from tests.conftest import PLANTED, STRONG, Precinct
from tests.exchange.conftest import Exchange


def text_of(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def _prints(precinct: Precinct) -> list[str]:
    return [e.details for e in precinct.ctx.audit.events() if e.action == "data.print"]


def test_posting_list_holds_names_only_in_kyrgyz_order(precinct: Precinct) -> None:
    """R-CAL-1, R-DATA-3: full names and the precinct; no PIN, birth date or address; audited."""
    secretary = precinct.ready_session("secretary")
    out = io.BytesIO()
    pages = DocumentService(precinct.ctx).posting_list(secretary, out)
    text = text_of(out.getvalue())
    assert pages >= 2 and "Тестова Айзада" in text
    assert PLANTED.pin not in text and PLANTED.address not in text and "1990-03-15" not in text
    assert any('"posting-list"' in d for d in _prints(precinct))
    with pytest.raises(AppError) as refused:
        DocumentService(precinct.ctx).posting_list(precinct.ready_session("member1"), io.BytesIO())
    assert refused.value.reason is Reason.NOT_PERMITTED


def test_subject_access_needs_a_second_persons_password(precinct: Precinct) -> None:
    """R-CLM-9, R-SEC-9: confidential fields are printed only when the chair approves with their
    own password; not by oneself, not by a member, not with a wrong password."""
    ctx = precinct.ctx
    secretary = precinct.ready_session("secretary")
    precinct.ready_session("chair")
    precinct.ready_session("member2")
    docs = DocumentService(ctx)
    for approver, password, reason in (
        ("secretary", STRONG, Reason.NOT_PERMITTED),
        ("member2", STRONG, Reason.NOT_PERMITTED),
        ("chair", "wrong-Password-1", Reason.WRONG_PASSWORD),
    ):
        with pytest.raises(AppError) as refused:
            docs.subject_access(secretary, PLANTED.pin, io.BytesIO(), approver=approver, approver_password=password)
        assert refused.value.reason is reason, approver
    assert not any('"subject-access"' in d for d in _prints(precinct))
    out = io.BytesIO()
    docs.subject_access(secretary, PLANTED.pin, out, approver="chair", approver_password=STRONG)
    text = text_of(out.getvalue())
    assert PLANTED.pin in text and "Асанова Гүлнара" in text  # the data, and who approved
    assert any('"subject-access"' in d and '"approver":"chair"' in d for d in _prints(precinct))
    assert "data.print-approved" in [e.action for e in ctx.audit.events()]
    refusal = io.BytesIO()
    docs.access_refusal(secretary, "Тестова Айзада", refusal, reason="Өтүнүчтө инсандыгы тастыкталган эмес")
    assert "тастыкталган эмес" in text_of(refusal.getvalue())


def test_answer_letter_after_the_decision(exchange: Exchange) -> None:
    """R-CLM-5: the answer goes to the contact in the claim, with the decision; not before it."""
    ctx, central = exchange.ctx, exchange.central
    member = exchange.desk.ready_session("member1")
    fields = {"first_name": "Айгерим"}
    contact = "Бишкек ш., Токтогул 1"
    number = ClaimService(ctx).file(member, claim_type="correction", pin=PLANTED.pin, fields=fields,
                                    contact=contact, passport_checked=True, identified=True)  # fmt: skip
    docs = DocumentService(ctx)
    with pytest.raises(AppError):
        docs.answer_letter(member, number, io.BytesIO())
    secretary = exchange.desk.ready_session("secretary")
    central.ingest(exchange.upbox / BatchExport(ctx, secretary).export(exchange.upbox).file_name)
    central.decide(number, True, "паспорт боюнча оңдолду")
    exchange.clock.advance(600)
    EnvelopeImport(ctx, secretary).apply(central.issue_update("1001", None, exchange.outbox).path)
    out = io.BytesIO()
    assert docs.answer_letter(member, number, out) >= 1
    text = text_of(out.getvalue())
    assert number in text and "Токтогул 1" in text and "Айгерим" in text
    assert PLANTED.pin not in text
