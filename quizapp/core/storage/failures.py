"""Turning SQLite and file-system failures into the app's own errors, each saying what to do.

Storage is the boundary: nothing above it sees a ``sqlite3`` error caused by the environment
(a full disk, a read-only folder, a busy or damaged file). SQLite errors that mean a bug in our
SQL (a constraint, a syntax error) pass through unchanged, to be reported as bugs.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from quizapp.core.errors import (
    DatabaseDamagedError,
    DatabaseLockedError,
    DataFolderError,
    DeletedMeanwhileError,
    DiskFullError,
    ReadOnlyError,
    StorageError,
)
from quizapp.core.messages import QT_TRANSLATE_NOOP, Message

BUSY_TIMEOUT_MS = 5000
"""How long a write waits for another program's write to finish before explaining."""

_NEARLY_FULL_BYTES = 1 << 20  # less free space than this: a write error is the full disk

# SQLite's primary result codes (the low byte of an extended code).
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 10, 11, 13, 14, 26
_CONSTRAINT_FOREIGNKEY = 787  # an extended code: SQLITE_CONSTRAINT | (3 << 8)

RestoreAdvice = Callable[[], Message]
"""Returns what a user with a damaged database can do (it depends on the backups there are)."""


def disk_full_error(path: Path) -> DiskFullError:
    """Return the error for a write refused because the disk is full."""
    return DiskFullError(
        Message(
            QT_TRANSLATE_NOOP(
                "core",
                "The disk holding {path} is full, so the last change was not saved; everything "
                "saved before is safe. Free some space on that disk, then try again.",
            ),
            {"path": path},
        )
    )


def read_only_error(path: Path) -> ReadOnlyError:
    """Return the error for a write refused because the file or its folder is read-only."""
    return ReadOnlyError(
        Message(
            QT_TRANSLATE_NOOP(
                "core",
                "{path} cannot be written: the file or its folder is read-only, so the last "
                "change was not saved. Make the folder writable (or copy the data folder "
                "somewhere writable and use that), then try again.",
            ),
            {"path": path},
        )
    )


def storage_error(
    error: sqlite3.Error | OSError, path: Path, advice: RestoreAdvice
) -> StorageError | None:
    """Return the app's error for an environment failure, or None when it is a bug of ours.

    Args:
        error: what SQLite or the operating system raised.
        path: the database file, named in the message.
        advice: what to do about a damaged file (called only then).
    """
    if isinstance(error, OSError):
        return _os_error(error, path)
    code = getattr(error, "sqlite_errorcode", 0) & 0xFF
    if getattr(error, "sqlite_errorcode", 0) == _CONSTRAINT_FOREIGNKEY:
        # Our writes name rows that exist when the user acts; only another window or a
        # command deleting them meanwhile makes a reference dangle.
        return DeletedMeanwhileError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "What this change refers to (a learner or a question) was deleted meanwhile, "
                    "in another window or by a command, so it was not saved. Go back to the home "
                    "screen and choose again.",
                )
            )
        )
    if code == _FULL:
        return disk_full_error(path)
    if code == _READONLY:
        return read_only_error(path)
    if code in (_BUSY, _LOCKED):
        return DatabaseLockedError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "{path} is busy: another quizapp window or command kept writing to it for "
                    "more than {seconds} seconds, so the last change was not saved. Wait for it "
                    "to finish (or close the other window), then try again.",
                ),
                {"path": path, "seconds": BUSY_TIMEOUT_MS // 1000},
            )
        )
    if code in (_CORRUPT, _NOTADB):
        return DatabaseDamagedError(
            Message(
                QT_TRANSLATE_NOOP("core", "{path} is damaged ({error}). {advice}"),
                {"path": path, "error": error, "advice": advice()},
            )
        )
    if code == _IOERR:
        if _nearly_full(path):
            return disk_full_error(path)
        return StorageError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "{path} could not be read or written (the disk reported an error), so the "
                    "last change was not saved. Check that the disk is still attached and "
                    "working, then try again.",
                ),
                {"path": path},
            )
        )
    if code == _CANTOPEN:
        if path.parent.is_dir() and not os.access(path.parent, os.W_OK):
            # A WAL database needs its folder writable, even to be read.
            return ReadOnlyError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "{path} cannot be opened: its folder is read-only. Make the folder "
                        "writable (or copy the data folder somewhere writable and use that), then "
                        "try again.",
                    ),
                    {"path": path},
                )
            )
        return DataFolderError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "{path} cannot be opened: its folder is missing, or not a folder, or not "
                    "readable. Choose another data folder.",
                ),
                {"path": path},
            )
        )
    return None


def _os_error(error: OSError, path: Path) -> StorageError:
    if isinstance(error, PermissionError):
        return DataFolderError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "{path} cannot be opened: permission denied. Give your user access to it, or "
                    "choose another data folder.",
                ),
                {"path": path},
            )
        )
    if error.errno == 28:  # ENOSPC
        return disk_full_error(path)
    if error.errno == 30:  # EROFS
        return read_only_error(path)
    return DataFolderError(
        Message(
            QT_TRANSLATE_NOOP(
                "core",
                "{path} cannot be opened ({reason}). Choose another data folder.",
            ),
            {"path": path, "reason": error.strerror or error},
        )
    )


def _nearly_full(path: Path) -> bool:
    try:
        return shutil.disk_usage(path.parent).free < _NEARLY_FULL_BYTES
    except OSError:
        return False


@contextmanager
def translated(path: Path, advice: RestoreAdvice) -> Iterator[None]:
    """Raise the app's own error for an environment failure inside the block.

    Raises:
        StorageError: a subclass telling what happened and what to do.
    """
    try:
        yield
    except (sqlite3.Error, OSError) as error:
        mapped = storage_error(error, path, advice)
        if mapped is None:
            raise
        raise mapped from error
