"""The first window: a personal login (R-SEC-1) and the language of the interface.

The password is read once, the field is emptied at once (every attempt starts from an
empty field), and the check (Argon2id, ~0.3 s) runs on the task runner. A refusal is
shown as `app.messages.explain(error, lang)`: wrong password, throttled for N seconds,
account locked, keyring problems... in the language chosen here. A notice below says when the last
session ended with a half-filled form that was discarded (R-SEC-5: it was kept only through a lock).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.messages import explain
from app.security.session import Session
from app.ui.common.deps import UiDeps
from app.ui.common.forms import grow_to_fit, labelled_form, set_texts
from app.ui.common.help import LOGIN_TOPIC, install_help
from app.ui.common.translations import LANGUAGE_NAMES


class LoginDialog(QDialog):
    """Login and password; emits `login_succeeded(session)`."""

    login_succeeded = Signal(object)  # app.security.session.Session

    def __init__(self, deps: UiDeps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._deps = deps
        self._error: AppError | None = None
        self._hint = ""  # a message of our own (untranslated source) instead of an AppError
        self._build_ui()
        self._connect_signals()
        self._retranslate_ui()

    # ---- building ----------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.setObjectName("loginDialog")
        self._title = QLabel()
        self._title.setObjectName("dialogTitle")
        self.status_label = QLabel(wordWrap=True)
        self.status_label.setObjectName("statusLabel")
        self.error_label = QLabel(wordWrap=True)
        self.error_label.setObjectName("errorLabel")
        self.notice_label = QLabel(wordWrap=True)
        self.notice_label.setObjectName("noticeLabel")
        self.login_button = QPushButton(default=True)
        self.login_button.setObjectName("loginButton")
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # no field squeezed by a message
        layout.addWidget(self._title)
        layout.addLayout(self._build_form())
        for widget in (self.status_label, self.error_label, self.notice_label, self.login_button):
            layout.addWidget(widget)
        self.status_label.hide()
        self.error_label.hide()
        self.notice_label.hide()
        self.login_edit.setFocus()
        install_help(self, lambda: LOGIN_TOPIC, lambda: self._deps.translations.lang)  # F1

    def _build_form(self) -> QFormLayout:
        self.language_box = QComboBox()
        self.language_box.setObjectName("languageBox")
        for code, name in LANGUAGE_NAMES.items():
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(list(LANGUAGE_NAMES).index(self._deps.translations.lang))
        self.login_edit = QLineEdit()
        self.login_edit.setObjectName("loginEdit")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form, self._labels = labelled_form((self.language_box, self.login_edit, self.password_edit))
        return form

    def _connect_signals(self) -> None:
        self.language_box.currentIndexChanged.connect(self._on_language_chosen)
        self.login_button.clicked.connect(self._on_login_clicked)

    def _retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("PEC Desk: log in"))
        self._title.setText(self.tr("Precinct election commission workstation"))
        set_texts(self._labels, (self.tr("&Language:"), self.tr("L&ogin:"), self.tr("&Password:")))
        self.status_label.setText(self.tr("Checking the password..."))
        self.login_button.setText(self.tr("Log in"))
        self.notice_label.setText(self.tr("The unfinished claim form of the last session was discarded."))
        self._show_message()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_ui()
        super().changeEvent(event)

    # ---- public ------------------------------------------------------------------------
    def reset(self) -> None:
        """Back to an empty form (after a log-out): nobody's name or message stays."""
        self.login_edit.clear()
        self.password_edit.clear()
        self._error, self._hint = None, ""
        self.notice_label.hide()
        self._show_message()
        self._set_busy(False)
        self.login_edit.setFocus()

    def show_error(self, error: AppError) -> None:
        """Explain a refusal that happened outside this dialog (e.g. right after login)."""
        self._error, self._hint = error, ""
        self._show_message()

    def show_timed_out(self) -> None:
        """Say that the last session was ended by the automatic log-out (idle too long)."""
        self._error, self._hint = None, "timed-out"
        self._show_message()

    def show_form_discarded(self) -> None:
        """Say that the last session's half-filled form was discarded with it."""
        self.notice_label.show()

    # ---- slots -------------------------------------------------------------------------
    def _on_language_chosen(self, index: int) -> None:
        self._deps.translations.set_language(str(self.language_box.itemData(index)))

    def _on_login_clicked(self) -> None:
        login, password = self.login_edit.text().strip(), self.password_edit.text()
        self.password_edit.clear()
        self._error, self._hint = None, ""
        if not login or not password:
            self._hint = "empty"
            self._show_message()
            return
        self._set_busy(True)
        auth = self._deps.auth
        self._deps.runner.run(lambda: auth.login(login, password), self._on_login_done, self._on_login_failed)

    def _on_login_done(self, session: Session) -> None:
        self._set_busy(False)
        self._show_message()
        self.login_succeeded.emit(session)

    def _on_login_failed(self, error: AppError) -> None:
        self._set_busy(False)
        self._error = error
        self._show_message()
        self.password_edit.setFocus()

    # ---- helpers -----------------------------------------------------------------------
    def _set_busy(self, busy: bool) -> None:
        for widget in (self.login_button, self.login_edit, self.password_edit, self.language_box):
            widget.setEnabled(not busy)
        self.status_label.setVisible(busy)

    def _show_message(self) -> None:
        if self._error is not None:
            text = explain(self._error, self._deps.translations.lang)
        elif self._hint == "timed-out":
            text = self.tr("You were logged out because nobody used the workstation for a long time.")
        elif self._hint:
            text = self.tr("Enter your login and your password.")
        else:
            self.error_label.hide()
            return
        self.error_label.setText(text)
        self.error_label.show()
        grow_to_fit(self)
