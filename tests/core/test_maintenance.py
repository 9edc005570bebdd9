import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from datetime import timedelta
from pathlib import Path

import pytest

from quizapp.core import maintenance, ops
from quizapp.core.errors import BackupError
from quizapp.core.model import Rating
from quizapp.core.session import StudySession
from quizapp.core.storage.backups import Backup, backups_to_prune, list_backups
from quizapp.core.storage.database import check_backup_file

TEST_BANK = Path(__file__).parent.parent / "data" / "bank"
PROGRESS_TABLES = ("profiles", "cards", "reviews", "practice_answers", "exams", "exam_answers")


def study(library, now, name="Ana", answers=3):
    profile = ops.choose_profile(library.store, name, now)
    session = StudySession(library.store, profile)
    for step in range(answers):
        at = now + timedelta(minutes=step)
        session.answer(session.next_question(at), Rating.GOOD, at)


def progress(path):
    conn = sqlite3.connect(path)
    try:
        return {
            t: conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in PROGRESS_TABLES
        }
    finally:
        conn.close()


def test_backup_and_restore_round_trip_progress_exactly(tmp_path, now, give_history):
    library = ops.open_library(tmp_path, TEST_BANK)
    study(library, now)
    give_history(library.store, library.store.learners.named("Ana"), now)
    backup = maintenance.back_up(library.store, now).backup
    saved = progress(library.path)
    study(library, now + timedelta(hours=1), answers=2)
    ops.delete_profile(library.store, "Ana")
    library.store.close()

    report = maintenance.restore_backup(tmp_path, backup.name, now + timedelta(hours=2))

    assert progress(library.path) == saved
    assert report.restored == backup
    assert report.safety.reason == "before-restore"
    assert progress(report.safety.path)["profiles"] == []  # the replaced data, kept
    reopened = ops.open_library(tmp_path, TEST_BANK)
    assert [p.name for p in reopened.store.learners.all()] == ["Ana"]
    reopened.store.close()


def test_deleting_a_learner_takes_a_backup_first(library, now):
    study(library, now)
    ops.delete_profile(library.store, "Ana")
    [backup] = list_backups(library.path)
    assert backup.reason == "before-delete-learner"
    assert [row[1] for row in progress(backup.path)["profiles"]] == ["Ana"]


def test_backup_is_a_standalone_healthy_database(library, now):
    study(library, now)
    backup = maintenance.back_up(library.store, now).backup
    check_backup_file(backup.path)
    assert sorted(p.name for p in backup.path.parent.iterdir()) == [backup.name]  # no WAL
    assert backup.name == "quizapp-20260302-100000-000000-manual.db"


def test_automatic_backup_waits_for_its_interval_and_for_study(library, now):
    assert maintenance.back_up_if_due(library.store, now) is None  # nothing studied yet
    study(library, now - timedelta(minutes=5))
    assert maintenance.back_up_if_due(library.store, now) is not None
    study(library, now + timedelta(minutes=1))
    assert maintenance.back_up_if_due(library.store, now + timedelta(minutes=29)) is None
    later = maintenance.back_up_if_due(library.store, now + timedelta(minutes=30))
    assert later is not None
    assert later.backup.reason == "auto"
    idle = now + timedelta(hours=5)  # nothing answered since the last backup
    assert maintenance.back_up_if_due(library.store, idle, timedelta(0), "close") is None
    study(library, idle)
    closing = maintenance.back_up_if_due(
        library.store, idle + timedelta(minutes=5), timedelta(0), "close"
    )
    assert closing is not None
    assert closing.backup.reason == "close"


def test_restore_refuses_an_unknown_or_foreign_backup_and_changes_nothing(library, now):
    study(library, now)
    library.store.close()
    before = progress(library.path)
    with pytest.raises(BackupError) as raised:
        maintenance.restore_backup(library.path.parent, "nope.db", now)
    assert str(raised.value) == "There is no backup called 'nope.db' (newest: there are none yet)."
    folder = library.path.parent / "backups"
    folder.mkdir()
    foreign = folder / "quizapp-20260301-100000-000000-manual.db"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE notes (text)")
    conn.close()
    with pytest.raises(BackupError) as raised:
        maintenance.restore_backup(library.path.parent, foreign.name, now)
    assert str(raised.value) == (
        f"The backup {foreign.name} cannot be restored: {foreign} is not a quizapp database "
        "(another program's, perhaps); it was left untouched. Move it aside or choose another "
        "data folder."
    )
    assert progress(library.path) == before
    assert [b.name for b in list_backups(library.path)] == [foreign.name]


def test_retention_keeps_ten_then_one_a_day_for_a_week_then_one_a_week(now):
    hourly = [now - timedelta(hours=h) for h in range(24 * 60)]  # every hour for 60 days
    backups = [Backup(Path(f"b{i}.db"), at, "auto") for i, at in enumerate(hourly)]
    pruned = {b.path for b in backups_to_prune(backups, now)}
    kept = [b.taken_at for b in backups if b.path not in pruned]
    assert kept[:10] == hourly[:10]
    daily = [at for at in kept[10:] if now - at <= timedelta(days=7)]
    assert len({at.date() for at in daily}) == len(daily) == 7  # the rest of today, 6 days more
    weekly = [at for at in kept[10:] if now - at > timedelta(days=7)]
    assert len({at.isocalendar()[:2] for at in weekly}) == len(weekly) == 8


def test_check_of_a_healthy_database_reports_nothing_and_changes_nothing(library, now):
    report = maintenance.check_database(library.path.parent, now, TEST_BANK)
    assert report.lines() == ["The database is healthy: no problems found."]
    assert list_backups(library.path) == []


def test_check_rebuilds_a_damaged_index_and_says_so(tmp_path, now):
    library = ops.open_library(tmp_path, TEST_BANK)
    study(library, now, answers=4)
    library.store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    root = library.store.db.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'reviews_by_time'"
    ).fetchone()[0]
    library.store.close()
    data = bytearray(library.path.read_bytes())
    data[root * 4096 - 30 : root * 4096 - 2] = b"\x07" * 28  # scribble over index entries
    library.path.write_bytes(bytes(data))
    saved = progress(library.path)

    report = maintenance.check_database(tmp_path, now, TEST_BANK)

    assert report.lines() == [
        "Found: integrity check: *** in database main ***\n"
        "Fragmentation of 7 bytes reported as 0 on page 14",
        *(
            f"Found: integrity check: row {n} missing from index reviews_by_time"
            for n in (1, 2, 3, 4)
        ),
        "Backed up the database first: quizapp-20260302-100000-000000-before-repair.db",
        "Repaired: rebuilt every index",
        "The database is healthy now.",
    ]
    assert progress(library.path) == saved
    assert maintenance.check_database(tmp_path, now, TEST_BANK).healthy


def test_check_reloads_damaged_built_in_questions_and_retires_damaged_imported_ones(tmp_path, now):
    library = ops.open_library(tmp_path, TEST_BANK)
    imported = tmp_path / "mine.csv"
    imported.write_text("prompt,answer\nCapital of Laos?,Vientiane\n", encoding="utf-8")
    [mine] = ops.import_files(library.store, [imported]).set_ids
    [mine_id] = [q.id for q in library.store.questions.active([mine])]
    with library.store.transaction():
        library.store.db.execute(
            "UPDATE questions SET content = '{\"broken' WHERE id IN ('basics-city', ?)", [mine_id]
        )
        library.store.db.execute(
            "UPDATE questions SET content = replace(content, '{', '{ ') WHERE id = 'basics-charter'"
        )
    library.store.close()

    report = maintenance.check_database(tmp_path, now, TEST_BANK)

    print(report.found)
    assert report.repaired == (
        f"reloaded the built-in bank ({len(report.found) - 1} damaged question(s))",
    )
    assert report.remaining == (
        f"stored question '{mine_id}' of set '{mine}' was taken out of study; "
        "import that set's file again to restore it",
    )
    reopened = ops.open_library(tmp_path, TEST_BANK)
    assert reopened.store.questions.get("basics-city").id == "basics-city"
    assert mine_id not in [q.id for q in reopened.store.questions.active()]
    reopened.store.close()


def test_killed_backup_leaves_no_listed_backup_and_the_database_opens(tmp_path, now):
    library = ops.open_library(tmp_path, TEST_BANK)
    study(library, now)
    library.store.close()
    script = textwrap.dedent(f"""
        import sys
        from datetime import UTC, datetime
        from pathlib import Path
        from quizapp.core import maintenance, ops
        library = ops.open_library(Path({str(tmp_path)!r}), Path({str(TEST_BANK)!r}))
        library.store.db.execute("CREATE TABLE ballast (data BLOB)")
        library.store.db.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) "
            "INSERT INTO ballast SELECT randomblob(4000) FROM n"
        )
        print("ready", flush=True)
        while True:
            maintenance.back_up(library.store, datetime.now(UTC))
    """)
    with subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True) as run:
        assert run.stdout.readline().strip() == "ready"
        folder = tmp_path / "backups"
        while not any(p.name.endswith(".partial") for p in folder.glob(".*")):
            assert run.poll() is None  # kill it while a backup is being written
        os.kill(run.pid, signal.SIGKILL)
    assert run.returncode == -signal.SIGKILL
    assert any(p.name.endswith(".partial") for p in folder.iterdir())
    for backup in list_backups(library.path):
        check_backup_file(backup.path)
    reopened = ops.open_library(tmp_path, TEST_BANK)
    assert len(reopened.store.learners.all()) == 1
    reopened.store.close()
