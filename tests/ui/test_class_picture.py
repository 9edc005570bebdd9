"""The class picture beside the class report's table: mastery per topic and the grid."""

import re
import zlib
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from quizapp.core import classpicture, classreport
from quizapp.core.charts import LIGHT
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


def pdf_pages(data: bytes) -> tuple[int, list[str], bytes]:
    """Return a PDF's page count, its pages' sizes and its page contents, inflated."""
    pages = len(re.findall(rb"/Type\s*/Page\b", data))
    boxes = [box.decode() for box in re.findall(rb"/MediaBox\s*\[([^\]]*)\]", data)]
    streams = re.findall(rb"stream\r?\n(.*?)\r?\nendstream", data, flags=re.DOTALL)
    contents = b"".join(zlib.decompress(s) if s.startswith(b"x") else s for s in streams)
    return pages, boxes, contents


def test_the_class_report_is_saved_as_a_pdf_on_a4_with_its_charts_as_vectors(
    qtbot, open_window, tmp_path, monkeypatch, wait_for_tasks
):
    folder = tmp_path / "class"
    folder.mkdir()
    window = open_window("Ana", bank=STATS_BANK)
    window.export_progress(folder / "ana.json")
    wait_for_tasks()
    dialog = ClassReportDialog(window)
    qtbot.addWidget(dialog)
    assert not dialog.pdf_button.isEnabled()
    dialog.load_folder(folder)
    wait_for_tasks()
    saved = tmp_path / "class.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(saved), ""))
    dialog.pdf_button.click()
    wait_for_tasks()
    assert dialog.summary.text() == f"Saved to {saved}."
    pages, boxes, contents = pdf_pages(saved.read_bytes())
    assert pages == 1
    assert [[round(float(n)) for n in box.split()] for box in boxes] == [[0, 0, 595, 842]]
    # The chart is drawn in its own units as vector paths: the legend's first swatch, a
    # 10 x 10 square at (0, 3), and the fills of the bars' three colours.
    assert b"0 3 10 10 re\nf\n" in contents
    fills = {
        tuple(round(float(n) * 255) for n in rgb.split())
        for rgb in re.findall(rb"([\d.]+ [\d.]+ [\d.]+) scn", contents)
    }
    for colour in (LIGHT.mastered, LIGHT.learning, LIGHT.new):
        assert tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5)) in fills, colour
