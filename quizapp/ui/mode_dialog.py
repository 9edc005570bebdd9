"""The dialog that sets up a practice session or an exam: which sets and topics, how many."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
)

from quizapp.core.model import SetId
from quizapp.ui.widgets import ok_cancel_buttons

if TYPE_CHECKING:
    from quizapp.ui.main_window import MainWindow


@dataclass(frozen=True)
class ModeChoice:
    """What the learner chose: sets, topics (primary-language names), and exam options."""

    set_ids: list[SetId]
    topics: set[str] | None
    shuffled: bool
    count: int
    minutes: int


class ModeDialog(QDialog):
    """Pick sets (and topics) for practice, or sets, length and time limit for an exam."""

    def __init__(self, window: MainWindow, mode: str):
        super().__init__(window)
        self.mode = mode
        self.setWindowTitle(self.tr("Practice") if mode == "practice" else self.tr("Exam"))
        intro = QLabel(
            self.tr(
                "Practise any sets or topics, in any order. Your schedule and statistics "
                "stay as they are."
            )
            if mode == "practice"
            else self.tr(
                "Questions drawn at random from the sets you choose. You see your score, "
                "per topic, and your mistakes at the end."
            )
        )
        intro.setWordWrap(True)
        language = window.content_language
        self.sets = QListWidget()
        self.sets.setAccessibleName(self.tr("Question sets"))
        for question_set in window.store.question_sets():
            item = QListWidgetItem(question_set.title.get(language))
            item.setData(Qt.ItemDataRole.UserRole, question_set.id)
            item.setCheckState(Qt.CheckState.Checked)
            self.sets.addItem(item)

        form = QFormLayout()
        self.topics = QListWidget()
        self.topics.setAccessibleName(self.tr("Topics"))
        self.shuffle = QCheckBox(self.tr("Shuffle the questions"))
        self.shuffle.setChecked(True)
        self.count = QSpinBox()
        self.count.setRange(1, 200)
        self.count.setValue(20)
        self.count.setAccessibleName(self.tr("Number of questions"))
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 240)
        self.minutes.setSpecialValueText(self.tr("no limit"))
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Time limit in minutes"))
        if mode == "practice":
            topics: dict[str, str] = {}
            for question in window.store.questions():
                if question.topic:
                    topics.setdefault(str(question.topic), question.topic.get(language))
            for key, label in sorted(topics.items(), key=lambda kv: kv[1]):
                item = QListWidgetItem(label)
                item.setData(Qt.ItemDataRole.UserRole, key)
                item.setCheckState(Qt.CheckState.Checked)
                self.topics.addItem(item)
            form.addRow(self.tr("Topics:"), self.topics)
            form.addRow("", self.shuffle)
        else:
            form.addRow(self.tr("Questions:"), self.count)
            form.addRow(self.tr("Time limit:"), self.minutes)

        buttons = ok_cancel_buttons(self, self.tr("Start"), self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Sets:")))
        layout.addWidget(self.sets)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def choice(self) -> ModeChoice:
        """Return what the learner chose."""
        sets = [SetId(item.data(Qt.ItemDataRole.UserRole)) for item in _checked(self.sets)]
        checked = _checked(self.topics)
        narrowed = self.mode == "practice" and len(checked) < self.topics.count()
        topics = {item.data(Qt.ItemDataRole.UserRole) for item in checked} if narrowed else None
        return ModeChoice(
            sets, topics, self.shuffle.isChecked(), self.count.value(), self.minutes.value()
        )


def _checked(widget: QListWidget) -> list[QListWidgetItem]:
    items = (widget.item(row) for row in range(widget.count()))
    return [item for item in items if item.checkState() == Qt.CheckState.Checked]
