"""Questions and question sets: loading and editing them, listing and reading them back."""

from __future__ import annotations

import enum
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from quizapp.core.errors import DatabaseDamagedError
from quizapp.core.messages import QT_TRANSLATE_NOOP, Message
from quizapp.core.model import MediaFile, Origin, Question, QuestionId, QuestionSet, SetId, Text
from quizapp.core.storage.part import StorePart, set_filter
from quizapp.core.storage.records import (
    content_digest,
    stored_content,
    stored_question,
    text_from_json,
    text_to_json,
)

_IMPORTED_POSITION = 1000  # imported sets are listed after every built-in set
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
class BatchReport:
    """What writing one batch of an imported set's questions did."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    owners: dict[QuestionId, SetId] = field(default_factory=dict)
    """Questions of the batch already stored in another set (the batch was not written)."""


class QuestionChange(enum.StrEnum):
    """What loading a question would do to the one stored under its id."""

    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"


@dataclass(frozen=True)
class SetInfo:
    """A set as the set manager lists it."""

    id: SetId
    title: str
    origin: Origin
    enabled: bool
    questions: int
    deleted: bool = False  # deleted by the teacher; learners' history of it is kept


@dataclass(frozen=True)
class DamagedQuestion:
    """A stored question whose record no longer matches its hash, or cannot be read back."""

    question_id: QuestionId
    set_id: SetId
    origin: Origin | None  # None: its set's row is gone too


class QuestionStore(StorePart):
    """The question sets and their questions, pictures, source files and import layouts."""

    def sync_sets(
        self,
        sets: Sequence[QuestionSet],
        origin: Origin,
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
            origin: built in (placed in the given order) or imported (placed after every
                built-in set, keeping their place when loaded again).
            retire: retire questions of these sets that are not given (an import adds to a
                set and leaves its other questions alone).
            media: images the questions show, stored with their set.
            progress: called with (questions written, questions in all) while writing.
            fingerprint: of the files the sets come from, recorded for
                :meth:`source_fingerprint` in the same transaction.
        """
        added = updated = unchanged = retired = 0
        total = sum(len(s.questions) for s in sets)
        written = 0
        with self.db.atomic():
            self._save_sets(sets, origin)
            for question_set in sets:
                questions = question_set.questions
                # Batches of rows: per-row execute() calls cost more than the work itself, and
                # one batch at a time keeps only its stored records in memory.
                for start in range(0, len(questions), _BATCH):
                    batch = questions[start : start + _BATCH]
                    new, changed, same = self._write_questions(
                        question_set.id, batch, start, self._stored(batch)
                    )
                    added, updated, unchanged = added + new, updated + changed, unchanged + same
                    written += len(batch)
                    if progress is not None:
                        progress(written, total)
                if retire:
                    retired += self._retire_missing(question_set)
            self._save_media(media)
            if fingerprint is not None:
                self.db.execute(
                    "INSERT OR REPLACE INTO source_fingerprints VALUES (?, ?)",
                    [origin, fingerprint],
                )
        return SyncReport(added, updated, unchanged, retired, len(media))

    def write_batch(
        self, question_set: QuestionSet, questions: Sequence[Question], first_position: int
    ) -> BatchReport:
        """Write a batch of an imported set's questions, inside the caller's transaction.

        Run it within :meth:`Store.transaction`, so that a problem found later rolls back every
        batch. The set's own row is written with the first batch (``first_position`` 0); its
        ``questions`` are not read, the batch's are placed from ``first_position`` on.

        Returns:
            What the batch added, updated or left unchanged; questions already stored in
            another set are not written but returned as ``owners``.
        """
        stored = self._stored(questions)
        owners = {
            question.id: SetId(stored[question.id][0])
            for question in questions
            if question.id in stored and stored[question.id][0] != question_set.id
        }
        if owners:
            return BatchReport(owners=owners)
        if first_position == 0:
            self._save_sets([question_set], Origin.IMPORTED)
        added, updated, unchanged = self._write_questions(
            question_set.id, questions, first_position, stored
        )
        return BatchReport(added, updated, unchanged)

    def _stored(self, questions: Sequence[Question]) -> dict[str, tuple[str, str]]:
        """Return the set and content hash of each of these questions already stored."""
        ids = [question.id for question in questions]
        rows = self.db.execute(
            f"SELECT id, set_id, content_hash FROM questions WHERE id IN "
            f"({', '.join('?' * len(ids))})",
            ids,
        )
        return {row[0]: (row[1], row[2]) for row in rows}

    def _write_questions(
        self,
        set_id: SetId,
        questions: Sequence[Question],
        first_position: int,
        stored: dict[str, tuple[str, str]],
    ) -> tuple[int, int, int]:
        """Insert or update questions of a set in one statement; return added, updated, same."""
        added = updated = unchanged = 0
        rows = []
        for position, question in enumerate(questions, start=first_position):
            content, digest = stored_content(question)
            old = stored.get(question.id)
            if old is None:
                added += 1
            elif old[1] == digest:
                unchanged += 1
            else:
                updated += 1
            rows.append((question.id, set_id, position, question.difficulty, content, digest))
        self.db.conn.executemany(_UPSERT_QUESTION, rows)
        return added, updated, unchanged

    def _save_sets(self, sets: Sequence[QuestionSet], origin: Origin) -> None:
        """Insert or update the rows of sets (not their questions).

        Built-in sets are placed in the given order; imported ones after every built-in set,
        keeping their place when loaded again.
        """
        positions = {
            row["id"]: row["position"]
            for row in self.db.query("SELECT id, position FROM question_sets")
        }
        next_position = max([_IMPORTED_POSITION - 1, *positions.values()]) + 1
        for index, question_set in enumerate(sets):
            position = index
            if origin is not Origin.BUILTIN:
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

    def _save_media(self, media: Sequence[MediaFile]) -> None:
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

    def save(self, question: Question) -> None:
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
            self.db.execute(
                _UPSERT_QUESTION,
                [question.id, question.set_id, row[0], question.difficulty, content, digest],
            )

    def retire(self, question_id: QuestionId) -> None:
        """Take a question out of study and lists; learners' history of it is kept."""
        with self.db.atomic():
            self.db.execute("UPDATE questions SET retired = 1 WHERE id = ?", [question_id])

    def set_listing(self) -> list[SetInfo]:
        """Return every set, enabled or not, with its origin and active question count.

        Deleted sets come last, counting the questions whose history they keep.
        """
        return [
            SetInfo(
                SetId(row["id"]),
                str(text_from_json(row["title"])),
                Origin(row["origin"]),
                bool(row["enabled"]),
                row["questions"],
                bool(row["deleted"]),
            )
            for row in self.db.query(
                """SELECT s.id, s.title, s.origin, s.enabled, s.deleted, COUNT(q.id) AS questions
                   FROM question_sets s
                   LEFT JOIN questions q ON q.set_id = s.id AND (q.retired = 0 OR s.deleted = 1)
                   GROUP BY s.id ORDER BY s.deleted, s.position, s.id"""
            )
        ]

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

    def set_origins(self) -> dict[SetId, Origin]:
        """Return every set's id (enabled or not) and where it came from."""
        return {
            SetId(row["id"]): Origin(row["origin"])
            for row in self.db.query("SELECT id, origin FROM question_sets")
        }

    def owners(self, question_ids: Iterable[QuestionId]) -> dict[QuestionId, SetId]:
        """Return the set each of these questions is in, for those that exist."""
        owners: dict[QuestionId, SetId] = {}
        ids = list(question_ids)
        for start in range(0, len(ids), _BATCH):
            chunk = ids[start : start + _BATCH]
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

    def changes(self, questions: Iterable[Question]) -> dict[QuestionId, QuestionChange]:
        """Return what loading each question would do to the stored one.

        Only questions already stored are hashed: a new one is new whatever its content.
        """
        given = {question.id: question for question in questions}
        distinct = list(given.values())
        stored: dict[str, str] = {}
        for start in range(0, len(distinct), _BATCH):
            batch = self._stored(distinct[start : start + _BATCH])
            stored |= {question_id: digest for question_id, (_, digest) in batch.items()}
        return {qid: _change(stored.get(qid), question) for qid, question in given.items()}

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

    def source_fingerprint(self, origin: Origin) -> str | None:
        """Return the fingerprint recorded by the last :meth:`sync_sets` of ``origin``."""
        row = self.db.execute(
            "SELECT fingerprint FROM source_fingerprints WHERE origin = ?", [origin]
        ).fetchone()
        return row[0] if row else None

    def count(self, origin: Origin) -> int:
        """Return how many active questions the sets of ``origin`` hold."""
        row = self.db.execute(
            """SELECT COUNT(*) FROM questions q JOIN question_sets s ON s.id = q.set_id
               WHERE s.origin = ? AND q.retired = 0""",
            [origin],
        ).fetchone()
        return int(row[0])

    def sets(self) -> list[QuestionSet]:
        """Return the enabled sets in their order, without their questions."""
        return [
            QuestionSet(
                SetId(row["id"]),
                text_from_json(row["title"]),  # type: ignore[arg-type]
                text_from_json(row["description"]),
                Origin(row["origin"]),
            )
            for row in self.db.query(
                "SELECT * FROM question_sets WHERE enabled = 1 ORDER BY position, id"
            )
        ]

    def active(self, set_ids: Iterable[SetId] | None = None) -> list[Question]:
        """Return the active questions, of some sets or of all, in set and file order."""
        where, params = set_filter(set_ids)
        rows = self.db.execute(
            f"""SELECT q.id, q.set_id, q.content FROM questions q
                JOIN question_sets s ON s.id = q.set_id
                WHERE q.retired = 0 AND s.enabled = 1 {where}
                ORDER BY s.position, q.position""",
            params,
        )
        return [read_question(*row) for row in rows]

    def get(self, question_id: QuestionId) -> Question:
        """Return one question by id (retired ones included).

        Raises:
            KeyError: there is no such question.
        """
        row = self.db.execute(
            "SELECT id, set_id, content FROM questions WHERE id = ?", [question_id]
        ).fetchone()
        if row is None:
            raise KeyError(question_id)
        return read_question(*row)

    def damaged(self) -> list[DamagedQuestion]:
        """Return each stored question that no longer matches its hash, by id.

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
                damaged.append(
                    DamagedQuestion(
                        QuestionId(question_id),
                        SetId(set_id),
                        Origin(origin) if origin in set(Origin) else None,
                    )
                )
        return damaged


def read_question(question_id: str, set_id: str, content: str) -> Question:
    """Rebuild a stored question through the trusted fast path (it was checked when stored).

    Raises:
        DatabaseDamagedError: the stored record cannot be read back as a question.
    """
    try:
        return stored_question(content, SetId(set_id))
    except (ValueError, TypeError, KeyError):
        raise DatabaseDamagedError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The stored question '{question_id}' is damaged. Run Check database to "
                    "repair it.",
                ),
                {"question_id": question_id},
            )
        ) from None


def _readable(question_id: str, set_id: str, content: str) -> bool:
    try:
        read_question(question_id, set_id, content)
    except DatabaseDamagedError:
        return False
    return True


def _change(stored_hash: str | None, question: Question) -> QuestionChange:
    """Return what loading ``question`` does to the stored one with ``stored_hash`` (or none)."""
    if stored_hash is None:
        return QuestionChange.NEW
    if stored_hash == stored_content(question)[1]:
        return QuestionChange.UNCHANGED
    return QuestionChange.UPDATED
