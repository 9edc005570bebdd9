"""Backups of the database: taken with SQLite's online backup API, kept on a schedule, restored.

A backup is a whole, consistent copy of the database (questions and every learner's progress)
in ``backups/`` beside it, named by the UTC moment it was taken and why. It is written to a
temporary file, flushed to disk and then renamed, so a backup interrupted by a crash is never
listed. Never a file copy: a live WAL database copied file by file can be inconsistent.

Kept (:func:`prune_backups`): the newest :data:`KEEP_LATEST`; then the newest of each day for
:data:`KEEP_DAILY_DAYS` days; then the newest of each week for :data:`KEEP_WEEKLY_WEEKS` weeks.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from quizapp.core.errors import BackupError
from quizapp.core.messages import QT_TRANSLATE_NOOP, Message

BACKUP_FOLDER = "backups"
KEEP_LATEST = 10
KEEP_DAILY_DAYS = 7
KEEP_WEEKLY_WEEKS = 52
_STAMP = "%Y%m%d-%H%M%S-%f"
_STAMP_LENGTH = len("20260302-100000-000000")
_PREFIX = "quizapp-"
_PARTIAL = ".partial"
_STALE_PARTIAL = timedelta(hours=1)  # older unfinished backups were cut short by a crash


@dataclass(frozen=True)
class Backup:
    """One backup file."""

    path: Path
    taken_at: datetime
    reason: str

    @property
    def name(self) -> str:
        """The file name, which is how users pick a backup."""
        return self.path.name


def backup_folder(database: Path) -> Path:
    """Return the folder the backups of ``database`` are kept in."""
    return database.parent / BACKUP_FOLDER


def take_backup(conn: sqlite3.Connection, database: Path, now: datetime, reason: str) -> Backup:
    """Copy the database through ``conn`` into a new backup file, complete or not at all.

    Args:
        conn: an open connection to ``database``, not inside a transaction.
        database: the database file (its folder holds the backups).
        now: the moment recorded in the backup's name.
        reason: a short word saying why (``auto``, ``close``, ``before-restore``...).

    Raises:
        OSError, sqlite3.Error: the backup could not be written (nothing is listed then).
    """

    def write(partial: Path) -> None:
        target = sqlite3.connect(partial)
        try:
            conn.backup(target)
            # A backup opens on its own, without the live database's WAL files.
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()

    return _write_backup(database, now, reason, write)


def copy_damaged_file(database: Path, now: datetime, reason: str) -> Backup:
    """Keep a byte-for-byte copy of a damaged database among the backups.

    Only for a file SQLite cannot read: nothing can be writing to it consistently, and a copy
    keeps whatever may still be rescued from it. A WAL beside it is kept too.
    """

    def write(partial: Path) -> None:
        shutil.copyfile(database, partial)

    backup = _write_backup(database, now, reason, write)
    wal = Path(f"{database}-wal")
    if wal.exists():
        shutil.copyfile(wal, f"{backup.path}-wal")
    return backup


def _write_backup(
    database: Path, now: datetime, reason: str, write: Callable[[Path], None]
) -> Backup:
    """Write a backup with ``write`` to a temporary file, flush it, and move it into place."""
    folder = backup_folder(database)
    folder.mkdir(exist_ok=True)
    name = f"{_PREFIX}{now.astimezone(UTC).strftime(_STAMP)}-{reason}.db"
    partial = folder / f".{name}.{os.getpid()}{_PARTIAL}"
    try:
        write(partial)
        _fsync(partial)
        os.replace(partial, folder / name)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    _fsync(folder)
    return Backup(folder / name, now.astimezone(UTC), reason)


def list_backups(database: Path) -> list[Backup]:
    """Return the backups of ``database``, newest first (unfinished ones are never listed)."""
    folder = backup_folder(database)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{_PREFIX}*.db"):
        rest = path.stem.removeprefix(_PREFIX)
        stamp, reason = rest[:_STAMP_LENGTH], rest[_STAMP_LENGTH + 1 :]
        try:
            taken_at = datetime.strptime(stamp, _STAMP).replace(tzinfo=UTC)
        except ValueError:
            continue  # not one of ours
        found.append(Backup(path, taken_at, reason))
    return sorted(found, key=lambda backup: backup.taken_at, reverse=True)


def find_backup(database: Path, name: str) -> Backup:
    """Return the backup called ``name`` (a file name as listed, or the path of a backup).

    Raises:
        BackupError: there is no such backup.
    """
    backups = list_backups(database)
    for backup in backups:
        if name in (backup.name, str(backup.path)):
            return backup
    listed = ", ".join(b.name for b in backups[:3]) or "there are none yet"
    raise BackupError(
        Message(
            QT_TRANSLATE_NOOP("core", "There is no backup called '{name}' (newest: {listed})."),
            {"name": name, "listed": listed},
        )
    )


def backups_to_prune(backups: list[Backup], now: datetime) -> list[Backup]:
    """Return the backups the schedule no longer keeps (see the module docstring)."""
    kept: set[Path] = set()
    days: set[object] = set()
    weeks: set[object] = set()
    for index, backup in enumerate(backups):  # newest first
        age = now - backup.taken_at
        day = backup.taken_at.date()
        week = backup.taken_at.isocalendar()[:2]
        if index < KEEP_LATEST:
            keep = True
        elif age <= timedelta(days=KEEP_DAILY_DAYS):
            keep = day not in days
        else:
            keep = age <= timedelta(weeks=KEEP_WEEKLY_WEEKS) and week not in weeks
        if keep:
            kept.add(backup.path)
            days.add(day)
            weeks.add(week)
    return [backup for backup in backups if backup.path not in kept]


def prune_backups(database: Path, now: datetime) -> list[Backup]:
    """Delete the backups the schedule no longer keeps, and crashed partial ones; return them."""
    folder = backup_folder(database)
    for partial in folder.glob(f".*{_PARTIAL}") if folder.is_dir() else ():
        if now.timestamp() - partial.stat().st_mtime > _STALE_PARTIAL.total_seconds():
            partial.unlink(missing_ok=True)
    removed = backups_to_prune(list_backups(database), now)
    for backup in removed:
        backup.path.unlink(missing_ok=True)
    return removed


def copy_backup_into(backup: Backup, conn: sqlite3.Connection) -> None:
    """Replace the whole content of the database of ``conn`` with the backup's, in one step.

    The online backup API writes through ``conn`` with SQLite's locks, so other connections
    to the same file see either the old content or the restored one, never a mix.
    """
    source = sqlite3.connect(f"{backup.path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        source.backup(conn)
    finally:
        source.close()


def _fsync(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def restore_advice(database: Path) -> Message:
    """Return what to do about a damaged database, naming a backup only if there is one."""
    backups = list_backups(database)
    if backups:
        newest = backups[0]
        return Message(
            QT_TRANSLATE_NOOP(
                "core",
                "Restore a backup (the newest is {name}, of {taken} UTC), or run Check database "
                "to repair it.",
            ),
            {"name": newest.name, "taken": f"{newest.taken_at:%Y-%m-%d %H:%M}"},
        )
    return Message(
        QT_TRANSLATE_NOOP(
            "core", "Run Check database to repair what it can; there are no backups of it yet."
        )
    )
