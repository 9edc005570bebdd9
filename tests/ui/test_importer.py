from pathlib import Path

from PySide6.QtCore import Qt

from quizapp.core.model import SetId
from quizapp.ui.importer import ImportDialog

IMPORT = Path(__file__).parent.parent / "data" / "import"


def test_import_dialog_imports_and_shows_the_report(qtbot, library):
    dialog = ImportDialog(library.store)
    qtbot.addWidget(dialog)
    dialog.add_files([IMPORT / "every-type.gift", IMPORT / "terms.tsv"])
    qtbot.keyClicks(dialog.set_name, "Class 7B")
    with qtbot.waitSignal(dialog.import_finished) as finished:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert finished.args[0].added == 15
    report = dialog.report.toPlainText().splitlines()
    assert report[0] == (
        "Imported into class-7b: 15 added, 0 updated, 0 unchanged, 2 skipped, 0 image(s)."
    )
    assert "Skipped:" in report
    assert dialog.progress.value() == dialog.progress.maximum()
    assert len(library.store.questions([SetId("class-7b")])) == 15


def test_import_dialog_lists_problems_and_imports_nothing(qtbot, library, wait_for_tasks):
    dialog = ImportDialog(library.store)
    qtbot.addWidget(dialog)
    dialog.add_files([IMPORT / "broken.gift"])
    before = len(library.store.questions())
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_for_tasks()
    report = dialog.report.toPlainText().splitlines()
    assert report[0] == "Nothing was imported: problems to fix first: 5"
    assert report[2] == (
        f"{IMPORT / 'broken.gift'}:1: '{{' opens the answers but no '}}' closes them "
        "(write \\{ for a brace)"
    )
    assert dialog.status.text() == "Nothing was imported."
    assert len(library.store.questions()) == before


def test_import_without_files_asks_for_them(qtbot, library):
    dialog = ImportDialog(library.store)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.report.toPlainText() == "Add the files to import first."
