"""The class picture beside the class report's table: mastery per topic and the grid."""

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from quizapp.core import classpicture, classreport
from quizapp.ui.classreport import ClassReportDialog

STATS_BANK = Path(__file__).parent.parent / "data" / "stats-bank"


def test_the_class_picture_has_a_bar_per_topic_and_a_cell_per_learner_and_topic(
    qtbot, open_window, tmp_path, monkeypatch, wait_for_tasks
):
    folder = tmp_path / "class"
    folder.mkdir()
    window = open_window("Ana", bank=STATS_BANK)
    window.export_progress(folder / "ana.json")
    wait_for_tasks()
    (folder / "budi.json").write_text(
        (folder / "ana.json").read_text().replace('"profile": "Ana"', '"profile": "Budi"')
    )
    dialog = ClassReportDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.charts == {}
    dialog.load_folder(folder)
    wait_for_tasks()
    # The bank has four topics (Organs, Principles, Decrees, and questions without one).
    assert {name: len(card.view.chart.spots) for name, card in dialog.charts.items()} == {
        "topics": 4,
        "grid": 2 * 4,
    }
    assert dialog.charts["topics"].view.chart.spots[0].text == (
        "Decrees: 0 of 4 questions mastered by the class"
    )
    assert dialog.charts["grid"].view.chart.spots[-1].text == "Budi, (no topic): 0 of 1 mastered"
    saved = tmp_path / "class.html"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(saved), ""))
    dialog.html_button.click()
    assert saved.read_text() == classpicture.class_html(classreport.combine(folder))
    assert dialog.summary.text() == f"Saved to {saved}."
