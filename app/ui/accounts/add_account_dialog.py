"""A new account: login, full name and role (R-SEC-1, R-SEC-4), by the system administrator.

`AccountService.add` decides (login form, reserved logins, duplicates, the name); its refusal is
shown in the user's language (`app.messages.explain`) under the field it is about, or under the
form when it is about no field. Accepted, the dialog reports the one-time password it got back
(`account_added`) and closes; the page shows the password once.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import catalogue
from app.errors import AppError, Defect, Reason
from app.messages import explain
from app.models.vocabulary import Role
from app.security.session import Session
from app.ui.common.deps import UiDeps
from app.ui.common.forms import grow_to_fit, named


def _problem_label() -> QLabel:
    label = named(QLabel(wordWrap=True), "fieldProblem")
    label.hide()
    return label


class AddAccountDialog(QDialog):
    account_added = Signal(str, str, str)  # login, full name, one-time password

    def __init__(self, deps: UiDeps, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._deps, self._session = deps, session
        self._build_ui()
        self._connect_signals()
        self._retranslate_ui()

    def _build_ui(self) -> None:
        self.setObjectName("addAccountDialog")
        self.login_edit = named(QLineEdit(maxLength=32), "loginEdit")
        self.name_edit = named(QLineEdit(maxLength=200), "fullNameEdit")
        self.role_combo = named(QComboBox(), "roleCombo")
        self.login_problem, self.name_problem = _problem_label(), _problem_label()
        self.error_label = _problem_label()
        self.error_label.setObjectName("errorLabel")
        self._labels = [QLabel(), QLabel(), QLabel()]
        form = QFormLayout()
        fields = ((self.login_edit, self.login_problem), (self.name_edit, self.name_problem), (self.role_combo, None))
        for label, (field, problem) in zip(self._labels, fields, strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
            if problem is not None:
                form.addRow("", problem)
        self.add_button = named(QPushButton(default=True), "addButton")
        self.cancel_button = named(QPushButton(), "cancelButton")
        buttons = QDialogButtonBox()
        buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self._layout = QVBoxLayout(self)
        self._layout.addLayout(form)
        self._layout.addWidget(self.error_label)
        self._layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self._on_add_clicked)
        self.cancel_button.clicked.connect(self.reject)
        self.login_edit.textEdited.connect(lambda _text: self.login_problem.hide())
        self.name_edit.textEdited.connect(lambda _text: self.name_problem.hide())

    def _retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New account"))
        texts = (self.tr("&Login:"), self.tr("&Full name:"), self.tr("&Role:"))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.login_edit.setPlaceholderText(self.tr("Latin letters, digits, . _ -"))
        chosen = self.role_combo.currentData()
        self.role_combo.clear()
        for value, word in catalogue.names(Role, self._deps.translations.lang):
            self.role_combo.addItem(word, value)
        self.role_combo.setCurrentIndex(max(0, self.role_combo.findData(chosen or Role.MEMBER.value)))
        self.add_button.setText(self.tr("Add the account"))
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_ui()
        super().changeEvent(event)

    def reject(self) -> None:
        """Esc and the close button wait while the account is being added."""
        if self.cancel_button.isEnabled():
            super().reject()

    def _on_add_clicked(self) -> None:
        for label in (self.login_problem, self.name_problem, self.error_label):
            label.hide()
        login, name = self.login_edit.text().strip(), self.name_edit.text()
        role = Role(self.role_combo.currentData())
        self._set_busy(True)
        accounts, session = self._deps.services.accounts, self._session
        self._deps.runner.run(
            lambda: accounts().add(session, login, name, role),
            lambda password: self._on_added(login, name.strip(), password),
            self._on_refused,
        )

    def _on_added(self, login: str, name: str, password: str) -> None:
        self._set_busy(False)
        self.account_added.emit(login, name, password)
        self.accept()

    def _on_refused(self, error: AppError) -> None:
        self._set_busy(False)
        label, field = self._place_of(error)
        label.setText(explain(error, self._deps.translations.lang))
        label.show()
        field.setFocus()
        grow_to_fit(self, self._layout)

    def _place_of(self, error: AppError) -> tuple[QLabel, QWidget]:
        """The field a refusal is about: the login's form, reservation or duplicate; the name."""
        defect = error.params.get("defect")
        if error.reason in (Reason.RESERVED_LOGIN, Reason.DUPLICATE) or defect == Defect.BAD_LOGIN:
            return self.login_problem, self.login_edit
        if defect == Defect.NAME_REQUIRED:
            return self.name_problem, self.name_edit
        return self.error_label, self.login_edit

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.add_button, self.cancel_button, self.login_edit, self.name_edit, self.role_combo):
            widget.setEnabled(not busy)
