import json
import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from quizapp.core import ops
from quizapp.core.errors import DatabaseDamagedError
from quizapp.core.storage import DATABASE_NAME, open_store
from quizapp.ui import tasks
from quizapp.ui.app import check_in_background, run_app
from quizapp.ui.main_window import MainWindow

DATA = Path(__file__).parent.parent / "data"


def test_quit_after_show_reports_the_home_screen_then_closes(qapp, tmp_path, capsys):
    assert run_app(tmp_path, None, quit_after_show=0) == 0
    assert capsys.readouterr().out == "home screen shown\n"
    assert (tmp_path / DATABASE_NAME).exists()
    assert not qapp.topLevelWidgets() or not any(w.isVisible() for w in qapp.topLevelWidgets())


def test_an_unknown_learner_is_refused_with_the_known_ones(qapp, tmp_path, message_boxes):
    assert run_app(tmp_path, None, quit_after_show=0) == 0
    assert run_app(tmp_path, "Siti", quit_after_show=0) == 1
    assert [(box.title, box.text) for box in message_boxes] == [
        ("Cannot open quizapp", "There is no profile called 'Siti' (profiles: Learner).")
    ]


FIRST_SCREEN_NEVER_LOADS = [
    # core work reached from a menu, a command or another page
    "quizapp.core.maintenance",
    "quizapp.core.charts",
    "quizapp.core.fitting",
    "quizapp.core.personal",
    "quizapp.core.report",
    "quizapp.core.classreport",
    "quizapp.core.classpicture",
    "quizapp.core.worksheet",
    # the readers and writers of question files
    *(
        f"quizapp.core.formats.{name}"
        for name in (
            "aiken anki ankitext delimited gift markup moodlexml nativeexport spreadsheet "
            "yamlimport yamlsource"
        ).split()
    ),
    # pages and dialogs other than home
    *(
        f"quizapp.ui.{name}"
        for name in (
            "study summary exam_result progress charts answer_inputs importer browser editor "
            "sets settings_dialog mode_dialog help backups classreport printing "
            "worksheet_dialog pictures"
        ).split()
    ),
    # libraries only those need
    "click",  # the command line's parser: the app's own options are read without it
    "quizapp.cli",
    "logging.handlers",
    "sqlite_utils",  # the store runs on sqlite3; sqlite-utils only migrates
    "dateutil",
    "pluggy",
    "fsrs",
    "yaml",
    "nh3",
    "rapidfuzz",
    "python_calamine",
    "defusedxml",
    "zstandard",
    "PySide6.QtSvg",
    "PySide6.QtPrintSupport",
]
"""What the home screen must appear without (issue 15: import only what the first screen
needs). Each was measured to cost the start time or memory when it was loaded there."""

_MODULES_AT_HOME = """
import json, sys

class Watch:
    def __init__(self, out):
        self.out, self.loaded = out, None
    def write(self, text):
        if text.startswith("home screen shown") and self.loaded is None:
            self.loaded = sorted(sys.modules)
        return self.out.write(text)
    def flush(self):
        self.out.flush()

sys.stdout = watch = Watch(sys.stdout)
from quizapp.launch import main
try:
    main()
except SystemExit:
    pass
sys.__stdout__.write("\\n" + json.dumps(watch.loaded) + "\\n")
"""


def test_the_home_screen_appears_without_what_later_screens_need(tmp_path, now):
    library = ops.open_library(tmp_path)  # a learner's second day: bank loaded, one learner
    ops.add_profile(library.store, "Siti", now)
    library.store.close()
    result = subprocess.run(
        [sys.executable, "-c", _MODULES_AT_HOME, "--data-dir", str(tmp_path)]
        + ["--quit-after-show", "0"],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    loaded = json.loads(result.stdout.splitlines()[-1])
    assert "quizapp.ui.home" in loaded
    assert [name for name in FIRST_SCREEN_NEVER_LOADS if name in loaded] == []


def damage_a_question_page(path):
    """Scribble over a leaf page of the questions table (the home screen does not read it)."""
    with sqlite3.connect(path) as conn:
        page = conn.execute(
            "SELECT MAX(pageno) FROM dbstat WHERE name = 'questions' AND pagetype = 'leaf'"
        ).fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    data[4096 * (page - 1) : 4096 * (page - 1) + 200] = b"\xff" * 200
    path.write_bytes(bytes(data))
    return bytes(data)


def test_a_database_found_damaged_after_the_home_screen_is_refused_and_kept(
    qapp, tmp_path, message_boxes
):
    assert run_app(tmp_path, None, quit_after_show=0) == 0  # a learner's first day
    path = tmp_path / DATABASE_NAME
    damaged = damage_a_question_page(path)
    with pytest.raises(DatabaseDamagedError) as at_open:
        open_store(path)  # what opening used to say before the home screen
    assert run_app(tmp_path, None, quit_after_show=30) == 1  # closed long before 30 s
    assert [(box.title, box.text) for box in message_boxes] == [
        ("Cannot open quizapp", str(at_open.value))
    ]
    assert "is damaged (integrity check:" in str(at_open.value)
    assert path.read_bytes() == damaged
    assert not (tmp_path / "backups").exists()


def test_an_answer_given_before_the_background_check_ends_waits_for_it(
    qtbot, tmp_path, clock, held_start_check
):
    first_day = ops.open_library(tmp_path, DATA / "bank", durable=False)
    ops.choose_profile(first_day.store, "Ana", clock())
    first_day.store.close()
    library = ops.open_library(tmp_path, DATA / "bank", durable=False, check_later=True)
    window = MainWindow(library, ops.existing_profile(library.store, "Ana", clock()), clock)
    assert not library.store.start_check.passed
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow)
    release, seen_by_check = held_start_check("reviews")
    check_in_background(window)
    qtbot.mouseClick(window.home.study_all, Qt.MouseButton.LeftButton)
    study = window.study
    right = 1 + next(
        n for n, index in enumerate(study.input.order) if index in study.question.payload.correct
    )
    releaser = threading.Timer(0.5, release.set)  # frees the check while the answer waits
    releaser.start()
    qtbot.keyClick(window.focusWidget() or window, Qt.Key(Qt.Key.Key_0 + right))
    releaser.join()
    assert seen_by_check == [0]  # the check ended before the answer was written
    assert study.verdict.text() == "✓ Right"
    assert window.store.db.execute("SELECT COUNT(*) FROM reviews").fetchone()[0] == 1
    qtbot.waitUntil(lambda: tasks.running() == 0)
