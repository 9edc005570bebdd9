"""Chart widgets: a titled, captioned chart drawn from core SVG, with hover values.

The charts are drawn by :mod:`quizapp.core.charts` (the same drawing the HTML reports print)
and painted with Qt's SVG renderer; this module loads only when a page with charts opens.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QByteArray, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontInfo, QHelpEvent, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from quizapp.core import charts
from quizapp.ui import theme
from quizapp.ui.widgets import text_label

BASE_TEXT_PIXELS = 12  # the app's text at 100% on a usual screen
MIN_WIDTH = 360  # the narrowest a chart is drawn, in pixels; a narrower page scrolls sideways


def chart_palette() -> charts.Palette:
    """Return the chart colours of the theme in use (:mod:`quizapp.ui.theme`).

    Answers to questions in review are drawn in the mastered colour and relearned ones in the
    due colour; the calendar's greens come from the core palette of the same lightness.
    """
    colours = theme.current()
    base = charts.DARK if QColor(colours.window).lightness() < 128 else charts.LIGHT
    return replace(
        base,
        text=colours.text,
        muted=colours.muted,
        grid=colours.border,
        new=colours.new,
        learning=colours.learning,
        review=colours.mastered,
        relearning=colours.due,
        mastered=colours.mastered,
        due=colours.due,
        target=colours.muted,
    )


class ChartView(QWidget):
    """Paints a :class:`charts.Chart` at the text size, with hover values as tooltips."""

    def __init__(self, chart: charts.Chart, accessible_name: str):
        super().__init__()
        self.chart = chart
        self.picture: QPixmap | None = None  # the chart drawn at the widget's size, once
        self.setAccessibleName(accessible_name)
        self.setMouseTracking(True)
        # Chart units are pixels at the usual text size, so the chart grows with the text,
        # and shrinks to a narrower page (down to MIN_WIDTH), its proportions kept.
        scale = QFontInfo(QApplication.font()).pixelSize() / BASE_TEXT_PIXELS
        self.natural = QSize(round(chart.width * scale), round(chart.height * scale))
        self.setMaximumWidth(self.natural.width())
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        """Return the chart's size at the text size."""
        return self.natural

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        """Return the narrowest the chart is drawn, with its height at that width."""
        width = min(MIN_WIDTH, self.natural.width())
        return QSize(width, self.heightForWidth(width))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        """The chart keeps its proportions: its height follows its width."""
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        """Return the chart's height when it is ``width`` wide (never wider than its size)."""
        return round(min(width, self.natural.width()) * self.chart.height / self.chart.width)

    def chart_rect(self) -> QRectF:
        """Return where the chart is painted: as wide as fits, its proportions kept."""
        scale = min(self.width() / self.chart.width, self.height() / self.chart.height)
        return QRectF(0, 0, self.chart.width * scale, self.chart.height * scale)

    def paintEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        """Paint the chart, drawn from its SVG the first time it is painted at this size.

        A chart out of view is never drawn; one painted again (the window was covered, the
        page scrolled) is copied from the picture instead of drawn from its SVG again.
        """
        ratio = self.devicePixelRatioF()
        size = self.size() * ratio
        if self.picture is None or self.picture.size() != size:
            self.picture = QPixmap(size)
            self.picture.setDevicePixelRatio(ratio)
            self.picture.fill(Qt.GlobalColor.transparent)
            drawing = QPainter(self.picture)
            drawing.setRenderHint(QPainter.RenderHint.Antialiasing)
            QSvgRenderer(QByteArray(self.chart.svg.encode())).render(drawing, self.chart_rect())
            drawing.end()
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self.picture)
        painter.end()

    def spot_at(self, position: QPointF) -> charts.HotSpot | None:
        """Return the chart's point under a position in the widget, if any."""
        rect = self.chart_rect()
        if not rect.width():
            return None
        scale = self.chart.width / rect.width()
        return self.chart.spot_at(position.x() * scale, position.y() * scale)

    def event(self, event: QEvent) -> bool:
        """Show the value of the point under the pointer as a tooltip."""
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            spot = self.spot_at(QPointF(event.pos()))
            if spot is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), spot.text, self)
            return True
        return super().event(event)


class ChartCard(QWidget):
    """A chart with its title above it and a plain-language caption under the title."""

    def __init__(self, title: str, caption: str, chart: charts.Chart):
        super().__init__()
        self.title = text_label(scale=1.15, bold=True)
        self.title.setText(title)
        self.caption = text_label()
        self.caption.setText(caption)
        self.view = ChartView(chart, title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.caption)
        layout.addWidget(self.view)
        layout.addStretch(1)


def empty_state(text: str) -> QLabel:
    """Return the inviting words shown instead of a chart with nothing to draw."""
    label = text_label(scale=1.2)
    label.setText(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setContentsMargins(16, 32, 16, 32)
    return label
