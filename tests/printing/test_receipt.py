"""The claim receipt ticket, read back from the PDF (R-CLM-2, R-CLM-3, R-CLM-5, R-CLM-6, R-CLM-10,
R-DATA-3) and its QR code decoded from the rendered page and verified with the device key."""

from __future__ import annotations

import dataclasses
import io
import re

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.printing.base import Footer
from app.printing.receipt import ReceiptData, render_receipt
from app.printing.verification import check_receipt_code, compact, parse_qr_payload, receipt_code
from tests.conftest import PLANTED
from tests.printing.conftest import pdf_pages, qr_codes

NUMBER = "1001-2026-000042"
FILED = "2026-09-01T09:15:00Z"
POINTS = (
    ("Калкка тейлөө борбору №1", "Бишкек ш., Чүй пр. 100", "+996 312 000 001"),
    ("Калкка тейлөө борбору №2", "Бишкек ш., Манас пр. 5", ""),
)


def receipt(key: Ed25519PrivateKey, **changes: object) -> ReceiptData:
    data = ReceiptData(
        number=NUMBER,
        filed_at=FILED,
        claim_type="correction",
        precinct="1001",
        place="PEC",
        member_name="Өмүрбекова Гүлнара",
        voter_name=f"{PLANTED.last_name} {PLANTED.first_name} Жаңылбековна",
        requested={"last_name": "Үсөнова", "patronymic": "ЖАҢЫЛБЕКОВНА"},  # as written, in capitals
        contact="+996 555 123 456",
        answer_by="2026-09-08",
        hotline="1233",
        verification=receipt_code(key, NUMBER, FILED, "1001"),
    )
    return dataclasses.replace(data, **changes)


def rendered(data: ReceiptData, footer: Footer, lang: str = "ky") -> tuple[int, bytes]:
    out = io.BytesIO()
    pages = render_receipt(data, out, lang=lang, footer=footer)
    return pages, out.getvalue()


def test_kyrgyz_receipt_reads_back_with_both_parts(device_key: Ed25519PrivateKey, footer: Footer) -> None:
    """R-CLM-2 (receipt says how to learn the status), R-CLM-3 (date, time, place), R-CLM-10."""
    data = receipt(device_key)
    pages, pdf = rendered(data, footer)
    assert pages == 1
    text = pdf_pages(pdf)[0]
    assert "Ң" in text and "Ө" in text and "Ү" in text and "ң" in text and "ө" in text and "ү" in text
    assert text.count(NUMBER) == 2  # the voter's tear-off and the commission's copy
    assert "Арыз ээсинин нускасы" in text and "Комиссиянын нускасы" in text and "кесүү сызыгы" in text
    assert "01.09.2026 15:15 (UTC+6)" in text  # Bishkek time of intake
    assert "Тизмедеги шайлоочунун маалыматындагы ката" in text  # type in words (app.catalogue)
    assert "УШК, №1001 участок" in text and "Өмүрбекова Гүлнара" in text
    assert "Фамилиясы: Үсөнова" in text and "+996 555 123 456" in text
    assert "08.09.2026 чейин" in text  # what happens next, and by when (R-CLM-5)
    assert "«Шайлоочунун кабинети»" in text and "ишеним телефону: 1233" in text
    assert "бөгөттөлөт" in text  # blocked while checked (R-CLM-4), said in plain words
    assert "паспорт" in text  # the document needed (R-CLM-10)
    assert compact(data.verification) in compact(text)
    assert "ДУБЛИКАТ" not in text
    assert re.search(r"Басып чыгарган: Өмүрбекова Гүлнара \(катчы\)\s+Убакыты: 01\.09\.2026 15:16 \(UTC\+6\)", text)
    assert "Барак 1/1" in text


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("ru", ("ТАЛОН О ПРИЁМЕ ЗАЯВЛЕНИЯ", "Экземпляр заявителя", "«Кабинет избирателя»", "не позднее 08.09.2026",
                "Страница 1/1", "УИК, участок №1001", "Ошибка в данных избирателя из списка")),
        ("en", ("CLAIM RECEIPT", "Voter's copy", "Voter's cabinet", "by 2026-09-08", "Page 1/1",
                "PEC, precinct No. 1001", "2026-09-01 15:15 (UTC+6)")),
    ],
)  # fmt: skip
def test_russian_and_english_on_request(
    device_key: Ed25519PrivateKey, footer: Footer, lang: str, expected: tuple[str, ...]
) -> None:
    text = pdf_pages(rendered(receipt(device_key), footer, lang)[1])[0]
    for phrase in expected:
        assert phrase in text
    assert "Үсөнова" in text  # the voter's own words stay as given


def test_reprint_is_marked_duplicate_with_the_same_code(device_key: Ed25519PrivateKey, footer: Footer) -> None:
    original = receipt(device_key)
    again = receipt(device_key, verification=receipt_code(device_key, NUMBER, FILED, "1001"), duplicate=True)
    assert again.verification == original.verification  # Ed25519 is deterministic
    ky = pdf_pages(rendered(again, footer)[1])[0]
    assert ky.count("ДУБЛИКАТ / КАЙТАЛАНМА") >= 3  # both parts and across the page
    assert "ДУБЛИКАТ" in pdf_pages(rendered(again, footer, "ru")[1])[0]
    assert "DUPLICATE" in pdf_pages(rendered(again, footer, "en")[1])[0]


def test_no_confidential_field_on_the_receipt(device_key: Ed25519PrivateKey, footer: Footer) -> None:
    """R-DATA-3: only what the voter gave and public fields; the planted voter's PIN, birth date
    and address never appear, and the data class has nowhere to put them."""
    names = {f.name for f in dataclasses.fields(ReceiptData)}
    assert not names & {"pin", "birth_date", "address", "sex"}
    for lang in ("ky", "ru", "en"):
        text = pdf_pages(rendered(receipt(device_key, claim_type="missing"), footer, lang)[1])[0]
        flat = text.replace(" ", "")
        assert PLANTED.last_name in text
        assert PLANTED.pin not in flat
        assert PLANTED.birth_date not in flat and "15.03.1990" not in flat
        assert PLANTED.address.replace(" ", "") not in flat and "Маркер" not in flat
    with pytest.raises(ValueError, match="R-DATA-3"):
        render_receipt(receipt(device_key, requested={"pin": PLANTED.pin}), io.BytesIO(), footer=footer)


def test_missing_voter_gets_the_procedure_and_registration_points(
    device_key: Ed25519PrivateKey, footer: Footer
) -> None:
    """R-CLM-6: how to get included and the nearest biometric registration points."""
    data = receipt(device_key, claim_type="missing", requested={}, registration_points=POINTS)
    pages, pdf = rendered(data, footer)
    text = " ".join(pdf_pages(pdf))
    assert "Шайлоочу тизмеде жок" in text
    assert "биометрикалык каттоодон өтүңүз" in text and "Жакынкы биометрикалык каттоо пункттары" in text
    for name, address, _ in POINTS:
        assert name in text and address in text
    assert "+996 312 000 001" in text
    ru = " ".join(pdf_pages(rendered(data, footer, "ru")[1]))
    assert "пройдите биометрическую регистрацию" in ru and "Ближайшие пункты биометрической регистрации" in ru
    many = dataclasses.replace(data, registration_points=POINTS * 12)
    pages, pdf = rendered(many, footer)
    assert pages == 2  # the commission's copy moves to its own page, whole
    texts = pdf_pages(pdf)
    assert "Барак 1/2" in texts[0] and "Барак 2/2" in texts[1] and "Комиссиянын нускасы" in texts[1]


@pytest.mark.parametrize("claim_type", ["address", "disability", "institution"])
def test_every_claim_type_says_what_happens_next(
    device_key: Ed25519PrivateKey, footer: Footer, claim_type: str
) -> None:
    """R-CLM-10 (and R-CLM-7's contact-centre check for a voter with a disability)."""
    text = pdf_pages(rendered(receipt(device_key, claim_type=claim_type), footer)[1])[0]
    expected = {"address": "жаңы участоктун", "disability": "байланыш борбору", "institution": "Мекеме жетекчисинин"}
    assert expected[claim_type] in text


def test_qr_code_decodes_from_the_page_and_verifies(device_key: Ed25519PrivateKey, footer: Footer) -> None:
    """The QR is read from the rendered page (pypdfium2 + zxing-cpp), as a TEC scanner would."""
    data = receipt(device_key)
    codes = qr_codes(rendered(data, footer)[1])
    assert len(codes) == 2 and codes[0] == codes[1]  # one on each part
    payload = parse_qr_payload(codes[0])
    assert payload.number == NUMBER and payload.filed_at == FILED
    assert payload.code == compact(data.verification)
    public = device_key.public_key()
    assert check_receipt_code(public, payload.number, payload.filed_at, "1001", payload.code)
    assert not check_receipt_code(Ed25519PrivateKey.generate().public_key(), NUMBER, FILED, "1001", payload.code)


def test_qr_decodes_for_many_claims(device_key: Ed25519PrivateKey, footer: Footer) -> None:
    """The fixed QR mask (receipt.qr_matrix) reads back for different signatures."""
    for sequence in range(1, 7):
        number = f"1001-2026-{sequence:06d}"
        data = receipt(device_key, number=number, verification=receipt_code(device_key, number, FILED, "1001"))
        codes = qr_codes(rendered(data, footer)[1], scale=2)
        assert len(codes) == 2
        assert check_receipt_code(device_key.public_key(), number, FILED, "1001", parse_qr_payload(codes[0]).code)


def test_receipt_refuses_bad_input(device_key: Ed25519PrivateKey, footer: Footer) -> None:
    for changes in ({"claim_type": "other"}, {"place": "CEC"}, {"number": ""}, {"number": "1|2"}):
        with pytest.raises(ValueError):
            render_receipt(receipt(device_key, **changes), io.BytesIO(), footer=footer)
    with pytest.raises(ValueError, match="language"):
        render_receipt(receipt(device_key), io.BytesIO(), lang="de", footer=footer)
