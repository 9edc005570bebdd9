"""The print dialog writes a real PDF: A4 or Letter, the questions then the key."""

from pathlib import Path

from quizapp.core import ops
from quizapp.ui.worksheet_dialog import WorksheetDialog

IMPORT = Path(__file__).parent.parent / "data" / "import"


def test_a_set_is_saved_as_a_worksheet_pdf(qtbot, library, tmp_path):
    ops.import_files(library.store, [IMPORT / "moodle-every-type.xml"])
    dialog = WorksheetDialog(library.store)
    qtbot.addWidget(dialog)
    dialog.set_choice.setCurrentIndex(dialog.set_choice.findData("moodle-every-type"))
    dialog.shuffle.setChecked(True)
    dialog.variant.setValue(7)
    path = tmp_path / "sheet.pdf"
    pages = dialog.save(path)
    assert pages >= 2  # the key starts a page of its own
    data = path.read_bytes()
    assert data.startswith(b"%PDF-")
    assert b"/MediaBox [0 0 595.000000 842.000000]" in data  # A4
    assert dialog.status.text() == f"Saved {pages} page(s) to {path}."
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    dialog.draw.setValue(2)
    letter = tmp_path / "exam.pdf"
    dialog.save(letter)
    assert b"/MediaBox [0 0 612.000000 792.000000]" in letter.read_bytes()
