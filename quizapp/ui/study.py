"""The study page: one question at a time, its answer input, feedback, grading and undo."""

from __future__ import annotations

import html
import random
from collections.abc import Callable
from datetime import timedelta
from enum import Enum, auto
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.errors import ProfileDeletedError
from quizapp.core.grading import (
    Grade,
    Response,
    adjustable_ratings,
    can_claim_right,
    correct_answer_text,
    describe_response,
    grade,
    hint,
    response_from_json,
    response_to_json,
)
from quizapp.core.model import Question, Rating
from quizapp.core.personal import is_recognition
from quizapp.core.qtypes import kind_of
from quizapp.core.scheduler import interval_parts
from quizapp.core.session import ExamSession, PracticeSession, Session
from quizapp.ui import errors, theme
from quizapp.ui.answer_inputs import ICONS, VIEWS, AnswerInput
from quizapp.ui.exam_nav import ExamNavigator
from quizapp.ui.pictures import PicturedText, PictureStrip, media_in
from quizapp.ui.widgets import confirm, prompt_text, text_label, vertical_scroll

if TYPE_CHECKING:
    from quizapp.ui.main_window import MainWindow


class Stage(Enum):
    """What the learner is doing with the current question."""

    ASKING = auto()  # a flashcard, before its answer is shown
    ANSWERING = auto()  # an app-graded question, before it is handed in
    RATING = auto()  # a flashcard's answer is shown; the learner grades themselves
    FEEDBACK = auto()  # a graded answer was recorded; the learner reads the feedback


class StudyPage(QWidget):
    """Asks a session's questions until none are left, then emits ``session_finished``."""

    session_finished = Signal(object)  # the Session

    def __init__(self, window: MainWindow):
        super().__init__()
        self.window_ = window
        self.session: Session | None = None
        self.question: Question | None = None
        self.input: AnswerInput | None = None
        self.grade: Grade | None = None
        self.hinted = False
        self.claimed = False
        self.guessed = False
        self.stage = Stage.ASKING
        self.rng = random.Random()
        self.shown_rng_state = self.rng.getstate()  # how the current question was shuffled
        self.answered_rng_states: list[object] = []  # the same for each answer, for undo
        self.exam_rng_states: dict[str, object] = {}  # the same per exam question, to go back
        self.planned = 0  # questions this session expects to ask (grows with repeats)
        self.timer = QElapsedTimer()
        self.clock_tick = QTimer(self)
        self.clock_tick.setInterval(1000)
        self.clock_tick.timeout.connect(self.on_clock_tick)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(self.tr("Session progress"))
        self.undo_button = QPushButton(self.tr("Undo (Ctrl+Z)"))
        self.undo_button.setAccessibleName(self.tr("Undo the last answer"))
        self.undo_button.clicked.connect(self.on_undo)
        self.end_button = QPushButton(self.tr("End session (Esc)"))
        self.end_button.setAccessibleName(self.tr("End session"))
        self.end_button.clicked.connect(self.on_escape_key)
        top = QHBoxLayout()
        top.setSpacing(theme.SPACE)
        top.addWidget(self.status, 1)
        top.addWidget(self.undo_button)
        top.addWidget(self.end_button)

        self.topic = text_label()
        self.topic.setProperty("role", "muted")
        self.prompt = text_label()
        self.prompt.setProperty("role", "prompt")
        self.prompt.setAccessibleName(self.tr("Question"))
        media = media_in(self.window_.store)
        self.pictures = PictureStrip(media)
        self.input_box = QVBoxLayout()
        self.hint_label = text_label()
        self.need = text_label()  # what the input needs before it can be checked
        self.need.setAccessibleName(self.tr("What your answer needs"))
        self.need.hide()

        self.verdict = text_label()
        self.verdict.setProperty("role", "verdict")
        self.answer = PicturedText(media, text_label())
        self.answer.label.setAccessibleName(self.tr("Answer"))
        self.typo = QLabel()
        self.typo.setWordWrap(True)
        self.typo.setTextFormat(Qt.TextFormat.RichText)  # built from escaped text only
        self.explanation = PicturedText(media, text_label())
        self.explanation.label.setProperty("role", "explanation")
        self.source = text_label()
        self.source.setProperty("role", "source")
        self.feedback = QFrame()
        self.feedback.setProperty("role", "card")
        feedback_layout = QVBoxLayout(self.feedback)
        feedback_layout.setContentsMargins(*[theme.SPACE * 2] * 4)
        feedback_layout.setSpacing(theme.SPACE)
        for label in (self.verdict, self.answer, self.typo, self.explanation, self.source):
            feedback_layout.addWidget(label)

        self.reveal_button = QPushButton(self.tr("Show answer (Space)"))
        self.reveal_button.clicked.connect(self.on_reveal)
        self.hint_button = QPushButton(self.tr("Hint (Ctrl+H)"))
        self.hint_button.clicked.connect(self.on_hint)
        self.submit_button = QPushButton(self.tr("Check (Enter)"))
        self.submit_button.clicked.connect(self.on_submit)
        self.claim_button = QPushButton(self.tr("I was right (Ctrl+R)"))
        self.claim_button.clicked.connect(self.on_claim_right)
        self.guess_button = QPushButton(self.tr("I guessed (G)"))
        self.guess_button.setToolTip(
            self.tr("Right by luck: the question comes back soon, as if missed.")
        )
        self.guess_button.clicked.connect(self.on_guessed)
        self.continue_button = QPushButton(self.tr("Continue (Space)"))
        self.continue_button.clicked.connect(self.show_next)
        self.rating_names = {
            Rating.AGAIN: self.tr("Again"),
            Rating.HARD: self.tr("Hard"),
            Rating.GOOD: self.tr("Good"),
            Rating.EASY: self.tr("Easy"),
        }
        for button in (self.reveal_button, self.submit_button, self.continue_button):
            button.setProperty("role", "primary")
        self.rating_buttons: dict[Rating, QPushButton] = {}
        bottom = QHBoxLayout()
        bottom.setSpacing(theme.SPACE)
        bottom.addStretch(1)
        for button in (
            self.reveal_button,
            self.hint_button,
            self.submit_button,
            self.claim_button,
            self.guess_button,
        ):
            bottom.addWidget(button)
        for rating in Rating:
            button = QPushButton()
            button.clicked.connect(lambda _=False, r=rating: self.on_rating_key(r))
            self.rating_buttons[rating] = button
            bottom.addWidget(button)
        bottom.addWidget(self.continue_button)
        bottom.addStretch(1)
        self.stage_buttons = [
            self.reveal_button,
            self.hint_button,
            self.submit_button,
            self.claim_button,
            self.guess_button,
            *self.rating_buttons.values(),
            self.continue_button,
        ]
        for button in self.stage_buttons:
            button.hide()  # until a stage needs them: all at once would widen the window

        column = QWidget()  # a readable line length on wide windows
        column.setMaximumWidth(880)
        column_layout = QVBoxLayout(column)
        column_layout.setSpacing(theme.SPACE)
        self.exam_nav = ExamNavigator()
        self.exam_nav.go_requested.connect(self.on_exam_go)
        self.exam_nav.flag_requested.connect(self.on_exam_flag)
        self.exam_nav.hide()
        column_layout.addWidget(self.exam_nav)
        column_layout.addWidget(self.topic)
        column_layout.addWidget(self.prompt)
        column_layout.addWidget(self.pictures)
        column_layout.addSpacing(theme.SPACE)
        column_layout.addLayout(self.input_box)
        column_layout.addWidget(self.need)
        column_layout.addWidget(self.hint_label)
        column_layout.addSpacing(theme.SPACE)
        column_layout.addWidget(self.feedback)
        column_layout.addStretch(1)
        content = QWidget()
        centred = QHBoxLayout(content)
        centred.addStretch(1)
        centred.addWidget(column, 100)
        centred.addStretch(1)
        self.scroll_area = vertical_scroll(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*[theme.SPACE * 2] * 4)
        layout.setSpacing(theme.SPACE)
        layout.addLayout(top)
        layout.addWidget(self.bar)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(bottom)

        self._shortcut("Space", self.on_space_key)
        for key in ("Return", "Enter"):
            self._shortcut(key, self.on_enter_key)
        for number in range(1, 10):
            self._shortcut(str(number), lambda n=number: self.on_number_key(n))
        self._shortcut("Escape", self.on_escape_key)
        self._shortcut("PgUp", lambda: self.on_exam_go(self.exam_nav.current - 1))
        self._shortcut("PgDown", lambda: self.on_exam_go(self.exam_nav.current + 1))
        self._shortcut("Ctrl+F", self.on_exam_flag)
        self._shortcut(QKeySequence.StandardKey.Undo, self.on_undo)
        self._shortcut("Ctrl+H", self.on_hint)
        self._shortcut("Ctrl+R", self.on_claim_right)
        self._shortcut("G", self.on_guessed)

    def _shortcut(self, sequence: str | QKeySequence.StandardKey, slot: object) -> None:
        shortcut = QShortcut(QKeySequence(sequence), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)

    @property
    def language(self) -> str:
        """The language questions are shown in."""
        return self.window_.content_language

    # -- flow ---------------------------------------------------------------------------------

    def start(self, session: Session, planned: int = 0) -> None:
        """Begin asking the questions of ``session``.

        Args:
            session: The session to run.
            planned: How many questions a review session expects to ask today (for the
                progress bar); practice and exams know their own number.
        """
        self.session = session
        self.answered_rng_states = []
        self.exam_rng_states = {}
        if isinstance(session, ExamSession):
            planned = len(session.questions)
        elif isinstance(session, PracticeSession):
            planned = len(session.queue)
        self.planned = planned
        self.warned_low_time = False
        exam = isinstance(session, ExamSession)
        self.exam_nav.setVisible(exam)
        self.end_button.setText(self.tr("Hand in (Esc)") if exam else self.tr("End session (Esc)"))
        self.end_button.setAccessibleName(self.tr("Hand in") if exam else self.tr("End session"))
        if isinstance(session, ExamSession) and session.time_limit:
            self.clock_tick.start()
        self.show_next()

    def show_next(self) -> None:
        """Show the next question, or finish when there is none."""
        assert self.session is not None
        session = self.session
        question = session.next_question(self.window_.clock())
        if question is None and isinstance(session, ExamSession) and session.questions:
            if session.time_left(self.window_.clock()) != timedelta(0) and not confirm(
                self,
                self.tr("Hand in"),
                self.tr("Every question is answered. Hand in the exam now?"),
                self.tr("Hand in"),
                self.tr("Check my answers"),
            ):
                self.ask(session.go_to(0))
                return
        if question is None:
            self.finish()
        else:
            self.ask(question)

    def on_exam_go(self, index: int) -> None:
        """Show question ``index`` of the exam (to answer it, or change its answer)."""
        session = self.session
        if isinstance(session, ExamSession) and 0 <= index < len(session.questions):
            self.ask(session.go_to(index))

    def on_exam_flag(self) -> None:
        """Flag the exam's current question for later, or unflag it."""
        if isinstance(self.session, ExamSession):
            self.session.toggle_flag()
            self.exam_nav.show_exam(self.session)

    def ask(self, question: Question, rng_state: object | None = None) -> None:
        """Show ``question`` unanswered; ``rng_state`` repeats an earlier shuffle (undo).

        An exam question shown again (going back to it) repeats its first shuffle.
        """
        if isinstance(self.session, ExamSession):
            rng_state = self.exam_rng_states.setdefault(
                question.id, rng_state if rng_state is not None else self.rng.getstate()
            )
        if rng_state is not None:
            self.rng.setstate(rng_state)  # type: ignore[arg-type]
        self.shown_rng_state = self.rng.getstate()
        for button in self.stage_buttons:
            button.hide()  # the last stage's, before the new input may lay the page out
        self.question = question
        self.grade = None
        self.hinted = self.claimed = self.guessed = False
        language = self.language
        self.topic.setText(question.topic.get(language) if question.topic else "")
        self.prompt.setText(self.pictures.show_for(question, prompt_text(question, language)))
        self.hint_label.setText("")
        self.need.hide()
        given_before: Response | None = None  # the answer given to this exam question so far
        if isinstance(self.session, ExamSession):
            self.exam_nav.show_exam(self.session)
            earlier = next((a for a in self.session.history if a.question.id == question.id), None)
            if earlier is not None:
                saved = cast(dict[str, Any], earlier.response)  # response_to_json made it
                given_before = response_from_json(saved)
                given = describe_response(question, given_before, language)
                self.hint_label.setText(
                    self.tr("Your answer so far: %1. Answer again to change it.").replace(
                        "%1", given
                    )
                )
        if self.input is not None:
            self.input_box.removeWidget(self.input)
            self.input.hide()  # deleteLater waits for the event loop; hide it from this paint on
            self.input.deleteLater()
            self.input = None
        input_type = VIEWS[question.type].input
        if input_type is None:
            self.stage = Stage.ASKING
        else:
            self.input = input_type(question, language, self.rng)
            if given_before is not None:
                self.input.fill(given_before)
            self.input.submitted.connect(self.on_submit)
            self.input_box.addWidget(self.input)
            self.input.show()  # now, not when the layout gets to it, so focus can land on it
            self.stage = Stage.ANSWERING
        self.timer.start()
        self._update()
        self.scroll_area.verticalScrollBar().setValue(0)
        if self.input is not None:
            self.input.focus()

    def finish(self) -> None:
        """End the session and hand it on (to the summary or the exam result)."""
        self.clock_tick.stop()
        if self.session is not None:
            self.session_finished.emit(self.session)

    def on_clock_tick(self) -> None:
        """Count an exam's time down; warn at one minute; hand it in when time is up."""
        self._update_status()
        session = self.session
        if not isinstance(session, ExamSession):
            return
        left = session.time_left(self.window_.clock())
        if not left:
            self.finish()
        elif left <= timedelta(minutes=1) and not self.warned_low_time:
            self.warned_low_time = True
            self.window_.statusBar().showMessage(
                self.tr("One minute left: unanswered questions count as wrong."), 60_000
            )

    def on_escape_key(self) -> None:
        """Escape or End session: leave, asking first when an answer would be lost."""
        session = self.session
        if session is None:
            return
        lost = None
        if isinstance(session, ExamSession):
            unanswered = len(session.questions) - len(session.history)
            if unanswered:
                lost = self.tr(
                    "Not answered yet: %1 (they count as wrong). Hand in the exam now?"
                ).replace("%1", str(unanswered))
        elif self.stage is Stage.ANSWERING and self.input is not None and self.input.has_input():
            lost = self.tr("Leave the session? Your answer to this question has not been checked.")
        if lost is not None and not confirm(
            self, self.tr("End session"), lost, self.tr("End"), self.tr("Keep going")
        ):
            self._focus_stage_action()
            return
        self.finish()

    # -- keys ---------------------------------------------------------------------------------

    def _focused_button(self) -> QAbstractButton | None:
        focused = QApplication.focusWidget()
        if (
            isinstance(focused, QAbstractButton)
            and focused.isVisible()
            and self.isAncestorOf(focused)
        ):
            return focused
        return None

    def on_space_key(self) -> None:
        """Space: press the focused button; else show a flashcard's answer or go on."""
        button = self._focused_button()
        if button is not None:
            button.click()  # a check box toggles, a button acts, as Space does everywhere
        elif self.stage is Stage.ASKING:
            self.on_reveal()
        elif self.stage is Stage.FEEDBACK:
            self.show_next()

    def on_enter_key(self) -> None:
        """Enter: press the focused push button; else like Space, and hand in an answer."""
        button = self._focused_button()
        if isinstance(button, QPushButton):
            button.click()
        elif self.stage is Stage.ANSWERING:
            self.on_submit()
        else:
            self.on_space_key()

    def on_number_key(self, number: int) -> None:
        """A number key: pick or tick an option, grade a flashcard, or adjust a grade."""
        if self.stage is Stage.ANSWERING and self.input is not None:
            self.input.handle_number(number)
        elif self.stage in (Stage.RATING, Stage.FEEDBACK):
            rating = self._rating_for_key(number)
            if rating is not None:
                self.on_rating_key(rating)

    def _rating_for_key(self, number: int) -> Rating | None:
        if self.stage is Stage.RATING and self.window_.profile.pass_fail:
            return {1: Rating.AGAIN, 2: Rating.GOOD}.get(number)
        rating = Rating(number) if 1 <= number <= 4 else None
        return rating if rating is not None and self.rating_buttons[rating].isVisible() else None

    # -- answering ----------------------------------------------------------------------------

    def on_reveal(self) -> None:
        """Show a flashcard's answer and the rating buttons."""
        if self.stage is not Stage.ASKING:
            return
        self.stage = Stage.RATING
        self._show_feedback()
        self._update()

    def on_hint(self) -> None:
        """Show a hint for a recall question; a right answer then counts as Hard."""
        if self.stage is Stage.ANSWERING and self.question and self._hint_allowed():
            self.hinted = True
            self.hint_label.setText(
                self.tr("Hint: %1").replace("%1", hint(self.question, self.language))
            )

    def _hint_allowed(self) -> bool:
        assert self.question is not None
        assert self.session is not None
        kind = kind_of(self.question)
        recall = not (kind.recognition or kind.self_graded)
        return recall and self.session.shows_feedback

    def on_submit(self) -> None:
        """Grade the input's answer, record it, and show the feedback (not in exams)."""
        if self.stage is not Stage.ANSWERING or self.input is None or self.question is None:
            return
        assert self.session is not None
        problem = self.input.problem()
        if problem is not None:
            self.need.setText(f"{ICONS['missed']} {problem}")
            theme.set_property(self.need, "mark", "missed")
            self.need.show()
            self.input.focus()
            return
        self.need.hide()
        response = self.input.response()
        elapsed_ms = self.timer.elapsed()
        result = grade(
            self.question, response, self.language, elapsed_ms=elapsed_ms, hinted=self.hinted
        )
        session, question, now = self.session, self.question, self.window_.clock()
        if not self._saved(
            lambda: session.answer(
                question,
                result.rating,
                now,
                correct=result.correct,
                score=result.score,
                duration_ms=elapsed_ms,
                response=response_to_json(response) | {"hinted": self.hinted},
            )
        ):
            return
        self.answered_rng_states.append(self.shown_rng_state)
        self.grade = result
        if not self.session.shows_feedback:
            self.show_next()
            return
        self.input.show_result(self.grade)
        self.stage = Stage.FEEDBACK
        self._show_feedback()
        self._update()

    def on_rating_key(self, rating: Rating) -> None:
        """A rating button: grade a flashcard, or adjust a graded answer's rating."""
        assert self.session is not None
        assert self.question is not None
        now = self.window_.clock()
        session, question, elapsed_ms = self.session, self.question, self.timer.elapsed()
        if self.stage is Stage.RATING:
            if self._saved(
                lambda: session.answer(
                    question,
                    rating,
                    now,
                    duration_ms=elapsed_ms,
                    response={"kind": "self_rated", "rating": int(rating)},
                )
            ):
                self.answered_rng_states.append(self.shown_rng_state)
                self.show_next()
        elif self.stage is Stage.FEEDBACK and self.grade and rating in self._adjustable():
            if self._saved(lambda: session.regrade(rating, now)):
                self._update()

    def on_claim_right(self) -> None:
        """Override a wrong verdict on a typed answer, once; recorded as such."""
        if self.stage is not Stage.FEEDBACK or self.claimed or not self.grade:
            return
        assert self.session is not None
        assert self.question is not None
        if not can_claim_right(self.question, self.grade):
            return
        session, now = self.session, self.window_.clock()
        if not self._saved(lambda: session.regrade(Rating.GOOD, now, correct=True)):
            return
        self.claimed = True
        self.verdict.setText(self.tr("✓ Counted as right (your call)"))
        theme.set_property(self.verdict, "mark", "right")
        self._update()

    def on_guessed(self) -> None:
        """Mark a right pick as a guess: rated as a miss, and kept as a guess for the fit."""
        if not self._can_mark_guess():
            return
        session, now = self.session, self.window_.clock()
        assert session is not None
        if not self._saved(lambda: session.regrade(Rating.AGAIN, now, guessed=True)):
            return
        self.guessed = True
        self.verdict.setText(self.tr("✓ Right, by a guess: it comes back soon"))
        self._update()

    def _can_mark_guess(self) -> bool:
        return (
            self.stage is Stage.FEEDBACK
            and not self.guessed
            and self.session is not None
            and self.session.schedules
            and self.grade is not None
            and self.grade.correct is True
            and self.question is not None
            and is_recognition(self.question)
        )

    def _adjustable(self) -> tuple[Rating, ...]:
        if self.question is None or self.grade is None or self.claimed or self.guessed:
            return ()
        return adjustable_ratings(self.question, self.grade)

    def on_undo(self) -> None:
        """Take back the last answer and ask its question again."""
        if self.session is None or not self.session.can_undo:
            return
        session = self.session
        _, question = errors.retry_until_done(
            self, self.tr("Your answer was not taken back"), session.undo
        )
        if question is not None:
            state = self.answered_rng_states.pop() if self.answered_rng_states else None
            self.ask(question, state)

    def _saved(self, write: Callable[[], object]) -> bool:
        """Save an answer; if that fails, say why and offer Retry, the answer kept on screen.

        Returns:
            Whether it was saved. If not, nothing moved on: the learner still sees their
            answer (and may hand it in again).
        """
        try:
            done, _ = errors.retry_until_done(
                self, self.tr("Your answer was not saved"), write, passes=(ProfileDeletedError,)
            )
        except ProfileDeletedError as error:
            self.clock_tick.stop()
            self.window_.on_profile_deleted_elsewhere(error)
            return False
        return done

    # -- display ------------------------------------------------------------------------------

    def _show_feedback(self) -> None:
        assert self.question is not None
        language = self.language
        question = self.question
        result = self.grade
        self.verdict.setVisible(result is not None)
        if result is not None:
            if result.correct:
                self.verdict.setText(f"{ICONS['right']} " + self.tr("Right"))
            elif result.score > 0:
                self.verdict.setText(
                    f"{ICONS['wrong']} "
                    + self.tr("Partly right: %1%").replace("%1", str(round(result.score * 100)))
                )
            else:
                self.verdict.setText(f"{ICONS['wrong']} " + self.tr("Wrong"))
            theme.set_property(self.verdict, "mark", "right" if result.correct else "wrong")
        answer = correct_answer_text(question, language)
        self.answer.show_text(
            question,
            self.tr("Right answer: %1").replace("%1", "\n" + answer if "\n" in answer else answer),
        )
        difference = result.difference if result else None
        self.typo.setVisible(bool(difference and difference.edits))
        if difference and difference.edits:
            self.typo.setText(self._typo_text(difference.typed, difference.edits))
        self.explanation.show_text(
            question, question.explanation.get(language) if question.explanation else ""
        )
        if question.source:
            where = f" — {question.source.part}" if question.source.part else ""
            self.source.setText(
                self.tr("Source: %1").replace("%1", question.source.citation + where)
            )
        else:
            self.source.setText("")

    def _typo_text(self, typed: str, edits: tuple[tuple[str, str], ...]) -> str:
        """Return "You typed X; it is spelt Y" as rich text, the letters that differ underlined."""
        spelt = "".join(
            html.escape(text) if kind == "same" else f"<b><u>{html.escape(text)}</u></b>"
            for kind, text in edits
            if kind != "extra"
        )
        return (
            self.tr("Accepted with a small typo. You typed %1; it is spelt %2.")
            .replace("%1", f"“{html.escape(typed)}”")
            .replace("%2", f"“{spelt}”")
        )

    def _update(self) -> None:
        """Show the controls that fit the current stage."""
        stage = self.stage
        session = self.session
        self.feedback.setVisible(stage in (Stage.RATING, Stage.FEEDBACK))
        self.reveal_button.setVisible(stage is Stage.ASKING)
        answering = stage is Stage.ANSWERING
        self.submit_button.setVisible(
            answering and self.question is not None and not kind_of(self.question).one_pick
        )
        self.hint_button.setVisible(answering and self._hint_allowed())
        self.claim_button.setVisible(
            stage is Stage.FEEDBACK
            and not self.claimed
            and self.grade is not None
            and self.question is not None
            and can_claim_right(self.question, self.grade)
        )
        self.guess_button.setVisible(self._can_mark_guess())
        self.continue_button.setVisible(stage is Stage.FEEDBACK)
        self._update_rating_buttons()
        self.undo_button.setEnabled(bool(session and session.can_undo))
        self._update_status()
        self._focus_stage_action()

    def _focus_stage_action(self) -> None:
        """Put the focus on the stage's primary action (the input while answering)."""
        focus = {
            Stage.ASKING: self.reveal_button,
            Stage.FEEDBACK: self.continue_button,
            Stage.RATING: self.rating_buttons[Rating.GOOD],
        }.get(self.stage)
        if focus is not None:
            focus.setFocus()
        elif self.input is not None:
            self.input.focus()

    def _update_rating_buttons(self) -> None:
        """Label and show the rating buttons: for a flashcard, or to adjust a graded answer."""
        assert self.session is not None
        pass_fail = self.window_.profile.pass_fail and self.stage is Stage.RATING
        if self.stage is Stage.RATING:
            shown = (Rating.AGAIN, Rating.GOOD) if pass_fail else tuple(Rating)
        else:
            shown = self._adjustable() if self.stage is Stage.FEEDBACK else ()
        intervals = (
            self.session.intervals(self.question, self.window_.clock())
            if shown and self.question
            else {}
        )
        current = self.session.history[-1].rating if self.stage is Stage.FEEDBACK else None
        for rating, button in self.rating_buttons.items():
            button.setVisible(rating in shown)
            if rating not in shown:
                continue
            key = {Rating.AGAIN: 1, Rating.GOOD: 2}[rating] if pass_fail else int(rating)
            name = (
                {Rating.AGAIN: self.tr("Fail"), Rating.GOOD: self.tr("Pass")}[rating]
                if pass_fail
                else self.rating_names[rating]
            )
            mark = "● " if rating == current else ""
            when = f"\n{self._interval_label(intervals[rating])}" if rating in intervals else ""
            button.setText(f"{mark}{key} · {name}{when}")
            button.setAccessibleName(name)
            theme.set_property(button, "rating", theme.RATINGS[int(rating) - 1])

    def _interval_label(self, interval: timedelta) -> str:
        """Return "10 min", "3 d" and the like, in the UI's language."""
        number, unit = interval_parts(interval)
        template = {
            "min": self.tr("%1 min"),
            "h": self.tr("%1 h"),
            "d": self.tr("%1 d"),
            "mo": self.tr("%1 mo"),
            "y": self.tr("%1 y"),
        }[unit]
        return template.replace("%1", number)

    def _update_status(self) -> None:
        session = self.session
        answered = len(session.history) if session else 0
        if isinstance(session, PracticeSession):
            self.planned = answered + len(session.queue)
        elif not isinstance(session, ExamSession):
            self.planned = max(self.planned, answered + (self.question is not None))
        self.bar.setRange(0, max(self.planned, 1))
        self.bar.setValue(answered)
        left = max(self.planned - answered, 0)
        text = self.tr("%1 done · %2 left").replace("%1", str(answered)).replace("%2", str(left))
        self.bar.setAccessibleDescription(text)
        if isinstance(session, ExamSession):
            text = (
                self.tr("Exam: question %1 of %2")
                .replace("%1", str(session.current + 1))
                .replace("%2", str(len(session.questions)))
            )
            time_left = session.time_left(self.window_.clock())
            if time_left is not None:
                minutes, seconds = divmod(int(time_left.total_seconds()), 60)
                text += " · " + self.tr("Time left: %1").replace("%1", f"{minutes}:{seconds:02d}")
        self.status.setText(text)
