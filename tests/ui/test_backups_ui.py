"""Backups, restore and Check database from the Data menu, run as background tasks."""

from PySide6.QtCore import Qt

from quizapp.core import maintenance, ops
from quizapp.core.model import Rating
from quizapp.ui.backups import BackupsDialog


def answers(window):
    return window.store.db.execute("SELECT count(*) FROM reviews").fetchone()[0]


def answer_one(window):
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
    wait_for_tasks()  # the automatic backup when study starts
    answer_one(window)
    window.on_back_up_requested()
    wait_for_tasks()
    answer_one(window)
    assert answers(window) == 2
    dialog = BackupsDialog(window)
    qtbot.addWidget(dialog)
    assert [dialog.list.topLevelItem(i).text(1) for i in range(2)] == [
        "you asked for it",
        "automatic, while studying",
    ]
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
    assert [p.name for p in window.store.profiles()] == ["Ana"]


def test_check_database_says_the_database_is_healthy(open_window, wait_for_tasks, message_boxes):
    window = open_window("Ana")
    window.on_check_requested()
    wait_for_tasks()
    assert [(box.title, box.text) for box in message_boxes] == [
        ("Check database", "The database is healthy: no problems found.")
    ]


def test_closing_the_window_takes_a_backup(open_window):
    window = open_window("Ana")
    data_dir = window.data_dir
    window.close()
    assert [backup.reason for backup in maintenance.backups(data_dir)] == ["close"]
