"""The pictures a question shows: its ``[image: NAME | description]`` markers as scaled images.

Images come from the set's own media in the database (imported from Anki packages, Moodle XML
and GIFT files). Each is scaled down to fit (never up), and carries its description for
screen readers (its accessible name, and a tooltip); an image the set does not hold is named
in words instead.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from quizapp.core.formats.markup import IMAGE_PATTERN
from quizapp.core.model import Question

MAX_WIDTH = 480
MAX_HEIGHT = 320


def without_pictures(text: str) -> str:
    """Return a question's text with its image markers taken out (and the blank they leave)."""
    lines = [" ".join(IMAGE_PATTERN.sub("", line).split()) for line in text.split("\n")]
    kept: list[str] = []
    for line in lines:
        if line or (kept and kept[-1]):
            kept.append(line)
    return "\n".join(kept).strip()


class PictureStrip(QWidget):
    """Shows the images a question's text names, one below the other."""

    def __init__(self, media: Callable[[Question, str], bytes | None]):
        """Create the strip.

        Args:
            media: returns the bytes of a question's set's media file (None if it has none).
        """
        super().__init__()
        self.media = media
        self.pictures: list[QLabel] = []
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.setVisible(False)

    def show_for(self, question: Question, text: str) -> str:
        """Show the images ``text`` names; return the text without their markers."""
        for picture in self.pictures:
            self.box.removeWidget(picture)
            picture.deleteLater()
        self.pictures = []
        for match in IMAGE_PATTERN.finditer(text):
            name, description = match.group(1), (match.group(2) or "").strip()
            label = QLabel()
            label.setAlignment(Qt.AlignmentFlag.AlignLeft)
            label.setAccessibleName(description or self.tr("Picture %1").replace("%1", name))
            label.setToolTip(description)
            image = QImage.fromData(self.media(question, name) or b"")
            if image.isNull():
                label.setText(self.tr("[picture not available: %1]").replace("%1", name))
            else:
                if image.width() > MAX_WIDTH or image.height() > MAX_HEIGHT:
                    image = image.scaled(
                        MAX_WIDTH,
                        MAX_HEIGHT,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                label.setPixmap(QPixmap.fromImage(image))
            self.box.addWidget(label)
            self.pictures.append(label)
        self.setVisible(bool(self.pictures))
        return without_pictures(text)
