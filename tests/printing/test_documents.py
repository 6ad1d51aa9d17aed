"""The other printed documents: answer letter (R-CLM-5), subject access extract and refusal
(R-CLM-9, R-SEC-9), destruction notice (R-CLM-4); plus the font (Ң Ө Ү) and the footers."""

from __future__ import annotations

import dataclasses
import io

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.paths import resources_dir
from app.printing.answer_letter import AnswerData, render_answer_letter
from app.printing.base import FONT, FONT_BOLD, Footer, register_fonts
from app.printing.destruction_notice import DestructionData, render_destruction_notice
from app.printing.subject_access import (
    AccessSection,
    RefusalData,
    SubjectAccessData,
    render_access_refusal,
    render_subject_access,
)
from tests.conftest import PLANTED
from tests.printing.conftest import pdf_pages

NAME = f"{PLANTED.last_name} {PLANTED.first_name}"


def text_of(render: object, data: object, footer: Footer, lang: str = "ky") -> tuple[int, str]:
    out = io.BytesIO()
    pages = render(data, out, lang=lang, footer=footer)  # type: ignore[operator]
    return pages, " ".join(pdf_pages(out.getvalue()))


def test_shipped_font_has_kyrgyz_letters_and_its_license() -> None:
    register_fonts()
    register_fonts()  # once is enough; twice is harmless
    for name in (FONT, FONT_BOLD):
        font = pdfmetrics.getFont(name)
        assert isinstance(font, TTFont)
        assert {ord(c) for c in "ҢңӨөҮүЁё"} <= set(font.face.charToGlyph)
    assert (resources_dir() / "fonts" / "LICENSE-DejaVu.txt").read_text(encoding="utf-8").count("Bitstream") > 3


ANSWER = AnswerData(
    number="1001-2026-000042",
    filed_at="2026-09-01T09:15:00Z",
    claim_type="correction",
    precinct="1001",
    voter_name=NAME,
    contact="+996 555 123 456",
    decision="accepted",
    decided_on="2026-09-05",
    decided_by="Ленин районунун АШК",
    corrections={"last_name": "Үсөнова", "patronymic": "Жаңылбековна"},
    signer_name="Өмүрбекова Гүлнара",
    hotline="1233",
)


def test_answer_letter_accepted_and_rejected(footer: Footer) -> None:
    """R-CLM-5: the TEC's answer, on paper, to the contact in the claim."""
    pages, text = text_of(render_answer_letter, ANSWER, footer)
    assert pages == 1 and "АРЫЗГА ЖООП" in text and f"Урматтуу {NAME}!" in text
    assert "1001-2026-000042" in text and "01.09.2026 15:15 (UTC+6)" in text and "05.09.2026" in text
    assert "Чечим: канааттандырылды." in text and "Фамилиясы Үсөнова" in text and "Жаңылбековна" in text
    assert "Ленин районунун АШК тарабынан" in text
    assert "Барак 1/1" in text and PLANTED.pin not in text
    rejected = dataclasses.replace(ANSWER, decision="rejected", corrections={}, reason="Маалыматтар туура.")
    _, text = text_of(render_answer_letter, rejected, footer, "ru")
    assert "Решение: отказано." in text and "Причина: Маалыматтар туура." in text
    assert "обжаловать" in text and "Страница 1/1" in text
    with pytest.raises(ValueError, match="reason"):
        render_answer_letter(dataclasses.replace(rejected, reason=" "), io.BytesIO(), footer=footer)
    with pytest.raises(ValueError, match="PIN"):
        render_answer_letter(dataclasses.replace(ANSWER, corrections={"pin": "1"}), io.BytesIO(), footer=footer)


ACCESS = SubjectAccessData(
    request_number="SAR-1001-2026-0003",
    received_on="2026-09-02",
    answer_by="2026-09-09",
    precinct="1001",
    voter_name=NAME,
    sections=(
        AccessSection(
            "record",
            (
                ("pin", PLANTED.pin),
                ("last_name", PLANTED.last_name),
                ("first_name", PLANTED.first_name),
                ("birth_date", PLANTED.birth_date),
                ("address", PLANTED.address),
                ("precinct", PLANTED.precinct),
            ),
        ),
        AccessSection("claims", (("1001-2026-000042", "Ката, 01.09.2026, АШКга жөнөтүлдү"),)),
        AccessSection("attachments", ()),
    ),
    approved_by="Таңатаров Үсөн (төрага)",
    signer_name="Өмүрбекова Гүлнара",
)


def test_subject_access_prints_the_confidential_fields_with_an_approval(footer: Footer) -> None:
    """R-CLM-9: all data held about one voter; R-SEC-9: confidential print needs an approval."""
    pages, text = text_of(render_subject_access, ACCESS, footer)
    assert pages == 1
    assert PLANTED.pin in text and "15.03.1990" in text and PLANTED.address in text  # the date as read in ky
    assert "ПИН" in text and "Туулган күнү" in text and "Шайлоочулардын тизмесиндеги жазуу" in text
    assert "Арыздар" in text and "1001-2026-000042" in text
    assert "КУПУЯ" in text and "Таңатаров Үсөн (төрага)" in text and "09.09.2026" in text
    assert "Барак 1/1" in text
    _, ru = text_of(render_subject_access, ACCESS, footer, "ru")
    assert "КОНФИДЕНЦИАЛЬНО" in ru and "Дата рождения" in ru and "Страница 1/1" in ru
    with pytest.raises(PermissionError, match="R-SEC-9"):
        render_subject_access(dataclasses.replace(ACCESS, approved_by=""), io.BytesIO(), footer=footer)


def test_a_long_extract_is_confidential_on_every_page(footer: Footer) -> None:
    history = AccessSection("processing", tuple((f"2026-09-{d:02d}", "Көрүлдү") for d in range(1, 29)) * 4)
    out = io.BytesIO()
    pages = render_subject_access(dataclasses.replace(ACCESS, sections=(*ACCESS.sections, history)), out, footer=footer)
    texts = pdf_pages(out.getvalue())
    assert pages == len(texts) >= 2
    for number, page in enumerate(texts, 1):
        assert "КУПУЯ" in page and f"Барак {number}/{pages}" in page


def test_refusal_template_and_reasoned_refusal(footer: Footer) -> None:
    """R-CLM-9: a reasoned written refusal within the same week; blank lines when no reason yet."""
    template = RefusalData("SAR-1001-2026-0004", "2026-09-02", "2026-09-09", "1001", NAME)
    pages, text = text_of(render_access_refusal, template, footer)
    assert pages == 1 and "ЖҮЙӨЛҮҮ БАШ ТАРТУУ" in text and "Баш тартуунун себеби:" in text and "Барак 1/1" in text
    assert PLANTED.pin not in text
    reasoned = dataclasses.replace(template, reason="Арыз ээсинин инсандыгы тастыкталган жок.", legal_basis="Мыйзам")
    _, text = text_of(render_access_refusal, reasoned, footer, "en")
    assert "REASONED REFUSAL" in text and "Арыз ээсинин инсандыгы тастыкталган жок." in text
    assert "Legal basis: Мыйзам" in text and "Page 1/1" in text


def test_destruction_notice_names_categories_never_values(footer: Footer) -> None:
    """R-CLM-4: data collected unlawfully is destroyed and the voter notified."""
    notice = DestructionData(
        number="1001-2026-000042",
        precinct="1001",
        voter_name=NAME,
        contact="+996 555 123 456",
        decided_by="Ленин районунун АШК",
        decided_on="2026-09-05",
        destroyed_at="2026-09-06T04:30:00Z",
        categories=("birth_date", "address", "Паспорттун көчүрмөсү"),
        signer_name="Өмүрбекова Гүлнара",
    )
    pages, text = text_of(render_destruction_notice, notice, footer)
    assert pages == 1 and "ЖОК КЫЛЫНГАНДЫГЫ ЖӨНҮНДӨ БИЛДИРҮҮ" in text
    assert "06.09.2026 10:30 (UTC+6)" in text and "Туулган күнү" in text and "Паспорттун көчүрмөсү" in text
    assert PLANTED.birth_date not in text and PLANTED.address not in text and "Барак 1/1" in text
    _, ru = text_of(render_destruction_notice, notice, footer, "ru")
    assert "УВЕДОМЛЕНИЕ ОБ УНИЧТОЖЕНИИ" in ru and "Дата рождения" in ru and "Страница 1/1" in ru
