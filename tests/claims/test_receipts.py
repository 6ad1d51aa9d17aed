"""The receipt written by the claim service (R-CLM-2, R-CLM-6, R-CLM-10, R-DATA-3): read back with
a PDF text extractor; the verification code is the device key's; a reprint is a DUPLICATE;
every print audited with what and how many pages."""

from __future__ import annotations

import io
import json

import pypdf

from app.printing.verification import check_receipt_code
from app.security.audit import AuditAction
from app.services.claims import ClaimService
from app.services.receipts import ReceiptService
from tests.claims.conftest import UNLISTED_PIN, file_claim
from tests.conftest import PLANTED
from tests.exchange.conftest import Exchange


def _text(data: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(data)).pages)


def test_receipt_of_a_missing_voter_with_points_code_and_duplicate(exchange: Exchange) -> None:
    ctx = exchange.ctx
    member = exchange.desk.ready_session("member1")
    number = file_claim(ctx, member, claim_type="missing")
    service = ReceiptService(ctx)
    first = io.BytesIO()
    printed = service.write(member, number, first)
    text = _text(first.getvalue())
    assert number in text and "Өмүрбекова Үмүт" in text
    assert printed.answer_by == "2026-09-08" and "08.09.2026" in text
    assert "Бишкек шаардык каттоо бөлүмү" in text  # R-CLM-6: the registration points from the package
    assert ctx.meta.get("hotline") in text
    assert UNLISTED_PIN not in text  # R-DATA-3
    claim = ClaimService(ctx).get(number)
    assert check_receipt_code(ctx.device_public_key, number, claim.filed_at, "1001", printed.verification)
    assert not printed.duplicate and "ДУБЛИКАТ" not in text

    again = io.BytesIO()
    reprint = service.write(member, number, again, lang="ru")
    assert reprint.duplicate and reprint.verification == printed.verification
    assert number in _text(again.getvalue())
    prints = [json.loads(e.details) for e in ctx.audit.events(after=0) if e.action == AuditAction.PRINT]
    assert [(p["what"], p["duplicate"], p["pages"] >= 1) for p in prints] == [("receipt", False, True),
                                                                             ("receipt", True, True)]  # fmt: skip
    assert ClaimService(ctx).get(number).receipts == 2


def test_a_correction_receipt_lists_no_registration_points_and_no_pin(exchange: Exchange) -> None:
    ctx = exchange.ctx
    member = exchange.desk.ready_session("member1")
    number = file_claim(ctx, member, fields={"first_name": "Айгерим"})
    out = io.BytesIO()
    ReceiptService(ctx).write(member, number, out, lang="en")
    text = _text(out.getvalue())
    assert number in text and "Тестова Айзада" in text and "Айгерим" in text
    assert PLANTED.pin not in text and PLANTED.birth_date not in text
    assert "Бишкек шаардык каттоо бөлүмү" not in text
