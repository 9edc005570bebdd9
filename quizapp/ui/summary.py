"""The summary page shown when a session ends: how it went, what was missed, what comes next."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.core import stats
from quizapp.core.grading import correct_answer_text
from quizapp.core.model import Question, Rating
from quizapp.core.scheduler import interval_parts
from quizapp.core.session import SessionSummary
from quizapp.ui import theme
from quizapp.ui.answer_inputs import ICONS
from quizapp.ui.pictures import PicturedText, media_in
from quizapp.ui.widgets import heading, prompt_text, text_label, vertical_scroll

if TYPE_CHECKING:
    from quizapp.ui.main_window import MainWindow


class SummaryPage(QWidget):
    """Shows what a session did, the questions missed with their answers, and what comes next."""

    home_requested = Signal()
    practice_requested = Signal(object)  # the questions to practise again

    def __init__(self, window: MainWindow):
        super().__init__()
        self.window_ = window
        self.missed: list[Question] = []
        self.heading = heading()
        self.heading.setProperty("role", "title")
        self.figures: dict[str, QLabel] = {}
        for key in ("answered", "new", "graded", "ratings", "streak", "next"):
            self.figures[key] = text_label()
        self.figures["streak"].setProperty("role", "heading")
        self.missed_heading = text_label()
        self.missed_heading.setProperty("role", "heading")
        self.missed_list = QVBoxLayout()
        self.missed_list.setSpacing(theme.SPACE)

        content = QWidget()
        column = QVBoxLayout(content)
        column.setSpacing(theme.SPACE)
        column.addWidget(self.figures["streak"])
        for key in ("answered", "graded", "new", "ratings", "next"):
            column.addWidget(self.figures[key])
        column.addSpacing(theme.SPACE)
        column.addWidget(self.missed_heading)
        column.addLayout(self.missed_list)
        column.addStretch(1)
        scroll = vertical_scroll(content)

        self.again_button = QPushButton(self.tr("Study the &missed ones again"))
        self.again_button.setToolTip(self.tr("Practice: your schedule stays as it is"))
        self.again_button.clicked.connect(lambda: self.practice_requested.emit(self.missed))
        self.home_button = QPushButton(self.tr("&Done (Space)"))
        self.home_button.setProperty("role", "primary")
        self.home_button.clicked.connect(self.home_requested.emit)
        for key in ("Space", "Escape"):
            QShortcut(QKeySequence(key), self, self.home_requested.emit)
        buttons = QHBoxLayout()
        buttons.setSpacing(theme.SPACE)
        buttons.addStretch(1)
        buttons.addWidget(self.again_button)
        buttons.addWidget(self.home_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(*[theme.SPACE * 2] * 4)
        layout.setSpacing(theme.SPACE * 2)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    def show_summary(self, summary: SessionSummary) -> None:
        """Fill the page from a session's summary."""
        window = self.window_
        now = window.clock()
        self.heading.setText(
            self.tr("Session complete") if summary.answered else self.tr("Nothing to study now")
        )
        self.figures["answered"].setText(
            self.tr("Questions answered: %1").replace("%1", str(summary.answered))
        )
        self.figures["new"].setText(
            self.tr("New questions seen: %1").replace("%1", str(summary.new_seen))
        )
        self.figures["graded"].setText(
            self.tr("Quiz answers: %1 right, %2 wrong")
            .replace("%1", str(summary.correct))
            .replace("%2", str(summary.wrong))
        )
        names = (self.tr("Again"), self.tr("Hard"), self.tr("Good"), self.tr("Easy"))
        self.figures["ratings"].setText(
            " · ".join(
                f"{name}: {summary.ratings[r]}" for name, r in zip(names, Rating, strict=True)
            )
        )
        days = stats.streak(window.store, window.profile, now)
        self.figures["streak"].setText(self.tr("Days in a row: %1").replace("%1", str(days)))
        self.figures["next"].setText(self._next_text(summary.next_due, now))
        self.figures["next"].setVisible(bool(summary.next_due))

        self.missed = summary.missed
        while self.missed_list.count():
            item = self.missed_list.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.missed_heading.setText(
            self.tr("Missed: %1").replace("%1", str(len(self.missed)))
            if self.missed
            else self.tr("Nothing missed. Well done!")
        )
        language = window.content_language
        for question in self.missed:
            self.missed_list.addWidget(self._missed_card(question, language))
        self.again_button.setVisible(bool(self.missed))
        self.home_button.setFocus()

    def _missed_card(self, question: Question, language: str) -> QFrame:
        card = QFrame()
        card.setProperty("role", "card")
        media = media_in(self.window_.store)
        prompt = PicturedText(media, text_label())
        prompt.show_text(question, prompt_text(question, language))
        prompt.label.setProperty("role", "verdict")
        answer = PicturedText(media, text_label())
        answer.show_text(
            question,
            f"{ICONS['right']} "
            + self.tr("Right answer: %1").replace("%1", correct_answer_text(question, language)),
        )
        theme.set_property(answer.label, "mark", "right")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(*[theme.SPACE * 2] * 4)
        layout.addWidget(prompt)
        layout.addWidget(answer)
        return card

    def _next_text(self, due: list[datetime], now: datetime) -> str:
        """Say when the questions come back: "Coming back: 3 in 10 min, 5 in 2 d"."""
        groups: dict[str, int] = {}
        for moment in due:
            number, unit = interval_parts(max(moment - now, timedelta(0)))
            label = self.tr("in %1 %2").replace("%1", number).replace("%2", self._unit(unit))
            groups[label] = groups.get(label, 0) + 1
        parts = [f"{count} {label}" for label, count in list(groups.items())[:4]]
        return self.tr("Coming back: %1").replace("%1", ", ".join(parts))

    def _unit(self, unit: str) -> str:
        return {
            "min": self.tr("min"),
            "h": self.tr("h"),
            "d": self.tr("d"),
            "mo": self.tr("mo"),
            "y": self.tr("y"),
        }[unit]
