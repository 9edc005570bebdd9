"""The session summary (missed questions, what comes back, practise them again) and the exam."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from quizapp.core.session import ExamSession, PracticeSession
from quizapp.ui.study import Stage

DATA = Path(__file__).parent.parent / "data"
K = Qt.Key


def card_text(card):
    return " | ".join(label.text() for label in card.findChildren(QLabel))


def test_summary_lists_the_missed_with_answers_and_practises_them_again(qtbot, open_window, press):
    window = open_window(bank=DATA / "types")
    window.on_study_requested(["all-types"])
    study = window.study
    press(window, K.Key_Space)  # the flashcard
    press(window, K.Key_3)
    assert study.question.id == "t-single"
    wrong = next(
        n for n, i in enumerate(study.input.order, 1) if i not in study.question.payload.correct
    )
    press(window, K(K.Key_0 + wrong))
    press(window, K.Key_Space)
    press(window, K.Key_Escape)
    summary = window.summary
    assert window.pages.currentWidget() is summary
    assert summary.missed_heading.text() == "Missed: 1"
    cards = [summary.missed_list.itemAt(i).widget() for i in range(summary.missed_list.count())]
    assert [card_text(c) for c in cards] == ["Pick one. | ✓ Right answer: No"]
    assert summary.figures["next"].text() == "Coming back: 1 in 1 min, 1 in 10 min"
    assert summary.figures["streak"].text() == "Days in a row: 1"
    assert summary.home_button.hasFocus()
    reviews = window.store.db.execute("SELECT COUNT(*) FROM reviews").fetchone()[0]
    summary.again_button.click()
    assert window.pages.currentWidget() is study
    assert isinstance(study.session, PracticeSession)
    assert study.question.id == "t-single"
    press(window, K.Key_1)
    assert window.store.db.execute("SELECT COUNT(*) FROM reviews").fetchone()[0] == reviews


def test_exam_moves_back_and_forth_flags_and_walks_through_every_question(
    qtbot, open_window, press, on_modal, click_button, reactivate
):
    window = open_window(bank=DATA / "types")
    store = window.store
    questions = [store.questions.get(i) for i in ("t-tf", "t-single", "t-num")]
    window.start(ExamSession(store, window.profile, questions, [], window.clock()))
    study = window.study
    nav = study.exam_nav
    assert nav.isVisible()
    assert [b.text() for b in nav.buttons] == ["1", "2", "3"]
    assert study.end_button.text() == "Hand in (Esc)"
    press(window, K.Key_PageDown)  # skip the first
    assert study.question.id == "t-single"
    press(window, K.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert nav.buttons[1].text() == "2 ⚑"
    assert nav.buttons[1].accessibleName() == "Question 2: not answered, flagged"
    press(window, K.Key_1)  # answers "No" or another option, then goes on to question 3
    assert study.question.id == "t-num"
    assert nav.buttons[1].text() == "2 ● ⚑"
    press(window, K.Key_PageUp)
    assert study.question.id == "t-single"
    assert study.hint_label.text().startswith("Your answer so far: ")
    nav.buttons[2].click()
    qtbot.keyClicks(window.focusWidget(), "2007")
    press(window, K.Key_Return)  # on to the first unanswered one: round to question 1
    assert study.question.id == "t-tf"
    assert study.stage is Stage.ANSWERING
    on_modal(lambda box: click_button(box, "End"))
    press(window, K.Key_Escape)
    reactivate(window)
    result = window.exam_result
    assert window.pages.currentWidget() is result
    texts = [card_text(card) for card in result.cards]
    assert texts[0].startswith("! 1. Not answered | True? | Right answer: True")
    assert texts[2].startswith("✓ 3. Right | Year? | Right answer: 2007 ± 1")
    assert result.details.text() == "2 of 3 questions answered."
