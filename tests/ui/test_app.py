import json
import os
import subprocess
import sys

from quizapp.core import ops
from quizapp.core.storage import DATABASE_NAME
from quizapp.ui.app import run_app


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
from quizapp.cli import main
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
