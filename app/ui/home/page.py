"""The Home page (issue 12 point 2): where the election stands and what needs doing, at a glance.

One call (`DashboardService.overview`, on the worker) brings everything; the page shows each
block only to the roles the permission table allows its data (the service leaves the others
empty too): the calendar with its timeline, the retention date, the signatures for everyone;
the claims with their chart for those who take claims; the last import and batch for those who
exchange or audit them; the open alerts for the reviewers and auditors. The page loads when the
session starts and again each time it is shown; a lock or log-out drops what it showed.
"""

from __future__ import annotations

from dataclasses import asdict

from PySide6.QtCore import QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from app import catalogue
from app.errors import AppError
from app.messages import explain
from app.models.vocabulary import ClaimStatus
from app.security.permissions import Action, allowed
from app.security.session import Session
from app.services.dashboard import ALERT_ACTIONS, EXCHANGE_ACTIONS, ClaimSummary, Overview
from app.ui.common.deps import UiDeps
from app.ui.common.page import Page
from app.ui.exchange.sync_status import SyncStatusLines
from app.ui.home.charts import SERIES_COLOURS, ClaimsPerDayChart, Series, TimelineChart
from app.ui.home.texts import HomeTexts, short_date


def _label(name: str) -> QLabel:
    label = QLabel(wordWrap=True)
    label.setObjectName(name)
    return label


def _box(name: str) -> QGroupBox:
    box = QGroupBox()
    box.setObjectName(name)
    return box


class HomePage(Page):
    def __init__(self, deps: UiDeps, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._deps = deps
        self._session = session
        self._generation = 0
        self._active = False
        self._overview: Overview | None = None
        self._error: AppError | None = None
        self._texts = HomeTexts(self)
        self._build_ui()
        self._retranslate_ui()

    def _allowed(self, actions: tuple[Action, ...]) -> bool:
        return any(allowed(self._session.role, action) for action in actions)

    # ---- building ----------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.setObjectName("homePage")
        self.error_label = _label("homeError")
        self.calendar_box = self._build_calendar()
        self.claims_box = self._build_claims()
        self.exchange_box = _box("homeExchange")
        self.exchange_lines = SyncStatusLines()
        QVBoxLayout(self.exchange_box).addWidget(self.exchange_lines)
        self.security_box = self._build_security()
        self.claims_box.setVisible(allowed(self._session.role, Action.CLAIM_INTAKE))
        self.exchange_box.setVisible(self._allowed(EXCHANGE_ACTIONS))
        self.alerts_label.setVisible(self._allowed(ALERT_ACTIONS))
        side = QVBoxLayout()
        for box in (self.exchange_box, self.security_box):
            side.addWidget(box)
        side.addStretch(1)
        lower = QHBoxLayout()
        lower.addWidget(self.claims_box, 3)
        lower.addLayout(side, 2)
        content = QWidget()
        content.setObjectName("homeContent")
        column = QVBoxLayout(content)
        for widget in (self.error_label, self.calendar_box):
            column.addWidget(widget)
        column.addLayout(lower)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def _build_calendar(self) -> QGroupBox:
        box = _box("homeCalendar")
        self.stage_label = _label("homeStage")
        self.timeline = TimelineChart()
        inner = QVBoxLayout(box)
        inner.addWidget(self.stage_label)
        inner.addWidget(self.timeline)
        return box

    def _build_claims(self) -> QGroupBox:
        box = _box("homeClaims")
        self.counts_label = _label("homeClaimCounts")
        self.flags_label = _label("homeClaimFlags")
        self.urgent_label = _label("homeUrgentClaims")
        self.chart_title = _label("homeChartTitle")
        self.claims_chart = ClaimsPerDayChart()
        inner = QVBoxLayout(box)
        for widget in (self.counts_label, self.flags_label, self.urgent_label, self.chart_title, self.claims_chart):
            inner.addWidget(widget)
        return box

    def _build_security(self) -> QGroupBox:
        box = _box("homeSecurity")
        self.alerts_label = _label("homeOpenAlerts")
        self.signatures_label = _label("homeSignatures")
        self.retention_label = _label("homeRetention")
        inner = QVBoxLayout(box)
        for widget in (self.alerts_label, self.signatures_label, self.retention_label):
            inner.addWidget(widget)
        return box

    # ---- the Page contract -------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Home")

    def start(self) -> None:
        self._active = True
        self.refresh()

    def clear(self) -> None:
        self._active = False
        self._generation += 1
        self._overview, self._error = None, None
        self._show()

    def refresh(self) -> None:
        self._generation += 1
        generation, deps, session = self._generation, self._deps, self._session
        deps.runner.run(
            lambda: deps.services.dashboard().overview(session),
            lambda overview: self._on_loaded(overview, generation),
            lambda error: self._on_failed(error, generation),
        )

    @property
    def overview(self) -> Overview | None:
        return self._overview

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._active and self._overview is not None:
            self.refresh()  # back on Home: what changed on the other pages shows

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_ui()
        super().changeEvent(event)

    # ---- slots -------------------------------------------------------------------------
    def _on_loaded(self, overview: Overview, generation: int) -> None:
        if generation == self._generation:
            self._overview, self._error = overview, None
            self._show()

    def _on_failed(self, error: AppError, generation: int) -> None:
        if generation == self._generation:
            self._error = error
            self._show()

    # ---- showing -----------------------------------------------------------------------
    def _retranslate_ui(self) -> None:
        self.calendar_box.setTitle(self.tr("Election calendar"))
        self.claims_box.setTitle(self.tr("Claims"))
        self.exchange_box.setTitle(self.tr("Exchange with the central system"))
        self.security_box.setTitle(self.tr("Security and storage"))
        self._show()

    def _show(self) -> None:
        lang, overview = self._deps.translations.lang, self._overview
        self.error_label.setText(explain(self._error, lang) if self._error else "")
        self.error_label.setVisible(self._error is not None)
        self._show_calendar(overview, lang)
        self._show_claims(overview.claims if overview else None, lang)
        self.exchange_lines.show_status(asdict(overview.exchange) if overview and overview.exchange else None)
        self._show_security(overview, lang)

    def _show_calendar(self, overview: Overview | None, lang: str) -> None:
        timeline = overview.timeline if overview else None
        if overview is not None and timeline is None and overview.calendar_error is not None:
            self.stage_label.setText(explain(overview.calendar_error, lang))
        else:
            self.stage_label.setText(self._texts.stage_text(timeline.stage, lang) if timeline else "")
        self.timeline.setVisible(timeline is not None)
        if timeline is not None:
            self.timeline.set_data(*self._texts.timeline_marks(timeline, lang))

    def _show_claims(self, summary: ClaimSummary | None, lang: str) -> None:
        self.counts_label.setText(self._texts.status_counts(summary, lang) if summary else "")
        self.flags_label.setText(self._texts.flags_line(summary) if summary else "")
        lines = [self._texts.urgent_line(claim, lang) for claim in summary.urgent] if summary else []
        self.urgent_label.setText("\n".join(lines))
        self.urgent_label.setVisible(bool(lines))
        days = len(summary.days) if summary else 0
        self.chart_title.setText(self.tr("Claims filed per day, by status: the last %n day(s)", "", days))
        self.chart_title.setVisible(summary is not None)
        self.claims_chart.setVisible(summary is not None)
        if summary is not None:
            series = [Series(catalogue.name(status, lang), SERIES_COLOURS[n], summary.per_day[status])
                      for n, status in enumerate(ClaimStatus)]  # fmt: skip
            labels = [short_date(day, lang) for day in summary.days]
            self.claims_chart.set_data(labels, series, self.tr("No claims were filed in these days."))

    def _show_security(self, overview: Overview | None, lang: str) -> None:
        alerts = overview.open_alerts if overview else None
        self.alerts_label.setText(self._texts.alerts_line(alerts) if alerts is not None else "")
        self.signatures_label.setText(self._texts.signatures_line(overview.signatures) if overview else "")
        retention = overview.retention if overview else None
        self.retention_label.setText(self._texts.retention_line(retention, lang) if retention else "")
