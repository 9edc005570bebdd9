"""Backups: automatic ones and those from the Backups menu (back up, restore, check)."""

from datetime import timedelta

from PySide6.QtCore import Qt

from quizapp.core import maintenance, ops
from quizapp.core.model import Rating
from quizapp.core.session import StudySession
from quizapp.core.storage.backups import list_backups
from quizapp.ui.backups import BackupsDialog


def answers(window):
    return window.store.db.execute("SELECT count(*) FROM reviews").fetchone()[0]


def answer_shown(window):
    """Save one answer to the question the study page shows (as the page would)."""
    study = window.study
    study.session.answer(study.question, Rating.GOOD, window.clock())


def test_back_up_now_says_where_the_backup_went(open_window, wait_for_tasks):
    window = open_window("Ana")
    window.on_back_up_requested()
    wait_for_tasks()
    [backup] = maintenance.backups(window.data_dir)
    assert backup.reason == "manual"
    assert window.statusBar().currentMessage() == f"Backed up to {backup.path}."


def test_restoring_a_backup_brings_the_progress_back_and_the_app_goes_on(
    qtbot, open_window, wait_for_tasks, message_boxes
):
    window = open_window("Ana")
    qtbot.mouseClick(window.home.study_all, Qt.MouseButton.LeftButton)
    answer_shown(window)
    window.on_back_up_requested()
    wait_for_tasks()
    answer_shown(window)
    assert answers(window) == 2
    dialog = BackupsDialog(window)
    qtbot.addWidget(dialog)
    assert [
        dialog.list.topLevelItem(i).text(1) for i in range(dialog.list.topLevelItemCount())
    ] == ["you asked for it"]
    chosen = dialog.selected()
    message_boxes.answers = ["Restore"]
    dialog.on_restore_clicked()
    assert not window.isEnabled()
    wait_for_tasks()
    assert window.isEnabled()
    assert answers(window) == 1
    assert window.pages.currentWidget() is window.home
    assert window.profile.name == "Ana"
    [confirm, done] = message_boxes
    assert confirm.buttons == ["Restore", "Cancel"]
    [safety] = [b for b in maintenance.backups(window.data_dir) if b.reason == "before-restore"]
    assert (done.title, done.text) == (
        "Backup restored",
        f"Restored the backup {chosen.name}. The data it replaced is kept as the backup "
        f"{safety.name}.",
    )
    ops.choose_profile(window.store, "Budi", window.clock())  # the reopened store writes


def test_a_damaged_backup_is_refused_and_the_data_stays(
    qtbot, open_window, wait_for_tasks, message_boxes
):
    window = open_window("Ana")
    window.on_back_up_requested()
    wait_for_tasks()
    [backup] = maintenance.backups(window.data_dir)
    backup.path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    window.restore_backup(backup.name)
    wait_for_tasks()
    [box] = message_boxes
    assert box.title == "Cannot restore the backup"
    assert box.text.startswith(f"The backup {backup.name} cannot be restored: ")
    assert window.isEnabled()
    assert [p.name for p in window.store.learners.all()] == ["Ana"]


def test_check_database_says_the_database_is_healthy(open_window, wait_for_tasks, message_boxes):
    window = open_window("Ana")
    window.on_check_requested()
    wait_for_tasks()
    assert [(box.title, box.text) for box in message_boxes] == [
        ("Check database", "The database is healthy: no problems found.")
    ]


def answer_one(window):
    session = StudySession(window.store, window.profile)
    now = window.clock()
    session.answer(session.next_question(now), Rating.GOOD, now)


def test_closing_the_window_backs_up_what_was_studied(open_window, clock):
    window = open_window()
    path = window.store.path
    answer_one(window)
    window.close()
    assert [b.reason for b in list_backups(path)] == ["close"]


def test_closing_without_study_adds_no_backup(open_window):
    window = open_window()
    path = window.store.path
    window.close()
    assert list_backups(path) == []


def test_backup_is_taken_in_the_background_while_studying(open_window, clock, qtbot):
    window = open_window()
    path = window.store.path
    answer_one(window)
    window.on_backup_timer_timeout()
    qtbot.waitUntil(lambda: len(list_backups(path)) == 1, timeout=60_000)
    clock.advance(minutes=10)
    answer_one(window)
    window.on_backup_timer_timeout()  # too soon after the last one: nothing
    clock.advance(minutes=25)
    window.on_backup_timer_timeout()
    qtbot.waitUntil(lambda: len(list_backups(path)) == 2, timeout=60_000)
    assert [b.reason for b in list_backups(path)] == ["auto", "auto"]
    assert list_backups(path)[0].taken_at - list_backups(path)[1].taken_at == timedelta(minutes=35)
