"""Writes that fail from the UI: the user is told, nothing is lost, the app goes on."""

import pytest
from PySide6.QtCore import Qt

from quizapp.core import ops
from quizapp.core.errors import StorageError
from quizapp.ui.study import Stage

FULL = "The disk holding quizapp.db is full, so the last change was not saved."


@pytest.fixture
def studying(open_window, qtbot):
    """A window on Ana's review of every set, showing its first question (multiple choice)."""
    window = open_window("Ana")
    qtbot.mouseClick(window.home.study_all, Qt.MouseButton.LeftButton)
    assert window.study.question.id == "basics-city"
    return window


def fail_writes(monkeypatch, store, method, times, error):
    """Make ``store.method`` raise ``error`` the next ``times`` calls (a fault injected)."""
    real = getattr(store, method)
    left = [times]

    def failing(*args, **kwargs):
        if left[0] > 0:
            left[0] -= 1
            raise error
        return real(*args, **kwargs)

    monkeypatch.setattr(store, method, failing)


def reviews(store):
    return store.db.execute("SELECT question_id, rating FROM reviews").fetchall()


def press_option(qtbot, window, number):
    qtbot.keyClick(window.focusWidget() or window, Qt.Key(Qt.Key.Key_0 + number))


def right_option(study):
    question = study.question
    return 1 + next(n for n, index in enumerate(study.input.order) if index in question.correct)


def test_a_failed_answer_save_keeps_the_answer_and_retry_saves_it(
    qtbot, studying, monkeypatch, message_boxes
):
    window, study = studying, studying.study
    fail_writes(monkeypatch, window.store, "record_answer", 1, StorageError(FULL))
    message_boxes.answers = ["Retry"]
    press_option(qtbot, window, right_option(study))
    [box] = message_boxes
    assert (box.title, box.text, box.buttons) == (
        "Your answer was not saved",
        FULL,
        ["Retry", "Cancel"],
    )
    assert box.informative == (
        "Nothing you did is lost: it stays on screen. Retry once the problem is fixed."
    )
    assert study.stage is Stage.FEEDBACK
    assert study.verdict.text() == "✓ Right"
    assert reviews(window.store) == [("basics-city", 3)]


def test_a_cancelled_save_leaves_the_answer_on_screen_to_hand_in_again(
    qtbot, studying, monkeypatch, message_boxes
):
    window, study = studying, studying.study
    fail_writes(monkeypatch, window.store, "record_answer", 1, StorageError(FULL))
    message_boxes.answers = ["Cancel"]
    option = right_option(study)
    press_option(qtbot, window, option)
    assert len(message_boxes) == 1
    assert study.stage is Stage.ANSWERING
    assert study.question.id == "basics-city"
    assert window.pages.currentWidget() is study
    assert reviews(window.store) == []
    press_option(qtbot, window, option)  # the disk has room again
    assert study.stage is Stage.FEEDBACK
    assert reviews(window.store) == [("basics-city", 3)]


def test_a_failed_regrade_keeps_the_first_answer(qtbot, studying, monkeypatch, message_boxes):
    window, study = studying, studying.study
    press_option(qtbot, window, right_option(study))
    assert study.stage is Stage.FEEDBACK
    fail_writes(monkeypatch, window.store, "undo_answer", 1, StorageError(FULL))
    message_boxes.answers = ["Cancel"]
    study.on_rating_key(study._adjustable()[0])
    assert [box.title for box in message_boxes] == ["Your answer was not saved"]
    assert study.stage is Stage.FEEDBACK
    assert reviews(window.store) == [("basics-city", 3)]


def test_a_learner_deleted_in_another_window_is_said_and_the_app_goes_home(
    qtbot, studying, message_boxes
):
    window, study = studying, studying.study
    other = window.store.open_another()  # another window on the same data folder
    ops.choose_profile(other, "Budi", window.clock())
    ops.delete_profile(other, "Ana")
    other.close()
    press_option(qtbot, window, right_option(study))
    [box] = message_boxes
    assert (box.title, box.text) == (
        "This learner no longer exists",
        "The learner 'Ana' was deleted, perhaps in another quizapp window, so this was not "
        "saved for them.",
    )
    assert window.pages.currentWidget() is window.home
    assert window.profile.name == "Budi"
    assert reviews(window.store) == []


def test_settings_of_a_learner_deleted_elsewhere_are_not_saved_and_the_app_goes_home(
    qtbot, open_window, message_boxes, monkeypatch
):
    from quizapp.ui.settings_dialog import SettingsDialog

    window = open_window("Ana")
    other = window.store.open_another()
    ops.delete_profile(other, "Ana")
    other.close()
    monkeypatch.setattr(SettingsDialog, "exec", lambda dialog: 1)
    window.on_settings_requested()
    assert [box.title for box in message_boxes] == ["This learner no longer exists"]
    assert window.pages.currentWidget() is window.home
    assert window.profile.name != "Ana"
    assert [profile.name for profile in window.store.profiles()] == [window.profile.name]


def test_a_bug_while_saving_gets_the_crash_report_and_the_answer_stays(
    qtbot, studying, monkeypatch, message_boxes
):
    window, study = studying, studying.study
    fail_writes(monkeypatch, window.store, "record_answer", 1, ZeroDivisionError("oops"))
    option = right_option(study)
    press_option(qtbot, window, option)
    [box] = message_boxes
    assert box.title == "quizapp hit a bug"
    assert box.detailed.endswith("ZeroDivisionError: oops\n")
    assert study.stage is Stage.ANSWERING
    press_option(qtbot, window, option)  # the app still runs, and the answer can be handed in
    assert reviews(window.store) == [("basics-city", 3)]
