"""The larger-text setting (issue 12 point 8): 100%, 125% or 150% of the normal text size.

The application font is scaled, and so are the point sizes the style sheet sets itself (headings,
the lock screen's title), so a heading grows with the text under it. The normal font and the style
sheet as loaded are kept on the application the first time, so scaling twice never compounds.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import QApplication

TEXT_SCALES = (100, 125, 150)
_BASE_SIZE = "pecDeskBasePointSize"
_BASE_STYLE = "pecDeskBaseStyleSheet"
_SET_STYLE = "pecDeskScaledStyleSheet"
_POINTS = re.compile(r"font-size:\s*([0-9.]+)pt")


def apply_text_scale(app: QApplication, percent: int) -> None:
    """Text at `percent` of the normal size (one of `TEXT_SCALES`; anything else is 100)."""
    if percent not in TEXT_SCALES:
        percent = 100
    base_size = app.property(_BASE_SIZE)
    if base_size is None:
        base_size = app.font().pointSizeF()
        app.setProperty(_BASE_SIZE, base_size)
        app.setProperty(_BASE_STYLE, app.styleSheet())
    if app.styleSheet() != str(app.property(_SET_STYLE) or ""):  # loaded anew since we last scaled
        app.setProperty(_BASE_STYLE, app.styleSheet())
    base_style = str(app.property(_BASE_STYLE) or "")
    font = app.font()
    font.setPointSizeF(float(base_size) * percent / 100)
    app.setFont(font)
    scaled = scale_style(base_style, percent)
    app.setProperty(_SET_STYLE, scaled)
    app.setStyleSheet(scaled)


def current_text_scale(app: QApplication) -> int:
    base_size = app.property(_BASE_SIZE)
    if base_size is None or not float(base_size):
        return 100
    return round(app.font().pointSizeF() * 100 / float(base_size))


def scale_style(style: str, percent: int) -> str:
    """The style sheet with every `font-size: Npt` scaled to `percent`."""
    return _POINTS.sub(lambda m: f"font-size: {float(m.group(1)) * percent / 100:g}pt", style)
