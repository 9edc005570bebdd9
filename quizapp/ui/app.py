"""Start the Qt application on a data folder."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from quizapp import __version__
from quizapp.core import ops
from quizapp.core.errors import QuizAppError
from quizapp.core.paths import shipped_path
from quizapp.ui import errors, i18n, tasks
from quizapp.ui.instance import Instance, Start
from quizapp.ui.main_window import MainWindow, utc_now


def create_application(argv: list[str] | None = None) -> QApplication:
    """Return the QApplication, creating it with the app's name and icon if needed."""
    app = QApplication.instance() or QApplication(argv or sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("quizapp")
    app.setApplicationDisplayName("ASEAN Quiz")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(shipped_path("resources") / "icons" / "quizapp.svg")))
    return app


def open_main_window(data_dir: Path, profile_name: str | None) -> MainWindow:
    """Open the library in ``data_dir`` and return a main window on it (not yet shown).

    Raises:
        QuizAppError: the bank or the database cannot be used, or there is no such learner.
    """
    library = ops.open_library(data_dir, check_later=True)  # checked once the home is up
    first_run = not library.store.learners.all()
    app = create_application()
    i18n.install(app, i18n.system_language(QLocale.system()))  # for the first learner's name
    default_name = app.translate("MainWindow", "Learner")
    try:
        profile = ops.existing_profile(library.store, profile_name, utc_now(), default_name)
    except QuizAppError:
        library.store.close()
        raise
    window = MainWindow(library, profile)
    window.first_run = first_run
    return window


def run_app(data_dir: Path, profile_name: str | None, quit_after_show: float | None = None) -> int:
    """Show the main window and run until it closes; return the exit code.

    Args:
        data_dir: The folder of the database.
        profile_name: The learner to open, or None for the first one.
        quit_after_show: If given, print ``home screen shown`` once the home page has been
            painted and close the window this many seconds later (smoke tests, benchmarks).

    Once the home page has been painted, the database's start-up check runs in the background
    (:func:`check_in_background`).
    """
    app = create_application()
    errors.install_hooks(data_dir)
    instance = Instance(data_dir)
    start = instance.claim()
    if start is not Start.FIRST:
        _say_already_open(data_dir, start)
        return 0 if start is Start.ASKED_FORWARD else 1
    try:
        window = open_main_window(data_dir, profile_name)
    except QuizAppError as error:
        instance.release()
        errors.show_error(error, None, app.translate("app", "Cannot open quizapp"))
        return 1
    instance.activation_requested.connect(lambda: _bring_forward(window))

    def on_home_painted() -> None:
        check_in_background(window)
        if quit_after_show is not None:
            print("home screen shown", flush=True)
            QTimer.singleShot(round(quit_after_show * 1000), window.close)

    _AfterFirstPaint(window.home, on_home_painted)
    if quit_after_show is None and window.first_run:
        QTimer.singleShot(0, window.on_welcome_requested)
    window.show()
    try:
        return app.exec()
    finally:
        instance.release()


def _say_already_open(data_dir: Path, start: Start) -> None:
    """Tell a second start on the folder that quizapp already has it open."""
    if start is Start.ASKED_FORWARD:
        text = QCoreApplication.translate(
            "app", "quizapp is already open on %1; its window was brought forward."
        )
    else:
        text = QCoreApplication.translate(
            "app",
            "quizapp is already open on %1, and cannot be asked to come forward (the "
            "folder is read-only). Switch to its window.",
        )
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("app", "Already open"),
        text.replace("%1", str(data_dir)),
    )
    box.exec()


def _bring_forward(window: MainWindow) -> None:
    """Show the window on top: the user started quizapp again."""
    window.showNormal()
    window.raise_()
    window.activateWindow()


def check_in_background(window: MainWindow) -> None:
    """Run the database's start-up check, if it is still to run, through the task runner.

    The home screen is up, read from a database not yet checked (see ``open_store``'s
    ``check_later``); every write waits for this check. If it finds the database damaged, the
    app refuses it as it would have at open: the error is shown, the window closes without
    writing anything (no backup either) and the app ends with exit code 1.
    """
    start_check = window.store.start_check
    if start_check is None or start_check.passed:
        return

    def on_failure(error: Exception) -> None:
        if not isinstance(error, QuizAppError):
            errors.show_error(error, window)  # a bug: reported; the next write checks again
            return
        errors.show_error(error, None, QCoreApplication.translate("app", "Cannot open quizapp"))
        window.store.close()
        window.store_closed = True  # closing takes no backup of it
        window.close()
        QTimer.singleShot(0, lambda: QCoreApplication.exit(1))  # once the close is done

    tasks.run_in_background(
        window, lambda _context: start_check.run(), lambda _: None, on_failure=on_failure
    )


class _AfterFirstPaint(QObject):
    """Calls back once a widget has been painted for the first time."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]):
        super().__init__(widget)
        self.callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Wait for the first paint; the rest of the frame follows in the same pass."""
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.callback)
        return False
