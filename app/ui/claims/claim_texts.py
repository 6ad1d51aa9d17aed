"""Translated words of the claims page that are not vocabulary values: the answer-date flags
(`app.services.claims.Flag`), the steps of the election calendar and the steps of a claim's
history (`app.models.claims.ClaimEventKind`), and how a stored time is shown.

Claim types, statuses, answer channels, sexes and the other vocabulary values are named by
`app.catalogue`, never here. Read on every retranslation, never kept.
"""

from __future__ import annotations

import datetime as dt
import enum

from PySide6.QtCore import QCoreApplication

from app import catalogue
from app.field_messages import show_date
from app.models.calendar import BISHKEK
from app.models.claims import ClaimEvent, ClaimEventKind
from app.models.vocabulary import AnswerChannel, Decision, Field, Place, Sex, SpecialCategory


def flag_text(flag: str) -> str:
    texts = {
        "due-soon": QCoreApplication.translate("ClaimTexts", "answer due soon"),
        "overdue": QCoreApplication.translate("ClaimTexts", "OVERDUE"),
    }
    return texts.get(flag, "")


def step_text(step: str) -> str:
    texts = {
        "preliminary_on_portal": QCoreApplication.translate("ClaimTexts", "preliminary list on the portal"),
        "preliminary_to_pec": QCoreApplication.translate("ClaimTexts", "preliminary list given to the PEC"),
        "posted_for_review": QCoreApplication.translate("ClaimTexts", "list posted for review"),
        "control_list_posted": QCoreApplication.translate("ClaimTexts", "control list posted"),
        "claims_close": QCoreApplication.translate("ClaimTexts", "last day for claims"),
        "institution_forms_close": QCoreApplication.translate("ClaimTexts", "last day for institution forms"),
        "final_on_portal": QCoreApplication.translate("ClaimTexts", "final list on the portal"),
        "final_published_by_pec": QCoreApplication.translate("ClaimTexts", "final list published by the PEC"),
    }
    return texts.get(step, step)


def moment(stamp: str, lang: str) -> str:
    """A stored UTC timestamp as a Bishkek date (written as `lang` writes dates) and time, to the minute."""
    try:
        when = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    local = when.astimezone(BISHKEK)
    return f"{show_date(local.date(), lang)} {local:%H:%M}"


def event_text(event: ClaimEvent, lang: str) -> str:
    """What one step of a claim's history was, in `lang` (the window's translators)."""
    texts = {
        ClaimEventKind.FILED: QCoreApplication.translate("ClaimTexts", "Filed (%1)"),
        ClaimEventKind.BLOCKED: QCoreApplication.translate(
            "ClaimTexts", "The voter's record blocked until the decision"
        ),
        ClaimEventKind.SENT: QCoreApplication.translate("ClaimTexts", "Sent to the TEC in batch %1"),
        ClaimEventKind.ACKNOWLEDGED: QCoreApplication.translate("ClaimTexts", "Batch %1 acknowledged by the TEC"),
        ClaimEventKind.OVERDUE: QCoreApplication.translate(
            "ClaimTexts", "No decision by the answer date: alert raised"
        ),
        ClaimEventKind.DECIDED: QCoreApplication.translate("ClaimTexts", "Decision of the TEC: %1"),
        ClaimEventKind.UNBLOCKED: QCoreApplication.translate(
            "ClaimTexts", "Decision received; the voter's record released"
        ),
        ClaimEventKind.DESTROYED: QCoreApplication.translate("ClaimTexts", "Unlawfully collected data destroyed"),
        ClaimEventKind.INFORMED: QCoreApplication.translate("ClaimTexts", "Voter informed (%1)"),
        ClaimEventKind.INFORMED_SENT: QCoreApplication.translate(
            "ClaimTexts", "Report that the voter was informed sent in batch %1"
        ),
    }
    value = _event_value(event, lang)
    return texts[event.kind].replace("%1", value)


def _event_value(event: ClaimEvent, lang: str) -> str:
    if event.batch:
        return str(event.batch)
    kinds = {ClaimEventKind.FILED: Place, ClaimEventKind.DECIDED: Decision, ClaimEventKind.INFORMED: AnswerChannel}
    kind = kinds.get(event.kind)
    return catalogue.name_of(kind, event.value, lang) if kind is not None and event.value else event.value


_VALUE_KINDS: dict[str, type[enum.StrEnum]] = {Field.SEX: Sex, Field.SPECIAL_CATEGORY: SpecialCategory}


def field_line(key: str, value: str, lang: str) -> str:
    """One correction asked for, "Field: value", the field and any vocabulary value in `lang`."""
    kind = _VALUE_KINDS.get(key)
    shown = catalogue.name_of(kind, value, lang) if kind is not None else value
    if key == Field.BIRTH_DATE:
        try:
            shown = show_date(dt.date.fromisoformat(value), lang)
        except ValueError:
            shown = value
    return f"{catalogue.name_of(Field, key, lang)}: {shown}"
