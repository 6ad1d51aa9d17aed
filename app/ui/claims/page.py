"""The Claims page (issue 12 point 4): the calendar stage, the claims and their actions."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.ui.claims.claims_panel import ClaimsPanel
from app.ui.common.page import Page


class ClaimsPage(Page):
    def __init__(self, claims_panel: ClaimsPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("claimsPage")
        self.claims_panel = claims_panel
        QVBoxLayout(self).addWidget(claims_panel)

    def title(self) -> str:
        return self.tr("Claims")

    def start(self) -> None:
        self.claims_panel.start()

    def clear(self) -> None:
        self.claims_panel.clear()
