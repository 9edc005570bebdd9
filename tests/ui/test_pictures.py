"""Pictures in questions: shown scaled in the study screen, described for screen readers."""

from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel

from quizapp.core import ops
from quizapp.core.model import QuestionId, Rating
from quizapp.core.session import ExamSession, PracticeSession
from quizapp.ui.browser import QuestionBrowser
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


def test_pictures_show_in_a_flashcards_answer_the_feedback_and_the_exam_walk_through(
    open_window,
):
    window = open_window()
    ops.import_files(window.store, [IMPORT / "pictures.yaml"])
    flag, why = (window.store.questions.get(QuestionId(i)) for i in ("pic-flag", "pic-why"))
    window.start(PracticeSession(window.store, window.profile, [flag, why]))
    study = window.study
    study.on_reveal()
    assert study.answer.text() == "Right answer: Indonesia's"
    (picture,) = study.answer.pictures.pictures
    assert picture.accessibleName() == "red above white"
    assert (picture.pixmap().width(), picture.pixmap().height()) == (60, 40)
    assert study.answer.pictures.isVisibleTo(study)
    study.on_rating_key(Rating.GOOD)
    study.input.handle_number(1 + study.input.order.index(0))
    assert study.explanation.text() == "Blue, as here:"
    (picture,) = study.explanation.pictures.pictures
    assert picture.accessibleName() == "a blue band"
    assert picture.pixmap().width() == 30
    assert not study.answer.pictures.isVisibleTo(study)  # the flashcard's picture has gone

    window.start(ExamSession(window.store, window.profile, [flag, why], [], window.clock()))
    window.on_session_finished(window.study.session)
    texts = [label.text() for label in window.exam_result.cards[0].findChildren(QLabel)]
    assert "Right answer: Indonesia's" in texts
    pictures = window.exam_result.cards[1].findChildren(QLabel)
    assert [p.accessibleName() for p in pictures if p.pixmap() and not p.pixmap().isNull()] == [
        "a blue band"
    ]


def test_the_browser_shows_the_chosen_questions_pictures(qtbot, open_window):
    window = open_window()
    ops.import_files(window.store, [IMPORT / "pictures.yaml"])
    browser = QuestionBrowser(window.store, window)
    qtbot.addWidget(browser)
    browser.show()
    browser.search.setText("flag is red")
    assert "[image: red.png | red above white]" in browser.detail.toPlainText()
    (picture,) = browser.detail_pictures.pictures
    assert picture.accessibleName() == "red above white"
    assert browser.pictures_scroll.isVisibleTo(browser)
    browser.search.setText("Philippines")
    assert browser.detail_pictures.pictures[0].accessibleName() == "a blue band"
    browser.search.setText("ASEAN")
    assert not browser.pictures_scroll.isVisibleTo(browser)
