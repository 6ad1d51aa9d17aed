"""The subject access extract and its refusal (R-CLM-9, R-SEC-9, R-DATA-3).

A voter may ask what data is held about them; the answer, or a reasoned written refusal, is due
within a week (`answer_by`, computed by the caller). Unlike every other document here, the
extract DOES print confidential fields (PIN, birth date, address...) since it is the voter's own
data, and so it needs an approval (R-SEC-9): `approved_by` (the chair or secretary who gave their
password in the window) is required and printed, and every page is marked CONFIDENTIAL.

The content is given by the caller as sections of label/value rows, so that whatever the store
holds (the list record, claims, attachments, processing history) is printed without this module
knowing the schema; known keys ("record", "pin", "birth_date", ...) are translated, anything else
is printed as given. The refusal is a template: with no reason given it prints ruled lines for a
handwritten one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.printing.base import Footer, Writer, check_language, check_table, render, show_date
from app.printing.receipt import FIELD_LABELS as RECEIPT_FIELDS

__all__ = [
    "AccessSection",
    "Footer",
    "RefusalData",
    "SubjectAccessData",
    "render_access_refusal",
    "render_subject_access",
]


@dataclass(frozen=True)
class AccessSection:
    title: str  # a key of SECTION_LABELS ("record", "claims", ...) or a title as is
    rows: tuple[tuple[str, str], ...]  # (field key of FIELD_LABELS or a label as is, value)


@dataclass(frozen=True)
class SubjectAccessData:
    request_number: str
    received_on: str  # YYYY-MM-DD
    answer_by: str  # YYYY-MM-DD, a week after received_on
    precinct: str
    voter_name: str
    sections: tuple[AccessSection, ...]
    approved_by: str  # R-SEC-9: who approved printing confidential data
    signer_name: str = ""


@dataclass(frozen=True)
class RefusalData:
    request_number: str
    received_on: str  # YYYY-MM-DD
    answer_by: str  # YYYY-MM-DD
    precinct: str
    voter_name: str
    contact: str = ""
    reason: str = ""  # empty: ruled lines to write the reason by hand
    legal_basis: str = ""
    signer_name: str = ""


LABELS: dict[str, dict[str, str]] = {
    "ky": {
        "title": "ЖЕКЕ МААЛЫМАТТАР ЖӨНҮНДӨ МААЛЫМКАТ",
        "refusal_title": "ЖЕКЕ МААЛЫМАТТАРДЫ БЕРҮҮДӨН ЖҮЙӨЛҮҮ БАШ ТАРТУУ",
        "confidential": "КУПУЯ",
        "precinct": "№{precinct} участкалык шайлоо комиссиясы",
        "request": "Суроо-талап №{number}, {received} алынган; жооп берүү мөөнөтү: {answer_by}",
        "subject": "Маалымат ээси: {name}",
        "intro": "Сиздин суроо-талабыңыз боюнча комиссияда сиз жөнүндө сакталган бардык маалыматтар:",
        "approved": "Купуя маалыматтарды басып чыгарууга уруксат берген: {name}",
        "refusal_intro": "Сиздин суроо-талабыңыз каралды. Комиссия суралган маалыматтарды берүүдөн баш тартат.",
        "reason": "Баш тартуунун себеби:",
        "legal_basis": "Укуктук негизи: {basis}",
        "appeal": "Бул баш тартууга мыйзамда белгиленген тартипте даттанууга укугуңуз бар.",
        "empty": "—",
        "signer": "Комиссиянын атынан",
        "contact": "Байланыш: {contact}",
    },
    "ru": {
        "title": "СВЕДЕНИЯ О ПЕРСОНАЛЬНЫХ ДАННЫХ",
        "refusal_title": "МОТИВИРОВАННЫЙ ОТКАЗ В ПРЕДОСТАВЛЕНИИ ПЕРСОНАЛЬНЫХ ДАННЫХ",
        "confidential": "КОНФИДЕНЦИАЛЬНО",
        "precinct": "Участковая избирательная комиссия №{precinct}",
        "request": "Запрос №{number}, получен {received}; срок ответа: {answer_by}",
        "subject": "Субъект данных: {name}",
        "intro": "По вашему запросу: все данные о вас, хранящиеся в комиссии:",
        "approved": "Печать конфиденциальных данных разрешил(а): {name}",
        "refusal_intro": "Ваш запрос рассмотрен. Комиссия отказывает в предоставлении запрошенных сведений.",
        "reason": "Причина отказа:",
        "legal_basis": "Правовое основание: {basis}",
        "appeal": "Вы вправе обжаловать этот отказ в порядке, установленном законом.",
        "empty": "—",
        "signer": "От имени комиссии",
        "contact": "Контакт: {contact}",
    },
    "en": {
        "title": "EXTRACT OF PERSONAL DATA HELD",
        "refusal_title": "REASONED REFUSAL OF A REQUEST FOR PERSONAL DATA",
        "confidential": "CONFIDENTIAL",
        "precinct": "Precinct election commission No. {precinct}",
        "request": "Request No. {number}, received {received}; answer due {answer_by}",
        "subject": "Data subject: {name}",
        "intro": "As you asked, all the data about you that the commission holds:",
        "approved": "Printing of confidential data approved by: {name}",
        "refusal_intro": "Your request was considered. The commission refuses to provide the data requested.",
        "reason": "Reason for the refusal:",
        "legal_basis": "Legal basis: {basis}",
        "appeal": "You may appeal this refusal in the manner the law provides.",
        "empty": "—",
        "signer": "For the commission",
        "contact": "Contact: {contact}",
    },
}

SECTION_LABELS: dict[str, dict[str, str]] = {
    "ky": {
        "record": "Шайлоочулардын тизмесиндеги жазуу",
        "claims": "Арыздар",
        "attachments": "Тиркемелер",
        "processing": "Иштетүү тарыхы",
    },
    "ru": {
        "record": "Запись в списке избирателей",
        "claims": "Заявления",
        "attachments": "Приложения",
        "processing": "История обработки",
    },
    "en": {
        "record": "Entry in the voter list",
        "claims": "Claims",
        "attachments": "Attachments",
        "processing": "Processing history",
    },
}

# The voter's fields as the receipt names them, plus the PIN and the record's status (this
# extract shows everything held, R-CLM-9).
FIELD_LABELS: dict[str, dict[str, str]] = {
    lang: {"pin": pin, **RECEIPT_FIELDS[lang], "status": status}
    for lang, pin, status in (("ky", "ПИН", "Абалы"), ("ru", "ПИН", "Статус"), ("en", "PIN", "Status"))
}
check_table(LABELS)
check_table(SECTION_LABELS)
check_table(FIELD_LABELS)


def _head(w: Writer, labels: dict[str, str], data: SubjectAccessData | RefusalData) -> None:
    w.para(labels["precinct"].format(precinct=data.precinct), size=9)
    received, answer_by = show_date(data.received_on), show_date(data.answer_by)
    w.para(labels["request"].format(number=data.request_number, received=received, answer_by=answer_by), size=9)
    w.space(10)


def render_subject_access(data: SubjectAccessData, out: BinaryIO, *, lang: str = "ky", footer: Footer) -> int:
    """Writes the extract as a PDF to `out`; returns the number of pages. Needs `approved_by`."""
    if not data.approved_by.strip():
        raise PermissionError("printing confidential data needs an approval (R-SEC-9)")
    labels = LABELS[check_language(lang)]
    sections = SECTION_LABELS[lang]
    fields = FIELD_LABELS[lang]

    def body(canvas: Canvas) -> None:
        w = Writer(canvas)
        _head(w, labels, data)
        w.centered(labels["title"], size=13)
        w.space(6)
        w.para(labels["subject"].format(name=data.voter_name), bold=True)
        w.para(labels["intro"])
        for section in data.sections:
            w.space(3 * mm)
            w.ensure(20 * mm)
            w.para(sections.get(section.title, section.title), size=11, bold=True)
            w.rule()
            if not section.rows:
                w.para(labels["empty"])
            for key, value in section.rows:
                w.row(fields.get(key, key), value or labels["empty"])
        w.space(4 * mm)
        w.para(labels["approved"].format(name=data.approved_by), size=9)
        w.signature(labels["signer"], data.signer_name)

    return render(out, lang=lang, footer=footer, kind=labels["title"], body=body, mark=labels["confidential"])


def render_access_refusal(data: RefusalData, out: BinaryIO, *, lang: str = "ky", footer: Footer) -> int:
    """Writes the reasoned refusal (a template when `reason` is empty); returns the number of pages."""
    labels = LABELS[check_language(lang)]

    def body(canvas: Canvas) -> None:
        w = Writer(canvas)
        _head(w, labels, data)
        w.para(labels["subject"].format(name=data.voter_name), bold=True)
        if data.contact:
            w.para(labels["contact"].format(contact=data.contact))
        w.space(10)
        w.centered(labels["refusal_title"], size=12)
        w.space(8)
        w.para(labels["refusal_intro"])
        w.space(4)
        w.para(labels["reason"], bold=True)
        if data.reason.strip():
            w.para(data.reason)
        else:
            w.blank_lines(5)
        if data.legal_basis.strip():
            w.space(4)
            w.para(labels["legal_basis"].format(basis=data.legal_basis))
        w.space(4)
        w.para(labels["appeal"])
        w.signature(labels["signer"], data.signer_name)

    return render(out, lang=lang, footer=footer, kind=labels["refusal_title"], body=body)
