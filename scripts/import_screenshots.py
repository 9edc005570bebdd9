"""Save screenshots of the teachers' tools to docs/screenshots/.

The import dialog, set manager, browser and question editor, the learner profile controls with
their delete confirmation, and the class report on a folder of progress files.

Usage: .venv/bin/python scripts/import_screenshots.py [OUTPUT_DIR]
"""

import os
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QThreadPool, QTimer  # noqa: E402
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget  # noqa: E402

from quizapp.core import classreport, ops, report  # noqa: E402
from quizapp.core.model import Rating, SetId  # noqa: E402
from quizapp.core.session import StudySession  # noqa: E402
from quizapp.ui.app import create_application  # noqa: E402
from quizapp.ui.browser import QuestionBrowser  # noqa: E402
from quizapp.ui.classreport import ClassReportDialog  # noqa: E402
from quizapp.ui.editor import QuestionEditor  # noqa: E402
from quizapp.ui.importer import ImportDialog  # noqa: E402
from quizapp.ui.main_window import MainWindow  # noqa: E402
from quizapp.ui.sets import SetManagerDialog  # noqa: E402

FIXTURES = Path(__file__).parent.parent / "tests" / "data" / "import"


def main() -> None:
    """Import the test fixtures (once with a broken file), then show the sets and questions."""
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    library = ops.open_library(Path(tempfile.mkdtemp()))
    for name, files in (
        ("import-report", ["every-type.gift", "every-type.csv", "notes.txt"]),
        ("import-problems", ["terms.tsv", "broken.aiken.txt"]),
    ):
        dialog = ImportDialog(library.store)
        dialog.resize(760, 560)
        dialog.add_files([FIXTURES / file for file in files])
        dialog.show()
        dialog.import_button.click()
        QThreadPool.globalInstance().waitForDone()  # the import runs as a background task
        app.processEvents()  # delivers its outcome to the dialog
        dialog.grab().save(str(out / f"{name}.png"))
        dialog.close()
    sets = SetManagerDialog(library.store)
    sets.resize(760, 420)
    sets.show()
    sets.tree.setCurrentItem(sets.tree.topLevelItem(sets.tree.topLevelItemCount() - 1))
    app.processEvents()
    sets.grab().save(str(out / "set-manager.png"))
    browser = QuestionBrowser(library.store)
    browser.resize(960, 620)
    browser.show()
    browser.search.setText("secretariat")
    browser.results.setCurrentItem(browser.results.topLevelItem(2))
    app.processEvents()
    browser.grab().save(str(out / "question-browser.png"))
    save_editor(library, out)
    save_profiles(library, out)
    save_class_report(library, out)
    library.store.close()


def grab_modal(path: Path, answer: str) -> Callable[[], None]:
    """Return a callback that saves the modal dialog that is up, then clicks its ``answer``."""

    def grab() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        QApplication.processEvents()
        dialog.grab().save(str(path))
        next(b for b in dialog.findChildren(QAbstractButton) if b.text() == answer).click()

    return grab


def show(widget: QWidget, width: int, height: int) -> None:
    """Show a widget at a size and let it paint."""
    widget.resize(width, height)
    widget.show()
    QApplication.processEvents()


def save_editor(library: ops.Library, out: Path) -> None:
    """The editor on an imported single-choice question, showing a problem as you type."""
    question = next(q for q in library.store.questions.active() if q.id == "csv-single")
    editor = QuestionEditor(library.store, question)
    editor.answer.setPlainText("Kuala Lumpur")
    show(editor, 640, 640)
    editor.grab().save(str(out / "question-editor.png"))
    editor.close()


def save_profiles(library: ops.Library, out: Path) -> None:
    """The home page's learner controls, and the question before a learner is deleted."""
    now = datetime.now(UTC)
    for name in ("Budi", "Siti"):
        ops.choose_profile(library.store, name, now)
    window = MainWindow(library, ops.choose_profile(library.store, "Siti", now))
    show(window, 900, 640)
    window.grab().save(str(out / "profiles.png"))
    QTimer.singleShot(0, grab_modal(out / "profile-delete.png", "Cancel"))
    window.home.delete_profile_button.click()
    window.hide()


def save_class_report(library: ops.Library, out: Path) -> None:
    """Two learners' progress files and a stray file, combined into the class report."""
    folder = Path(tempfile.mkdtemp()) / "class-7b"
    folder.mkdir()
    start = datetime.now(UTC) - timedelta(days=10)
    for number, name in enumerate(("Budi", "Siti")):
        profile = ops.choose_profile(library.store, name, start)
        for day in (0, 4, 9):
            moment = start + timedelta(days=day)
            session = StudySession(library.store, profile, [SetId("asean-secretariat")])
            for count in range(40 + 20 * number):
                question = session.next_question(moment)
                if question is None:
                    break
                rating = Rating.AGAIN if count % (4 + 2 * number) == 0 else Rating.GOOD
                session.answer(question, rating, moment, duration_ms=15_000 + 5_000 * number)
                moment += timedelta(minutes=3)
        learner = report.learner_report(library.store, profile, start + timedelta(days=10))
        (folder / f"progress-{name}.json").write_text(classreport.progress_json(learner))
    (folder / "seating-plan.docx").write_bytes(b"PK\x03\x04 not a progress file")
    dialog = ClassReportDialog()
    dialog.load_folder(folder)
    QThreadPool.globalInstance().waitForDone()  # the folder is read in the background
    QApplication.processEvents()  # delivers the report to the dialog
    show(dialog, 900, 560)
    dialog.grab().save(str(out / "class-report.png"))
    dialog.close()


if __name__ == "__main__":
    main()
