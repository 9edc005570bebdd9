import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
from datetime import timedelta
from pathlib import Path

import pytest
from sqlite_utils import Database

from quizapp.core import ops
from quizapp.core.errors import (
    DatabaseTooNewError,
    DatabaseUnreadableError,
    ForeignDatabaseError,
)
from quizapp.core.formats.native import load_question_files
from quizapp.core.model import Origin, Rating
from quizapp.core.scheduler import Scheduler
from quizapp.core.storage import database, migrations, open_store
from quizapp.core.storage.backups import list_backups

TEST_BANK = Path(__file__).parent.parent / "data" / "bank"


def test_database_is_durable_wal_with_foreign_keys(durable_store):
    store = durable_store
    pragma = lambda name: store.db.execute(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert pragma("journal_mode") == "wal"
    assert pragma("synchronous") == 2  # FULL
    assert pragma("foreign_keys") == 1
    assert pragma("application_id") == database.APPLICATION_ID
    applied = [m.name for m in migrations.MIGRATIONS.applied(store.db)]
    assert applied[0] == "0001_initial"
    assert set(applied) == migrations.known_migration_names()
    assert pragma("user_version") == len(applied)


def test_the_write_ahead_log_is_written_over_from_the_start_after_a_few_answers(library, now):
    """A checkpoint every 300 pages: the log stops growing long before SQLite's 1000 pages."""
    store = library.store
    profile = store.learners.create("Ana", now)
    scheduler = Scheduler()
    wal = Path(f"{store.path}-wal")
    sizes = []
    for minute in range(400):
        at = now + timedelta(minutes=minute)
        store.reviews.answer(
            profile,
            "basics-city",
            Rating.GOOD,
            at,
            lambda previous, at=at: scheduler.review(previous, Rating.GOOD, at, "basics-city"),
        )
        sizes.append(wal.stat().st_size)
    page = store.db.execute("PRAGMA page_size").fetchone()[0]
    assert max(sizes) < 600 * (page + 24)  # SQLite's own rule would let it reach 1000 pages
    assert sizes[-1] == max(sizes)  # written over in place, never cut short


def test_a_store_for_tests_commits_without_sync_and_so_do_its_other_connections(store, tmp_path):
    other = store.open_another()
    levels = [s.db.execute("PRAGMA synchronous").fetchone()[0] for s in (store, other)]
    other.close()
    assert levels == [0, 0]  # OFF
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".new"] == []


def test_another_connection_to_a_durable_store_is_durable(durable_store):
    other = durable_store.open_another()
    assert other.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    other.close()


def newer_database(path: Path) -> Path:
    """Write a quizapp database with a migration this version does not know (0099_future)."""
    open_store(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('quizapp', '0099_future', 'now')"
        )
    conn.close()
    return path


def foreign_database(path: Path) -> Path:
    """Write another program's SQLite database (its own application id and table)."""
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA application_id = 42")
        conn.execute("CREATE TABLE notes (text)")
    conn.close()
    return path


def test_database_from_a_newer_version_is_refused_and_left_untouched(tmp_path):
    path = newer_database(tmp_path / "quizapp.db")
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNewError, match="newer version of quizapp .* 0099_future"):
        open_store(path)
    assert path.read_bytes() == before


def test_file_that_is_not_a_database_is_refused_and_kept(tmp_path):
    path = tmp_path / "quizapp.db"
    path.write_bytes(b"my notes, not a database\n" * 100)
    with pytest.raises(DatabaseUnreadableError, match="is not an SQLite database; it was left"):
        open_store(path)
    assert path.read_bytes() == b"my notes, not a database\n" * 100


def test_damaged_database_is_refused_and_kept(tmp_path, now):
    path = tmp_path / "quizapp.db"
    store = open_store(path)
    store.questions.sync_sets(load_question_files([TEST_BANK]), Origin.BUILTIN)
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    data = bytearray(path.read_bytes())
    page_size = 4096
    data[page_size * 2 : page_size * 2 + 200] = b"\xff" * 200  # scribble over a table page
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseUnreadableError, match="it was left untouched"):
        open_store(path)
    assert path.read_bytes() == bytes(data)


def test_another_programs_database_is_refused(tmp_path):
    path = foreign_database(tmp_path / "other.db")
    before = path.read_bytes()
    with pytest.raises(ForeignDatabaseError) as raised:
        open_store(path)
    assert str(raised.value) == (
        f"{path} is not a quizapp database (another program's, perhaps); it was left "
        "untouched. Move it aside or choose another data folder."
    )
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.db"]  # no WAL switched on


def test_older_database_is_backed_up_then_migrated(tmp_path, now):
    path = tmp_path / "quizapp.db"
    old = Database(path)
    migrations.MIGRATIONS.apply(old, stop_before="0003_profile_settings")
    old.execute("INSERT INTO profiles (name, created_at) VALUES ('Ana', 0)")
    old.close()
    migrated = open_store(path)
    assert [(p.name, p.pass_fail, p.text_scale) for p in migrated.learners.all()] == [
        ("Ana", 0, 1.0)
    ]
    migrated.close()
    [backup] = [b.path for b in list_backups(path)]
    assert backup.name.endswith("-before-0003-profile-settings.db")
    with sqlite3.connect(backup) as conn:
        columns = [row[1] for row in conn.execute("PRAGMA table_info(profiles)")]
        names = [row[0] for row in conn.execute("SELECT name FROM profiles")]
    conn.close()
    assert "pass_fail" not in columns
    assert names == ["Ana"]


def test_killed_app_keeps_every_answer_it_had_recorded(tmp_path):
    """A process killed without warning loses nothing it had answered."""
    script = textwrap.dedent(f"""
        import sys, time
        from datetime import UTC, datetime
        from pathlib import Path
        from quizapp.core import ops
        from quizapp.core.model import Rating
        from quizapp.core.session import StudySession
        library = ops.open_library(Path({str(tmp_path)!r}), Path({str(TEST_BANK)!r}))
        profile = ops.choose_profile(library.store, "Ana", datetime.now(UTC))
        session = StudySession(library.store, profile)
        for _ in range(3):
            now = datetime.now(UTC)
            session.answer(session.next_question(now), Rating.GOOD, now)
        print("answered", flush=True)
        time.sleep(60)
    """)
    with subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, text=True
    ) as process:
        assert process.stdout.readline().strip() == "answered"
        os.kill(process.pid, signal.SIGKILL)
    assert process.returncode == -signal.SIGKILL
    library = ops.open_library(tmp_path, TEST_BANK)
    profile = library.store.learners.named("Ana")
    assert library.store.db.execute("SELECT COUNT(*) FROM reviews").fetchone()[0] == 3
    assert (
        library.store.db.execute(
            "SELECT COUNT(*) FROM cards WHERE profile_id = ?", [profile.id]
        ).fetchone()[0]
        == 3
    )
    library.store.close()


def test_sets_of_an_older_database_are_not_deleted_after_migrating(tmp_path):
    path = tmp_path / "quizapp.db"
    old = Database(path)
    migrations.MIGRATIONS.apply(old, stop_before="0300_teach_deleted_sets")
    old.execute(
        """INSERT INTO question_sets (id, title, origin, position)
           VALUES ('mine', '{"language": "en", "values": {"en": "Mine"}}', 'imported', 1000)"""
    )
    old.close()
    migrated = open_store(path)
    assert [(s.id, s.enabled, s.deleted) for s in migrated.questions.set_listing()] == [
        ("mine", True, False)
    ]
    migrated.close()
    assert list_backups(path)[0].reason == "before-0300-teach-deleted-sets"


def test_another_connection_works_on_another_thread_on_the_same_file(store, now):
    names = []

    def on_thread():
        other = store.open_another()
        try:
            names.append(other.path)
            other.learners.create("Budi", now)
        finally:
            other.close()

    thread = threading.Thread(target=on_thread)
    thread.start()
    thread.join()
    assert names == [store.path]
    assert [profile.name for profile in store.learners.all()] == ["Budi"]


def checked_later(path: Path):
    """Open ``path`` as the app does: at once, its start-up check left for later."""
    return open_store(path, durable=False, check_later=True)


def bank_database(path: Path) -> None:
    """Write a database holding the test bank, its write-ahead log folded in."""
    store = open_store(path, durable=False)
    store.questions.sync_sets(load_question_files([TEST_BANK]), Origin.BUILTIN)
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()


def damage_a_question_page(path: Path) -> bytes:
    """Scribble over a leaf page of the questions table; return the file's bytes."""
    with sqlite3.connect(path) as conn:
        page = conn.execute(
            "SELECT MAX(pageno) FROM dbstat WHERE name = 'questions' AND pagetype = 'leaf'"
        ).fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    start = 4096 * (page - 1)
    data[start : start + 200] = b"\xff" * 200
    path.write_bytes(bytes(data))
    return bytes(data)


def test_a_store_checked_later_reads_at_once_and_is_checked_by_its_first_write(tmp_path, now):
    path = tmp_path / "quizapp.db"
    bank_database(path)
    store = checked_later(path)
    assert store.start_check is not None
    assert not store.start_check.passed
    assert store.questions.count(Origin.BUILTIN) > 0
    assert not store.start_check.passed  # reading does not wait for the check
    store.learners.create("Ana", now)
    assert store.start_check.passed
    assert [p.name for p in store.learners.all()] == ["Ana"]
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    store.close()


def test_a_damaged_database_checked_later_is_refused_by_the_first_write_and_kept(tmp_path, now):
    path = tmp_path / "quizapp.db"
    bank_database(path)
    damaged = damage_a_question_page(path)
    with pytest.raises(DatabaseUnreadableError) as at_open:
        open_store(path)
    store = checked_later(path)  # opens: the check is left for later
    with pytest.raises(DatabaseUnreadableError) as at_write:
        store.learners.create("Ana", now)
    assert str(at_write.value) == str(at_open.value)
    assert "it was left untouched" in str(at_write.value)
    with pytest.raises(DatabaseUnreadableError):  # and again: no write ever gets through
        store.back_up(now, "manual")
    store.close()
    assert path.read_bytes() == damaged
    assert not (tmp_path / "backups").exists()
    assert (tmp_path / "quizapp.db-wal").read_bytes() == b""  # nothing written to the log


def test_a_store_checked_later_leaves_the_write_ahead_log_to_the_first_write(tmp_path):
    """Closing a read-only connection never folds the log into the file (a damaged one stays)."""
    path = tmp_path / "quizapp.db"
    bank_database(path)
    writer = sqlite3.connect(path)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("UPDATE questions SET difficulty = 5")
    writer.commit()
    copy = tmp_path / "copy"
    copy.mkdir()
    for suffix in ("", "-wal"):  # as a crash leaves them: committed answers in the log
        (copy / f"quizapp.db{suffix}").write_bytes(Path(f"{path}{suffix}").read_bytes())
    writer.close()
    before = {p.name: p.read_bytes() for p in copy.iterdir()}
    store = checked_later(copy / "quizapp.db")
    assert store.db.execute("SELECT MIN(difficulty) FROM questions").fetchone()[0] == 5
    store.close()
    assert {name: (copy / name).read_bytes() for name in before} == before


def test_a_write_before_the_start_check_ends_waits_for_it(tmp_path, now, held_start_check):
    path = tmp_path / "quizapp.db"
    bank_database(path)
    store = checked_later(path)
    release, seen_by_check = held_start_check("profiles")
    checking = threading.Thread(target=store.start_check.run)
    checking.start()

    def write() -> None:
        other = store.open_another()  # a task's own connection waits too
        try:
            other.learners.create("Ana", now)
        finally:
            other.close()

    writing = threading.Thread(target=write)
    writing.start()
    writing.join(timeout=0.5)
    assert writing.is_alive()  # held while the check runs
    release.set()
    checking.join()
    writing.join()
    assert seen_by_check == [0]  # nothing was written before the check ended
    assert [p.name for p in store.learners.all()] == ["Ana"]
    store.close()


def test_an_older_database_checked_later_is_checked_before_it_is_migrated(tmp_path):
    path = tmp_path / "quizapp.db"
    old = Database(path)
    migrations.MIGRATIONS.apply(old, stop_before="0003_profile_settings")
    old.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    old.close()
    damaged = damage_a_question_page(path)
    with pytest.raises(DatabaseUnreadableError, match="it was left untouched"):
        checked_later(path)
    assert path.read_bytes() == damaged


def test_a_foreign_or_newer_database_is_still_refused_at_open_when_checked_later(tmp_path):
    foreign = foreign_database(tmp_path / "other.db")
    newer = newer_database(tmp_path / "quizapp.db")
    before = {path: path.read_bytes() for path in (foreign, newer)}
    with pytest.raises(ForeignDatabaseError):
        checked_later(foreign)
    with pytest.raises(DatabaseTooNewError):
        checked_later(newer)
    assert {path: path.read_bytes() for path in before} == before
