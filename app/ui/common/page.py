"""The contract of a page of the session window (issue 12 point 1).

A page is one job (voters, claims, exchange, audit ...). The window builds only the pages the
permission table allows the role (`app.ui.pages`), shows one at a time beside the side bar, and
tells every page the same three things:

- `start()`: the session began or was unlocked: load what the page shows (through the task runner);
- `clear()`: the window is being locked or the session ends: drop every voter's data shown and
  anything typed, at once (a form that survives a lock keeps its text in memory only, and hands it
  back after the same user unlocks);
- `title()`: the page's name in the side bar, in the current language.

`badge` is emitted with a count shown beside the page's name in the side bar (0 hides it).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget


class Page(QWidget):
    """One job of the window. Subclasses build their widgets and call services via `deps.runner`."""

    badge = Signal(int)

    def title(self) -> str:
        raise NotImplementedError

    def start(self) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        raise NotImplementedError
