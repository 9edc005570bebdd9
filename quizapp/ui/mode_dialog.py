"""The dialog that sets up a practice session or an exam: which sets and topics, how many."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from quizapp.core.model import Question, SetId
from quizapp.ui import theme
from quizapp.ui.widgets import fit_to_width, ok_cancel_buttons

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
        self.language = language = window.content_language
        self.sets = _checklist(self.tr("Question sets"))
        for question_set in window.store.questions.sets():
            item = QListWidgetItem(question_set.title.get(language))
            item.setData(Qt.ItemDataRole.UserRole, question_set.id)
            item.setCheckState(Qt.CheckState.Checked)
            self.sets.addItem(item)
        self.sets.setCurrentRow(0)

        form = QFormLayout()
        self.topics = _checklist(self.tr("Topics"))
        self.questions: list[Question] = (
            window.store.questions.active() if mode == "practice" else []
        )
        self.shuffle = QCheckBox(self.tr("S&huffle the questions"))
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
        layout = QVBoxLayout(self)
        layout.setSpacing(theme.SPACE)
        layout.addWidget(intro)
        layout.addLayout(
            _list_header(self.tr("&Sets:"), self.sets, self.tr("&All sets"), self.tr("N&o sets"))
        )
        layout.addWidget(self.sets, 1)
        if mode == "practice":
            self.sets.itemChanged.connect(self.on_sets_changed)
            self.on_sets_changed()
            layout.addLayout(
                _list_header(
                    self.tr("&Topics:"), self.topics, self.tr("A&ll topics"), self.tr("No to&pics")
                )
            )
            layout.addWidget(self.topics, 1)
            layout.addWidget(self.shuffle)
        else:
            form.addRow(self.tr("&Questions:"), self.count)
            form.addRow(self.tr("Time &limit:"), self.minutes)
            layout.addLayout(form)
        buttons = ok_cancel_buttons(self, self.tr("Start"), self.tr("Cancel"))
        layout.addWidget(buttons)
        fit_to_width(self, 640)
        self.sets.setFocus()

    def on_sets_changed(self) -> None:
        """List the topics of the chosen sets, keeping what was unticked before."""
        unticked = {
            item.data(Qt.ItemDataRole.UserRole)
            for item in (self.topics.item(r) for r in range(self.topics.count()))
            if item.checkState() == Qt.CheckState.Unchecked
        }
        chosen = {item.data(Qt.ItemDataRole.UserRole) for item in _checked(self.sets)}
        topics: dict[str, str] = {}
        for question in self.questions:
            if question.topic and question.set_id in chosen:
                topics.setdefault(str(question.topic), question.topic.get(self.language))
        self.topics.clear()
        for key, label in sorted(topics.items(), key=lambda kv: kv[1]):
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setCheckState(
                Qt.CheckState.Unchecked if key in unticked else Qt.CheckState.Checked
            )
            self.topics.addItem(item)
        self.topics.setCurrentRow(0)

    def choice(self) -> ModeChoice:
        """Return what the learner chose."""
        sets = [SetId(item.data(Qt.ItemDataRole.UserRole)) for item in _checked(self.sets)]
        checked = _checked(self.topics)
        narrowed = self.mode == "practice" and len(checked) < self.topics.count()
        topics = {item.data(Qt.ItemDataRole.UserRole) for item in checked} if narrowed else None
        return ModeChoice(
            sets, topics, self.shuffle.isChecked(), self.count.value(), self.minutes.value()
        )


def _checklist(name: str) -> QListWidget:
    """Return a list of ticked items whose long names wrap instead of being cut off."""
    widget = QListWidget()
    widget.setAccessibleName(name)
    widget.setWordWrap(True)
    widget.setTextElideMode(Qt.TextElideMode.ElideNone)
    return widget


def _list_header(
    label_text: str, widget: QListWidget, all_text: str, none_text: str
) -> QHBoxLayout:
    """Return a list's label with buttons that tick all of its items or none."""
    label = QLabel(label_text)
    label.setBuddy(widget)
    row = QHBoxLayout()
    row.addWidget(label, 1)
    for text, state in ((all_text, Qt.CheckState.Checked), (none_text, Qt.CheckState.Unchecked)):
        button = QPushButton(text)
        button.clicked.connect(lambda _=False, s=state: _tick_all(widget, s))
        row.addWidget(button)
    return row


def _tick_all(widget: QListWidget, state: Qt.CheckState) -> None:
    for row in range(widget.count()):
        widget.item(row).setCheckState(state)
    widget.setFocus()


def _checked(widget: QListWidget) -> list[QListWidgetItem]:
    items = (widget.item(row) for row in range(widget.count()))
    return [item for item in items if item.checkState() == Qt.CheckState.Checked]
