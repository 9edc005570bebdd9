"""Practice and exam, set up in their dialog and taken through a real window."""

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel

from quizapp.core.qtypes import kind_of
from quizapp.ui.mode_dialog import ModeDialog
from quizapp.ui.study import Stage

DATA = Path(__file__).parent.parent / "data"
K = Qt.Key


def fill_mode_dialog(configure):
    """Answer the practice/exam dialog once it opens: configure it, then start."""

    def run():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ModeDialog)
        configure(dialog)
        dialog.accept()

    QTimer.singleShot(0, run)


def uncheck(list_widget, text):
    for row in range(list_widget.count()):
        if list_widget.item(row).text() == text:
            list_widget.item(row).setCheckState(Qt.CheckState.Unchecked)


def test_practice_of_one_set_leaves_the_schedule_alone(qtbot, open_window, press, reactivate):
    window = open_window()
    fill_mode_dialog(lambda dialog: uncheck(dialog.sets, "Basics"))
    qtbot.mouseClick(window.home.practice_button, Qt.MouseButton.LeftButton)
    reactivate(window)
    study = window.study
    asked = []
    while window.pages.currentWidget() is study:
        asked.append(study.question.id)
        if study.stage is Stage.ASKING:
            press(window, K.Key_Space)
            assert "\n" not in study.rating_buttons[3].text()  # no interval: no schedule
            press(window, K.Key_3)
        else:
            if study.input.problem():  # the year: empty is not graded, so type a wrong one
                qtbot.keyClicks(window.focusWidget(), "1900")
            press(window, K.Key_Return)  # wrong (the items stay shuffled), so asked again later
            press(window, K.Key_Space)
    assert sorted(set(asked)) == ["more-members", "more-order", "more-year"]
    assert len(asked) == 5  # the two wrong ones came back once
    assert window.store.db.execute("SELECT COUNT(*) FROM reviews").fetchone()[0] == 0
    assert window.store.db.execute("SELECT COUNT(*) FROM practice_answers").fetchone()[0] == 5


def test_exam_gives_no_feedback_until_the_end_then_a_score_and_mistakes(
    qtbot, open_window, press, clock, reactivate, on_modal, click_button
):
    window = open_window(bank=DATA / "types")

    def configure(dialog):
        dialog.count.setValue(3)
        dialog.minutes.setValue(10)

    fill_mode_dialog(configure)
    qtbot.mouseClick(window.home.exam_button, Qt.MouseButton.LeftButton)
    reactivate(window)
    study = window.study
    assert study.status.text() == "Exam: question 1 of 3 · Time left: 10:00"
    assert not study.hint_button.isVisible()
    for number in range(3):
        if number == 2:  # the last answer asks whether to hand in
            on_modal(lambda box: click_button(box, "Hand in"))
        assert study.stage is Stage.ANSWERING
        assert study.question.type.value != "flashcard"
        if kind_of(study.question).one_pick:
            press(window, K.Key_1)
        else:
            if study.question.type.value != "ordering":  # items are always in some order
                press(window, K.Key_Return)  # an empty answer is not handed in
                assert study.need.isVisible()  # it says what it needs
                assert study.stage is Stage.ANSWERING
            if study.question.type.value in ("short_answer", "numeric", "cloze"):
                qtbot.keyClicks(window.focusWidget(), "1")
            elif study.question.type.value == "multiple_answer":
                press(window, K.Key_1)
            elif study.question.type.value == "matching":
                for combo in study.input.combos:
                    combo.setCurrentIndex(1)
            press(window, K.Key_Return)
        assert not study.feedback.isVisible()
        clock.advance(seconds=20)
    assert window.pages.currentWidget() is window.exam_result
    result = window.exam_result
    assert result.heading.text().startswith("Exam score: ")
    assert result.details.text() == "3 of 3 questions answered."
    assert len(result.cards) == 3  # the walk through every question
    texts = [" ".join(label.text() for label in card.findChildren(QLabel)) for card in result.cards]
    assert all("Right answer: " in text for text in texts)
    history = window.store.exams.finished(window.profile.id)
    assert len(history) == 1
    window.show_progress()
    score = round(history[0].score * 100)
    assert window.progress.exams.text().endswith(f" {score}%")


def test_exam_time_limit_hands_the_exam_in(qtbot, open_window, clock):
    window = open_window(bank=DATA / "types")
    fill_mode_dialog(lambda dialog: dialog.minutes.setValue(1))
    qtbot.mouseClick(window.home.exam_button, Qt.MouseButton.LeftButton)
    clock.advance(minutes=2)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.exam_result, timeout=3000)
    assert window.exam_result.details.text().endswith("Time ran out.")


def test_practice_topics_follow_the_chosen_sets_and_one_topic_takes_few_keys(qtbot, open_window):
    window = open_window()
    dialog = ModeDialog(window, "practice")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)

    def topics():
        return [dialog.topics.item(r).text() for r in range(dialog.topics.count())]

    assert topics() == ["Places"]
    uncheck(dialog.sets, "Basics")  # "More" has no topics
    assert topics() == []
    dialog.sets.item(0).setCheckState(Qt.CheckState.Checked)
    assert topics() == ["Places"]
    # One topic by keyboard: no topics (Alt+P), tick the current one (Space), start (Enter).
    assert dialog.focusWidget() is dialog.sets  # ready for arrows and Space
    qtbot.keyClick(dialog.focusWidget(), K.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.choice().topics == set())  # a mnemonic clicks after a flash
    assert dialog.focusWidget() is dialog.topics
    qtbot.keyClick(dialog.focusWidget(), K.Key_Space)
    assert dialog.topics.item(0).checkState() == Qt.CheckState.Checked
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.focusWidget(), K.Key_Return)
    assert dialog.choice().set_ids == ["basics", "more"]
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.focusWidget(), K.Key_O, Qt.KeyboardModifier.AltModifier)  # no sets
    qtbot.waitUntil(lambda: dialog.choice().set_ids == [])
