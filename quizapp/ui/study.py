"""The study page: one question at a time, the answer and its explanation, grading, undo."""

from __future__ import annotations

import random
from enum import Enum, auto
from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.grading import (
    TRUTH_WORDS,
    Grade,
    blank_gaps,
    correct_answer_text,
    grade_choice,
    grade_truth,
)
from quizapp.core.model import Question, QuestionType, Rating
from quizapp.core.scheduler import describe_interval
from quizapp.core.session import StudySession
from quizapp.ui.widgets import text_label

if TYPE_CHECKING:
    from quizapp.ui.main_window import MainWindow


class Stage(Enum):
    """What the learner is doing with the current question."""

    ASKING = auto()  # a flashcard, before the answer is shown
    CHOOSING = auto()  # a choice question, before an option is picked
    RATING = auto()  # a flashcard's answer is shown; the learner grades themselves
    FEEDBACK = auto()  # a graded answer was recorded; the learner reads the feedback


class StudyPage(QWidget):
    """Asks the session's questions until none are left, then emits ``session_finished``."""

    session_finished = Signal(object)  # the StudySession

    def __init__(self, window: MainWindow):
        super().__init__()
        self.window_ = window
        self.session: StudySession | None = None
        self.question: Question | None = None
        self.stage = Stage.ASKING
        self.choices: list[int] = []  # option indexes in the order shown
        self.timer = QElapsedTimer()

        self.status = QLabel()
        self.undo_button = QPushButton(self.tr("Undo (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.on_undo)
        self.end_button = QPushButton(self.tr("End session"))
        self.end_button.clicked.connect(self.finish)
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.undo_button)
        top.addWidget(self.end_button)

        self.topic = QLabel()
        self.prompt = text_label(scale=1.35, bold=True)
        self.prompt.setAccessibleName(self.tr("Question"))
        self.options_box = QVBoxLayout()
        self.option_buttons: list[QPushButton] = []

        self.verdict = text_label(scale=1.15, bold=True)
        self.answer = text_label(scale=1.15)
        self.answer.setAccessibleName(self.tr("Answer"))
        self.explanation = text_label()
        self.source = text_label(scale=0.9)
        self.feedback = QFrame()
        self.feedback.setFrameShape(QFrame.Shape.StyledPanel)
        feedback_layout = QVBoxLayout(self.feedback)
        for label in (self.verdict, self.answer, self.explanation, self.source):
            feedback_layout.addWidget(label)

        self.reveal_button = QPushButton(self.tr("Show answer (Space)"))
        self.reveal_button.clicked.connect(self.on_reveal)
        self.continue_button = QPushButton(self.tr("Continue (Space)"))
        self.continue_button.clicked.connect(self.show_next)
        self.rating_buttons: dict[Rating, QPushButton] = {}
        rating_names = {
            Rating.AGAIN: self.tr("Again"),
            Rating.HARD: self.tr("Hard"),
            Rating.GOOD: self.tr("Good"),
            Rating.EASY: self.tr("Easy"),
        }
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.reveal_button)
        bottom.addWidget(self.continue_button)
        for rating, name in rating_names.items():
            button = QPushButton()
            button.setAccessibleName(name)
            button.setProperty("rating_name", name)
            button.clicked.connect(lambda _=False, r=rating: self.on_rated(r))
            self.rating_buttons[rating] = button
            bottom.addWidget(button)
        bottom.addStretch(1)

        column = QWidget()  # a readable line length on wide windows
        column.setMaximumWidth(820)
        column_layout = QVBoxLayout(column)
        column_layout.addWidget(self.topic)
        column_layout.addWidget(self.prompt)
        column_layout.addSpacing(8)
        column_layout.addLayout(self.options_box)
        column_layout.addSpacing(8)
        column_layout.addWidget(self.feedback)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(column, 100)
        centred.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(centred)
        layout.addStretch(1)
        layout.addLayout(bottom)

        for key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._shortcut(QKeySequence(key), self.on_primary_key)
        for number in range(1, 10):
            self._shortcut(QKeySequence(str(number)), lambda n=number: self.on_number_key(n))
        self._shortcut(QKeySequence.StandardKey.Undo, self.on_undo)

    def _shortcut(self, sequence: QKeySequence, slot: object) -> None:
        shortcut = QShortcut(sequence, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)

    # -- flow ---------------------------------------------------------------------------------

    def start(self, session: StudySession) -> None:
        """Begin asking the questions of ``session``."""
        self.session = session
        self.show_next()

    def show_next(self) -> None:
        """Show the next question, or finish when there is none."""
        assert self.session is not None
        question = self.session.next_question(self.window_.clock())
        if question is None:
            self.finish()
        else:
            self.ask(question)

    def ask(self, question: Question) -> None:
        """Show ``question`` unanswered."""
        self.question = question
        language = self.window_.profile.language
        self.topic.setText(question.topic.get(language) if question.topic else "")
        prompt = question.prompt.get(language)
        self.prompt.setText(blank_gaps(prompt) if question.type is QuestionType.CLOZE else prompt)
        self._clear_options()
        if question.type is QuestionType.SINGLE_CHOICE:
            self.choices = list(range(len(question.options)))
            random.shuffle(self.choices)
            labels = [question.options[i].get(language) for i in self.choices]
            self._add_options(labels)
            self.stage = Stage.CHOOSING
        elif question.type is QuestionType.TRUE_FALSE:
            self.choices = [1, 0]  # 1 = true, 0 = false: shown in that order, never shuffled
            self._add_options(list(TRUTH_WORDS.get(language, TRUTH_WORDS["en"])))
            self.stage = Stage.CHOOSING
        else:
            self.stage = Stage.ASKING
        self.timer.start()
        self._update()

    def _add_options(self, labels: list[str]) -> None:
        for number, label in enumerate(labels, start=1):
            button = QPushButton(f"{number}.  {label}")
            button.setAccessibleName(label)
            button.setStyleSheet("text-align: left; padding: 6px;")
            button.clicked.connect(lambda _=False, n=number: self.on_option_picked(n))
            self.options_box.addWidget(button)
            self.option_buttons.append(button)

    def _clear_options(self) -> None:
        for button in self.option_buttons:
            self.options_box.removeWidget(button)
            button.hide()  # deleteLater waits for the event loop; hide it from this paint on
            button.deleteLater()
        self.option_buttons = []

    def finish(self) -> None:
        """End the session and hand it to the summary."""
        if self.session is not None:
            self.session_finished.emit(self.session)

    # -- answering ----------------------------------------------------------------------------

    def on_primary_key(self) -> None:
        """Space or Enter: show the answer, or go on after feedback."""
        if self.stage is Stage.ASKING:
            self.on_reveal()
        elif self.stage is Stage.FEEDBACK:
            self.show_next()

    def on_number_key(self, number: int) -> None:
        """A number key: pick an option, or grade a revealed flashcard (1-4)."""
        if self.stage is Stage.CHOOSING and number <= len(self.option_buttons):
            self.on_option_picked(number)
        elif self.stage is Stage.RATING and number <= len(Rating):
            self.on_rated(Rating(number))

    def on_reveal(self) -> None:
        """Show a flashcard's answer and the rating buttons."""
        if self.stage is not Stage.ASKING:
            return
        self.stage = Stage.RATING
        self._show_feedback(None)
        intervals = self.session.intervals(self.question, self.window_.clock())  # type: ignore[union-attr, arg-type]
        for rating, button in self.rating_buttons.items():
            name = button.property("rating_name")
            button.setText(f"{int(rating)} · {name}\n{describe_interval(intervals[rating])}")
        self._update()

    def on_rated(self, rating: Rating) -> None:
        """Record the learner's own grade of a flashcard and move on."""
        if self.stage is not Stage.RATING:
            return
        self._record(rating, correct=None, response={"self_rated": int(rating)})
        self.show_next()

    def on_option_picked(self, number: int) -> None:
        """Grade the option shown as ``number`` and show the feedback."""
        if self.stage is not Stage.CHOOSING or self.question is None:
            return
        picked = self.choices[number - 1]
        grade = self._grade_pick(picked)
        self._record(grade.rating, correct=grade.correct, response={"picked": picked})
        self.stage = Stage.FEEDBACK
        for shown, button in enumerate(self.option_buttons, start=1):
            is_right = self._grade_pick(self.choices[shown - 1]).correct
            mark = "✓" if is_right else ("✗" if shown == number else " ")
            button.setText(f"{mark} {button.text()}")
            font = button.font()
            font.setBold(is_right or shown == number)
            button.setFont(font)
            button.setAccessibleDescription(self.tr("right answer") if is_right else "")
        self._show_feedback(grade.correct)
        self._update()

    def _grade_pick(self, index: int) -> Grade:
        """Grade picking option ``index`` (for true/false: 1 is true, 0 is false)."""
        assert self.question is not None
        if self.question.type is QuestionType.TRUE_FALSE:
            return grade_truth(self.question, bool(index))
        return grade_choice(self.question, frozenset({index}))

    def _record(self, rating: Rating, correct: bool | None, response: object) -> None:
        assert self.session is not None
        assert self.question is not None
        self.session.answer(
            self.question,
            rating,
            self.window_.clock(),
            correct=correct,
            duration_ms=self.timer.elapsed(),
            response=response,
        )

    def on_undo(self) -> None:
        """Take back the last answer and ask its question again."""
        if self.session is None or not self.session.can_undo:
            return
        question = self.session.undo()
        if question is not None:
            self.ask(question)

    # -- display ------------------------------------------------------------------------------

    def _show_feedback(self, correct: bool | None) -> None:
        assert self.question is not None
        language = self.window_.profile.language
        question = self.question
        self.verdict.setVisible(correct is not None)
        self.verdict.setText(self.tr("✓ Right") if correct else self.tr("✗ Not quite"))
        self.answer.setText(
            self.tr("Answer: %1").replace("%1", correct_answer_text(question, language))
        )
        self.explanation.setText(question.explanation.get(language) if question.explanation else "")
        if question.source:
            where = f" — {question.source.part}" if question.source.part else ""
            self.source.setText(
                self.tr("Source: %1").replace("%1", question.source.citation + where)
            )
        else:
            self.source.setText("")

    def _update(self) -> None:
        """Show the controls that fit the current stage."""
        stage = self.stage
        self.feedback.setVisible(stage in (Stage.RATING, Stage.FEEDBACK))
        self.reveal_button.setVisible(stage is Stage.ASKING)
        self.continue_button.setVisible(stage is Stage.FEEDBACK)
        for button in self.rating_buttons.values():
            button.setVisible(stage is Stage.RATING)
        self.undo_button.setEnabled(bool(self.session and self.session.can_undo))
        summary = self.session.summary() if self.session else None
        self.status.setText(
            self.tr("Answered in this session: %1").replace(
                "%1", str(summary.answered if summary else 0)
            )
        )
        focus = {
            Stage.ASKING: self.reveal_button,
            Stage.CHOOSING: self.option_buttons[0] if self.option_buttons else self,
            Stage.FEEDBACK: self.continue_button,
            Stage.RATING: self.rating_buttons[Rating.GOOD],
        }[stage]
        focus.setFocus()
