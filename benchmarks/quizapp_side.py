"""quizapp's side of the benchmarks, run by the project's Python (.venv).

Each command prints one JSON object on its last line. Usage:
    quizapp_side.py build DATA_DIR QUESTIONS REVIEWS   a database of QUESTIONS, all studied
    quizapp_side.py core DATA_DIR RUNS         next question, answer, progress
    quizapp_side.py counts DATA_DIR RUNS       home screen counts (a database no one studies)
    quizapp_side.py study DATA_DIR ANSWERS     answer to next question shown, in the real window
    quizapp_side.py import TSV RUNS            time importing a TSV file into an empty database
    quizapp_side.py import-peak TSV            import it once; time and the process's peak memory
    quizapp_side.py progress DATA_DIR RUNS     open the Progress page with its charts, painted
"""

from __future__ import annotations

import json
import os
import random
import resource
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from quizapp.core import ops, stats
from quizapp.core.formats.imported import ImportOptions
from quizapp.core.model import (
    Origin,
    Profile,
    Question,
    QuestionId,
    QuestionSet,
    Rating,
    SetId,
    Text,
)
from quizapp.core.qtypes import Flashcard
from quizapp.core.scheduler import CardStage, CardState
from quizapp.core.session import StudySession, new_left_today
from quizapp.core.storage import DATABASE_NAME, Store, open_store
from quizapp.core.storage.records import card_to_row, to_ms

PROFILE = "Bench"


def generated_set(set_id: str, count: int, start: int = 0) -> QuestionSet:
    """Return a set of ``count`` small flashcards, like the rows of a two-column CSV."""
    questions = tuple(
        Question(
            id=QuestionId(f"q{index}"),
            set_id=SetId(set_id),
            prompt=Text.plain(f"Question {index}: what does article {index % 55} say?"),
            payload=Flashcard(Text.plain(f"Answer {index}")),
        )
        for index in range(start, start + count)
    )
    return QuestionSet(SetId(set_id), Text.plain(f"Set {set_id}"), questions=questions)


def build_large(data_dir: Path, questions: int, reviews: int) -> None:
    """Make a database of ``questions`` questions, all studied, with ``reviews`` reviews."""
    store = open_store(data_dir / DATABASE_NAME)
    per_set = questions // 10
    store.questions.sync_sets(
        [generated_set(f"set-{i}", per_set, i * per_set) for i in range(10)], origin=Origin.IMPORTED
    )
    now = datetime.now(UTC)
    # No daily cap on reviews: the benchmark answers far more than a learner's 200 a day.
    profile = replace(store.learners.create(PROFILE, now), max_reviews_per_day=10**9)
    store.learners.save_settings(profile)
    rng = random.Random(1)
    span = timedelta(days=3 * 365)
    end = now - timedelta(days=1)  # up to yesterday: today's daily limits are still open
    cards, history = [], []
    ids = [row[0] for row in store.db.execute("SELECT id FROM questions ORDER BY rowid")]
    for question_id in ids:
        stability = rng.uniform(1, 200)
        card = CardState(
            CardStage.REVIEW,
            None,
            stability,
            rng.uniform(1, 10),
            now + timedelta(days=rng.uniform(-30, 200)),
            now - timedelta(days=rng.uniform(0, 30)),
        )
        cards.append((profile.id, question_id, *card_to_row(card).values()))
    previous = json.dumps(card_to_row(card))
    for index in range(reviews):
        at = end - span + index * (span / reviews)
        rating = 3 if rng.random() < 0.9 else 1
        response = json.dumps({"self_rated": rating})
        history.append(
            (profile.id, ids[index % len(ids)], to_ms(at), rating, 8000, 2, previous, response)
        )
    with store.db.atomic():
        store.db.conn.executemany(
            "INSERT INTO cards (profile_id, question_id, state, step, stability, difficulty, "
            "due_at, last_review_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            cards,
        )
        store.db.conn.executemany(
            "INSERT INTO reviews (profile_id, question_id, reviewed_at, rating, duration_ms, "
            "previous_state, previous_card, response) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            history,
        )
    store.db.execute("ANALYZE")
    store.close()


def bench_profile(store: Store) -> Profile:
    profile = store.learners.named(PROFILE)
    assert profile is not None
    return profile


def core(data_dir: Path, runs: int) -> dict:
    """Time the next question, recording an answer, and the progress view, at scale."""
    store = open_store(data_dir / DATABASE_NAME)
    profile = bench_profile(store)
    session = StudySession(store, profile)
    now = datetime.now(UTC)
    due = len(store.reviews.due_ids(profile.id, None, now, 2 * runs))
    runs = min(runs, due // 2)  # a small database has fewer due questions than runs
    next_times, id_times, answer_times = [], [], []
    for _ in range(runs):
        started = time.perf_counter()
        question = session.next_question(now)
        next_times.append(time.perf_counter() - started)
        assert question is not None
        started = time.perf_counter()
        session.answer(question, Rating.GOOD, now)
        answer_times.append(time.perf_counter() - started)
    for _ in range(runs):  # the id alone, also right after an answer, like Anki's queue
        started = time.perf_counter()
        store.reviews.due_ids(profile.id, None, now, 1)
        id_times.append(time.perf_counter() - started)
        question = session.next_question(now)
        assert question is not None
        session.answer(question, Rating.GOOD, now)
    progress_times = []
    for _ in range(max(3, runs // 20)):
        started = time.perf_counter()
        stats.progress(store, profile, now)
        progress_times.append(time.perf_counter() - started)
    sizes = {
        "questions": store.db.execute("SELECT COUNT(*) FROM questions").fetchone()[0],
        "reviews": store.db.execute("SELECT COUNT(*) FROM reviews").fetchone()[0],
    }
    store.close()
    return {
        "next_s": statistics.median(next_times),
        "next_id_s": statistics.median(id_times),
        "answer_s": statistics.median(answer_times),
        "progress_s": statistics.median(progress_times),
        **sizes,
    }


def default_limits(data_dir: Path) -> dict:
    """Give the benchmark learner Anki's default daily limits (200 reviews, 20 new), as saved."""
    store = open_store(data_dir / DATABASE_NAME)
    store.learners.save_settings(
        replace(bench_profile(store), max_reviews_per_day=200, new_per_day=20)
    )
    store.close()
    return {"max_reviews_per_day": 200, "new_per_day": 20}


def home_counts(data_dir: Path, runs: int) -> dict:
    """Time the home screen's figures, with Anki's default daily limits (200 reviews, 20 new)."""
    store = open_store(data_dir / DATABASE_NAME)
    learner = replace(bench_profile(store), max_reviews_per_day=200, new_per_day=20)
    now = datetime.now(UTC)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        figures = stats.today_figures(store, learner, now)  # what the home page computes
        new_left_today(store, learner, now)
        times.append(time.perf_counter() - started)
    store.close()
    due = min(sum(s.due for s in figures.sets), figures.reviews_left)
    return {"home_counts_s": statistics.median(times), "due": due}


def study(data_dir: Path, answers: int) -> dict:
    """Time answer to next question painted in the study page of the real main window."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from quizapp.ui.app import create_application, open_main_window
    from quizapp.ui.study import Stage

    app = create_application()
    window = open_main_window(data_dir, PROFILE)
    window.show()
    app.processEvents()
    if window.store.start_check is not None:  # the app checks right after the first paint
        window.store.start_check.run()
    window.home.study_all.click()
    app.processEvents()
    page = window.study
    times = []
    while len(times) < answers and window.pages.currentWidget() is page:  # until it ends
        if page.stage is Stage.ANSWERING:  # a built-in graded question: hand it in, go on
            QTest.keyClick(page, Qt.Key.Key_Return)
            QTest.keyClick(page, Qt.Key.Key_Space)
            app.processEvents()
            continue
        QTest.keyClick(page, Qt.Key.Key_Space)  # show the answer
        app.processEvents()
        started = time.perf_counter()
        QTest.keyClick(page, Qt.Key.Key_3)  # Good: records the answer, shows the next question
        app.processEvents()  # paints it
        times.append(time.perf_counter() - started)
    window.close()
    return {"answer_to_next_s": times}


def progress_page(data_dir: Path, runs: int) -> dict:
    """Time opening the Progress page of the real main window: figures, charts, painted.

    The first opening also loads the page's modules; it is reported apart from the median.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from quizapp.ui.app import create_application, open_main_window

    app = create_application()
    window = open_main_window(data_dir, PROFILE)
    window.show()
    app.processEvents()
    times = []
    for _ in range(runs + 1):
        window.show_home()
        app.processEvents()
        started = time.perf_counter()
        window.show_progress()
        window.progress.repaint()  # paints the page and the charts in view
        app.processEvents()
        times.append(time.perf_counter() - started)
    charts = len(window.progress.charts)
    window.close()
    return {"first_s": times[0], "progress_page_s": statistics.median(times[1:]), "charts": charts}


def import_tsv(tsv: Path, runs: int) -> dict:
    """Time importing a two-column TSV (front, back) into an empty database, as Anki does."""
    times, size, added = [], 0, 0
    for _ in range(runs):
        folder = Path(tempfile.mkdtemp())
        store = open_store(folder / DATABASE_NAME)
        started = time.perf_counter()
        report = ops.import_files(store, [tsv])
        times.append(time.perf_counter() - started)
        added = report.added
        store.close()
        size = (folder / DATABASE_NAME).stat().st_size
        shutil.rmtree(folder)
    return {"import_s": statistics.median(times), "added": added, "db_bytes": size}


def import_peak(tsv: Path) -> dict:
    """Import a TSV once into an empty database; return the time and the peak memory (MiB)."""
    folder = Path(tempfile.mkdtemp())
    store = open_store(folder / DATABASE_NAME)
    started = time.perf_counter()
    # The file is larger than the 20 MB a text file may have by default.
    report = ops.import_files(store, [tsv], options=ImportOptions(max_text_bytes=2**31))
    seconds = time.perf_counter() - started
    store.close()
    shutil.rmtree(folder)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    return {"import_s": seconds, "added": report.added, "peak_mib": peak}


def main() -> None:
    command, *args = sys.argv[1:]
    if command == "build":
        started = time.perf_counter()
        build_large(Path(args[0]), int(args[1]), int(args[2]))
        result = {"build_s": time.perf_counter() - started}
    elif command == "core":
        result = core(Path(args[0]), int(args[1]))
    elif command == "default-limits":
        result = default_limits(Path(args[0]))
    elif command == "counts":
        result = home_counts(Path(args[0]), int(args[1]))
    elif command == "study":
        result = study(Path(args[0]), int(args[1]))
    elif command == "progress":
        result = progress_page(Path(args[0]), int(args[1]))
    elif command == "import":
        result = import_tsv(Path(args[0]), int(args[1]))
    elif command == "import-peak":
        result = import_peak(Path(args[0]))
    else:
        raise SystemExit(__doc__)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
