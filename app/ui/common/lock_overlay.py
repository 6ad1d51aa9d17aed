"""What a locked window shows instead of its work (R-SEC-5).

Only a password field: the window behind it has already dropped its data. The
overlay never checks anything itself; it reports `unlock_requested(password)` and
shows the outcome the window gives back.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget


class LockOverlay(QWidget):
    """The lock screen of one user's session."""

    unlock_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full_name = ""
        self._build_ui()
        self._connect_signals()
        self._retranslate_ui()

    def _build_ui(self) -> None:
        self.setObjectName("lockOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._title = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self._title.setObjectName("lockTitle")
        self._who = QLabel(wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
        self._who.setObjectName("lockWho")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("unlockPasswordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.unlock_button = QPushButton()
        self.unlock_button.setObjectName("unlockButton")
        self.error_label = QLabel(wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
        self.error_label.setObjectName("errorLabel")
        self.error_label.hide()
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        # The texts take the whole width (centred inside it): a long line wraps instead of being cut.
        layout.addWidget(self._title)
        layout.addWidget(self._who)
        layout.addWidget(self.password_edit, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.error_label)
        layout.addStretch(2)
        self._title.setWordWrap(True)
        self.password_edit.setMinimumWidth(280)

    def _connect_signals(self) -> None:
        self.unlock_button.clicked.connect(self._on_unlock_clicked)
        self.password_edit.returnPressed.connect(self._on_unlock_clicked)

    def _retranslate_ui(self) -> None:
        self._title.setText(self.tr("The workstation is locked"))
        self._who.setText(self.tr("Only %1 can unlock it, with their own password.").replace("%1", self._full_name))
        self.password_edit.setPlaceholderText(self.tr("Password"))
        self.unlock_button.setText(self.tr("Unlock"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_ui()
        super().changeEvent(event)

    # ---- public ------------------------------------------------------------------------
    def show_locked(self, full_name: str) -> None:
        """Reset to an empty lock screen for `full_name`."""
        self._full_name = full_name
        self.password_edit.clear()
        self.error_label.hide()
        self.set_busy(False)
        self._retranslate_ui()
        self.password_edit.setFocus()

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.error_label.setText(text)
        self.error_label.show()
        self.password_edit.setFocus()

    def set_busy(self, busy: bool) -> None:
        self.password_edit.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)

    # ---- slots -------------------------------------------------------------------------
    def _on_unlock_clicked(self) -> None:
        password = self.password_edit.text()
        self.password_edit.clear()
        if not password:
            return
        self.set_busy(True)
        self.unlock_requested.emit(password)
