"""The pictures a question shows: its ``[image: NAME | description]`` markers as scaled images.

Wherever question text reaches the learner (prompt, answer, feedback, explanation, the exam's
walk-through, the browser) its markers become pictures. Images come from the set's own media
in the database (imported from Anki packages, Moodle XML and GIFT files). Each is scaled down
to fit (never up), and carries its description for screen readers (its accessible name, and
a tooltip); an image the set does not hold is named in words instead.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from quizapp.core.formats.markup import IMAGE_PATTERN
from quizapp.core.model import Question
from quizapp.core.storage import Store
from quizapp.ui import theme

MAX_WIDTH = 480
MAX_HEIGHT = 320

Media = Callable[[Question, str], bytes | None]
"""Returns the bytes of a question's set's media file (None if it has none)."""


def media_in(store: Store) -> Media:
    """Return a :data:`Media` that reads a question's pictures from its set in ``store``."""
    return lambda question, name: store.questions.media_file(question.set_id, name)


def without_pictures(text: str) -> str:
    """Return a question's text with its image markers taken out (and the blank they leave)."""
    if not IMAGE_PATTERN.search(text):
        return text
    lines = [
        " ".join(IMAGE_PATTERN.sub("", line).split()) if IMAGE_PATTERN.search(line) else line
        for line in text.split("\n")
    ]
    kept: list[str] = []
    for line in lines:
        if line or (kept and kept[-1]):
            kept.append(line)
    return "\n".join(kept).strip()


class PictureStrip(QWidget):
    """Shows the images a question's text names, one below the other."""

    def __init__(self, media: Media):
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


class PicturedText(QWidget):
    """A label of question text, and below it the pictures the text names."""

    def __init__(self, media: Media, label: QLabel):
        """Show text in ``label`` (styled by the caller), pictures from ``media``."""
        super().__init__()
        self.label = label
        self.pictures = PictureStrip(media)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(theme.SPACE // 2)
        box.addWidget(label)
        box.addWidget(self.pictures)

    def show_text(self, question: Question, text: str) -> None:
        """Show ``text`` of ``question``: its words in the label, its pictures below."""
        self.label.setText(self.pictures.show_for(question, text))

    def text(self) -> str:
        """The words shown (without the picture markers)."""
        return self.label.text()
