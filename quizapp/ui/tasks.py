"""The one runner of long work (import, export, delete, reports, backups) off the GUI thread.

Like Anki's ``CollectionOp``/``QueryOp``: a core callable runs in a worker thread of Qt's global
thread pool; its result goes to a success callback and any exception to the one presenter
(:func:`quizapp.ui.errors.show_error`), both on the GUI thread. While it runs the app shows a
busy cursor and, if the work takes long, a progress dialog fed by the core's progress callable.

Threading rules:

- The work never touches a widget, and gets no widget: only a :class:`TaskContext`.
- An SQLite connection may be used only by the thread that opened it. So the work never uses
  the window's store: given ``store=``, the runner opens another connection to the same file
  in the worker (:meth:`Store.open_another`), hands it over as ``context.store`` and closes it
  when the work ends. The database is in WAL mode, so the GUI thread keeps reading while the
  task writes; a GUI write meanwhile waits up to the busy timeout, then fails with an error the
  presenter shows (an answer offers Retry).
- The work commits in its own transactions; nothing here runs the event loop
  (``processEvents``) inside one.
- The relay that carries the outcome is owned by Qt (parented to the application) and deleted
  with ``deleteLater`` on the GUI thread once the worker has finished emitting: the last Python
  reference to a task may be dropped in the worker thread, which must never delete a QObject
  that lives in the GUI thread (it crashed about one run in three).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, QThreadPool, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from quizapp.core.storage import Store
from quizapp.ui import errors

T = TypeVar("T")
Progress = Callable[[str, int, int], None]
"""The core's progress callable: (what is being done, steps done, steps in all)."""

PROGRESS_DELAY_MS = 600  # shorter work shows only the busy cursor, no dialog flashing by


@dataclass(frozen=True)
class TaskContext:
    """What the work of a task gets: its own store, and where to report progress.

    Attributes:
        store: A connection of the worker thread (None unless the task was given a store).
        progress: Call with (what, done, total) from the worker; shown on the GUI thread.
    """

    store: Store | None
    progress: Progress

    def required_store(self) -> Store:
        """Return the task's store (the task must have been started with one)."""
        assert self.store is not None, "start the task with store= to use the database"
        return self.store


class _Relay(QObject):
    """Carries the worker's progress and outcome to the GUI thread (it lives there)."""

    progressed = Signal(str, int, int)
    finished = Signal(object, object)  # (result, None) or (None, the exception)


_running: set[Task[Any]] = set()


def running() -> int:
    """Return how many tasks are running (tests wait for 0)."""
    return len(_running)


class Task(Generic[T]):
    """One piece of work in the background; see :func:`run_in_background`."""

    def __init__(
        self,
        parent: QWidget,
        work: Callable[[TaskContext], T],
        on_success: Callable[[T], None],
        *,
        store: Store | None,
        on_failure: Callable[[Exception], None] | None,
        on_progress: Progress | None,
        busy_text: str | None,
        failure_title: str | None,
    ):
        self.parent = parent
        self.work = work
        self.on_success = on_success
        self.store = store
        self.on_failure = on_failure
        self.on_progress = on_progress
        self.failure_title = failure_title
        self.relay = _Relay(QApplication.instance())
        self.emitted = threading.Event()  # set once the worker no longer touches the relay
        self.relay.progressed.connect(self._on_progressed, Qt.ConnectionType.QueuedConnection)
        self.relay.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self.dialog: QProgressDialog | None = None
        if busy_text is not None and on_progress is None:
            self.dialog = QProgressDialog(parent)
            self.dialog.setLabelText(busy_text)
            self.dialog.setCancelButton(None)  # None: no cancel button
            self.dialog.setRange(0, 0)
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(PROGRESS_DELAY_MS)
            self.dialog.setAutoClose(False)
            self.dialog.setValue(0)  # starts the delay before it shows

    def start(self) -> None:
        """Start the work in a worker thread."""
        _running.add(self)
        QApplication.setOverrideCursor(QCursor(Qt.CursorShape.BusyCursor))
        QThreadPool.globalInstance().start(self._run)

    def _run(self) -> None:
        """Do the work (worker thread: no widgets here)."""
        try:
            own_store = self.store.open_another() if self.store is not None else None
            try:
                result = self.work(TaskContext(own_store, self.relay.progressed.emit))
            finally:
                if own_store is not None:
                    own_store.close()
        except Exception as error:  # noqa: BLE001 - handed to the presenter on the GUI thread
            outcome: tuple[Any, Exception | None] = (None, error)
        else:
            outcome = (result, None)
        try:
            self.relay.finished.emit(*outcome)
        finally:
            self.emitted.set()

    def _on_progressed(self, what: str, done: int, total: int) -> None:
        if self.on_progress is not None:
            self.on_progress(what, done, total)
        elif self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.setLabelText(what)
            self.dialog.setMaximum(max(total, 1))
            self.dialog.setValue(min(done, max(total, 1) - 1))  # full would close it early

    def _on_finished(self, result: T, error: Exception | None) -> None:
        """Hand the outcome on (GUI thread)."""
        self.emitted.wait()  # the worker is past its last use of the relay (microseconds)
        self.relay.deleteLater()
        _running.discard(self)
        QApplication.restoreOverrideCursor()
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.reset()
            self.dialog.deleteLater()
        parent_alive = shiboken6.isValid(self.parent)
        if error is None:
            if parent_alive:  # a closed window has nothing left to update
                self.on_success(result)
        elif self.on_failure is not None and parent_alive:
            self.on_failure(error)
        else:
            errors.show_error(error, self.parent if parent_alive else None, self.failure_title)


def run_in_background(
    parent: QWidget,
    work: Callable[[TaskContext], T],
    on_success: Callable[[T], None],
    *,
    store: Store | None = None,
    on_failure: Callable[[Exception], None] | None = None,
    on_progress: Progress | None = None,
    busy_text: str | None = None,
    failure_title: str | None = None,
) -> Task[T]:
    """Run ``work`` in a worker thread and hand its outcome to the GUI thread.

    Args:
        parent: The widget the task works for; if it is deleted before the work ends, the
            success callback is skipped (an error is still shown).
        work: The core call, given a :class:`TaskContext`; it must not touch widgets.
        on_success: Called on the GUI thread with what ``work`` returned.
        store: The window's store: the work then gets its own connection to the same file.
        on_failure: Called on the GUI thread with the exception instead of the presenter
            (a dialog that shows some errors itself passes the others to
            :func:`errors.show_error`).
        on_progress: Called on the GUI thread with the work's progress reports (a dialog
            with its own progress bar); otherwise they feed a progress dialog.
        busy_text: Label of the progress dialog shown if the work takes more than
            :data:`PROGRESS_DELAY_MS` (None: only the busy cursor).
        failure_title: Title of the error dialog (what could not be done).

    Returns:
        The started task.
    """
    task = Task(
        parent,
        work,
        on_success,
        store=store,
        on_failure=on_failure,
        on_progress=on_progress,
        busy_text=busy_text,
        failure_title=failure_title,
    )
    task.start()
    return task
