"""Save screenshots of every screen to docs/screenshots/ (run offscreen or under Xvfb).

Usage: .venv/bin/python scripts/screenshots.py [OUTPUT_DIR] [--bank-only] [--pictures-only]

--bank-only saves just the bank examples: a few built-in questions, in English and Indonesian.
--pictures-only saves just the screens with pictures in answers, explanations and the browser.
"""

import os
import random
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
        payload = question.payload
        right = (
            {int(payload.truth)} if question.type is QuestionType.TRUE_FALSE else payload.correct
        )
        given.handle_number(1 + next(n for n, i in enumerate(given.order) if i in right))
        return
    if question.type is QuestionType.MULTIPLE_ANSWER:
        for number, index in enumerate(given.order, start=1):
            if index in question.payload.correct:
                given.handle_number(number)
    elif question.type is QuestionType.SHORT_ANSWER:
        given.edit.setText(str(question.payload.answer))
    elif question.type is QuestionType.NUMERIC:
        given.edit.setText(f"{question.payload.number:g}")
    elif question.type is QuestionType.CLOZE:
        from quizapp.core.qtypes.cloze import gap_answers

        for index, gap in enumerate(given.gaps):
            answer = gap_answers(question, index, window.profile.language)[0]
            gap.setText(answer) if hasattr(gap, "setText") else gap.setCurrentText(answer)
    elif question.type is QuestionType.MATCHING:
        for row in range(len(question.payload.pairs)):
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
                given.move_selected(-1)
    study.on_submit()


BANK_EXAMPLES = {
    "matching": "basics-flag-meaning-match",
    "ordering": "chair-recent-order",
    "cloze": "basics-timor-admission-article",
}
"""Built-in questions shown in both languages, question side and feedback side."""


def save_bank_examples(window: MainWindow, save) -> None:
    """Practise each of the bank examples in English and then in Indonesian."""
    questions = {q.id: q for q in window.library.store.questions.active()}
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


THEMES = ("light", "dark")
LANGUAGES = ("en", "id")
TEXT_SIZES = (1.0, 2.0)
SCREEN = (1366, 768)
"""Every screen is saved in each look, language and text size, at a common laptop's size."""


def answer_partly(window: MainWindow) -> None:
    """Hand in a deliberately mixed answer, so the feedback shows each kind of mark."""
    study = window.study
    question, given = study.question, study.input
    if question.type is QuestionType.MULTIPLE_ANSWER:
        right = next(n for n, i in enumerate(given.order, 1) if i in question.payload.correct)
        wrong = next(n for n, i in enumerate(given.order, 1) if i not in question.payload.correct)
        given.handle_number(right)
        given.handle_number(wrong)
    elif question.type is QuestionType.CLOZE:
        from quizapp.core.qtypes.cloze import gap_answers

        for index, gap in enumerate(given.gaps):
            text = gap_answers(question, index, window.profile.language)[0] if index else "?"
            gap.setText(text) if hasattr(gap, "setText") else gap.setCurrentText(text)
    study.on_submit()


def first_of(store, qtype: QuestionType, test=lambda q: True) -> Question:
    """Return the first built-in question of a type that passes ``test``."""
    return next(q for q in store.questions.active() if q.type is qtype and test(q))


def save_every_screen(window: MainWindow, save, suffix: str, moment) -> None:
    """Save home, study, summary, exam, progress and each dialog, named ``<screen>-<suffix>``."""
    from quizapp.core.qtypes.cloze import gap_count
    from quizapp.ui.help import AboutDialog, ShortcutsDialog, WelcomeDialog

    store = window.library.store
    save(f"home-{suffix}")
    multiple = first_of(
        store,
        QuestionType.MULTIPLE_ANSWER,
        lambda q: len(q.payload.options) - len(q.payload.correct) >= 2,
    )
    cloze = first_of(store, QuestionType.CLOZE, lambda q: gap_count(q) >= 2)
    flashcard = first_of(store, QuestionType.FLASHCARD)
    window.start(PracticeSession(store, window.profile, [multiple, cloze, flashcard]))
    study = window.study
    save(f"study-question-{suffix}")
    answer_partly(window)
    save(f"study-feedback-{suffix}")
    study.show_next()
    answer_partly(window)
    save(f"study-cloze-feedback-{suffix}")
    study.show_next()
    study.on_reveal()
    save(f"study-flashcard-answer-{suffix}")
    window.show_home()

    window.on_study_requested(None)  # a review: its summary says what comes back when
    for number in range(4):
        if study.question is None or window.pages.currentWidget() is not study:
            break
        if study.stage.name == "ASKING":
            study.on_reveal()
            study.on_rating_key(1 if number == 0 else 3)
        else:
            answer_partly(window) if number == 0 and study.question.type in (
                QuestionType.MULTIPLE_ANSWER,
                QuestionType.CLOZE,
            ) else answer_rightly(window)
            study.show_next()
    study.finish()
    save(f"summary-{suffix}")

    sets = [s.id for s in store.questions.sets()]
    exam = ExamSession(
        store,
        window.profile,
        exam_questions(store, sets, 12, random.Random(7)),
        sets,
        moment[0],
        timedelta(minutes=15),
    )
    window.start(exam)
    answer_rightly(window)
    study.on_exam_flag()
    study.on_exam_go(3)
    save(f"exam-question-{suffix}")
    answer_rightly(window)
    study.on_exam_go(0)  # back to an answered question: its answer is filled in
    save(f"exam-revisit-{suffix}")
    study.finish()
    save(f"exam-result-{suffix}")
    window.show_progress()
    save(f"progress-{suffix}")
    window.show_home()

    for name, dialog in (
        ("settings", SettingsDialog(window, window.profile)),
        ("practice-dialog", ModeDialog(window, "practice")),
        ("exam-dialog", ModeDialog(window, "exam")),
        ("welcome", WelcomeDialog(window, window.profile.name, window.profile.language)),
        ("shortcuts", ShortcutsDialog(window)),
        ("about", AboutDialog(window)),
    ):
        dialog.show()
        save(f"{name}-{suffix}", dialog)
        dialog.close()
        dialog.deleteLater()


def save_picture_screens(window: MainWindow, save, suffix: str) -> None:
    """Save a flashcard's answer and an explanation with their pictures, and the browser."""
    from quizapp.core.model import QuestionId
    from quizapp.ui.browser import QuestionBrowser

    store = window.library.store
    flag, why = (store.questions.get(QuestionId(i)) for i in ("pic-flag", "pic-why"))
    window.start(PracticeSession(store, window.profile, [flag, why]))
    study = window.study
    study.on_reveal()
    save(f"picture-answer-{suffix}")
    study.on_rating_key(3)
    answer_rightly(window)
    save(f"picture-explanation-{suffix}")
    study.finish()
    window.show_home()
    browser = QuestionBrowser(store, window)
    browser.resize(960, 600)
    browser.show()
    browser.search.setText("flag is red")
    save(f"picture-browser-{suffix}", browser)
    browser.close()
    browser.deleteLater()


def each_look(window: MainWindow, save_screens) -> None:
    """Call ``save_screens(suffix)`` in each look, language and text size."""
    for theme in THEMES:
        for language in LANGUAGES:
            for scale in TEXT_SIZES:
                window.profile = replace(
                    window.profile, theme=theme, language=language, text_scale=scale
                )
                window.apply_profile_settings()
                window.resize(*SCREEN)
                save_screens(f"{theme}-{language}-{round(scale * 100)}")


def main() -> None:
    """Study a little on a fresh data folder, then save every screen in every look."""
    arguments = [a for a in sys.argv[1:] if not a.startswith("--")]
    out = Path(arguments[0] if arguments else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    moment = [datetime(2026, 11, 20, 9, tzinfo=UTC)]
    library = ops.open_library(Path(tempfile.mkdtemp()))
    store = library.store
    profile = replace(ops.choose_profile(store, "Siti", moment[0]), language="en", theme="light")
    store.learners.save_settings(profile)
    window = MainWindow(library, profile, lambda: moment[0])
    window.resize(*SCREEN)
    window.show()

    def save(name: str, widget=None) -> None:
        for _ in range(3):  # pages are shown, and layouts settle, over a few posted events
            app.processEvents()
        (widget or window).grab().save(str(out / f"{name}.png"))

    if "--bank-only" in sys.argv:
        save_bank_examples(window, save)
        window.close()
        return

    # One question of each type from the built-in bank, question side then feedback side.
    by_type: dict[QuestionType, Question] = {}
    for question in store.questions.active():
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

    # Three days of study, so that home and progress have something to show.
    for _ in range(3):
        window.on_study_requested(None)
        for _ in range(15):
            if window.pages.currentWidget() is not study:
                break
            if study.stage.name == "ASKING":
                study.on_reveal()
                study.on_rating_key(3)
            else:
                answer_rightly(window)
                study.show_next()
        moment[0] += timedelta(days=1)
    window.show_home()

    if "--pictures-only" not in sys.argv:
        each_look(window, lambda suffix: save_every_screen(window, save, suffix, moment))
    # Pictures in answers, feedback and the browser: a set of our test data, imported last
    # so that the other screens show the built-in sets alone.
    ops.import_files(store, [Path(__file__).parent.parent / "tests/data/import/pictures.yaml"])
    each_look(window, lambda suffix: save_picture_screens(window, save, suffix))
    window.profile = replace(window.profile, theme="light", language="en", text_scale=1.0)
    window.apply_profile_settings()
    save_bank_examples(window, save)
    window.close()
    QApplication.processEvents()


if __name__ == "__main__":
    main()
