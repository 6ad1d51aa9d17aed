"""The Home page's two pictures, drawn with QPainter (PySide6's QtCharts is not part of the
installed wheel): claims per day by status as stacked bars, and the election calendar as a line
with its steps and today marked.

Both are given every word they draw, already translated (the page retranslates and hands them
again); `drawn_texts` keeps what the last paint wrote, so a test can read the labels off the
picture. Colours are the Okabe–Ito set (told apart with every common colour blindness), the text
is the palette's own text colour.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

SERIES_COLOURS = (QColor("#0072B2"), QColor("#E69F00"), QColor("#009E73"), QColor("#CC79A7"))
TODAY_COLOUR = QColor("#D55E00")
PAD = 8
SWATCH = 12


def _card(widget: QWidget) -> None:
    """The picture on the palette's base colour (white in the default style), as a table is."""
    widget.setAutoFillBackground(True)
    widget.setBackgroundRole(QPalette.ColorRole.Base)


@dataclass(frozen=True)
class Series:
    label: str
    colour: QColor
    values: list[int]


class ClaimsPerDayChart(QWidget):
    """Stacked bars: one bar a day, one colour a status, a legend above and the days below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("claimsPerDayChart")
        _card(self)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._days: list[str] = []
        self._series: list[Series] = []
        self._empty = ""
        self.drawn_texts: list[str] = []

    def set_data(self, days: list[str], series: list[Series], empty_text: str) -> None:
        """`days` are the labels under the bars; each series has one value a day."""
        self._days, self._series, self._empty = days, series, empty_text
        self.setAccessibleDescription(", ".join(f"{s.label}: {sum(s.values)}" for s in series))
        self.updateGeometry()
        self.update()

    def minimumSizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(280, 8 * line + 4 * PAD)

    def sizeHint(self) -> QSize:
        return QSize(560, 12 * self.fontMetrics().height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        self.drawn_texts = []
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(self.palette().windowText().color())
        top = self._paint_legend(painter)
        totals = [sum(s.values[n] for s in self._series) for n in range(len(self._days))]
        if not any(totals):
            self._text(painter, QRectF(self.rect().adjusted(PAD, top, -PAD, -PAD)), self._empty,
                       Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)  # fmt: skip
            return
        self._paint_bars(painter, top, totals)

    def _text(self, painter: QPainter, rect: QRectF, text: str, flags: Qt.AlignmentFlag | Qt.TextFlag) -> None:
        painter.drawText(rect, int(flags), text)
        self.drawn_texts.append(text)

    def _paint_legend(self, painter: QPainter) -> int:
        """The colour and the word of each status, in rows that fit the width; returns the y below."""
        metrics = self.fontMetrics()
        x, y, line = PAD, PAD, metrics.height()
        for series in self._series:
            width = SWATCH + 4 + metrics.horizontalAdvance(series.label) + 2 * PAD
            if x > PAD and x + width > self.width() - PAD:
                x, y = PAD, y + line + 4
            painter.fillRect(QRectF(x, y + (line - SWATCH) / 2, SWATCH, SWATCH), series.colour)
            self._text(painter, QRectF(x + SWATCH + 4, y, width, line), series.label, Qt.AlignmentFlag.AlignLeft)
            x += width
        return y + line + PAD

    def _paint_bars(self, painter: QPainter, top: int, totals: list[int]) -> None:
        metrics = self.fontMetrics()
        line, peak = metrics.height(), max(totals)
        axis = metrics.horizontalAdvance(str(peak)) + PAD
        plot = QRectF(PAD + axis, top, self.width() - 2 * PAD - axis, self.height() - top - line - 2 * PAD)
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        self._text(painter, QRectF(PAD, plot.top() - line / 2, axis - 4, line), str(peak), Qt.AlignmentFlag.AlignRight)
        self._text(painter, QRectF(PAD, plot.bottom() - line / 2, axis - 4, line), "0", Qt.AlignmentFlag.AlignRight)
        slot = plot.width() / max(1, len(self._days))
        every = max(1, int((metrics.horizontalAdvance("00.00") + PAD) // max(1.0, slot)) + 1)
        for n, day in enumerate(self._days):
            self._paint_bar(painter, plot, n, slot, peak)
            if (len(self._days) - 1 - n) % every == 0:  # today's label is always written
                rect = QRectF(plot.left() + n * slot - PAD, plot.bottom() + 2, slot + 2 * PAD, line)
                self._text(painter, rect, day, Qt.AlignmentFlag.AlignHCenter)

    def _paint_bar(self, painter: QPainter, plot: QRectF, n: int, slot: float, peak: int) -> None:
        bottom, width = plot.bottom(), max(2.0, slot * 0.7)
        left = plot.left() + n * slot + (slot - width) / 2
        for series in self._series:
            height = plot.height() * series.values[n] / peak
            if height > 0:
                painter.fillRect(QRectF(left, bottom - height, width, height), series.colour)
                bottom -= height


@dataclass(frozen=True)
class Mark:
    """One point of the timeline: its words (name, then the date) and its day."""

    text: str
    day: dt.date


class TimelineChart(QWidget):
    """The calendar's steps on a line from the first step to voting day, today in vermilion.

    Each step's label goes below or above the line, on the first row where it overlaps no other
    label; the widget asks for the height its rows need at its width.
    """

    LABEL_WIDTH = 170

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("electionTimeline")
        _card(self)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._marks: list[Mark] = []
        self._today: Mark | None = None
        self.drawn_texts: list[str] = []

    def set_data(self, marks: list[Mark], today: Mark) -> None:
        self._marks, self._today = sorted(marks, key=lambda m: m.day), today
        self.setAccessibleDescription("; ".join(m.text.replace("\n", " ") for m in [*marks, today]))
        self._fit_height()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, self._needed_height(max(self.width(), 320)))

    def minimumSizeHint(self) -> QSize:
        return QSize(320, self._needed_height(max(self.width(), 320)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def paintEvent(self, _event: QPaintEvent) -> None:
        self.drawn_texts = []
        if not self._marks or self._today is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = self.palette().windowText().color()
        axis_y, boxes = self._layout(self.width())
        self._paint_today_line(painter, self._today, axis_y)
        painter.setPen(QPen(text_colour, 2))
        painter.drawLine(QPointF(self._x(self._first()), axis_y), QPointF(self._x(self._last()), axis_y))
        for mark, box in zip(self._marks, boxes, strict=True):
            self._paint_mark(painter, mark, box, axis_y, text_colour)
        for mark, box in zip(self._marks, boxes, strict=True):  # over every leader line
            painter.fillRect(box.adjusted(-2, 0, 2, 0), self.palette().base())
            painter.setPen(text_colour)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap), mark.text)
            self.drawn_texts.append(mark.text)
        self._paint_today(painter, self._today, axis_y)

    # ---- geometry ----------------------------------------------------------------------
    def _first(self) -> dt.date:
        days = [m.day for m in self._marks]
        return min(days + ([self._today.day] if self._today else []))

    def _last(self) -> dt.date:
        days = [m.day for m in self._marks]
        return max(days + ([self._today.day] if self._today else []))

    def _x(self, day: dt.date, width: int | None = None) -> float:
        width = self.width() if width is None else width
        span = max(1, (self._last() - self._first()).days)
        inner = width - 2 * PAD - self.LABEL_WIDTH
        return PAD + self.LABEL_WIDTH / 2 + inner * (day - self._first()).days / span

    def _label_rect(self, text: str) -> QRect:
        flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap)
        return QFontMetrics(self.font()).boundingRect(QRect(0, 0, self.LABEL_WIDTH, 1000), flags, text)

    def _layout(self, width: int) -> tuple[float, list[QRectF]]:
        """The line's height and each label's box. Rows alternate below and above the line (slot
        k: row k // 2, below when k is even); a label takes the first slot free at its place."""
        sizes = [self._label_rect(mark.text) for mark in self._marks]
        row_height = max((size.height() for size in sizes), default=0) + 4
        rights: list[float] = []  # the right edge of each slot's last label
        placed: list[tuple[int, float]] = []
        for mark, size in zip(self._marks, sizes, strict=True):
            left = min(max(PAD, self._x(mark.day, width) - size.width() / 2), width - PAD - size.width())
            slot = next((k for k, right in enumerate(rights) if right + PAD <= left), len(rights))
            rights[slot : slot + 1] = [left + size.width()]
            placed.append((slot, left))
        gap, above = PAD + 6, len(rights) // 2
        axis_y = 3 * PAD + 2 * self.fontMetrics().height() + (above * row_height + gap if above else 0)
        boxes = []
        for (slot, left), size in zip(placed, sizes, strict=True):
            row = slot // 2
            top = axis_y + gap + row * row_height if slot % 2 == 0 else axis_y - gap - row * row_height - size.height()
            boxes.append(QRectF(left, top, size.width(), size.height()))
        return axis_y, boxes

    def _needed_height(self, width: int) -> int:
        if not self._marks:
            return 3 * PAD + 2 * self.fontMetrics().height()
        axis_y, boxes = self._layout(width)
        return int(max([axis_y + 12, *(b.bottom() for b in boxes)]) + PAD)

    def _fit_height(self) -> None:
        height = self._needed_height(max(self.width(), 320))
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)

    # ---- painting ----------------------------------------------------------------------
    def _paint_mark(self, painter: QPainter, mark: Mark, box: QRectF, axis_y: float, colour: QColor) -> None:
        x, passed = self._x(mark.day), self._today is not None and mark.day <= self._today.day
        painter.setPen(QPen(colour, 1, Qt.PenStyle.DotLine))
        painter.drawLine(QPointF(x, axis_y), QPointF(x, box.top() if box.top() > axis_y else box.bottom()))
        painter.setPen(QPen(colour, 2))
        painter.setBrush(colour if passed else self.palette().base().color())
        painter.drawEllipse(QPointF(x, axis_y), 5, 5)

    def _paint_today_line(self, painter: QPainter, today: Mark, axis_y: float) -> None:
        """From today's words down to the line (under the labels, which are painted over it)."""
        x, line = self._x(today.day), self.fontMetrics().height()
        painter.setPen(QPen(TODAY_COLOUR, 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x, PAD + 2 * line), QPointF(x, axis_y))

    def _paint_today(self, painter: QPainter, today: Mark, axis_y: float) -> None:
        x, line = self._x(today.day), self.fontMetrics().height()
        painter.setPen(QPen(TODAY_COLOUR, 3))
        painter.drawLine(QPointF(x, axis_y - 10), QPointF(x, axis_y + 10))
        width = self.fontMetrics().horizontalAdvance(today.text) + 2 * PAD
        left = min(max(PAD, x - width / 2), self.width() - PAD - width)
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(QRectF(left, PAD, width, 2 * line), int(Qt.AlignmentFlag.AlignCenter), today.text)
        self.drawn_texts.append(today.text)
