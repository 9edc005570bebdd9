"""Writes that fail from the UI: the user is told, nothing is lost, the app goes on."""

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from quizapp.core import ops
from quizapp.core.errors import StorageError
from quizapp.core.storage import DATABASE_NAME, Store
from quizapp.ui.app import run_app
from quizapp.ui.study import Stage

IMPORT = Path(__file__).parent.parent / "data" / "import"

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
    return 1 + next(
        n for n, index in enumerate(study.input.order) if index in question.payload.correct
    )


def test_a_failed_answer_save_keeps_the_answer_and_retry_saves_it(
    qtbot, studying, monkeypatch, message_boxes
):
    window, study = studying, studying.study
    fail_writes(monkeypatch, window.store.reviews, "answer", 1, StorageError(FULL))
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
    fail_writes(monkeypatch, window.store.reviews, "answer", 1, StorageError(FULL))
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
    fail_writes(monkeypatch, window.store.reviews, "undo", 1, StorageError(FULL))
    message_boxes.answers = ["Cancel"]
    study.on_rating_key(study._adjustable()[0])
    assert [box.title for box in message_boxes] == ["Your answer was not saved"]
    assert study.stage is Stage.FEEDBACK
    assert reviews(window.store) == [("basics-city", 3)]


def test_a_failed_i_guessed_keeps_the_right_answer_and_offers_it_again(
    qtbot, studying, monkeypatch, message_boxes
):
    window, study = studying, studying.study
    press_option(qtbot, window, right_option(study))
    assert study.guess_button.isVisible()
    fail_writes(monkeypatch, window.store.reviews, "undo", 1, StorageError(FULL))
    message_boxes.answers = ["Cancel"]
    study.guess_button.click()
    assert [box.title for box in message_boxes] == ["Your answer was not saved"]
    assert not study.guessed
    assert study.guess_button.isVisible()
    assert reviews(window.store) == [("basics-city", 3)]
    study.guess_button.click()  # the disk has room again
    assert study.guessed
    assert reviews(window.store) == [("basics-city", 1)]


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
    assert [profile.name for profile in window.store.learners.all()] == [window.profile.name]


def test_a_bug_while_saving_gets_the_crash_report_and_the_answer_stays(
    qtbot, studying, monkeypatch, message_boxes
):
    window, study = studying, studying.study
    fail_writes(monkeypatch, window.store.reviews, "answer", 1, ZeroDivisionError("oops"))
    option = right_option(study)
    press_option(qtbot, window, option)
    [box] = message_boxes
    assert box.title == "quizapp hit a bug"
    assert box.detailed.endswith("ZeroDivisionError: oops\n")
    assert study.stage is Stage.ANSWERING
    press_option(qtbot, window, option)  # the app still runs, and the answer can be handed in
    assert reviews(window.store) == [("basics-city", 3)]


def test_a_read_only_database_is_said_and_retry_saves_once_writable(qtbot, studying, message_boxes):
    window, study = studying, studying.study
    window.store.db.execute("PRAGMA query_only = ON")  # every write now fails as read-only

    def writable_again(box_text):
        window.store.db.execute("PRAGMA query_only = OFF")

    message_boxes.answers = ["Retry"]
    message_boxes.on_show = writable_again
    press_option(qtbot, window, right_option(study))
    [box] = message_boxes
    assert (box.title, box.text) == (
        "Your answer was not saved",
        f"{window.store.path} cannot be written: the file or its folder is read-only, so the "
        "last change was not saved. Make the folder writable (or copy the data folder "
        "somewhere writable and use that), then try again.",
    )
    assert study.stage is Stage.FEEDBACK
    assert reviews(window.store) == [("basics-city", 3)]


def test_a_second_writer_holding_the_lock_is_waited_for_then_explained(
    qtbot, studying, message_boxes
):
    window, study = studying, studying.study
    window.store.db.execute("PRAGMA busy_timeout = 50")  # the test need not wait 5 seconds
    writer = sqlite3.connect(window.store.path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # another window or command in the middle of a write

    def other_writer_done(box_text):
        writer.execute("COMMIT")

    message_boxes.answers = ["Retry"]
    message_boxes.on_show = other_writer_done
    press_option(qtbot, window, right_option(study))
    writer.close()
    [box] = message_boxes
    assert box.text == (
        f"{window.store.path} is busy: another quizapp window or command kept writing to it "
        "for more than 5 seconds, so the last change was not saved. Wait for it to finish "
        "(or close the other window), then try again."
    )
    assert study.stage is Stage.FEEDBACK
    assert reviews(window.store) == [("basics-city", 3)]


def test_an_import_into_a_read_only_database_is_said_and_adds_nothing(
    qtbot, library, monkeypatch, message_boxes, wait_for_tasks
):
    from quizapp.ui.importer import ImportDialog

    real_open_another = Store.open_another

    def read_only_connection(store):
        other = real_open_another(store)
        other.db.execute("PRAGMA query_only = ON")
        return other

    monkeypatch.setattr(Store, "open_another", read_only_connection)
    dialog = ImportDialog(library.store)
    qtbot.addWidget(dialog)
    dialog.add_files([IMPORT / "terms.tsv"])
    before = len(library.store.questions.active())
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_for_tasks()
    [box] = message_boxes
    assert (box.title, box.text) == (
        "Cannot import",
        f"{library.store.path} cannot be written: the file or its folder is read-only, so the "
        "last change was not saved. Make the folder writable (or copy the data folder "
        "somewhere writable and use that), then try again.",
    )
    assert dialog.status.text() == "Nothing was imported."
    assert dialog.import_button.isEnabled()
    assert len(library.store.questions.active()) == before


def test_a_foreign_database_at_start_is_refused_and_left_untouched(qapp, tmp_path, message_boxes):
    foreign = sqlite3.connect(tmp_path / DATABASE_NAME)
    foreign.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    foreign.execute("INSERT INTO invoices VALUES (1, 9.5)")
    foreign.commit()
    foreign.close()
    before = (tmp_path / DATABASE_NAME).read_bytes()
    assert run_app(tmp_path, None, quit_after_show=0) == 1
    assert [(box.title, box.text) for box in message_boxes] == [
        (
            "Cannot open quizapp",
            f"{tmp_path / DATABASE_NAME} is not a quizapp database (another program's, "
            "perhaps); it was left untouched. Move it aside or choose another data folder.",
        )
    ]
    assert (tmp_path / DATABASE_NAME).read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [DATABASE_NAME, "quizapp.log"]


def test_a_question_that_cannot_be_deleted_is_said_and_stays(qtbot, library, message_boxes):
    from quizapp.ui.browser import QuestionBrowser

    ops.import_files(library.store, [IMPORT / "terms.tsv"])
    browser = QuestionBrowser(library.store)
    qtbot.addWidget(browser)
    [question] = [q for q in browser.questions if q.set_id == "terms"][:1]
    browser.select(question.id)
    library.store.db.execute("PRAGMA query_only = ON")
    message_boxes.answers = ["Delete"]
    browser.on_delete_clicked()
    library.store.db.execute("PRAGMA query_only = OFF")
    assert [box.title for box in message_boxes] == ["Delete question", "Cannot delete the question"]
    assert message_boxes[1].text.startswith(f"{library.store.path} cannot be written")
    assert question.id in [q.id for q in library.store.questions.active()]
