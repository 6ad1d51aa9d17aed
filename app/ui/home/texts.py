"""The Home page's sentences, built from the overview in the reader's language (Qt's context
"HomeTexts"). Vocabulary values go through `app.catalogue`; dates through `show_date`. Read on
every retranslation, never kept.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject

from app import catalogue
from app.field_messages import show_date
from app.models.calendar import Stage
from app.models.vocabulary import ClaimStatus, ClaimType
from app.services.dashboard import ClaimSummary, Timeline, UrgentClaim
from app.services.destruction import Retention
from app.services.signatures import NONE, TEST, UNUSABLE, SignatureState
from app.ui.claims.claim_texts import flag_text, step_text
from app.ui.exchange.sync_status import local_time
from app.ui.home.charts import Mark


def short_date(day: dt.date, lang: str) -> str:
    """Day and month, for the chart's axis and the timeline."""
    return day.strftime("%m-%d") if lang == "en" else day.strftime("%d.%m")


class HomeTexts(QObject):
    """The sentences, each built on the call in the current language."""

    def stage_text(self, stage: Stage, lang: str) -> str:
        parts = []
        if stage.current is not None:
            text = self.tr("Stage: %1 (since %2).")
            parts.append(
                text.replace("%1", step_text(stage.current.name)).replace("%2", show_date(stage.current.date, lang))
            )
        else:
            parts.append(self.tr("The calendar of the election has not started yet."))
        if stage.next is not None and stage.days_left is not None:
            text = self.tr("Next deadline: %1 on %2, in %n day(s).", "", stage.days_left)
            parts.append(text.replace("%1", step_text(stage.next.name)).replace("%2", show_date(stage.next.date, lang)))
        if stage.days_to_voting > 0:
            parts.append(self.tr("Voting day in %n day(s).", "", stage.days_to_voting))
        elif stage.days_to_voting == 0:
            parts.append(self.tr("Voting day is today."))
        else:
            parts.append(self.tr("Voting day has passed."))
        return "\n".join(parts)

    def timeline_marks(self, timeline: Timeline, lang: str) -> tuple[list[Mark], Mark]:
        """The steps and voting day (name, then date) and today's mark."""
        marks = [Mark(f"{step_text(s.name)}\n{short_date(s.date, lang)}", s.date) for s in timeline.steps]
        voting = timeline.voting_day
        label = self.tr("voting day")
        marks.append(Mark(f"{label}\n{short_date(voting, lang)}", voting))
        today = timeline.stage.today
        return marks, Mark(self.tr("Today, %1").replace("%1", short_date(today, lang)), today)

    def status_counts(self, summary: ClaimSummary, lang: str) -> str:
        counts = " · ".join(f"{catalogue.name(s, lang)}: {summary.by_status[s]}" for s in ClaimStatus)
        total = self.tr("%n claim(s) in all", "", summary.total)
        return f"{total}\n{counts}"

    def flags_line(self, summary: ClaimSummary) -> str:
        if not summary.overdue and not summary.due_soon:
            return self.tr("No claim is past its answer date or due soon.")
        parts = []
        if summary.overdue:
            parts.append(self.tr("%n claim(s) past the answer date", "", summary.overdue))
        if summary.due_soon:
            parts.append(self.tr("%n claim(s) due soon", "", summary.due_soon))
        return "; ".join(parts)

    def urgent_line(self, claim: UrgentClaim, lang: str) -> str:
        kind = catalogue.name_of(ClaimType, claim.type, lang)
        text = self.tr("%1 (%2): answer by %3").replace("%1", claim.number).replace("%2", kind)
        text = text.replace("%3", show_date(claim.answer_by, lang))
        return f"{text} — {flag_text('overdue' if claim.overdue else 'due-soon')}"

    def signatures_line(self, state: SignatureState) -> str:
        if state.kind == TEST:
            return self.tr("Antivirus signatures: TEST signatures — not protection")
        if state.kind == NONE:
            return self.tr("Antivirus signatures: none installed — drives cannot be scanned")
        if state.kind == UNUSABLE:
            return self.tr("Antivirus signatures: cannot be used — drives cannot be scanned")
        if state.days < 0:
            return self.tr("Antivirus signatures: %1").replace("%1", state.date)
        text = self.tr("Antivirus signatures: %1 (%n day(s) old)", "", state.days)
        return text.replace("%1", local_time(state.date))

    def alerts_line(self, count: int) -> str:
        if not count:
            return self.tr("No security alerts are waiting for review.")
        return self.tr("%n security alert(s) waiting for review", "", count)

    def retention_line(self, retention: Retention, lang: str) -> str:
        until = show_date(retention.until, lang)
        if retention.passed:
            return self.tr("The retention period ended on %1: the data is due for destruction.").replace("%1", until)
        text = self.tr("The data is kept until %1 (%n day(s) left).", "", retention.days_left)
        return text.replace("%1", until)
