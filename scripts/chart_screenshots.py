"""Save screenshots of the Progress page charts and the class picture, light and dark, en and id.

A learner studies the built-in bank for 120 simulated days (a few days skipped, some answers
forgotten, three exams); then every chart is grabbed on its own and the whole page too, and
the class report dialog is opened on five such learners' progress files, and their class
report is written as a PDF, its first page rendered with pdftoppm when it is installed.

Usage: .venv/bin/python scripts/chart_screenshots.py [OUTPUT_DIR]   (default docs/screenshots)
"""

import os
import random
import shutil
import subprocess
import sys
import tempfile
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QThreadPool  # noqa: E402
from PySide6.QtWidgets import QApplication, QScrollArea  # noqa: E402

from quizapp.core import classreport, ops, report  # noqa: E402
from quizapp.core.classpicture import class_html  # noqa: E402
from quizapp.core.model import Rating  # noqa: E402
from quizapp.core.session import ExamSession, StudySession, exam_questions  # noqa: E402
from quizapp.ui.app import create_application  # noqa: E402
from quizapp.ui.classreport import ClassReportDialog  # noqa: E402
from quizapp.ui.main_window import MainWindow  # noqa: E402
from quizapp.ui.printing import write_report_pdf  # noqa: E402

START = datetime(2026, 1, 5, 1, 0, tzinfo=UTC)  # 08:00 in Jakarta
DAYS = 120


def study_for(store, profile, days: int, skill: float, seed: int) -> datetime:
    """Study most days: every due question and a few new ones; return the last moment."""
    rng = random.Random(seed)
    moment = START
    for day in range(days):
        moment = START + timedelta(days=day, minutes=rng.randint(0, 600))
        if rng.random() < 0.2:
            continue
        session = StudySession(store, profile)
        for _ in range(rng.randint(8, 30)):
            question = session.next_question(moment)
            if question is None:
                break
            rating = Rating.AGAIN if rng.random() > skill else rng.choice([2, 3, 3, 3, 4])
            session.answer(question, Rating(rating), moment, duration_ms=rng.randint(4, 40) * 1000)
            moment += timedelta(seconds=30)
        if day in (40, 80, 110):
            questions = exam_questions(store, [s.id for s in store.questions.sets()], 10)
            exam = ExamSession(store, profile, questions, [], moment)
            for question in questions:
                right = rng.random() < skill
                exam.answer(question, Rating.GOOD, moment, correct=right, score=float(right))
            exam.finish(moment, "en")
    return moment


def main() -> None:
    """Make the learner, then save every chart in each theme and language."""
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = create_application([])
    data = Path(tempfile.mkdtemp())
    library = ops.open_library(data)
    store = library.store
    profile = store.learners.create("Siti", START)
    end = study_for(store, profile, DAYS, 0.85, 1)
    folder = data / "class"
    folder.mkdir()
    for seed, (name, skill) in enumerate(
        [("Siti", 0.85), ("Budi", 0.6), ("Ayu", 0.95), ("Rizky", 0.7), ("Dewi", 0.8)], start=1
    ):
        learner = profile if name == "Siti" else store.learners.create(name, START)
        if name != "Siti":
            study_for(store, learner, DAYS // 2, skill, seed)
        progress = report.learner_report(store, learner, end)
        (folder / f"{name}.json").write_text(classreport.progress_json(progress))

    window = MainWindow(library, profile, lambda: end + timedelta(hours=2))
    window.resize(1366, 768)
    window.show()
    for theme in ("light", "dark"):
        for language in ("en", "id"):
            window.profile = replace(window.profile, language=language, theme=theme)
            window.apply_profile_settings()
            window.show_progress()
            app.processEvents()
            page = window.progress
            page.grab().save(str(out / f"progress-{theme}-{language}.png"))
            content = page.findChild(QScrollArea).widget()
            content.grab().save(str(out / f"progress-all-{theme}-{language}.png"))
            for name, card in page.charts.items():
                card.grab().save(str(out / f"chart-{name}-{theme}-{language}.png"))
            dialog = ClassReportDialog(window)
            dialog.resize(1366, 768)
            dialog.show()
            dialog.load_folder(folder)
            QThreadPool.globalInstance().waitForDone()  # the folder is read in the background
            app.processEvents()  # delivers the report to the dialog
            app.processEvents()  # shows the charts added to it
            dialog.grab().save(str(out / f"class-picture-{theme}-{language}.png"))
            dialog.close()
    window.close()
    QApplication.processEvents()
    pdf = data / "class-report.pdf"
    combined = classreport.combine(folder)
    write_report_pdf(lambda figure: class_html(combined, figure=figure), "Class report", pdf)
    if shutil.which("pdftoppm"):  # poppler's renderer, to look at the PDF's first page
        page = out / "class-report-pdf-page1"
        subprocess.run(
            ["pdftoppm", "-r", "100", "-png", "-singlefile", str(pdf), str(page)], check=True
        )


if __name__ == "__main__":
    main()
