"""The progress page: per set how much is new, learning, mastered and due."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.core import stats
from quizapp.core.storage.records import from_ms
from quizapp.ui.widgets import FigureTable, heading

if TYPE_CHECKING:
    from quizapp.ui.main_window import MainWindow


class ProgressPage(QWidget):
    """What the learner has learned, per set, and how their studying goes."""

    home_requested = Signal()

    def __init__(self, window: MainWindow):
        super().__init__()
        self.window_ = window
        self.heading = heading()
        self.table = FigureTable(
            [
                self.tr("Question set"),
                self.tr("New"),
                self.tr("Learning"),
                self.tr("Mastered"),
                self.tr("Due today"),
            ],
            self.tr("Progress per set"),
        )
        self.figures = QLabel()
        self.figures.setWordWrap(True)
        home = QPushButton(self.tr("Back to sets (Esc)"))
        home.clicked.connect(self.home_requested.emit)
        QShortcut(QKeySequence("Escape"), self, self.home_requested.emit)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.figures)
        self.exams = QLabel()
        self.exams.setWordWrap(True)
        layout.addWidget(self.exams)
        layout.addWidget(home)

    def refresh(self) -> None:
        """Recompute the learner's progress."""
        window = self.window_
        progress = stats.progress(window.store, window.profile, window.clock())
        language = window.content_language
        titles = {s.id: s.title.get(language) for s in window.store.question_sets()}
        self.heading.setText(self.tr("Progress of %1").replace("%1", window.profile.name))
        self.table.set_rows(
            [
                (titles[p.set_id], [p.new, p.learning, p.mastered, p.due], p.set_id)
                for p in progress.sets
            ]
        )
        retention = (
            f"{progress.retention_30_days:.0%}" if progress.retention_30_days is not None else "–"
        )
        self.figures.setText(
            self.tr(
                "Reviews today: %1 · Days in a row: %2 · Reviews in the last 30 days: %3 · "
                "Recalled in the last 30 days: %4"
            )
            .replace("%1", str(progress.reviews_today))
            .replace("%2", str(progress.streak_days))
            .replace("%3", str(progress.reviews_30_days))
            .replace("%4", retention)
        )
        exams = window.store.exam_history(window.profile.id)[:5]
        self.exams.setVisible(bool(exams))
        self.exams.setText(
            self.tr("Latest exams: %1").replace(
                "%1",
                ", ".join(
                    f"{from_ms(e['started_at']).astimezone():%Y-%m-%d} {round(e['score'] * 100)}%"
                    for e in exams
                ),
            )
        )
