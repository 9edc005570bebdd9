"""Bounded input: bombs, deep nesting, huge and non-finite numbers refused with file:line."""

import json
import os
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest

from quizapp.core import classreport, limits, ops
from quizapp.core.errors import ProfileError, QuestionFileError
from quizapp.core.files import write_text_atomic
from quizapp.core.formats.native import parse_question_file
from quizapp.core.report import TopicRow, csv_row

HEADER = "format: quizapp/1\nset: {id: s, title: S}\nquestions:\n"
ALIAS_BOMB = HEADER + "".join(
    f"x{n}: &x{n} [{', '.join([f'*x{n - 1}'] * 9)}]\n" if n else 'x0: &x0 ["lol", "lol"]\n'
    for n in range(9)
)


def question_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            ALIAS_BOMB,
            "5: not valid YAML: aliases (*name) are not allowed in question files; "
            "write the value out",
        ),
        (
            HEADER + "  - id: q\n    x: " + "[" * 1000 + "]" * 1000 + "\n",
            "5: not valid YAML: nested more than 40 levels deep",
        ),
        (
            HEADER
            + "  - id: q\n    type: numeric\n    prompt: P\n    answer: "
            + "9" * 5000
            + "\n",
            "7: not valid YAML: a number of 5000 characters is too long (at most 40)",
        ),
        (
            HEADER + "  - id: q\n    type: numeric\n    prompt: P\n    answer: .inf\n",
            "7: not valid YAML: numbers must be finite, found inf",
        ),
        (
            HEADER + "  - id: q\n    type: numeric\n    prompt: P\n    answer: 1.0e+999\n",
            "7: not valid YAML: numbers must be finite, found inf",
        ),
        (
            HEADER + "  - [a, b]: c\n",
            "4: not valid YAML: a key must be a word, not a list or mapping",
        ),
    ],
    ids=["alias-bomb", "deep-nesting", "huge-number", "infinity", "overflow", "list-as-key"],
)
def test_question_file_beyond_a_limit_is_refused_with_its_line(tmp_path, text, problem):
    path = question_file(tmp_path, text)
    with pytest.raises(QuestionFileError) as raised:
        parse_question_file(path)
    assert str(raised.value) == f"{path}:{problem}"


@pytest.mark.parametrize("name", ["bad.yaml", "bad.csv", "bad.gift", "bad.txt"])
def test_every_import_format_refuses_a_bomb_and_writes_nothing(library, tmp_path, name):
    texts = {
        "bad.yaml": ALIAS_BOMB,
        "bad.csv": "type,prompt,answer\nnumeric,How many?," + "9" * 400 + "\n",
        "bad.gift": "::q:: How many? {#" + "9" * 400 + "}\n",
        "bad.txt": "How many?\nA. " + "[" * 5000 + "\nANSWER: B\n",
    }
    path = tmp_path / name
    path.write_text(texts[name], encoding="utf-8")
    before = library.store.db.execute("SELECT COUNT(*) FROM questions").fetchone()[0]
    with pytest.raises(QuestionFileError) as raised:
        ops.import_files(library.store, [path])
    assert str(raised.value).startswith(f"{path}:")
    assert library.store.db.execute("SELECT COUNT(*) FROM questions").fetchone()[0] == before


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[" * 100_000 + "]" * 100_000, "not a progress file: nested more than 40 levels deep"),
        (
            '{"format": "quizapp-progress", "version": ' + "9" * 5000 + "}",
            "not a progress file: a number of 5000 characters is too long (at most 40)",
        ),
        (
            '{"format": "quizapp-progress", "version": NaN}',
            "not a progress file: numbers must be finite, found NaN",
        ),
        (
            '{"format": "quizapp-progress", "version": 1e999}',
            "not a progress file: numbers must be finite, found inf",
        ),
    ],
    ids=["deep", "huge-number", "nan", "overflow"],
)
def test_progress_file_beyond_a_limit_is_refused(tmp_path, text, message):
    path = tmp_path / "ana.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(classreport.ProgressFileError) as raised:
        classreport.read_progress_file(path)
    assert str(raised.value) == message


def test_brackets_inside_strings_do_not_count_as_nesting():
    assert limits.load_json(json.dumps({"a": "[" * 1000})) == {"a": "[" * 1000}


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("   ", "A profile needs a name."),
        ("a" * 61, "A profile name can have at most 60 characters (this one has 61)."),
        (
            "Ana\u202eevil",
            "A profile name cannot hold control or text-direction characters; "
            "type it again with letters, digits and spaces.",
        ),
        (
            "Ana\x07",
            "A profile name cannot hold control or text-direction characters; "
            "type it again with letters, digits and spaces.",
        ),
    ],
)
def test_learner_names_are_checked(store, now, name, message):
    with pytest.raises(ProfileError) as raised:
        store.learners.create(name, now)
    assert str(raised.value) == message
    assert store.learners.all() == []


def test_learner_names_are_trimmed_and_spaces_collapsed(store, now):
    assert store.learners.create("  Siti   Rahma \n", now).name == "Siti Rahma"
    assert store.learners.create("\u0915\u094d\u200d\u0937", now).name == "\u0915\u094d\u200d\u0937"


def test_class_csv_never_starts_a_spreadsheet_formula():
    row = TopicRow("=cmd|' /C calc'!A0", "S", "+topic", 1, 1, 0, 0, 0, 0)
    learner = classreport.LearnerProgress(
        '=HYPERLINK("http://x","click")', datetime(2026, 3, 2, tzinfo=UTC), (row,), Path("a")
    )
    text = classreport.class_csv(classreport.ClassReport((learner,), ()))
    assert text.splitlines()[1].startswith(
        '"\'=HYPERLINK(""http://x"",""click"")",\'=cmd|\' /C calc\'!A0,\'+topic,'
    )
    assert csv_row(TopicRow("-1", "S", "@x", 1, 1, 0, 0, 0, 0))[:2] == ["-1", "'@x"]


def test_exported_file_is_complete_and_readable_as_the_umask_says(tmp_path):
    path = tmp_path / "report.csv"
    old = os.umask(0o022)
    try:
        write_text_atomic(path, "a,b\n")
    finally:
        os.umask(old)
    assert path.read_text() == "a,b\n"
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["report.csv"]


def test_deleting_a_set_looks_answers_up_by_question(store):
    for table in ("cards", "reviews", "practice_answers", "exam_answers"):
        plan = store.db.execute(
            f"EXPLAIN QUERY PLAN SELECT 1 FROM {table} WHERE question_id = 'q'"
        ).fetchall()
        assert f"USING COVERING INDEX {table}_by_question" in plan[0][3]


@pytest.mark.parametrize(
    "media_list", [b"[" * 100_000 + b"]" * 100_000, b'{"0": 1e999}', b'{"0": NaN}']
)
def test_anki_package_with_a_json_bomb_is_refused_and_writes_nothing(
    library, make_apkg, media_list
):
    path = make_apkg([{"fields": ["Q", "A"]}], media_list=media_list)
    before = library.store.db.execute("SELECT COUNT(*) FROM questions").fetchone()[0]
    with pytest.raises(QuestionFileError) as raised:
        ops.import_files(library.store, [path])
    assert str(raised.value) == (f"{path}:0: the package's media list is not readable (not JSON)")
    assert library.store.db.execute("SELECT COUNT(*) FROM questions").fetchone()[0] == before
