import json
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
    ProfileError,
)
from quizapp.core.formats.native import load_question_files
from quizapp.core.model import Rating
from quizapp.core.scheduler import Scheduler
from quizapp.core.storage import database, migrations, open_store
from quizapp.core.storage.backups import list_backups

TEST_BANK = Path(__file__).parent.parent / "data" / "bank"


def test_database_is_durable_wal_with_foreign_keys(store):
    pragma = lambda name: store.db.execute(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert pragma("journal_mode") == "wal"
    assert pragma("synchronous") == 2  # FULL
    assert pragma("foreign_keys") == 1
    assert pragma("application_id") == database.APPLICATION_ID
    applied = [m.name for m in migrations.MIGRATIONS.applied(store.db)]
    assert applied[0] == "0001_initial"
    assert set(applied) == migrations.known_migration_names()
    assert pragma("user_version") == len(applied)


def test_database_from_a_newer_version_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "quizapp.db"
    open_store(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('quizapp', '0099_future', 'now')"
        )
    conn.close()
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
    store.sync_sets(load_question_files([TEST_BANK]), "builtin")
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
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA application_id = 42")
        conn.execute("CREATE TABLE notes (text)")
    conn.close()
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
    assert [(p.name, p.pass_fail, p.text_scale) for p in migrated.profiles()] == [("Ana", 0, 1.0)]
    migrated.close()
    [backup] = [b.path for b in list_backups(path)]
    assert backup.name.endswith("-before-0003-profile-settings.db")
    with sqlite3.connect(backup) as conn:
        columns = [row[1] for row in conn.execute("PRAGMA table_info(profiles)")]
        names = [row[0] for row in conn.execute("SELECT name FROM profiles")]
    conn.close()
    assert "pass_fail" not in columns
    assert names == ["Ana"]


def test_sync_reports_changes_and_keeps_progress_of_an_edited_question(tmp_path, store, now):
    bank = tmp_path / "bank"
    bank.mkdir()
    for source in TEST_BANK.iterdir():
        (bank / source.name).write_text(source.read_text())
    assert store.sync_sets(load_question_files([bank]), "builtin") == database.SyncReport(
        6, 0, 0, 0
    )
    profile = store.create_profile("Ana", now)
    card = Scheduler().review(None, Rating.GOOD, now, "basics-charter")
    store.record_answer(profile.id, "basics-charter", Rating.GOOD, now, card, None)

    first = bank / "01-basics.yaml"
    first.write_text(first.read_text().replace("Article 13\n", "Article 13 of the Charter\n"))
    report = store.sync_sets(load_question_files([bank]), "builtin")
    assert report == database.SyncReport(added=0, updated=1, unchanged=5, retired=0)
    assert str(store.question("basics-charter").payload.answer) == "Article 13 of the Charter"
    assert store.card(profile.id, "basics-charter") == card


def test_question_gone_from_its_file_is_retired_but_its_history_kept(tmp_path, store, now):
    store.sync_sets(load_question_files([TEST_BANK]), "builtin")
    profile = store.create_profile("Ana", now)
    card = Scheduler().review(None, Rating.GOOD, now, "more-year")
    store.record_answer(profile.id, "more-year", Rating.GOOD, now, card, None)
    (tmp_path / "02-more.yaml").write_text(
        (TEST_BANK / "02-more.yaml").read_text().split("  - id: more-year")[0]
        + "  - id: more-members\n    type: flashcard\n    prompt: P\n    answer: A\n"
    )
    sets = load_question_files([TEST_BANK / "01-basics.yaml", tmp_path / "02-more.yaml"])
    assert store.sync_sets(sets, "builtin").retired == 2
    assert "more-year" not in [q.id for q in store.questions()]
    assert store.count_reviews(profile.id, now - timedelta(days=1)) == 1
    assert store.question("more-year").id == "more-year"


def test_answer_and_undo_restore_the_previous_state(library, now):
    store = library.store
    profile = store.create_profile("Ana", now)
    scheduler = Scheduler()
    first = scheduler.review(None, Rating.GOOD, now, "basics-city")
    store.record_answer(profile.id, "basics-city", Rating.GOOD, now, first, None)
    later = now + timedelta(minutes=10)
    second = scheduler.review(first, Rating.EASY, later, "basics-city")
    review_id = store.record_answer(
        profile.id,
        "basics-city",
        Rating.EASY,
        later,
        second,
        first,
        duration_ms=2500,
        response={"picked": 0},
    )
    row = store.db.execute(
        "SELECT duration_ms, response FROM reviews WHERE id = ?", [review_id]
    ).fetchone()
    assert row[0] == 2500
    assert json.loads(row[1]) == {"picked": 0}
    assert store.undo_answer(review_id) == "basics-city"
    assert store.card(profile.id, "basics-city") == first
    with pytest.raises(KeyError):
        store.undo_answer(review_id)


def test_profile_names_are_unique_and_not_blank(store, now):
    store.create_profile("Ana", now)
    with pytest.raises(ProfileError, match="already a profile called 'Ana'"):
        store.create_profile("ana", now)
    with pytest.raises(ProfileError, match="needs a name"):
        store.create_profile("  ", now)


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
    profile = library.store.profile_named("Ana")
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
    assert [(r["id"], r["enabled"], r["deleted"]) for r in migrated.set_rows()] == [("mine", 1, 0)]
    migrated.close()
    assert list_backups(path)[0].reason == "before-0300-teach-deleted-sets"


def test_another_connection_works_on_another_thread_on_the_same_file(store, now):
    names = []

    def on_thread():
        other = store.open_another()
        try:
            names.append(other.path)
            other.create_profile("Budi", now)
        finally:
            other.close()

    thread = threading.Thread(target=on_thread)
    thread.start()
    thread.join()
    assert names == [store.path]
    assert [profile.name for profile in store.profiles()] == ["Budi"]
