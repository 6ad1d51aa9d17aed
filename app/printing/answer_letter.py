"""The answer to the voter after the TEC's decision on a claim (R-CLM-5, R-CLM-4, R-CLM-10).

The TEC decides and the PEC hands or sends the answer to the address or contact the voter gave.
The letter names the claim (number, date in Bishkek time, type in words), who decided and when,
and the decision: accepted (the data as corrected, now unblocked) or rejected with its reason
(required). It tells the voter they may appeal and where to check the list. Only what the voter
gave and public fields appear (R-DATA-3): no PIN, refused like on the receipt. The type, the
decision, the deciding commission and the corrected values (a sex, a date...) are in the reader's
words (`app.catalogue`, `words.py`); the reason and the values wrap.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import BinaryIO

from reportlab.pdfgen.canvas import Canvas

from app.models.vocabulary import ClaimType, Decision, Place
from app.printing.base import Footer, Writer, render
from app.printing.receipt import FORBIDDEN_FIELDS
from app.printing.words import Words

__all__ = ["AnswerData", "Footer", "render_answer_letter"]


@dataclass(frozen=True)
class AnswerData:
    number: str
    filed_at: str  # ISO UTC
    claim_type: ClaimType
    precinct: str
    voter_name: str  # as the voter gave it
    contact: str  # where the answer goes
    decision: Decision
    decided_on: str  # YYYY-MM-DD, or the ISO time of the decision (shown as its Bishkek date)
    decided_by: Place | str  # the commission that decided: a place, or as it names itself
    reason: str = ""  # required when rejected
    corrections: Mapping[str, str] = field(default_factory=dict)  # accepted: field -> value now held (no PIN)
    signer_name: str = ""
    hotline: str = ""


def _validate(data: AnswerData) -> None:
    ClaimType(data.claim_type)  # ValueError if it is none
    if Decision(data.decision) is Decision.REJECTED and not data.reason.strip():
        raise ValueError("a rejection states its reason")
    if any(key.strip().lower() in FORBIDDEN_FIELDS for key in data.corrections):
        raise ValueError("an answer letter never shows a PIN (R-DATA-3)")


def render_answer_letter(data: AnswerData, out: BinaryIO, *, lang: str = "ky", footer: Footer) -> int:
    """Writes the letter as a PDF to `out`; returns the number of pages."""
    _validate(data)
    words = Words(lang)
    decision = Decision(data.decision)

    def body(canvas: Canvas) -> None:
        w = Writer(canvas)
        w.letter_head(words, title=words("answer.title"), precinct=data.precinct, name=data.voter_name,
                      contact=data.contact, title_size=13)  # fmt: skip
        considered = words(
            "answer.considered",
            number=data.number,
            filed=words.time(data.filed_at),
            type=words.name(ClaimType(data.claim_type)),
            decided_by=words.shown(data.decided_by),
            decided_on=words.date(data.decided_on),
        )
        w.para(considered)
        w.space(4)
        w.para(words("answer.decision", decision=words.name(decision)), bold=True)
        if decision is Decision.ACCEPTED:
            w.para(words("answer.accepted"))
            if data.corrections:
                w.para(words("answer.corrections"))
                for key, value in data.corrections.items():
                    w.row(f"  {words.label(key)}", words.value(key, value))
        else:
            w.para(words("answer.reason", reason=data.reason))
            w.space(4)
            w.para(words("letter.appeal"))
        w.space(4)
        w.para(words("answer.check"))
        if data.hotline:
            w.para(words("answer.hotline", hotline=data.hotline))
        w.signature(words("letter.signer"), data.signer_name)

    return render(out, lang=lang, footer=footer, kind=words("answer.title"), body=body)
