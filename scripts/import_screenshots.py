"""Save screenshots of the import dialog to docs/screenshots/ (run offscreen).

Usage: .venv/bin/python scripts/import_screenshots.py [OUTPUT_DIR]
"""

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from quizapp.core import ops  # noqa: E402
from quizapp.ui.app import create_application  # noqa: E402
from quizapp.ui.importer import ImportDialog  # noqa: E402

FIXTURES = Path(__file__).parent.parent / "tests" / "data" / "import"


def main() -> None:
    """Import the test fixtures once successfully and once with a broken file."""
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
    library.store.close()


if __name__ == "__main__":
    main()
