"""Start the Qt application on a data folder."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from quizapp import __version__
from quizapp.core import ops
from quizapp.core.errors import QuizAppError
from quizapp.core.paths import shipped_path
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
        QuizAppError: the bank or the database cannot be used.
    """
    library = ops.open_library(data_dir)
    profile = ops.choose_profile(library.store, profile_name, utc_now())
    return MainWindow(library, profile)


def run_app(data_dir: Path, profile_name: str | None) -> int:
    """Show the main window and run until it closes; return the exit code."""
    app = create_application()
    try:
        window = open_main_window(data_dir, profile_name)
    except QuizAppError as error:
        QMessageBox.critical(None, app.translate("app", "Cannot open quizapp"), str(error))
        return 1
    window.show()
    return app.exec()
