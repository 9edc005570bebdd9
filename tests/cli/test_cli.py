import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from quizapp import __version__
from quizapp.cli import cli
from quizapp.core.formats.native import load_question_files
from quizapp.core.paths import builtin_bank_dir

DATA = Path(__file__).parent.parent / "data"


@pytest.fixture(scope="module")
def bank_size():
    return sum(len(s.questions) for s in load_question_files([builtin_bank_dir()]))


def test_version():
    result = CliRunner().invoke(cli, ["--version"])
    assert (result.exit_code, result.output) == (0, f"quizapp, version {__version__}\n")


def test_check_creates_the_database_and_loads_the_bank(run, tmp_path, bank_size):
    result = run("check")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[1] == f"database: {tmp_path / 'quizapp.db'}"
    assert lines[2].endswith(f"questions ({bank_size} added, 0 updated, 0 unchanged, 0 retired)")
    assert (tmp_path / "quizapp.db").exists()
    again = run("check").output.splitlines()[2]
    assert again.endswith(f"(0 added, 0 updated, {bank_size} unchanged, 0 retired)")


def test_check_refuses_a_damaged_database_and_keeps_it(run, tmp_path):
    (tmp_path / "quizapp.db").write_bytes(b"garbage" * 10)
    result = run("check")
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {tmp_path / 'quizapp.db'} is not an SQLite database; it was left untouched. "
        "Move it aside or choose another data folder.\n"
    )
    assert (tmp_path / "quizapp.db").read_bytes() == b"garbage" * 10


def test_data_dir_comes_from_the_environment(tmp_path):
    result = CliRunner().invoke(cli, ["check"], env={"QUIZAPP_DATA_DIR": str(tmp_path / "env")})
    assert result.exit_code == 0
    assert (tmp_path / "env" / "quizapp.db").exists()


def test_validate_accepts_the_builtin_bank(bank_size):
    result = CliRunner().invoke(cli, ["validate", str(builtin_bank_dir())])
    assert result.exit_code == 0
    assert result.output.endswith(f"{bank_size} questions: OK\n")


def test_validate_prints_each_problem_and_fails(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "format: quizapp/1\nset: {id: s, title: S}\nquestions:\n"
        "  - {id: q1, type: flashcard, prompt: P}\n"
        "  - {id: q2, type: single_choice, prompt: P, options: [a, b], answer: c}\n"
    )
    result = CliRunner().invoke(cli, ["validate", str(bad), str(DATA / "types" / "all-types.yaml")])
    assert result.exit_code == 1
    assert result.stdout == (
        f"{bad}:4: question 'q1': type flashcard needs 'answer'\n"
        f"{bad}:5: question 'q2': answer 'c' is not one of the options\n"
    )
    assert result.stderr == "2 problem(s) found.\n"


def test_list_json_gives_every_question_with_its_translation(run, bank_size):
    questions = json.loads(run("list", "--json").output)
    assert len(questions) == bank_size
    first = questions[0]
    assert set(first) >= {
        "id",
        "set",
        "topic",
        "type",
        "prompt",
        "answers",
        "options",
        "explanation",
        "source",
        "translations",
    }
    assert all(q["answers"] for q in questions)


def test_stats_json_reports_the_profile_progress(run, bank_size):
    run("profiles", "add", "Budi")
    stats = json.loads(run("--profile", "Budi", "stats", "--json").output)
    assert stats["profile"] == "Budi"
    assert sum(s["new"] for s in stats["sets"]) == bank_size
    assert (stats["reviews_today"], stats["streak_days"], stats["retention_30_days"]) == (
        0,
        0,
        None,
    )


def test_every_command_has_help():
    for name, command in cli.commands.items():
        assert command.help, name
        result = CliRunner().invoke(cli, [name, "--help"])
        assert result.exit_code == 0
        assert " ".join(command.help.split()[:5]) in " ".join(result.output.split())


def test_the_app_opens_offscreen_and_quits_after_showing_home(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "quizapp", "--data-dir", str(tmp_path), "--quit-after-show"],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=60,
    )
    assert (result.returncode, result.stdout) == (0, "home screen shown\n")
    assert (tmp_path / "quizapp.db").exists()
