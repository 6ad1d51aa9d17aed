"""Choosing a file or a folder: the native dialogs in the app, a fixed answer in tests.

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


class DialogChooser:
    """Qt's file dialogs."""

    def open_file(self, parent: QWidget, title: str, name_filter: str) -> Path | None:
        name, _filter = QFileDialog.getOpenFileName(parent, title, "", name_filter)
        return Path(name) if name else None

    def directory(self, parent: QWidget, title: str) -> Path | None:
        name = QFileDialog.getExistingDirectory(parent, title)
        return Path(name) if name else None
