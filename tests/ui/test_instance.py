"""One app per data folder: a second start brings the first forward instead of opening."""

from PySide6.QtCore import QSysInfo

from quizapp.ui.app import run_app
from quizapp.ui.instance import Instance, Start


def test_a_second_start_on_the_folder_brings_the_first_forward(qtbot, tmp_path, message_boxes):
    first = Instance(tmp_path)
    assert first.claim() is Start.FIRST
    with qtbot.waitSignal(first.activation_requested):
        assert run_app(tmp_path, None, quit_after_show=0) == 0
    assert [(box.title, box.text) for box in message_boxes] == [
        ("Already open", f"quizapp is already open on {tmp_path}; its window was brought forward.")
    ]
    assert not (tmp_path / "quizapp.db").exists()  # the second start opened nothing
    first.release()
    assert run_app(tmp_path, None, quit_after_show=0) == 0  # free again once the first closed


def test_a_lock_left_by_a_crashed_app_is_taken_over(qapp, tmp_path):
    host = QSysInfo.machineHostName()
    (tmp_path / "quizapp.lock").write_text(f"999999999\nquizapp\n{host}\n")  # no such process
    instance = Instance(tmp_path)
    assert instance.claim() is Start.FIRST
    instance.release()


def test_a_folder_that_is_not_a_folder_is_left_to_the_database_to_explain(tmp_path):
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("")
    assert Instance(not_a_folder).claim() is Start.FIRST
