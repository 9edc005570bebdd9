"""The quizapp database: opening it safely, and the store that holds its one connection."""

from __future__ import annotations

import os
import sqlite3
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from quizapp.core.errors import (
    DatabaseDamagedError,
    DatabaseTooNewError,
    DatabaseUnreadableError,
    DataFolderError,
    ForeignDatabaseError,
    StorageError,
)
from quizapp.core.files import new_file_mode
from quizapp.core.messages import QT_TRANSLATE_NOOP, Message
from quizapp.core.storage.backups import Backup, restore_advice, take_backup
from quizapp.core.storage.connection import Connection
from quizapp.core.storage.exams import ExamStore
from quizapp.core.storage.failures import BUSY_TIMEOUT_MS, storage_error, translated
from quizapp.core.storage.learners import LearnerStore
from quizapp.core.storage.migrations import MIGRATIONS, known_migration_names
from quizapp.core.storage.part import StorePart, immediate
from quizapp.core.storage.questions import QuestionStore
from quizapp.core.storage.records import to_ms
from quizapp.core.storage.reviews import ReviewStore

DATABASE_NAME = "quizapp.db"
APPLICATION_ID = 0x51554941  # "QUIA": marks the file as ours (PRAGMA application_id)
_SQLITE_HEADER = b"SQLite format 3\x00"
QUICK_CHECK_BUDGET_S = 0.1
"""At most this long is spent checking the database when it opens (see :func:`open_store`)."""
WAL_CHECKPOINT_PAGES = 300
"""Copy the write-ahead log into the database once it holds this many pages (SQLite: 1000).

SQLite starts a new log at each opening and writes it from the start again after a
checkpoint. While the log grows, every commit's sync must also record the file's new size;
once it is written over, a commit syncs only its pages, about 50 µs less per answer on ext4
(issue 15: an answer is 6 pages, so the default kept the first 166 answers of every start
growing the log). Over 1,000 answers, 300 pages gave the lowest mean and 90th percentile of
300, 100 and 1000; at 100 the more frequent checkpoints cost more than they saved.
"""


def open_store(
    path: Path, *, quick_check: bool = True, durable: bool = True, check_later: bool = False
) -> Store:
    """Open (or create) the database at ``path``, migrating it if it is older.

    A file that is there is first read only, and refused unless it is a quizapp database this
    version can use: nothing of another program's file is ever changed. Then the start-up check
    runs: SQLite's ``quick_check``, given :data:`QUICK_CHECK_BUDGET_S` at most, so that a large
    database still opens quickly (the full check is :meth:`Store.integrity_problems`, run by
    "Check database"). A new database is built beside ``path`` and moved into place whole.

    With ``check_later``, a database that needs no migration opens read only, unchecked: the
    store's :attr:`Store.start_check` is then the whole ``quick_check``, for the app to run in
    the background once its first screen is up. Every write waits for it (the first one to
    come runs it), and only a database that passed is opened for writing: a damaged one is
    refused by the first write, with the same error, and left exactly as it was.

    Args:
        path: the database file.
        quick_check: run the start-up check (off to open a damaged file for repair).
        durable: wait for the disk on every commit (``synchronous = FULL``). Off only for
            tests that do not test durability: a crash of the machine may then lose commits.
        check_later: leave the start-up check to :attr:`Store.start_check` (the app's start).

    Raises:
        ForeignDatabaseError: the file is not a quizapp database.
        DatabaseDamagedError: the file is damaged.
        DatabaseTooNewError: a newer quizapp wrote it.
        DataFolderError, ReadOnlyError, DiskFullError, DatabaseLockedError: see their messages.
        In every case the file is left exactly as it was.
    """
    with translated(path, lambda: restore_advice(path)):
        _check_location(path)
        current = False
        if path.exists() and path.stat().st_size > 0:
            current = _check_existing(path, quick_check and not check_later)
            if current and quick_check and check_later:
                start_check = StartCheck(path)
                db = _connect(path, durable, start_check)
                return Store(db, path, durable=durable, start_check=start_check)
            if not current and quick_check and check_later:
                _check_existing(path, quick_check=True)  # a migration writes: check first
        else:
            _create(path, durable)
        db = _connect(path, durable)
        if not current:
            try:
                _migrate(db, path)
            except BaseException:
                db.close()
                raise
    return Store(db, path, durable=durable)


class StartCheck:
    """The start-up check of a database opened before it was checked (see :func:`open_store`).

    :meth:`run` runs it once: the app calls it in the background, and every write calls it
    first, so the first caller checks and later ones wait for (or are given) the outcome.
    Thread-safe.
    """

    def __init__(self, path: Path):
        self.path = path
        self.passed = False
        self._lock = threading.Lock()
        self._error: StorageError | None = None

    def run(self) -> None:
        """Check the database unless it was checked; raise what the check found.

        Raises:
            DatabaseDamagedError: the file is damaged (the message is the one opening it gives).
            StorageError: the file cannot be read, or is no longer a quizapp database.
        """
        with self._lock:
            if not self.passed and self._error is None:
                try:
                    with translated(self.path, lambda: restore_advice(self.path)):
                        _check_existing(self.path, quick_check=True, budget_s=None)
                except StorageError as error:
                    self._error = error
                else:
                    self.passed = True
        if self._error is not None:
            raise self._error


def _check_location(path: Path) -> None:
    """Refuse a data folder that is not a folder, and a database path that is not a file."""
    for parent in path.parents:
        if parent.exists():
            if not parent.is_dir():
                raise DataFolderError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "core",
                            "{parent} is not a folder, so it cannot hold the app's data. Choose a "
                            "folder for the app's data.",
                        ),
                        {"parent": parent},
                    )
                )
            break
    if path.is_dir():
        raise DataFolderError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "{path} is a folder, not a database file; it was left untouched. Choose "
                    "another data folder.",
                ),
                {"path": path},
            )
        )
    if path.exists() and not path.is_file():
        raise DataFolderError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "{path} is not a regular file; it was left untouched. Choose another data "
                    "folder.",
                ),
                {"path": path},
            )
        )


def _connect(path: Path, durable: bool, start_check: StartCheck | None = None) -> Connection:
    """Open the database for reading and writing: WAL, durable commits, foreign keys.

    While ``start_check`` has not passed, the connection is read only, and its first write
    runs (or waits for) the check, then opens the file for writing.
    """
    if start_check is None or start_check.passed:
        db = Connection(path)
        _configure(db, durable)
        return db
    db = Connection(path, read_only=True)
    _configure(db, durable, read_only=True)

    def before_write() -> None:
        start_check.run()
        db.before_write = None
        db.reopen_for_writing()
        _configure(db, durable)

    db.before_write = before_write
    return db


def _configure(db: Connection, durable: bool, *, read_only: bool = False) -> None:
    """Set the connection's pragmas: WAL (unless read only), durable commits, foreign keys."""
    db.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    if not read_only:
        db.conn.execute("PRAGMA journal_mode = wal")
        db.conn.execute(f"PRAGMA wal_autocheckpoint = {WAL_CHECKPOINT_PAGES}")
    db.conn.execute(f"PRAGMA synchronous = {'FULL' if durable else 'OFF'}")
    db.conn.execute("PRAGMA foreign_keys = ON")


def _create(path: Path, durable: bool) -> None:
    """Build a new, fully migrated database beside ``path`` and move it into place.

    A crash while building leaves only a temporary file, never a half-made database. If
    another process created the database meanwhile, its database is kept. Not ``durable``:
    nothing waits for the disk (for tests).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".new", dir=path.parent)
    os.close(handle)
    building = Path(name)
    try:
        db = Connection(building)
        try:
            if not durable:
                db.execute("PRAGMA synchronous = OFF")
            _apply_migrations(db)
        finally:
            db.close()
        with building.open("rb+") as built:
            os.chmod(built.fileno(), new_file_mode())  # as any new file, not 0600
            if durable:
                os.fsync(built.fileno())
        if path.exists() and path.stat().st_size == 0:
            path.unlink()  # an empty file holds no data: it is a new database
        try:
            os.link(building, path)  # never replaces a database made meanwhile
        except FileExistsError:
            pass
        except OSError:  # no hard links on this file system (FAT, some network folders)
            if not path.exists():
                os.replace(building, path)
    finally:
        building.unlink(missing_ok=True)


def _migrate(db: Connection, path: Path) -> None:
    """Apply pending migrations, backing the database up first if it holds data."""
    if MIGRATIONS.pending(db) and MIGRATIONS.applied(db):
        first = MIGRATIONS.pending(db)[0].name
        take_backup(db.conn, path, datetime.now(UTC), f"before-{first.replace('_', '-')}")
    _apply_migrations(db)


def _apply_migrations(db: Connection) -> None:
    """Run what is pending, deciding what that is inside one immediate transaction.

    Two processes opening an older database at once cannot both migrate it: the second
    waits, then finds nothing pending.
    """
    with immediate(db):
        if MIGRATIONS.pending(db):
            MIGRATIONS.apply(db)
        # The schema version for outside tools; the migration names are what the app checks.
        for pragma, value in (
            ("user_version", len(MIGRATIONS.applied(db))),
            ("application_id", APPLICATION_ID),
        ):
            if db.execute(f"PRAGMA {pragma}").fetchone()[0] != value:  # write only when needed
                db.execute(f"PRAGMA {pragma} = {value}")


def _check_existing(
    path: Path, quick_check: bool, budget_s: float | None = QUICK_CHECK_BUDGET_S
) -> bool:
    """Refuse a file we must not touch, reading it only; return whether it needs no migration.

    ``quick_check`` runs SQLite's for at most ``budget_s`` (None: the whole check).

    A database with every migration this version knows opens without loading sqlite-utils,
    which runs the migrations (issue 15: the start).
    """
    with path.open("rb") as handle:
        if handle.read(16) != _SQLITE_HEADER:
            raise ForeignDatabaseError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "{path} is not an SQLite database; it was left untouched. Move it aside "
                        "or choose another data folder.",
                    ),
                    {"path": path},
                )
            )
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            problem = _bounded_quick_check(conn, budget_s) if quick_check else None
            application_id, user_version = (
                conn.execute(f"PRAGMA {pragma}").fetchone()[0]
                for pragma in ("application_id", "user_version")
            )
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
            applied = (
                {
                    row[0]
                    for row in conn.execute(
                        "SELECT name FROM _sqlite_migrations WHERE migration_set = 'quizapp'"
                    )
                }
                if "_sqlite_migrations" in tables
                else set()
            )
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        mapped = storage_error(error, path, lambda: restore_advice(path))
        if isinstance(mapped, DatabaseUnreadableError | None):
            raise DatabaseDamagedError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "{path} cannot be read ({error}); it was left untouched. {advice}",
                    ),
                    {"path": path, "error": error, "advice": restore_advice(path)},
                )
            ) from None
        raise mapped from error
    if application_id not in (0, APPLICATION_ID) or "0001_initial" not in applied:
        # 0: written by a quizapp older than the application id, known by its migrations.
        raise ForeignDatabaseError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "{path} is not a quizapp database (another program's, perhaps); it was left "
                    "untouched. Move it aside or choose another data folder.",
                ),
                {"path": path},
            )
        )
    if problem is not None:
        raise DatabaseDamagedError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "{path} is damaged (integrity check: {problem}); it was left untouched. "
                    "{advice}",
                ),
                {"path": path, "problem": problem, "advice": restore_advice(path)},
            )
        )
    unknown = applied - known_migration_names()
    if unknown or user_version > len(known_migration_names()):
        changes = ", ".join(sorted(unknown)) or f"schema version {user_version}"
        raise DatabaseTooNewError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "{path} was written by a newer version of quizapp (it has schema changes "
                    "{changes}); it was left untouched. Update quizapp to open it.",
                ),
                {"path": path, "changes": changes},
            )
        )
    known = known_migration_names()
    return applied == known and user_version == len(known) and application_id == APPLICATION_ID


def check_backup_file(path: Path) -> None:
    """Check, reading only, that ``path`` is a healthy quizapp database this version can open.

    Raises:
        ForeignDatabaseError, DatabaseDamagedError, DatabaseTooNewError: it is not.
    """
    _check_existing(path, quick_check=False)
    with translated(path, lambda: Message(QT_TRANSLATE_NOOP("core", "It cannot be used."))):
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            problems = [row[0] for row in conn.execute("PRAGMA integrity_check(1)")]
        finally:
            conn.close()
    if problems != ["ok"]:
        raise DatabaseDamagedError(
            Message(
                QT_TRANSLATE_NOOP("core", "{path} is damaged (integrity check: {problem})."),
                {"path": path, "problem": problems[0]},
            )
        )


def _bounded_quick_check(conn: sqlite3.Connection, budget_s: float | None) -> str | None:
    """Run ``quick_check`` for at most ``budget_s`` (None: no limit); return its first problem.

    A check cut short by the budget reports nothing: the full check is there on request.
    """
    if budget_s is None:
        result = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
        return None if result == "ok" else str(result)
    deadline = time.monotonic() + budget_s
    conn.set_progress_handler(lambda: int(time.monotonic() > deadline), 10_000)
    try:
        result = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
    except sqlite3.OperationalError as error:
        if "interrupted" not in str(error):
            raise
        return None
    finally:
        conn.set_progress_handler(None, 0)
    return None if result == "ok" else str(result)


class Store(StorePart):
    """The app's data, in a few parts over the one database connection.

    ``learners`` (profiles and their settings), ``questions`` (sets and their questions),
    ``reviews`` (the schedule and the answers that move it) and ``exams`` (practice and
    exams); the store itself checks, backs up and closes the database. Every public method
    raises the app's own :class:`StorageError` subclasses for failures of the environment
    (full disk, read-only file, busy or damaged database), never ``sqlite3``'s.
    """

    def __init__(
        self,
        db: Connection,
        path: Path,
        *,
        durable: bool = True,
        start_check: StartCheck | None = None,
    ):
        super().__init__(db, path)
        self.durable = durable  # see open_store
        self.start_check = start_check  # see open_store's check_later
        self.learners = LearnerStore(db, path)
        self.questions = QuestionStore(db, path)
        self.reviews = ReviewStore(db, path)
        self.exams = ExamStore(db, path)

    def close(self) -> None:
        """Close the connection (committed work is already on disk)."""
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Run several writes as one: all of them are saved, or none.

        The write lock is taken at the start, so what the block reads cannot be changed by
        another window or process before it commits.
        """
        with translated(self.path, lambda: restore_advice(self.path)), immediate(self.db):
            yield

    def open_another(self) -> Store:
        """Return a new connection to the same file, for use on another thread.

        A connection may be used only by the thread that opened it (sqlite3 checks), so a
        background task opens its own with this (on its own thread), and closes it when
        done. The file was migrated when this store was opened, and checked unless its
        :attr:`start_check` is still to pass (the new connection then waits for it too, as
        :func:`open_store` says). It commits as durably as this one.
        """
        return Store(
            _connect(self.path, self.durable, self.start_check),
            self.path,
            durable=self.durable,
            start_check=self.start_check,
        )

    def answered_since(self, moment: datetime) -> bool:
        """Return whether any learner answered (review, practice, exam) after ``moment``."""
        row = self.db.execute(
            """SELECT EXISTS (SELECT 1 FROM reviews WHERE reviewed_at > :at)
                   OR EXISTS (SELECT 1 FROM practice_answers WHERE answered_at > :at)
                   OR EXISTS (SELECT 1 FROM exam_answers WHERE answered_at > :at)""",
            {"at": to_ms(moment)},
        ).fetchone()
        return bool(row[0])

    def back_up(self, now: datetime, reason: str) -> Backup:
        """Take a backup of the whole database now (see :mod:`.backups`); return it.

        A database not yet checked is checked first: a damaged one is never backed up.
        """
        if self.start_check is not None:
            self.start_check.run()
        return take_backup(self.db.conn, self.path, now, reason)

    def integrity_problems(self, limit: int = 100) -> list[str]:
        """Run SQLite's full ``integrity_check``; return its problems (none when healthy)."""
        rows = self.db.execute(f"PRAGMA integrity_check({int(limit)})").fetchall()
        return [str(row[0]) for row in rows if row[0] != "ok"]

    def rebuild_indexes(self) -> None:
        """Rebuild every index from its table (repairs damaged or out-of-step indexes)."""
        self.db.execute("REINDEX")
