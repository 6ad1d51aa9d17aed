"""The Audit and alerts page (issue 12 point 5): the log with its filters, the chain's verification
in words, the anomaly alerts with their review (badge: the open ones), the sample review of the
administrators' actions (R-AUD-4) and the export in the NIST SP 1500-101 format
(`app.services.audit_export`). The chair, the secretary, the auditor and the system administrator
see it (AUDIT_VIEW); only ANOMALY_REVIEW records an alert's review; the sample review is every
reader's but a system administrator's, as on the command line."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDateTime, QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from app.errors import AppError
from app.messages import explain
from app.security.audit import Problem, VerifyReport
from app.security.session import Session
from app.services.audit_export import ExportResult
from app.ui.audit.alerts_panel import AlertsPanel
from app.ui.audit.log_panel import LogPanel
from app.ui.audit.sample_panel import SamplePanel
from app.ui.common.deps import UiDeps
from app.ui.common.forms import named
from app.ui.common.page import Page


class AuditPage(Page):
    def __init__(self, deps: UiDeps, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._deps, self._session = deps, session
        self._generation = 0
        self._report: VerifyReport | None = None
        self._build_ui()
        self._connect_signals()
        self._retranslate_ui()

    def _build_ui(self) -> None:
        self.setObjectName("auditPage")
        self.verify_button = named(QPushButton(), "verifyChain")
        self.export_button = named(QPushButton(), "exportNist")
        buttons = QHBoxLayout()
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        self.verify_label = named(QLabel(wordWrap=True), "verifyResult")
        self.export_label = named(QLabel(wordWrap=True), "exportResult")
        self.log_panel = LogPanel(self._deps, self._session)
        self.alerts_panel = AlertsPanel(self._deps, self._session)
        self.sample_panel = SamplePanel(self._deps, self._session) if SamplePanel.permitted(self._session) else None
        self.tabs = named(QTabWidget(), "auditTabs")
        self.tabs.setUsesScrollButtons(False)  # every tab's name whole, in every language
        self.tabs.addTab(self.log_panel, "")
        self.tabs.addTab(self.alerts_panel, "")
        if self.sample_panel is not None:
            self.tabs.addTab(self.sample_panel, "")
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.verify_label)
        layout.addWidget(self.export_label)
        layout.addWidget(self.tabs, 1)

    def _connect_signals(self) -> None:
        self.verify_button.clicked.connect(self.verify)
        self.export_button.clicked.connect(self.export)
        self.alerts_panel.open_count_changed.connect(self._on_open_count)

    def _retranslate_ui(self) -> None:
        self.verify_button.setText(self.tr("&Verify the chain"))
        self.export_button.setText(self.tr("&Export (NIST 1500-101)…"))
        self.tabs.setTabText(0, self.tr("Log"))
        self._on_open_count(self.alerts_panel.open_count())
        if self.sample_panel is not None:
            self.tabs.setTabText(2, self.tr("Administrators' actions"))
        self._show_report()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_ui()
        super().changeEvent(event)

    def title(self) -> str:
        return self.tr("Audit and alerts")

    def start(self) -> None:
        self.log_panel.start()
        self.alerts_panel.start()

    def clear(self) -> None:
        self._generation += 1
        self._report = None
        self.verify_label.clear()
        self.export_label.clear()
        self.log_panel.clear()
        self.alerts_panel.clear()
        if self.sample_panel is not None:
            self.sample_panel.clear()

    # ---- verification ------------------------------------------------------------------
    def verify(self) -> None:
        audit, session, generation = self._deps.services.audit(), self._session, self._generation
        self.verify_button.setEnabled(False)
        self.verify_label.setText(self.tr("Verifying the chain…"))
        self._deps.runner.run(lambda: audit.verify_as(session),
                              lambda report: self._on_verified(report, generation), self._on_verify_failed)  # fmt: skip

    def _on_verified(self, report: VerifyReport, generation: int) -> None:
        self.verify_button.setEnabled(True)
        if generation == self._generation:
            self._report = report
            self._show_report()

    def _on_verify_failed(self, error: AppError) -> None:
        self.verify_button.setEnabled(True)
        self.verify_label.setText(explain(error, self._deps.translations.lang))

    def _show_report(self) -> None:
        report = self._report
        if report is None:
            return
        if report.ok:
            text = self.tr("The audit chain is intact: %1 events, the last one signed at event %2.")
            self.verify_label.setText(text.replace("%1", str(report.events)).replace("%2", str(report.checkpoint_seq)))
            return
        seq, problem = report.problems[0]
        text = self.tr("The audit chain is BROKEN: %1 problems. The first, at event %2: %3")
        self.verify_label.setText(
            text.replace("%1", str(len(report.problems)))
            .replace("%2", str(seq))
            .replace("%3", self.problem_text(problem))
        )

    def problem_text(self, problem: Problem) -> str:
        words = {
            Problem.EDITED: self.tr("an event was changed after it was written."),
            Problem.BROKEN_LINK: self.tr("events were deleted, inserted or reordered."),
            Problem.SEQUENCE_GAP: self.tr("an event number is missing."),
            Problem.TRUNCATED: self.tr("the log ends before its last signed point: events were cut off."),
            Problem.CHECKPOINT_MISMATCH: self.tr("the log differs from what was signed."),
            Problem.CHECKPOINT_FORGED: self.tr("a signature of the log is forged."),
            Problem.ROLLED_BACK: self.tr("the log is older than this computer has seen: it was rolled back."),
        }
        return words[problem]

    # ---- export ------------------------------------------------------------------------
    def export(self) -> None:
        folder = self._deps.chooser.directory(self, self.tr("Folder for the audit log export"))
        if folder is None:
            return
        stamp = QDateTime.currentDateTimeUtc().toString("yyyyMMdd'T'HHmmss'Z'")
        out = Path(folder) / f"audit-log-{stamp}.json"
        exporter, session = self._deps.services.audit_export(self._deps.volumes), self._session
        self.export_button.setEnabled(False)
        self.export_label.setText(self.tr("Writing the audit log…"))
        self._deps.runner.run(lambda: exporter.export(session, out), self._on_exported, self._on_export_failed)

    def _on_exported(self, result: ExportResult) -> None:
        self.export_button.setEnabled(True)
        text = self.tr("Written: %1 (%2 events, readable only by you).")
        self.export_label.setText(text.replace("%1", str(result.path)).replace("%2", str(result.events)))

    def _on_export_failed(self, error: AppError) -> None:
        self.export_button.setEnabled(True)
        self.export_label.setText(explain(error, self._deps.translations.lang))

    def _on_open_count(self, count: int) -> None:
        self.tabs.setTabText(1, self.tr("Alerts (%1)").replace("%1", str(count)) if count else self.tr("Alerts"))
        self.badge.emit(count)
