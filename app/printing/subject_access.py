"""The subject access extract and its refusal (R-CLM-9, R-SEC-9, R-DATA-3).

A voter may ask what data is held about them; the answer, or a reasoned written refusal, is due
within a week (`answer_by`, computed by the caller). Unlike every other document here, the
extract DOES print confidential fields (PIN, birth date, address...) since it is the voter's own
data, and so it needs an approval (R-SEC-9): `approved_by` (the chair or secretary who gave their
password in the window) is required and printed, and every page is marked CONFIDENTIAL.

The content is given by the caller as sections of label/value rows, so that whatever the store
holds (the list record, claims, attachments) is printed without this module knowing the schema.
A label is a field key (named by the catalogue), "status", or text as is; a value is shown in the
reader's words (`words.Shown`: a vocabulary member by its name, a stored sex, special category or
status by the name of its value, a date or a time in the language's one form). The processing
history is given as the store keeps it (`HistoryEntry`) and printed as "field: before → after" at
its Bishkek time, with the claim it was for; the store's own note on a status change is an internal
code and is not printed. The refusal is a template: with no reason given it prints ruled lines for
a handwritten one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.printing.base import Footer, Writer, render
from app.printing.words import Shown, Words

__all__ = [
    "AccessSection",
    "Footer",
    "HistoryEntry",
    "RefusalData",
    "SubjectAccessData",
    "render_access_refusal",
    "render_subject_access",
]

SECTIONS = ("record", "claims", "attachments", "processing")  # titles named by the wording


@dataclass(frozen=True)
class AccessSection:
    title: str  # one of SECTIONS, or a title as is
    rows: tuple[tuple[str, Shown], ...]  # (field key, "status" or a label as is; value)


@dataclass(frozen=True)
class HistoryEntry:
    """One change of the voter's record as the store keeps it (`app.models.voters`)."""

    at: str  # ISO UTC
    action: str  # "status" or "change"
    change: Mapping[str, Any]  # field -> [before, after]; a status change also names its "claim"


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
    history: tuple[HistoryEntry, ...] = ()  # printed as the section "processing"


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


def _head(w: Writer, words: Words, data: SubjectAccessData | RefusalData) -> None:
    w.para(words("letter.precinct", precinct=data.precinct), size=9)
    received, answer_by = words.date(data.received_on), words.date(data.answer_by)
    w.para(words("access.request", number=data.request_number, received=received, answer_by=answer_by), size=9)
    w.space(10)


def _changes(words: Words, entry: HistoryEntry) -> str:
    """ "Field: before → after" per changed field, and the claim the change was made for."""
    lines = [
        f"{words.label(key)}: {words.value(key, str(pair[0]))} → {words.value(key, str(pair[1]))}"
        for key, pair in entry.change.items()
        if isinstance(pair, list | tuple) and len(pair) == 2  # [before, after]
    ]
    if entry.change.get("claim"):
        lines.append(words("access.claim", number=entry.change["claim"]))
    return "\n".join(lines) or words("empty")


def _section(w: Writer, words: Words, title: str, rows: tuple[tuple[str, str], ...]) -> None:
    w.space(3 * mm)
    w.ensure(20 * mm)
    w.para(words(f"access.section.{title}") if title in SECTIONS else title, size=11, bold=True)
    w.rule()
    if not rows:
        w.para(words("empty"))
    for label, value in rows:
        w.row(label, value or words("empty"))


def render_subject_access(data: SubjectAccessData, out: BinaryIO, *, lang: str = "ky", footer: Footer) -> int:
    """Writes the extract as a PDF to `out`; returns the number of pages. Needs `approved_by`."""
    if not data.approved_by.strip():
        raise PermissionError("printing confidential data needs an approval (R-SEC-9)")
    words = Words(lang)

    def body(canvas: Canvas) -> None:
        w = Writer(canvas)
        _head(w, words, data)
        w.centered(words("access.title"), size=13)
        w.space(6)
        w.para(words("access.subject", name=data.voter_name), bold=True)
        w.para(words("access.intro"))
        for section in data.sections:
            rows = tuple((words.label(key), words.shown(value, key)) for key, value in section.rows)
            _section(w, words, section.title, rows)
        if data.history:
            _section(w, words, "processing", tuple((words.time(e.at), _changes(words, e)) for e in data.history))
        w.space(4 * mm)
        w.para(words("access.approved", name=data.approved_by), size=9)
        w.signature(words("letter.signer"), data.signer_name)

    return render(out, lang=lang, footer=footer, kind=words("access.title"), body=body,
                  mark=words("access.confidential"))  # fmt: skip


def render_access_refusal(data: RefusalData, out: BinaryIO, *, lang: str = "ky", footer: Footer) -> int:
    """Writes the reasoned refusal (a template when `reason` is empty); returns the number of pages."""
    words = Words(lang)

    def body(canvas: Canvas) -> None:
        w = Writer(canvas)
        _head(w, words, data)
        w.para(words("access.subject", name=data.voter_name), bold=True)
        if data.contact:
            w.para(words("letter.contact", contact=data.contact))
        w.space(10)
        w.centered(words("refusal.title"), size=12)
        w.space(8)
        w.para(words("refusal.intro"))
        w.space(4)
        w.para(words("refusal.reason"), bold=True)
        if data.reason.strip():
            w.para(data.reason)
        else:
            w.blank_lines(5)
        if data.legal_basis.strip():
            w.space(4)
            w.para(words("refusal.legal_basis", basis=data.legal_basis))
        w.space(4)
        w.para(words("refusal.appeal"))
        w.signature(words("letter.signer"), data.signer_name)

    return render(out, lang=lang, footer=footer, kind=words("refusal.title"), body=body)
