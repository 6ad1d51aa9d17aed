"""The Claims page (issue 12 point 4): the calendar stage, the claims with their filters, and the
chosen claim's detail with its history and actions (`ClaimsPanel`, built by the window, which
also drives the intake dialog). The side bar's badge counts the overdue claims (R-CLM-5)."""

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
        claims_panel.loaded.connect(self._on_loaded)

    def title(self) -> str:
        return self.tr("Claims")

    def start(self) -> None:
        self.claims_panel.start()

    def clear(self) -> None:
        self.claims_panel.clear()
        self.badge.emit(0)

    def _on_loaded(self) -> None:
        self.badge.emit(self.claims_panel.overdue_count())
