"""Errors the core raises: one base class, narrow subclasses, messages meant for the user.

A message says what went wrong and what to do without naming a CLI option or a button: where
the CLI and the GUI would say the action differently, it carries a
:class:`~quizapp.core.messages.Remedy` that each of them phrases.
"""

from dataclasses import dataclass
from pathlib import Path

from quizapp.core.messages import QT_TRANSLATE_NOOP, Message, Remedy


class QuizAppError(Exception):
    """Base of every error caused by the user's input or environment (not a bug)."""

    def __init__(self, message: str | Message = ""):
        self.message = message if isinstance(message, Message) else Message(message)
        """What went wrong and what to do, for the front end to put in its words."""
        super().__init__(str(self.message))


@dataclass(frozen=True)
class Problem:
    """One problem found in a question file, located by file and line."""

    path: Path
    line: int
    message: str | Message

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class QuestionFileError(QuizAppError):
    """One or more question files are malformed; nothing was loaded from them."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class StorageError(QuizAppError):
    """The database cannot be used or written; what was saved before is kept."""


class DatabaseTooNewError(StorageError):
    """The database was written by a newer version of quizapp."""


class DatabaseUnreadableError(StorageError):
    """The database file is damaged or is not a quizapp database."""


class DatabaseDamagedError(DatabaseUnreadableError):
    """The database file is damaged (SQLite reports it malformed or its check fails)."""


class ForeignDatabaseError(DatabaseUnreadableError):
    """The file is not a quizapp database (another program's, or not SQLite at all)."""


class DataFolderError(StorageError):
    """The data folder or the database file cannot be opened (not a folder, no permission)."""


class DiskFullError(StorageError):
    """The disk holding the database is full; the change was not saved."""


class ReadOnlyError(StorageError):
    """The database file or its folder is read-only; the change was not saved."""


class DatabaseLockedError(StorageError):
    """Another program kept the database busy for longer than we wait; nothing was saved."""


class DeletedMeanwhileError(StorageError):
    """What a change refers to (a learner, a question) was deleted by another window meanwhile."""


class ProfileDeletedError(DeletedMeanwhileError):
    """The learner was deleted (in another window) while this one was using it; nothing saved."""

    def __init__(self, name: str):
        super().__init__(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The learner '{name}' was deleted, perhaps in another quizapp window, so "
                    "this was not saved for them.",
                ),
                {"name": name},
            )
        )


class BackupError(QuizAppError):
    """A backup cannot be made, found or restored; the database is unchanged."""


class ProfileError(QuizAppError):
    """A learner profile name is invalid, taken, or unknown."""


class SetNotFoundError(QuizAppError):
    """No question set has the id the user gave."""


class SetRenameError(QuizAppError):
    """A set cannot take the title the user gave."""


class QuestionEditError(QuizAppError):
    """A question edited in the app is not valid, or its set cannot be edited; nothing was saved."""


class SetDeleteError(QuizAppError):
    """A set cannot be deleted (it is built in); nothing was changed."""


class ImportOverwriteError(QuizAppError):
    """An import would replace questions that another file put into a set; ask first."""

    def __init__(self, replaced: str):
        self.replaced = replaced
        """How many questions of which sets, as ``1 in 'class'``."""
        super().__init__(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "This would replace questions that another file put into the set "
                    "({replaced}). {remedy}",
                ),
                {"replaced": replaced},
                Remedy.REPLACE_OR_COPY,
            )
        )


class ExportError(QuizAppError):
    """A file the user asked for cannot be written; any older file there is unchanged."""


class TooFewAnswersError(QuizAppError):
    """A learner has too few answers yet for their own scheduling parameters."""


def cannot_read(error: OSError) -> Message:
    """Return the problem of a file the operating system cannot read."""
    return Message(
        QT_TRANSLATE_NOOP("core", "cannot read the file: {reason}"), {"reason": error.strerror}
    )
