"""What the dialogs share: a form of fields with labels that stay translatable, and growing a
window to texts set after it was shown."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtWidgets import QFormLayout, QLabel, QLayout, QWidget

W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str) -> W:
    """The widget with its object name (tests and the style sheet find it by that name)."""
    widget.setObjectName(name)
    return widget


def labelled_form(fields: Sequence[QWidget]) -> tuple[QFormLayout, list[QLabel]]:
    """A form row per field; each label is the field's buddy, its text set on retranslation."""
    labels = [QLabel() for _ in fields]
    form = QFormLayout()
    for label, field in zip(labels, fields, strict=True):
        label.setBuddy(field)
        form.addRow(label, field)
    return form, labels


def set_texts(labels: Sequence[QLabel], texts: Sequence[str]) -> None:
    for label, text in zip(labels, texts, strict=True):
        label.setText(text)


def grow_to_fit(window: QWidget, layout: QLayout | None = None) -> None:
    """Grows `window` to the height its layout needs at the window's width. A window does not
    follow the height that word-wrapped labels need, so a summary set after it was shown would be
    drawn over itself (or cut off). Without `layout`: the window's own."""
    layout = layout or window.layout()
    if layout is None:
        return
    layout.activate()
    width = max(window.width(), window.minimumWidth())
    height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.sizeHint().height()
    if height > window.height():
        window.resize(width, height)
