"""The one presenter of errors: a dialog for input or environment errors, a crash report for bugs.

Every error the UI meets ends here: a :class:`~quizapp.core.errors.QuizAppError` (a file that
cannot be read, a full disk, a learner deleted elsewhere) is shown as what went wrong and what to
do; anything else is a bug, logged with its traceback to ``quizapp.log`` in the data folder and
shown as a crash report that names that file, and the app keeps running. :func:`install_hooks`
sends exceptions that escape a Qt slot (``sys.excepthook``) or a thread (``threading.excepthook``)
here too, so no traceback reaches the user any other way.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from quizapp.core.errors import Problem, QuestionFileError, QuizAppError
from quizapp.core.messages import CONTEXT, Message, Remedy

LOG_NAME = "quizapp.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3  # quizapp.log.1 … .3: at most 4 MB of log in the data folder

log = logging.getLogger("quizapp")
T = TypeVar("T")


def show_error(
    error: BaseException, parent: QWidget | None = None, title: str | None = None
) -> None:
    """Show ``error`` to the user the one way it should be shown; the app keeps running.

    Args:
        error: What went wrong.
        parent: The window the dialog belongs to (None: the active window).
        title: What could not be done (``Cannot import``); a general title if None. Bugs
            always get the crash report's own title.
    """
    if isinstance(error, QuizAppError):
        log.warning("%s: %s", title or "error", error)
        _with_ok(
            _message_box(
                parent,
                QMessageBox.Icon.Warning,
                title or QCoreApplication.translate("errors", "Cannot do that"),
                describe(error),
            )
        ).exec()
    else:
        report_bug(error, parent)


def core_text(text: str) -> str:
    """Return a text core marked for translation (``QT_TRANSLATE_NOOP``) in the UI language."""
    return QCoreApplication.translate(CONTEXT, text)


def describe(error: QuizAppError) -> str:
    """Return what went wrong and what to do, in the UI language and the GUI's own words.

    A file with problems gives one ``file:line: problem`` line per problem.
    """
    if isinstance(error, QuestionFileError):
        return "\n".join(describe_problem(problem) for problem in error.problems)
    return in_words(error.message)


def describe_problem(problem: Problem) -> str:
    """Return one problem of a file as ``file:line: what is wrong``, in the UI language."""
    return f"{problem.path}:{problem.line}: {in_words(problem.message)}"


def in_words(message: Message | str) -> str:
    """Return a core message in the UI language, its remedy in the GUI's own words.

    A plain text (one core has not marked yet) is shown as it is.
    """
    return message.text(core_text, _say) if isinstance(message, Message) else message


def _say(remedy: Remedy) -> str:
    """Return what to do about a problem, naming the control of the app that does it."""
    translate = QCoreApplication.translate
    return {
        Remedy.CHOOSE_FORMAT: translate("errors", "choose its format in the Format list"),
        Remedy.CHOOSE_SEPARATOR: translate(
            "errors", "fix the file's #separator line (tab, comma, semicolon or bar)"
        ),
        Remedy.CHOOSE_COLUMNS: translate(
            "errors", "choose what each column holds in the list above the preview"
        ),
        Remedy.CHOOSE_ANOTHER_SET: translate("errors", "type another set in Into the set"),
        Remedy.IMPORT_AS_COPY: translate(
            "errors", "tick Import as a copy and import again to have it in both sets"
        ),
        Remedy.EXPORT_PROGRESS: translate("errors", "make one with Reports, Export my progress"),
        Remedy.REPLACE_OR_COPY: translate(
            "errors",
            "Import again and answer Yes when asked to replace them, or tick Import as a "
            "copy to keep both.",
        ),
    }[remedy]


def retry_until_done(
    parent: QWidget | None,
    title: str,
    write: Callable[[], T],
    passes: tuple[type[QuizAppError], ...] = (),
) -> tuple[bool, T | None]:
    """Run a write; while it fails for a reason of the environment, say why and offer Retry.

    Used for writes the user must not lose (an answer, a renamed learner): the caller keeps
    its work on screen until the write is done.

    Args:
        parent: The window the dialog belongs to.
        title: What was not saved (``Your answer was not saved``).
        write: The write, run again on Retry.
        passes: Errors that no retry can fix, raised to the caller to handle.

    Returns:
        ``(True, what write returned)`` once it succeeded; ``(False, None)`` if the user gave
        up (Cancel) or a bug stopped it (reported with :func:`report_bug`).
    """
    while True:
        try:
            return True, write()
        except QuizAppError as error:
            if isinstance(error, passes):
                raise
            log.warning("%s: %s", title, error)
            box = _message_box(parent, QMessageBox.Icon.Warning, title, describe(error))
            box.setInformativeText(
                QCoreApplication.translate(
                    "errors",
                    "Nothing you did is lost: it stays on screen. Retry once the problem is fixed.",
                )
            )
            retry = box.addButton(
                QCoreApplication.translate("errors", "Retry"), QMessageBox.ButtonRole.AcceptRole
            )
            box.addButton(
                QCoreApplication.translate("errors", "Cancel"), QMessageBox.ButtonRole.RejectRole
            )
            box.setDefaultButton(retry)
            box.exec()
            if box.clickedButton() is not retry:
                return False, None
        except Exception as error:  # noqa: BLE001 - the presenter is the edge where bugs are caught
            report_bug(error, parent)
            return False, None


_crash_dialog_open = False


def report_bug(error: BaseException, parent: QWidget | None = None) -> None:
    """Log a bug with its traceback and show the crash report; the app keeps running.

    While one crash report is open, further bugs are only logged, so that a bug repeating in
    a timer does not bury the user under dialogs.
    """
    global _crash_dialog_open
    log.error("bug", exc_info=(type(error), error, error.__traceback__))
    if _crash_dialog_open or QApplication.instance() is None:
        return
    details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    box = _message_box(
        parent,
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("errors", "quizapp hit a bug"),
        QCoreApplication.translate(
            "errors",
            "Something went wrong inside quizapp, and what you asked for was not finished. "
            "Every answer saved so far is safe, and you can go on using the app.",
        ),
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "errors", "Please give the details and the log file to whoever looks after quizapp: %1"
        ).replace("%1", str(log_path() or QCoreApplication.translate("errors", "(no log file)")))
    )
    box.setDetailedText(details)
    _with_ok(box)
    _crash_dialog_open = True
    try:
        box.exec()
    finally:
        _crash_dialog_open = False


def _message_box(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str
) -> QMessageBox:
    box = QMessageBox(icon, title, text, parent=parent or QApplication.activeWindow())
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def _with_ok(box: QMessageBox) -> QMessageBox:
    """Give a box an OK button in the UI language (Qt's own has no Indonesian)."""
    box.addButton(QCoreApplication.translate("errors", "OK"), QMessageBox.ButtonRole.AcceptRole)
    return box


# -- hooks and the log file ----------------------------------------------------------------------


class _ThreadBugRelay(QObject):
    """Carries a bug raised in another thread to the GUI thread, where dialogs can be shown."""

    raised = Signal(object)


_relay: _ThreadBugRelay | None = None


def install_hooks(data_dir: Path | None) -> None:
    """Send every uncaught exception to :func:`report_bug`, and log to the data folder.

    Call on the GUI thread once the QApplication exists.

    Args:
        data_dir: The folder of the database; the rotating log ``quizapp.log`` goes there.
            None: log nowhere but still show crash reports (the folder cannot be used).
    """
    global _relay
    if data_dir is not None:
        _log_to(data_dir / LOG_NAME)
    _relay = _ThreadBugRelay()
    _relay.raised.connect(report_bug)
    sys.excepthook = _on_uncaught
    threading.excepthook = _on_uncaught_in_thread


class _LogFile(logging.Handler):
    """The rotating log in the data folder, opened at its first record, not at start.

    ``logging.handlers`` (with sockets, pickle and queues) is loaded only then, so that the
    home screen appears sooner (issue 15). A folder that cannot be written logs nowhere: the
    database will say so, clearly.
    """

    def __init__(self, path: Path):
        super().__init__()
        self.path = path
        self.file: logging.Handler | None = None
        self.unwritable = False

    def emit(self, record: logging.LogRecord) -> None:
        """Write ``record`` to the log file, opening it first if needed."""
        if self.file is None and not self.unwritable:
            from logging.handlers import RotatingFileHandler

            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self.file = RotatingFileHandler(
                    self.path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
                )
            except OSError:
                self.unwritable = True
            else:
                self.file.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        if self.file is not None:
            self.file.emit(record)

    def close(self) -> None:
        """Close the log file, if it was opened."""
        if self.file is not None:
            self.file.close()
        super().close()


def _log_to(path: Path) -> None:
    for handler in list(log.handlers):
        log.removeHandler(handler)
        handler.close()
    log.addHandler(_LogFile(path))
    log.setLevel(logging.INFO)
    log.propagate = False


def log_path() -> Path | None:
    """Return the log file the app writes to, or None if it has none."""
    for handler in log.handlers:
        if isinstance(handler, _LogFile) and not handler.unwritable:
            return handler.path
    return None


def _on_uncaught(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    """``sys.excepthook``: an exception escaped a Qt slot or the main code."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    show_error(error.with_traceback(tb))


def _on_uncaught_in_thread(args: threading.ExceptHookArgs) -> None:
    """``threading.excepthook``: an exception escaped a thread; report it on the GUI thread."""
    if args.exc_value is None:
        return
    if _relay is None:
        threading.__excepthook__(args)
        return
    _relay.raised.emit(args.exc_value)
