"""The database schema as named migrations, applied in order and recorded as applied."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from quizapp.core.scheduler import MASTERED_STABILITY_DAYS, CardStage
from quizapp.core.storage.connection import Connection

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

Step = Callable[["Database"], None]


class NamedMigrations:
    """The app's migrations in order, applied by sqlite-utils' ``Migrations`` when needed.

    Registering them (``@MIGRATIONS(name=...)``) and listing their names does not load
    sqlite-utils: a database that has every migration opens without it (issue 15).
    ``pending``, ``applied`` and ``apply`` take the store's :class:`Connection` or a
    sqlite-utils ``Database``.
    """

    def __init__(self, name: str):
        self.name = name
        self.steps: list[tuple[str, Step]] = []

    def __call__(self, *, name: str) -> Callable[[Step], Step]:
        """Register the decorated function as the migration called ``name``."""

        def register(step: Step) -> Step:
            self.steps.append((name, step))
            return step

        return register

    def names(self) -> list[str]:
        """Return the names of every migration, in order."""
        return [name for name, _ in self.steps]

    @functools.cached_property
    def _applier(self) -> Migrations:
        from sqlite_utils.migrations import Migrations

        migrations = Migrations(self.name)
        for name, step in self.steps:
            migrations(name=name)(step)
        return migrations

    def pending(self, db: Connection | Database) -> list[Any]:
        """Return the migrations not yet applied to ``db``, in order."""
        return self._applier.pending(_database(db))

    def applied(self, db: Connection | Database) -> list[Any]:
        """Return the migrations applied to ``db``, in the order they were applied."""
        return self._applier.applied(_database(db))

    def apply(self, db: Connection | Database, stop_before: str | None = None) -> None:
        """Apply the pending migrations to ``db`` (those before ``stop_before``, if given)."""
        self._applier.apply(_database(db), stop_before=stop_before)


def _database(db: Connection | Database) -> Database:
    """Return sqlite-utils' ``Database`` over the same SQLite connection."""
    from sqlite_utils import Database

    return Database(db.conn, execute_plugins=False) if isinstance(db, Connection) else db


MIGRATIONS = NamedMigrations("quizapp")


def known_migration_names() -> set[str]:
    """Return the names of every migration this version knows (newer databases have more)."""
    return set(MIGRATIONS.names())


@MIGRATIONS(name="0001_initial")
def initial_schema(db: Database) -> None:
    """Create sets, questions, profiles, scheduling cards and the review log."""
    statements = [
        """CREATE TABLE question_sets (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,          -- JSON {"language": .., "values": {lang: text}}
            description TEXT,
            origin TEXT NOT NULL,          -- 'builtin' or 'imported'
            position INTEGER NOT NULL,
            enabled INTEGER NOT NULL DEFAULT 1
        )""",
        """CREATE TABLE questions (
            id TEXT PRIMARY KEY,
            set_id TEXT NOT NULL REFERENCES question_sets(id),
            position INTEGER NOT NULL,
            difficulty INTEGER NOT NULL,
            content TEXT NOT NULL,          -- JSON record in the question-file format
            content_hash TEXT NOT NULL,
            retired INTEGER NOT NULL DEFAULT 0   -- gone from its file; history is kept
        )""",
        "CREATE INDEX questions_by_set ON questions(set_id, retired, difficulty, position)",
        """CREATE TABLE profiles (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            created_at INTEGER NOT NULL,
            desired_retention REAL NOT NULL DEFAULT 0.9,
            new_per_day INTEGER NOT NULL DEFAULT 20,
            language TEXT NOT NULL DEFAULT 'en'
        )""",
        """CREATE TABLE cards (
            profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            question_id TEXT NOT NULL REFERENCES questions(id),
            state INTEGER NOT NULL,        -- 1 learning, 2 review, 3 relearning (FSRS)
            step INTEGER,
            stability REAL,
            difficulty REAL,
            due_at INTEGER NOT NULL,       -- Unix time in milliseconds, UTC
            last_review_at INTEGER,
            PRIMARY KEY (profile_id, question_id)
        ) WITHOUT ROWID""",
        "CREATE INDEX cards_by_due ON cards(profile_id, due_at)",
        """CREATE TABLE reviews (
            id INTEGER PRIMARY KEY,
            profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            question_id TEXT NOT NULL REFERENCES questions(id),
            reviewed_at INTEGER NOT NULL,  -- Unix time in milliseconds, UTC
            rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
            duration_ms INTEGER,
            previous_state INTEGER,        -- NULL when the question was new
            previous_card TEXT,            -- JSON of the card before, for undo
            response TEXT                  -- JSON of what the learner answered
        )""",
        "CREATE INDEX reviews_by_time ON reviews(profile_id, reviewed_at)",
    ]
    for statement in statements:
        db.execute(statement)


@MIGRATIONS(name="0002_practice_and_exams")
def practice_and_exams(db: Database) -> None:
    """Keep practice answers and exams apart from the review log, so they never move schedules."""
    statements = [
        """CREATE TABLE practice_answers (
            id INTEGER PRIMARY KEY,
            profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            question_id TEXT NOT NULL REFERENCES questions(id),
            answered_at INTEGER NOT NULL,  -- Unix time in milliseconds, UTC
            rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
            correct INTEGER,               -- NULL for self-graded flashcards
            duration_ms INTEGER,
            response TEXT
        )""",
        """CREATE TABLE exams (
            id INTEGER PRIMARY KEY,
            profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            started_at INTEGER NOT NULL,
            finished_at INTEGER,
            set_ids TEXT NOT NULL,         -- JSON list
            question_ids TEXT NOT NULL,    -- JSON list, in the order asked
            time_limit_s INTEGER,
            score REAL
        )""",
        """CREATE TABLE exam_answers (
            id INTEGER PRIMARY KEY,
            exam_id INTEGER NOT NULL REFERENCES exams(id) ON DELETE CASCADE,
            question_id TEXT NOT NULL REFERENCES questions(id),
            answered_at INTEGER NOT NULL,
            rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
            correct INTEGER,
            score REAL NOT NULL,
            duration_ms INTEGER,
            response TEXT
        )""",
        "CREATE INDEX exam_answers_by_exam ON exam_answers(exam_id)",
        "CREATE INDEX practice_by_profile ON practice_answers(profile_id, answered_at)",
    ]
    for statement in statements:
        db.execute(statement)


@MIGRATIONS(name="0003_profile_settings")
def profile_settings(db: Database) -> None:
    """Add the learner's study settings; an empty language means "follow the system"."""
    for statement in (
        "ALTER TABLE profiles ADD COLUMN max_reviews_per_day INTEGER NOT NULL DEFAULT 200",
        "ALTER TABLE profiles ADD COLUMN pass_fail INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE profiles ADD COLUMN text_scale REAL NOT NULL DEFAULT 1.0",
    ):
        db.execute(statement)


@MIGRATIONS(name="0100_import_media")
def import_media(db: Database) -> None:
    """Keep the images of imported sets (from Anki packages) with their set."""
    db.execute(
        """CREATE TABLE media (
            set_id TEXT NOT NULL REFERENCES question_sets(id),
            name TEXT NOT NULL,            -- a bare file name, as questions name it
            data BLOB NOT NULL,
            PRIMARY KEY (set_id, name)
        ) WITHOUT ROWID"""
    )


@MIGRATIONS(name="0300_teach_deleted_sets")
def deleted_sets(db: Database) -> None:
    """Mark sets a teacher deleted: hidden, their questions retired, learners' history kept."""
    db.execute("ALTER TABLE question_sets ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0")


@MIGRATIONS(name="0200_perf_source_fingerprints")
def source_fingerprints(db: Database) -> None:
    """Remember a fingerprint of the files each origin was last loaded from.

    At start the built-in bank is parsed only when its files changed since the last load.
    """
    db.execute(
        """CREATE TABLE source_fingerprints (
            origin TEXT PRIMARY KEY,        -- 'builtin'
            fingerprint TEXT NOT NULL       -- sha256 of the files and the app version
        )"""
    )


@MIGRATIONS(name="0160_scheduler_day_start")
def scheduler_day_start(db: Database) -> None:
    """Let each learner choose the local hour their study day starts at (4 a.m., as Anki)."""
    db.execute("ALTER TABLE profiles ADD COLUMN day_start_hour INTEGER NOT NULL DEFAULT 4")


@MIGRATIONS(name="0161_scheduler_learner_parameters")
def learner_parameters(db: Database) -> None:
    """Keep each learner's own FSRS parameters and how their last fit went."""
    db.execute(
        """CREATE TABLE learner_parameters (
            profile_id INTEGER PRIMARY KEY REFERENCES profiles(id) ON DELETE CASCADE,
            parameters TEXT,               -- JSON list of 21 numbers; NULL keeps the defaults
            adopted_at INTEGER,            -- when these parameters came into force
            checked_at INTEGER NOT NULL,   -- the last fit, adopted or not
            answers INTEGER NOT NULL,      -- answers the last fit learned from
            loss_kept REAL NOT NULL,       -- held-out log loss of the parameters in force then
            loss_fitted REAL NOT NULL      -- held-out log loss of the candidate
        )"""
    )


@MIGRATIONS(name="0400_charts_question_topics")
def question_topics(db: Database) -> None:
    """Keep each question's topic (JSON of its texts) beside its record, for the charts.

    Mastery per topic then groups by a plain column: reading every record's JSON took most
    of the Progress page's time at 100,000 questions.
    """
    db.execute("ALTER TABLE questions ADD COLUMN topic TEXT")
    db.execute("UPDATE questions SET topic = json_extract(content, '$.topic')")


@MIGRATIONS(name="0900_safety_answer_indexes")
def answer_indexes(db: Database) -> None:
    """Index answers by question, so deleting a set costs in proportion to that set.

    Deleting a question checks every table that refers to it (foreign keys); without these
    indexes each check reads the whole table.
    """
    for table in ("cards", "reviews", "practice_answers", "exam_answers"):
        db.execute(f"CREATE INDEX {table}_by_question ON {table}(question_id)")


@MIGRATIONS(name="0410_teachers_import_layouts")
def import_layouts(db: Database) -> None:
    """Remember the column roles chosen for file layouts, and which files filled each set."""
    db.execute(
        """CREATE TABLE import_layouts (
            signature TEXT PRIMARY KEY,     -- delimited.layout_signature of the first row
            columns TEXT NOT NULL,          -- JSON list: each column's role, '' to skip
            has_header INTEGER NOT NULL     -- whether the first row names the columns
        )"""
    )
    db.execute(
        """CREATE TABLE set_sources (
            set_id TEXT NOT NULL REFERENCES question_sets(id),
            file_name TEXT NOT NULL,        -- a file imported into the set (name only)
            PRIMARY KEY (set_id, file_name)
        ) WITHOUT ROWID"""
    )


@MIGRATIONS(name="0500_ux_theme")
def profile_theme(db: Database) -> None:
    """Add the learner's choice of light or dark look ("system" follows the desktop)."""
    db.execute("ALTER TABLE profiles ADD COLUMN theme TEXT NOT NULL DEFAULT 'system'")


def _mastered(card: str) -> str:
    """Return the SQL 0/1 of whether the card row ``card`` is mastered (as ``mastered_sql``)."""
    return (
        f"coalesce({card}.state = {int(CardStage.REVIEW)} "
        f"AND {card}.stability >= {MASTERED_STABILITY_DAYS}, 0)"
    )


def _add_card(card: str) -> str:
    """Return the statement counting the card row ``card`` in its set's tally.

    Only cards of active (not retired) questions are counted.
    """
    return f"""INSERT INTO set_tallies (profile_id, set_id, started, mastered)
        SELECT {card}.profile_id, q.set_id, 1, {_mastered(card)}
        FROM questions q WHERE q.id = {card}.question_id AND q.retired = 0
        ON CONFLICT DO UPDATE SET started = started + 1,
                                  mastered = mastered + excluded.mastered;"""


def _take_card(card: str) -> str:
    """Return the statement no longer counting the card row ``card`` in its set's tally.

    An update, never an insert: a learner being deleted may have lost their tallies first.
    """
    return f"""UPDATE set_tallies SET started = started - 1,
        mastered = mastered - {_mastered(card)}
        WHERE profile_id = {card}.profile_id AND set_id =
            (SELECT set_id FROM questions WHERE id = {card}.question_id AND retired = 0);"""


def _add_question(question: str) -> str:
    """Return the statements counting the question row ``question`` and its learners' cards."""
    return f"""INSERT INTO set_sizes (set_id, questions)
        SELECT {question}.set_id, 1 WHERE {question}.retired = 0
        ON CONFLICT DO UPDATE SET questions = questions + 1;
        INSERT INTO set_tallies (profile_id, set_id, started, mastered)
        SELECT c.profile_id, {question}.set_id, 1, {_mastered("c")}
        FROM cards c WHERE c.question_id = {question}.id AND {question}.retired = 0
        ON CONFLICT DO UPDATE SET started = started + 1,
                                  mastered = mastered + excluded.mastered;"""


def _take_question(question: str) -> str:
    """Return the statements no longer counting the question row ``question`` and its cards."""
    return f"""UPDATE set_sizes SET questions = questions - 1
        WHERE set_id = {question}.set_id AND {question}.retired = 0;
        UPDATE set_tallies SET started = started - 1, mastered = mastered - {_mastered("c")}
        FROM cards c WHERE c.question_id = {question}.id AND {question}.retired = 0
        AND set_tallies.profile_id = c.profile_id AND set_tallies.set_id = {question}.set_id;"""


@MIGRATIONS(name="1500_speed_set_tallies")
def set_tallies(db: Database) -> None:
    """Keep each set's size and each learner's started and mastered counts per set.

    The home screen reads its bars from these few rows instead of counting every question
    and card. Triggers keep them right on every write (answers, undo, imports, retiring,
    moving and deleting questions), in the writer's own transaction. A new definition of
    "mastered" needs a migration that recreates them.
    """
    db.execute(
        """CREATE TABLE set_sizes (
            set_id TEXT PRIMARY KEY,
            questions INTEGER NOT NULL      -- active (not retired) questions
        ) WITHOUT ROWID"""
    )
    db.execute(
        """CREATE TABLE set_tallies (
            profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            set_id TEXT NOT NULL,
            started INTEGER NOT NULL,       -- cards of active questions
            mastered INTEGER NOT NULL,      -- of which mastered
            PRIMARY KEY (profile_id, set_id)
        ) WITHOUT ROWID"""
    )
    triggers = {
        "cards_tally_insert": f"AFTER INSERT ON cards BEGIN {_add_card('new')} END",
        "cards_tally_delete": f"AFTER DELETE ON cards BEGIN {_take_card('old')} END",
        "cards_tally_update": f"""AFTER UPDATE OF profile_id, question_id, state, stability
            ON cards WHEN {_mastered("old")} != {_mastered("new")}
            OR old.profile_id != new.profile_id OR old.question_id != new.question_id
            BEGIN {_take_card("old")} {_add_card("new")} END""",
        "questions_size_insert": f"""AFTER INSERT ON questions
            BEGIN {_add_question("new")} END""",
        "questions_size_delete": f"""AFTER DELETE ON questions
            BEGIN {_take_question("old")} END""",
        "questions_size_update": f"""AFTER UPDATE OF id, set_id, retired ON questions
            WHEN old.id != new.id OR old.set_id != new.set_id OR old.retired != new.retired
            BEGIN {_take_question("old")} {_add_question("new")} END""",
    }
    for name, body in triggers.items():
        db.execute(f"CREATE TRIGGER {name} {body}")
    db.execute(
        """INSERT INTO set_sizes SELECT set_id, COUNT(*) FROM questions
           WHERE retired = 0 GROUP BY set_id"""
    )
    db.execute(
        f"""INSERT INTO set_tallies SELECT c.profile_id, q.set_id, COUNT(*),
              SUM({_mastered("c")})
            FROM cards c JOIN questions q ON q.id = c.question_id
            WHERE q.retired = 0 GROUP BY c.profile_id, q.set_id"""
    )
