"""Failures of the environment injected under storage: the exact message, and nothing changed."""

import json
import os
import sqlite3
import stat
import threading
from datetime import timedelta
from pathlib import Path

import pytest

from quizapp.core import maintenance, ops
from quizapp.core.errors import (
    DatabaseDamagedError,
    DatabaseLockedError,
    DatabaseTooNewError,
    DataFolderError,
    DeletedMeanwhileError,
    DiskFullError,
    ForeignDatabaseError,
    ReadOnlyError,
)
from quizapp.core.model import Rating
from quizapp.core.session import StudySession
from quizapp.core.storage import Store, open_store
from quizapp.core.storage.connection import Connection
from quizapp.core.storage.failures import storage_error
from quizapp.core.storage.records import card_from_row
from quizapp.core.storage.reviews import ReviewStore

TEST_BANK = Path(__file__).parent.parent / "data" / "bank"


def count(store, table="reviews"):
    return store.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


@pytest.fixture
def learner(library, now):
    """The test bank's library with the learner Ana, and a study session of hers."""
    profile = ops.choose_profile(library.store, "Ana", now)
    return library, StudySession(library.store, profile)


def test_full_disk_refuses_the_answer_with_its_own_message(learner, now):
    library, session = learner
    session.answer(session.next_question(now), Rating.GOOD, now)
    pages = library.store.db.execute("PRAGMA page_count").fetchone()[0]
    library.store.db.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full now
    library.store.db.execute(
        "CREATE TRIGGER ballast AFTER INSERT ON reviews BEGIN "
        "INSERT INTO media VALUES (NEW.question_id, 'x', zeroblob(100000)); END"
    )
    question = session.next_question(now)
    with pytest.raises(DiskFullError) as raised:
        session.answer(question, Rating.GOOD, now)
    assert str(raised.value) == (
        f"The disk holding {library.path} is full, so the last change was not saved; "
        "everything saved before is safe. Free some space on that disk, then try again."
    )
    assert count(library.store) == 1
    assert len(session.history) == 1


def test_read_only_database_refuses_the_answer_with_its_own_message(library, now):
    profile = ops.choose_profile(library.store, "Ana", now)
    store = Store(Connection(library.path, read_only=True), library.path)
    session = StudySession(store, profile)
    with pytest.raises(ReadOnlyError) as raised:
        session.answer(session.next_question(now), Rating.GOOD, now)
    assert str(raised.value) == (
        f"{library.path} cannot be written: the file or its folder is read-only, so the last "
        "change was not saved. Make the folder writable (or copy the data folder somewhere "
        "writable and use that), then try again."
    )
    assert count(library.store) == 0
    store.close()


def test_second_writer_makes_the_answer_wait_then_explain(learner, now):
    library, session = learner
    library.store.db.execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(library.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    with pytest.raises(DatabaseLockedError) as raised:
        session.answer(session.next_question(now), Rating.GOOD, now)
    assert str(raised.value) == (
        f"{library.path} is busy: another quizapp window or command kept writing to it for "
        "more than 5 seconds, so the last change was not saved. Wait for it to finish (or "
        "close the other window), then try again."
    )
    other.execute("ROLLBACK")
    session.answer(session.next_question(now), Rating.GOOD, now)  # the retry is saved
    assert count(library.store) == 1
    other.close()


def test_answer_waits_for_a_short_write_of_another_window(learner, now):
    library, session = learner
    other = sqlite3.connect(library.path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    releaser = threading.Timer(0.2, lambda: other.execute("COMMIT"))
    releaser.start()
    session.answer(session.next_question(now), Rating.GOOD, now)
    releaser.join()
    assert count(library.store) == 1
    other.close()


def test_two_windows_on_one_learner_never_start_from_a_stale_card(learner, now):
    library, first = learner
    question = first.next_question(now)
    first.answer(question, Rating.GOOD, now)
    later = now + timedelta(days=3)
    first.intervals(question, later)  # both windows show the question
    second_store = open_store(library.path)
    second = StudySession(second_store, library.store.learners.named("Ana"))
    second.intervals(question, later)
    second.answer(question, Rating.AGAIN, later)
    after_second = second_store.reviews.card(second.profile.id, question.id)

    first.answer(question, Rating.GOOD, later + timedelta(seconds=5))

    rows = library.store.db.execute(
        "SELECT previous_card FROM reviews ORDER BY id DESC LIMIT 1"
    ).fetchone()
    assert card_from_row(json.loads(rows[0])) == after_second
    second_store.close()


def test_interval_on_the_button_is_the_interval_saved(learner, now):
    library, session = learner
    question = session.next_question(now)
    session.answer(question, Rating.GOOD, now)
    shown_at = now + timedelta(days=2)
    intervals = session.intervals(question, shown_at)
    session.answer(question, Rating.GOOD, shown_at + timedelta(seconds=40))
    saved = library.store.reviews.card(session.profile.id, question.id)
    assert saved.due - shown_at == intervals[Rating.GOOD]
    regraded = session.regrade(Rating.EASY, shown_at + timedelta(seconds=50))
    assert regraded.next_due - shown_at == intervals[Rating.EASY]


def test_failed_regrade_keeps_the_answer_it_was_replacing(learner, now, monkeypatch):
    library, session = learner
    question = session.next_question(now)
    session.answer(question, Rating.AGAIN, now)
    before = library.store.db.execute("SELECT * FROM reviews").fetchall()
    card = library.store.reviews.card(session.profile.id, question.id)

    def full_disk(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(ReviewStore, "answer", full_disk)
    with pytest.raises(sqlite3.OperationalError):
        session.regrade(Rating.GOOD, now)
    assert library.store.db.execute("SELECT * FROM reviews").fetchall() == before
    assert library.store.reviews.card(session.profile.id, question.id) == card
    assert session.history[-1].rating is Rating.AGAIN


def test_sqlite_file_without_our_marks_is_refused_and_not_touched(tmp_path):
    path = tmp_path / "quizapp.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE profiles (name)")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(ForeignDatabaseError):
        open_store(path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["quizapp.db"]


def test_higher_schema_version_is_refused_and_not_touched(store, tmp_path):
    path = store.path
    store.db.execute("PRAGMA user_version = 99")
    store.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNewError) as raised:
        open_store(path)
    assert str(raised.value) == (
        f"{path} was written by a newer version of quizapp (it has schema changes schema "
        "version 99); it was left untouched. Update quizapp to open it."
    )
    assert path.read_bytes() == before


NOT_A_FOLDER = (
    "{} is not a folder, so it cannot hold the app's data. Choose a folder for the app's data."
)


def test_data_folder_that_is_not_a_folder_is_explained(tmp_path):
    (tmp_path / "file").write_text("x")
    for data_dir in (Path("/dev/null"), tmp_path / "file", tmp_path / "file" / "deeper"):
        with pytest.raises(DataFolderError) as raised:
            ops.open_library(data_dir, TEST_BANK)
        assert str(raised.value) == NOT_A_FOLDER.format(
            data_dir.parents[0] if data_dir.name == "deeper" else data_dir
        )


def test_database_path_that_is_a_folder_is_explained(tmp_path):
    (tmp_path / "quizapp.db").mkdir()
    with pytest.raises(DataFolderError) as raised:
        ops.open_library(tmp_path, TEST_BANK)
    assert str(raised.value) == (
        f"{tmp_path / 'quizapp.db'} is a folder, not a database file; it was left untouched. "
        "Choose another data folder."
    )


def damage_pages(path: Path) -> bytes:
    data = bytearray(path.read_bytes())
    data[4096 * 2 : 4096 * 2 + 200] = b"\xff" * 200  # scribble over a table page
    path.write_bytes(bytes(data))
    return bytes(data)


def test_damaged_pages_are_refused_naming_a_backup_only_if_there_is_one(tmp_path, now):
    library = ops.open_library(tmp_path, TEST_BANK)
    library.store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    library.store.close()
    damaged = damage_pages(library.path)
    with pytest.raises(DatabaseDamagedError) as raised:
        ops.open_library(tmp_path, TEST_BANK)
    assert str(raised.value).endswith(
        "it was left untouched. Run Check database to repair what it can; there are no "
        "backups of it yet."
    )
    assert library.path.read_bytes() == damaged
    (tmp_path / "backups").mkdir()
    (tmp_path / "backups" / "quizapp-20260302-100000-000000-auto.db").write_bytes(b"")
    with pytest.raises(DatabaseDamagedError) as raised:
        ops.open_library(tmp_path, TEST_BANK)
    assert str(raised.value).endswith(
        "it was left untouched. Restore a backup (the newest is "
        "quizapp-20260302-100000-000000-auto.db, of 2026-03-02 10:00 UTC), or run Check "
        "database to repair it."
    )


def test_damaged_question_record_is_reported_not_crashed_on(library, now):
    library.store.db.execute("UPDATE questions SET content = '[1' WHERE id = 'basics-city'")
    with pytest.raises(DatabaseDamagedError) as raised:
        library.store.questions.get("basics-city")
    assert str(raised.value) == (
        "The stored question 'basics-city' is damaged. Run Check database to repair it."
    )
    report = maintenance.check_database(library.path.parent, now, TEST_BANK)
    assert report.healthy
    assert library.store.questions.get("basics-city").id == "basics-city"


def test_answer_for_a_learner_deleted_in_another_window_is_explained(learner, now):
    library, session = learner
    other = open_store(library.path)
    other.learners.delete(session.profile.id)
    with pytest.raises(DeletedMeanwhileError) as raised:
        session.answer(session.next_question(now), Rating.GOOD, now)
    assert str(raised.value) == (
        f"The learner '{session.profile.name}' was deleted, perhaps in another quizapp window, "
        "so this was not saved for them."
    )
    assert count(library.store) == 0
    other.close()


def test_new_database_is_made_where_hard_links_are_not_supported(tmp_path, monkeypatch):
    def no_links(source, target):
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr("os.link", no_links)
    store = open_store(tmp_path / "quizapp.db")
    assert store.learners.all() == []
    store.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["quizapp.db"]


def test_unreadable_database_file_is_explained_and_kept(store, monkeypatch):
    path = store.path
    store.close()
    before = path.read_bytes()
    opened = Path.open

    def denied(self, *args, **kwargs):
        if self == path:
            raise PermissionError(13, "Permission denied", str(path))
        return opened(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", denied)
    with pytest.raises(DataFolderError) as raised:
        open_store(path)
    assert str(raised.value) == (
        f"{path} cannot be opened: permission denied. Give your user access to it, "
        "or choose another data folder."
    )
    monkeypatch.undo()
    assert path.read_bytes() == before


def test_new_database_gets_the_permissions_the_umask_gives(tmp_path):
    old = os.umask(0o027)
    try:
        open_store(tmp_path / "quizapp.db").close()
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "quizapp.db").stat().st_mode) == 0o640


def test_database_in_a_read_only_folder_is_explained(store, monkeypatch):
    path = store.path
    store.close()
    (path.parent / "quizapp.db-shm").unlink(missing_ok=True)
    monkeypatch.setattr(
        "quizapp.core.storage.failures.os.access", lambda folder, mode: folder != path.parent
    )
    error = sqlite3.OperationalError("unable to open database file")
    error.sqlite_errorcode = 14  # what SQLite says when it cannot make the WAL index there
    mapped = storage_error(error, path, lambda: "")
    assert isinstance(mapped, ReadOnlyError)
    assert str(mapped) == (
        f"{path} cannot be opened: its folder is read-only. Make the folder writable (or copy "
        "the data folder somewhere writable and use that), then try again."
    )
