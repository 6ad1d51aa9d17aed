"""The answer to the voter after the TEC's decision on a claim (R-CLM-5, R-CLM-4, R-CLM-10).

The TEC decides and the PEC hands or sends the answer to the address or contact the voter gave.
The letter names the claim (number, date in Bishkek time, type in words), who decided and when,
and the decision: accepted (the data as corrected, now unblocked) or rejected with its reason
(required). It tells the voter they may appeal and where to check the list. Only what the voter
gave and public fields appear (R-DATA-3): no PIN, refused like on the receipt.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import BinaryIO

from reportlab.pdfgen.canvas import Canvas

from app.printing.base import Footer, Writer, bishkek_time, check_language, check_table, render, show_date
from app.printing.receipt import CLAIM_TYPES, FIELD_LABELS, FORBIDDEN_FIELDS
from app.printing.receipt import LABELS as RECEIPT_LABELS

__all__ = ["DECISIONS", "AnswerData", "Footer", "render_answer_letter"]

DECISIONS = ("accepted", "rejected")


@dataclass(frozen=True)
class AnswerData:
    number: str
    filed_at: str  # ISO UTC
    claim_type: str  # correction | missing | address | disability | institution
    precinct: str
    voter_name: str  # as the voter gave it
    contact: str  # where the answer goes
    decision: str  # accepted | rejected
    decided_on: str  # YYYY-MM-DD
    decided_by: str  # the commission that decided, as it names itself
    reason: str = ""  # required when rejected
    corrections: Mapping[str, str] = field(default_factory=dict)  # accepted: field -> value now held (no PIN)
    signer_name: str = ""
    hotline: str = ""


LABELS: dict[str, dict[str, str]] = {
    "ky": {
        "title": "АРЫЗГА ЖООП",
        "to": "Кимге: {name}",
        "contact": "Байланыш: {contact}",
        "greeting": "Урматтуу {name}!",
        "considered": "Сиздин {filed} №{number} арызыңыз («{type}») {decided_by} тарабынан {decided_on} каралды.",
        "accepted": "Чечим: арыз канааттандырылды. Сиздин маалыматтарыңыз оңдолду жана бөгөт алынды.",
        "corrections": "Азыркы маалыматтар:",
        "rejected": "Чечим: арыз четке кагылды.",
        "reason": "Себеби: {reason}",
        "appeal": "Бул чечимге мыйзамда белгиленген тартипте даттанууга укугуңуз бар.",
        "check": "Тизмедеги маалыматтарыңызды Тизме порталындагы «Шайлоочунун кабинети» бөлүмүнөн текшере аласыз.",
        "hotline": "Ишеним телефону: {hotline}.",
        "signer": "Комиссиянын атынан",
        "precinct": "№{precinct} участкалык шайлоо комиссиясы",
    },
    "ru": {
        "title": "ОТВЕТ НА ЗАЯВЛЕНИЕ",
        "to": "Кому: {name}",
        "contact": "Контакт: {contact}",
        "greeting": "Уважаемый(ая) {name}!",
        "considered": "Ваше заявление №{number} от {filed} («{type}») рассмотрено: {decided_by}, {decided_on}.",
        "accepted": "Решение: заявление удовлетворено. Ваши данные исправлены и разблокированы.",
        "corrections": "Данные теперь:",
        "rejected": "Решение: в удовлетворении заявления отказано.",
        "reason": "Причина: {reason}",
        "appeal": "Вы вправе обжаловать это решение в порядке, установленном законом.",
        "check": "Проверить свои данные в списке можно на портале Тизме в разделе «Кабинет избирателя».",
        "hotline": "Горячая линия: {hotline}.",
        "signer": "От имени комиссии",
        "precinct": "Участковая избирательная комиссия №{precinct}",
    },
    "en": {
        "title": "ANSWER TO YOUR CLAIM",
        "to": "To: {name}",
        "contact": "Contact: {contact}",
        "greeting": "Dear {name},",
        "considered": "Your claim No. {number} of {filed} (“{type}”) was considered by {decided_by} on {decided_on}.",
        "accepted": "Decision: the claim is accepted. Your data has been corrected and unblocked.",
        "corrections": "Your data now reads:",
        "rejected": "Decision: the claim is rejected.",
        "reason": "Reason: {reason}",
        "appeal": "You may appeal this decision in the manner the law provides.",
        "check": "You can check your data in the list on the Tizme portal, section “Voter's cabinet”.",
        "hotline": "Hotline: {hotline}.",
        "signer": "For the commission",
        "precinct": "Precinct election commission No. {precinct}",
    },
}
check_table(LABELS)


def _validate(data: AnswerData) -> None:
    if data.claim_type not in CLAIM_TYPES:
        raise ValueError(f"unknown claim type {data.claim_type!r}")
    if data.decision not in DECISIONS:
        raise ValueError(f"unknown decision {data.decision!r}")
    if data.decision == "rejected" and not data.reason.strip():
        raise ValueError("a rejection states its reason")
    if any(key.strip().lower() in FORBIDDEN_FIELDS for key in data.corrections):
        raise ValueError("an answer letter never shows a PIN (R-DATA-3)")


def render_answer_letter(data: AnswerData, out: BinaryIO, *, lang: str = "ky", footer: Footer) -> int:
    """Writes the letter as a PDF to `out`; returns the number of pages."""
    _validate(data)
    labels = LABELS[check_language(lang)]
    fields = FIELD_LABELS[lang]

    def body(canvas: Canvas) -> None:
        w = Writer(canvas)
        w.letter_head(labels, precinct=data.precinct, name=data.voter_name, contact=data.contact, title_size=13)
        w.para(
            labels["considered"].format(
                number=data.number,
                filed=bishkek_time(data.filed_at),
                type=RECEIPT_LABELS[lang][data.claim_type],
                decided_by=data.decided_by,
                decided_on=show_date(data.decided_on),
            )
        )
        w.space(4)
        if data.decision == "accepted":
            w.para(labels["accepted"], bold=True)
            if data.corrections:
                w.para(labels["corrections"])
                for key, value in data.corrections.items():
                    w.row(f"  {fields.get(key, key)}", value)
        else:
            w.para(labels["rejected"], bold=True)
            w.para(labels["reason"].format(reason=data.reason))
            w.space(4)
            w.para(labels["appeal"])
        w.space(4)
        w.para(labels["check"])
        if data.hotline:
            w.para(labels["hotline"].format(hotline=data.hotline))
        w.signature(labels["signer"], data.signer_name)

    return render(out, lang=lang, footer=footer, kind=labels["title"], body=body)
