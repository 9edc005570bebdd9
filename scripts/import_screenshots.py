"""Save screenshots of the import dialog, set manager and browser to docs/screenshots/.

Usage: .venv/bin/python scripts/import_screenshots.py [OUTPUT_DIR]
"""

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from quizapp.core import ops  # noqa: E402
from quizapp.ui.app import create_application  # noqa: E402
from quizapp.ui.browser import QuestionBrowser  # noqa: E402
from quizapp.ui.importer import ImportDialog  # noqa: E402
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
        app.processEvents()
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
    library.store.close()


if __name__ == "__main__":
    main()
