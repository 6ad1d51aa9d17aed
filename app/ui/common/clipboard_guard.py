"""What the window puts on the clipboard, and taking it away again (R-SEC-8, DESIGN.md).

Copying personal data is audited by the view *before* the text reaches the clipboard (no audit,
no copy); this object then holds the text there for `clear_ms` (30 s by DESIGN.md) and clears
the clipboard when the time is up, on lock and on log-out, but only while the clipboard still
holds what we put there: whatever the user copied since (from another program, say) is theirs
and stays.

Clipboard history keepers would outlive the clearing, so the copy carries the hints they honour:
Windows' `ExcludeClipboardContentFromMonitorProcessing` (no clipboard history, no cloud
clipboard) and KDE's `x-kde-passwordManagerHint: secret` (Klipper keeps no copy). Others (GNOME
extensions, third-party managers) may still keep one: nothing an app can do about that.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard

CLIPBOARD_CLEAR_MS = 30_000
NO_HISTORY = {
    'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"': b"\x00\x00\x00\x00",
    "x-kde-passwordManagerHint": b"secret",
}


class ClipboardGuard(QObject):
    """Puts text on the clipboard and clears it after `clear_ms`, if it is still ours."""

    def __init__(
        self, clipboard: QClipboard, clear_ms: int = CLIPBOARD_CLEAR_MS, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._clipboard = clipboard
        self._text = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(1, clear_ms))
        self._timer.timeout.connect(self.clear)

    @property
    def holding(self) -> bool:
        """Text of ours is on the clipboard and a clear is pending."""
        return self._timer.isActive()

    @property
    def clear_ms(self) -> int:
        return self._timer.interval()

    def put(self, text: str) -> None:
        """Copy `text` (already audited by the caller) and start counting down."""
        data = QMimeData()
        data.setText(text)
        for kind, value in NO_HISTORY.items():
            data.setData(kind, value)
        self._clipboard.setMimeData(data, QClipboard.Mode.Clipboard)
        self._text = text
        self._timer.start()

    def clear(self) -> None:
        """Take our text off the clipboard now (time up, lock, log-out); leave anyone else's."""
        self._timer.stop()
        text, self._text = self._text, ""
        if text and self._clipboard.text(QClipboard.Mode.Clipboard) == text:
            self._clipboard.clear(QClipboard.Mode.Clipboard)
