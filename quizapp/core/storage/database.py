"""The quizapp database: opening it safely, and every read and write the app makes."""

from __future__ import annotations

import functools
import json
import os
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

from sqlite_utils import Database

from quizapp.core.errors import (
    DatabaseDamagedError,
    DatabaseTooNewError,
    DatabaseUnreadableError,
    DataFolderError,
    ForeignDatabaseError,
    ProfileDeletedError,
    ProfileError,
)
from quizapp.core.files import new_file_mode
from quizapp.core.formats.imported import MediaFile
from quizapp.core.limits import clean_learner_name
from quizapp.core.model import (
    FitRecord,
    Profile,
    ProfileId,
    Question,
    QuestionId,
    QuestionSet,
    Rating,
    SetId,
    Text,
)
from quizapp.core.scheduler import CardState
from quizapp.core.storage.backups import Backup, list_backups, take_backup
from quizapp.core.storage.failures import BUSY_TIMEOUT_MS, storage_error, translated
from quizapp.core.storage.migrations import MIGRATIONS, known_migration_names
from quizapp.core.storage.records import (
    card_from_row,
    card_to_row,
    content_digest,
    from_ms,
    stored_content,
    stored_question,
    text_from_json,
    text_to_json,
    to_ms,
)

DATABASE_NAME = "quizapp.db"
_IMPORTED_POSITION = 1000  # imported sets are listed after every built-in set
APPLICATION_ID = 0x51554941  # "QUIA": marks the file as ours (PRAGMA application_id)
_SQLITE_HEADER = b"SQLite format 3\x00"
QUICK_CHECK_BUDGET_S = 0.1
"""At most this long is spent checking the database when it opens (see :func:`open_store`)."""
_BATCH = 500  # questions written per statement, and between progress reports
_UPSERT_QUESTION = """INSERT INTO questions
     (id, set_id, position, difficulty, content, content_hash, retired, topic)
   VALUES (?, ?, ?, ?, ?, ?, 0, json_extract(?5, '$.topic'))
   ON CONFLICT(id) DO UPDATE SET set_id = excluded.set_id,
     position = excluded.position, difficulty = excluded.difficulty,
     content = excluded.content, content_hash = excluded.content_hash, retired = 0,
     topic = excluded.topic"""


@dataclass(frozen=True)
class SyncReport:
    """What loading question sets into the database changed."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    retired: int = 0
    media: int = 0


@dataclass(frozen=True)
class ReviewRecord:
    """A saved answer, with what undoing it needs."""

    id: int
    question_id: QuestionId
    rating: Rating
    reviewed_at: int
    previous_card: CardState | None


def open_store(path: Path, *, quick_check: bool = True) -> Store:
    """Open (or create) the database at ``path``, migrating it if it is older.

    A file that is there is first read only, and refused unless it is a quizapp database this
    version can use: nothing of another program's file is ever changed. Then the start-up check
    runs: SQLite's ``quick_check``, given :data:`QUICK_CHECK_BUDGET_S` at most, so that a large
    database still opens quickly (the full check is :meth:`Store.integrity_problems`, run by
    "Check database"). A new database is built beside ``path`` and moved into place whole.

    Args:
        path: the database file.
        quick_check: run the start-up check (off to open a damaged file for repair).

    Raises:
        ForeignDatabaseError: the file is not a quizapp database.
        DatabaseDamagedError: the file is damaged.
        DatabaseTooNewError: a newer quizapp wrote it.
        DataFolderError, ReadOnlyError, DiskFullError, DatabaseLockedError: see their messages.
        In every case the file is left exactly as it was.
    """
    with translated(path, lambda: restore_advice(path)):
        _check_location(path)
        if path.exists() and path.stat().st_size > 0:
            _check_existing(path, quick_check)
        else:
            _create(path)
        db = _connect(path)
        try:
            _migrate(db, path)
        except BaseException:
            db.close()
            raise
    return Store(db, path)


def _check_location(path: Path) -> None:
    """Refuse a data folder that is not a folder, and a database path that is not a file."""
    for parent in path.parents:
        if parent.exists():
            if not parent.is_dir():
                raise DataFolderError(
                    f"{parent} is not a folder, so it cannot hold the app's data. "
                    "Choose a folder for the app's data."
                )
            break
    if path.is_dir():
        raise DataFolderError(
            f"{path} is a folder, not a database file; it was left untouched. "
            "Choose another data folder."
        )
    if path.exists() and not path.is_file():
        raise DataFolderError(
            f"{path} is not a regular file; it was left untouched. Choose another data folder."
        )


def _connect(path: Path) -> Database:
    """Open the database for reading and writing: WAL, durable commits, foreign keys."""
    db = Database(path, execute_plugins=False)
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.enable_wal()
    db.execute("PRAGMA synchronous = FULL")
    db.execute("PRAGMA foreign_keys = ON")
    return db


def _create(path: Path) -> None:
    """Build a new, fully migrated database beside ``path`` and move it into place.

    A crash while building leaves only a temporary file, never a half-made database. If
    another process created the database meanwhile, its database is kept.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".new", dir=path.parent)
    os.close(handle)
    building = Path(name)
    try:
        db = Database(building, execute_plugins=False)
        try:
            _apply_migrations(db)
        finally:
            db.close()
        with building.open("rb+") as built:
            os.chmod(built.fileno(), new_file_mode())  # as any new file, not 0600
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


def _migrate(db: Database, path: Path) -> None:
    """Apply pending migrations, backing the database up first if it holds data."""
    if MIGRATIONS.pending(db) and MIGRATIONS.applied(db):
        first = MIGRATIONS.pending(db)[0].name
        take_backup(db.conn, path, datetime.now(UTC), f"before-{first.replace('_', '-')}")
    _apply_migrations(db)


def _apply_migrations(db: Database) -> None:
    """Run what is pending, deciding what that is inside one immediate transaction.

    Two processes opening an older database at once cannot both migrate it: the second
    waits, then finds nothing pending.
    """
    with _immediate(db):
        if MIGRATIONS.pending(db):
            MIGRATIONS.apply(db)
        # The schema version for outside tools; the migration names are what the app checks.
        for pragma, value in (
            ("user_version", len(MIGRATIONS.applied(db))),
            ("application_id", APPLICATION_ID),
        ):
            if db.execute(f"PRAGMA {pragma}").fetchone()[0] != value:  # write only when needed
                db.execute(f"PRAGMA {pragma} = {value}")


@contextmanager
def _immediate(db: Database) -> Iterator[None]:
    """Run the block in a write transaction taken at once (a savepoint inside another).

    Reads inside it see the latest data and no other writer can change it before the commit.
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.conn.rollback()
        raise
    try:
        db.conn.execute("COMMIT")
    except BaseException:
        db.conn.rollback()
        raise


def _check_existing(path: Path, quick_check: bool) -> None:
    """Refuse a file we must not touch, reading it only."""
    with path.open("rb") as handle:
        if handle.read(16) != _SQLITE_HEADER:
            raise ForeignDatabaseError(
                f"{path} is not an SQLite database; it was left untouched. "
                "Move it aside or choose another data folder."
            )
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            problem = _bounded_quick_check(conn) if quick_check else None
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
                f"{path} cannot be read ({error}); it was left untouched. {restore_advice(path)}"
            ) from None
        raise mapped from error
    if application_id not in (0, APPLICATION_ID) or "0001_initial" not in applied:
        # 0: written by a quizapp older than the application id, known by its migrations.
        raise ForeignDatabaseError(
            f"{path} is not a quizapp database (another program's, perhaps); it was left "
            "untouched. Move it aside or choose another data folder."
        )
    if problem is not None:
        raise DatabaseDamagedError(
            f"{path} is damaged (integrity check: {problem}); it was left untouched. "
            f"{restore_advice(path)}"
        )
    unknown = applied - known_migration_names()
    if unknown or user_version > len(known_migration_names()):
        changes = ", ".join(sorted(unknown)) or f"schema version {user_version}"
        raise DatabaseTooNewError(
            f"{path} was written by a newer version of quizapp (it has schema changes "
            f"{changes}); it was left untouched. Update quizapp to open it."
        )


def check_backup_file(path: Path) -> None:
    """Check, reading only, that ``path`` is a healthy quizapp database this version can open.

    Raises:
        ForeignDatabaseError, DatabaseDamagedError, DatabaseTooNewError: it is not.
    """
    _check_existing(path, quick_check=False)
    with translated(path, lambda: "It cannot be used."):
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            problems = [row[0] for row in conn.execute("PRAGMA integrity_check(1)")]
        finally:
            conn.close()
    if problems != ["ok"]:
        raise DatabaseDamagedError(f"{path} is damaged (integrity check: {problems[0]}).")


def _bounded_quick_check(conn: sqlite3.Connection) -> str | None:
    """Run ``quick_check`` for at most :data:`QUICK_CHECK_BUDGET_S`; return its first problem.

    A check cut short by the budget reports nothing: the full check is there on request.
    """
    deadline = time.monotonic() + QUICK_CHECK_BUDGET_S
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


def restore_advice(path: Path) -> str:
    """Return what to do about a damaged database, naming a backup only if there is one."""
    backups = list_backups(path)
    if backups:
        newest = backups[0]
        return (
            f"Restore a backup (the newest is {newest.name}, of "
            f"{newest.taken_at:%Y-%m-%d %H:%M} UTC), or run Check database to repair it."
        )
    return "Run Check database to repair what it can; there are no backups of it yet."


class Store:
    """Every read and write of the app's data; the only holder of the database connection.

    Every public method raises the app's own :class:`StorageError` subclasses for failures of
    the environment (full disk, read-only file, busy or damaged database), never ``sqlite3``'s.
    """

    def __init__(self, db: Database, path: Path):
        self.db = db
        self.path = path

    def close(self) -> None:
        """Close the connection (committed work is already on disk)."""
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Run several writes as one: all of them are saved, or none.

        The write lock is taken at the start, so what the block reads cannot be changed by
        another window or process before it commits.
        """
        with translated(self.path, lambda: restore_advice(self.path)), _immediate(self.db):
            yield

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
        """Take a backup of the whole database now (see :mod:`.backups`); return it."""
        return take_backup(self.db.conn, self.path, now, reason)

    def open_another(self) -> Store:
        """Return a new connection to the same file, for use on another thread.

        A connection may be used only by the thread that opened it (sqlite3 checks), so a
        background task opens its own with this (on its own thread), and closes it when
        done. The file was checked and migrated when this store was opened, so neither
        happens again.
        """
        with translated(self.path, lambda: restore_advice(self.path)):
            return Store(_connect(self.path), self.path)

    # -- question sets ---------------------------------------------------------------------

    def sync_sets(
        self,
        sets: Sequence[QuestionSet],
        origin: str,
        *,
        retire: bool = True,
        media: Sequence[MediaFile] = (),
        progress: Callable[[int, int], None] | None = None,
        fingerprint: str | None = None,
    ) -> SyncReport:
        """Load question sets, keeping progress of questions whose id is unchanged.

        Questions of these sets that are no longer in them are retired, not deleted, so a
        learner's history stays. Everything happens in one transaction.

        Args:
            sets: the sets with their questions.
            origin: ``builtin`` (placed in the given order) or ``imported`` (placed after every
                built-in set, keeping their place when loaded again).
            retire: retire questions of these sets that are not given (an import adds to a
                set and leaves its other questions alone).
            media: images the questions show, stored with their set.
            progress: called with (questions written, questions in all) while writing.
            fingerprint: of the files the sets come from, recorded for
                :meth:`source_fingerprint` in the same transaction.
        """
        added = updated = unchanged = retired = 0
        existing = {
            row["id"]: row["content_hash"]
            for row in self.db.query("SELECT id, content_hash FROM questions")
        }
        total = sum(len(s.questions) for s in sets)
        written = 0
        with self.db.atomic():
            self.save_sets(sets, origin)
            for question_set in sets:
                rows = []
                for index, question in enumerate(question_set.questions):
                    content, digest = stored_content(question)
                    old = existing.get(question.id)
                    if old is None:
                        added += 1
                    elif old == digest:
                        unchanged += 1
                    else:
                        updated += 1
                    rows.append(
                        (question.id, question_set.id, index, question.difficulty, content, digest)
                    )
                # Batches of rows: per-row execute() calls cost more than the work itself.
                for start in range(0, len(rows), _BATCH):
                    batch = rows[start : start + _BATCH]
                    self.db.conn.executemany(_UPSERT_QUESTION, batch)
                    written += len(batch)
                    if progress is not None:
                        progress(written, total)
                if retire:
                    retired += self._retire_missing(question_set)
            self.save_media(media)
            if fingerprint is not None:
                self.db.execute(
                    "INSERT OR REPLACE INTO source_fingerprints VALUES (?, ?)",
                    [origin, fingerprint],
                )
        return SyncReport(added, updated, unchanged, retired, len(media))

    def save_sets(self, sets: Sequence[QuestionSet], origin: str) -> None:
        """Insert or update the rows of sets (not their questions), in one transaction.

        Built-in sets are placed in the given order; imported ones after every built-in set,
        keeping their place when loaded again.
        """
        positions = {
            row["id"]: row["position"]
            for row in self.db.query("SELECT id, position FROM question_sets")
        }
        next_position = max([_IMPORTED_POSITION - 1, *positions.values()]) + 1
        with self.db.atomic():
            for index, question_set in enumerate(sets):
                position = index
                if origin != "builtin":
                    position = positions.get(question_set.id, next_position)
                    if question_set.id not in positions:
                        positions[question_set.id] = position
                        next_position += 1
                self.db.execute(
                    """INSERT INTO question_sets (id, title, description, origin, position)
                       VALUES (?, ?, ?, ?, ?)
                       ON CONFLICT(id) DO UPDATE SET title = excluded.title,
                         description = excluded.description, position = excluded.position,
                         enabled = MAX(enabled, deleted), deleted = 0""",
                    [
                        question_set.id,
                        text_to_json(question_set.title),
                        text_to_json(question_set.description),
                        origin,
                        position,
                    ],
                )

    def save_media(self, media: Sequence[MediaFile]) -> None:
        """Store images that questions of a set show, replacing any of the same name."""
        self.db.conn.executemany(
            "INSERT OR REPLACE INTO media (set_id, name, data) VALUES (?, ?, ?)",
            [(item.set_id, item.name, item.data) for item in media],
        )

    def _retire_missing(self, question_set: QuestionSet) -> int:
        """Retire the questions of a set that it no longer has; return how many."""
        kept = {q.id for q in question_set.questions}
        gone = [
            row[0]
            for row in self.db.execute(
                "SELECT id FROM questions WHERE set_id = ? AND retired = 0", [question_set.id]
            )
            if row[0] not in kept
        ]
        self.db.conn.executemany(
            "UPDATE questions SET retired = 1 WHERE id = ?", [(qid,) for qid in gone]
        )
        return len(gone)

    def _write_question(
        self, question: Question, set_id: SetId, position: int, content: str, digest: str
    ) -> None:
        """Insert a question or update it in place (its id, and so its progress, stay)."""
        self.db.execute(
            _UPSERT_QUESTION, [question.id, set_id, position, question.difficulty, content, digest]
        )

    def save_question(self, question: Question) -> None:
        """Save one question of an existing set in one transaction, keeping its id.

        A question already there keeps its place in its set; a new one goes last.
        """
        content, digest = stored_content(question)
        with self.db.atomic():
            row = self.db.execute(
                """SELECT COALESCE(
                     (SELECT position FROM questions WHERE id = ?),
                     (SELECT MAX(position) + 1 FROM questions WHERE set_id = ?), 0)""",
                [question.id, question.set_id],
            ).fetchone()
            self._write_question(question, question.set_id, row[0], content, digest)

    def retire_question(self, question_id: QuestionId) -> None:
        """Take a question out of study and lists; learners' history of it is kept."""
        with self.db.atomic():
            self.db.execute("UPDATE questions SET retired = 1 WHERE id = ?", [question_id])

    def set_rows(self) -> list[dict[str, Any]]:
        """Return every set, enabled or not, with its origin and active question count.

        Deleted sets come last, counting the questions whose history they keep.
        """
        return list(
            self.db.query(
                """SELECT s.id, s.title, s.origin, s.enabled, s.deleted, COUNT(q.id) AS questions
                   FROM question_sets s
                   LEFT JOIN questions q ON q.set_id = s.id AND (q.retired = 0 OR s.deleted = 1)
                   GROUP BY s.id ORDER BY s.deleted, s.position, s.id"""
            )
        )

    def hide_set(self, set_id: SetId) -> None:
        """Delete a set but keep learners' history: hide it and retire its questions.

        Importing the set again brings it back, with that history.
        """
        with self.db.atomic():
            self.db.execute(
                "UPDATE question_sets SET deleted = 1, enabled = 0 WHERE id = ?", [set_id]
            )
            self.db.execute("UPDATE questions SET retired = 1 WHERE set_id = ?", [set_id])
            self.db.execute("DELETE FROM media WHERE set_id = ?", [set_id])

    def purge_set(self, set_id: SetId) -> int:
        """Delete a set with its questions and every learner's answers to them, for good.

        Exams that drew on it stay, without the answers to its questions.

        Returns:
            How many answers (reviews, practice and exam answers) were deleted.
        """
        own = "question_id IN (SELECT id FROM questions WHERE set_id = ?)"
        answers = 0
        with self.db.atomic():
            for table in ("reviews", "practice_answers", "exam_answers"):
                answers += self.db.execute(f"DELETE FROM {table} WHERE {own}", [set_id]).rowcount
            self.db.execute(f"DELETE FROM cards WHERE {own}", [set_id])
            self.db.execute("DELETE FROM questions WHERE set_id = ?", [set_id])
            self.db.execute("DELETE FROM media WHERE set_id = ?", [set_id])
            self.db.execute("DELETE FROM set_sources WHERE set_id = ?", [set_id])
            self.db.execute("DELETE FROM question_sets WHERE id = ?", [set_id])
        return answers

    def set_enabled(self, set_id: SetId, enabled: bool) -> None:
        """Show or hide a set's questions in study sessions (progress is kept either way)."""
        with self.db.atomic():
            self.db.execute(
                "UPDATE question_sets SET enabled = ? WHERE id = ?", [int(enabled), set_id]
            )

    def rename_set(self, set_id: SetId, title: Text) -> None:
        """Give a set a new title (its id, and so its questions' progress, stay)."""
        with self.db.atomic():
            self.db.execute(
                "UPDATE question_sets SET title = ? WHERE id = ?", [text_to_json(title), set_id]
            )

    def set_origins(self) -> dict[SetId, str]:
        """Return every set's id (enabled or not) and where it came from."""
        return {
            SetId(row["id"]): row["origin"]
            for row in self.db.query("SELECT id, origin FROM question_sets")
        }

    def question_owners(self, question_ids: Iterable[QuestionId]) -> dict[QuestionId, SetId]:
        """Return the set each of these questions is in, for those that exist."""
        owners: dict[QuestionId, SetId] = {}
        ids = list(question_ids)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            rows = self.db.execute(
                f"SELECT id, set_id FROM questions WHERE id IN ({', '.join('?' * len(chunk))})",
                chunk,
            )
            owners.update((QuestionId(row[0]), SetId(row[1])) for row in rows)
        return owners

    def import_layouts(self) -> dict[str, tuple[list[str], bool]]:
        """Return the column roles chosen for each delimited file layout, by its signature."""
        return {
            row["signature"]: (json.loads(row["columns"]), bool(row["has_header"]))
            for row in self.db.query("SELECT signature, columns, has_header FROM import_layouts")
        }

    def save_import_layout(self, signature: str, columns: Sequence[str], has_header: bool) -> None:
        """Remember the column roles chosen for a file layout (replacing earlier ones)."""
        with self.db.atomic():
            self.db.execute(
                "INSERT OR REPLACE INTO import_layouts (signature, columns, has_header) "
                "VALUES (?, ?, ?)",
                [signature, json.dumps(list(columns)), int(has_header)],
            )

    def question_changes(self, questions: Iterable[Question]) -> dict[QuestionId, str]:
        """Return what loading each question would do: ``new``, ``updated`` or ``unchanged``."""
        wanted = {question.id: stored_content(question)[1] for question in questions}
        stored: dict[str, str] = {}
        ids = list(wanted)
        for start in range(0, len(ids), _BATCH):
            batch = ids[start : start + _BATCH]
            stored |= {
                row["id"]: row["content_hash"]
                for row in self.db.query(
                    f"SELECT id, content_hash FROM questions WHERE id IN "
                    f"({', '.join('?' * len(batch))})",
                    batch,
                )
            }
        return {
            qid: "new" if qid not in stored else "unchanged" if stored[qid] == digest else "updated"
            for qid, digest in wanted.items()
        }

    def set_sources(self, set_id: SetId) -> set[str]:
        """Return the names of the files imported into a set."""
        rows = self.db.query("SELECT file_name FROM set_sources WHERE set_id = ?", [set_id])
        return {row["file_name"] for row in rows}

    def add_set_sources(self, sources: Iterable[tuple[SetId, str]]) -> None:
        """Record that files (by name) were imported into sets."""
        with self.db.atomic():
            self.db.conn.executemany(
                "INSERT OR IGNORE INTO set_sources (set_id, file_name) VALUES (?, ?)",
                list(sources),
            )

    def media_file(self, set_id: SetId, name: str) -> bytes | None:
        """Return an image a set's questions show, or None if the set has no such file."""
        row = self.db.execute(
            "SELECT data FROM media WHERE set_id = ? AND name = ?", [set_id, name]
        ).fetchone()
        return bytes(row[0]) if row else None

    def source_fingerprint(self, origin: str) -> str | None:
        """Return the fingerprint recorded by the last :meth:`sync_sets` of ``origin``."""
        row = self.db.execute(
            "SELECT fingerprint FROM source_fingerprints WHERE origin = ?", [origin]
        ).fetchone()
        return row[0] if row else None

    def count_questions(self, origin: str) -> int:
        """Return how many active questions the sets of ``origin`` hold."""
        row = self.db.execute(
            """SELECT COUNT(*) FROM questions q JOIN question_sets s ON s.id = q.set_id
               WHERE s.origin = ? AND q.retired = 0""",
            [origin],
        ).fetchone()
        return int(row[0])

    def question_sets(self) -> list[QuestionSet]:
        """Return the enabled sets in their order, without their questions."""
        return [
            QuestionSet(
                SetId(row["id"]),
                text_from_json(row["title"]),  # type: ignore[arg-type]
                text_from_json(row["description"]),
                row["origin"],
            )
            for row in self.db.query(
                "SELECT * FROM question_sets WHERE enabled = 1 ORDER BY position, id"
            )
        ]

    def questions(self, set_ids: Iterable[SetId] | None = None) -> list[Question]:
        """Return the active questions, of some sets or of all, in set and file order."""
        where, params = _set_filter(set_ids)
        rows = self.db.execute(
            f"""SELECT q.id, q.set_id, q.content FROM questions q
                JOIN question_sets s ON s.id = q.set_id
                WHERE q.retired = 0 AND s.enabled = 1 {where}
                ORDER BY s.position, q.position""",
            params,
        )
        return [_stored_question(*row) for row in rows]

    def question(self, question_id: QuestionId) -> Question:
        """Return one question by id (retired ones included)."""
        row = self.db.execute(
            "SELECT id, set_id, content FROM questions WHERE id = ?", [question_id]
        ).fetchone()
        if row is None:
            raise KeyError(question_id)
        return _stored_question(*row)

    # -- checking and repairing ----------------------------------------------------------------

    def integrity_problems(self, limit: int = 100) -> list[str]:
        """Run SQLite's full ``integrity_check``; return its problems (none when healthy)."""
        rows = self.db.execute(f"PRAGMA integrity_check({int(limit)})").fetchall()
        return [str(row[0]) for row in rows if row[0] != "ok"]

    def rebuild_indexes(self) -> None:
        """Rebuild every index from its table (repairs damaged or out-of-step indexes)."""
        self.db.execute("REINDEX")

    def damaged_questions(self) -> list[tuple[QuestionId, SetId, str]]:
        """Return (id, set, origin) of each stored question that no longer matches its hash.

        A record that cannot be read back as a question counts as damaged too.
        """
        damaged = []
        rows = self.db.execute(
            """SELECT q.id, q.set_id, q.content, q.content_hash, s.origin
               FROM questions q LEFT JOIN question_sets s ON s.id = q.set_id ORDER BY q.id"""
        )
        for question_id, set_id, content, digest, origin in rows:
            intact = (
                isinstance(content, str)
                and content_digest(content) == digest
                and _readable(question_id, set_id, content)
            )
            if not intact:
                damaged.append((QuestionId(question_id), SetId(set_id), str(origin)))
        return damaged

    # -- profiles ----------------------------------------------------------------------------

    def profiles(self) -> list[Profile]:
        """Return every learner profile, oldest first."""
        return [_profile(row) for row in self.db.query("SELECT * FROM profiles ORDER BY id")]

    def profile_named(self, name: str) -> Profile | None:
        """Return the profile called ``name`` (case-insensitive), if any."""
        rows = list(
            self.db.query("SELECT * FROM profiles WHERE name = ?", [" ".join(name.split())])
        )
        return _profile(rows[0]) if rows else None

    def create_profile(self, name: str, now: datetime) -> Profile:
        """Create a learner profile.

        Raises:
            ProfileError: the name is blank, too long, holds control characters, or is taken.
        """
        name = clean_learner_name(name)
        if taken := self.profile_named(name):
            raise ProfileError(f"There is already a profile called '{taken.name}'.")
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO profiles (name, created_at, language) VALUES (?, ?, '')",
                [name, to_ms(now)],
            )
        return cast(Profile, self.profile_named(name))

    def rename_profile(self, profile_id: ProfileId, name: str) -> Profile:
        """Give a learner profile a new name; its progress and settings stay.

        Raises:
            ProfileError: the name is not acceptable (see :func:`clean_learner_name`) or is
                taken by another profile.
        """
        name = clean_learner_name(name)
        other = self.profile_named(name)
        if other is not None and other.id != profile_id:
            raise ProfileError(f"There is already a profile called '{other.name}'.")
        with self.db.atomic():
            self.db.execute("UPDATE profiles SET name = ? WHERE id = ?", [name, profile_id])
        return cast(Profile, self.profile_named(name))

    def delete_profile(self, profile_id: ProfileId) -> None:
        """Delete a learner profile with all of its progress, and nothing of anyone else's.

        Its cards, reviews, practice answers and exams go with it (``ON DELETE CASCADE``).
        """
        with self.db.atomic():
            self.db.execute("DELETE FROM profiles WHERE id = ?", [profile_id])

    def save_profile_settings(self, profile: Profile) -> None:
        """Save a profile's settings (everything but its id and name).

        Raises:
            ProfileDeletedError: the profile was deleted meanwhile.
        """
        with self.db.atomic():
            cursor = self.db.execute(
                f"""UPDATE profiles SET {", ".join(f"{key} = ?" for key in _PROFILE_SETTINGS)}
                    WHERE id = ?""",
                [*(getattr(profile, key) for key in _PROFILE_SETTINGS), profile.id],
            )
            if cursor.rowcount == 0:
                raise ProfileDeletedError(profile.name)

    def require_profile(self, profile: Profile) -> None:
        """Check that a learner still exists before saving their work.

        Raises:
            ProfileDeletedError: it was deleted (another window may have done it).
        """
        if self.db.execute("SELECT 1 FROM profiles WHERE id = ?", [profile.id]).fetchone() is None:
            raise ProfileDeletedError(profile.name)

    # -- scheduling --------------------------------------------------------------------------

    def card(self, profile_id: ProfileId, question_id: QuestionId) -> CardState | None:
        """Return the learner's state for a question, or None while it is new."""
        cursor = self.db.execute(
            "SELECT * FROM cards WHERE profile_id = ? AND question_id = ?",
            [profile_id, question_id],
        )
        row = cursor.fetchone()  # read on every answer: plain execute, no row generator
        if row is None:
            return None
        return card_from_row(dict(zip((c[0] for c in cursor.description), row, strict=True)))

    def due_question_ids(
        self,
        profile_id: ProfileId,
        set_ids: Iterable[SetId] | None,
        until: datetime,
        limit: int,
        reviews_until: datetime | None = None,
    ) -> list[QuestionId]:
        """Return questions due by ``until``, the most overdue first.

        Args:
            profile_id: The learner.
            set_ids: Some sets, or None for all.
            until: Questions due by then count (learning steps are due to the minute).
            limit: At most this many.
            reviews_until: Questions in the review stage (spaced by days) due by then count
                too: those due later today are asked today, as their due counts promise.
        """
        where, params = _set_filter(set_ids)
        review_cutoff = to_ms(max(until, reviews_until or until))
        rows = self.db.execute(
            f"""SELECT c.question_id FROM cards c
                JOIN questions q ON q.id = c.question_id
                JOIN question_sets s ON s.id = q.set_id
                WHERE c.profile_id = ? AND (c.due_at <= ? OR (c.state = 2 AND c.due_at < ?))
                AND q.retired = 0 AND s.enabled = 1
                {where} ORDER BY c.due_at LIMIT ?""",
            [profile_id, to_ms(until), review_cutoff, *params, limit],
        )
        return [QuestionId(row[0]) for row in rows]

    def new_question_ids(
        self, profile_id: ProfileId, set_ids: Iterable[SetId] | None, limit: int
    ) -> list[QuestionId]:
        """Return questions the learner has never answered, easiest first."""
        where, params = _set_filter(set_ids)
        rows = self.db.execute(
            f"""SELECT q.id FROM questions q JOIN question_sets s ON s.id = q.set_id
                WHERE q.retired = 0 AND s.enabled = 1 {where}
                AND NOT EXISTS (SELECT 1 FROM cards c
                                WHERE c.profile_id = ? AND c.question_id = q.id)
                ORDER BY q.difficulty, s.position, q.position LIMIT ?""",
            [*params, profile_id, limit],
        )
        return [QuestionId(row[0]) for row in rows]

    def count_reviews_of_started(self, profile_id: ProfileId, since: datetime) -> int:
        """Return how many answers since ``since`` were to questions already started before."""
        row = self.db.execute(
            """SELECT COUNT(*) FROM reviews
               WHERE profile_id = ? AND reviewed_at >= ? AND previous_card IS NOT NULL""",
            [profile_id, to_ms(since)],
        ).fetchone()
        return int(row[0])

    def count_new_started(self, profile_id: ProfileId, since: datetime) -> int:
        """Return how many new questions the learner first answered since ``since``."""
        row = self.db.execute(
            """SELECT COUNT(DISTINCT question_id) FROM reviews
               WHERE profile_id = ? AND reviewed_at >= ? AND previous_card IS NULL""",
            [profile_id, to_ms(since)],
        ).fetchone()
        return int(row[0])

    def answer_card(
        self,
        profile_id: ProfileId,
        question_id: QuestionId,
        rating: Rating,
        at: datetime,
        next_card: Callable[[CardState | None], CardState],
        duration_ms: int | None = None,
        response: Any = None,
    ) -> tuple[int, CardState, CardState | None]:
        """Read a question's state, and save an answer with its new state, in one transaction.

        The write lock is taken before the card is read, so two windows answering the same
        question one after the other never both start from the same old state.

        Args:
            profile_id: the learner.
            question_id: the question answered.
            rating: the rating given.
            at: the moment of the answer.
            next_card: gives the new state from the state read (None while new).
            duration_ms: how long the learner took.
            response: what the learner answered (JSON-ready).

        Returns:
            The id of the review row (for undo), the new state and the state before.
        """
        with _immediate(self.db):
            previous = self.card(profile_id, question_id)
            new_card = next_card(previous)
            review_id = self.record_answer(
                profile_id, question_id, rating, at, new_card, previous, duration_ms, response
            )
        return review_id, new_card, previous

    def record_answer(
        self,
        profile_id: ProfileId,
        question_id: QuestionId,
        rating: Rating,
        at: datetime,
        new_card: CardState,
        previous_card: CardState | None,
        duration_ms: int | None = None,
        response: Any = None,
    ) -> int:
        """Save an answer and the question's new state in one durable transaction.

        Study goes through :meth:`answer_card`, which reads the state before in the same
        transaction; this is for callers that already hold it (tests, imports of history).

        Returns:
            The id of the review row, for undo.
        """
        with _immediate(self.db):
            cursor = self.db.execute(
                """INSERT INTO reviews (profile_id, question_id, reviewed_at, rating, duration_ms,
                     previous_state, previous_card, response)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                [
                    profile_id,
                    question_id,
                    to_ms(at),
                    int(rating),
                    duration_ms,
                    int(previous_card.stage) if previous_card else None,
                    json.dumps(card_to_row(previous_card)) if previous_card else None,
                    _json_or_none(response),
                ],
            )
            row = card_to_row(new_card)
            # An upsert changes the row in place; REPLACE would delete and re-insert it.
            self.db.execute(
                f"""INSERT INTO cards (profile_id, question_id, {", ".join(row)})
                    VALUES (?, ?, {", ".join("?" * len(row))})
                    ON CONFLICT (profile_id, question_id) DO UPDATE SET
                    {", ".join(f"{k} = excluded.{k}" for k in row)}""",
                [profile_id, question_id, *row.values()],
            )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def undo_answer(self, review_id: int) -> QuestionId:
        """Delete a review and put its question back in the state it had before.

        Raises:
            KeyError: no such review (already undone).
        """
        with _immediate(self.db):
            row = self.db.execute(
                "SELECT profile_id, question_id, previous_card FROM reviews WHERE id = ?",
                [review_id],
            ).fetchone()
            if row is None:
                raise KeyError(review_id)
            profile_id, question_id, previous = row
            self.db.execute("DELETE FROM reviews WHERE id = ?", [review_id])
            if previous is None:
                self.db.execute(
                    "DELETE FROM cards WHERE profile_id = ? AND question_id = ?",
                    [profile_id, question_id],
                )
            else:
                card = json.loads(previous)
                self.db.execute(
                    f"""UPDATE cards SET {", ".join(f"{k} = ?" for k in card)}
                        WHERE profile_id = ? AND question_id = ?""",
                    [*card.values(), profile_id, question_id],
                )
        return QuestionId(question_id)

    # -- practice and exams (never touch the schedule) -------------------------------------

    def record_practice(
        self,
        profile_id: ProfileId,
        question_id: QuestionId,
        rating: Rating,
        at: datetime,
        correct: bool | None,
        duration_ms: int | None,
        response: Any,
    ) -> int:
        """Save a practice answer; it changes no schedule and no review statistic."""
        with self.db.atomic():
            cursor = self.db.execute(
                """INSERT INTO practice_answers
                     (profile_id, question_id, answered_at, rating, correct, duration_ms, response)
                   VALUES (?, ?, ?, ?, ?, ?, ?)""",
                [
                    profile_id,
                    question_id,
                    to_ms(at),
                    int(rating),
                    correct,
                    duration_ms,
                    _json_or_none(response),
                ],
            )
        return cast(int, cursor.lastrowid)

    def delete_practice(self, answer_id: int) -> None:
        """Delete a practice answer (undo)."""
        with self.db.atomic():
            self.db.execute("DELETE FROM practice_answers WHERE id = ?", [answer_id])

    def start_exam(
        self,
        profile_id: ProfileId,
        at: datetime,
        set_ids: list[SetId],
        question_ids: list[QuestionId],
        time_limit_s: int | None,
    ) -> int:
        """Record the start of an exam and the questions drawn for it; return its id."""
        with self.db.atomic():
            cursor = self.db.execute(
                """INSERT INTO exams (profile_id, started_at, set_ids, question_ids, time_limit_s)
                   VALUES (?, ?, ?, ?, ?)""",
                [
                    profile_id,
                    to_ms(at),
                    json.dumps(set_ids),
                    json.dumps(question_ids),
                    time_limit_s,
                ],
            )
        return cast(int, cursor.lastrowid)

    def record_exam_answer(
        self,
        exam_id: int,
        question_id: QuestionId,
        at: datetime,
        rating: Rating,
        correct: bool | None,
        score: float,
        duration_ms: int | None,
        response: Any,
    ) -> int:
        """Save one exam answer durably; return its id."""
        with self.db.atomic():
            cursor = self.db.execute(
                """INSERT INTO exam_answers (exam_id, question_id, answered_at, rating, correct,
                     score, duration_ms, response) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                [
                    exam_id,
                    question_id,
                    to_ms(at),
                    int(rating),
                    correct,
                    score,
                    duration_ms,
                    _json_or_none(response),
                ],
            )
        return cast(int, cursor.lastrowid)

    def delete_exam_answer(self, answer_id: int) -> None:
        """Delete an exam answer (undo)."""
        with self.db.atomic():
            self.db.execute("DELETE FROM exam_answers WHERE id = ?", [answer_id])

    def finish_exam(self, exam_id: int, at: datetime, score: float) -> None:
        """Record an exam's end and overall score."""
        with self.db.atomic():
            self.db.execute(
                "UPDATE exams SET finished_at = ?, score = ? WHERE id = ?",
                [to_ms(at), score, exam_id],
            )

    def exam_history(self, profile_id: ProfileId) -> list[dict[str, Any]]:
        """Return the learner's finished exams, newest first."""
        return list(
            self.db.query(
                """SELECT id, started_at, finished_at, set_ids, question_ids, time_limit_s, score
               FROM exams WHERE profile_id = ? AND finished_at IS NOT NULL
               ORDER BY started_at DESC""",
                [profile_id],
            )
        )

    # -- progress ------------------------------------------------------------------------------

    def set_progress_rows(
        self, profile_id: ProfileId, mastered_stability: float, due_by: datetime
    ) -> list[dict[str, Any]]:
        """Return per enabled set: total, new, learning, mastered and due question counts."""
        return list(
            self.db.query(
                """SELECT s.id AS set_id,
                 COUNT(q.id) AS total,
                 COUNT(q.id) - COUNT(c.question_id) AS new,
                 SUM(c.state = 2 AND c.stability >= :mastered) AS mastered,
                 SUM(c.question_id IS NOT NULL
                     AND NOT (c.state = 2 AND c.stability >= :mastered)) AS learning,
                 SUM(c.due_at <= :due_by) AS due
               FROM question_sets s
               LEFT JOIN questions q ON q.set_id = s.id AND q.retired = 0
               LEFT JOIN cards c ON c.question_id = q.id AND c.profile_id = :profile
               WHERE s.enabled = 1
               GROUP BY s.id ORDER BY s.position, s.id""",
                {"mastered": mastered_stability, "due_by": to_ms(due_by), "profile": profile_id},
            )
        )

    def question_report_rows(self, profile_id: ProfileId, since: datetime) -> list[dict[str, Any]]:
        """Return per active question: its set, content, card, and the learner's review figures.

        ``recalled`` and ``tested`` count reviews since ``since`` of questions already learned
        (as in :meth:`recall_counts`); ``time_ms`` is the time spent on all its reviews.
        """
        return list(
            self.db.query(
                """SELECT q.id AS question_id, q.set_id, q.content, c.state, c.stability,
                 COUNT(r.id) AS reviews,
                 COALESCE(SUM(r.rating = 1), 0) AS lapses,
                 COALESCE(SUM(r.reviewed_at >= :since AND r.previous_state = 2 AND r.rating > 1),
                          0) AS recalled,
                 COALESCE(SUM(r.reviewed_at >= :since AND r.previous_state = 2), 0) AS tested,
                 COALESCE(SUM(r.duration_ms), 0) AS time_ms
               FROM questions q
               JOIN question_sets s ON s.id = q.set_id
               LEFT JOIN cards c ON c.question_id = q.id AND c.profile_id = :profile
               LEFT JOIN reviews r ON r.question_id = q.id AND r.profile_id = :profile
               WHERE q.retired = 0 AND s.enabled = 1
               GROUP BY q.id ORDER BY s.position, q.position""",
                {"since": to_ms(since), "profile": profile_id},
            )
        )

    def count_reviews(self, profile_id: ProfileId, since: datetime) -> int:
        """Return how many reviews the learner made since ``since``."""
        row = self.db.execute(
            "SELECT COUNT(*) FROM reviews WHERE profile_id = ? AND reviewed_at >= ?",
            [profile_id, to_ms(since)],
        ).fetchone()
        return int(row[0])

    def days_with_reviews(
        self, profile_id: ProfileId, days: Sequence[tuple[datetime, datetime]]
    ) -> list[bool]:
        """Return, for each (start, end) given, whether the learner reviewed from start to end.

        One statement for all of them: an indexed look-up each.
        """
        bounds = json.dumps([[to_ms(start), to_ms(end)] for start, end in days])
        rows = self.db.execute(
            """SELECT EXISTS (SELECT 1 FROM reviews WHERE profile_id = ?
                 AND reviewed_at >= json_extract(day.value, '$[0]')
                 AND reviewed_at < json_extract(day.value, '$[1]'))
               FROM json_each(?) AS day ORDER BY day.key""",
            [profile_id, bounds],
        )
        return [bool(row[0]) for row in rows]

    def recall_counts(self, profile_id: ProfileId, since: datetime) -> tuple[int, int]:
        """Return (recalled, tested) for reviews of learned questions since ``since``."""
        row = self.db.execute(
            """SELECT SUM(rating > 1), COUNT(*) FROM reviews
               WHERE profile_id = ? AND reviewed_at >= ? AND previous_state = 2""",
            [profile_id, to_ms(since)],
        ).fetchone()
        return int(row[0] or 0), int(row[1])

    # -- personal scheduling parameters (quizapp.core.personal) ------------------------------

    def answer_log(self, profile_id: ProfileId) -> list[tuple[QuestionId, datetime, Rating, bool]]:
        """Return a learner's scheduled answers by question, then time.

        Each is (question, when, rating, whether the learner marked it a guess).
        """
        rows = self.db.execute(
            """SELECT question_id, reviewed_at, rating,
                      coalesce(json_extract(response, '$.guessed'), 0)
               FROM reviews WHERE profile_id = ? ORDER BY question_id, reviewed_at""",
            [profile_id],
        ).fetchall()
        return [(QuestionId(q), from_ms(at), Rating(r), bool(g)) for q, at, r, g in rows]

    def fit_record(self, profile_id: ProfileId) -> FitRecord | None:
        """Return a learner's own parameters and last fit, or None before the first fit."""
        row = self.db.execute(
            "SELECT * FROM learner_parameters WHERE profile_id = ?", [profile_id]
        ).fetchone()
        if row is None:
            return None
        _, parameters, adopted_at, checked_at, answers, loss_kept, loss_fitted = row
        return FitRecord(
            tuple(json.loads(parameters)) if parameters else None,
            from_ms(adopted_at) if adopted_at is not None else None,
            from_ms(checked_at),
            answers,
            loss_kept,
            loss_fitted,
        )

    def save_fit_record(self, profile_id: ProfileId, record: FitRecord) -> None:
        """Save a learner's parameters and last fit in one statement (all or nothing)."""
        self.db.execute(
            """INSERT OR REPLACE INTO learner_parameters VALUES (?, ?, ?, ?, ?, ?, ?)""",
            [
                profile_id,
                json.dumps(list(record.parameters)) if record.parameters else None,
                to_ms(record.adopted_at) if record.adopted_at else None,
                to_ms(record.checked_at),
                record.answers,
                record.loss_kept,
                record.loss_fitted,
            ],
        )


_PROFILE_SETTINGS = (
    "desired_retention",
    "new_per_day",
    "language",
    "max_reviews_per_day",
    "pass_fail",
    "text_scale",
    "day_start_hour",
    "theme",
)


def _profile(row: dict[str, Any]) -> Profile:
    return Profile(
        ProfileId(row["id"]), row["name"], **{key: row[key] for key in _PROFILE_SETTINGS}
    )


def _stored_question(question_id: str, set_id: str, content: str) -> Question:
    """Rebuild a stored question through the trusted fast path (it was checked when stored).

    Raises:
        DatabaseDamagedError: the stored record cannot be read back as a question.
    """
    try:
        return stored_question(content, SetId(set_id))
    except (ValueError, TypeError, KeyError):
        raise DatabaseDamagedError(
            f"The stored question '{question_id}' is damaged. Run Check database to repair it."
        ) from None


def _readable(question_id: str, set_id: str, content: str) -> bool:
    try:
        _stored_question(question_id, set_id, content)
    except DatabaseDamagedError:
        return False
    return True


def _json_or_none(value: Any) -> str | None:
    return json.dumps(value, ensure_ascii=False) if value is not None else None


def _translating(method: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(method)
    def call(store: Store, *args: Any, **kwargs: Any) -> Any:
        with translated(store.path, lambda: restore_advice(store.path)):
            return method(store, *args, **kwargs)

    return call


# Storage is the boundary where SQLite's errors become ours: every public method translates.
for _name, _method in list(vars(Store).items()):
    if not _name.startswith("_") and _name != "transaction" and callable(_method):
        setattr(Store, _name, _translating(_method))


def _set_filter(set_ids: Iterable[SetId] | None) -> tuple[str, list[SetId]]:
    if set_ids is None:
        return "", []
    ids = list(set_ids)
    return f"AND q.set_id IN ({', '.join('?' * len(ids))})", ids
