"""Save screenshots of every screen to docs/screenshots/ (run offscreen or under Xvfb).

Usage: .venv/bin/python scripts/screenshots.py [OUTPUT_DIR] [--bank-only]

--bank-only saves just the bank examples: a few built-in questions, in English and Indonesian.
"""

import os
import sys
import tempfile
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from quizapp.core import ops  # noqa: E402
from quizapp.core.model import Question, QuestionType  # noqa: E402
from quizapp.core.session import ExamSession, PracticeSession, exam_questions  # noqa: E402
from quizapp.ui.app import create_application  # noqa: E402
from quizapp.ui.main_window import MainWindow  # noqa: E402
from quizapp.ui.mode_dialog import ModeDialog  # noqa: E402
from quizapp.ui.settings_dialog import SettingsDialog  # noqa: E402


def answer_rightly(window: MainWindow) -> None:
    """Fill the current question's input with its right answer and hand it in."""
    study = window.study
    question, given = study.question, study.input
    if question.type in (QuestionType.SINGLE_CHOICE, QuestionType.TRUE_FALSE):
        right = {int(question.truth)} if question.truth is not None else question.correct
        given.handle_number(1 + next(n for n, i in enumerate(given.order) if i in right))
        return
    if question.type is QuestionType.MULTIPLE_ANSWER:
        for number, index in enumerate(given.order, start=1):
            if index in question.correct:
                given.handle_number(number)
    elif question.type is QuestionType.SHORT_ANSWER:
        given.edit.setText(str(question.answer))
    elif question.type is QuestionType.NUMERIC:
        given.edit.setText(f"{question.number:g}")
    elif question.type is QuestionType.CLOZE:
        from quizapp.core.grading import gap_answers

        for index, gap in enumerate(given.gaps):
            answer = gap_answers(question, index, window.profile.language)[0]
            gap.setText(answer) if hasattr(gap, "setText") else gap.setCurrentText(answer)
    elif question.type is QuestionType.MATCHING:
        for row in range(len(question.pairs)):
            given.choose(row, row)
    elif question.type is QuestionType.ORDERING:
        items = given.list
        for target in range(items.count()):
            row = next(
                r
                for r in range(items.count())
                if items.item(r).data(Qt.ItemDataRole.UserRole) == target
            )
            items.setCurrentRow(row)
            for _ in range(row - target):
                given.move(-1)
    study.on_submit()


BANK_EXAMPLES = {
    "matching": "basics-flag-meaning-match",
    "ordering": "chair-recent-order",
    "cloze": "basics-timor-admission-article",
}
"""Built-in questions shown in both languages, question side and feedback side."""


def save_bank_examples(window: MainWindow, save) -> None:
    """Practise each of the bank examples in English and then in Indonesian."""
    questions = {q.id: q for q in window.library.store.questions()}
    for language in ("en", "id"):
        window.profile = replace(window.profile, language=language)
        window.apply_profile_settings()
        for kind, question_id in BANK_EXAMPLES.items():
            window.start(
                PracticeSession(window.library.store, window.profile, [questions[question_id]])
            )
            save(f"bank-{kind}-{language}-question")
            answer_rightly(window)
            save(f"bank-{kind}-{language}-feedback")
            window.show_home()


def main() -> None:
    """Study a little on a fresh data folder, saving each screen on the way."""
    arguments = [a for a in sys.argv[1:] if a != "--bank-only"]
    out = Path(arguments[0] if arguments else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    moment = [datetime(2026, 11, 23, 9, tzinfo=UTC)]
    library = ops.open_library(Path(tempfile.mkdtemp()))
    store = library.store
    profile = replace(ops.choose_profile(store, "Siti", moment[0]), language="en")
    store.save_profile_settings(profile)
    window = MainWindow(library, profile, lambda: moment[0])
    window.resize(960, 680)
    window.show()

    def save(name: str, widget=None) -> None:
        app.processEvents()
        (widget or window).grab().save(str(out / f"{name}.png"))

    if "--bank-only" in sys.argv:
        save_bank_examples(window, save)
        window.close()
        return
    save("home")
    # One question of each type from the built-in bank, question side then feedback side.
    by_type: dict[QuestionType, Question] = {}
    for question in store.questions():
        by_type.setdefault(question.type, question)
    window.start(PracticeSession(store, window.profile, list(by_type.values())))
    study = window.study
    for qtype in by_type:
        save(f"type-{qtype.value}-question")
        if qtype is QuestionType.FLASHCARD:
            study.on_reveal()
            save(f"type-{qtype.value}-answer")
            study.on_rating_key(3)
            continue
        answer_rightly(window)
        save(f"type-{qtype.value}-feedback")
        study.show_next()
    window.show_home()

    exam = ExamSession(
        store,
        window.profile,
        exam_questions(store, [s.id for s in store.question_sets()], 6),
        [],
        moment[0],
        timedelta(minutes=15),
    )
    window.start(exam)
    save("exam-question")
    for number in range(6):
        if study.question.is_choice:
            study.on_number_key(1 + number % 2)
        else:
            answer_rightly(window)
    save("exam-result")

    moment[0] += timedelta(days=2)
    window.show_progress()
    save("progress")
    window.show_home()
    save("home-next-day")
    dialog = ModeDialog(window, "practice")
    dialog.show()
    save("practice-dialog", dialog)
    dialog.close()

    window.profile = replace(window.profile, language="id")
    window.apply_profile_settings()
    save("id-home")
    window.on_study_requested(None)
    study = window.study
    if study.question.type is QuestionType.FLASHCARD:
        study.on_reveal()
    else:
        answer_rightly(window)
    save("id-study")
    settings = SettingsDialog(window, window.profile)
    settings.show()
    save("id-settings", settings)
    settings.close()
    save_bank_examples(window, save)
    window.close()
    QApplication.processEvents()


if __name__ == "__main__":
    main()
