"""Teacher screens from the GUI: export a set, file dialogs in the documents folder, the browser."""

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog

from quizapp.core import ops
from quizapp.ui.browser import QuestionBrowser
from quizapp.ui.sets import SetManagerDialog

DATA = Path(__file__).parent.parent / "data"


def select(dialog, set_id):
    tree = dialog.tree
    for row in range(tree.topLevelItemCount()):
        if tree.topLevelItem(row).data(0, Qt.ItemDataRole.UserRole) == set_id:
            tree.setCurrentItem(tree.topLevelItem(row))


def test_the_set_manager_exports_a_set_from_the_documents_folder(qtbot, tmp_path, monkeypatch):
    library = ops.open_library(tmp_path / "data", DATA / "types")
    dialog = SetManagerDialog(library.store)
    qtbot.addWidget(dialog)
    asked = []
    target = tmp_path / "every-type.gift"

    def save_as(parent, title, start, filters):
        asked.append((title, start, filters.split(";;")))
        return str(target), "Moodle GIFT (*.gift)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    select(dialog, "all-types")
    dialog.export_button.click()
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert asked == [
        (
            "Export set",
            str(Path(documents) / "all-types.yaml"),
            [
                "Our question file (*.yaml)",
                "CSV table (*.csv)",
                "Moodle GIFT (*.gift)",
                "Aiken (*.txt)",
            ],
        )
    ]
    assert "Pick one." in target.read_text()
    assert dialog.message.text().startswith("Saved ")
    assert f"to {target}." in dialog.message.text()


def test_the_browser_shows_set_titles_and_cloze_gaps_as_blanks(qtbot, tmp_path):
    library = ops.open_library(tmp_path, DATA / "types")
    browser = QuestionBrowser(library.store)
    qtbot.addWidget(browser)
    rows = {
        browser.results.topLevelItem(r).text(0): browser.results.topLevelItem(r).text(2)
        for r in range(browser.results.topLevelItemCount())
    }
    assert rows["Article [1] _____ sets up [2] _____."] == "Every type"
    assert set(rows.values()) == {"Every type"}


def test_an_export_says_what_it_changed_to_fit_the_format(qtbot, tmp_path):
    library = ops.open_library(tmp_path / "data", DATA / "types")
    report = ops.import_files(library.store, [DATA / "import" / "questions.aiken.txt"])
    (set_id,) = report.set_ids
    dialog = SetManagerDialog(library.store)
    qtbot.addWidget(dialog)
    dialog.export(set_id, tmp_path / "out.txt", "aiken")
    (two_lines,) = [q for q in library.store.questions.active([set_id]) if "\n" in str(q.prompt)]
    assert dialog.message.text() == (
        f"Saved 2 questions to {tmp_path / 'out.txt'}. Changed to fit this format: "
        f"{two_lines.id}: its prompt is written on one line (Aiken has no line breaks)"
    )
