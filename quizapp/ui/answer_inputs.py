"""One input widget per kind of question: each builds a core response and shows the result."""

from __future__ import annotations

import random

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.grading import (
    TRUTH_WORDS,
    Gaps,
    Grade,
    Order,
    Pairs,
    Picked,
    Response,
    Truth,
    Typed,
    gap_choices,
    gap_count,
)
from quizapp.core.model import Question, QuestionType


class AnswerLineEdit(QLineEdit):
    """A text field that lets Ctrl+Z undo the last answer once it has no typing to undo."""

    def event(self, event: QEvent) -> bool:
        """Pass an Undo key press on to the study page when there is no typing to undo."""
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Undo)
            and not self.isUndoAvailable()
        ):
            event.ignore()
            return False
        return super().event(event)


class AnswerInput(QWidget):
    """Base of the inputs: emits ``submitted`` when the learner has answered."""

    submitted = Signal()

    def __init__(self, question: Question, language: str, rng: random.Random):
        super().__init__()
        self.question = question
        self.language = language
        self.rng = rng
        self.locked = False

    def response(self) -> Response:
        """Return what the learner answered."""
        raise NotImplementedError

    def handle_number(self, number: int) -> bool:
        """React to a number key; return whether it was used."""
        return False

    def submit(self) -> None:
        """Hand the answer in (Enter)."""
        if not self.locked:
            self.submitted.emit()

    def show_result(self, grade: Grade) -> None:
        """Freeze the input and mark what was right."""
        self.locked = True

    def focus(self) -> None:
        """Put the keyboard focus on the first control."""
        self.setFocus()


def _numbered(number: int, text: str) -> str:
    return f"{number}.  {text}"


def _mark(widget: QWidget, right: bool | None) -> None:
    """Mark a control as right (✓, bold) or wrong (✗) without colours, so any theme works."""
    if right is None:
        return
    font = widget.font()
    font.setBold(True)
    widget.setFont(font)
    text = widget.text()  # type: ignore[attr-defined]
    widget.setText(("✓ " if right else "✗ ") + text)  # type: ignore[attr-defined]


def _freeze(control: QWidget) -> None:
    """Stop a control from changing, but keep it readable (disabled ones are greyed out)."""
    control.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    control.setFocusPolicy(Qt.FocusPolicy.NoFocus)


class ChoiceInput(AnswerInput):
    """Single choice and true/false: press an option's number or click it to answer."""

    def __init__(self, question: Question, language: str, rng: random.Random):
        super().__init__(question, language, rng)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if question.type is QuestionType.TRUE_FALSE:
            self.order = [1, 0]  # true first, never shuffled
            labels = list(TRUTH_WORDS.get(language, TRUTH_WORDS["en"]))
        else:
            self.order = list(range(len(question.options)))
            rng.shuffle(self.order)
            labels = [question.options[i].get(language) for i in self.order]
        self.picked: int | None = None
        self.buttons: list[QPushButton] = []
        for number, label in enumerate(labels, start=1):
            button = QPushButton(_numbered(number, label))
            button.setAccessibleName(label)
            button.setStyleSheet("text-align: left; padding: 6px;")
            button.clicked.connect(lambda _=False, n=number: self.handle_number(n))
            layout.addWidget(button)
            self.buttons.append(button)

    def handle_number(self, number: int) -> bool:
        """Pick option ``number`` and hand the answer in."""
        if self.locked or not 1 <= number <= len(self.buttons):
            return False
        self.picked = self.order[number - 1]
        self.submit()
        return True

    def response(self) -> Response:
        """Return the option picked."""
        assert self.picked is not None
        if self.question.type is QuestionType.TRUE_FALSE:
            return Truth(bool(self.picked))
        return Picked(frozenset({self.picked}))

    def show_result(self, grade: Grade) -> None:
        """Mark the right option and the one picked."""
        super().show_result(grade)
        for button, index in zip(self.buttons, self.order, strict=True):
            right = (
                bool(index) == self.question.truth
                if self.question.type is QuestionType.TRUE_FALSE
                else index in self.question.correct
            )
            _mark(button, True if right else (False if index == self.picked else None))

    def focus(self) -> None:
        """Focus the first option."""
        self.buttons[0].setFocus()


class MultipleInput(AnswerInput):
    """Multiple answers: number keys tick options, Enter hands them in."""

    def __init__(self, question: Question, language: str, rng: random.Random):
        super().__init__(question, language, rng)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.order = list(range(len(question.options)))
        rng.shuffle(self.order)
        self.boxes: list[QCheckBox] = []
        for number, index in enumerate(self.order, start=1):
            box = QCheckBox(_numbered(number, question.options[index].get(language)))
            layout.addWidget(box)
            self.boxes.append(box)

    def handle_number(self, number: int) -> bool:
        """Tick or untick option ``number``."""
        if self.locked or not 1 <= number <= len(self.boxes):
            return False
        self.boxes[number - 1].toggle()
        return True

    def response(self) -> Response:
        """Return the ticked options."""
        return Picked(
            frozenset(i for i, box in zip(self.order, self.boxes, strict=True) if box.isChecked())
        )

    def show_result(self, grade: Grade) -> None:
        """Mark each option: ✓ should be ticked, ✗ ticked but wrong."""
        super().show_result(grade)
        for index, box in zip(self.order, self.boxes, strict=True):
            right = index in self.question.correct
            _mark(box, True if right else (False if box.isChecked() else None))
            _freeze(box)

    def focus(self) -> None:
        """Focus the first option."""
        self.boxes[0].setFocus()


class TypedInput(AnswerInput):
    """A typed short answer or number; Enter hands it in."""

    def __init__(self, question: Question, language: str, rng: random.Random):
        super().__init__(question, language, rng)
        self.edit = AnswerLineEdit()
        self.edit.setAccessibleName(self.tr("Your answer"))
        self.edit.setPlaceholderText(
            self.tr("Type a number")
            if question.type is QuestionType.NUMERIC
            else self.tr("Type your answer")
        )
        self.edit.returnPressed.connect(self.submit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)

    def response(self) -> Response:
        """Return the typed text."""
        return Typed(self.edit.text())

    def show_result(self, grade: Grade) -> None:
        """Freeze the text field."""
        super().show_result(grade)
        self.edit.setReadOnly(True)

    def focus(self) -> None:
        """Focus the text field."""
        self.edit.setFocus()


class ClozeInput(AnswerInput):
    """One control per numbered gap: a text field, or a list for a chosen gap; Enter checks."""

    def __init__(self, question: Question, language: str, rng: random.Random):
        super().__init__(question, language, rng)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.gaps: list[AnswerLineEdit | QComboBox] = []
        for index in range(gap_count(question)):
            choices = gap_choices(question, index, language)
            gap: AnswerLineEdit | QComboBox
            if choices is None:
                gap = AnswerLineEdit()
                gap.returnPressed.connect(self.submit)
            else:
                rng.shuffle(choices)
                gap = QComboBox()
                gap.addItems(["—", *choices])
            gap.setAccessibleName(self.tr("Gap %1").replace("%1", str(index + 1)))
            layout.addWidget(QLabel(f"[{index + 1}]"), index, 0)
            layout.addWidget(gap, index, 1)
            self.gaps.append(gap)

    def response(self) -> Response:
        """Return the text typed or chosen in each gap."""
        return Gaps(
            tuple(
                gap.text()
                if isinstance(gap, QLineEdit)
                else gap.currentText()
                if gap.currentIndex() > 0
                else ""
                for gap in self.gaps
            )
        )

    def show_result(self, grade: Grade) -> None:
        """Freeze the gaps."""
        super().show_result(grade)
        for gap in self.gaps:
            _freeze(gap)
            if isinstance(gap, QLineEdit):
                gap.setReadOnly(True)

    def focus(self) -> None:
        """Focus the first gap."""
        self.gaps[0].setFocus()


class MatchingInput(AnswerInput):
    """Pair each left item with a right one from a list; Enter hands the pairs in."""

    def __init__(self, question: Question, language: str, rng: random.Random):
        super().__init__(question, language, rng)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.right_order = list(range(len(question.pairs)))
        rng.shuffle(self.right_order)
        self.combos: list[QComboBox] = []
        for row, (left, _) in enumerate(question.pairs):
            combo = QComboBox()
            combo.addItem("—", -1)
            shown: set[str] = set()  # right-hand texts may repeat; each is offered once
            for index in self.right_order:
                text = question.pairs[index][1].get(language)
                if text not in shown:
                    shown.add(text)
                    combo.addItem(text, index)
            combo.setAccessibleName(left.get(language))
            label = QLabel(left.get(language))
            label.setWordWrap(True)
            label.setBuddy(combo)
            layout.addWidget(label, row, 0)
            layout.addWidget(combo, row, 1)
            self.combos.append(combo)
        layout.setColumnStretch(0, 1)
        layout.setColumnStretch(1, 1)

    def choose(self, row: int, right_index: int) -> None:
        """Pair left item ``row`` with right item ``right_index`` (as in the question)."""
        combo = self.combos[row]
        combo.setCurrentIndex(combo.findData(right_index))

    def response(self) -> Response:
        """Return the right item chosen for each left item (-1: none)."""
        return Pairs(tuple(int(combo.currentData()) for combo in self.combos))

    def show_result(self, grade: Grade) -> None:
        """Freeze the lists and show the right partner of each wrong pair."""
        super().show_result(grade)
        for row, combo in enumerate(self.combos):
            _freeze(combo)
            right = combo.currentData() == row
            combo.setItemText(combo.currentIndex(), ("✓ " if right else "✗ ") + combo.currentText())

    def focus(self) -> None:
        """Focus the first list."""
        self.combos[0].setFocus()


class OrderingInput(AnswerInput):
    """Put items in order: Alt+Up and Alt+Down move the selected item; Enter hands it in."""

    def __init__(self, question: Question, language: str, rng: random.Random):
        super().__init__(question, language, rng)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Items to put in order"))
        order = list(range(len(question.items)))
        while len(order) > 1 and order == sorted(order):
            rng.shuffle(order)
        for index in order:
            self.list.addItem(question.items[index].get(language))
            self.list.item(self.list.count() - 1).setData(Qt.ItemDataRole.UserRole, index)
        self.list.setCurrentRow(0)
        self.list.setMaximumHeight(self.list.sizeHintForRow(0) * (len(order) + 1) + 8)
        up = QPushButton(self.tr("Move up (Alt+Up)"))
        up.clicked.connect(lambda: self.move(-1))
        down = QPushButton(self.tr("Move down (Alt+Down)"))
        down.clicked.connect(lambda: self.move(1))
        self.list.installEventFilter(self)
        buttons = QHBoxLayout()
        for button in (up, down):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Alt+Up and Alt+Down in the list move the selected item instead of the selection."""
        if (
            watched is self.list
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.modifiers() == Qt.KeyboardModifier.AltModifier
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            self.move(-1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        return super().eventFilter(watched, event)

    def move(self, step: int) -> None:
        """Move the selected item up (-1) or down (+1)."""
        row = self.list.currentRow()
        target = row + step
        if self.locked or row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def response(self) -> Response:
        """Return the items in the learner's order."""
        return Order(
            tuple(
                int(self.list.item(r).data(Qt.ItemDataRole.UserRole))
                for r in range(self.list.count())
            )
        )

    def show_result(self, grade: Grade) -> None:
        """Mark the items that stand in their right place."""
        super().show_result(grade)
        for row in range(self.list.count()):
            item = self.list.item(row)
            right = item.data(Qt.ItemDataRole.UserRole) == row
            item.setText(("✓ " if right else "✗ ") + item.text())

    def focus(self) -> None:
        """Focus the list."""
        self.list.setFocus()


INPUTS: dict[QuestionType, type[AnswerInput]] = {
    QuestionType.SINGLE_CHOICE: ChoiceInput,
    QuestionType.TRUE_FALSE: ChoiceInput,
    QuestionType.MULTIPLE_ANSWER: MultipleInput,
    QuestionType.SHORT_ANSWER: TypedInput,
    QuestionType.NUMERIC: TypedInput,
    QuestionType.CLOZE: ClozeInput,
    QuestionType.MATCHING: MatchingInput,
    QuestionType.ORDERING: OrderingInput,
}
"""The input of each app-graded type; flashcards have none (they are revealed and self-graded)."""
