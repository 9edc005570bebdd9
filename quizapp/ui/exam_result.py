"""An exam's result: the score, the score per topic, and a walk through the mistakes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.grading import correct_answer_text, describe_response, response_from_json
from quizapp.core.session import ExamResult
from quizapp.ui.widgets import FigureTable, heading

if TYPE_CHECKING:
    from quizapp.ui.main_window import MainWindow


class ExamResultPage(QWidget):
    """Shows how an exam went."""

    home_requested = Signal()

    def __init__(self, window: MainWindow):
        super().__init__()
        self.window_ = window
        self.heading = heading()
        self.details = QLabel()
        self.topics = FigureTable(
            [self.tr("Topic"), self.tr("Right"), self.tr("Questions")], self.tr("Score per topic")
        )
        self.mistakes = QListWidget()
        self.mistakes.setAccessibleName(self.tr("Your mistakes"))
        self.mistakes.setWordWrap(True)
        self.mistakes.setAlternatingRowColors(True)
        home = QPushButton(self.tr("Back to sets (Esc)"))
        home.clicked.connect(self.home_requested.emit)
        QShortcut(QKeySequence("Escape"), self, self.home_requested.emit)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.details)
        layout.addWidget(self.topics, 1)
        layout.addWidget(QLabel(self.tr("Your mistakes, with the right answers:")))
        layout.addWidget(self.mistakes, 2)
        layout.addWidget(home)

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
        self.mistakes.clear()
        for answered in result.mistakes:
            question = answered.question
            given = describe_response(question, response_from_json(answered.response), language)
            lines = [
                question.prompt.get(language),
                self.tr("Your answer: %1").replace("%1", given),
                self.tr("Right answer: %1").replace("%1", correct_answer_text(question, language)),
            ]
            if question.explanation:
                lines.append(question.explanation.get(language))
            self.mistakes.addItem("\n".join(lines))
