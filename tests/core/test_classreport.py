"""Progress files and the class report: round trip, and every bad file skipped with its reason."""

import json
from datetime import timedelta

import pytest

from quizapp.core import classreport, ops, report
from quizapp.core.classreport import ProgressFileError


@pytest.fixture
def progress_of(library, now, give_history):
    """Return ``progress_of(name, days_later=0)``: a learner's progress file text."""

    def progress(name, days_later=0):
        profile = ops.choose_profile(library.store, name, now)
        give_history(library.store, profile, now)
        moment = now + timedelta(days=days_later)
        return classreport.progress_json(report.learner_report(library.store, profile, moment))

    return progress


def test_a_progress_file_reads_back_as_the_learners_report(tmp_path, library, now, progress_of):
    path = tmp_path / "ana.json"
    path.write_text(progress_of("Ana"))
    read = classreport.read_progress_file(path)
    ana = library.store.learners.named("Ana")
    assert (read.profile, read.exported_at) == ("Ana", now)
    assert read.rows == report.learner_report(library.store, ana, now).rows
    assert json.loads(path.read_text())["version"] == classreport.FORMAT_VERSION


BAD_FILES = {
    "binary.json": b"\xff\xfe\x00garbage",
    "broken.json": b'{"format": "quizapp-progress",\n "version": }',
    "foreign.json": b'{"name": "something else"}',
    "newer.json": b'{"format": "quizapp-progress", "version": 2}',
    "no-zone.json": (
        b'{"format": "quizapp-progress", "version": 1, "profile": "X", '
        b'"exported_at": "2026-03-02T10:00:00", "rows": []}'
    ),
    "bad-row.json": (
        b'{"format": "quizapp-progress", "version": 1, "profile": "Y", '
        b'"exported_at": "2026-03-02T10:00:00+00:00", "rows": [{"set_id": "s", '
        b'"set_title": "S", "topic": "", "questions": -1}]}'
    ),
    "notes.txt": b"bring the USB stick on Monday",
}


def test_combine_keeps_good_files_and_names_every_bad_one(tmp_path, progress_of):
    folder = tmp_path / "class"
    folder.mkdir()
    (folder / "budi.json").write_text(progress_of("Budi"))
    (folder / "ana-old.json").write_text(progress_of("Ana"))
    (folder / "ana-new.json").write_text(progress_of("ana", days_later=1))
    (folder / ".hidden").write_text("ignored")
    for name, data in BAD_FILES.items():
        (folder / name).write_bytes(data)
    combined = classreport.combine(folder)
    assert [(p.profile, p.path.name) for p in combined.learners] == [
        ("Ana", "ana-old.json"),
        ("Ana", "ana-new.json"),
        ("Budi", "budi.json"),
    ]
    assert tuple(str(p) for p in combined.problems) == (
        f"{folder / 'bad-row.json'}: row 1: 'questions' must be a whole number of 0 or more",
        f"{folder / 'binary.json'}: not a progress file: it is not text",
        f"{folder / 'broken.json'}: not a progress file: not valid JSON (line 2: Expecting value)",
        f"{folder / 'foreign.json'}: not a quizapp progress file (a learner makes one by "
        "exporting their progress)",
        f"{folder / 'newer.json'}: written by a newer quizapp (progress format 2; this one "
        "reads 1); update quizapp to read it",
        f"{folder / 'no-zone.json'}: 'exported_at' must be a date and time with its time "
        "zone, found '2026-03-02T10:00:00'",
        f"{folder / 'notes.txt'}: not a progress file: not valid JSON (line 1: Expecting value)",
        f"{folder / 'ana-new.json'}: 'Ana' has 2 files (ana-old.json, ana-new.json); all are "
        "shown: check which is right",
    )
    labels = [classreport.learner_label(combined, p) for p in combined.learners]
    assert labels == ["Ana (ana-old.json)", "Ana (ana-new.json)", "Budi"]


def test_the_class_csv_has_a_row_per_learner_set_and_topic(tmp_path, progress_of):
    (tmp_path / "ana.json").write_text(progress_of("Ana"))
    (tmp_path / "budi.json").write_text(progress_of("Budi"))
    lines = classreport.class_csv(classreport.combine(tmp_path)).split("\r\n")
    assert lines[0] == (
        "learner,set,topic,questions,seen,mastered,reviews_30_days_tested,"
        "retention_30_days,time_spent_minutes,exported_at"
    )
    assert lines[1] == "Ana,basics,Places,1,1,0,0,,0.0,2026-03-02 10:00"
    assert len(lines) == 1 + 2 * 3 + 1
    assert lines[-1] == ""


def test_an_unreadable_folder_is_an_error(tmp_path):
    with pytest.raises(ProgressFileError, match="missing: cannot be read: No such file"):
        classreport.combine(tmp_path / "missing")


def progress_document(**changes):
    row = {
        "set_id": "basics",
        "set_title": "Basics",
        "topic": "Places",
        "questions": 3,
        "seen": 2,
        "mastered": 1,
        "recalled_30_days": 1,
        "tested_30_days": 2,
        "time_spent_ms": 60000,
    }
    row.update(changes.pop("row", {}))
    document = {
        "format": "quizapp-progress",
        "version": 1,
        "profile": "Ana",
        "exported_at": "2026-03-02T10:00:00+00:00",
        "rows": [row],
    }
    document.update(changes)
    return json.dumps(document)


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        (
            {"exported_at": "9999-12-31T00:00:00+00:00"},
            "'exported_at' is in the future (9999-12-31): the file was changed or the learner's "
            "clock is wrong",
        ),
        (
            {"row": {"recalled_30_days": 500}},
            "row 1: 'recalled_30_days' (500) is more than 'tested_30_days' (2)",
        ),
        ({"row": {"seen": 9}}, "row 1: 'seen' (9) is more than 'questions' (3)"),
        (
            {"row": {"questions": 10**30}},
            "row 1: 'questions' is 1000000000000000000000000000000, more than 1000000",
        ),
        (
            {"profile": "A\u202enA"},
            "'profile': A profile name cannot hold control or text-direction characters; type it "
            "again with letters, digits and spaces.",
        ),
        (
            {"profile": "x" * 61},
            "'profile': A profile name can have at most 60 characters (this one has 61).",
        ),
        ({"rows": [{}] * 10_001}, "'rows' holds 10001 rows; a progress file has at most 10000"),
    ],
)
def test_a_file_that_could_fool_the_report_is_skipped_with_the_reason(
    tmp_path, now, changes, expected
):
    path = tmp_path / "ana.json"
    path.write_text(progress_document(**changes))
    with pytest.raises(ProgressFileError) as caught:
        classreport.read_progress_file(path, now)
    assert str(caught.value) == expected


def test_deep_nesting_and_huge_numbers_are_skipped_not_a_crash(tmp_path, now):
    (tmp_path / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    huge = progress_document().replace('"seen": 2', '"seen": ' + "9" * 5000)
    (tmp_path / "huge.json").write_text(huge)
    (tmp_path / "ana.json").write_text(progress_document())
    combined = classreport.combine(tmp_path, now)
    assert [p.profile for p in combined.learners] == ["Ana"]
    assert len(combined.problems) == 2
