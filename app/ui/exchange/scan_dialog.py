"""The scan of a drive in the window: progress with its stage and Cancel, then the report
(R-SEC-6, R-SEC-11).

`MediaPanel` drives it; the dialog shows the progress the worker reports, and then the report the
service kept: the outcome, files, bytes, duration, every engine with its signature version and date,
and every finding (verdict, rule, path, detail) as the report gives them (names on the medium are
already escaped by the scanner and are shown as plain text, never as markup). An infected medium
shows the rule of R-SEC-6 prominently: do not use it, report it to the CEC information-security
unit (the explanation of `infected`). Cancel asks the scan to stop; the dialog waits for it to end.

It is window-modal and opened with `open()`, never `exec()`, so the event loop keeps running.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError, Reason
from app.messages import explain
from app.security.scanner.types import Outcome, ScanReport
from app.security.scanner.volumes import Volume
from app.security.scanner.walk import shown
from app.services.scanning import refusal_of
from app.ui.common.forms import grow_to_fit

IDLE, SCANNING, CANCELLING, REPORT, STOPPED = "idle", "scanning", "cancelling", "report", "stopped"
MAX_FINDINGS_SHOWN = 200  # the rest are in the kept report (`pec-desk scan --json`)


class ScanProgressRelay(QObject):
    """Carries the scan's `progress(stage, done, total)` from the worker thread to the UI thread."""

    progressed = Signal(str, int, int)

    def report(self, stage: str, done: int, total: int) -> None:  # worker thread; delivered queued
        self.progressed.emit(stage, done, total)


@dataclass(frozen=True)
class ScanState:
    kind: str
    drive: str = ""
    report: ScanReport | None = None
    error: AppError | None = None


def was_cancelled(report: ScanReport) -> bool:
    return report.reason == "cancelled"


def drive_name(volume: Volume) -> str:
    """How a drive is named to the person: its label, else its volume id, else where it is mounted."""
    return volume.label or volume.volume_id or str(volume.mount_point)


def stage_text(stage: str) -> str:
    """The scan's stage (`MediumScan` progress) in the person's language."""
    stages = {
        "policy": QCoreApplication.translate("ScanDialog", "Checking the files against the rules"),
        "staging": QCoreApplication.translate("ScanDialog", "Copying the files into the private staging area"),
        "antivirus": QCoreApplication.translate("ScanDialog", "Antivirus check"),
    }
    return stages.get(stage, QCoreApplication.translate("ScanDialog", "Preparing"))


class ScanDialog(QDialog):
    """Progress with Cancel, then the report of one scan."""

    cancel_requested = Signal()

    def __init__(self, lang: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._state = ScanState(IDLE)
        self._stage = ""
        self._build_ui()
        self._retranslate_ui()

    def _build_ui(self) -> None:
        self.setObjectName("scanDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.title_label = QLabel(wordWrap=True)
        self.title_label.setObjectName("dialogTitle")
        self.stage_label = QLabel(wordWrap=True)
        self.stage_label.setObjectName("scanStage")
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("scanProgress")
        self.infected_label = QLabel(wordWrap=True)
        self.infected_label.setObjectName("infectedWarning")
        self.infected_label.setTextFormat(Qt.TextFormat.PlainText)
        self.infected_label.setStyleSheet("color: #a00000; font-weight: bold; font-size: 120%;")
        self.outcome_label = QLabel(wordWrap=True)
        self.outcome_label.setObjectName("scanOutcome")
        self.outcome_label.setTextFormat(Qt.TextFormat.PlainText)
        self.report_text = QPlainTextEdit()
        self.report_text.setObjectName("scanReport")
        self.report_text.setReadOnly(True)
        self.report_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelButton")
        self.close_button = QPushButton()
        self.close_button.setObjectName("closeButton")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.cancel_button, self.close_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        for widget in (self.title_label, self.stage_label, self.progress_bar, self.infected_label, self.outcome_label):
            layout.addWidget(widget)
        layout.addWidget(self.report_text, 1)
        layout.addLayout(buttons)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.close_button.clicked.connect(self.accept)
        self.setMinimumWidth(560)

    # ---- public ------------------------------------------------------------------------
    @property
    def state(self) -> ScanState:
        return self._state

    @property
    def busy(self) -> bool:
        return self._state.kind in (SCANNING, CANCELLING)

    def show_state(self, state: ScanState) -> None:
        self._state = state
        if state.kind == SCANNING:
            self._stage = ""
            self.progress_bar.setRange(0, 0)
        self._retranslate_ui()
        if not self.isVisible():
            self.open()

    def set_progress(self, stage: str, done: int, total: int) -> None:
        if not self.busy:
            return
        self._stage = stage
        if total > 0:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(min(done, total))
        self.stage_label.setText(self._stage_text())

    def reject(self) -> None:
        """Escape or the window's close button while scanning asks to cancel; it closes after."""
        if self.busy:
            self._on_cancel_clicked()
        else:
            super().reject()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_ui()
        super().changeEvent(event)

    def _on_cancel_clicked(self) -> None:
        if self._state.kind == SCANNING:
            self._state = ScanState(CANCELLING, self._state.drive)
            self._retranslate_ui()
            self.cancel_requested.emit()

    # ---- texts -------------------------------------------------------------------------
    def _retranslate_ui(self) -> None:
        state = self._state
        self.setWindowTitle(self.tr("Scan of a drive"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.close_button.setText(self.tr("Close"))
        working = state.kind in (SCANNING, CANCELLING)
        self.progress_bar.setVisible(working)
        self.stage_label.setVisible(working)
        self.cancel_button.setVisible(working)
        self.cancel_button.setEnabled(state.kind == SCANNING)
        self.close_button.setVisible(not working)
        if state.kind == SCANNING:
            self.title_label.setText(self.tr("Scanning %1... Nothing is read from it until the scan ends.")
                                     .replace("%1", state.drive))  # fmt: skip
            self.stage_label.setText(self._stage_text())
        elif state.kind == CANCELLING:
            self.title_label.setText(self.tr("Stopping the scan of %1...").replace("%1", state.drive))
            self.stage_label.setText("")
        elif state.kind == STOPPED:
            self.title_label.setText(self.tr("The scan of %1 did not finish").replace("%1", state.drive))
        else:
            self.title_label.setText(self.tr("Scan report: %1").replace("%1", state.drive))
        infected, outcome, body = self._report_texts(state)
        self.infected_label.setText(infected)
        self.infected_label.setVisible(bool(infected))
        self.outcome_label.setText(outcome)
        self.outcome_label.setVisible(bool(outcome))
        self.report_text.setPlainText(body)
        self.report_text.setVisible(bool(body))
        if self.close_button.isVisible():
            self.close_button.setDefault(True)
            self.close_button.setFocus()
        grow_to_fit(self)  # the outcome may wrap onto more lines than the dialog has

    def _stage_text(self) -> str:
        return stage_text(self._stage)

    def _report_texts(self, state: ScanState) -> tuple[str, str, str]:
        """(the R-SEC-6 warning, the outcome line, the report) of the state."""
        if state.kind == STOPPED:
            if state.error is None:
                text = self.tr("It stopped on an unexpected error; nothing from the drive is used.")
                return "", text, ""
            code = self.tr("Reason code: %1").replace("%1", state.error.reason.value)
            return "", f"{explain(state.error, self._lang())}\n{code}", ""
        report = state.report
        if state.kind != REPORT or report is None:
            return "", "", ""
        return self._warning(report), self._outcome_text(report), self.report_body(report)

    def _warning(self, report: ScanReport) -> str:
        if report.outcome is Outcome.CLEAN or was_cancelled(report):
            return ""
        error = refusal_of(report)
        return explain(error, self._lang()) if error.reason is Reason.INFECTED else ""

    def _outcome_text(self, report: ScanReport) -> str:
        if was_cancelled(report):
            return self.tr("The scan was cancelled. Nothing from the drive is used.")
        if report.outcome is Outcome.CLEAN:
            return self.tr("Result: clean. Nothing harmful was found.")
        error = refusal_of(report)
        code = self.tr("Reason code: %1").replace("%1", error.reason.value)
        if error.reason is Reason.INFECTED:
            return self.tr("Result: infected. Nothing from the drive is used.") + "\n" + code
        if report.outcome is Outcome.REFUSED:
            lead = self.tr("Result: refused. Nothing from the drive is used.")
        else:
            lead = self.tr("Result: the drive could not be scanned. Nothing from it is used.")
        return f"{lead}\n{explain(error, self._lang())}\n{code}"

    def report_body(self, report: ScanReport) -> str:
        lines = [
            self.tr("Files: %1").replace("%1", str(report.files)),
            self.tr("Bytes: %1").replace("%1", f"{report.bytes:,}".replace(",", " ")),
            self.tr("Duration: %1 s").replace("%1", f"{report.seconds:.1f}"),
            self.tr("Antivirus engines:"),
        ]
        if not report.engines:
            lines.append("  " + self.tr("none"))
        for engine in report.engines:
            date = engine.signatures_date or self.tr("no date")
            line = self.tr("%1 %2, signatures %3 (%4)")
            line = line.replace("%1", engine.name).replace("%2", engine.version)
            lines.append("  " + line.replace("%3", engine.signatures).replace("%4", date))
        if report.reason and not was_cancelled(report):
            lines.append(self.tr("Why it could not be scanned: %1").replace("%1", report.reason))
        findings = report.findings
        lines.append(self.tr("Findings: %1").replace("%1", str(len(findings))))
        for finding in findings[:MAX_FINDINGS_SHOWN]:
            # The path is escaped by the scanner already; the rule and detail are escaped here.
            parts = [finding.verdict.value, shown(finding.rule), finding.path or "-"]
            if finding.detail:
                parts.append(shown(finding.detail))
            lines.append("  • " + " — ".join(parts))
        if len(findings) > MAX_FINDINGS_SHOWN:
            rest = len(findings) - MAX_FINDINGS_SHOWN
            lines.append(
                "  " + self.tr("... and %1 more (all of them are in the kept report)").replace("%1", str(rest))
            )
        return "\n".join(lines)
