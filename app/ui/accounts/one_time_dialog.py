"""The one-time password of a new or reset account, shown once (R-SEC-1, R-SEC-3).

The password is shown in a read-only field with a note that it will not be shown again: the
sysadmin hands it to its holder, who must change it at the first login. When the dialog closes
in any way (OK, Esc, the close button, the window locked) the field is emptied and the dialog
keeps no reference to the text; nothing stores it anywhere else (the service keeps only the key
slot it wraps).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.ui.common.forms import grow_to_fit, named


class OneTimePasswordDialog(QDialog):
    """Shows `password` for `login` until closed; then forgets it."""

    def __init__(self, login: str, full_name: str, password: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._login, self._full_name = login, full_name
        self.setObjectName("oneTimePasswordDialog")
        self.title_label = named(QLabel(wordWrap=True), "dialogTitle")
        self.password_edit = named(QLineEdit(password, readOnly=True), "oneTimePasswordEdit")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.4)
        font.setWeight(QFont.Weight.Bold)
        self.password_edit.setFont(font)
        self.note_label = named(QLabel(wordWrap=True), "oneTimeNote")
        self.ok_button = named(QPushButton(default=True), "okButton")
        buttons = QDialogButtonBox()
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.clicked.connect(self.accept)
        self.finished.connect(self._on_finished)
        self._layout = QVBoxLayout(self)
        for widget in (self.title_label, self.password_edit, self.note_label, buttons):
            self._layout.addWidget(widget)
        self.setMinimumWidth(480)
        self._retranslate_ui()

    def _retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("One-time password"))
        self.title_label.setText(
            self.tr("The one-time password of %1 (%2):").replace("%1", self._full_name).replace("%2", self._login)
        )
        self.note_label.setText(
            self.tr(
                "Hand it to its holder in person. It will not be shown again: once this window is "
                "closed, only a new reset gives another. The holder must choose their own password "
                "at the first login."
            )
        )
        self.ok_button.setText(self.tr("I have handed it over"))
        grow_to_fit(self, self._layout)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_ui()
        super().changeEvent(event)

    @property
    def shown(self) -> bool:
        """The password is still in the field."""
        return bool(self.password_edit.text())

    def _on_finished(self, _result: int) -> None:
        self.password_edit.setText("")  # setText, not clear(): no undo history keeps it
