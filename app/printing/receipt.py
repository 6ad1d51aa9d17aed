"""The claim receipt ticket, алуу талону (R-CLM-2, R-CLM-3, R-CLM-5, R-CLM-6, R-CLM-10, R-DATA-3).

One A4 page in two parts separated by a dashed cut line: on top the voter's tear-off, below the
commission's copy (signed by the voter and the member, kept with the claim). Both parts carry the
claim number, the date and time of intake in Bishkek time, the claim type in words, the place
(PEC/TEC and precinct), the member, the voter's name as they gave it, the corrections they asked
for, the contact for the answer, the answer date, and a QR code holding the claim number and the
verification code (see verification.py), the code also printed as text. The voter's part also
says in plain language what happens next and by when, the document needed, how to learn the
status (Tizme portal, "Voter's cabinet" / "Шайлоочунун кабинети", hotline) and, for a voter
missing from the list, how to get included and the registration points (R-CLM-6). A long list of
points may push the commission's copy onto a second page; it is never split across the cut.

What is on it (R-DATA-3): only what the voter gave and public fields. `ReceiptData` has no field
for a PIN, a birth date or an address from the list, and a PIN offered among the requested
corrections is refused (ValueError). A corrected value the voter asks for (e.g. their new voting
address) is what the voter gave, and is printed so they can check it.

A reprint (`duplicate=True`) is marked ДУБЛИКАТ / КАЙТАЛАНМА (DUPLICATE) in both parts and across
the page; it carries the same code, since the signature is deterministic.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import BinaryIO

from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.printing.base import (
    FONT,
    FONT_BOLD,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    Footer,
    Writer,
    bishkek_time,
    check_language,
    check_table,
    render,
    show_date,
)
from app.printing.verification import qr_payload

__all__ = ["CLAIM_TYPES", "Footer", "ReceiptData", "render_receipt"]

CLAIM_TYPES = ("correction", "missing", "address", "disability", "institution")
PLACES = ("PEC", "TEC")
FORBIDDEN_FIELDS = frozenset({"pin", "personal_number", "inn"})  # R-DATA-3: never on a receipt
QR_SIZE = 32 * mm
QR_MASK = 2  # see qr_matrix
COMMISSION_HEIGHT = 92 * mm  # the commission's copy with no corrections listed


@dataclass(frozen=True)
class ReceiptData:
    number: str  # precinct-year-sequence
    filed_at: str  # ISO UTC; shown in Bishkek time (UTC+6)
    claim_type: str  # correction | missing | address | disability | institution
    precinct: str
    place: str  # "PEC" or "TEC"
    member_name: str
    voter_name: str  # as the voter gave it
    requested: Mapping[str, str]  # field -> corrected value, as the voter asked (no PIN)
    contact: str
    answer_by: str  # YYYY-MM-DD
    hotline: str
    verification: str
    duplicate: bool = False
    registration_points: tuple[tuple[str, str, str], ...] = field(default=())  # name, address, phone (R-CLM-6)


LABELS: dict[str, dict[str, str]] = {
    "ky": {
        "title": "АРЫЗДЫ КАБЫЛ АЛУУ ТАЛОНУ",
        "voter_part": "Арыз ээсинин нускасы (кесип алынуучу бөлүк)",
        "commission_part": "Комиссиянын нускасы (арыз менен сакталат)",
        "cut": "✂  кесүү сызыгы  ✂",
        "duplicate": "ДУБЛИКАТ / КАЙТАЛАНМА",
        "number": "Арыздын номери",
        "filed": "Кабыл алынган күнү, убактысы",
        "type": "Арыздын түрү",
        "place": "Кабыл алган комиссия",
        "PEC": "№{precinct} участкалык шайлоо комиссиясы (УШК)",
        "TEC": "Аймактык шайлоо комиссиясы (АШК), №{precinct} участок",
        "member": "Кабыл алган комиссия мүчөсү",
        "voter": "Арыз ээси",
        "requested": "Суралган оңдоолор",
        "nothing_requested": "—",
        "contact": "Жооп үчүн байланыш",
        "answer_by": "Жооп берилүүчү мөөнөт",
        "answer_by_value": "{date} чейин",
        "code": "Текшерүү коду",
        "next": "Мындан ары эмне болот",
        "next_common": "Арызыңыз маалымат системасына ошол замат киргизилди жана аймактык шайлоо комиссиясына "
        "(АШК) жөнөтүлөт. АШК сиз көрсөткөн дарекке же байланышка кагаз же электрондук түрдө "
        "{date} чейин жооп берет.",
        "next_correction": "Текшерүү учурунда сиздин маалыматтарыңыз бөгөттөлөт. Ката тастыкталса, маалыматтар "
        "оңдолуп, бөгөт алынат; маалыматтар туура болсо, бөгөт дароо алынат.",
        "next_missing": "Тизмеге кирүү үчүн паспортуңуз (ID-карта) менен төмөндөгү биометрикалык каттоо "
        "пункттарынын бирине барып, биометрикалык каттоодон өтүңүз. Андан кийин сиз жашаган жериңиз "
        "боюнча шайлоочулардын тизмесине киргизилесиз.",
        "next_address": "Добуш берүү дарегиңиз өзгөртүлгөндөн кийин сиз жаңы участоктун тизмесинде болосуз.",
        "next_disability": "Комиссия байланыш борбору аркылуу сиз башка участоктун тизмесинде барбы же эч бир "
        "тизмеде жокпу, текшерет. Арызга паспортуңуздун көчүрмөсү тиркелет.",
        "next_institution": "Мекеме жетекчисинин формасы шайлоочулардын тизмесин тактоо үчүн АШКга жөнөтүлөт.",
        "documents": "Керектүү документ: паспорт (ID-карта). Бул талонду жооп алганга чейин сактаңыз.",
        "status": "Арыздын абалын кантип билүүгө болот",
        "status_text": "Тизме порталында «Шайлоочунун кабинети» бөлүмүндө арыздын номери боюнча, "
        "же ишеним телефону: {hotline}.",
        "points": "Жакынкы биометрикалык каттоо пункттары",
        "no_points": "Каттоо пункттарынын даректерин ишеним телефону аркылуу билиңиз: {hotline}.",
        "voter_signature": "Арыз ээсинин колу",
        "member_signature": "Комиссия мүчөсүнүн колу",
        "qr": "QR: номер жана текшерүү коду",
        "correction": "Тизмедеги шайлоочунун маалыматтарындагы ката же тактыксыздык",
        "missing": "Шайлоочу тизмеде жок",
        "address": "Добуш берүү дарегин өзгөртүү",
        "disability": "Ден соолугунун мүмкүнчүлүгү чектелген шайлоочу бул тизмеде жок",
        "institution": "Мекеменин (ишкананын, аскер бөлүгүнүн) жетекчисинин формасы",
    },
    "ru": {
        "title": "ТАЛОН О ПРИЁМЕ ЗАЯВЛЕНИЯ",
        "voter_part": "Экземпляр заявителя (отрывная часть)",
        "commission_part": "Экземпляр комиссии (хранится с заявлением)",
        "cut": "✂  линия отреза  ✂",
        "duplicate": "ДУБЛИКАТ",
        "number": "Номер заявления",
        "filed": "Дата и время приёма",
        "type": "Вид заявления",
        "place": "Принявшая комиссия",
        "PEC": "Участковая избирательная комиссия (УИК) №{precinct}",
        "TEC": "Территориальная избирательная комиссия (ТИК), участок №{precinct}",
        "member": "Член комиссии, принявший заявление",
        "voter": "Заявитель",
        "requested": "Запрошенные исправления",
        "nothing_requested": "—",
        "contact": "Контакт для ответа",
        "answer_by": "Срок ответа",
        "answer_by_value": "не позднее {date}",
        "code": "Код проверки",
        "next": "Что будет дальше",
        "next_common": "Ваше заявление сразу внесено в информационную систему и будет направлено в "
        "территориальную избирательную комиссию (ТИК). ТИК ответит вам на бумаге или электронно по "
        "указанному вами адресу или контакту не позднее {date}.",
        "next_correction": "На время проверки ваши данные блокируются. Если ошибка подтвердится, данные "
        "исправят и разблокируют; если данные верны, блокировка сразу снимается.",
        "next_missing": "Чтобы попасть в список, обратитесь с паспортом (ID-картой) в один из пунктов "
        "биометрической регистрации ниже и пройдите биометрическую регистрацию. После этого вас "
        "включат в список избирателей по месту жительства.",
        "next_address": "После изменения адреса голосования вы будете в списке нового участка.",
        "next_disability": "Комиссия проверяет через контакт-центр, есть ли вы в списке другого участка "
        "или ни в одном списке. К заявлению прилагается копия паспорта.",
        "next_institution": "Форма руководителя учреждения направляется в ТИК для уточнения списка избирателей.",
        "documents": "Необходимый документ: паспорт (ID-карта). Сохраните этот талон до получения ответа.",
        "status": "Как узнать статус заявления",
        "status_text": "На портале Тизме в разделе «Кабинет избирателя» («Шайлоочунун кабинети») по номеру "
        "заявления или по горячей линии: {hotline}.",
        "points": "Ближайшие пункты биометрической регистрации",
        "no_points": "Адреса пунктов регистрации можно узнать по горячей линии: {hotline}.",
        "voter_signature": "Подпись заявителя",
        "member_signature": "Подпись члена комиссии",
        "qr": "QR: номер и код проверки",
        "correction": "Ошибка или неточность в данных избирателя в списке",
        "missing": "Избиратель отсутствует в списке",
        "address": "Изменение адреса голосования",
        "disability": "Избиратель с инвалидностью отсутствует в этом списке",
        "institution": "Форма руководителя учреждения (предприятия, воинской части)",
    },
    "en": {
        "title": "CLAIM RECEIPT",
        "voter_part": "Voter's copy (tear-off)",
        "commission_part": "Commission's copy (kept with the claim)",
        "cut": "✂  cut here  ✂",
        "duplicate": "DUPLICATE",
        "number": "Claim number",
        "filed": "Received on",
        "type": "Claim type",
        "place": "Received by",
        "PEC": "Precinct election commission (PEC) No. {precinct}",
        "TEC": "Territorial election commission (TEC), precinct No. {precinct}",
        "member": "Commission member",
        "voter": "Voter",
        "requested": "Corrections requested",
        "nothing_requested": "—",
        "contact": "Contact for the answer",
        "answer_by": "Answer due",
        "answer_by_value": "by {date}",
        "code": "Verification code",
        "next": "What happens next",
        "next_common": "Your claim was entered into the information system at once and goes to the "
        "territorial election commission (TEC). The TEC will answer you on paper or electronically, "
        "to the address or contact you gave, by {date}.",
        "next_correction": "While the claim is checked your data is blocked. If the error is confirmed the "
        "data is corrected and unblocked; if the data is right it is unblocked at once.",
        "next_missing": "To be included, bring your passport (ID card) to one of the biometric registration "
        "points below and complete biometric registration. You are then included in the voter list "
        "at your place of residence.",
        "next_address": "Once your voting address is changed you will be on the list of the new precinct.",
        "next_disability": "The commission checks through the contact centre whether you are in another "
        "precinct's list or in no list. A copy of your passport is attached to the claim.",
        "next_institution": "The form from the head of the institution goes to the TEC to update the voter list.",
        "documents": "Document needed: passport (ID card). Keep this receipt until you have the answer.",
        "status": "How to learn the status",
        "status_text": "On the Tizme portal, section \u201cVoter's cabinet\u201d (\u201cШайлоочунун кабинети\u201d), "
        "by the claim number, or by the hotline: {hotline}.",
        "points": "Nearest biometric registration points",
        "no_points": "Ask the hotline for the registration points: {hotline}.",
        "voter_signature": "Voter's signature",
        "member_signature": "Member's signature",
        "qr": "QR: number and verification code",
        "correction": "Error or inaccuracy in a listed voter's data",
        "missing": "Voter missing from the list",
        "address": "Change of voting address",
        "disability": "Voter with a disability missing from this list",
        "institution": "Form from the head of an institution (enterprise, military unit)",
    },
}

FIELD_LABELS: dict[str, dict[str, str]] = {
    "ky": {
        "last_name": "Фамилиясы",
        "first_name": "Аты",
        "patronymic": "Атасынын аты",
        "birth_date": "Туулган күнү",
        "sex": "Жынысы",
        "address": "Дареги",
        "voting_address": "Добуш берүү дареги",
        "precinct": "Участок",
        "citizenship": "Жарандыгы",
    },
    "ru": {
        "last_name": "Фамилия",
        "first_name": "Имя",
        "patronymic": "Отчество",
        "birth_date": "Дата рождения",
        "sex": "Пол",
        "address": "Адрес",
        "voting_address": "Адрес голосования",
        "precinct": "Участок",
        "citizenship": "Гражданство",
    },
    "en": {
        "last_name": "Surname",
        "first_name": "First name",
        "patronymic": "Patronymic",
        "birth_date": "Date of birth",
        "sex": "Sex",
        "address": "Address",
        "voting_address": "Voting address",
        "precinct": "Precinct",
        "citizenship": "Citizenship",
    },
}

check_table(LABELS)
check_table(FIELD_LABELS)


def _validate(data: ReceiptData) -> None:
    if data.claim_type not in CLAIM_TYPES:
        raise ValueError(f"unknown claim type {data.claim_type!r}")
    if data.place not in PLACES:
        raise ValueError(f"unknown place {data.place!r}: expected PEC or TEC")
    forbidden = {key for key in data.requested if key.strip().lower() in FORBIDDEN_FIELDS}
    if forbidden:
        raise ValueError(f"a receipt never shows {', '.join(sorted(forbidden))} (R-DATA-3)")
    for name in ("number", "filed_at", "precinct", "member_name", "answer_by", "verification"):
        if not getattr(data, name).strip():
            raise ValueError(f"receipt without {name}")


def render_receipt(data: ReceiptData, out: BinaryIO, *, lang: str = "ky", footer: Footer) -> int:
    """Writes the receipt as a PDF to `out`; returns the number of pages (1, or 2 with many points)."""
    _validate(data)
    labels = LABELS[check_language(lang)]
    fields = FIELD_LABELS[lang]
    modules = qr_matrix(qr_payload(data.number, data.filed_at, data.verification))

    def body(canvas: Canvas) -> None:
        form = _qr_form(canvas, modules)
        writer = Writer(canvas, top=PAGE_HEIGHT - 12 * mm)
        if data.duplicate:
            writer.on_new_page = lambda w: _watermark(w.canvas, labels["duplicate"])
            _watermark(canvas, labels["duplicate"])
        _part(writer, data, labels, fields, form, voter_copy=True)
        if writer.y - writer.bottom < COMMISSION_HEIGHT + 10 * mm * len(data.requested):
            writer.new_page()
        else:
            _cut_line(writer, labels["cut"])
        _part(writer, data, labels, fields, form, voter_copy=False)

    return render(out, lang=lang, footer=footer, kind=labels["title"], body=body)


def _part(
    writer: Writer,
    data: ReceiptData,
    labels: Mapping[str, str],
    fields: Mapping[str, str],
    qr_form: str,
    *,
    voter_copy: bool,
) -> None:
    canvas = writer.canvas
    size = QR_SIZE if voter_copy else QR_SIZE * 0.8
    writer.ensure(size + 12 * mm)
    top = writer.y
    _qr(canvas, qr_form, writer.right - size, top - size - 1 * mm, size=size, caption=labels["qr"])
    full_right = writer.right
    writer.right = full_right - size - 3 * mm
    writer.centered(labels["title"], size=12)
    writer.centered(labels["voter_part" if voter_copy else "commission_part"], size=8, bold=False)
    if data.duplicate:
        writer.centered(labels["duplicate"], size=14)
    writer.space(1 * mm)
    writer.row(labels["number"], data.number, size=11)
    writer.row(labels["filed"], bishkek_time(data.filed_at), size=9)
    writer.row(labels["type"], labels[data.claim_type], size=9)
    writer.row(labels["place"], labels[data.place].format(precinct=data.precinct), size=9)
    writer.row(labels["member"], data.member_name, size=9)
    writer.row(labels["voter"], data.voter_name, size=9)
    writer.right = full_right
    requested = "\n".join(f"{fields.get(key, key)}: {value}" for key, value in data.requested.items())
    writer.row(labels["requested"], requested or labels["nothing_requested"], size=9)
    writer.row(labels["contact"], data.contact or labels["nothing_requested"], size=9)
    writer.row(labels["answer_by"], labels["answer_by_value"].format(date=show_date(data.answer_by)), size=9)
    writer.y = min(writer.y, top - size - 5 * mm)
    writer.row(labels["code"], _code_lines(data.verification), size=8)
    if voter_copy:
        _voter_guidance(writer, data, labels)
    else:
        writer.space(9 * mm)
        writer.ensure(8 * mm)
        half = writer.width / 2
        canvas.setLineWidth(0.5)
        canvas.line(writer.left, writer.y, writer.left + half - 10 * mm, writer.y)
        canvas.line(writer.left + half, writer.y, writer.right, writer.y)
        writer.space(3.5 * mm)
        canvas.setFont(FONT, 8)
        canvas.drawString(writer.left, writer.y, labels["voter_signature"])
        canvas.drawString(writer.left + half, writer.y, labels["member_signature"])


def _voter_guidance(writer: Writer, data: ReceiptData, labels: Mapping[str, str]) -> None:
    """R-CLM-10 in plain language; R-CLM-6 for a voter missing from the list."""
    writer.space(1 * mm)
    writer.para(labels["next"], size=10, bold=True)
    writer.para(labels["next_common"].format(date=show_date(data.answer_by)), size=9)
    writer.para(labels[f"next_{data.claim_type}"], size=9)
    writer.para(labels["documents"], size=9)
    writer.space(1 * mm)
    writer.para(labels["status"], size=10, bold=True)
    writer.para(labels["status_text"].format(hotline=data.hotline), size=9)
    if data.claim_type == "missing":
        writer.space(1 * mm)
        writer.para(labels["points"], size=10, bold=True)
        if not data.registration_points:
            writer.para(labels["no_points"].format(hotline=data.hotline), size=9)
        for name, address, phone in data.registration_points:
            writer.para(f"• {name} — {address}" + (f", ☎ {phone}" if phone else ""), size=9, indent=3 * mm)


def _code_lines(code: str, per_line: int = 8) -> str:
    """The grouped code on lines of `per_line` groups, so that it wraps at a hyphen."""
    groups = code.split("-")
    return "\n".join("-".join(groups[i : i + per_line]) for i in range(0, len(groups), per_line))


def qr_matrix(payload: str) -> list[list[bool]]:
    """The QR modules (level M) of a receipt payload, dark = True.

    The code part, base32, goes in alphanumeric mode and the rest in byte mode, which keeps the
    symbol at version 7. The mask is fixed (`QR_MASK`) instead of searched: reportlab scores all
    eight masks in pure Python, ~40 ms, most of a receipt's time, and the payload is mostly a
    signature, random-looking, for which the masks score alike; any mask is valid for a decoder,
    and the tests decode the printed symbol.
    """
    head, sep, code = payload.rpartition("|")
    qr = QRCode(None, QRErrorCorrectLevel.M)
    qr.addData(head + sep)
    qr.addData(code)
    qr.version = qr.calculate_version()  # type: ignore[no-untyped-call]
    qr.makeImpl(False, QR_MASK)
    return [[bool(module) for module in row] for row in qr.modules]


def _qr_form(canvas: Canvas, modules: list[list[bool]]) -> str:
    """Defines the QR symbol once, as a form of 1x1 point with a quiet zone of 2 modules."""
    name = "receipt-qr"
    count = len(modules)
    box = 1 / (count + 4)
    canvas.beginForm(name, lowerx=0, lowery=0, upperx=1, uppery=1)
    path = canvas.beginPath()
    for r, row in enumerate(modules):
        c = 0
        for dark, run in itertools.groupby(row):
            length = len(list(run))
            if dark:
                path.rect((c + 2) * box, 1 - (r + 3) * box, length * box, box)
            c += length
    canvas.setFillGray(0)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.endForm()
    return name


def _qr(canvas: Canvas, form: str, x: float, y: float, *, size: float, caption: str) -> None:
    canvas.saveState()
    canvas.translate(x, y)
    canvas.scale(size, size)
    canvas.doForm(form)
    canvas.restoreState()
    canvas.setFont(FONT, 6)
    canvas.drawCentredString(x + size / 2, y - 2 * mm, caption)


def _cut_line(writer: Writer, text: str) -> None:
    canvas = writer.canvas
    writer.space(3 * mm)
    canvas.saveState()
    canvas.setDash(5, 3)
    canvas.setLineWidth(0.6)
    mid = (writer.left + writer.right) / 2
    canvas.line(writer.left - 8 * mm, writer.y, mid - 25 * mm, writer.y)
    canvas.line(mid + 25 * mm, writer.y, writer.right + 8 * mm, writer.y)
    canvas.setFont(FONT, 8)
    canvas.drawCentredString(mid, writer.y - 1, text)
    canvas.restoreState()
    writer.space(5 * mm)


def _watermark(canvas: Canvas, text: str) -> None:
    canvas.saveState()
    canvas.setFillGray(0.85)
    canvas.setFont(FONT_BOLD, 44)
    canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    canvas.rotate(35)
    canvas.drawCentredString(0, 0, text)
    canvas.restoreState()
