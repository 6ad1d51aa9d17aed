"""What was typed into a form's inputs, kept in memory while the window is locked (R-SEC-5).

`read_inputs` takes the values of line edits (text), check boxes (checked) and combo boxes (the
chosen row), in the order given; `write_inputs` puts them back into the same inputs of a new copy of
the form after the same user unlocks. Nothing here is ever written to disk.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QWidget

Value = str | bool | int


def read_inputs(inputs: Sequence[QWidget]) -> tuple[Value, ...]:
    return tuple(_read(widget) for widget in inputs)


def write_inputs(inputs: Sequence[QWidget], values: Sequence[Value]) -> None:
    for widget, value in zip(inputs, values, strict=True):
        if isinstance(widget, QLineEdit) and isinstance(value, str):
            widget.setText(value)
        elif isinstance(widget, QAbstractButton) and isinstance(value, bool):
            widget.setChecked(value)
        elif isinstance(widget, QComboBox) and isinstance(value, int):
            widget.setCurrentIndex(value)


def anything_typed(values: Sequence[Value]) -> bool:
    """Some text typed, a box checked or a choice other than the first made."""
    return any(values)


def _read(widget: QWidget) -> Value:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked()
    if isinstance(widget, QComboBox):
        return widget.currentIndex()
    raise TypeError(type(widget).__name__)
