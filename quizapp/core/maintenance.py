"""Keeping learners' data safe: backups, restoring one, and "Check database", one function each.

Backups are whole copies of the database taken with SQLite's online backup API (see
:mod:`quizapp.core.storage.backups` for where they live and how long they are kept). The app
takes one when it closes, at most every :data:`AUTO_BACKUP_EVERY` while a learner studies,
before every migration and before each destructive action (deleting a learner, deleting a set
with its history, restoring a backup).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from quizapp.core.errors import BackupError, StorageError
from quizapp.core.formats.native import fingerprint_files, load_question_files
from quizapp.core.messages import QT_TRANSLATE_NOOP, Message
from quizapp.core.model import Origin
from quizapp.core.paths import builtin_bank_dir
from quizapp.core.storage import DATABASE_NAME, Store, open_store
from quizapp.core.storage.backups import (
    Backup,
    copy_backup_into,
    copy_damaged_file,
    find_backup,
    list_backups,
    prune_backups,
    restore_advice,
    take_backup,
)
from quizapp.core.storage.database import check_backup_file
from quizapp.core.storage.failures import BUSY_TIMEOUT_MS, translated

AUTO_BACKUP_EVERY = timedelta(minutes=30)
"""While a learner studies, a backup is taken when the newest one is older than this."""

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class BackupReport:
    """A backup just taken, and the old ones the schedule let go."""

    backup: Backup
    pruned: tuple[Backup, ...]


def back_up(store: Store, now: datetime, reason: str = "manual") -> BackupReport:
    """Take a backup of the whole database now, then prune old backups on the schedule.

    Raises:
        BackupError: the backup could not be written (the database is unchanged).
    """
    with _backup_failures(store.path):
        backup = store.back_up(now, reason)
        pruned = prune_backups(store.path, now)
    return BackupReport(backup, tuple(pruned))


def back_up_if_due(
    store: Store, now: datetime, every: timedelta = AUTO_BACKUP_EVERY, reason: str = "auto"
) -> BackupReport | None:
    """Take a backup if learners answered since the newest one and it is ``every`` old.

    Called while a learner studies (every few minutes) and when the app closes (``every``
    zero): an app opened and closed without study adds no backup.

    Raises:
        BackupError: the backup could not be written (the database is unchanged).
    """
    newest = next(iter(list_backups(store.path)), None)
    if newest is not None and now - newest.taken_at < every:
        return None
    if not store.answered_since(newest.taken_at if newest else _EPOCH):
        return None
    return back_up(store, now, reason)


def backups(data_dir: Path) -> list[Backup]:
    """Return the backups of the database in ``data_dir``, newest first."""
    return list_backups(data_dir / DATABASE_NAME)


@dataclass(frozen=True)
class RestoreReport:
    """A backup put back, and the backup taken of the database it replaced."""

    restored: Backup
    safety: Backup


def restore_backup(data_dir: Path, name: str, now: datetime) -> RestoreReport:
    """Put the backup called ``name`` back as the database, after backing up the current one.

    The app's own connection must be closed first, and the database opened again afterwards
    (:func:`quizapp.core.ops.open_library`, which also migrates a backup of an older version).
    The restore goes through SQLite's backup API, so another program with the file open sees
    the old content or the restored one, never a mix.

    Args:
        data_dir: the data folder.
        name: the backup's file name as listed by :func:`backups`.
        now: names the backup taken of the current database.

    Raises:
        BackupError: no such backup, or it is damaged or not a quizapp database; nothing changed.
    """
    path = data_dir / DATABASE_NAME
    backup = find_backup(path, name)
    try:
        check_backup_file(backup.path)
    except StorageError as error:
        raise BackupError(
            Message(
                QT_TRANSLATE_NOOP("core", "The backup {name} cannot be restored: {error}"),
                {"name": backup.name, "error": error.message},
            )
        ) from None
    with translated(path, lambda: restore_advice(path)):
        safety = _back_up_current(path, now)
        try:
            _restore_into(backup, path)
        except sqlite3.DatabaseError as error:
            if not _unreadable(error):
                raise
            # The current file is too damaged to write through; it is kept as ``safety``.
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            _restore_into(backup, path)
        prune_backups(path, now)
    return RestoreReport(backup, safety)


def _back_up_current(path: Path, now: datetime) -> Backup:
    """Back up the database about to be replaced; a damaged one is copied as it is."""
    conn = sqlite3.connect(path)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        return take_backup(conn, path, now, "before-restore")
    except sqlite3.DatabaseError as error:
        if not _unreadable(error):
            raise
    finally:
        conn.close()
    return copy_damaged_file(path, now, "damaged-before-restore")


def _unreadable(error: sqlite3.DatabaseError) -> bool:
    """Whether SQLite failed because the file is damaged (not because of the environment)."""
    return (getattr(error, "sqlite_errorcode", 0) & 0xFF) in (11, 26)  # CORRUPT, NOTADB


def _restore_into(backup: Backup, path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        copy_backup_into(backup, conn)
    finally:
        conn.close()


@dataclass(frozen=True)
class CheckReport:
    """What "Check database" found, what it repaired, and what is left to do."""

    found: tuple[str, ...]
    repaired: tuple[str, ...]
    remaining: tuple[str, ...]
    backup: Backup | None

    @property
    def healthy(self) -> bool:
        """Whether the database is healthy now."""
        return not self.remaining

    def lines(self) -> list[str]:
        """Return the report as lines for the user: each problem, each repair, the outcome."""
        if not self.found:
            return ["The database is healthy: no problems found."]
        lines = [f"Found: {problem}" for problem in self.found]
        if self.backup is not None:
            lines.append(f"Backed up the database first: {self.backup.name}")
        lines += [f"Repaired: {repair}" for repair in self.repaired]
        lines += [f"Not repaired: {problem}" for problem in self.remaining]
        lines.append("The database is healthy now." if self.healthy else "Some problems remain.")
        return lines


def check_database(data_dir: Path, now: datetime, bank_dir: Path | None = None) -> CheckReport:
    """Check the whole database and repair what can be repaired; report exactly what was done.

    Checks: SQLite's full ``integrity_check``, and every stored question against its content
    hash. Repairs (after a backup): rebuild the indexes, reload the built-in bank from its
    files; a damaged question of an imported set is retired (import its file again to get it
    back). The app's own connection may stay open.

    Raises:
        StorageError: the database cannot be opened at all (not ours, too new, unreadable).
    """
    path = data_dir / DATABASE_NAME
    store = open_store(path, quick_check=False)
    try:
        return _check_and_repair(store, now, bank_dir or builtin_bank_dir())
    finally:
        store.close()


def _check_and_repair(store: Store, now: datetime, bank_dir: Path) -> CheckReport:
    found: list[str] = []
    repaired: list[str] = []
    remaining: list[str] = []
    integrity = store.integrity_problems()
    damaged = store.questions.damaged()
    found += [f"integrity check: {problem}" for problem in integrity]
    found += [f"stored question '{d.question_id}' (set '{d.set_id}') is damaged" for d in damaged]
    if not found:
        return CheckReport((), (), (), None)
    backup = store.back_up(now, "before-repair")
    if integrity:
        store.rebuild_indexes()
        left = store.integrity_problems()
        repaired.append("rebuilt every index")
        remaining += [f"integrity check: {problem}" for problem in left]
    builtin = [d.question_id for d in damaged if d.origin is Origin.BUILTIN]
    if builtin:
        sets = load_question_files([bank_dir])
        store.questions.sync_sets(sets, Origin.BUILTIN, fingerprint=fingerprint_files([bank_dir]))
        repaired.append(f"reloaded the built-in bank ({len(builtin)} damaged question(s))")
    for question in damaged:
        if question.origin is not Origin.BUILTIN:
            store.questions.retire(question.question_id)
            remaining.append(
                f"stored question '{question.question_id}' of set '{question.set_id}' was taken "
                "out of study; import that set's file again to restore it"
            )
    left_damaged = {d.question_id for d in store.questions.damaged() if d.origin is Origin.BUILTIN}
    remaining += [f"stored question '{qid}' is still damaged" for qid in sorted(left_damaged)]
    return CheckReport(tuple(found), tuple(repaired), tuple(remaining), backup)


@contextmanager
def _backup_failures(path: Path) -> Iterator[None]:
    """Turn a failure to write a backup into :class:`BackupError` saying what happened."""
    try:
        yield
    except (StorageError, OSError) as error:
        raise BackupError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core", "No backup was taken: {error} (The database itself is unchanged.)"
                ),
                {"error": error.message if isinstance(error, StorageError) else error},
            )
        ) from error
