"""An exam's result: the score, the score per topic, and a walk through every question."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.grading import correct_answer_text, describe_response, response_from_json
from quizapp.core.model import Question
from quizapp.core.session import Answered, ExamResult
from quizapp.ui import theme
from quizapp.ui.answer_inputs import ICONS
from quizapp.ui.pictures import PicturedText, media_in
from quizapp.ui.widgets import FigureTable, heading, prompt_text, text_label, vertical_scroll

if TYPE_CHECKING:
    from quizapp.ui.main_window import MainWindow


class ExamResultPage(QWidget):
    """Shows how an exam went, question by question."""

    home_requested = Signal()

    def __init__(self, window: MainWindow):
        super().__init__()
        self.window_ = window
        self.heading = heading()
        self.heading.setProperty("role", "title")
        self.details = text_label()
        self.topics = FigureTable(
            [self.tr("Topic"), self.tr("Right"), self.tr("Questions")], self.tr("Score per topic")
        )
        self.topics.setMinimumHeight(theme.SPACE * 12)
        self.walk_heading = text_label()
        self.walk_heading.setProperty("role", "heading")
        self.walk_heading.setText(self.tr("Every question, with your answer and the right one:"))
        self.cards: list[QFrame] = []
        self.walk = QVBoxLayout()
        self.walk.setSpacing(theme.SPACE)

        content = QWidget()
        column = QVBoxLayout(content)
        column.setSpacing(theme.SPACE)
        column.addWidget(self.details)
        column.addWidget(self.topics)
        column.addWidget(self.walk_heading)
        column.addLayout(self.walk)
        column.addStretch(1)
        scroll = vertical_scroll(content)

        self.home_button = QPushButton(self.tr("&Done (Esc)"))
        self.home_button.setProperty("role", "primary")
        self.home_button.clicked.connect(self.home_requested.emit)
        QShortcut(QKeySequence("Escape"), self, self.home_requested.emit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.home_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(*[theme.SPACE * 2] * 4)
        layout.setSpacing(theme.SPACE * 2)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    def show_result(self, result: ExamResult) -> None:
        """Fill the page from an exam's result."""
        language = self.window_.content_language
        self.heading.setText(
            self.tr("Exam score: %1%").replace("%1", str(round(result.score * 100)))
        )
        details = (
            self.tr("%1 of %2 questions answered.")
            .replace("%1", str(result.answered))
            .replace("%2", str(result.total))
        )
        if result.timed_out:
            details += " " + self.tr("Time ran out.")
        self.details.setText(details)
        self.topics.set_rows([(t.topic or "–", [t.right, t.total], None) for t in result.topics])
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        answers = {a.question.id: a for a in result.answers}
        self.cards = [
            self._card(number, question, answers.get(question.id), language)
            for number, question in enumerate(result.questions, start=1)
        ]
        for card in self.cards:
            self.walk.addWidget(card)
        self.home_button.setFocus()

    def _card(
        self, number: int, question: Question, answered: Answered | None, language: str
    ) -> QFrame:
        """One question of the walk-through: verdict, prompt, your answer, the right one, why."""
        if answered is None:
            meaning, verdict = "missed", self.tr("Not answered")
        elif answered.score == 1.0:
            meaning, verdict = "right", self.tr("Right")
        else:
            meaning, verdict = "wrong", self.tr("Wrong")
        card = QFrame()
        card.setProperty("role", "card")
        title = text_label()
        title.setText(f"{ICONS[meaning]} {number}. {verdict}")
        theme.set_property(title, "mark", meaning)
        media = media_in(self.window_.store)
        prompt = PicturedText(media, text_label())
        prompt.label.setProperty("role", "verdict")
        prompt.show_text(question, prompt_text(question, language))
        lines: list[QWidget] = [prompt]
        if answered is not None and answered.score != 1.0:
            saved = cast(dict[str, Any], answered.response)  # response_to_json made it
            given = describe_response(question, response_from_json(saved), language)
            yours = text_label()
            yours.setText(self.tr("Your answer: %1").replace("%1", given))
            lines.append(yours)
        right = PicturedText(media, text_label())
        right.show_text(
            question,
            self.tr("Right answer: %1").replace("%1", correct_answer_text(question, language)),
        )
        lines.append(right)
        if question.explanation:
            why = PicturedText(media, text_label())
            why.label.setProperty("role", "explanation")
            why.show_text(question, question.explanation.get(language))
            lines.append(why)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(*[theme.SPACE * 2] * 4)
        layout.setSpacing(theme.SPACE // 2)
        layout.addWidget(title, 0, Qt.AlignmentFlag.AlignLeft)
        for line in lines:
            layout.addWidget(line)
        card.setAccessibleName(f"{number}. {verdict}")
        return card
