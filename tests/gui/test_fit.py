"""Every text fits, in every language (issue 12 point 8): each role's pages and the main dialogs in
ky, ru and en at 100% and 150% text size, with their error messages shown, have no squeezed or cut
label, button, group title, tab or column title (`tests/gui/fit.py` says what counts).

Every QDialog subclass under app/ui that can be built from the usual arguments (deps, session,
a voter, a language getter, a parent) is checked too, so a new dialog is covered without a line
here; the first test proves the checker catches a planted clip.
"""

from __future__ import annotations

import gc
import importlib
import inspect
import pkgutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

import app.ui
from app.errors import AppError, Reason
from app.messages import explain
from app.models.records import PublicVoter
from app.security.session import Session
from app.ui.accounts.one_time_dialog import OneTimePasswordDialog
from app.ui.accounts.password_change_dialog import PasswordChangeDialog
from app.ui.common.choosers import DialogChooser
from app.ui.common.deps import UiDeps
from app.ui.common.help import HelpDialog
from app.ui.common.translations import Translations
from app.ui.documents.dialogs import PostingListDialog, RefusalDialog, SubjectAccessDialog
from app.ui.exchange.scan_dialog import STOPPED, ScanDialog, ScanState
from app.ui.exchange.sync_dialog import REFUSED, SyncDialog
from app.ui.exchange.sync_dialog import DialogState as SyncState
from app.ui.login_dialog import LoginDialog
from app.ui.main_window import MainWindow, SessionInfo
from tests.conftest import PLANTED, Precinct
from tests.gui.conftest import LANGUAGES, start_window, window_deps
from tests.gui.fit import clipped, set_text_scale, settle
from tests.gui.test_claims_window import CollectingPreviewer

SCALES = (100, 150)
ROLES = ("chair", "secretary", "member1", "sysadmin", "auditor")
INFO = SessionInfo(idle_ms=600_000, precinct="1001")
LONG_ERROR = AppError(Reason.WRONG_PASSWORD)


@dataclass
class FitDesk:
    app: QApplication
    precinct: Precinct
    deps: UiDeps
    windows: list[MainWindow]
    problems: list[str] = field(default_factory=list)

    def settle(self, qtbot: QtBot) -> None:
        qtbot.waitUntil(lambda: not self.deps.runner.busy, timeout=20_000)
        settle(self.app)
        gc.collect()  # closed dialogs' wrappers go here, on the UI thread, never in a worker's collection

    def check(self, widget: QWidget, where: str) -> None:
        self.problems += [f"{where}: {problem}" for problem in clipped(widget)]

    def each_look(self, qtbot: QtBot) -> Iterator[str]:
        """Every language at every text size; yields where the widgets are now ("ru 150%")."""
        for lang in LANGUAGES:
            self.deps.translations.set_language(lang)
            for scale in SCALES:
                set_text_scale(self.app, scale)
                self.settle(qtbot)
                yield f"{lang} {scale}%"
        set_text_scale(self.app, 100)


@pytest.fixture
def desk(qapp: QApplication, qtbot: QtBot, precinct: Precinct, qm_dir: Path) -> Iterator[FitDesk]:
    with window_deps(qapp, qtbot, qm_dir, precinct.ctx, previewer=CollectingPreviewer()) as (deps, windows):
        try:
            yield FitDesk(qapp, precinct, deps, windows)
        finally:
            set_text_scale(qapp, 100)


def test_the_checker_catches_a_planted_clip(qtbot: QtBot) -> None:
    """A label and a button narrower than their text, and a wrapped label lower than its lines."""
    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    fine = QLabel("Fits")
    cut = QLabel("A heading much wider than the room it was given")
    cut.setFixedWidth(60)
    wrapped = QLabel("A long message that wraps onto several lines in a narrow box " * 3, wordWrap=True)
    wrapped.setFixedSize(120, 20)
    button = QPushButton("A button with a long text")
    button.setFixedWidth(50)
    for widget in (fine, cut, wrapped, button):
        layout.addWidget(widget)
    box.show()
    qtbot.waitExposed(box)
    problems = "\n".join(clipped(box))
    assert "A heading much wider" in problems
    assert "wrapped text needs" in problems
    assert "A button with a long text" in problems
    assert "'Fits'" not in problems
    cut.setMinimumWidth(0)
    cut.setMaximumWidth(10_000)
    wrapped.setMinimumSize(0, 0)
    wrapped.setMaximumSize(10_000, 10_000)
    button.setMinimumWidth(0)
    button.setMaximumWidth(10_000)
    box.adjustSize()
    QApplication.processEvents()
    assert clipped(box) == []


@pytest.mark.parametrize("login", ROLES)
def test_every_page_of_every_role_fits(qtbot: QtBot, desk: FitDesk, login: str) -> None:
    """Issue 12 point 8: the window of each role, each page shown, in three languages at two sizes."""
    window = start_window(qtbot, desk.deps, desk.windows, desk.precinct.ready_session(login), INFO)
    for look in desk.each_look(qtbot):
        for page in window.pages:
            window.show_page(page)
            desk.settle(qtbot)
            desk.check(window, f"{login} {look} page {page}")
    assert not desk.problems, "\n".join(desk.problems)


def test_the_lock_screen_fits_with_its_error(qtbot: QtBot, desk: FitDesk) -> None:
    window = start_window(qtbot, desk.deps, desk.windows, desk.precinct.ready_session("member1"), INFO)
    window.lock_now("manual")
    for look in desk.each_look(qtbot):
        window.lock_overlay.show_error(explain(LONG_ERROR, desk.deps.translations.lang))
        desk.settle(qtbot)
        desk.check(window, f"lock screen {look}")
    assert not desk.problems, "\n".join(desk.problems)


def test_the_claim_intake_fits_with_its_field_problems(qtbot: QtBot, desk: FitDesk) -> None:
    """Opened at each language and size (a modal form is never open while they change)."""
    window = start_window(qtbot, desk.deps, desk.windows, desk.precinct.ready_session("member1"), INFO)
    for look in desk.each_look(qtbot):
        window.open_claim_dialog()
        dialog = window.claim_dialog
        assert dialog is not None
        qtbot.waitExposed(dialog)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        desk.settle(qtbot)
        assert dialog.findChildren(QLabel, "fieldProblem"), "the empty form is refused field by field"
        desk.check(dialog, f"claim intake {look}")
        dialog.reject()
        desk.settle(qtbot)
    assert not desk.problems, "\n".join(desk.problems)


# ---- the dialogs, each with an error shown ------------------------------------------------------
Builder = Callable[[FitDesk, Session, QWidget], QDialog]


def _voter(desk: FitDesk, session: Session) -> PublicVoter:
    found = desk.deps.voters.search(session, PLANTED.last_name)
    return found.voters[0]


def _password_change(desk: FitDesk, session: Session, parent: QWidget) -> QDialog:
    dialog = PasswordChangeDialog(desk.deps, session, parent)
    dialog.show()
    dialog.current_edit.setText("wrong")
    dialog.new_edit.setText("short")
    dialog.repeat_edit.setText("short")
    dialog.change_button.click()
    return dialog


def _login(desk: FitDesk, _session: Session, _parent: QWidget) -> QDialog:
    dialog = LoginDialog(desk.deps)
    dialog.show()
    dialog.show_error(LONG_ERROR)
    return dialog


def _document(kind: type[PostingListDialog] | type[RefusalDialog]) -> Builder:
    def build(desk: FitDesk, session: Session, parent: QWidget) -> QDialog:
        dialog = kind(desk.deps, session, parent)
        dialog.show()
        dialog.print_button.click()  # an empty refusal form is refused; the posting list is made
        return dialog

    return build


def _subject_access(desk: FitDesk, session: Session, parent: QWidget) -> QDialog:
    dialog = SubjectAccessDialog(desk.deps, session, _voter(desk, session), parent)
    dialog.show()
    dialog.approver_edit.setText("secretary")
    dialog.password_edit.setText("not-the-password")
    dialog.print_button.click()
    return dialog


def _scan(desk: FitDesk, _session: Session, parent: QWidget) -> QDialog:
    dialog = ScanDialog(lambda: desk.deps.translations.lang, parent)
    dialog.show()
    dialog.show_state(ScanState(STOPPED, drive="KINGSTON", error=AppError(Reason.MEDIUM_ERROR, path="/media/x")))
    return dialog


def _sync(desk: FitDesk, _session: Session, parent: QWidget) -> QDialog:
    dialog = SyncDialog(lambda: desk.deps.translations.lang, parent)
    dialog.show()
    dialog.show_state(SyncState(REFUSED, file_name="update-1001.pecenv", error=AppError(Reason.SIGNATURE_INVALID)))
    return dialog


def _help(desk: FitDesk, _session: Session, parent: QWidget) -> QDialog:
    dialog = HelpDialog("voters", desk.deps.translations.lang, parent)
    dialog.show()
    return dialog


def _one_time(_desk: FitDesk, _session: Session, parent: QWidget) -> QDialog:
    dialog = OneTimePasswordDialog("member1", "Жээнбекова Айпери Сапаровна", "Xq7-long-one-time-pw", parent)
    dialog.show()
    return dialog


BUILDERS: dict[str, Builder] = {
    "OneTimePasswordDialog": _one_time,
    "HelpDialog": _help,
    "LoginDialog": _login,
    "PasswordChangeDialog": _password_change,
    "PostingListDialog": _document(PostingListDialog),  # made: to the collecting preview
    "RefusalDialog": _document(RefusalDialog),
    "SubjectAccessDialog": _subject_access,
    "ScanDialog": _scan,
    "SyncDialog": _sync,
}
SKIP = {"ClaimDialog": "test_the_claim_intake_fits_with_its_field_problems opens it from the window"}


def dialog_classes() -> dict[str, type[QDialog]]:
    """Every QDialog subclass defined in a module under app/ui (private bases left out)."""
    found: dict[str, type[QDialog]] = {}
    for module_info in pkgutil.walk_packages(app.ui.__path__, "app.ui."):
        module = importlib.import_module(module_info.name)
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QDialog) and cls.__module__ == module.__name__ and not name.startswith("_"):
                found[name] = cls
    return found


def generic_builder(cls: type[QDialog]) -> Builder | None:
    """Builds a dialog whose arguments are all among the usual ones, else None."""
    usual: dict[str, Callable[[FitDesk, Session, QWidget], object]] = {
        "deps": lambda d, _s, _p: d.deps,
        "session": lambda _d, s, _p: s,
        "parent": lambda _d, _s, p: p,
        "voter": lambda d, s, _p: _voter(d, s),
        "lang": lambda d, _s, _p: lambda: d.deps.translations.lang,
    }
    params = [p for p in inspect.signature(cls.__init__).parameters.values() if p.name != "self"]
    needed = [p for p in params if p.default is inspect.Parameter.empty or p.name in usual]
    if any(p.name not in usual for p in needed if p.default is inspect.Parameter.empty):
        return None

    def build(desk: FitDesk, session: Session, parent: QWidget) -> QDialog:
        dialog = cls(**{p.name: usual[p.name](desk, session, parent) for p in needed if p.name in usual})
        dialog.show()
        return dialog

    return build


def test_every_dialog_class_is_covered() -> None:
    """A new dialog is either built by name, built from the usual arguments, or named in SKIP."""
    unbuilt = [n for n, c in dialog_classes().items() if n not in BUILDERS and n not in SKIP and not generic_builder(c)]
    assert not unbuilt, f"add a builder to tests/gui/test_fit.py for {unbuilt}"
    assert set(BUILDERS) <= set(dialog_classes()), "a builder for a dialog that is gone"


def test_every_dialog_fits_with_its_error(qtbot: QtBot, desk: FitDesk) -> None:
    """The login, password change, document, scan and sync dialogs (and any other under app/ui),
    each opened at each language and size, as a person meets them."""
    session = desk.precinct.ready_session("chair")
    window = start_window(qtbot, desk.deps, desk.windows, session, INFO)
    builders = dict(BUILDERS)
    for name, cls in dialog_classes().items():
        generic = generic_builder(cls)
        if name not in builders and name not in SKIP and generic is not None:
            builders[name] = generic
    for look in desk.each_look(qtbot):
        for name, build in builders.items():
            dialog = build(desk, session, window)
            qtbot.waitExposed(dialog)
            desk.settle(qtbot)
            desk.check(dialog, f"{name} {look}")
            dialog.done(QDialog.DialogCode.Rejected)  # deleted with the window (the login dialog: by the test)
            if dialog.parent() is None:
                dialog.deleteLater()
    assert not desk.problems, "\n".join(desk.problems)


# ---- Qt's own dialogs in the UI's language ------------------------------------------------------
QT_WORDS = {
    "ky": {"lookInLabel": "&Кайдан издөө:", "fileTypeLabel": "Файлдын &түрү:", "cancel": "Жокко чыгаруу"},
    "ru": {"lookInLabel": "&Перейти к:", "fileTypeLabel": "&Типы файлов:", "cancel": "Отмена"},
}


@pytest.mark.parametrize("lang", sorted(QT_WORDS))
def test_the_file_dialog_the_app_opens_speaks_the_ui_language(
    qapp: QApplication, qtbot: QtBot, qm_dir: Path, lang: str
) -> None:
    """Issue 12 point 8: the chooser opens Qt's own file dialog (not the desktop's), and its labels
    are Kyrgyz (our qtbase_ky, Qt has none) or Russian (Qt's, with ours for what it lacks)."""
    translations = Translations(qapp, qm_dir)
    translations.set_language(lang)
    seen: dict[str, str] = {}

    def answer() -> None:
        dialog = qapp.activeModalWidget()
        assert isinstance(dialog, QFileDialog), "Qt's own dialog, not the desktop's"
        for name in ("lookInLabel", "fileTypeLabel"):
            seen[name] = dialog.findChild(QLabel, name).text()
        box = dialog.findChild(QDialogButtonBox)
        seen["cancel"] = box.button(QDialogButtonBox.StandardButton.Cancel).text()
        dialog.reject()

    try:
        QTimer.singleShot(200, answer)
        assert DialogChooser().open_file(QWidget(), "x", "PEC (*.pecenv)") is None
    finally:
        translations.uninstall()
    assert seen == QT_WORDS[lang]


def test_message_boxes_speak_kyrgyz(qapp: QApplication, qtbot: QtBot, qm_dir: Path) -> None:
    translations = Translations(qapp, qm_dir)
    translations.set_language("ky")
    try:
        box = QMessageBox(
            QMessageBox.Icon.Question, "PEC", "?", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        )
        qtbot.addWidget(box)
        box.show()
        texts = {box.button(b).text() for b in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No)}
    finally:
        translations.uninstall()
    assert texts == {"&Ооба", "&Жок"}
