"""The Drives and exchange page: the sync status and actions (R-SYN-1, R-SYN-2) above the drives
connected now, the media register and the scans (R-SEC-6, R-SEC-7, R-SEC-11)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.security.session import Session
from app.ui.common.page import Page
from app.ui.exchange.media_panel import MediaPanel
from app.ui.exchange.sync_panel import SyncPanel


class ExchangePage(Page):
    def __init__(self, session: Session, sync: SyncPanel, media: MediaPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exchangePage")
        self._session = session
        self.sync_panel, self.media_panel = sync, media
        layout = QVBoxLayout(self)
        layout.addWidget(sync, 0)
        layout.addWidget(media, 1)
        sync.setVisible(SyncPanel.permitted(session))
        media.drives_box.setVisible(MediaPanel.permitted(session))

    def title(self) -> str:
        return self.tr("Drives and exchange")

    def start(self) -> None:
        if SyncPanel.permitted(self._session):
            self.sync_panel.start()

    def clear(self) -> None:
        self.sync_panel.clear()
