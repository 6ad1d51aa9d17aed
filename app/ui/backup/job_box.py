"""What the boxes of the Backup and recovery page share: one job at a time on the worker, a busy
bar while it runs (indeterminate: the services report no progress), then its result in words or
its refusal in the user's language, and a question asked before a job that cannot be undone.

An outcome that arrives after `clear()` (the window was locked or the session ended) is not shown,
unless the box asks for it (`always=True`: the store was replaced or destroyed, which stays true).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.messages import explain
from app.ui.common.deps import UiDeps
from app.ui.common.forms import named

T = TypeVar("T")


class WrappedCheck(QWidget):
    """A check box whose text wraps (a QCheckBox's does not, and a long sentence in Kyrgyz would
    widen the page); clicking the text toggles it as on a check box."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.box = named(QCheckBox(), f"{name}Box")
        self.label = _ClickLabel(self.box)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.label, 1)

    def setText(self, text: str) -> None:
        self.label.setText(text)

    def text(self) -> str:
        return self.label.text()

    def isChecked(self) -> bool:
        return self.box.isChecked()

    def setChecked(self, checked: bool) -> None:
        self.box.setChecked(checked)

    def setFocus(self) -> None:  # type: ignore[override]
        self.box.setFocus()


class _ClickLabel(QLabel):
    def __init__(self, box: QCheckBox) -> None:
        super().__init__(wordWrap=True)
        self._box = box
        self.setBuddy(box)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._box.isEnabled() and event.button() == Qt.MouseButton.LeftButton:
            self._box.toggle()
        super().mousePressEvent(event)


class JobBox(QGroupBox):
    def __init__(self, deps: UiDeps, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._deps = deps
        self._generation = 0
        self.busy = False
        self.confirm_box: QMessageBox | None = None
        self.setObjectName(name)
        self.progress = named(QProgressBar(), f"{name}Progress")
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.result_label = named(QLabel(wordWrap=True), "resultLabel")
        self.error_label = named(QLabel(wordWrap=True), "errorLabel")
        for label in (self.result_label, self.error_label):
            label.hide()
        self.box_layout = QVBoxLayout(self)

    def add_outcome_widgets(self) -> None:
        """The busy bar, the result and the refusal, below what the subclass laid out."""
        for widget in (self.progress, self.result_label, self.error_label):
            self.box_layout.addWidget(widget)

    def retranslate(self) -> None:
        """Subclasses set their texts."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def clear(self) -> None:
        self._generation += 1
        if self.confirm_box is not None:
            self.confirm_box.done(0)
        for label in (self.result_label, self.error_label):
            label.clear()
            label.hide()

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.progress.setVisible(busy)

    def run(
        self,
        job: Callable[[], T],
        on_done: Callable[[T], None],
        on_error: Callable[[AppError], None] | None = None,
        *,
        always: bool = False,
    ) -> None:
        """`job` on the worker with the busy bar; its outcome to `on_done` / `on_error` (or the line
        of refusal)."""
        generation = self._generation
        self.error_label.hide()
        self.result_label.hide()
        self.set_busy(True)

        def done(result: T) -> None:
            self.set_busy(False)
            if always or generation == self._generation:
                on_done(result)

        def failed(error: AppError) -> None:
            self.set_busy(False)
            if generation == self._generation:
                (on_error or self.show_error)(error)

        self._deps.runner.run(job, done, failed, long=self.title())  # a lock covers it, never cancels it

    def show_result(self, text: str) -> None:
        self.result_label.setText(text)
        self.result_label.show()

    def show_error(self, error: AppError | str) -> None:
        text = error if isinstance(error, str) else explain(error, self._deps.translations.lang)
        self.error_label.setText(text)
        self.error_label.show()

    def confirm(self, question: str, yes: str, then: Callable[[], None]) -> None:
        """Asks `question`; `then` runs only when the person clicks `yes`."""
        box = self.confirm_box = QMessageBox(QMessageBox.Icon.Warning, self.title(), question,
                                             QMessageBox.StandardButton.NoButton, self)  # fmt: skip
        box.setObjectName("confirmBox")
        yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        yes_button.setObjectName("confirmYesButton")
        no_button = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        no_button.setObjectName("confirmNoButton")
        box.setDefaultButton(no_button)
        box.finished.connect(lambda _r: self._on_confirmed(box, box.clickedButton() is yes_button, then))
        box.open()

    def _on_confirmed(self, box: QMessageBox, accepted: bool, then: Callable[[], None]) -> None:
        if self.confirm_box is box:
            self.confirm_box = None
        box.deleteLater()
        if accepted:
            then()
