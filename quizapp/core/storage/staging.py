"""An import's questions, staged in a temporary table a batch at a time, then written at once."""

from __future__ import annotations

from collections.abc import Callable

from sqlite_utils import Database

from quizapp.core.model import Question, QuestionId, SetId
from quizapp.core.storage.records import stored_content, stored_question

_BATCH = 1000  # questions staged per statement, and between progress reports
_FILTER_BITS = 1 << 24  # 2 MB: most ids never seen are told apart without a query
_STAGED_ROW = "(id, set_id, file, line, position, difficulty, content, content_hash)"

UPDATE_QUESTION_IN_PLACE = """ON CONFLICT(id) DO UPDATE SET set_id = excluded.set_id,
     position = excluded.position, difficulty = excluded.difficulty,
     content = excluded.content, content_hash = excluded.content_hash, retired = 0"""
"""How a question written again keeps its row: its id, and so its progress, stay."""
StagedRow = tuple[QuestionId, SetId, int, int, int, int, str, str]


class ImportStaging:
    """The questions an import has read so far, held in the database rather than in memory.

    It lives inside the import's transaction (see :meth:`Store.staged_import`): nothing of it
    outlasts a failed import. Ids are looked up through a small bit filter first, so a file
    of new ids costs one bit test each, not a query.
    """

    def __init__(self, db: Database, progress: Callable[[int], None] | None = None):
        self.db = db
        self.progress = progress
        self.count = 0
        self._pending: dict[QuestionId, StagedRow] = {}
        self._filter = bytearray(_FILTER_BITS // 8)
        self._positions: dict[SetId, int] = {}
        db.execute(
            """CREATE TEMP TABLE staged_questions (
                 id TEXT PRIMARY KEY, set_id TEXT NOT NULL,
                 file INTEGER NOT NULL, line INTEGER NOT NULL,    -- where it was read
                 position INTEGER NOT NULL, difficulty INTEGER NOT NULL,
                 content TEXT NOT NULL, content_hash TEXT NOT NULL
               ) WITHOUT ROWID"""
        )

    def drop(self) -> None:
        """Delete the staging table (the transaction it lived in is over)."""
        self.db.execute("DROP TABLE temp.staged_questions")

    def place_of(self, question_id: QuestionId) -> tuple[int, int] | None:
        """Return (file, line) of the staged question with this id, if there is one."""
        row = self._pending.get(question_id)
        if row is not None:
            return row[2], row[3]
        bit = hash(question_id) % _FILTER_BITS
        if not self._filter[bit >> 3] & (1 << (bit & 7)):
            return None
        found = self.db.execute(
            "SELECT file, line FROM temp.staged_questions WHERE id = ?", [question_id]
        ).fetchone()
        return (found[0], found[1]) if found else None

    def question(self, question_id: QuestionId) -> Question:
        """Return a staged question (as it will be stored)."""
        row = self._pending.get(question_id)
        if row is None:
            row = self.db.execute(
                "SELECT * FROM temp.staged_questions WHERE id = ?", [question_id]
            ).fetchone()
        return stored_question(row[6], row[1])

    def add(self, question: Question, file: int, line: int) -> None:
        """Stage a checked question of file number ``file`` (its id must be new here)."""
        content, digest = stored_content(question)
        position = self._positions.get(question.set_id, 0)
        self._positions[question.set_id] = position + 1
        self._pending[question.id] = (
            question.id,
            question.set_id,
            file,
            line,
            position,
            question.difficulty,
            content,
            digest,
        )
        bit = hash(question.id) % _FILTER_BITS
        self._filter[bit >> 3] |= 1 << (bit & 7)
        self.count += 1
        if len(self._pending) >= _BATCH:
            self._flush()
            if self.progress is not None:
                self.progress(self.count)

    def _flush(self) -> None:
        self.db.conn.executemany(
            f"INSERT INTO temp.staged_questions {_STAGED_ROW} VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            self._pending.values(),
        )
        self._pending.clear()

    def clashes(self) -> list[tuple[QuestionId, int, int, SetId]]:
        """Return (id, file, line, its set) of staged questions whose id has another set."""
        self._flush()
        return [
            (QuestionId(row[0]), row[1], row[2], SetId(row[3]))
            for row in self.db.execute(
                """SELECT s.id, s.file, s.line, q.set_id FROM temp.staged_questions s
                   JOIN questions q ON q.id = s.id WHERE q.set_id != s.set_id
                   ORDER BY s.file, s.line"""
            )
        ]

    def write(self) -> tuple[int, int, int]:
        """Write every staged question into ``questions``; return (added, updated, unchanged).

        A question already there is updated in place (its id, and so its progress, stays).
        """
        self._flush()
        added, unchanged = self.db.execute(
            """SELECT COALESCE(SUM(q.id IS NULL), 0),
                      COALESCE(SUM(q.content_hash = s.content_hash), 0)
               FROM temp.staged_questions s LEFT JOIN questions q ON q.id = s.id"""
        ).fetchone()
        self.db.execute(
            """INSERT INTO questions
                 (id, set_id, position, difficulty, content, content_hash, retired)
               SELECT id, set_id, position, difficulty, content, content_hash, 0
               FROM temp.staged_questions WHERE true """
            + UPDATE_QUESTION_IN_PLACE
        )
        return added, self.count - added - unchanged, unchanged
