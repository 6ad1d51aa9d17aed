"""A form of fields with labels that stay translatable (the dialogs share it)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget


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
