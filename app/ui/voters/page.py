"""The Voters page (issue 12 point 3): search-as-you-type over the public fields of the list."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.ui.common.page import Page
from app.ui.voters.search_panel import SearchPanel


class VotersPage(Page):
    def __init__(self, search_panel: SearchPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("votersPage")
        self.search_panel = search_panel
        QVBoxLayout(self).addWidget(search_panel)

    def title(self) -> str:
        return self.tr("Voters")

    def start(self) -> None:
        self.search_panel.start()

    def clear(self) -> None:
        self.search_panel.clear()
