from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from quizapp.core.model import QuestionType, Rating
from quizapp.core.qtypes.true_false import TrueFalse
from quizapp.ui.study import Stage


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(window.focusWidget() or window, key, modifier)


def home_counts(window):
    """Return {set title: (new today, due)} as the home page's set cards show them."""
    counts = {}
    for card in window.home.cards:
        new_today, due = card.new_today, card.due
        assert card.study_button.text() == f"Study {new_today + due}"
        counts[card.title.text()] = (new_today, due)
    return counts


def correct_number(study):
    """The number key of the right option as the options are shown."""
    question = study.question
    payload = question.payload
    right = {int(payload.truth)} if isinstance(payload, TrueFalse) else payload.correct
    return 1 + next(n for n, index in enumerate(study.input.order) if index in right)


def answer_rightly(qtbot, window):
    """Answer the question on screen rightly, by keyboard, whatever its type."""
    study = window.study
    question = study.question
    if study.stage is Stage.ASKING:
        press(qtbot, window, Qt.Key.Key_Space)
        press(qtbot, window, Qt.Key.Key_4)
        return
    if question.type is QuestionType.ORDERING:
        for target in range(len(question.payload.items)):
            row = next(
                r
                for r in range(study.input.list.count())
                if study.input.list.item(r).data(Qt.ItemDataRole.UserRole) == target
            )
            study.input.list.setCurrentRow(row)
            for _ in range(row - target):
                press(qtbot, window, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
        press(qtbot, window, Qt.Key.Key_Return)
    elif question.type is QuestionType.NUMERIC:
        qtbot.keyClicks(study.input.edit, f"{question.payload.number:g}")
        press(qtbot, window, Qt.Key.Key_Return)
    else:
        press(qtbot, window, Qt.Key(Qt.Key.Key_0 + correct_number(study)))
    assert study.verdict.text() == "✓ Right"


def test_home_lists_the_sets_with_new_and_due_counts(open_window):
    window = open_window()
    assert home_counts(window) == {"Basics": (3, 0), "More": (3, 0)}
    assert window.home.profiles.currentText() == "Ana"
    assert window.home.study_all.text() == "&Study 6 questions"
    assert window.home.study_all.hasFocus()  # the primary action, ready for Enter or Space
    assert "3 mastered" not in window.home.cards[0].figures.text()
    assert window.home.cards[0].figures.text() == "0 mastered · 0 learning · 3 new · 0 due today"


def test_home_new_counts_follow_the_daily_limit(qtbot, open_window):
    window = open_window()
    window.profile = replace(window.profile, new_per_day=4)
    window.show_home()
    assert home_counts(window) == {"Basics": (3, 0), "More": (3, 0)}  # either set alone: 3
    assert window.home.study_all.text() == "&Study 4 questions"  # both: the limit
    window.on_study_requested(None)
    press(qtbot, window, Qt.Key(Qt.Key.Key_0 + correct_number(window.study)))
    window.show_home()
    assert home_counts(window) == {"Basics": (2, 1), "More": (3, 0)}
    assert window.home.study_all.text() == "&Study 4 questions"  # 1 due + 3 new left today


def test_home_progress_bar_fills_only_with_what_was_learned(qtbot, open_window):
    window = open_window()
    strip = window.home.cards[0].strip
    assert (strip.parts, strip.total) == ([("mastered", 0), ("learning", 0)], 3)  # empty bar
    window.on_study_requested(["basics"])
    press(qtbot, window, Qt.Key(Qt.Key.Key_0 + correct_number(window.study)))
    window.show_home()
    strip = window.home.cards[0].strip
    assert (strip.parts, strip.total) == ([("mastered", 0), ("learning", 1)], 3)


def test_study_by_keyboard_records_answers_and_undo_takes_one_back(qtbot, open_window):
    window = open_window()
    store, study = window.store, window.study
    qtbot.mouseClick(window.home.study_all, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is study

    assert study.question.id == "basics-city"
    assert study.stage is Stage.ANSWERING
    press(qtbot, window, Qt.Key(Qt.Key.Key_0 + correct_number(study)))
    assert study.stage is Stage.FEEDBACK
    assert study.verdict.text() == "✓ Right"
    assert study.answer.text() == "Right answer: Jakarta"
    assert study.explanation.text() == "It works in Jakarta."
    assert study.source.text() == "Source: Test article — Intro"
    profile = window.profile
    assert store.reviews.card(profile.id, "basics-city") is not None

    press(qtbot, window, Qt.Key.Key_Space)
    assert study.question.id == "more-members"
    assert study.stage is Stage.ASKING
    press(qtbot, window, Qt.Key.Key_Return)
    assert study.stage is Stage.RATING
    assert study.answer.text() == "Right answer: Eleven, since Timor-Leste joined in October 2025"
    assert study.rating_buttons[Rating.GOOD].text() == "3 · Good\n10 min"
    press(qtbot, window, Qt.Key.Key_3)

    assert study.question.id == "basics-charter"
    press(qtbot, window, Qt.Key.Key_Space)
    press(qtbot, window, Qt.Key.Key_1)
    assert store.reviews.card(profile.id, "basics-charter") is not None
    assert study.question.id != "basics-charter"

    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert study.question.id == "basics-charter"
    assert study.stage is Stage.ASKING
    assert store.reviews.card(profile.id, "basics-charter") is None
    ratings = [row[0] for row in store.db.execute("SELECT rating FROM reviews ORDER BY id")]
    assert ratings == [Rating.GOOD, Rating.GOOD]

    qtbot.mouseClick(study.end_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.summary
    assert window.summary.figures["answered"].text() == "Questions answered: 2"
    assert window.summary.figures["graded"].text() == "Quiz answers: 1 right, 0 wrong"


def test_wrong_option_picked_with_the_mouse_is_marked_and_rated_again(qtbot, open_window):
    window = open_window()
    qtbot.mouseClick(window.home.study_all, Qt.MouseButton.LeftButton)
    study = window.study
    wrong = 1 if correct_number(study) != 1 else 2
    qtbot.mouseClick(study.input.buttons[wrong - 1], Qt.MouseButton.LeftButton)
    assert study.verdict.text() == "✗ Wrong"
    assert study.input.buttons[wrong - 1].text().startswith("✗")
    assert study.input.buttons[correct_number(study) - 1].text().startswith("✓")
    qtbot.mouseClick(study.input.buttons[correct_number(study) - 1], Qt.MouseButton.LeftButton)
    ratings = [row[0] for row in window.store.db.execute("SELECT rating FROM reviews")]
    assert ratings == [Rating.AGAIN]  # a second click after the feedback changes nothing


def test_true_false_question_is_graded(qtbot, open_window):
    window = open_window()
    window.on_study_requested(["basics"])
    study = window.study
    while study.question.id != "basics-decides":
        if study.stage is Stage.ANSWERING:
            press(qtbot, window, Qt.Key(Qt.Key.Key_0 + correct_number(study)))
            press(qtbot, window, Qt.Key.Key_Space)
        else:
            press(qtbot, window, Qt.Key.Key_Space)
            press(qtbot, window, Qt.Key.Key_4)
    assert [b.text() for b in study.input.buttons] == ["1.  True", "2.  False"]
    press(qtbot, window, Qt.Key.Key_2)
    assert study.verdict.text() == "✓ Right"
    assert study.answer.text() == "Right answer: False"


def test_progress_is_kept_after_closing_and_shows_the_next_day(qtbot, open_window, clock):
    window = open_window()
    qtbot.mouseClick(window.home.study_all, Qt.MouseButton.LeftButton)
    study = window.study
    while window.pages.currentWidget() is study:
        graded = study.stage is Stage.ANSWERING
        answer_rightly(qtbot, window)
        if graded:
            press(qtbot, window, Qt.Key.Key_Space)
        clock.advance(seconds=30)
    assert window.summary.heading.text() == "Session complete"
    window.close()

    clock.advance(days=3)
    reopened = open_window()
    # Right graded answers are rated Good (due again in two days), flashcards were rated Easy
    # (due in over a week): three days on, the two graded questions of each set are due.
    assert home_counts(reopened) == {"Basics": (0, 2), "More": (0, 2)}
    qtbot.mouseClick(reopened.home.progress_button, Qt.MouseButton.LeftButton)
    progress = reopened.progress.table
    rows = [
        [progress.topLevelItem(i).text(c) for c in range(5)]
        for i in range(progress.topLevelItemCount())
    ]
    assert rows == [["Basics", "0", "3", "0", "2"], ["More", "0", "3", "0", "2"]]
    assert "Days in a row: 0" in reopened.progress.figures.text()


def test_second_learner_picks_a_new_profile_and_starts_from_zero(qtbot, open_window, monkeypatch):
    window = open_window()
    qtbot.mouseClick(window.home.study_all, Qt.MouseButton.LeftButton)
    press(qtbot, window, Qt.Key(Qt.Key.Key_0 + correct_number(window.study)))
    window.show_home()
    assert home_counts(window)["Basics"] == (2, 1)

    def type_name_and_accept():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("Budi")
        dialog.accept()

    QTimer.singleShot(0, type_name_and_accept)
    qtbot.mouseClick(window.home.new_profile_button, Qt.MouseButton.LeftButton)
    assert window.profile.name == "Budi"
    assert home_counts(window) == {"Basics": (3, 0), "More": (3, 0)}
    assert [window.home.profiles.itemText(i) for i in range(2)] == ["Ana", "Budi"]
    window.home.profiles.activated.emit(0)
    assert window.profile.name == "Ana"
    assert home_counts(window)["Basics"] == (2, 1)
