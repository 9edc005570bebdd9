"""The task runner: work off the GUI thread, outcome on it, errors to the presenter."""

import threading

import pytest
from PySide6.QtWidgets import QWidget

from quizapp.core.errors import StorageError
from quizapp.ui import errors, tasks


@pytest.fixture
def parent(qtbot):
    """A widget for tasks to work for."""
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_work_runs_in_a_worker_and_the_result_reaches_the_gui_thread(qtbot, parent, wait_for_tasks):
    threads = {}

    def work(context):
        threads["work"] = threading.current_thread()
        return 42

    def on_success(result):
        threads["success"] = threading.current_thread()
        threads["result"] = result

    tasks.run_in_background(parent, work, on_success)
    wait_for_tasks()
    assert threads["work"] is not threading.main_thread()
    assert threads["success"] is threading.main_thread()
    assert threads["result"] == 42


def test_progress_reaches_the_gui_thread_in_order(qtbot, parent, wait_for_tasks):
    reports = []

    def work(context):
        for done in range(3):
            context.progress("Importing", done, 2)

    tasks.run_in_background(
        parent,
        work,
        lambda _: None,
        on_progress=lambda *report: reports.append((*report, threading.current_thread())),
    )
    wait_for_tasks()
    main = threading.main_thread()
    assert reports == [
        ("Importing", 0, 2, main),
        ("Importing", 1, 2, main),
        ("Importing", 2, 2, main),
    ]


def test_an_environment_error_of_the_work_is_shown_with_its_message(
    qtbot, parent, message_boxes, wait_for_tasks
):
    def work(context):
        raise StorageError("The disk is full. Free some space, then try again.")

    succeeded = []
    tasks.run_in_background(parent, work, succeeded.append, failure_title="Cannot import")
    wait_for_tasks()
    assert succeeded == []
    [box] = message_boxes
    assert (box.title, box.text) == (
        "Cannot import",
        "The disk is full. Free some space, then try again.",
    )


def test_a_bug_in_the_work_gets_the_crash_report_with_its_traceback(
    qtbot, parent, message_boxes, tmp_path, wait_for_tasks
):
    errors.install_hooks(tmp_path)

    def work(context):
        return 1 / 0

    tasks.run_in_background(parent, work, lambda _: None)
    wait_for_tasks()
    [box] = message_boxes
    assert box.title == "quizapp hit a bug"
    assert box.text == (
        "Something went wrong inside quizapp, and what you asked for was not finished. "
        "Every answer saved so far is safe, and you can go on using the app."
    )
    log = tmp_path / "quizapp.log"
    assert box.informative == (
        f"Please give the details and the log file to whoever looks after quizapp: {log}"
    )
    assert "ZeroDivisionError: division by zero" in box.detailed
    assert "in work" in box.detailed
    assert "ZeroDivisionError: division by zero" in log.read_text(encoding="utf-8")


def test_a_failure_goes_to_the_task_s_own_handler_when_it_has_one(
    qtbot, parent, message_boxes, wait_for_tasks
):
    failures = []

    def work(context):
        raise StorageError("locked")

    tasks.run_in_background(parent, work, lambda _: None, on_failure=failures.append)
    wait_for_tasks()
    assert [str(error) for error in failures] == ["locked"]
    assert message_boxes == []


def test_the_work_gets_its_own_connection_and_its_writes_are_seen(
    qtbot, parent, library, now, message_boxes, wait_for_tasks
):
    from quizapp.core import ops

    def work(context):
        store = context.required_store()
        assert store is not library.store
        return ops.choose_profile(store, "Budi", now).name

    names = []
    tasks.run_in_background(parent, work, names.append, store=library.store)
    wait_for_tasks()
    assert message_boxes == []
    assert names == ["Budi"]
    assert "Budi" in [profile.name for profile in library.store.learners.all()]


def test_a_task_of_a_closed_window_does_not_call_back(qtbot, library, wait_for_tasks):
    widget = QWidget()
    started = threading.Event()
    release = threading.Event()

    def work(context):
        started.set()
        release.wait()
        return "done"

    results = []
    tasks.run_in_background(widget, work, results.append)
    started.wait()
    widget.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(widget))
    release.set()
    wait_for_tasks()
    assert results == []
