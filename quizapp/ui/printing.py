"""Printing worksheets to PDF through Qt's own text layout (QTextDocument, QPdfWriter).

Works offscreen too, so the command line prints without a window (``quizapp print``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QUrl
from PySide6.QtGui import QFont, QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from quizapp.core.worksheet import Worksheet

PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
"""The paper sizes a worksheet is printed on, by the name the user gives."""
MAX_PICTURE_WIDTH = 360
"""Widest a picture is printed, in points (about 12.7 cm)."""


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
    writer = QPdfWriter(str(path))
    writer.setTitle(sheet.title)
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
    document = QTextDocument()
    font = QFont()
    font.setPointSizeF(11)  # paper has its own size, whatever the screen's text size is
    document.setDefaultFont(font)
    document.setDefaultStyleSheet("body { font-size: 11pt; } h2 { font-size: 15pt; }")
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
