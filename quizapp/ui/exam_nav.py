"""The exam's overview: a grid of the questions to jump between, back and forward, and a flag."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from quizapp.core.session import ExamSession
from quizapp.ui import theme

COLUMNS = 10
"""Question buttons per row of the grid."""


class ExamNavigator(QWidget):
    """Shows where the learner is in an exam and lets them move around it."""

    go_requested = Signal(int)  # the index of the question to show
    flag_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.grid = QGridLayout()
        self.grid.setSpacing(theme.SPACE // 2)
        self.buttons: list[QPushButton] = []
        self.previous_button = QPushButton(self.tr("◀ Previous (PgUp)"))
        self.previous_button.setAccessibleName(self.tr("Previous question"))
        self.next_button = QPushButton(self.tr("Next ▶ (PgDn)"))
        self.next_button.setAccessibleName(self.tr("Next question"))
        self.flag_button = QPushButton()
        self.flag_button.clicked.connect(self.flag_requested.emit)
        self.current = 0
        self.previous_button.clicked.connect(lambda: self.go_requested.emit(self.current - 1))
        self.next_button.clicked.connect(lambda: self.go_requested.emit(self.current + 1))
        row = QHBoxLayout()
        row.setSpacing(theme.SPACE)
        row.addWidget(self.previous_button)
        row.addWidget(self.next_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.SPACE)
        layout.addLayout(self.grid)
        layout.addLayout(row)
        layout.addWidget(self.flag_button, 0, Qt.AlignmentFlag.AlignLeft)  # its own line: long

    def show_exam(self, session: ExamSession) -> None:
        """Draw the grid for ``session``: answered, flagged and current questions marked."""
        count = len(session.questions)
        while len(self.buttons) > count:
            self.buttons.pop().deleteLater()
        while len(self.buttons) < count:
            index = len(self.buttons)
            button = QPushButton()
            button.clicked.connect(lambda _=False, i=index: self.go_requested.emit(i))
            self.grid.addWidget(button, index // COLUMNS, index % COLUMNS)
            self.buttons.append(button)
        answered = session.answered_ids()
        self.current = session.current
        for index, (button, question) in enumerate(
            zip(self.buttons, session.questions, strict=True)
        ):
            done = question.id in answered
            flagged = question.id in session.flagged
            button.setText(f"{index + 1}{' ●' if done else ''}{' ⚑' if flagged else ''}")
            state = [self.tr("answered") if done else self.tr("not answered")]
            if flagged:
                state.append(self.tr("flagged"))
            button.setAccessibleName(
                self.tr("Question %1: %2")
                .replace("%1", str(index + 1))
                .replace("%2", ", ".join(state))
            )
            theme.set_property(button, "mark", "pick" if index == self.current else None)
        self.previous_button.setEnabled(self.current > 0)
        self.next_button.setEnabled(self.current < count - 1)
        flagged_now = session.questions[self.current].id in session.flagged
        self.flag_button.setText(
            self.tr("Unflag (Ctrl+F)") if flagged_now else self.tr("⚑ Flag for later (Ctrl+F)")
        )
