"""The test tree mirrors the package: every module has a test file of its own, or a listed reason.

``quizapp/core/x.py`` and ``quizapp/core/formats/x.py`` are tested by ``tests/core/test_x.py``,
``quizapp/ui/x.py`` by ``tests/ui/test_x.py``, ``quizapp/cli.py`` and ``__main__.py`` by
``tests/cli/test_cli.py``, the entry point ``quizapp/launch.py`` by ``tests/cli/test_launch.py``.
A second word may follow the module's name (``test_gift_format.py``, ``test_backups_ui.py``), or
a subpackage's name precede it (``test_storage_exams.py``): pytest needs file names unique
across the tree, and core and ui share some module names.
"""

from pathlib import Path

ROOT = Path(__file__).parent.parent
PACKAGE = ROOT / "quizapp"
TESTS = ROOT / "tests"

# Modules tested where they are used rather than in a file of their own: module (or a folder of
# them) -> (test file that covers it, why). Give a module its own file and take it off this list.
COVERED_ELSEWHERE = {
    "quizapp/core/errors.py": (
        "tests/core/test_storage_failures.py",
        "each error's exact text is asserted where it is raised",
    ),
    "quizapp/core/model.py": ("tests/core/test_session.py", "plain dataclasses used by every test"),
    "quizapp/core/qtypes/": (
        "tests/core/test_qtypes.py",
        "the registry; each type is exercised by the format, grading and study tests",
    ),
    "quizapp/core/formats/imported.py": (
        "tests/core/test_registry.py",
        "the records and report every importer returns, checked with each format",
    ),
    "quizapp/core/formats/nativeexport.py": (
        "tests/core/test_question_schema.py",
        "exports are validated against the schema and imported back",
    ),
    "quizapp/core/formats/spreadsheet.py": (
        "tests/core/test_tables.py",
        "xlsx and ods sheets are read as the delimited tables they hold",
    ),
    "quizapp/core/formats/yamlimport.py": (
        "tests/core/test_ops_import.py",
        "a question file imported through the one import path",
    ),
    "quizapp/core/formats/yamlsource.py": (
        "tests/core/test_native_format.py",
        "the YAML loader behind every question file, with its line numbers",
    ),
    "quizapp/core/storage/backups.py": (
        "tests/core/test_maintenance.py",
        "backups are taken by maintenance",
    ),
    "quizapp/core/storage/history.py": (
        "tests/core/test_stats.py",
        "the queries behind statistics",
    ),
    "quizapp/core/storage/migrations.py": (
        "tests/core/test_storage_database.py",
        "migrations run when the database is opened",
    ),
    "quizapp/ui/browser.py": ("tests/ui/test_sets_and_browser.py", "opened from the set manager"),
    "quizapp/ui/charts.py": ("tests/ui/test_progress_charts.py", "the charts of the Progress page"),
    "quizapp/ui/exam_nav.py": ("tests/ui/test_summary_and_exam.py", "part of an exam on screen"),
    "quizapp/ui/exam_result.py": ("tests/ui/test_summary_and_exam.py", "the end of an exam"),
    "quizapp/ui/help.py": ("tests/ui/test_keyboard_and_access.py", "the keys it lists are tested"),
    "quizapp/ui/home.py": (
        "tests/ui/test_study_window.py",
        "its counts are checked before and after studying",
    ),
    "quizapp/ui/main_window.py": (
        "tests/ui/conftest.py",
        "every UI test drives a real main window",
    ),
    "quizapp/ui/printing.py": ("tests/ui/test_worksheet_dialog.py", "the worksheet PDF it draws"),
}


def modules() -> list[str]:
    return sorted(
        path.relative_to(ROOT).as_posix()
        for path in PACKAGE.rglob("*.py")
        if path.name != "__init__.py"
    )


def own_test_files(module: str) -> list[Path]:
    """Return the test files named after ``module`` in the folder that mirrors its area."""
    parts = Path(module).relative_to("quizapp").parts
    if parts in {("cli.py",), ("__main__.py",), ("launch.py",)}:
        folder, name = TESTS / "cli", Path(parts[-1]).stem
    else:
        folder, name = TESTS / parts[0], Path(parts[-1]).stem
    nested = folder.joinpath(*parts[1:-1])
    if parts == ("__main__.py",):  # ``python -m quizapp`` is the command line's entry
        name = "cli"
    candidates = [folder / f"test_{name}.py", nested / f"test_{name}.py"]
    candidates += sorted(folder.glob(f"test_{name}_*.py"))
    if len(parts) > 2:  # quizapp/core/storage/exams.py: tests/core/test_storage_exams.py
        candidates.append(folder / f"test_{parts[-2]}_{name}.py")
    return sorted({path for path in candidates if path.is_file()})


def listed(module: str) -> bool:
    return any(
        module == key or (key.endswith("/") and module.startswith(key)) for key in COVERED_ELSEWHERE
    )


def test_every_module_has_a_test_file_or_a_listed_reason():
    untested = [m for m in modules() if not own_test_files(m) and not listed(m)]
    assert untested == []


def test_a_listed_module_has_no_file_of_its_own_yet():
    """A module that got its own test file comes off the list."""
    assert [m for m in COVERED_ELSEWHERE if not m.endswith("/") and own_test_files(m)] == []


def test_each_listed_module_and_its_covering_file_exist():
    missing = [
        (module, test_file)
        for module, (test_file, reason) in COVERED_ELSEWHERE.items()
        if not ((ROOT / module).exists() and (ROOT / test_file).is_file() and reason)
    ]
    assert missing == []


def test_the_rule_finds_a_second_word_and_the_cli():
    assert own_test_files("quizapp/core/formats/gift.py") == [TESTS / "core/test_gift_format.py"]
    assert own_test_files("quizapp/cli.py") == [TESTS / "cli/test_cli.py"]
    assert own_test_files("quizapp/ui/nothing_like_it.py") == []
