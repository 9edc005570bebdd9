"""Generated garbage for every other reader of outside files: only our own errors, nothing changed.

The importers have their own fuzz test (test_fuzz_importers.py). Each test here has a fixed
budget of examples; a longer run: ``FUZZ_EXAMPLES=5000 pytest tests/core/test_fuzz_readers.py``.
"""

import math
import os
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.core import classreport, limits
from quizapp.core.errors import ProfileError, QuizAppError
from quizapp.core.formats.native import parse_question_file
from quizapp.core.storage import open_store

FUZZ = settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

YAML_PIECES = [
    "format: quizapp/1\n",
    "set: {id: s, title: S}\n",
    "questions:\n",
    "  - ",
    "id: q",
    "type: numeric",
    "answer: ",
    "1e999",
    ".inf",
    ".nan",
    "9" * 60,
    "&a ",
    "*a",
    "<<: *a",
    "[",
    "]",
    "{",
    "}",
    "? [a]\n: b",
    ":",
    "\n",
    "  ",
    "!!python/object:os.system",
    "\t",
]
JSON_PIECES = [
    '{"format": "quizapp-progress", "version": 1, ',
    '"profile": "Ana", ',
    '"exported_at": "2026-03-02T10:00:00+00:00", ',
    '"rows": [',
    '{"set_id": "s", "set_title": "S", "topic": "t", "questions": 1, "seen": 1, ',
    '"mastered": 0, "recalled_30_days": 0, "tested_30_days": 0, "time_spent_ms": 0}',
    "]",
    "}",
    "[",
    "{",
    ",",
    "NaN",
    "Infinity",
    "1e999",
    "9" * 60,
    '"\\ud800"',
    "null",
    "true",
]


def pieces(names: list[str]) -> st.SearchStrategy[bytes]:
    return st.one_of(
        st.binary(max_size=300),
        st.text(max_size=200).map(str.encode),
        st.lists(st.sampled_from(names), max_size=60).map(lambda p: "".join(p).encode()),
    )


def assert_only_our_errors(read: Callable[[Path], object], path: Path) -> None:
    """Read ``path``; anything but success or one of our errors, with a message, fails."""
    message = "read"
    try:
        read(path)
    except QuizAppError as error:
        message = str(error)
    assert message.strip()


@pytest.fixture(scope="module")
def folder():
    with tempfile.TemporaryDirectory() as name:
        yield Path(name)


def test_garbage_question_files_give_only_our_errors(folder):
    @FUZZ
    @given(content=pieces(YAML_PIECES))
    def run(content: bytes) -> None:
        path = folder / "set.yaml"
        path.write_bytes(content)
        assert_only_our_errors(parse_question_file, path)
        assert path.read_bytes() == content

    run()


def test_garbage_progress_files_give_only_our_errors(folder):
    @FUZZ
    @given(content=pieces(JSON_PIECES))
    def run(content: bytes) -> None:
        path = folder / "ana.json"
        path.write_bytes(content)
        assert_only_our_errors(classreport.read_progress_file, path)

    run()


def test_garbage_database_files_are_refused_untouched(folder):
    @FUZZ
    @given(
        head=st.sampled_from([b"", b"SQLite format 3\x00"]),
        body=st.binary(min_size=1, max_size=2000),
    )
    def run(head: bytes, body: bytes) -> None:
        data_dir = Path(tempfile.mkdtemp(dir=folder))
        path = data_dir / "quizapp.db"
        path.write_bytes(head + body)
        with pytest.raises(QuizAppError, match=r"\S"):
            open_store(path).close()
        assert path.read_bytes() == head + body

    run()


def test_foreign_sqlite_databases_are_refused_untouched(folder):
    @FUZZ
    @given(
        tables=st.lists(st.sampled_from(["profiles", "_sqlite_migrations", "notes"]), unique=True),
        application_id=st.sampled_from([0, 1, 0x51554941]),
    )
    def run(tables: list[str], application_id: int) -> None:
        data_dir = Path(tempfile.mkdtemp(dir=folder))
        path = data_dir / "quizapp.db"
        conn = sqlite3.connect(path)
        conn.execute(f"PRAGMA application_id = {application_id}")
        for table in tables:
            conn.execute(f"CREATE TABLE {table} (name, migration_set)")
        conn.commit()
        conn.close()
        before = path.read_bytes()
        with pytest.raises(QuizAppError, match=r"\S"):
            open_store(path).close()
        assert path.read_bytes() == before
        assert [p.name for p in data_dir.iterdir()] == ["quizapp.db"]

    run()


@FUZZ
@given(name=st.text(max_size=80))
def test_any_learner_name_is_refused_clearly_or_kept_clean(name):
    try:
        cleaned = limits.clean_learner_name(name)
    except ProfileError:
        return
    assert cleaned == cleaned.strip()
    assert 0 < len(cleaned) <= limits.MAX_NAME_CHARS
    assert not any(ord(c) < 32 or "\u202a" <= c <= "\u202e" for c in cleaned)


def number_text(cell: str) -> bool:
    """Whether a spreadsheet reads ``cell`` as a plain number (a sign is then harmless)."""
    try:
        return cell == cell.strip() and math.isfinite(float(cell))
    except ValueError:
        return False


@FUZZ
@given(cell=st.text(max_size=30))
def test_no_cell_starts_a_formula(cell):
    safe = limits.spreadsheet_safe(cell)
    assert number_text(cell) or not safe.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert safe in (cell, "'" + cell)
