"""Small widgets shared by the pages."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel


def text_label(scale: float = 1.0, bold: bool = False) -> QLabel:
    """Return a wrapping plain-text label (question text is never read as HTML)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    label.setFont(font)
    return label


def heading(text: str = "") -> QLabel:
    """Return a page heading."""
    label = text_label(scale=1.5, bold=True)
    label.setText(text)
    return label
