"""Keyboard, focus, mnemonics, accessible names, large text and honest feedback (issue 11)."""

import re
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QWidget,
)

from quizapp.core.model import Rating
from quizapp.core.qtypes import kind_of
from quizapp.core.session import ExamSession, PracticeSession, exam_questions
from quizapp.ui import theme
from quizapp.ui.backups import BackupsDialog
from quizapp.ui.browser import QuestionBrowser
from quizapp.ui.classreport import ClassReportDialog
from quizapp.ui.editor import QuestionEditor
from quizapp.ui.help import AboutDialog, ShortcutsDialog, WelcomeDialog
from quizapp.ui.importer import ImportDialog
from quizapp.ui.mode_dialog import ModeDialog
from quizapp.ui.sets import SetManagerDialog
from quizapp.ui.settings_dialog import SettingsDialog
from quizapp.ui.study import Stage

DATA = Path(__file__).parent.parent / "data"
K = Qt.Key
INTERACTIVE = (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox, QAbstractItemView)


def shown(top: QWidget, kind=QWidget) -> list:
    """The widgets of ``kind`` under ``top`` that are on screen."""
    return [w for w in top.findChildren(kind) if w.isVisibleTo(top)]


def mnemonics(top: QWidget) -> list[tuple[str, str]]:
    """Every (letter, text) reached with Alt+letter in a window: buttons, labels, menus."""
    texts = [b.text() for b in shown(top, QAbstractButton)]
    texts += [label.text() for label in shown(top, QLabel) if label.buddy() is not None]
    menu_bar = top.menuBar() if hasattr(top, "menuBar") else None
    if menu_bar is not None:
        texts += [action.text() for action in menu_bar.actions()]
    found = []
    for text in texts:
        match = re.search(r"&([^&\s])", text.replace("&&", ""))
        if match:
            found.append((match.group(1).lower(), text))
    return found


def clashes(top: QWidget) -> dict[str, list[str]]:
    letters: dict[str, list[str]] = {}
    for letter, text in mnemonics(top):
        letters.setdefault(letter, []).append(text)
    return {letter: texts for letter, texts in letters.items() if len(texts) > 1}


def unnamed(top: QWidget) -> list[str]:
    """Interactive widgets a screen reader would announce without a name."""
    missing = []
    for widget in shown(top, QWidget):
        if not isinstance(widget, INTERACTIVE) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QAbstractSpinBox):
            continue  # the spin box's own editor: the spin box carries the name
        name = widget.accessibleName()
        if not name and isinstance(widget, QAbstractButton):
            name = widget.text().replace("&", "")
        if not name.strip():
            missing.append(f"{type(widget).__name__} in {type(top).__name__}")
    return missing


def set_language(window, language, scale=1.0):
    window.profile = replace(window.profile, language=language, text_scale=scale)
    window.apply_profile_settings()


def every_screen(window, check):
    """Show each page and dialog of the app in turn and call ``check(widget)``."""

    def on_screen(top):
        for _ in range(3):  # pages are shown, and layouts settle, over a few posted events
            QApplication.processEvents()
        check(top)

    store = window.store
    on_screen(window)  # home
    questions = [store.questions.get(i) for i in ("t-flash", "t-tf", "t-short", "t-match")]
    window.start(PracticeSession(store, window.profile, questions))
    study = window.study
    on_screen(window)  # a flashcard
    study.on_reveal()
    on_screen(window)  # its answer with the four rating buttons
    study.on_rating_key(Rating.GOOD)
    study.input.handle_number(2)  # "False": wrong
    on_screen(window)  # feedback
    study.show_next()
    study.input.edit.setText("Singapura")
    study.on_submit()
    on_screen(window)  # a typed answer, right: three rating buttons to adjust it
    study.show_next()
    on_screen(window)  # matching, the widest input
    study.finish()
    on_screen(window)  # summary, with the missed question
    window.on_study_requested(["all-types"])  # a review: "I guessed" beside the ratings
    study.on_reveal()
    study.on_rating_key(Rating.GOOD)
    study.input.handle_number(1 + study.input.order.index(0))  # "No": right
    on_screen(window)
    study.show_next()
    on_screen(window)
    study.finish()
    exam = ExamSession(
        store, window.profile, exam_questions(store, ["all-types"], 3), [], window.clock()
    )
    window.start(exam)
    on_screen(window)
    window.on_session_finished(exam)
    on_screen(window)  # exam result
    window.show_progress()
    on_screen(window)
    window.show_home()
    for dialog in (
        SettingsDialog(window, window.profile),
        ModeDialog(window, "practice"),
        ModeDialog(window, "exam"),
        WelcomeDialog(window, "Ana", "en"),
        ShortcutsDialog(window),
        AboutDialog(window),
    ):
        dialog.show()
        on_screen(dialog)
        dialog.reject()


@pytest.mark.parametrize("language", ["en", "id"])
def test_no_mnemonic_collides_in_any_window(open_window, language):
    window = open_window(bank=DATA / "types")
    set_language(window, language)
    found = []
    every_screen(window, lambda top: found.append((type(top).__name__, clashes(top))))
    assert [(name, c) for name, c in found if c] == []
    assert len(mnemonics(window)) >= 12  # the home page's buttons and the menus were seen


@pytest.mark.parametrize("language", ["en", "id"])
def test_every_interactive_widget_has_an_accessible_name(open_window, language):
    window = open_window(bank=DATA / "types")
    set_language(window, language)
    missing = []
    every_screen(window, lambda top: missing.extend(unnamed(top)))
    assert missing == []


@pytest.mark.parametrize("language", ["en", "id"])
def test_every_teacher_dialog_names_its_interactive_widgets(open_window, language):
    window = open_window(bank=DATA / "types")
    set_language(window, language)
    missing = []
    for dialog in (
        QuestionBrowser(window.store, window),
        ImportDialog(window.store, window),
        QuestionEditor(window.store, parent=window),
        SetManagerDialog(window.store, window),
        ClassReportDialog(window),
        BackupsDialog(window),
    ):
        dialog.show()
        missing.extend(unnamed(dialog))
        dialog.reject()
    assert missing == []


def beyond_screen(top: QWidget, width: int = 1366, height: int = 768) -> list[str]:
    """What of a window would not fit a ``width`` x ``height`` screen.

    The window itself (its smallest size, or its size), text it cuts off (below, or on the
    right of a scroll area that only scrolls down), and buttons it puts outside its frame; a
    button in a scroll area is reached by scrolling.
    """
    problems = []
    hint = top.minimumSizeHint()
    if max(hint.width(), top.width()) > width or max(hint.height(), top.height()) > height:
        problems.append(f"{type(top).__name__} needs {hint.width()}x{hint.height()}")
    layout = top.layout()
    if layout.hasHeightForWidth() and layout.totalHeightForWidth(top.width()) > top.height():
        problems.append(f"{type(top).__name__} cuts off its text")
    for area in shown(top, QScrollArea):
        if area.widget().minimumSizeHint().width() > area.viewport().width():
            problems.append(f"{type(top).__name__} cuts its content off on the right")
    frame = QRect(QPoint(0, 0), top.size())
    for button in shown(top, QPushButton):
        corner = button.mapTo(top, QPoint(button.width() - 1, button.height() - 1))
        if not frame.contains(corner) and not _inside_scroll_area(button):
            problems.append(button.text())
    return problems


@pytest.mark.parametrize("language", ["en", "id"])
def test_the_main_window_at_200_percent_text_fits_1366_by_768(qtbot, open_window, language):
    window = open_window(bank=DATA / "types")
    set_language(window, language, scale=2.0)
    window.resize(1366, 768)
    too_big = []

    def check(top):
        if top is window:
            page = type(window.pages.currentWidget()).__name__
            too_big.extend(f"{page}: {problem}" for problem in beyond_screen(window))

    every_screen(window, check)
    assert too_big == []


@pytest.mark.parametrize("language", ["en", "id"])
def test_the_question_browser_at_200_percent_text_fits_1366_by_768(qtbot, open_window, language):
    from quizapp.core.paths import builtin_bank_dir

    window = open_window(bank=builtin_bank_dir())  # long set and topic names
    set_language(window, language, scale=2.0)
    browser = QuestionBrowser(window.store, window)
    browser.show()
    for _ in range(3):
        QApplication.processEvents()
    browser.resize(1366, 768)
    QApplication.processEvents()
    assert beyond_screen(browser) == []
    browser.reject()


@pytest.mark.parametrize("language", ["en", "id"])
def test_settings_and_welcome_at_200_percent_text_fit_1366_by_768(qtbot, open_window, language):
    window = open_window(bank=DATA / "types")
    set_language(window, language, scale=2.0)
    too_big = []
    for dialog in (SettingsDialog(window, window.profile), WelcomeDialog(window, "Ana", language)):
        dialog.show()
        for _ in range(3):
            QApplication.processEvents()
        too_big += beyond_screen(dialog)
        dialog.reject()
    assert too_big == []


def _inside_scroll_area(widget):
    parent = widget.parent()
    while parent is not None:
        if parent.inherits("QScrollArea"):
            return True
        parent = parent.parent()
    return False


def test_escape_ends_a_session_and_asks_first_when_an_answer_would_be_lost(
    qtbot, open_window, press, on_modal, click_button, reactivate
):
    window = open_window(bank=DATA / "types")
    store = window.store
    window.start(PracticeSession(store, window.profile, [store.questions.get("t-short")]))
    study = window.study
    qtbot.keyClicks(window.focusWidget(), "Singa")
    asked = []
    on_modal(lambda box: (asked.append(box.text()), click_button(box, "Keep going")))
    press(window, K.Key_Escape)
    assert asked == ["Leave the session? Your answer to this question has not been checked."]
    reactivate(window)
    assert window.pages.currentWidget() is study
    assert study.input.edit.text() == "Singa"
    assert study.input.edit.hasFocus()  # back where the learner was typing
    on_modal(lambda box: click_button(box, "End"))
    press(window, K.Key_Escape)
    assert window.pages.currentWidget() is window.summary
    reactivate(window)

    window.start(PracticeSession(store, window.profile, [store.questions.get("t-tf")]))
    press(window, K.Key_Escape)  # nothing typed: nothing to lose, no question
    assert window.pages.currentWidget() is window.summary


def test_escape_in_an_exam_asks_before_handing_in_unanswered_questions(
    qtbot, open_window, press, on_modal, click_button
):
    window = open_window(bank=DATA / "types")
    store = window.store
    questions = [store.questions.get("t-tf"), store.questions.get("t-single")]
    window.start(ExamSession(store, window.profile, questions, [], window.clock()))
    press(window, K.Key_1)
    asked = []
    on_modal(lambda box: (asked.append(box.text()), click_button(box, "End")))
    press(window, K.Key_Escape)
    assert asked == ["Not answered yet: 1 (they count as wrong). Hand in the exam now?"]
    assert window.pages.currentWidget() is window.exam_result


def test_space_and_enter_press_the_focused_button(qtbot, open_window, press):
    window = open_window(bank=DATA / "types")
    window.on_study_requested(["all-types"])
    study = window.study
    assert study.stage is Stage.ASKING  # the flashcard comes first
    study.end_button.setFocus()
    press(window, K.Key_Space)
    assert window.pages.currentWidget() is window.summary  # not the answer revealed

    window.on_study_requested(["all-types"])
    study.undo_button.setEnabled(True)
    study.end_button.setFocus()
    press(window, K.Key_Return)
    assert window.pages.currentWidget() is window.summary


def test_focus_starts_on_the_primary_action_with_a_visible_ring_and_returns_after_settings(
    qtbot, open_window, on_modal
):
    window = open_window()
    home = window.home
    assert home.study_all.hasFocus()
    unfocused = home.practice_button.grab().toImage()
    home.practice_button.setFocus()
    assert home.practice_button.grab().toImage() != unfocused  # the focus ring shows
    on_modal(lambda dialog: dialog.reject())
    home.settings_button.click()
    assert window.focusWidget() is window.home.study_all
    on_modal(lambda dialog: dialog.accept())
    window.home.settings_button.click()
    assert window.focusWidget() is window.home.study_all  # after the pages were rebuilt, too


def test_undo_shows_the_options_in_the_order_they_were_shown(qtbot, open_window, press):
    window = open_window(bank=DATA / "types")
    store = window.store
    questions = [
        store.questions.get("t-single"),
        store.questions.get("t-multi"),
        store.questions.get("t-tf"),
    ]
    window.start(PracticeSession(store, window.profile, questions))
    study = window.study
    for _ in range(2):
        labels = [b.text() for b in study.input.buttons]
        order = list(study.input.order)
        press(window, K.Key_1)
        press(window, K.Key_Space)
        press(window, K.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert study.question.id == "t-single"
        assert study.input.order == order
        assert [b.text() for b in study.input.buttons] == labels
    press(window, K.Key_1)
    press(window, K.Key_Space)
    boxes = [b.text() for b in study.input.boxes]
    press(window, K.Key_1)
    press(window, K.Key_Return)
    press(window, K.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert study.question.id == "t-multi"
    assert [b.text() for b in study.input.boxes] == boxes


def test_empty_or_unreadable_answers_are_not_graded_and_say_what_they_need(
    qtbot, open_window, press
):
    window = open_window(bank=DATA / "types")
    store = window.store
    questions = [store.questions.get("t-multi"), store.questions.get("t-num")]
    window.start(PracticeSession(store, window.profile, questions))
    study = window.study
    press(window, K.Key_Return)
    assert study.stage is Stage.ANSWERING
    assert study.need.text() == "! Tick every right option (press their numbers), then press Enter."
    press(window, K.Key_1)
    press(window, K.Key_Return)
    assert study.stage is Stage.FEEDBACK
    press(window, K.Key_Space)
    qtbot.keyClicks(window.focusWidget(), "six")
    press(window, K.Key_Return)
    assert study.stage is Stage.ANSWERING
    assert study.need.text() == "! Type a number in digits, like 1967 or 3.5."
    assert store.db.execute("SELECT COUNT(*) FROM practice_answers").fetchone()[0] == 1


def test_feedback_tells_your_pick_the_right_answer_and_what_you_missed(qtbot, open_window, press):
    window = open_window(bank=DATA / "types")
    store = window.store
    questions = [store.questions.get("t-multi"), store.questions.get("t-cloze")]
    window.start(PracticeSession(store, window.profile, questions))
    study = window.study
    order = study.input.order
    key = {index: K(K.Key_1 + n) for n, index in enumerate(order)}
    press(window, key[0])  # "a": right
    press(window, key[1])  # "b": wrong; "c" (right) is missed
    press(window, K.Key_Return)
    marks = {
        str(study.question.payload.options[index]): (
            box.property("mark"),
            box.text().split("  — ")[1],
        )
        for index, box in zip(order, study.input.boxes, strict=True)
    }
    assert marks == {
        "a": ("right", "your pick, right"),
        "b": ("wrong", "your pick, wrong"),
        "c": ("missed", "missed: this one is right too"),
    }
    assert study.verdict.property("mark") == "wrong"
    press(window, K.Key_Space)
    qtbot.keyClicks(window.focusWidget(), "13")
    press(window, K.Key_Tab)
    qtbot.keyClicks(window.focusWidget(), "Regional Office")
    press(window, K.Key_Return)
    marks = zip(study.input.gaps, study.input.verdicts, strict=True)
    gaps = [(gap.property("mark"), verdict.text()) for gap, verdict in marks]
    assert gaps == [("right", "✓ right"), ("wrong", "✗ wrong: National Secretariats")]


def test_rating_buttons_carry_their_colour_and_interval(open_window, press):
    window = open_window()
    window.on_study_requested(["more"])
    press(window, K.Key_Space)
    buttons = window.study.rating_buttons
    assert [b.property("rating") for b in buttons.values()] == list(theme.RATINGS)
    assert buttons[3].text() == "3 · Good\n10 min"
    colour = buttons[3].palette().button().color().name()
    assert colour == theme.current().good


def test_the_one_minute_warning_and_time_up_in_an_exam(qtbot, open_window, clock):
    window = open_window(bank=DATA / "types")
    store = window.store
    questions = [store.questions.get("t-tf"), store.questions.get("t-single")]
    limit = timedelta(minutes=2)
    window.start(ExamSession(store, window.profile, questions, [], clock(), limit))
    study = window.study
    clock.advance(seconds=59)
    study.on_clock_tick()
    assert window.statusBar().currentMessage() == ""
    clock.advance(seconds=2)
    study.on_clock_tick()
    assert window.statusBar().currentMessage().startswith("One minute left")
    clock.advance(minutes=1)
    study.on_clock_tick()
    assert window.pages.currentWidget() is window.exam_result


def test_welcome_sets_name_and_language(qtbot, open_window, on_modal):
    window = open_window()

    def fill(dialog):
        assert isinstance(dialog, QDialog)
        dialog.name.setText("Siti")
        dialog.language.setCurrentIndex(dialog.language.findData("id"))
        dialog.accept()

    on_modal(fill)
    window.on_welcome_requested()
    assert (window.profile.name, window.profile.language) == ("Siti", "id")
    assert window.store.learners.named("Siti").language == "id"
    assert window.home.study_all.text().startswith("&Belajar")


def test_the_first_learner_is_named_in_the_system_language(tmp_path, qapp, monkeypatch):
    from PySide6.QtCore import QLocale

    from quizapp.ui.app import open_main_window

    monkeypatch.setattr(QLocale, "system", lambda: QLocale("id_ID"))
    window = open_main_window(tmp_path, None)
    assert window.profile.name == "Pelajar"
    assert window.first_run
    window.close()


@pytest.mark.parametrize("language", ["en", "id"])
def test_the_built_in_questions_at_200_percent_fit_and_wrap(qtbot, open_window, language):
    from quizapp.core.paths import builtin_bank_dir
    from quizapp.ui.answer_inputs import OptionButton

    window = open_window(bank=builtin_bank_dir())
    set_language(window, language, scale=2.0)
    window.resize(1366, 768)
    window.on_study_requested(None)
    study = window.study
    clipped = []
    for _ in range(12):
        for _ in range(3):
            QApplication.processEvents()
        assert window.width() <= 1366, study.question.id
        for option in shown(study, OptionButton):
            if option.width() < option.minimumSizeHint().width():
                clipped.append(option.text())
        if study.stage is Stage.ASKING:
            study.on_reveal()
            study.on_rating_key(Rating.GOOD)
        elif kind_of(study.question).one_pick:
            study.input.handle_number(1)
            for _ in range(3):
                QApplication.processEvents()
            assert window.width() <= 1366, study.question.id
            study.show_next()
        else:
            study.on_escape_key()  # nothing typed: leaves without asking
            window.on_study_requested(None)
    assert clipped == []
