"""The Settings page (issue 12 point 8), every role's: the language, the text size and the keys.

- Language: switched at once for the whole app (`Translations.set_language`; every view re-reads
  its texts on the LanguageChange event).
- Text size: 100%, 125% or 150% of the normal size (`text_size.apply_text_scale`), remembered for
  this device in the data dir (`store.py`; read when the session starts, written through the task
  runner).
- Keyboard shortcuts: every shortcut of the window, read from its actions when the page is shown,
  so the list never drifts from the keys that work.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.messages import explain
from app.security.session import Session
from app.ui.common.deps import UiDeps
from app.ui.common.help import HelpAction, help_action_text
from app.ui.common.page import Page
from app.ui.common.translations import LANGUAGE_NAMES
from app.ui.settings.store import DisplaySettings, load_display, save_display
from app.ui.settings.text_size import TEXT_SCALES, apply_text_scale, current_text_scale


class SettingsPage(Page):
    """Language, text size, the list of shortcuts."""

    def __init__(self, deps: UiDeps, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._deps = deps
        self._session = session
        self._build_ui()
        self._connect_signals()
        self._retranslate_ui()

    def _build_ui(self) -> None:
        self.setObjectName("settingsPage")
        self.language_box = QComboBox()
        self.language_box.setObjectName("settingsLanguage")
        for code, name in LANGUAGE_NAMES.items():
            self.language_box.addItem(name, code)
        self.text_size_box = QComboBox()
        self.text_size_box.setObjectName("settingsTextSize")
        for scale in TEXT_SCALES:
            self.text_size_box.addItem(f"{scale}%", scale)
        self.display_box = QGroupBox()
        form = QFormLayout(self.display_box)
        self._language_label, self._size_label = QLabel(), QLabel()
        self._language_label.setBuddy(self.language_box)
        self._size_label.setBuddy(self.text_size_box)
        form.addRow(self._language_label, self.language_box)
        form.addRow(self._size_label, self.text_size_box)
        self.error_label = QLabel(wordWrap=True)
        self.error_label.setObjectName("errorLabel")
        self.error_label.hide()
        self.keys_box = QGroupBox()
        self.keys_table = _keys_table()
        QVBoxLayout(self.keys_box).addWidget(self.keys_table)
        layout = QVBoxLayout(self)
        layout.addWidget(self.display_box)
        layout.addWidget(self.error_label)
        layout.addWidget(self.keys_box, 1)

    def _connect_signals(self) -> None:
        self.language_box.activated.connect(self._on_language_chosen)
        self.text_size_box.activated.connect(self._on_text_size_chosen)

    def _retranslate_ui(self) -> None:
        self.display_box.setTitle(self.tr("Display"))
        self._language_label.setText(self.tr("&Language:"))
        self._size_label.setText(self.tr("&Text size:"))
        self.keys_box.setTitle(self.tr("Keyboard shortcuts"))
        self.keys_table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self._show_current()
        self._fill_keys()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_ui()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self._show_current()
        self._fill_keys()
        super().showEvent(event)

    # ---- Page ----------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Settings")

    def start(self) -> None:
        """The session began: this device's text size comes back."""
        path = self._deps.services.display_settings_file()
        self._deps.runner.run(lambda: load_display(path), self._on_loaded, self._on_failed)

    def clear(self) -> None:
        """Nothing of a voter is shown here."""
        self.error_label.hide()

    # ---- slots ---------------------------------------------------------------------------
    def _on_loaded(self, settings: DisplaySettings) -> None:
        apply_text_scale(_application(), settings.text_scale)
        self._show_current()

    def _on_failed(self, error: AppError) -> None:
        self.error_label.setText(explain(error, self._deps.translations.lang))
        self.error_label.show()

    def _on_language_chosen(self, index: int) -> None:
        self._deps.translations.set_language(str(self.language_box.itemData(index)))

    def _on_text_size_chosen(self, index: int) -> None:
        scale = int(self.text_size_box.itemData(index))
        apply_text_scale(_application(), scale)
        path = self._deps.services.display_settings_file()
        self.error_label.hide()
        self._deps.runner.run(lambda: save_display(path, DisplaySettings(scale)), _ignore, self._on_failed)

    # ---- helpers -------------------------------------------------------------------------
    def _show_current(self) -> None:
        codes = list(LANGUAGE_NAMES)
        lang = self._deps.translations.lang
        self.language_box.setCurrentIndex(codes.index(lang) if lang in codes else 0)
        scale = current_text_scale(_application())
        self.text_size_box.setCurrentIndex(TEXT_SCALES.index(scale) if scale in TEXT_SCALES else 0)

    def _fill_keys(self) -> None:
        rows = window_shortcuts(self.window())
        self.keys_table.setRowCount(len(rows))
        for row, (what, keys) in enumerate(rows):
            self.keys_table.setItem(row, 0, QTableWidgetItem(what))
            self.keys_table.setItem(row, 1, QTableWidgetItem(keys))


def window_shortcuts(window: QWidget) -> list[tuple[str, str]]:
    """(what it does, its keys) for every action of `window` with a shortcut and a name; the side
    bar's page keys are named by the page's tooltip ("Claims — Ctrl+3")."""
    rows: dict[str, str] = {}
    for action in window.findChildren(QAction):
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        text = help_action_text() if isinstance(action, HelpAction) else action.text()
        what = text.replace("&", "").rstrip("…").strip()
        if keys and what:
            rows.setdefault(keys, what)
    side_bar = window.findChild(QWidget, "sideBar")
    for item_tip in _side_bar_tips(side_bar):
        what, _dash, keys = item_tip.rpartition(" — ")
        if what and keys:
            rows.setdefault(keys, what)
    return sorted(((what, keys) for keys, what in rows.items()), key=lambda row: (len(row[1]), row[1]))


def _side_bar_tips(side_bar: QWidget | None) -> list[str]:
    count = getattr(side_bar, "count", None)
    item = getattr(side_bar, "item", None)
    if count is None or item is None:
        return []
    return [item(row).toolTip() for row in range(count())]


def _keys_table() -> QTableWidget:
    table = QTableWidget(0, 2)
    table.setObjectName("shortcutsTable")
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


def _application() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app


def _ignore(_result: object) -> None:
    """Saved: the text size already shows."""
