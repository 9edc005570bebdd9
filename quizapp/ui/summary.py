"""The summary page shown when a study session ends."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from quizapp.core.model import Rating
from quizapp.core.session import SessionSummary
from quizapp.ui.widgets import heading

if TYPE_CHECKING:
    from quizapp.ui.main_window import MainWindow


class SummaryPage(QWidget):
    """Shows what a session did: questions answered, right and wrong, ratings."""

    home_requested = Signal()

    def __init__(self, window: MainWindow):
        super().__init__()
        self.heading = heading()
        self.figures: dict[str, QLabel] = {}
        form = QFormLayout()
        rows = {
            "answered": self.tr("Questions answered"),
            "new": self.tr("New questions seen"),
            "graded": self.tr("Quiz answers right / wrong"),
            "ratings": self.tr("Again / Hard / Good / Easy"),
        }
        for key, label in rows.items():
            self.figures[key] = QLabel()
            form.addRow(label + ":", self.figures[key])
        home = QPushButton(self.tr("Back to sets (Space)"))
        home.clicked.connect(self.home_requested.emit)
        for key in ("Space", "Return", "Escape"):
            QShortcut(QKeySequence(key), self, self.home_requested.emit)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(home)

    def show_summary(self, summary: SessionSummary) -> None:
        """Fill the page from a session's summary."""
        self.heading.setText(
            self.tr("Session complete") if summary.answered else self.tr("Nothing to study now")
        )
        self.figures["answered"].setText(str(summary.answered))
        self.figures["new"].setText(str(summary.new_seen))
        self.figures["graded"].setText(f"{summary.correct} / {summary.wrong}")
        self.figures["ratings"].setText(" / ".join(str(summary.ratings[r]) for r in Rating))
