"""Every printed document with 300-character values, read back with positions (issue 11 point 5).

Each document — the receipt, the subject-access extract, the answer letter (accepted and
rejected), the refusal of a subject-access request, the destruction notice, the list for posting —
is rendered in ky, ru and en with a value of 300 characters (`bounds.TEXT`, the longest a name, an
address, a contact or a reason may be) in every free-text field, each with a word of 80 letters
that can only be broken between letters. The PDF is read back by pypdf with a visitor that gives
each run's position (`layout.py`), and:
- every character of every long value is on the page, in order (whitespace aside: lines may break);
- every run lies inside the margins, and no run is drawn over another;
- no internal code is printed: no Latin word in a ky or ru document but the abbreviations printed
  on Kyrgyz documents as they are (UTC, QR, ID) and the receipt's verification code; in any
  language no field key, no sex as "M"/"F", no ISO time; each planted code is shown by its
  catalogue name; every time is Bishkek time with "(UTC+6)" and dates are in the language's form.
`test_the_check_catches_*` show that the checks fail on a planted overflow and overlap.
"""

from __future__ import annotations

import enum
import io
import random
import re
from collections.abc import Callable

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from reportlab.pdfgen.canvas import Canvas

from app.catalogue import name
from app.models.bounds import TEXT
from app.models.vocabulary import (
    ClaimStatus,
    ClaimType,
    Decision,
    Field,
    Place,
    Role,
    Sex,
    SpecialCategory,
    Stage,
    VoterStatus,
)
from app.printing.answer_letter import AnswerData, render_answer_letter
from app.printing.base import FONT, MARGIN, PAGE_WIDTH, Footer, register_fonts, wrap
from app.printing.destruction_notice import DestructionData, render_destruction_notice
from app.printing.posting_list import PostingEntry, PostingListData, render_posting_list
from app.printing.receipt import ReceiptData, render_receipt
from app.printing.subject_access import (
    AccessSection,
    HistoryEntry,
    RefusalData,
    SubjectAccessData,
    render_access_refusal,
    render_subject_access,
)
from app.printing.verification import receipt_code
from tests.printing.layout import Run, body_text, footer_text, outside, overlapping, runs, squashed

LANGS = ("ky", "ru", "en")
LETTERS = "абвгдеёжзийклмнңоөпрстуүфхцчшщъыьэюяАБВГДЕЖЗИЙКЛМНҢОӨПРСТУҮФХЦЧШЩЫЭЮЯ"
ABBREVIATIONS = {"UTC", "QR", "ID"}  # printed as they are on Kyrgyz and Russian documents
NUMBER = "1001-2026-000042"
FILED = "2026-09-01T09:15:00Z"
PRINTED = "2026-09-01T09:16:00Z"
SHOWN_AT = {"ky": "01.09.2026 15:16 (UTC+6)", "ru": "01.09.2026 15:16 (UTC+6)", "en": "2026-09-01 15:16 (UTC+6)"}
BIRTH = {"ky": "15.03.1990", "ru": "15.03.1990", "en": "1990-03-15"}
DUE = {"ky": "09.09.2026", "ru": "09.09.2026", "en": "2026-09-09"}


def long_value(tag: str) -> str:
    """`tag`, Cyrillic words and one word of 80 letters: exactly `TEXT` (300) characters, unique."""
    rnd = random.Random(tag)

    def word(length: int) -> str:
        return "".join(rnd.choice(LETTERS) for _ in range(length))

    words = [tag, *(word(rnd.randint(2, 12)) for _ in range(6)), word(80)]
    while sum(len(w) + 1 for w in words) < TEXT + 20:
        words.append(word(rnd.randint(2, 12)))
    return " ".join(words)[:TEXT].rstrip() + "я" * (TEXT - len(" ".join(words)[:TEXT].rstrip()))


REQUESTED = {
    Field.LAST_NAME: long_value("Фамилиясы"),
    Field.FIRST_NAME: long_value("Аты"),
    Field.PATRONYMIC: long_value("Атасынын"),
    Field.BIRTH_DATE: "1990-03-15",
    Field.SEX: Sex.MALE.value,
    Field.ADDRESS: long_value("Дареги"),
    Field.SPECIAL_CATEGORY: SpecialCategory.MILITARY.value,
}
CODED = [Sex.MALE, SpecialCategory.MILITARY]  # planted as codes among the requested values
USER = long_value("Катчы")


class Case:
    """One document rendered: its PDF, the long values planted, the names its codes must show as."""

    def __init__(self, pdf: bytes, planted: list[str], names: list[object], skip: str = "") -> None:
        self.pdf, self.planted, self.names, self.skip = pdf, planted, names, skip


def _receipt(lang: str, footer: Footer) -> Case:
    key = Ed25519PrivateKey.generate()
    points = tuple((long_value(f"Пункт{i}"), long_value(f"Дарек{i}"), long_value(f"Телефон{i}")) for i in (1, 2))
    data = ReceiptData(
        number=NUMBER, filed_at=FILED, claim_type=ClaimType.MISSING, precinct="1001", place=Place.PEC,
        member_name=long_value("Мүчө"), voter_name=long_value("Арызчы"), requested=REQUESTED,
        contact=long_value("Байланыш"), answer_by="2026-09-08", hotline=long_value("Ишеним"),
        verification=receipt_code(key, NUMBER, FILED, "1001"), duplicate=True, registration_points=points,
    )  # fmt: skip
    out = io.BytesIO()
    render_receipt(data, out, lang=lang, footer=footer)
    planted = [data.member_name, data.voter_name, data.contact, data.hotline, *[p for t in points for p in t]]
    planted += [v for v in REQUESTED.values() if len(v) == TEXT]
    names = [ClaimType.MISSING, Place.PEC, *CODED, BIRTH[lang], SHOWN_AT[lang].replace("16", "15")]
    return Case(out.getvalue(), planted, names, skip=data.verification)


def _extract(lang: str, footer: Footer) -> Case:
    record = (
        ("pin", "11503199000123"), *((k, v) for k, v in REQUESTED.items()), ("precinct", "1001"),
        ("status", VoterStatus.BLOCKED.value),
    )  # fmt: skip
    claims = (
        (NUMBER, (ClaimType.CORRECTION, ClaimStatus.SENT, "—")),
        ("1001-2026-000043", (ClaimType.ADDRESS, ClaimStatus.DECIDED, Decision.REJECTED)),
    )
    history = (
        HistoryEntry(FILED, "status", {"status": ["active", "blocked"], "reason": "claim", "claim": NUMBER}),
        HistoryEntry("2026-09-05T10:00:00Z", "change", {"address": [long_value("Мурунку"), long_value("Жаңы")]}),
    )
    data = SubjectAccessData(
        "СА-1001-2026-0003", "2026-09-02", "2026-09-09", "1001", long_value("Ээси"),
        (AccessSection("record", record), AccessSection("claims", claims), AccessSection("attachments", ())),
        long_value("Уруксат"), long_value("Кол"), history,
    )  # fmt: skip
    out = io.BytesIO()
    render_subject_access(data, out, lang=lang, footer=footer)
    planted = [data.voter_name, data.approved_by, data.signer_name, *(v for v in REQUESTED.values() if len(v) == TEXT)]
    planted += [history[1].change["address"][0], history[1].change["address"][1]]
    names = [VoterStatus.BLOCKED, VoterStatus.ACTIVE, ClaimType.CORRECTION, ClaimStatus.SENT, ClaimType.ADDRESS,
             ClaimStatus.DECIDED, Decision.REJECTED, *CODED, BIRTH[lang], Field.SPECIAL_CATEGORY]  # fmt: skip
    return Case(out.getvalue(), planted, names)


def _answer(decision: Decision) -> Callable[[str, Footer], Case]:
    def make(lang: str, footer: Footer) -> Case:
        accepted = decision is Decision.ACCEPTED
        data = AnswerData(
            number=NUMBER, filed_at=FILED, claim_type=ClaimType.CORRECTION, precinct="1001",
            voter_name=long_value("Шайлоочу"), contact=long_value("Дарекке"), decision=decision,
            decided_on="2026-09-05", decided_by=Place.TEC, reason="" if accepted else long_value("Себеби"),
            corrections=REQUESTED if accepted else {}, signer_name=long_value("Катчынын"),
            hotline=long_value("Линия"),
        )  # fmt: skip
        out = io.BytesIO()
        render_answer_letter(data, out, lang=lang, footer=footer)
        planted = [data.voter_name, data.contact, data.signer_name, data.hotline]
        planted += [v for v in REQUESTED.values() if len(v) == TEXT] if accepted else [data.reason]
        names = [ClaimType.CORRECTION, decision, Place.TEC, *(CODED if accepted else [])]
        return Case(out.getvalue(), planted, names)

    return make


def _refusal(lang: str, footer: Footer) -> Case:
    texts = (long_value(tag) for tag in ("Суроочу", "Байланышы", "Баш тартуу", "Негизи", "Колу"))
    data = RefusalData("СА-1001-2026-0004", "2026-09-02", "2026-09-09", "1001", *texts)
    out = io.BytesIO()
    render_access_refusal(data, out, lang=lang, footer=footer)
    planted = [data.voter_name, data.contact, data.reason, data.legal_basis, data.signer_name]
    return Case(out.getvalue(), planted, [DUE[lang]])


def _destruction(lang: str, footer: Footer) -> Case:
    data = DestructionData(
        number=NUMBER, precinct="1001", voter_name=long_value("Адам"), contact=long_value("Кайда"),
        decided_by=Place.TEC, decided_on="2026-09-05", destroyed_at="2026-09-06T04:30:00Z",
        categories=(Field.BIRTH_DATE, Field.PIN, Field.SEX, long_value("Көчүрмө")), signer_name=long_value("Атынан"),
    )  # fmt: skip
    out = io.BytesIO()
    render_destruction_notice(data, out, lang=lang, footer=footer)
    planted = [data.voter_name, data.contact, data.categories[-1], data.signer_name]
    return Case(out.getvalue(), planted, [Place.TEC, Field.BIRTH_DATE, Field.PIN, Field.SEX])


def _posting(lang: str, footer: Footer) -> Case:
    long = PostingEntry(long_value("Узун"), long_value("Ысым"), long_value("Атасы"))
    entries = [long, PostingEntry("Үсөнов", "Бекжан"), PostingEntry("Асанова", "Гүлнара", "Төлөновна")]
    out = io.BytesIO()
    render_posting_list(PostingListData("1001", "2026-11-22", Stage.FINAL), entries, out, lang=lang, footer=footer)
    return Case(out.getvalue(), [long.full_name], [Stage.FINAL])


DOCUMENTS: dict[str, Callable[[str, Footer], Case]] = {
    "receipt": _receipt,
    "subject-access extract": _extract,
    "answer letter (accepted)": _answer(Decision.ACCEPTED),
    "answer letter (rejected)": _answer(Decision.REJECTED),
    "refusal of a subject-access request": _refusal,
    "destruction notice": _destruction,
    "list for posting": _posting,
}


def _codes_left(found: list[Run], lang: str, skip: str) -> list[str]:
    """What reads as an internal code in the text of a document in `lang`."""
    text = " ".join(r.text for r in found if not (skip and r.text.strip() in skip))
    problems = re.findall(r"\b[a-z]+_[a-z_]+\b|\d{4}-\d\d-\d\dT\d|\b[MF]\b|\bsysadmin\b|\bin-person\b", text)
    if lang != "en":
        problems += [w for w in re.findall(r"[A-Za-z]+", text) if w not in ABBREVIATIONS]
        problems += re.findall(r"\b\d{4}-\d\d-\d\d\b", text)  # a date in the en (ISO) form
    return problems


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("document", list(DOCUMENTS))
def test_long_values_stay_on_the_page_in_the_readers_words(document: str, lang: str) -> None:
    """Issue 11 point 5; R-CLM-3 (the receipt's date and time), R-CLM-5 (the answer), R-CLM-9 (the extract)."""
    footer = Footer(user=USER, printed_at=PRINTED, role=Role.SECRETARY)
    case = DOCUMENTS[document](lang, footer)
    found = runs(case.pdf)
    assert found
    assert [str(r) for r in outside(found)] == []
    assert [f"{a} / {b}" for a, b in overlapping(found)] == []
    body = body_text(found)
    for value in case.planted:
        assert squashed(value) in body, f"{value[:30]}… is not on the page whole"
    footer_read = footer_text(found)
    assert squashed(f"{USER} ({name(Role.SECRETARY, lang)})") in footer_read, "the footer's user is not whole"
    assert squashed(SHOWN_AT[lang]) in footer_read, f"the footer has no {SHOWN_AT[lang]}"
    assert _codes_left(found, lang, case.skip) == []
    whole = squashed(" ".join(r.text for r in found)).lower()
    for shown in case.names:
        word = name(shown, lang) if isinstance(shown, enum.StrEnum) else str(shown)
        assert squashed(word).lower() in whole, f"{shown!r} is not shown as {word!r}"


def _pdf(draw: Callable[[Canvas], None]) -> bytes:
    register_fonts()
    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.setFont(FONT, 10)
    draw(canvas)
    canvas.save()
    return out.getvalue()


def test_the_check_catches_a_run_outside_the_margin() -> None:
    """The check of the test above fails on a planted overflow: a value drawn unwrapped runs off
    the right margin, as the receipt's address did before (issue 11)."""
    value = long_value("Дареги")
    inside = runs(_pdf(lambda c: c.drawString(MARGIN, 400, "Дареги: кыска")))
    assert outside(inside) == []
    overflow = runs(_pdf(lambda c: c.drawString(MARGIN, 400, value)))
    assert [r.text for r in outside(overflow)] == [value]
    assert overflow[0].x1 > PAGE_WIDTH  # off the paper, not only past the margin
    left = runs(_pdf(lambda c: c.drawRightString(MARGIN + 20, 400, "Дареги: кыска")))
    assert len(outside(left)) == 1
    low = runs(_pdf(lambda c: c.drawString(MARGIN, 5, "Барак 1/1")))
    assert len(outside(low)) == 1
    lines = wrap(value, FONT, 10, PAGE_WIDTH - 2 * MARGIN)
    wrapped = runs(_pdf(lambda c: [c.drawString(MARGIN, 400 - 13 * i, line) for i, line in enumerate(lines)]))
    assert outside(wrapped) == [] and squashed(value) in body_text(wrapped)


def test_the_check_catches_text_drawn_over_text() -> None:
    clash = runs(_pdf(lambda c: (c.drawString(MARGIN, 400, "Фамилиясы"), c.drawString(MARGIN + 30, 402, "Үсөнов"))))
    assert len(overlapping(clash)) == 1
    apart = runs(_pdf(lambda c: (c.drawString(MARGIN, 400, "Фамилиясы"), c.drawString(MARGIN, 387, "Үсөнов"))))
    assert overlapping(apart) == []


def test_the_check_catches_a_code_in_a_kyrgyz_document() -> None:
    found = runs(_pdf(lambda c: c.drawString(MARGIN, 400, "Абалы: blocked · Жынысы: M · 2026-09-01T09:15")))
    assert {"blocked", "M", "2026-09-01T0"} <= set(_codes_left(found, "ky", ""))
    assert _codes_left(runs(_pdf(lambda c: c.drawString(MARGIN, 400, "Абалы: бөгөттөлгөн (UTC+6)"))), "ky", "") == []
