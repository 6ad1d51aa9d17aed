"""Does every text fit? (issue 12 point 8) A checker for any shown widget tree.

`clipped(root)` walks the visible widgets under `root` (itself included) and returns one line per
text that is squeezed or cut:

- a QLabel narrower or lower than its text needs (`heightForWidth` for a word-wrapped label);
- a QPushButton, QCheckBox or QRadioButton whose text is wider than the button leaves for it;
- a QGroupBox whose title is wider than the box;
- a QTabBar tab narrower than its text;
- a QHeaderView section narrower than its title (the title would be elided);
- any widget smaller than its own `minimumSizeHint` (the layout squeezed it).

`set_text_scale(app, factor)` sets the application font (and the style sheet's point sizes) as the
larger-text setting does, so a test can check 100% and 150%.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollBar,
    QSizePolicy,
    QTabBar,
    QWidget,
)
from pytestqt.exceptions import TimeoutError as WaitTimeout
from pytestqt.qtbot import QtBot

from app.ui.settings.text_size import apply_text_scale

SLACK = 1  # pixels of rounding allowed


def set_text_scale(app: QApplication, percent: int) -> None:
    """The larger-text setting: 100, 125 or 150 (% of the base font)."""
    apply_text_scale(app, percent)


def squeezed_labels(dialog: QWidget) -> list[str]:
    """The visible wrapped labels lower than their text needs."""
    return [
        label.objectName()
        for label in dialog.findChildren(QLabel)
        if label.isVisible() and label.wordWrap() and label.height() < label.heightForWidth(label.width())
    ]


def assert_labels_fit(qtbot: QtBot, dialog: QWidget) -> None:
    """Every visible wrapped label has the height its text needs: the dialog grew to a summary
    set after it was shown, instead of drawing the lines over each other. The layout settles in
    the event loop after a change, so this waits for it (up to 3 s on a loaded machine)."""
    with contextlib.suppress(WaitTimeout):
        qtbot.waitUntil(lambda: not squeezed_labels(dialog), timeout=3000)
    assert not squeezed_labels(dialog), squeezed_labels(dialog)


def assert_fits(root: QWidget, where: str = "") -> None:
    problems = clipped(root)
    assert not problems, f"{where or root.objectName()}: squeezed or cut text:\n  " + "\n  ".join(problems)


def clipped(root: QWidget) -> list[str]:
    """One line for each squeezed or cut text under `root` (only visible widgets count)."""
    problems: list[str] = []
    for widget in _visible(root):
        problem = _problem(widget)
        if problem:
            problems.append(f"{_name(widget)}: {problem}")
    return problems


def _visible(root: QWidget) -> Iterator[QWidget]:
    if not root.isVisible():
        return
    yield root
    for child in root.findChildren(QWidget):
        if child.isVisible() and child.window() is root.window() and not _inside_scroll_viewport(child, root):
            yield child


def _inside_scroll_viewport(widget: QWidget, root: QWidget) -> bool:
    """Text inside a scroll area may be scrolled to; the area itself is checked."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and parent is area.viewport() and not _is_header(widget):
            return True
        parent = area
    return False


def _is_header(widget: QWidget) -> bool:
    return isinstance(widget, QHeaderView)


def _problem(widget: QWidget) -> str:
    for check in (_label, _button, _group_title, _tabs, _header, _squeezed):
        problem = check(widget)
        if problem:
            return problem
    return ""


def _label(widget: QWidget) -> str:
    if not isinstance(widget, QLabel) or not widget.text():
        return ""
    text = widget.text()[:60]
    if widget.wordWrap():
        need = widget.heightForWidth(widget.width())
        too_small = need > widget.height() + SLACK
        return f"wrapped text needs {need}px height, has {widget.height()} ({text!r})" if too_small else ""
    if widget.textFormat() != Qt.TextFormat.PlainText and "<" in widget.text():  # rich text: as Qt lays it out
        need_w = widget.sizeHint().width()
        return f"text needs {need_w}px, has {widget.width()} ({text!r})" if need_w > widget.width() + SLACK else ""
    rect, margin = widget.contentsRect(), 2 * widget.margin()
    size = QFontMetrics(widget.font()).size(Qt.TextFlag.TextShowMnemonic, widget.text())
    if size.width() > rect.width() - margin + SLACK or size.height() > rect.height() - margin + SLACK:
        return f"text needs {size.width()}x{size.height()}, has {rect.width()}x{rect.height()} ({text!r})"
    return ""


def _button(widget: QWidget) -> str:
    if not isinstance(widget, QPushButton | QCheckBox | QRadioButton) or not widget.text():
        return ""
    assert isinstance(widget, QAbstractButton)
    text = _plain(widget.text())
    width = QFontMetrics(widget.font()).horizontalAdvance(text)
    hint = widget.sizeHint().width()
    if hint > widget.width() + SLACK:
        return f"button text {text[:60]!r} needs {hint}px, has {widget.width()} (text alone {width}px)"
    return ""


def _group_title(widget: QWidget) -> str:
    if not isinstance(widget, QGroupBox) or not widget.title():
        return ""
    text = _plain(widget.title())
    width = QFontMetrics(widget.font()).horizontalAdvance(text) + (20 if widget.isCheckable() else 0)
    if width > widget.width() + SLACK:
        return f"group title {text[:60]!r} needs {width}px, has {widget.width()}"
    return ""


def _tabs(widget: QWidget) -> str:
    if not isinstance(widget, QTabBar):
        return ""
    metrics = QFontMetrics(widget.font())
    for index in range(widget.count()):
        text = _plain(widget.tabText(index))
        need = metrics.horizontalAdvance(text)
        if need > widget.tabRect(index).width() + SLACK:
            return f"tab {text[:60]!r} needs {need}px, has {widget.tabRect(index).width()}"
        if widget.tabRect(index).right() > widget.width() + SLACK:
            return f"tab {text[:60]!r} lies outside the bar (scrolled away)"
    return ""


def _header(widget: QWidget) -> str:
    if not isinstance(widget, QHeaderView):
        return ""
    model = widget.model()
    if model is None:
        return ""
    metrics = QFontMetrics(widget.font())
    for section in range(widget.count()):
        if widget.isSectionHidden(section):
            continue
        text = _header_text(model, section, widget.orientation())
        need = metrics.horizontalAdvance(text) + 2 * _header_margin(widget)
        has = widget.sectionSize(section)
        if widget.orientation() == Qt.Orientation.Horizontal and text and need > has + SLACK:
            return f"column {text[:60]!r} needs {need}px, has {has}"
    return ""


def _header_text(model: QAbstractItemModel, section: int, orientation: Qt.Orientation) -> str:
    value = model.headerData(section, orientation, Qt.ItemDataRole.DisplayRole)
    return "" if value is None else str(value)


def _header_margin(widget: QHeaderView) -> int:
    return widget.style().pixelMetric(widget.style().PixelMetric.PM_HeaderMargin, None, widget)


def _squeezed(widget: QWidget) -> str:
    if isinstance(widget, QHeaderView | QScrollBar):  # a view's own parts: the view sizes them
        return ""
    policy = widget.sizePolicy()
    hint = widget.minimumSizeHint()
    if not hint.isValid() or (widget.isWindow() and widget.parentWidget() is None):
        return ""
    short = []
    if policy.horizontalPolicy() != QSizePolicy.Policy.Ignored and widget.width() + SLACK < hint.width():
        short.append(f"width {widget.width()} < {hint.width()}")
    wraps = widget.hasHeightForWidth()
    if not wraps and policy.verticalPolicy() != QSizePolicy.Policy.Ignored and widget.height() + SLACK < hint.height():
        short.append(f"height {widget.height()} < {hint.height()}")
    return "squeezed below its minimum: " + ", ".join(short) if short else ""


def _plain(text: str) -> str:
    """Without mnemonic ampersands ("&&" is a literal one)."""
    return re.sub(r"&(&?)", r"\1", text)


def _name(widget: QWidget) -> str:
    names = []
    node: QWidget | None = widget
    while node is not None and len(names) < 4:
        names.append(node.objectName() or type(node).__name__)
        node = node.parentWidget()
    return "/".join(reversed(names))


def settle(app: QApplication) -> None:
    """Lets every layout request travel up to the window (one level per round)."""
    for _ in range(12):
        app.sendPostedEvents()
        app.processEvents()


@contextlib.contextmanager
def text_scale(app: QApplication, percent: int) -> Iterator[None]:
    """The larger-text setting for the block, back to 100% after it."""
    set_text_scale(app, percent)
    try:
        yield
    finally:
        set_text_scale(app, 100)
