"""Pictures in questions: shown scaled in the study screen, described for screen readers."""

from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QColor, QImage

from quizapp.core import ops
from quizapp.core.model import QuestionId
from quizapp.core.session import PracticeSession
from quizapp.ui.pictures import PictureStrip, without_pictures

IMPORT = Path(__file__).parent.parent / "data" / "import"


def test_the_study_screen_shows_a_questions_picture_with_its_description(open_window):
    window = open_window()
    ops.import_files(window.store, [IMPORT / "moodle-every-type.xml"])
    question = window.store.questions.get(QuestionId("moodle-every-type-which-flag"))
    window.start(PracticeSession(window.store, window.profile, [question]))
    study = window.study
    assert study.prompt.text() == "Whose flag is this?"
    (picture,) = study.pictures.pictures
    assert picture.accessibleName() == "a flag, red above white"
    assert (picture.pixmap().width(), picture.pixmap().height()) == (60, 40)
    assert study.pictures.isVisibleTo(study)


def test_a_big_picture_is_scaled_down_and_a_missing_one_named(qtbot, open_window):
    window = open_window()
    ops.import_files(window.store, [IMPORT / "anki" / "asean-anki21b.apkg"])
    question = next(q for q in window.store.questions.active() if "flag.jpg" in str(q.prompt))
    big = QImage(2000, 1000, QImage.Format.Format_RGB32)
    big.fill(QColor("navy"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    big.save(buffer, "PNG")
    pictures = {"flag.jpg": bytes(buffer.data())}
    strip = PictureStrip(lambda _question, name: pictures.get(name))
    qtbot.addWidget(strip)
    assert strip.show_for(question, str(question.prompt)) == "Whose flag?"
    assert strip.pictures[0].pixmap().width() == 480
    strip.show_for(question, "Where? [image: gone.png]")
    assert strip.pictures[0].text() == "[picture not available: gone.png]"
    assert strip.pictures[0].accessibleName() == "Picture gone.png"


def test_text_without_pictures_keeps_its_lines():
    assert without_pictures("Whose flag?\n\n[image: a.png | red]\nPick one.") == (
        "Whose flag?\n\nPick one."
    )
