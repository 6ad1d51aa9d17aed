"""The Accounts page of the system administrator (R-SEC-1, R-SEC-3, R-SEC-4, issue 12 point 6).

The list of accounts (login, full name, role, state: active, disabled or locked out after wrong
passwords, and whether the password still has to be changed) and four actions on it, each through
`AccountService` on the worker:
- Add: login, full name and role (`AddAccountDialog`); the one-time password is shown once;
- Disable (after a confirmation): the account's key slot is deleted, its password opens nothing;
- Reset the password: a new one-time password, shown once; the holder changes it at next login;
- Unlock: lifts the lock-out after too many wrong passwords.
A refusal is shown in the user's language (`app.messages.explain`) under the list. Locking the
window closes the dialogs (a one-time password on screen is gone with them) and empties the list.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import catalogue
from app.errors import AppError
from app.messages import explain
from app.models.accounts import Account
from app.models.vocabulary import Role
from app.security.session import Session
from app.ui.accounts.add_account_dialog import AddAccountDialog
from app.ui.accounts.one_time_dialog import OneTimePasswordDialog
from app.ui.common.deps import UiDeps
from app.ui.common.forms import named
from app.ui.common.page import Page

LOGIN_ROLE = Qt.ItemDataRole.UserRole
Row = tuple[Account, bool]  # the account, locked out
T = TypeVar("T")


class AccountsPage(Page):
    def __init__(self, deps: UiDeps, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._deps, self._session = deps, session
        self._rows: list[Row] = []
        self._generation = 0  # an answer to a call made before `clear()` is dropped
        self._wanted = ""  # the login to select when the list comes back
        self.add_dialog: AddAccountDialog | None = None
        self.password_dialog: OneTimePasswordDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self._build_ui()
        self._connect_signals()
        self._retranslate_ui()

    def _build_ui(self) -> None:
        self.setObjectName("accountsPage")
        self.table = named(QTableWidget(0, 4), "accountsTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = named(QPushButton(), "addAccountButton")
        self.disable_button = named(QPushButton(), "disableAccountButton")
        self.reset_button = named(QPushButton(), "resetPasswordButton")
        self.unlock_button = named(QPushButton(), "unlockAccountButton")
        self.status_label = named(QLabel(wordWrap=True), "statusLabel")
        self.error_label = named(QLabel(wordWrap=True), "errorLabel")
        self.error_label.hide()
        buttons = QHBoxLayout()
        for button in (self.add_button, self.disable_button, self.reset_button, self.unlock_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        self._update_buttons()

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self.open_add_dialog)
        self.disable_button.clicked.connect(self._on_disable_clicked)
        self.reset_button.clicked.connect(self._on_reset_clicked)
        self.unlock_button.clicked.connect(self._on_unlock_clicked)
        self.table.itemSelectionChanged.connect(self._update_buttons)

    def title(self) -> str:
        return self.tr("Accounts")

    def _retranslate_ui(self) -> None:
        headers = [self.tr("Login"), self.tr("Full name"), self.tr("Role"), self.tr("State")]
        self.table.setHorizontalHeaderLabels(headers)
        self.add_button.setText(self.tr("&Add an account…"))
        self.disable_button.setText(self.tr("&Disable…"))
        self.reset_button.setText(self.tr("&Reset the password…"))
        self.unlock_button.setText(self.tr("&Unlock"))
        self._fill_table()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_ui()
        super().changeEvent(event)

    # ---- Page ----------------------------------------------------------------------------
    def start(self) -> None:
        self.refresh()

    def clear(self) -> None:
        """Locked or logged out: the dialogs close (a one-time password with them), the list empties."""
        self._generation += 1
        for dialog in (self.add_dialog, self.password_dialog, self.confirm_box):
            if dialog is not None:
                dialog.done(0)
        self._rows = []
        self._fill_table()
        self.status_label.clear()
        self.error_label.hide()

    def refresh(self) -> None:
        services, session, generation = self._deps.services, self._session, self._generation
        self._deps.runner.run(
            lambda: services.account_list(session),
            lambda rows: self._on_listed(rows, generation),
            lambda error: self._on_refused(error, generation),
        )

    # ---- the list ------------------------------------------------------------------------
    def selected_login(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return str(item.data(LOGIN_ROLE)) if item is not None else None

    def select(self, login: str) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(LOGIN_ROLE) == login:
                self.table.selectRow(row)
                return

    def state_text(self, account: Account, locked: bool) -> str:
        if account.status != "active":
            return self.tr("disabled")
        if locked:
            return self.tr("locked out after wrong passwords")
        if account.must_change:
            return self.tr("active; the one-time password is not changed yet")
        return self.tr("active")

    def _on_listed(self, rows: list[Row], generation: int) -> None:
        if generation != self._generation:
            return
        chosen, self._wanted = self._wanted or self.selected_login(), ""
        self._rows = rows
        self._fill_table()
        if chosen:
            self.select(chosen)

    def _fill_table(self) -> None:
        lang = self._deps.translations.lang
        self.table.setRowCount(len(self._rows))
        for row, (account, locked) in enumerate(self._rows):
            role = catalogue.name_of(Role, account.role, lang)
            texts = (account.login, account.full_name, role, self.state_text(account, locked))
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(LOGIN_ROLE, account.login)
                self.table.setItem(row, column, item)
        self._update_buttons()

    def _selected_row(self) -> Row | None:
        login = self.selected_login()
        return next((row for row in self._rows if row[0].login == login), None)

    def _update_buttons(self) -> None:
        row = self._selected_row()
        active = row is not None and row[0].status == "active"
        self.disable_button.setEnabled(active and row is not None and row[0].login != self._session.login)
        self.reset_button.setEnabled(active)
        self.unlock_button.setEnabled(row is not None and row[1])

    # ---- add -----------------------------------------------------------------------------
    def open_add_dialog(self) -> None:
        if self.add_dialog is not None:
            self.add_dialog.raise_()
            return
        dialog = self.add_dialog = AddAccountDialog(self._deps, self._session, self)
        dialog.account_added.connect(self._on_added)
        dialog.finished.connect(self._on_add_dialog_finished)
        dialog.open()

    def _on_add_dialog_finished(self, _result: int) -> None:
        dialog, self.add_dialog = self.add_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def _on_added(self, login: str, full_name: str, password: str) -> None:
        self.status_label.setText(self.tr("The account %1 was added.").replace("%1", login))
        self._show_password(login, full_name, password)
        self._wanted = login
        self.refresh()

    # ---- one-time passwords ----------------------------------------------------------------
    def _show_password(self, login: str, full_name: str, password: str) -> None:
        if self.password_dialog is not None:
            self.password_dialog.done(0)
        dialog = self.password_dialog = OneTimePasswordDialog(login, full_name, password, self)
        dialog.finished.connect(lambda _r, d=dialog: self._on_password_dialog_finished(d))
        dialog.open()

    def _on_password_dialog_finished(self, dialog: OneTimePasswordDialog) -> None:
        if self.password_dialog is dialog:
            self.password_dialog = None
        dialog.deleteLater()

    # ---- disable, reset, unlock --------------------------------------------------------------
    def _on_disable_clicked(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        account = row[0]
        question = self.tr(
            "Disable the account %1 (%2)? Its password will no longer open anything; this cannot be undone here."
        )
        self._confirm(question.replace("%1", account.login).replace("%2", account.full_name),
                      self.tr("Disable the account"), lambda: self._disable(account.login))  # fmt: skip

    def _on_reset_clicked(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        account = row[0]
        question = self.tr("Give %1 (%2) a new one-time password? The current password stops working at once.")
        self._confirm(question.replace("%1", account.login).replace("%2", account.full_name),
                      self.tr("Reset the password"), lambda: self._reset(account))  # fmt: skip

    def _on_unlock_clicked(self) -> None:
        row = self._selected_row()
        if row is not None:
            login = row[0].login
            accounts, session = self._deps.services.accounts, self._session
            self._call(lambda: accounts().unlock(session, login),
                       lambda _r: self._done(self.tr("The account %1 was unlocked.").replace("%1", login)))  # fmt: skip

    def _disable(self, login: str) -> None:
        accounts, session = self._deps.services.accounts, self._session
        self._call(lambda: accounts().disable(session, login),
                   lambda _r: self._done(self.tr("The account %1 was disabled.").replace("%1", login)))  # fmt: skip

    def _reset(self, account: Account) -> None:
        accounts, session, login = self._deps.services.accounts, self._session, account.login

        def shown(password: str) -> None:
            self._done(self.tr("The password of %1 was reset.").replace("%1", login))
            self._show_password(login, account.full_name, password)

        self._call(lambda: accounts().reset_password(session, login), shown)

    def _confirm(self, question: str, yes: str, then: Callable[[], None]) -> None:
        box = self.confirm_box = QMessageBox(QMessageBox.Icon.Question, self.tr("Accounts"), question,
                                             QMessageBox.StandardButton.NoButton, self)  # fmt: skip
        box.setObjectName("confirmBox")
        yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        yes_button.setObjectName("confirmYesButton")
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole).setObjectName("confirmNoButton")
        box.finished.connect(lambda _r: self._on_confirmed(box, box.clickedButton() is yes_button, then))
        box.open()

    def _on_confirmed(self, box: QMessageBox, accepted: bool, then: Callable[[], None]) -> None:
        if self.confirm_box is box:
            self.confirm_box = None
        box.deleteLater()
        if accepted:
            then()

    def _call(self, job: Callable[[], T], on_done: Callable[[T], None]) -> None:
        self.error_label.hide()
        generation = self._generation

        def done(result: T) -> None:
            if generation == self._generation:
                on_done(result)

        self._deps.runner.run(job, done, lambda error: self._on_refused(error, generation))

    def _done(self, text: str) -> None:
        self.status_label.setText(text)
        self.refresh()

    def _on_refused(self, error: AppError, generation: int) -> None:
        if generation != self._generation:
            return
        self.error_label.setText(explain(error, self._deps.translations.lang))
        self.error_label.show()
