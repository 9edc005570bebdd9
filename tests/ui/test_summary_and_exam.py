"""The session summary (missed questions, what comes back, practise them again) and the exam."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from quizapp.core.grading import Picked, Typed, response_from_json
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


def test_an_exam_question_keeps_the_order_of_its_options_when_gone_back_to(open_window, press):
    window = open_window(bank=DATA / "types")
    store = window.store
    questions = [store.questions.get(i) for i in ("t-single", "t-multi")]
    window.start(ExamSession(store, window.profile, questions, [], window.clock()))
    study = window.study
    single_order = list(study.input.order)
    press(window, K.Key_1)  # answered: on to question 2
    multi_order = list(study.input.order)
    for _ in range(5):  # a new shuffle would match by chance 1 time in 6 each visit
        press(window, K.Key_PageUp)
        assert study.question.id == "t-single"
        assert list(study.input.order) == single_order
        press(window, K.Key_PageDown)
        assert study.question.id == "t-multi"
        assert list(study.input.order) == multi_order


def test_exam_going_back_fills_in_the_answer_given_and_a_new_one_replaces_it(
    qtbot, open_window, press, on_modal, click_button
):
    window = open_window(bank=DATA / "types")
    store = window.store
    ids = ["t-single", "t-multi", "t-tf", "t-short", "t-num", "t-cloze", "t-match", "t-order"]
    window.start(
        ExamSession(
            store, window.profile, [store.questions.get(i) for i in ids], [], window.clock()
        )
    )
    study = window.study
    answer_by_type = {
        "t-multi": lambda given: (given.handle_number(1), given.handle_number(3)),
        "t-short": lambda given: given.edit.setText("Kuala Lumpur"),
        "t-num": lambda given: given.edit.setText("2006"),
        "t-cloze": lambda given: (given.gaps[0].setText("13"), given.gaps[1].setText("Office")),
        "t-match": lambda given: (given.choose(0, 1), given.choose(1, 0)),
        "t-order": lambda given: given.list.setCurrentRow(0) or given.move_selected(1),
    }
    for question_id in ids:
        assert study.question.id == question_id
        if question_id in ("t-single", "t-tf"):
            study.input.handle_number(2)  # picks and hands in
            continue
        answer_by_type[question_id](study.input)
        if question_id == "t-order":
            on_modal(lambda box: click_button(box, "Check my answers"))
        press(window, Qt.Key.Key_Return)
    given = {a.question.id: response_from_json(a.response) for a in study.session.history}
    assert len(given) == len(ids)
    for index, question_id in enumerate(ids):
        study.on_exam_go(index)
        assert study.question.id == question_id
        assert study.input.response() == given[question_id]
    study.on_exam_go(3)
    assert study.input.edit.text() == "Kuala Lumpur"
    study.on_exam_go(1)
    assert sum(box.isChecked() for box in study.input.boxes) == 2
    study.on_exam_go(0)
    (picked,) = [n for n, b in enumerate(study.input.buttons) if b.property("mark") == "pick"]
    assert given["t-single"] == Picked(frozenset({study.input.order[picked]}))
    assert study.input.buttons[picked].text().endswith("— your answer so far")
    study.on_exam_go(3)
    study.input.edit.setText("Singapore")
    on_modal(lambda box: click_button(box, "Check my answers"))
    study.on_submit()
    answers = [a for a in study.session.history if a.question.id == "t-short"]
    assert [response_from_json(a.response) for a in answers] == [Typed("Singapore")]
    assert answers[0].score == 1.0
    assert len(study.session.history) == len(ids)
