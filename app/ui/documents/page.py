"""The Documents page: each printed document the role may make, with a line on what it is for.

The buttons trigger the window's own actions (the Documents menu holds the same ones), so a
document opens the same way from the page, the menu or a shortcut.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui.common.page import Page


class DocumentsPage(Page):
    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentsPage")
        self._rows: list[tuple[QAction, QPushButton, QLabel]] = []
        grid = QGridLayout()
        for row, action in enumerate(actions):
            button = QPushButton()
            button.setObjectName(action.objectName().replace("Action", "Button"))
            button.clicked.connect(action.trigger)
            action.changed.connect(self._retranslate_ui)  # the menus name the action after this page
            note = QLabel(wordWrap=True)
            grid.addWidget(button, row, 0)
            grid.addWidget(note, row, 1)
            self._rows.append((action, button, note))
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addStretch(1)
        self._retranslate_ui()

    def title(self) -> str:
        return self.tr("Documents")

    def _retranslate_ui(self) -> None:
        notes = {
            "postingListAction": self.tr("The list of voters to post at the precinct, by the calendar stage."),
            "subjectAccessAction": self.tr(
                "A voter's own record, for the voter, approved by a second commission member."
            ),
            "accessRefusalAction": self.tr("A reasoned refusal of a voter's request for their record."),
        }
        for action, button, note in self._rows:
            button.setText(action.text().replace("&", ""))
            note.setText(notes.get(action.objectName(), ""))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_ui()
        super().changeEvent(event)

    def start(self) -> None:
        self._retranslate_ui()

    def clear(self) -> None:
        """Nothing of a voter's is shown here: the dialogs drop their own input."""
