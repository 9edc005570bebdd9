import re
import sqlite3
from datetime import UTC, datetime

from quizapp.core import ops


def test_backup_list_and_restore_from_the_command_line(run, tmp_path):
    assert run("backups").output == "No backups yet.\n"
    library = ops.open_library(tmp_path)
    ops.choose_profile(library.store, "Ana", datetime(2026, 3, 2, tzinfo=UTC))
    library.store.close()
    taken = run("backup")
    assert taken.exit_code == 0
    [path] = re.findall(r"^Backed up to (.+)\.$", taken.output, re.M)
    name = path.rsplit("/", 1)[1]
    assert run("backup", "--list").output.startswith(f"{name}  ")
    assert run("backups").output == run("backup", "--list").output
    run("profiles", "delete", "Ana", "--yes")

    restored = run("restore", name, "--yes")

    assert restored.exit_code == 0
    lines = restored.output.splitlines()
    assert lines[0] == f"Restored {name}."
    assert re.fullmatch(
        r"The data it replaced is kept as the backup quizapp-.*-before-restore\.db\.", lines[1]
    )
    with sqlite3.connect(tmp_path / "quizapp.db") as conn:
        assert conn.execute("SELECT name FROM profiles").fetchall() == [("Ana",)]
    conn.close()


def test_restore_asks_first_and_explains_an_unknown_backup(run):
    run("check")
    assert run("restore", "nope.db", input="n\n").exit_code == 1
    result = run("restore", "nope.db", "--yes")
    assert (result.exit_code, result.output) == (
        1,
        "Error: There is no backup called 'nope.db' (newest: there are none yet).\n",
    )


def test_check_db_reports_a_healthy_database(run):
    run("check")
    result = run("check-db")
    assert (result.exit_code, result.output) == (
        0,
        "The database is healthy: no problems found.\n",
    )


def test_check_db_reports_what_it_repaired(run, tmp_path):
    run("check")
    with sqlite3.connect(tmp_path / "quizapp.db") as conn:
        question_id = conn.execute("SELECT id FROM questions ORDER BY id LIMIT 1").fetchone()[0]
        set_id = conn.execute(
            "SELECT set_id FROM questions WHERE id = ?", [question_id]
        ).fetchone()[0]
        conn.execute("UPDATE questions SET content = 'x' WHERE id = ?", [question_id])
    conn.close()
    result = run("check-db")
    lines = result.output.splitlines()
    assert result.exit_code == 0
    assert lines[0] == f"Found: stored question '{question_id}' (set '{set_id}') is damaged"
    assert re.fullmatch(r"Backed up the database first: quizapp-.*-before-repair\.db", lines[1])
    assert lines[2:] == [
        "Repaired: reloaded the built-in bank (1 damaged question(s))",
        "The database is healthy now.",
    ]
