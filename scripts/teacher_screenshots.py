"""Save screenshots of the teachers' import dialog (column roles and preview) to docs/screenshots/.

In English and Indonesian, in the app's light and dark themes, on the Korean vocabulary list
of tests/data (a header no tool's template has, so the teacher names the columns).

Usage: .venv/bin/python scripts/teacher_screenshots.py [OUTPUT_DIR]
"""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from quizapp.core import ops  # noqa: E402
from quizapp.ui import i18n, tasks, theme  # noqa: E402
from quizapp.ui.app import create_application  # noqa: E402
from quizapp.ui.importer import ImportDialog  # noqa: E402

ROOT = Path(__file__).parent.parent
TABLES = ROOT / "tests" / "data" / "import" / "tables"


def import_dialog(app: QApplication, out: Path, name: str) -> None:
    """Show the dialog on the Korean list with its columns named and the preview filled."""
    library = ops.open_library(Path(tempfile.mkdtemp()))
    dialog = ImportDialog(library.store)
    dialog.resize(860, 900)
    dialog.add_files([TABLES / "korean-vocabulary.csv"])
    for column, role in enumerate(("prompt", "answer", "explanation")):
        dialog.choose_role(column, role)
    dialog.has_header.setChecked(True)
    dialog.show()
    dialog.preview_button.click()
    while tasks.running():  # the preview reads the file in the background
        app.processEvents()
    app.processEvents()
    dialog.grab().save(str(out / f"{name}.png"))
    dialog.close()
    library.store.close()


def picture_question(app: QApplication, out: Path, name: str, look: str) -> None:
    """Show a Moodle question with its picture in the study screen."""
    from datetime import UTC, datetime

    from quizapp.core.model import QuestionId
    from quizapp.core.session import PracticeSession
    from quizapp.ui.main_window import MainWindow

    moment = datetime(2026, 11, 23, 9, tzinfo=UTC)
    library = ops.open_library(Path(tempfile.mkdtemp()))
    ops.import_files(library.store, [ROOT / "tests" / "data" / "import" / "moodle-every-type.xml"])
    profile = ops.choose_profile(library.store, "Siti", moment)
    window = MainWindow(library, profile, lambda: moment)
    window.resize(960, 680)
    window.show()
    question = library.store.questions.get(QuestionId("moodle-every-type-which-flag"))
    window.start(PracticeSession(library.store, profile, [question]))
    theme.apply(app, look)  # the window applied the learner's own choice
    app.processEvents()
    window.grab().save(str(out / f"{name}.png"))
    window.close()


def worksheet_page(out: Path) -> None:
    """Print the Moodle set as a class's variant and render its first page (pdftoppm)."""
    from quizapp.ui.printing import write_pdf

    library = ops.open_library(Path(tempfile.mkdtemp()))
    ops.import_files(library.store, [ROOT / "tests" / "data" / "import" / "moodle-every-type.xml"])
    sheet, media = ops.worksheet(library.store, "moodle-every-type", seed=7)
    pdf = Path(tempfile.mkdtemp()) / "worksheet.pdf"
    write_pdf(sheet, media, pdf, "a4")
    for page, name in ((1, "worksheet-page"), (2, "worksheet-key")):
        prefix = out / name
        subprocess.run(
            ["pdftoppm", "-r", "70", "-png", "-singlefile", "-f", str(page), "-l", str(page)]
            + [str(pdf), str(prefix)],
            check=True,
        )


def main() -> None:
    """Save the import dialog in English and Indonesian, light and dark, and a worksheet."""
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    tools = Path(sys.executable).parent
    ts = ROOT / "resources" / "translations" / "quizapp_id.ts"
    subprocess.run([str(tools / "pyside6-lrelease"), "-silent", str(ts)], check=True)
    app = create_application()
    worksheet_page(out)
    for language, look, name in (
        ("en", "light", "import-columns"),
        ("en", "dark", "import-columns-dark"),
        ("id", "light", "id-import-columns"),
    ):
        i18n.install(app, language)
        theme.apply(app, look)
        import_dialog(app, out, name)
        picture_question(app, out, name.replace("import-columns", "question-picture"), look)


if __name__ == "__main__":
    main()
