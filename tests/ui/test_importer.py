from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from toy_format import registered

from quizapp.core.formats import catalog
from quizapp.core.model import SetId
from quizapp.ui import i18n
from quizapp.ui.importer import ImportDialog

IMPORT = Path(__file__).parent.parent / "data" / "import"


def test_import_dialog_imports_and_shows_the_report(qtbot, library, wait_for_tasks):
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
    assert len(library.store.questions.active([SetId("class-7b")])) == 15
    wait_for_tasks()  # the worker may still be ending: let it, before the dialog goes


def test_import_dialog_lists_problems_and_imports_nothing(qtbot, library, wait_for_tasks):
    dialog = ImportDialog(library.store)
    qtbot.addWidget(dialog)
    dialog.add_files([IMPORT / "broken.gift"])
    before = len(library.store.questions.active())
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_for_tasks()
    report = dialog.report.toPlainText().splitlines()
    assert report[0] == "Nothing was imported: problems to fix first: 5"
    assert report[2] == (
        f"{IMPORT / 'broken.gift'}:1: '{{' opens the answers but no '}}' closes them "
        "(write \\{ for a brace)"
    )
    assert dialog.status.text() == "Nothing was imported."
    assert len(library.store.questions.active()) == before


def test_a_reader_problem_is_shown_in_indonesian_with_its_file_and_line(
    qtbot, qapp, library, wait_for_tasks, tmp_path
):
    quiz = tmp_path / "quiz.txt"
    quiz.write_text("What is the capital of Laos?\nA) Vientiane\nB) Hanoi\nANSWER: C\n")
    i18n.install(qapp, "id")
    try:
        dialog = ImportDialog(library.store)
        qtbot.addWidget(dialog)
        dialog.add_files([quiz])
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        wait_for_tasks()
        report = dialog.report.toPlainText().splitlines()
    finally:
        i18n.install(qapp, "en")
    assert report[0] == "Tidak ada yang diimpor: masalah yang harus diperbaiki dulu: 1"
    assert report[2] == (f"{quiz}:4: 'ANSWER: C' harus menyebut salah satu pilihan A sampai B")


def test_the_import_report_and_its_notes_are_in_indonesian(qtbot, qapp, library, wait_for_tasks):
    quiz = IMPORT / "duplicated-option.aiken.txt"
    i18n.install(qapp, "id")
    try:
        dialog = ImportDialog(library.store)
        qtbot.addWidget(dialog)
        dialog.add_files([quiz])
        qtbot.keyClicks(dialog.set_name, "Ulangan")
        with qtbot.waitSignal(dialog.import_finished):
            qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        report = dialog.report.toPlainText().splitlines()
        wait_for_tasks()
    finally:
        i18n.install(qapp, "en")
    assert report == [
        "Diimpor ke ulangan: 5 ditambahkan, 0 diperbarui, 0 tidak berubah, 0 dilewati, 0 gambar.",
        "",
        "Diimpor dengan yang hilang:",
        f"  {quiz}:1: pilihan C mengulang pilihan A ('Jakarta'); pilihan itu tidak disertakan",
    ]


def test_the_preview_gives_why_a_question_is_skipped_in_indonesian(
    qtbot, qapp, library, wait_for_tasks
):
    i18n.install(qapp, "id")
    try:
        dialog = ImportDialog(library.store)
        qtbot.addWidget(dialog)
        dialog.add_files([IMPORT / "moodle-every-type.xml"])
        with qtbot.waitSignal(dialog.preview_shown):
            qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
        rows = range(dialog.preview.rowCount())
        skipped = [
            dialog.preview.item(r, 3).text()
            for r in rows
            if dialog.preview.item(r, 4).text() == "dilewati"
        ]
        wait_for_tasks()
    finally:
        i18n.install(qapp, "en")
    assert "deskripsi (teks tanpa jawaban) bukan soal" in skipped
    assert "soal Moodle 'calculatedsimple' tidak punya tempat di aplikasi" in skipped


def test_the_import_dialogs_close_button_is_in_indonesian(qtbot, qapp, library):
    i18n.install(qapp, "id")
    try:
        dialog = ImportDialog(library.store)
        qtbot.addWidget(dialog)
        shown = dialog.buttons.button(QDialogButtonBox.StandardButton.Close).text()
    finally:
        i18n.install(qapp, "en")
    assert shown == "Tutup"


def test_import_without_files_asks_for_them(qtbot, library):
    dialog = ImportDialog(library.store)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.report.toPlainText() == "Add the files to import first."


TABLES = IMPORT / "tables"


def test_columns_of_an_unknown_table_are_chosen_previewed_and_remembered(
    qtbot, library, wait_for_tasks
):
    dialog = ImportDialog(library.store)
    qtbot.addWidget(dialog)
    dialog.add_files([TABLES / "korean-vocabulary.csv"])
    assert dialog.columns_box.isVisibleTo(dialog)
    assert dialog.chosen_roles() == ["?", "?", "?"]
    assert dialog.columns_table.item(1, 0).text() == "한국어"
    dialog.choose_role(0, "prompt")
    dialog.choose_role(1, "answer")
    dialog.choose_role(2, "explanation")
    dialog.has_header.setChecked(True)
    with qtbot.waitSignal(dialog.preview_shown):
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert dialog.preview.rowCount() == 3
    assert [dialog.preview.item(0, c).text() for c in range(5)] == [
        "korean-vocabulary.csv:2",
        "flashcard",
        "사과",
        "apple",
        "new",
    ]
    assert dialog.summary.text() == (
        "3 new, 0 replaced, 0 unchanged, 0 skipped; nothing is written yet. Read as UTF-8."
    )
    assert library.store.questions.active([SetId("korean-vocabulary")]) == []
    with qtbot.waitSignal(dialog.import_finished):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert len(library.store.questions.active([SetId("korean-vocabulary")])) == 3
    again = ImportDialog(library.store)
    qtbot.addWidget(again)
    again.add_files([TABLES / "korean-vocabulary.csv"])
    assert again.chosen_roles() == ["prompt", "answer", "explanation"]
    assert again.has_header.isChecked()
    wait_for_tasks()


def test_a_known_header_fills_the_columns_and_other_files_hide_them(qtbot, library):
    dialog = ImportDialog(library.store)
    qtbot.addWidget(dialog)
    dialog.add_files([TABLES / "kahoot.xlsx"])
    assert dialog.chosen_roles() == ["prompt", "option", "option", "option", "option", "", "answer"]
    dialog.on_clear_clicked()
    dialog.add_files([IMPORT / "every-type.gift"])
    assert not dialog.columns_box.isVisibleTo(dialog)


def test_valid_questions_can_be_imported_and_the_rest_listed(qtbot, library, wait_for_tasks):
    dialog = ImportDialog(library.store)
    qtbot.addWidget(dialog)
    dialog.add_files([IMPORT / "broken.csv"])
    dialog.on_problem.setCurrentIndex(1)
    with qtbot.waitSignal(dialog.import_finished) as finished:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert finished.args[0].added == 1
    assert dialog.report.toPlainText().splitlines()[2:] == [
        "Skipped:",
        f"  {IMPORT / 'broken.csv'}:3: the prompt is blank",
        f"  {IMPORT / 'broken.csv'}:4: expected 2 columns as in the header, found 3",
        f"  {IMPORT / 'broken.csv'}:5: not valid CSV: unexpected end of data",
    ]
    wait_for_tasks()


def test_replacing_another_files_questions_is_asked(
    qtbot, library, tmp_path, monkeypatch, wait_for_tasks
):
    first = tmp_path / "class.csv"
    first.write_text("prompt,answer,id\nCapital of Laos?,Vientiane,laos\n", encoding="utf-8")
    other = tmp_path / "week 2.csv"
    other.write_text("prompt,answer,id\nCapital of Laos?,Pakse,laos\n", encoding="utf-8")
    dialog = ImportDialog(library.store)
    qtbot.addWidget(dialog)
    dialog.add_files([first])
    with qtbot.waitSignal(dialog.import_finished):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.No,
    )
    dialog.on_clear_clicked()
    dialog.add_files([other])
    dialog.set_name.setText("class")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.text() == "Nothing was imported.", timeout=60_000)
    assert "(1 in 'class')" in asked[0]
    assert str(library.store.questions.get("laos").payload.answer) == "Vientiane"
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.import_finished):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert str(library.store.questions.get("laos").payload.answer) == "Pakse"
    wait_for_tasks()


def test_the_file_filter_offers_every_format_the_catalog_reads(qtbot, library):
    with registered():
        dialog = ImportDialog(library.store)
        qtbot.addWidget(dialog)
        question_files, all_files = dialog.file_filter().split(";;")
        assert all_files == "All files (*)"
        patterns = set(question_files.removeprefix("Question files (").removesuffix(")").split())
        for fmt in catalog.readable():
            for suffix in (*fmt.extensions, *fmt.shared_extensions):
                assert f"*{suffix}" in patterns
        assert {"*.colpkg", "*.tab", "*.toy"} <= patterns
        assert dialog.format.findData("toy") > 0
        assert dialog.format.itemText(dialog.format.findData("gift")) == "Moodle GIFT"


def test_a_file_whose_format_cannot_be_told_asks_for_the_format_list(
    qtbot, library, tmp_path, wait_for_tasks
):
    path = tmp_path / "notes.txt"
    path.write_text("Just some prose.\nNothing else.\n", encoding="utf-8")
    dialog = ImportDialog(library.store)
    qtbot.addWidget(dialog)
    dialog.add_files([path])
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_for_tasks()
    known = ", ".join(fmt.name for fmt in catalog.readable())
    assert dialog.report.toPlainText().splitlines()[2] == (
        f"{path}:1: cannot tell the format of this file; choose its format in the Format list "
        f"({known})"
    )


def test_one_file_into_a_second_set_points_to_the_copy_checkbox(qtbot, library, wait_for_tasks):
    for set_name in ("Class A", "Class B"):
        dialog = ImportDialog(library.store)
        qtbot.addWidget(dialog)
        dialog.add_files([IMPORT / "pictures.yaml"])
        qtbot.keyClicks(dialog.set_name, set_name)
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        wait_for_tasks()
    assert dialog.report.toPlainText().splitlines()[2] == (
        f"{IMPORT / 'pictures.yaml'}:8: question id 'pic-flag' already belongs to set "
        "'class-a'; tick Import as a copy and import again to have it in both sets"
    )
    dialog.as_copy.setChecked(True)
    with qtbot.waitSignal(dialog.import_finished):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert len(library.store.questions.active([SetId("class-a")])) == 2
    wait_for_tasks()
