"""The dialog of an exchange with the central system: progress, the summary before applying,
the result, or the refusal with its reason code (R-SYN-1, R-SYN-2).

`SyncPanel` drives it; the dialog only shows a `DialogState` and reports Apply. It is
window-modal and opened with `open()`, never `exec()`, so the event loop keeps running.

Through a registered drive (R-SEC-11) it also shows the choice of the drive, the scan that stages
the drive's files (its stage, progress and a Cancel that asks the scan to stop), and the choice of
one of the staged envelopes; it reports the choice (`chosen`) and the cancel (`cancel_requested`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.messages import explain
from app.services.sync_export import ExportSummary, ResentSummary
from app.services.sync_import import ImportSummary
from app.ui.common.forms import grow_to_fit
from app.ui.exchange.scan_dialog import stage_text

# What the dialog shows; the first three are "working" states with the progress bar.
CHECKING, APPLYING, EXPORTING = "checking", "applying", "exporting"
PREVIEW, APPLIED, EXPORTED, REFUSED = "preview", "applied", "exported", "refused"
FAILED = "failed"  # the call ended without an outcome (a bug or an I/O error, re-raised on the UI thread)
# Through a registered drive: choose it, scan and stage it (cancellable), choose a staged envelope.
CHOOSE_DRIVE, STAGING, CHOOSE_ENVELOPE = "choose-drive", "staging", "choose-envelope"
CANCELLED, NO_ENVELOPES = "cancelled", "no-envelopes"
IMPORT, EXPORT = "import", "export"  # what a drive is chosen for
WORKING = frozenset({CHECKING, APPLYING, EXPORTING, STAGING})
CHOOSING = frozenset({CHOOSE_DRIVE, CHOOSE_ENVELOPE})


@dataclass(frozen=True)
class DialogState:
    """What the dialog shows, kept so it can be said again in another language."""

    kind: str
    file_name: str = ""
    summary: ImportSummary | ExportSummary | ResentSummary | None = None
    error: AppError | None = None
    choices: tuple[str, ...] = ()  # the drives or the staged envelopes to choose from
    purpose: str = ""  # IMPORT or EXPORT, when a drive is chosen


class SyncDialog(QDialog):
    """Progress, the summary before applying, the result, or the refusal."""

    apply_requested = Signal()
    chosen = Signal(int)  # the row of the chosen drive or envelope
    cancel_requested = Signal()  # Cancel while the drive is scanned

    def __init__(self, lang: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._state = DialogState(CHECKING)
        self._stage = ""
        self._cancelling = False
        self._build_ui()
        self._retranslate_ui()

    def _build_ui(self) -> None:
        self.setObjectName("syncDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.title_label = QLabel(wordWrap=True)
        self.title_label.setObjectName("dialogTitle")
        self.text_label = QLabel(wordWrap=True)
        self.text_label.setObjectName("syncSummary")
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label = QLabel(wordWrap=True)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("syncProgress")
        self.choice_list = QListWidget()
        self.choice_list.setObjectName("choiceList")
        self.next_button = QPushButton()
        self.next_button.setObjectName("nextButton")
        self.apply_button = QPushButton()
        self.apply_button.setObjectName("applyButton")
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelButton")
        self.close_button = QPushButton()
        self.close_button.setObjectName("closeButton")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.next_button, self.apply_button, self.cancel_button, self.close_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        layout = self._layout = QVBoxLayout(self)
        for widget in (self.title_label, self.text_label, self.error_label, self.choice_list, self.progress_bar):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.apply_button.clicked.connect(self.apply_requested)
        self.next_button.clicked.connect(self._on_next_clicked)
        self.choice_list.itemDoubleClicked.connect(lambda _item: self._on_next_clicked())
        self.choice_list.currentRowChanged.connect(lambda _row: self._update_next())
        self.cancel_button.clicked.connect(self.reject)
        self.close_button.clicked.connect(self.accept)
        self.setMinimumWidth(460)

    # ---- public ------------------------------------------------------------------------
    @property
    def state(self) -> DialogState:
        return self._state

    @property
    def busy(self) -> bool:
        return self._state.kind in WORKING

    def show_state(self, state: DialogState) -> None:
        self._state = state
        if state.kind in WORKING:
            self.progress_bar.setRange(0, 0)  # busy until the first progress report
        self._stage, self._cancelling = "", False
        self.choice_list.clear()
        self.choice_list.addItems(list(state.choices))
        if state.choices:
            self.choice_list.setCurrentRow(0)
        self._retranslate_ui()
        if not self.isVisible():
            self.open()

    def set_progress(self, done: int, total: int) -> None:
        if self.busy and total > 0:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(min(done, total))

    def set_stage_progress(self, stage: str, done: int, total: int) -> None:
        """The scan's progress while the drive is staged."""
        if self._state.kind != STAGING or self._cancelling:
            return
        self._stage = stage
        self.set_progress(done, total)
        self.text_label.setText(stage_text(stage))

    def reject(self) -> None:
        """Escape, the window's close button and Cancel do nothing while a call runs, except
        while the drive is scanned: then they ask the scan to stop."""
        if self._state.kind == STAGING:
            if not self._cancelling:
                self._cancelling = True
                self._retranslate_ui()
                self.cancel_requested.emit()
        elif not self.busy:
            super().reject()

    def _on_next_clicked(self) -> None:
        row = self.choice_list.currentRow()
        if self._state.kind in CHOOSING and 0 <= row < len(self._state.choices):
            self.chosen.emit(row)

    def _update_next(self) -> None:
        self.next_button.setEnabled(self.choice_list.currentRow() >= 0)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_ui()
        super().changeEvent(event)

    # ---- texts -------------------------------------------------------------------------
    def _retranslate_ui(self) -> None:
        state = self._state
        self.setWindowTitle(self.tr("Exchange with the central system"))
        self.apply_button.setText(self.tr("&Apply"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.close_button.setText(self.tr("Close"))
        title, text, error = self._texts(state)
        self.title_label.setText(title)
        self.text_label.setText(text)
        self.text_label.setVisible(bool(text))
        self.error_label.setText(error)
        self.error_label.setVisible(bool(error))
        already = isinstance(state.summary, ImportSummary) and state.summary.already_applied
        choosing = state.kind in CHOOSING and bool(state.choices)
        self.progress_bar.setVisible(state.kind in WORKING)
        self.choice_list.setVisible(choosing)
        self.next_button.setVisible(choosing)
        self.next_button.setText(self._next_text(state))
        self._update_next()
        self.apply_button.setVisible(state.kind == PREVIEW and not already)
        asking = (state.kind == PREVIEW and not already) or choosing
        self.cancel_button.setVisible(asking or state.kind == STAGING)
        self.cancel_button.setEnabled(not self._cancelling)
        self.close_button.setVisible(state.kind not in WORKING and not asking)
        if self.next_button.isVisible():
            self.next_button.setDefault(True)
            self.next_button.setFocus()
        elif self.apply_button.isVisible():
            self.apply_button.setDefault(True)
            self.apply_button.setFocus()
        elif self.close_button.isVisible():
            self.close_button.setDefault(True)
            self.close_button.setFocus()
        grow_to_fit(self, self._layout)

    def _texts(self, state: DialogState) -> tuple[str, str, str]:
        """(title, body, error) of the state."""
        name = state.file_name
        working = {
            CHECKING: (self.tr("Checking %1...").replace("%1", name), self.tr("Nothing is changed yet.")),
            APPLYING: (self.tr("Applying %1...").replace("%1", name), ""),
            EXPORTING: (self.tr("Making the batch for the central system..."), ""),
        }
        drive = self._drive_texts(state)
        if state.kind in working or drive is not None:
            return drive or (*working[state.kind], "")
        if state.kind == FAILED:
            text = self.tr("It stopped on an unexpected error. Check the status lines before you try again.")
            return self.tr("Stopped: %1").replace("%1", name), "", text
        if state.kind == REFUSED and state.error is not None:
            error = state.error
            code = self.tr("Reason code: %1").replace("%1", error.reason.value)
            return self.tr("Refused: %1").replace("%1", name), "", f"{explain(error, self._lang())}\n{code}"
        return self._summary_texts(state)

    def _summary_texts(self, state: DialogState) -> tuple[str, str, str]:
        summary = state.summary
        if isinstance(summary, ExportSummary):
            return self._export_texts(summary)
        if isinstance(summary, ResentSummary):
            return self._resent_texts(summary)
        if isinstance(summary, ImportSummary):
            return self._import_texts(state.kind, summary)
        return "", "", ""

    def _drive_texts(self, state: DialogState) -> tuple[str, str, str] | None:
        """(title, body, error) of the states of an exchange through a drive; None for the others."""
        name = state.file_name
        if state.kind == CHOOSE_DRIVE:
            export = state.purpose == EXPORT
            title = (
                self.tr("Export the batch to a registered drive")
                if export
                else self.tr("Import from a registered drive")
            )
            none = self.tr("No removable drive is connected. Connect the registered drive and try again.")
            return (title, self.tr("Choose the drive:"), "") if state.choices else (title, "", none)
        if state.kind == STAGING and self._cancelling:
            return self.tr("Stopping the scan of %1...").replace("%1", name), "", ""
        texts = {
            STAGING: (
                self.tr("Scanning %1... Nothing is read from it until the scan ends."),
                stage_text(self._stage),
            ),
            CHOOSE_ENVELOPE: (self.tr("%1 is clean"), self.tr("Choose the envelope to check:")),
            CANCELLED: (self.tr("Cancelled: %1"), self.tr("The scan was cancelled. Nothing from the drive is used.")),
            NO_ENVELOPES: (
                self.tr("Nothing to import: %1"),
                self.tr("The drive is clean, but it holds no envelope from the central system (*.pecenv)."),
            ),
        }
        if state.kind not in texts:
            return None
        title, text = texts[state.kind]
        return title.replace("%1", name), text, ""

    def _next_text(self, state: DialogState) -> str:
        if state.kind == CHOOSE_ENVELOPE:
            return self.tr("C&heck the envelope")
        if state.purpose == EXPORT:
            return self.tr("&Write the batch")
        return self.tr("&Scan the drive")

    def _import_texts(self, kind: str, summary: ImportSummary) -> tuple[str, str, str]:
        if summary.kind == "package":
            title = self.tr("Package no. %1 from the central system (%2)")
        else:
            title = self.tr("Update no. %1 from the central system (%2)")
        title = title.replace("%1", str(summary.seq)).replace("%2", summary.file_name)
        if summary.already_applied:
            return title, self.tr("This envelope was applied before; nothing will change."), ""
        lead = self.tr("If you apply it, this changes:") if kind == PREVIEW else self.tr("Applied:")
        lines = [lead, *(f"  • {line}" for line in self._count_lines(summary))]
        if kind == PREVIEW:
            lines.append(self.tr("Nothing is changed until you press Apply."))
        return title, "\n".join(lines), ""

    def _count_lines(self, summary: ImportSummary) -> list[str]:
        lines = [
            self.tr("%n new voter(s)", "", summary.new_voters),
            self.tr("%n changed voter(s)", "", summary.changed_voters),
            self.tr("%n removed voter(s)", "", summary.removed_voters),
            self.tr("%n decision(s) on claims", "", summary.decisions),
            self.tr("%n new account(s)", "", summary.accounts),
        ]
        extra = [
            (summary.acks, self.tr("%n batch(es) acknowledged by the central system", "", summary.acks)),
            (summary.regpoints, self.tr("%n registration point(s)", "", summary.regpoints)),
            (summary.settings, self.tr("%n setting(s)", "", summary.settings)),
        ]
        lines += [text for count, text in extra if count]
        if summary.trust_serial:
            trust = self.tr("new trusted keys of the central system (no. %1)")
            lines.append(trust.replace("%1", str(summary.trust_serial)))
        return lines

    def _resent_texts(self, summary: ResentSummary) -> tuple[str, str, str]:
        title = self.tr("%n unacknowledged batch(es) written again", "", len(summary.batches))
        lines = [
            *(f"  • {batch.file_name}" for batch in summary.batches),
            self.tr("Take the files to the central system: it takes each batch it has not seen yet, in order."),
        ]
        return title, "\n".join(lines), ""

    def _export_texts(self, summary: ExportSummary) -> tuple[str, str, str]:
        title = self.tr("Batch no. %1 is written").replace("%1", str(summary.seq))
        counts = [
            self.tr("%n claim(s)", "", summary.claims),
            self.tr("%n change(s) of voter status", "", summary.changes),
            self.tr("%n audit event(s)", "", summary.audit_events),
        ]
        lines = [
            self.tr("File: %1").replace("%1", summary.file_name),
            *(f"  • {line}" for line in counts),
            self.tr("Take the file to the central system; its next update acknowledges the batch."),
        ]
        return title, "\n".join(lines), ""
