"""Exporting a learner's progress from the window, and the class report dialog on a folder."""

from quizapp.core import classreport
from quizapp.ui import i18n
from quizapp.ui.classreport import ClassReportDialog


def test_a_learner_exports_progress_and_the_teacher_combines_it(
    qtbot, open_window, tmp_path, wait_for_tasks
):
    folder = tmp_path / "usb"
    folder.mkdir()
    window = open_window("Ana")
    window.export_progress(folder / "ana.json")
    wait_for_tasks()
    assert window.statusBar().currentMessage() == (
        f"Saved your progress to {folder / 'ana.json'}; give this file to your teacher."
    )
    (folder / "list.txt").write_text("Ana, Budi")
    dialog = ClassReportDialog(window)
    qtbot.addWidget(dialog)
    dialog.load_folder(folder)
    wait_for_tasks()
    assert dialog.table.topLevelItemCount() == 1
    ana = dialog.table.topLevelItem(0)
    assert [ana.text(c) for c in range(6)] == [
        "Ana (exported 2026-03-02 10:00)",
        "6",
        "0",
        "0",
        "–",
        "0.0",
    ]
    assert [ana.child(i).text(0) for i in range(ana.childCount())] == ["Basics", "More"]
    assert [ana.child(0).child(i).text(0) for i in range(2)] == ["Places", "(no topic)"]
    assert not ana.child(0).isExpanded()
    assert dialog.problems.toPlainText() == (
        f"{folder / 'list.txt'}: not a progress file: not valid JSON (line 1: Expecting value)"
    )
    assert dialog.summary.text() == "Learners: 1"
    assert dialog.save_button.isEnabled()
    dialog.save_csv(tmp_path / "class.csv")
    assert (tmp_path / "class.csv").read_bytes().decode() == classreport.class_csv(dialog.report)
    assert dialog.summary.text() == f"Saved to {tmp_path / 'class.csv'}."


def test_a_folder_that_cannot_be_read_is_said_so(qtbot, tmp_path, wait_for_tasks):
    dialog = ClassReportDialog()
    qtbot.addWidget(dialog)
    dialog.load_folder(tmp_path / "gone")
    wait_for_tasks()
    assert dialog.problems.toPlainText().endswith("gone: cannot be read: No such file or directory")
    assert not dialog.save_button.isEnabled()


def test_a_file_left_out_is_said_in_indonesian(qtbot, qapp, tmp_path, wait_for_tasks):
    (tmp_path / "list.txt").write_text("Ana, Budi")
    i18n.install(qapp, "id")
    try:
        dialog = ClassReportDialog()
        qtbot.addWidget(dialog)
        dialog.load_folder(tmp_path)
        wait_for_tasks()
        shown = dialog.problems.toPlainText()
    finally:
        i18n.install(qapp, "en")
    assert shown == (
        f"{tmp_path / 'list.txt'}: bukan berkas kemajuan: bukan JSON yang valid "
        "(baris 1: Expecting value)"
    )


def test_a_file_of_another_app_says_where_progress_files_come_from(qtbot, tmp_path, wait_for_tasks):
    (tmp_path / "other.json").write_text('{"name": "something else"}')
    dialog = ClassReportDialog()
    qtbot.addWidget(dialog)
    dialog.load_folder(tmp_path)
    wait_for_tasks()
    assert dialog.problems.toPlainText() == (
        f"{tmp_path / 'other.json'}: not a quizapp progress file (make one with Reports, "
        "Export my progress)"
    )
