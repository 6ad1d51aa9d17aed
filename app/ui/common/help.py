"""F1: a short help page for the screen in front of the user, in the UI's language (issue 12 point 8).

The pages are Markdown files `resources/help/<topic>.<lang>.md`: a topic per page of the window
(`PageId` values) and `login` for the login screen. A missing language falls back to Kyrgyz, the
default; a missing topic says so instead of showing nothing. The files are the project's own
resources, read when asked (a few hundred bytes, like the style sheet).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from app.paths import resources_dir
from app.ui.common.translations import DEFAULT_LANGUAGE

LOGIN_TOPIC = "login"


def help_dir() -> Path:
    return resources_dir() / "help"


def help_file(topic: str, lang: str) -> Path:
    return help_dir() / f"{topic}.{lang}.md"


def help_text(topic: str, lang: str) -> str:
    """The Markdown of `topic` in `lang` (else in Kyrgyz), or "" when there is none."""
    for path in (help_file(topic, lang), help_file(topic, DEFAULT_LANGUAGE)):
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return ""


class HelpDialog(QDialog):
    """The help page of one screen: a text browser and Close."""

    def __init__(self, topic: str, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.topic, self.lang = topic, lang
        self.browser = QTextBrowser()
        self.browser.setObjectName("helpBrowser")
        self.browser.setOpenLinks(False)  # nothing leaves the page
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(self.buttons)
        self.resize(560, 420)
        self._retranslate_ui()

    def _retranslate_ui(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("HelpDialog", "Help"))
        text = help_text(self.topic, self.lang)
        if text:
            self.browser.setMarkdown(text)
        else:
            self.browser.setPlainText(QCoreApplication.translate("HelpDialog", "There is no help for this screen yet."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_ui()
        super().changeEvent(event)


class HelpAction(QAction):
    """F1 on a window: opens the help of `topic()` in `lang()`; `dialog` is the one open."""

    def __init__(self, window: QWidget, topic: Callable[[], str], lang: Callable[[], str]) -> None:
        super().__init__(window)
        self.setObjectName("helpAction")
        self._window, self._topic, self._lang = window, topic, lang
        self.dialog: HelpDialog | None = None
        self.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.setText(help_action_text())
        self.triggered.connect(self.open_help)
        window.addAction(self)

    def open_help(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
        self.setText(help_action_text())
        dialog = HelpDialog(self._topic(), self._lang(), self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_closed)
        self.dialog = dialog
        dialog.show()

    def _on_closed(self, _result: int) -> None:
        self.dialog = None


def help_action_text() -> str:
    """The action's name in the current language (the shortcut list reads it)."""
    return QCoreApplication.translate("HelpDialog", "Help on this screen")


def install_help(window: QWidget, topic: Callable[[], str], lang: Callable[[], str]) -> HelpAction:
    """F1 on `window` opens the help of the screen `topic()` names."""
    return HelpAction(window, topic, lang)
