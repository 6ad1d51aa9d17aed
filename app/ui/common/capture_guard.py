"""Every window of the app is kept out of screen captures where the OS allows it (R-SEC-8).

An application-wide event filter sees each window and dialog (the main window, the claim form,
the documents, the print preview, the login...; not the short-lived popups: menus, tooltips,
combo box lists) as it is shown and hands its native handle to
`app.security.capture.exclude_from_capture`, once per window. Every window is treated alike: it
is simpler and safer than deciding which ones show personal data. The state of the last window
is kept for the status bar (`CaptureLabel`: blocked, or not blockable on this system, with the
rule in its tooltip); the first answer is logged, so a system that cannot exclude capture (Linux)
says so once in the log.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QWidget

from app.security.capture import Capture, CaptureState, exclude_from_capture

_DONE = "pecCaptureChecked"
_WINDOWS = (Qt.WindowType.Window, Qt.WindowType.Dialog)  # not menus, tooltips or combo box lists
Excluder = Callable[[int], Capture]


class CaptureGuard(QObject):
    """Applies the capture exclusion to each top-level window when it is first shown."""

    def __init__(
        self, app: QCoreApplication, exclude: Excluder = exclude_from_capture, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._app = app
        self._exclude = exclude
        self.state: Capture | None = None  # None: no window shown yet

    def install(self) -> None:
        self._app.removeEventFilter(self)
        self._app.installEventFilter(self)

    def uninstall(self) -> None:
        self._app.removeEventFilter(self)

    def apply(self, window: QWidget) -> Capture:
        """Exclude `window` now (also what the filter does on its first Show)."""
        result = self._exclude(int(window.winId()))
        window.setProperty(_DONE, True)
        if self.state is None:
            level = logging.INFO if result.active else logging.WARNING
            logging.getLogger(__name__).log(level, "screen capture exclusion: %s (%s)", result.state, result.detail)
        self.state = result
        return result

    @property
    def active(self) -> bool:
        return self.state is not None and self.state.state is CaptureState.EXCLUDED

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.windowType() in _WINDOWS
            and not watched.property(_DONE)
        ):
            self.apply(watched)
        return False


class CaptureLabel(QLabel):
    """The status bar's word on screen capture: blocked, or what the OS does not allow."""

    def __init__(self, guard: CaptureGuard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._guard = guard
        self.setObjectName("captureLabel")
        self._retranslate_ui()

    def refresh(self) -> None:
        """Read the guard's state again (after the window was shown)."""
        self._retranslate_ui()

    def _retranslate_ui(self) -> None:
        state = self._guard.state.state if self._guard.state is not None else None
        texts = {
            CaptureState.EXCLUDED: self.tr("Screen capture blocked"),
            CaptureState.UNAVAILABLE: self.tr("Screen capture cannot be blocked on this system"),
            CaptureState.FAILED: self.tr("Screen capture could not be blocked"),
        }
        self.setText(texts[state] if state is not None else "")
        self.setToolTip(self.tr("Photographing or filming the screen is forbidden."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_ui()
        super().changeEvent(event)
