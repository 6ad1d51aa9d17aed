"""Choosing a file or a folder: Qt's own (non-native) file dialog in the app, a fixed answer in tests.

Qt's own dialog, not the desktop's, so it speaks the UI's language (Kyrgyz included, from
`resources/i18n/qtbase_ky.ts`) whatever the desktop's language is.

Views never call `QFileDialog` directly; they ask `UiDeps.chooser`, so a test can hand
them a path without a dialog that would block the event loop.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QFileDialog, QWidget


class FileChooser(Protocol):
    def open_file(self, parent: QWidget, title: str, name_filter: str) -> Path | None:
        """An existing file to read, or None when the user cancelled."""
        ...

    def directory(self, parent: QWidget, title: str) -> Path | None:
        """An existing folder to write into, or None when the user cancelled."""
        ...


OWN_DIALOG = QFileDialog.Option.DontUseNativeDialog


class DialogChooser:
    """Qt's file dialogs, in the UI's language."""

    def open_file(self, parent: QWidget, title: str, name_filter: str) -> Path | None:
        name, _filter = QFileDialog.getOpenFileName(parent, title, "", name_filter, options=OWN_DIALOG)
        return Path(name) if name else None

    def directory(self, parent: QWidget, title: str) -> Path | None:
        options = OWN_DIALOG | QFileDialog.Option.ShowDirsOnly
        name = QFileDialog.getExistingDirectory(parent, title, "", options)
        return Path(name) if name else None
