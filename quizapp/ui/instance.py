"""One app per data folder: a lock file in the folder, and a request file to bring it forward.

Two windows on one learner would overwrite each other's schedule, so a second start on the same
data folder does not open it: it asks the first to come forward and says so. The lock is a
``QLockFile`` (it holds the process id, so a lock left by a crash is taken over). The request
is a line written to a file beside it that the first app watches (``QFileSystemWatcher``):
QtCore only, as QtNetwork is left out of the bundle. The CLI takes no lock: its writes wait for
the app's (SQLite's busy timeout) and explain if the app keeps the database busy.
"""

from __future__ import annotations

from enum import Enum, auto
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QLockFile, QObject, Signal

LOCK_NAME = "quizapp.lock"
REQUEST_NAME = "quizapp.lock.request"


class Start(Enum):
    """What a start on a data folder found."""

    FIRST = auto()  # this is the one app on the folder
    ASKED_FORWARD = auto()  # another app has it and was asked to come forward
    REFUSED = auto()  # another app has it, and the request could not be written


class Instance(QObject):
    """This app's claim on a data folder; emits ``activation_requested`` when started again."""

    activation_requested = Signal()

    def __init__(self, data_dir: Path):
        super().__init__()
        self.data_dir = data_dir
        self.request = data_dir / REQUEST_NAME
        self.lock = QLockFile(str(data_dir / LOCK_NAME))
        self.lock.setStaleLockTime(0)  # only a dead process's lock is stale, however old
        self.watcher: QFileSystemWatcher | None = None

    def claim(self) -> Start:
        """Claim the folder, or ask the app that has it to come forward.

        A folder where no lock can be written (not a folder, read-only) counts as claimed:
        opening the database there says what is wrong.
        """
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError:
            return Start.FIRST
        if self.lock.tryLock(0):
            try:
                self.request.write_text("", encoding="utf-8")
            except OSError:
                return Start.FIRST  # a read-only folder: nobody can ask, nothing to watch
            self.watcher = QFileSystemWatcher([str(self.request)], self)
            self.watcher.fileChanged.connect(self.on_request_changed)
            return Start.FIRST
        if self.lock.error() is not QLockFile.LockError.LockFailedError:
            return Start.FIRST
        try:
            with self.request.open("a", encoding="utf-8") as out:
                out.write("come forward\n")
        except OSError:
            return Start.REFUSED
        return Start.ASKED_FORWARD

    def release(self) -> None:
        """Give the folder up (the app is closing)."""
        if self.watcher is not None:
            self.watcher.removePaths(self.watcher.files())
            self.request.unlink(missing_ok=True)
        self.lock.unlock()

    def on_request_changed(self, path: str) -> None:
        """Another start wrote a request: bring this app forward."""
        if self.request.exists() and self.request.stat().st_size:
            self.request.write_text("", encoding="utf-8")
            self.activation_requested.emit()
