"""Printing worksheets and reports to PDF through Qt's own text layout (QTextDocument, QPdfWriter).

Works offscreen too, so the command line prints without a window (``quizapp print``). A
report's charts are drawn from their SVG onto the PDF's page as vector paths and text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QMarginsF, QRect, QRectF, QSizeF, QUrl
from PySide6.QtGui import (
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPyTextObject,
    QTextDocument,
    QTextFormat,
    QTextImageFormat,
    QTextLength,
    QTextTable,
)
from PySide6.QtSvg import QSvgRenderer

from quizapp.core.charts import Chart
from quizapp.core.worksheet import Worksheet

PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
"""The paper sizes a worksheet is printed on, by the name the user gives."""
MAX_PICTURE_WIDTH = 360
"""Widest a picture is printed, in points (about 12.7 cm)."""
REPORT_PDF_CSS = """
body { font-size: 10pt; color: #111; }
h1 { font-size: 16pt; }
h2 { font-size: 12pt; }
p.meta { color: #555; }
th { font-weight: bold; text-align: left; border-bottom: 1px solid #333; }
td { border-bottom: 1px solid #ccc; }
td.n, th.n { text-align: right; }
tr.set td { font-weight: bold; background: #f0f0f0; }
"""
"""The report's look in a PDF: the printable CSS of the HTML report, in what Qt's layout takes."""
CHART_NAME = "chart:"
"""How a report's HTML names a chart in place of its SVG: ``<img src="chart:0">``."""


def _pdf_writer(path: Path, title: str, paper: str) -> QPdfWriter:
    """Return a PDF writer for ``path`` on portrait ``paper`` with 18 mm margins."""
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("quizapp")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(PAPERS[paper]),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 18, 18, 18),
            QPageLayout.Unit.Millimeter,
        )
    )
    return writer


def _document() -> QTextDocument:
    """Return an empty document with paper's text size, whatever the screen's text size is."""
    document = QTextDocument()
    font = QFont()
    font.setPointSizeF(11)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet("body { font-size: 11pt; } h2 { font-size: 15pt; }")
    return document


def write_pdf(sheet: Worksheet, media: dict[str, bytes], path: Path, paper: str = "a4") -> int:
    """Write a worksheet and its answer key (from a new page) to a PDF file.

    Args:
        sheet: the worksheet to print.
        media: the pictures it shows, by name.
        path: the PDF file to write.
        paper: ``a4`` or ``letter``.

    Returns:
        How many pages were written.
    """
    writer = _pdf_writer(path, sheet.title, paper)
    document = _document()
    for name, data in media.items():
        image = QImage.fromData(data)
        if not image.isNull():
            if image.width() > MAX_PICTURE_WIDTH:
                image = image.scaledToWidth(MAX_PICTURE_WIDTH)
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    document.setHtml(sheet.html)
    document.setPageSize(writer.pageLayout().paintRectPoints().size().toSizeF())
    document.print_(writer)
    return document.pageCount()


def _fit_table(table: QTextTable) -> None:
    """Lay a report's table out across the page: names in the first, widest column.

    Qt's HTML layout does not follow the report's CSS widths, and squeezed the names into a
    column a letter wide.
    """
    form = table.format()
    form.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    names = QTextLength(QTextLength.Type.PercentageLength, 30)
    figures = QTextLength(QTextLength.Type.VariableLength, 0)  # as wide as their words
    form.setColumnWidthConstraints([names] + [figures] * (table.columns() - 1))
    form.setCellPadding(3)
    form.setCellSpacing(0)
    table.setFormat(form)


class _ChartObject(QPyTextObject):
    """Draws the charts a report's document names (``chart:N``) from their SVG, as vectors.

    Registered for the document's images: the layout asks it for each chart's size (as
    wide as the page, its proportions kept, at most 3/4 of a page high) and the printer has it
    paint the chart with Qt's SVG renderer, which writes paths and text into the PDF.
    """

    def __init__(self, charts: list[Chart], page: QSizeF):
        super().__init__()
        self.charts = charts
        self.page = page

    def chart(self, form: QTextFormat) -> Chart:
        """Return the chart an image format names."""
        return self.charts[int(QTextImageFormat(form).name().removeprefix(CHART_NAME))]

    def intrinsicSize(  # noqa: N802 (Qt override)
        self, _document: QTextDocument, _position: int, form: QTextFormat
    ) -> QSizeF:
        """Return the chart's size on the page, in points."""
        chart = self.chart(form)
        # At most three quarters of a page high: a tall chart still fits under its heading.
        scale = min(self.page.width() / chart.width, 0.75 * self.page.height() / chart.height)
        return QSizeF(chart.width * scale, chart.height * scale)

    def drawObject(  # noqa: N802 (Qt override)
        self,
        painter: QPainter,
        rect: QRectF | QRect,
        _document: QTextDocument,
        _position: int,
        form: QTextFormat,
    ) -> None:
        """Paint the chart into ``rect``."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        QSvgRenderer(QByteArray(self.chart(form).svg.encode())).render(painter, QRectF(rect))


def write_report_pdf(
    render: Callable[[Callable[[Chart], str]], str], title: str, path: Path, paper: str = "a4"
) -> int:
    """Write a report with charts to a PDF file: its text laid out by Qt, its charts as vectors.

    Args:
        render: makes the report's HTML, given how to put a chart in it (the core's report
            functions take it as ``figure``).
        title: the PDF's title.
        path: the PDF file to write.
        paper: ``a4`` or ``letter``.

    Returns:
        How many pages were written.
    """
    charts: list[Chart] = []

    def figure(chart: Chart) -> str:
        charts.append(chart)
        return f'<img src="{CHART_NAME}{len(charts) - 1}">'

    writer = _pdf_writer(path, title, paper)
    page = writer.pageLayout().paintRectPoints().size().toSizeF()
    document = _document()
    handler = _ChartObject(charts, page)
    document.documentLayout().registerHandler(QTextFormat.ObjectTypes.ImageObject, handler)
    document.setDefaultStyleSheet(REPORT_PDF_CSS)
    # The page's own CSS is for browsers; Qt's layout takes a subset, given above.
    document.setHtml(re.sub(r"<style>.*?</style>", "", render(figure), flags=re.DOTALL))
    for frame in document.rootFrame().childFrames():
        if isinstance(frame, QTextTable):
            _fit_table(frame)
    document.setPageSize(page)
    document.print_(writer)
    return document.pageCount()
