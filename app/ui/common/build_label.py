"""The status bar's word that this is a development build (issue 13 point 4): its test switches
work, so it must never stand in a polling station. A production build shows nothing."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget

from app.build_info import DEVELOPMENT, build_kind


class BuildLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("buildLabel")
        self._retranslate_ui()

    @staticmethod
    def needed() -> bool:
        return build_kind() == DEVELOPMENT

    def _retranslate_ui(self) -> None:
        self.setText(self.tr("Development build"))
        self.setToolTip(
            self.tr("Test switches are on in this build. It is for training and testing, not for a polling station.")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_ui()
        super().changeEvent(event)
