"""The change of one's own password (R-SEC-3, R-SEC-2): forced for a one-time password before any
work (`DeskFlow`), or voluntary from the Session menu (`voluntary=True`: whenever compromise is
suspected, before and after a campaign).

The current password is always asked. The policy is shown in plain words before the user types. A refusal shows the
explanation of the core (`explain`) and, for a policy refusal, each problem the core
found in plain words. All three fields are emptied after every attempt. Cancel of the
forced change logs the user out (the flow decides; this dialog only reports it); cancel of a
voluntary change only closes the dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.errors import AppError, Reason
from app.messages import explain
from app.security.session import Session
from app.ui.common.deps import UiDeps
from app.ui.common.forms import grow_to_fit, labelled_form, set_texts


class PasswordChangeDialog(QDialog):
    """Current, new and repeated password; emits `password_changed` when the core accepts."""

    password_changed = Signal()

    def __init__(
        self, deps: UiDeps, session: Session, parent: QWidget | None = None, *, voluntary: bool = False
    ) -> None:
        super().__init__(parent)
        self._deps = deps
        self._session = session
        self.voluntary = voluntary
        self._error: AppError | None = None
        self._mismatch = False
        self._build_ui()
        self._connect_signals()
        self._retranslate_ui()

    def _build_ui(self) -> None:
        self.setObjectName("passwordChangeDialog")
        self._intro = QLabel(wordWrap=True)
        self._intro.setObjectName("dialogTitle")
        self.policy_label = QLabel(wordWrap=True)
        self.policy_label.setObjectName("policyLabel")
        self.error_label = QLabel(wordWrap=True)
        self.error_label.setObjectName("errorLabel")
        self.error_label.hide()
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # no field squeezed by a message
        for widget in (self._intro, self.policy_label):
            layout.addWidget(widget)
        layout.addLayout(self._build_form())
        layout.addWidget(self.error_label)
        layout.addWidget(self._build_buttons())
        self.current_edit.setFocus()

    def _build_form(self) -> QFormLayout:
        self.current_edit, self.new_edit, self.repeat_edit = QLineEdit(), QLineEdit(), QLineEdit()
        fields = (self.current_edit, self.new_edit, self.repeat_edit)
        for field, name in zip(fields, _FIELD_NAMES, strict=True):
            field.setObjectName(name)
            field.setEchoMode(QLineEdit.EchoMode.Password)
        form, self._labels = labelled_form(fields)
        return form

    def _build_buttons(self) -> QDialogButtonBox:
        self.change_button = QPushButton(default=True)
        self.change_button.setObjectName("changeButton")
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelButton")
        buttons = QDialogButtonBox()
        buttons.addButton(self.change_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        return buttons

    def _connect_signals(self) -> None:
        self.change_button.clicked.connect(self._on_change_clicked)
        self.cancel_button.clicked.connect(self.reject)

    def _retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("PEC Desk: change your password"))
        self._intro.setText(self._intro_text().replace("%1", self._session.full_name))
        self.policy_label.setText(self._policy_text())
        labels = (self.tr("&Current password:"), self.tr("&New password:"), self.tr("&Repeat the new password:"))
        set_texts(self._labels, labels)
        self.change_button.setText(self.tr("Change the password"))
        self.cancel_button.setText(self.tr("Cancel") if self.voluntary else self.tr("Cancel and log out"))
        self._show_message()

    def _intro_text(self) -> str:
        if self.voluntary:
            return self.tr("%1, type your current password, then your new password twice.")
        return self.tr("%1, your password was issued for one use only. Choose your own password before you start work.")

    def _policy_text(self) -> str:
        return self.tr(
            "The new password needs at least 8 characters: upper-case and lower-case Latin letters, "
            "a digit and a special character such as ! # % or -. It must not contain your login or "
            "your name, must not be a common password and must differ from your last 5 passwords."
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_ui()
        super().changeEvent(event)

    def reject(self) -> None:
        """Cancel (Esc, the close button) waits while a change is being checked."""
        if self.cancel_button.isEnabled():
            super().reject()

    # ---- slots -------------------------------------------------------------------------
    def _on_change_clicked(self) -> None:
        current, new, repeat = (field.text() for field in (self.current_edit, self.new_edit, self.repeat_edit))
        for field in (self.current_edit, self.new_edit, self.repeat_edit):
            field.clear()
        self._error, self._mismatch = None, new != repeat
        if self._mismatch or not current or not new:
            self._mismatch = True
            self._show_message()
            return
        self._set_busy(True)
        auth, session = self._deps.auth, self._session
        self._deps.runner.run(
            lambda: auth.change_password(session, current, new), self._on_change_done, self._on_change_failed
        )

    def _on_change_done(self, _result: None) -> None:
        if not isValid(self):  # closed by a lock while the change was checked
            return
        self._set_busy(False)
        self.password_changed.emit()
        self.accept()

    def _on_change_failed(self, error: AppError) -> None:
        if not isValid(self):
            return
        self._set_busy(False)
        self._error = error
        self._show_message()
        self.current_edit.setFocus()

    # ---- helpers -----------------------------------------------------------------------
    def _set_busy(self, busy: bool) -> None:
        for widget in (self.change_button, self.cancel_button, self.current_edit, self.new_edit, self.repeat_edit):
            widget.setEnabled(not busy)

    def _show_message(self) -> None:
        if self._error is not None:
            text = explain(self._error, self._deps.translations.lang) + self._problem_lines(self._error)
        elif self._mismatch:
            text = self.tr("Fill in all three fields and type the same new password twice.")
        else:
            self.error_label.hide()
            return
        self.error_label.setText(text)
        self.error_label.show()
        grow_to_fit(self)

    def _problem_lines(self, error: AppError) -> str:
        if error.reason is not Reason.PASSWORD_POLICY:
            return ""
        texts = self._problem_texts()
        codes = [c for c in str(error.params.get("problems", "")).split(",") if c]
        return "".join(f"\n• {texts.get(code, code)}" for code in codes)

    def _problem_texts(self) -> dict[str, str]:
        """`app.security.passwords.PasswordProblem` codes in plain words."""
        return {
            "too-short": self.tr("It is shorter than 8 characters."),
            "too-long": self.tr("It is longer than 128 characters."),
            "no-upper": self.tr("It has no upper-case Latin letter (A-Z)."),
            "no-lower": self.tr("It has no lower-case Latin letter (a-z)."),
            "no-digit": self.tr("It has no digit (0-9)."),
            "no-special": self.tr("It has no special character such as ! # % or -."),
            "contains-login": self.tr("It contains your login."),
            "contains-name": self.tr("It contains your name."),
            "common": self.tr("It is a common password that is easy to guess."),
            "reused": self.tr("It is one of your last 5 passwords."),
        }


_FIELD_NAMES = ("currentPasswordEdit", "newPasswordEdit", "repeatPasswordEdit")
