"""Start the Qt application on a data folder."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from quizapp import __version__
from quizapp.core import ops
from quizapp.core.errors import QuizAppError
from quizapp.core.paths import shipped_path
from quizapp.ui import errors, i18n
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
    library = ops.open_library(data_dir)
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
    if quit_after_show is not None:
        _QuitAfterShow(window, quit_after_show)
    elif window.first_run:
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


class _QuitAfterShow(QObject):
    """Reports the home page's first paint, then closes the window after a delay."""

    def __init__(self, window: MainWindow, delay: float):
        super().__init__(window)
        self.window_ = window
        self.delay_ms = round(delay * 1000)
        window.home.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Wait for the home page's first paint; the rest of the frame follows in the same pass."""
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.on_home_painted)
        return False

    def on_home_painted(self) -> None:
        """Say the home screen is up, then close the window (which closes the database)."""
        print("home screen shown", flush=True)
        QTimer.singleShot(self.delay_ms, self.window_.close)
