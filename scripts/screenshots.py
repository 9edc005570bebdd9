"""Save screenshots of the main screens to docs/screenshots/ (run offscreen or under Xvfb).

Usage: .venv/bin/python scripts/screenshots.py [OUTPUT_DIR]
"""

import os
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from quizapp.core import ops  # noqa: E402
from quizapp.core.model import QuestionType  # noqa: E402
from quizapp.ui.app import create_application  # noqa: E402
from quizapp.ui.main_window import MainWindow  # noqa: E402


def main() -> None:
    """Study a little on a fresh data folder, saving each screen on the way."""
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    moment = [datetime(2026, 11, 23, 9, tzinfo=UTC)]
    library = ops.open_library(Path(tempfile.mkdtemp()))
    window = MainWindow(library, ops.choose_profile(library.store, "Siti", moment[0]),
                        lambda: moment[0])
    window.resize(960, 680)
    window.show()

    def save(name: str) -> None:
        app.processEvents()
        window.grab().save(str(out / f"{name}.png"))

    save("home")
    window.home.study_all.click()
    study = window.study
    while study.question.type is not QuestionType.SINGLE_CHOICE:
        study.on_reveal()
        study.on_rated(3)
    save("study-choice-question")
    study.on_number_key(2)
    save("study-choice-feedback")
    study.show_next()
    while study.question.type is not QuestionType.FLASHCARD:
        study.on_number_key(1) if study.option_buttons else study.on_reveal()
        study.show_next() if study.stage.name == "FEEDBACK" else study.on_rated(3)
    save("study-flashcard-question")
    study.on_reveal()
    save("study-flashcard-answer")
    for _ in range(12):
        if study.option_buttons:
            study.on_number_key(1)
            study.show_next()
        else:
            study.on_reveal()
            study.on_rated(3)
    study.finish()
    save("summary")
    moment[0] += timedelta(days=2)
    window.show_progress()
    save("progress")
    window.show_home()
    save("home-next-day")
    window.close()


if __name__ == "__main__":
    main()
