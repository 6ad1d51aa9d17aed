"""What a locked window shows instead of its work (R-SEC-5), and the countdown before the idle lock.

Only a password field, Switch user and Quit: the window behind it has already dropped its data, or
(while a long job runs, `show_waiting`) has hidden it and drops it when the job ends. The overlay
never checks anything itself; it reports `unlock_requested(password)`, `switch_user_requested` (the
locked session is logged out and the login window shows) and `quit_requested` (logged out, the app
ends), and shows the outcome the window gives back.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget


class LockOverlay(QWidget):
    """The lock screen of one user's session."""

    unlock_requested = Signal(str)
    switch_user_requested = Signal()
    quit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full_name = ""
        self._waiting: list[str] = []  # long jobs still running behind the cover
        self._ended: list[tuple[str, bool]] = []  # long jobs that ended while locked, and how
        self._build_ui()
        self._connect_signals()
        self._retranslate_ui()

    def _build_ui(self) -> None:
        self.setObjectName("lockOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._title = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self._title.setObjectName("lockTitle")
        self._who = _label("lockWho")
        self.jobs_label = _label("lockJobs")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("unlockPasswordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.unlock_button = _button("unlockButton")
        self.error_label = _label("errorLabel")
        self.switch_button = _button("switchUserButton")
        self.quit_button = _button("quitButton")
        column = QVBoxLayout()  # wrapped lines take the column's width and the height they need
        for widget in (self._title, self._who, self.jobs_label):
            column.addWidget(widget)
        self.password_edit.setMinimumWidth(280)
        column.addWidget(self.password_edit, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.error_label)
        column.addSpacing(24)
        others = QHBoxLayout()
        others.addStretch(1)
        others.addWidget(self.switch_button)
        others.addWidget(self.quit_button)
        others.addStretch(1)
        column.addLayout(others)
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addLayout(column, 4)
        middle.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(middle)
        layout.addStretch(2)
        self.jobs_label.hide()
        self.error_label.hide()

    def _connect_signals(self) -> None:
        self.unlock_button.clicked.connect(self._on_unlock_clicked)
        self.password_edit.returnPressed.connect(self._on_unlock_clicked)
        self.switch_button.clicked.connect(self.switch_user_requested)
        self.quit_button.clicked.connect(self.quit_requested)

    def _retranslate_ui(self) -> None:
        self._title.setText(self.tr("The workstation is locked"))
        self._who.setText(self.tr("Only %1 can unlock it, with their own password.").replace("%1", self._full_name))
        self.password_edit.setPlaceholderText(self.tr("Password"))
        self.unlock_button.setText(self.tr("Unlock"))
        self.switch_button.setText(self.tr("&Switch user"))
        self.switch_button.setToolTip(self.tr("Log this session out and show the login window"))
        self.quit_button.setText(self.tr("&Quit"))
        self.quit_button.setToolTip(self.tr("Log this session out and close PEC Desk"))
        self.jobs_label.setText(self._jobs_text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_ui()
        super().changeEvent(event)

    # ---- public ------------------------------------------------------------------------
    @property
    def waiting(self) -> list[str]:
        return list(self._waiting)

    def show_locked(self, full_name: str) -> None:
        """Reset to an empty lock screen for `full_name`."""
        self._full_name = full_name
        self._waiting, self._ended = [], []
        self.password_edit.clear()
        self.error_label.hide()
        self.set_busy(False)
        self._retranslate_ui()
        self.jobs_label.hide()
        self.password_edit.setFocus()

    def show_waiting(self, jobs: list[str]) -> None:
        """Long jobs run behind the cover: they are named, and nobody unlocks, switches or quits
        until they end (the work is never cancelled by the lock)."""
        self._waiting = list(jobs)
        self.jobs_label.setText(self._jobs_text())
        self.jobs_label.setVisible(bool(self._waiting or self._ended))
        self.set_busy(False)

    def show_job_ended(self, job: str, ok: bool) -> None:
        """A long job ended while the screen was locked: say so in words on the lock screen."""
        self._ended.append((job, ok))
        self.show_waiting([name for name in self._waiting if name != job])

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.error_label.setText(text)
        self.error_label.show()
        self.password_edit.setFocus()

    def set_busy(self, busy: bool) -> None:
        free = not busy and not self._waiting
        for widget in (self.password_edit, self.unlock_button, self.switch_button, self.quit_button):
            widget.setEnabled(free)

    # ---- slots -------------------------------------------------------------------------
    def _on_unlock_clicked(self) -> None:
        password = self.password_edit.text()
        self.password_edit.clear()
        if not password or self._waiting:
            return
        self.set_busy(True)
        self.unlock_requested.emit(password)

    def _jobs_text(self) -> str:
        lines = [
            self.tr("Still running: %1. The work goes on and is not cancelled; the data on the screen "
                    "is put away when it ends, then you can unlock.").replace("%1", name)
            for name in self._waiting
        ]  # fmt: skip
        for name, ok in self._ended:
            text = (
                self.tr("Finished while the screen was locked: %1.")
                if ok
                else self.tr("Ended with an error while the screen was locked: %1. Open it again after unlocking.")
            )
            lines.append(text.replace("%1", name))
        return "\n".join(lines)


class CountdownBar(QLabel):
    """The last seconds before the idle lock (R-SEC-5), above the work; hidden otherwise."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
        self.setObjectName("lockCountdown")
        self.setStyleSheet("background: #fff3c4; color: #5a4300; padding: 4px; font-weight: bold;")
        self._seconds = -1
        self.hide()

    @property
    def seconds(self) -> int:
        return self._seconds

    def show_seconds(self, seconds: int) -> None:
        """`seconds` left before the lock; -1 hides the bar."""
        self._seconds = seconds
        self._retranslate_ui()
        self.setVisible(seconds >= 0)

    def _retranslate_ui(self) -> None:
        text = self.tr("The screen locks in %1 s: move the mouse or press a key to stay.")
        self.setText(text.replace("%1", str(max(0, self._seconds))))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_ui()
        super().changeEvent(event)


def _label(name: str) -> QLabel:
    label = QLabel(wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
    label.setObjectName(name)
    return label


def _button(name: str) -> QPushButton:
    button = QPushButton()
    button.setObjectName(name)
    return button
