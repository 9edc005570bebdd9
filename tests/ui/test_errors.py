"""The presenter: environment errors get a clear dialog, bugs a crash report; the app goes on."""

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from quizapp.core.errors import ProfileError, StorageError
from quizapp.ui import errors

CRASH_TEXT = (
    "Something went wrong inside quizapp, and what you asked for was not finished. "
    "Every answer saved so far is safe, and you can go on using the app."
)


def test_a_bug_raised_in_a_slot_gets_the_crash_report_and_the_app_goes_on(
    qtbot, tmp_path, message_boxes
):
    errors.install_hooks(tmp_path)
    button = QPushButton("Go")
    qtbot.addWidget(button)
    clicks = []

    def on_clicked():
        clicks.append(1)
        if len(clicks) == 1:
            raise KeyError("no such page")

    button.clicked.connect(on_clicked)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    [box] = message_boxes
    assert (box.title, box.text) == ("quizapp hit a bug", CRASH_TEXT)
    assert box.detailed.endswith("KeyError: 'no such page'\n")
    assert "KeyError: 'no such page'" in (tmp_path / "quizapp.log").read_text(encoding="utf-8")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # still running, still answering
    assert len(clicks) == 2
    assert len(message_boxes) == 1


def test_an_environment_error_escaping_a_slot_gets_its_message_not_a_crash_report(
    qtbot, tmp_path, message_boxes
):
    errors.install_hooks(tmp_path)
    button = QPushButton("Go")
    qtbot.addWidget(button)

    def on_clicked():
        raise StorageError("The disk is full. Free some space, then try again.")

    button.clicked.connect(on_clicked)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    [box] = message_boxes
    assert (box.title, box.text, box.detailed) == (
        "Cannot do that",
        "The disk is full. Free some space, then try again.",
        "",
    )


def test_a_bug_in_a_thread_is_reported_on_the_gui_thread(qtbot, tmp_path, message_boxes):
    errors.install_hooks(tmp_path)

    def crash():
        raise RuntimeError("worker broke")

    thread = threading.Thread(target=crash)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(message_boxes) == 1)
    assert message_boxes[0].detailed.endswith("RuntimeError: worker broke\n")


def test_retry_runs_the_write_again_until_it_is_done(qtbot, message_boxes):
    attempts = []

    def write():
        attempts.append(1)
        if len(attempts) < 3:
            raise StorageError("The database is busy.")
        return "saved"

    message_boxes.answers = ["Retry", "Retry"]
    assert errors.retry_until_done(None, "Your answer was not saved", write) == (True, "saved")
    assert len(attempts) == 3
    assert [(box.title, box.text, box.buttons) for box in message_boxes] == [
        ("Your answer was not saved", "The database is busy.", ["Retry", "Cancel"])
    ] * 2
    assert message_boxes[0].informative == (
        "Nothing you did is lost: it stays on screen. Retry once the problem is fixed."
    )


def test_cancel_gives_up_the_write(qtbot, message_boxes):
    def write():
        raise ProfileError("Learner 'Ana' no longer exists.")

    message_boxes.answers = ["Cancel"]
    assert errors.retry_until_done(None, "Not saved", write) == (False, None)


def test_the_log_rotates_in_the_data_folder(qtbot, tmp_path, message_boxes):
    errors.install_hooks(tmp_path)
    for _ in range(errors.LOG_MAX_BYTES // 1000 * 2):
        errors.log.info("x" * 1000)
    assert errors.log_path() == tmp_path / "quizapp.log"
    assert (tmp_path / "quizapp.log.1").exists()
    assert (tmp_path / "quizapp.log").stat().st_size <= errors.LOG_MAX_BYTES
