"""The side bar of the session window: the role's pages, each with its shortcut and a badge.

Ctrl+1 ... Ctrl+9 open the pages in order (the tooltip says which); a page's badge (open alerts,
say) shows as a count after its name and in the tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from app.ui.common.page import Page
from app.ui.pages import PageId

PAGE_ROLE = Qt.ItemDataRole.UserRole
MAX_WIDTH = 230  # wider names wrap


class SideBar(QListWidget):
    page_chosen = Signal(str)  # a PageId

    def __init__(self, pages: dict[PageId, Page], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sideBar")
        self._pages = pages
        self._badges: dict[PageId, int] = {}
        self.shortcuts: list[QAction] = []
        for index, page_id in enumerate(pages):
            item = QListWidgetItem()
            item.setData(PAGE_ROLE, page_id.value)
            self.addItem(item)
            pages[page_id].badge.connect(lambda count, p=page_id: self.set_badge(p, count))
            if index < 9:
                self.shortcuts.append(self._shortcut(index, page_id))
        self.currentItemChanged.connect(self._on_current_changed)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSpacing(2)
        self.setWordWrap(True)  # a long name ("Backup and recovery" in Kyrgyz) takes two lines
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setStyleSheet("QListWidget#sideBar::item { padding: 6px 8px; }")

    def _shortcut(self, index: int, page_id: PageId) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda: self.show_page(page_id))
        return action

    def retranslate(self) -> None:
        for row in range(self.count()):
            item = self.item(row)
            page_id = PageId(item.data(PAGE_ROLE))
            title = self._pages[page_id].title()
            badge = self._badges.get(page_id, 0)
            item.setText(f"{title} ({badge})" if badge else title)
            item.setToolTip(f"{title} — Ctrl+{row + 1}" if row < 9 else title)
        self.setFixedWidth(min(MAX_WIDTH, max(140, self.sizeHintForColumn(0) + 2 * self.frameWidth() + 8)))

    def set_badge(self, page_id: PageId, count: int) -> None:
        self._badges[page_id] = max(0, count)
        self.retranslate()

    def badge(self, page_id: PageId) -> int:
        return self._badges.get(page_id, 0)

    def show_page(self, page_id: PageId) -> None:
        for row in range(self.count()):
            if self.item(row).data(PAGE_ROLE) == page_id.value:
                self.setCurrentRow(row)
                return

    def current_page(self) -> PageId | None:
        item = self.currentItem()
        return PageId(item.data(PAGE_ROLE)) if item is not None else None

    def _on_current_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None:
            self.page_chosen.emit(current.data(PAGE_ROLE))
